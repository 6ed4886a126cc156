"""A sources file is checked before anything is fetched; a bad one gives one line naming file, source and field."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from newsfacts.ingest.sources_file import SourceKind, SourcesFileError, load_sources
from newsfacts.records import RejectReason
from tests.conftest import PROJECT_ROOT

GOOD = """\
sources:
  - name: example-world
    kind: rss
    location: https://example.org/world/rss.xml
    publisher: Example Times
    language: en
    include: ["/world/"]
    since: 2024-01-01
    max_per_run: 500
    requests_per_second: 1
    obey_robots: true
  - name: local-inbox
    kind: folder
    location: inbox
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file_reads_every_field_and_resolves_paths_beside_it(tmp_path):
    world, inbox = load_sources(write(tmp_path, GOOD))
    assert world.kind == SourceKind.RSS and world.include == ("/world/",) and world.max_per_run == 500
    assert str(world.since) == "2024-01-01" and world.publisher == "Example Times" and world.obey_robots
    assert inbox.kind == SourceKind.FOLDER and inbox.location == str(tmp_path / "inbox")
    assert inbox.requests_per_second == 1.0 and inbox.obey_robots  # the defaults


def test_the_example_file_shows_every_kind_and_is_valid():
    sources = load_sources(PROJECT_ROOT / "include" / "sources.example.yml")
    assert {s.kind for s in sources} == set(SourceKind)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GOOD.replace("kind: rss", "kind: podcast"), "source 'example-world', field 'kind': Input should be 'rss'"),
        (GOOD.replace("max_per_run: 500", "max_per_run: -3"), "source 'example-world', field 'max_per_run'"),
        (GOOD.replace("since: 2024-01-01", "since: last tuesday"), "source 'example-world', field 'since'"),
        (GOOD.replace("requests_per_second: 1", "requests_per_second: 0"),
         "source 'example-world', field 'requests_per_second'"),
        (GOOD.replace("https://example.org/world/rss.xml", "world/rss.xml"),
         "source 'example-world', field 'location': location must be an http(s) URL for a rss source"),
        (GOOD.replace("location: inbox", "location: https://example.org/inbox"),
         "source 'local-inbox', field 'location': location must be a path for a folder source"),
        (GOOD.replace("    obey_robots: true\n", "    obey_robot: false\n"),
         "source 'example-world', field 'obey_robot': Extra inputs are not permitted"),
        (GOOD.replace("  - name: example-world\n", "  - \n"), "source #1, field 'name': Field required"),
        (GOOD.replace("local-inbox", "example-world"), "source 'example-world', field 'name': used by two sources"),
        (GOOD.replace("language: en", "language: English"), "source 'example-world', field 'language'"),
        ("sources: []\n", "field 'sources': List should have at least 1 item"),
        ("feeds:\n  - name: x\n", "field 'sources': Field required"),
        ("sources: [\n", "not valid YAML"),
    ],
    ids=["kind", "max_per_run", "since", "rate", "url-location", "path-location", "unknown-field",
         "no-name", "duplicate-name", "language", "empty", "no-sources-key", "bad-yaml"],
)
def test_a_bad_file_gives_one_line_naming_the_file_source_and_field(tmp_path, text, expected):
    path = write(tmp_path, text)
    with pytest.raises(SourcesFileError) as caught:
        load_sources(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and expected in message, message
    assert "\n" not in message


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(SourcesFileError, match="sources.yml: cannot read the sources file"):
        load_sources(tmp_path / "sources.yml")


@pytest.mark.parametrize(
    "yml",
    ["dbt_project/models/marts/audit/rejected_inputs.yml", "dbt_project/models/staging/stg_raw__rejected_inputs.yml"],
)
def test_dbt_accepts_every_rejection_reason(yml):
    model = yaml.safe_load((PROJECT_ROOT / yml).read_text())["models"][0]
    reason = next(c for c in model["columns"] if c["name"] == "reason")
    test = next(t for t in reason["data_tests"] if isinstance(t, dict) and "accepted_values" in t)
    assert set(test["accepted_values"]["arguments"]["values"]) == {r.value for r in RejectReason}


def test_newsfacts_run_refuses_a_bad_file_in_one_line_before_fetching(tmp_path, capsys):
    from newsfacts.cli import main

    path = write(tmp_path, GOOD.replace("kind: rss", "kind: podcast"))
    assert main(["run", "--sources", str(path), "--warehouse", str(tmp_path / "w.duckdb")]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith(f"newsfacts: error: {path}: source 'example-world', field 'kind'")
    assert "\n" not in error


def test_newsfacts_run_takes_an_inbox_or_a_sources_file_not_both(tmp_path, capsys):
    from newsfacts.cli import main

    with pytest.raises(SystemExit):
        main(["run", "--sources", "a.yml", "--inbox", str(tmp_path)])
    assert "not allowed with argument" in capsys.readouterr().err
