"""The shared corpus: the 181 aeb pages land (as files and as WARC records) and score F1 >= 0.95,
but for two paywall stubs (WSJ leads of about 100 words that mark themselves not free), which
are quarantined as teasers."""

from __future__ import annotations

from pathlib import Path

import duckdb

from newsfacts.bench import AEB_DIR, aeb_expected, aeb_predicted
from newsfacts.scoring import corpus_f1
from tests.conftest import SHARED_CORPUS, run_cli

# Page ids (first 12 characters) of the WSJ pages whose body is the lead before the paywall.
PAYWALL_STUBS = ["042bb7b5feda", "7ab16ade3238"]


def test_shared_corpus_is_beside_the_checkout():
    assert AEB_DIR.is_dir(), f"expected the shared corpus at {AEB_DIR}"


def test_aeb_pages_land_and_body_text_scores(tmp_path, airflow_env):
    warehouse = tmp_path / "aeb.duckdb"
    result = run_cli(["run", "--inbox", str(AEB_DIR / "html"), "--warehouse", str(warehouse)], airflow_env)
    assert result.returncode == 0, result.stderr[-3000:]
    predicted = aeb_predicted(warehouse)
    assert len(predicted) == 181 - len(PAYWALL_STUBS)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        teasers = con.execute("select source_uri from rejected_inputs where reason = 'teaser'").fetchall()
    assert sorted(Path(uri).stem[:12] for (uri,) in teasers) == PAYWALL_STUBS
    # The stubs count as pages with nothing extracted.
    scores = corpus_f1(predicted, aeb_expected())
    assert scores["f1"] >= 0.95, scores


def test_warc_capture_lands_every_record(tmp_path, airflow_env):
    warehouse = tmp_path / "warc.duckdb"
    inbox = SHARED_CORPUS / "warc"
    result = run_cli(["run", "--inbox", str(inbox), "--warehouse", str(warehouse)], airflow_env)
    assert result.returncode == 0, result.stderr[-3000:]
    with duckdb.connect(str(warehouse), read_only=True) as con:
        landed = con.execute("select count(*) from dim_articles where url like 'http%'").fetchone()[0]
        rejected = con.execute("select reason, count(*) from rejected_inputs group by all").fetchall()
    # index.json sits beside the capture and is not an article
    assert landed == 181 - len(PAYWALL_STUBS)
    assert sorted(rejected) == [("teaser", len(PAYWALL_STUBS)), ("unsupported_format", 1)]
    assert Path(inbox / "index.json").exists()
