"""An extract task split over forked workers writes exactly the rows one process writes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from newsfacts import pipeline
from tests.conftest import SAMPLES


def batch_rows(folder: Path) -> dict[str, list]:
    """Every Parquet file of a batch folder, rows sorted, wall-clock timestamps left out."""
    rows = {}
    for path in sorted(folder.glob("*.parquet")):
        if path.name == "inputs.parquet":
            continue
        table = pq.read_table(path)
        keep = [f.name for f in table.schema if not pa.types.is_timestamp(f.type)]
        rows[path.name] = sorted(table.select(keep).to_pylist(), key=repr)
    return rows


def test_two_workers_write_the_same_rows_as_one(tmp_path):
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    shutil.copy(next(SAMPLES.glob("004_*.txt")), inbox / "copy-of-dawn.txt")  # copies split over workers
    (inbox / "empty.txt").write_bytes(b"")
    settings = pipeline.settings_for_run(str(inbox), str(tmp_path / "out" / "newsfacts.duckdb"))
    (manifest,) = pipeline.discover(settings, "workers")

    one = batch_rows(Path(pipeline.extract_batch(manifest, processes=1)))
    two = batch_rows(Path(pipeline.extract_batch(manifest, processes=2, fork_min_inputs=2)))
    assert len(one["articles.parquet"]) == 10 and len(one["figures.parquet"]) > 0
    assert two == one


def test_a_small_batch_is_read_in_one_process(tmp_path, capsys):
    """Loading every model before forking costs more than a second core saves on a few pages."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for path in sorted(SAMPLES.glob("00[0-2]_*.txt")):
        shutil.copy(path, inbox)
    settings = pipeline.settings_for_run(str(inbox), str(tmp_path / "out" / "newsfacts.duckdb"))
    (manifest,) = pipeline.discover(settings, "small")
    capsys.readouterr()
    rows = batch_rows(Path(pipeline.extract_batch(manifest, processes=2,
                                                  gazetteer_cache=pipeline.gazetteer_cache(settings))))
    assert len(rows["articles.parquet"]) == 3
    assert "1 process(es)" in capsys.readouterr().out
    # The gazetteer built for it is kept in the work folder for the next extract task.
    assert list(pipeline.gazetteer_cache(settings).glob("gazetteer-*.pickle"))
