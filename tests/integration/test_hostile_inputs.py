"""One `newsfacts run` over an inbox of hostile inputs, generated here: every input ends in one place."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from newsfacts.config import load_settings
from newsfacts.ingest.rawstore import blob_path
from tests.conftest import run_cli, working_db
from tests.unit.test_discover import write_warc
from tests.unit.test_hostile_clean import ARABIC, ENGLISH, FRENCH, SQL_INJECTION, html_page
from tests.unit.test_hostile_discover import (
    MB,
    PLAIN,
    article_page,
    english_article,
    warc_bytes,
    write_big_file,
)

LANDED = "landed"
NESTED = "bad/nested.html"
NEAR = english_article(40).replace("drew hundreds of written comments", "drew only a few comments")

# Relative path (or WARC record URL) -> its expected outcome, and how to make the file.
FILES: dict[str, tuple[str, bytes]] = {
    "encodings/ar-cp1256.txt": (LANDED, (ARABIC + " التقرير الأول.").encode("windows-1256")),
    "encodings/fr-latin1.txt": (LANDED, (FRENCH + " Premier rapport.").encode("latin-1")),
    "encodings/fr-utf16.txt": (LANDED, (FRENCH + " Deuxième rapport.").encode("utf-16")),
    "encodings/ar-cp1256.html": (LANDED, html_page(ARABIC + " التقرير الثاني.").encode("windows-1256")),
    "encodings/fr-latin1.html": (LANDED, html_page(FRENCH + " Troisième rapport.").encode("latin-1")),
    "encodings/ar-utf16.html": (LANDED, html_page(ARABIC + " التقرير الثالث.").encode("utf-16")),
    "dupes/original.txt": (LANDED, english_article(40).encode()),
    "dupes/zz exact copy.txt": ("duplicate", english_article(40).encode()),
    "dupes/near copy.txt": (LANDED, NEAR.encode()),
    "injection/sql.txt": (LANDED, f"Robert{SQL_INJECTION}\n{ENGLISH * 2}{SQL_INJECTION}".encode()),
    "injection/script.html": (LANDED, html_page(
        ENGLISH + "&lt;script&gt;alert('x')&lt;/script&gt; <script>alert('real')</script>" + SQL_INJECTION
    ).encode()),
    "names/name with spaces.txt": (LANDED, english_article(41).encode()),
    "names/it's \"quoted\" `too`.txt": (LANDED, english_article(42).encode()),
    "names/مقال عربي – été ü.txt": (LANDED, english_article(43).encode()),
    "dates/impossible date.txt": (LANDED, ("date 2024-13-45 NEWS\n" + english_article(44)).encode()),
    "dates/future date.txt": (LANDED, ("date 2999-01-01\n" + english_article(45)).encode()),
    "bad/empty.txt": ("empty", b""),
    "bad/empty.html": ("empty", b""),
    "bad/whitespace.txt": ("empty", b" \n\t \r\n"),
    "bad/garbage.txt": ("undecodable", bytes(range(256)) * 16),
    "bad/garbage.html": ("undecodable", bytes(range(1, 256)) * 16),
    "bad/control characters.txt": ("undecodable", bytes(range(1, 128)) * 40),
    "bad/script-only.html": ("no_main_text", b"<html><head><script>var s = 'a story';</script></head>"
                                             b"<body><script>render()</script></body></html>"),
    "bad/nav-only.html": ("no_main_text", b"<html><body><nav><a href='/'>Home</a> | <a href='/w'>World</a>"
                                          b"</nav><footer>About | Contact</footer></body></html>"),
    "bad/stub.txt": ("no_main_text", b"A stub of a story\n" + b" ".join(bytes([c]) for c in b"abcdefghijklmnopqrstuvwx")),
    NESTED: ("no_main_text", b"<html><body>" + b"<div>" * 100_000 + html_page(ENGLISH * 3).encode()
             + b"</div>" * 100_000 + b"</body></html>"),
    "bad/photo.jpg": ("unsupported_format", b"\xff\xd8\xff\xe0 not really a jpeg"),
    "captures/random.warc.gz": ("", bytes(range(31, 200))),  # outcome in WARC_RECORDS
    "captures/images.warc.gz": ("no_main_text", warc_bytes([("https://img.example/a.png", "image/png", b"\x89PNG")], True)),
    "captures/cut.warc": ("", PLAIN[:-300]),  # outcomes in WARC_RECORDS
}
# WARC outcomes are named `<archive>#offset=<byte>`; outcomes() numbers them 1, 2... by offset.
WARC_RECORDS = {
    "captures/cut.warc#1": LANDED,
    "captures/cut.warc#2": LANDED,
    "captures/cut.warc#3": "malformed_archive",
    "captures/crawl.warc.gz#1": LANDED,
    "captures/crawl.warc.gz#2": LANDED,  # the same URL captured again, with new text
    "captures/random.warc.gz#1": "malformed_archive",
}
SPECIAL = {
    "bad/huge.html": "too_large",
    "names/latin-1 caf\\xe9.txt": LANDED,
    "links/leak.txt": "outside_inbox",
    "links/self.txt": "unreadable",
    "links/dangling.txt": "unreadable",
    "links/pipe.txt": "unreadable",
}
EXPECTED = {name: outcome for name, (outcome, _) in FILES.items() if outcome} | WARC_RECORDS | SPECIAL


def build_inbox(inbox: Path, outside: Path) -> None:
    """Write every hostile input of EXPECTED below the inbox."""
    for name, (_, payload) in FILES.items():
        (inbox / name).parent.mkdir(parents=True, exist_ok=True)
        (inbox / name).write_bytes(payload)
    write_warc(inbox / "captures" / "crawl.warc.gz", [
        ("https://recrawl.example/story", "text/html", article_page(46)),
        ("https://recrawl.example/story", "text/html; charset=utf-8", article_page(47)),
    ])
    write_big_file(inbox / "bad" / "huge.html", 50 * MB)
    with open(os.fsencode(inbox / "names") + b"/latin-1 caf\xe9.txt", "wb") as stream:
        stream.write(english_article(48).encode())
    links = inbox / "links"
    links.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text(english_article(49))
    (links / "leak.txt").symlink_to(outside / "secret.txt")
    (links / "self.txt").symlink_to(links / "self.txt")
    (links / "dangling.txt").symlink_to(links / "gone.txt")
    (links / "loop").symlink_to(inbox, target_is_directory=True)  # a folder, not an input
    os.mkfifo(links / "pipe.txt")


def query(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory, airflow_env) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("hostile")
    inbox = root / "inbox"
    build_inbox(inbox, root / "outside")
    warehouse = root / "out" / "newsfacts.duckdb"
    result = run_cli(["run", "--inbox", str(inbox), "--warehouse", str(warehouse)], airflow_env)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return inbox.resolve(), warehouse


def record_name(name: str, all_uris: list[str]) -> str:
    """'<archive>#offset=<byte>' as '<archive>#<n>': the record's rank by offset in its archive."""
    archive, marker, offset = name.partition("#offset=")
    if not marker:
        return name
    offsets = sorted({int(uri.partition("#offset=")[2]) for uri in all_uris
                      if uri.partition("#offset=")[0].endswith("/" + archive)})
    return f"{archive}#{offsets.index(int(offset)) + 1}"


def outcomes(inbox: Path, warehouse: Path) -> dict[str, str]:
    """Every input's outcome in the published warehouse, keyed like EXPECTED."""
    rows = query(warehouse, "select source_uri, 'landed' from dim_articles union all "
                            "select source_uri, reason from rejected_inputs")
    found: dict[str, str] = {}
    for source_uri, outcome in rows:
        name = record_name(source_uri.removeprefix(f"{inbox}/"), [uri for uri, _ in rows])
        assert name not in found, f"{name} has two outcomes"
        found[name] = outcome
    return found


def test_every_hostile_input_ends_in_exactly_one_place(hostile_run):
    inbox, warehouse = hostile_run
    found = outcomes(inbox, warehouse)
    # 100,000 nested divs must finish; whether any text survives is the parser's call.
    assert found.pop(NESTED) in (LANDED, "no_main_text")
    assert found == {name: outcome for name, outcome in EXPECTED.items() if name != NESTED}


def test_run_accounting_adds_up_to_the_inputs_created(hostile_run):
    _, warehouse = hostile_run
    ((n_inputs, n_landed, n_already, n_rejected),) = query(
        working_db(warehouse), "select n_inputs, n_landed, n_already_landed, n_rejected from raw.load_runs"
    )
    assert n_inputs == n_landed + n_already + n_rejected == len(EXPECTED)
    assert n_already == 0


def test_rejections_say_what_was_wrong_and_keep_the_bytes(hostile_run):
    inbox, warehouse = hostile_run
    rows = query(warehouse, "select source_uri, reason, detail, raw_path from rejected_inputs")
    all_uris = [uri for (uri,) in query(warehouse, "select source_uri from dim_articles union all "
                                                   "select source_uri from rejected_inputs")]
    details = {record_name(uri.removeprefix(f"{inbox}/"), all_uris): detail for uri, _, detail, _ in rows}
    assert "52428800 bytes is over the 10485760-byte limit" in details["bad/huge.html"]
    assert "same text as" in details["dupes/zz exact copy.txt"] and "original.txt" in details["dupes/zz exact copy.txt"]
    assert "not a regular file" in details["links/pipe.txt"]
    assert "cut short" in details["captures/cut.warc#3"] and "https://news.example/2" in details["captures/cut.warc#3"]
    for uri, reason, _, raw_path in rows:
        if reason in ("outside_inbox", "unreadable"):
            assert raw_path is None, uri  # nothing was read: a link's target is never opened
        else:
            assert Path(raw_path).is_file(), uri
    secret = hashlib.sha256((inbox.parent / "outside" / "secret.txt").read_bytes()).hexdigest()
    assert not blob_path(load_settings().raw_store, secret).exists()


def test_languages_and_dates_of_landed_articles(hostile_run):
    inbox, warehouse = hostile_run
    rows = query(warehouse, "select source_uri, language, published_date from dim_articles")
    by_name = {uri.removeprefix(f"{inbox}/"): (language, published) for uri, language, published in rows}
    for name, (language, _) in by_name.items():
        if name.startswith("encodings/"):
            assert language == name.split("/")[1][:2], name
    assert by_name["dupes/original.txt"][0] == "en"
    assert by_name["dates/impossible date.txt"][1] is None
    assert by_name["dates/future date.txt"][1] is None


def test_injection_text_lands_verbatim_and_tables_stay_intact(hostile_run):
    inbox, warehouse = hostile_run
    ((sql_body,),) = query(warehouse, "select body_text from dim_articles where source_uri = ?", [f"{inbox}/injection/sql.txt"])
    assert sql_body.endswith(SQL_INJECTION)
    ((page_body,),) = query(warehouse, "select body_text from dim_articles where source_uri like '%/injection/script.html'")
    assert "<script>alert('x')</script>" in page_body and "alert('real')" not in page_body
    assert SQL_INJECTION in page_body
    tables = {name for (name,) in query(working_db(warehouse), "select table_schema || '.' || table_name from information_schema.tables")}
    assert {"raw.articles", "raw.rejected_inputs", "raw.load_runs", "main.dim_articles"} <= tables
    assert ("main", "dim_articles") in query(warehouse, "select table_schema, table_name from information_schema.tables")
    landed = sum(1 for outcome in EXPECTED.values() if outcome == LANDED)
    assert query(working_db(warehouse), "select count(*) from raw.articles")[0][0] in (landed, landed + 1)  # + nested page


MEASURE = textwrap.dedent("""
    import json, resource, sys
    from datetime import UTC, datetime
    from pathlib import Path
    from newsfacts.clean import clean_input, clean_kept_input
    from newsfacts.ingest import discover_inputs
    from newsfacts.records import InputFormat, RawInput

    def peak_kb():
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    now = datetime.now(UTC)
    # Warm up first: lazy imports and the language model are not what is measured.
    warm = b"<p>" + b"The council met on Tuesday to discuss the budget. " * 20 + b"</p>"
    clean_input(RawInput("warm.html", InputFormat.HTML, "s", "p", len(warm)), warm, now)
    clean_input(RawInput("warm.txt", InputFormat.TEXT, "s", "p", len(warm)), warm[3:-4], now)
    baseline = peak_kb()
    reasons = []
    for found in discover_inputs(Path(sys.argv[1]), Path(sys.argv[2]), 10 * 1024 * 1024, now):
        result = clean_kept_input(found, now) if isinstance(found, RawInput) else found
        reasons.append(str(getattr(result, "reason", "landed")))
    print(json.dumps({"baseline_kb": baseline, "peak_kb": peak_kb(), "reasons": sorted(reasons)}))
""")


def test_discovering_and_cleaning_50_mb_inputs_keeps_memory_bounded(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_big_file(inbox / "huge.html", 50 * MB)
    write_big_file(inbox / "huge.txt", 50 * MB, head=b"A very long pasted article\n")
    write_warc(inbox / "huge.warc.gz", [("https://big.example/", "text/html", b"<p>" + b"word " * (10 * MB))])
    (inbox / "small.txt").write_text(english_article(50))
    result = subprocess.run([sys.executable, "-c", MEASURE, str(inbox), str(tmp_path / "raw")],
                            capture_output=True, text=True, check=True)
    measured = json.loads(result.stdout)
    assert measured["reasons"] == ["landed", "too_large", "too_large", "too_large"]
    grown_mb = (measured["peak_kb"] - measured["baseline_kb"]) / 1024
    assert grown_mb < 50, f"peak RSS grew by {grown_mb:.1f} MB while reading 150 MB of input"
