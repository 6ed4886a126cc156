"""Incremental discovery: an input landed before (same source, same bytes) is never extracted again.

The steps run in this process as the DAG's tasks would (discover, extract, load), against a
private working database; dbt and GX do not matter here. "Extracted" is what discovery hands to
the extract tasks: the inputs of its batch manifests.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from newsfacts import pipeline
from newsfacts.lake import read_parquet
from tests.conftest import SAMPLES
from tests.unit.test_discover import write_warc

PAGE = (
    b"<html><head><title>Harbour cranes replaced - Port Gazette</title></head><body><article>"
    b"<h1>Harbour cranes replaced</h1><p>"
    + b"The port authority replaced four container cranes at the eastern quay this spring. " * 6
    + b"</p></article></body></html>"
)


def batch_sources(manifests: list[str]) -> list[str]:
    """Names of the inputs discovery sent to extraction."""
    names = []
    for manifest in manifests:
        names += [Path(uri).name for uri in read_parquet(Path(manifest)).column("source_uri").to_pylist()]
    return sorted(names)


def run_steps(settings, run_id: str, full_refresh: bool = False) -> tuple[list[str], dict[str, int]]:
    """discover, extract every batch, load; return what was extracted and the run's counts."""
    manifests = pipeline.discover(settings, run_id, full_refresh=full_refresh)
    extracted = batch_sources(manifests)
    for manifest in manifests:
        pipeline.extract_batch(manifest)
    return extracted, pipeline.load(settings, run_id)


@pytest.fixture
def inbox(tmp_path) -> Path:
    """Three sample articles, an empty file (quarantined every run) and a WARC of one page."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    for path in sorted(SAMPLES.glob("00[0-2]_*.txt")):
        shutil.copy(path, folder)
    (folder / "empty.txt").write_bytes(b"")
    write_warc(folder / "crawl.warc.gz", [("https://portgazette.example/cranes", "text/html", PAGE)])
    return folder


@pytest.fixture
def settings(inbox, tmp_path):
    return pipeline.settings_for_run(str(inbox), str(tmp_path / "out" / "newsfacts.duckdb"))


def articles(settings) -> list[tuple]:
    with duckdb.connect(str(settings.working_db), read_only=True) as con:
        return con.execute("select source_uri, article_id, raw_sha256, run_id from raw.articles order by all").fetchall()


def test_a_rerun_over_an_unchanged_inbox_extracts_nothing(settings):
    extracted, first = run_steps(settings, "first")
    assert len(extracted) == 4  # three text files and the WARC record; the empty file is rejected
    assert first == {"n_inputs": 5, "n_landed": 4, "n_already_landed": 0, "n_rejected": 1}
    landed = articles(settings)

    extracted, again = run_steps(settings, "again")
    assert extracted == []
    assert again == {"n_inputs": 5, "n_landed": 0, "n_already_landed": 4, "n_rejected": 1}
    assert articles(settings) == landed  # same rows, still those of the first run


def test_adding_one_file_extracts_only_it(settings, inbox):
    run_steps(settings, "first")
    shutil.copy(next(SAMPLES.glob("003_*.txt")), inbox)
    extracted, counts = run_steps(settings, "one-more")
    assert extracted == [next(SAMPLES.glob("003_*.txt")).name]
    assert counts == {"n_inputs": 6, "n_landed": 1, "n_already_landed": 4, "n_rejected": 1}


def test_an_edited_file_is_extracted_again_and_replaces_its_article(settings, inbox):
    run_steps(settings, "first")
    edited = next(inbox.glob("001_*.txt"))
    before = {Path(row[0]).name: row for row in articles(settings)}[edited.name]
    edited.write_text(edited.read_text() + "\nA correction was appended to this story on Friday.\n")
    extracted, counts = run_steps(settings, "edited")
    assert extracted == [edited.name]
    assert counts["n_landed"] == 1 and counts["n_already_landed"] == 3
    after = {Path(row[0]).name: row for row in articles(settings)}[edited.name]
    assert after[1] != before[1] and after[3] == "edited"


def test_inputs_of_a_run_that_never_loaded_are_extracted_again(settings):
    """Read is not landed: a run that died after extracting, before its load, left nothing behind."""
    manifests = pipeline.discover(settings, "died-before-load")
    for manifest in manifests:
        pipeline.extract_batch(manifest)
    extracted, counts = run_steps(settings, "recovery")
    assert len(extracted) == 4
    assert counts == {"n_inputs": 5, "n_landed": 4, "n_already_landed": 0, "n_rejected": 1}


def test_a_copy_under_another_name_is_still_read_and_quarantined_as_duplicate(settings, inbox):
    run_steps(settings, "first")
    original = next(inbox.glob("002_*.txt"))
    shutil.copy(original, inbox / "copy.txt")
    extracted, counts = run_steps(settings, "copy")
    assert extracted == ["copy.txt"]
    assert counts == {"n_inputs": 6, "n_landed": 0, "n_already_landed": 4, "n_rejected": 2}


def test_full_refresh_extracts_everything_and_lands_nothing_twice(settings):
    run_steps(settings, "first")
    landed = articles(settings)
    extracted, counts = run_steps(settings, "refresh", full_refresh=True)
    assert len(extracted) == 4
    assert counts == {"n_inputs": 5, "n_landed": 0, "n_already_landed": 4, "n_rejected": 1}
    assert articles(settings) == landed


def test_a_copy_rejected_as_duplicate_is_not_read_again_while_its_original_stands(settings, inbox):
    run_steps(settings, "first")
    original = next(inbox.glob("002_*.txt"))
    shutil.copy(original, inbox / "copy.txt")
    run_steps(settings, "copy")
    extracted, counts = run_steps(settings, "again")
    assert extracted == []
    assert counts == {"n_inputs": 6, "n_landed": 0, "n_already_landed": 4, "n_rejected": 2}

    original.write_text(original.read_text() + "\nA correction was appended to this story on Friday.\n")
    extracted, counts = run_steps(settings, "original-edited")
    assert extracted == sorted([original.name, "copy.txt"])  # the copy's text is no one's now
    assert counts["n_landed"] == 2 and counts["n_rejected"] == 1


def test_a_page_without_main_text_is_not_read_again(settings, inbox):
    (inbox / "menu.html").write_bytes(b"<html><body><nav>Home | World | Sport</nav></body></html>")
    run_steps(settings, "first")
    extracted, counts = run_steps(settings, "again")
    assert extracted == []
    assert counts == {"n_inputs": 6, "n_landed": 0, "n_already_landed": 4, "n_rejected": 2}
    extracted, _ = run_steps(settings, "refresh", full_refresh=True)
    assert "menu.html" in extracted


def test_a_paywall_stub_is_not_read_again(settings, inbox):
    """A teaser is decided by its bytes: an unchanged inbox must not load the extractors for it."""
    words = b"The central bank left its main rate unchanged on Thursday, officials said. " * 5
    (inbox / "stub.html").write_bytes(
        b'<html><head><title>Rates on hold - Daily Ledger</title><script type="application/ld+json">'
        b'{"@type": "NewsArticle", "isAccessibleForFree": false}</script></head><body><article>'
        b"<h1>Rates on hold</h1><p>" + words + b"</p></article></body></html>"
    )
    extracted, counts = run_steps(settings, "first")
    assert "stub.html" in extracted and counts["n_rejected"] == 2
    with duckdb.connect(str(settings.working_db), read_only=True) as con:
        assert con.execute("select reason from raw.rejected_inputs where source_uri like '%stub.html'").fetchall() \
            == [("teaser",)]
    extracted, counts = run_steps(settings, "again")
    assert extracted == []
    assert counts == {"n_inputs": 6, "n_landed": 0, "n_already_landed": 4, "n_rejected": 2}
    extracted, _ = run_steps(settings, "refresh", full_refresh=True)
    assert "stub.html" in extracted
