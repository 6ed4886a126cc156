"""The progress bar counts a run's documents from its batch files."""

from __future__ import annotations

import pyarrow as pa
import pytest

from newsfacts.lake import write_parquet
from newsfacts.progress import count_documents


def _rows(n: int) -> pa.Table:
    return pa.table({"source_uri": [f"/in/{i}.txt" for i in range(n)]})


# (inputs per batch, (articles, rejections) of each finished batch or None while running, expected)
CASES = [
    ([], [], (0, 0)),
    ([3], [None], (3, 0)),
    ([3], [(2, 1)], (3, 3)),
    ([50, 7], [(48, 2), None], (57, 50)),
    ([50, 7], [(48, 2), (7, 0)], (57, 57)),
]


@pytest.mark.parametrize(("inputs", "finished", "expected"), CASES)
def test_documents_are_counted_from_finished_batches(tmp_path, inputs, finished, expected):
    for number, (n_inputs, outcome) in enumerate(zip(inputs, finished, strict=True)):
        batch = tmp_path / f"batch-{number:05d}"
        write_parquet(_rows(n_inputs), batch / "inputs.parquet")
        if outcome is not None:
            write_parquet(_rows(outcome[1]), batch / "rejections.parquet")
            write_parquet(_rows(outcome[0]), batch / "articles.parquet")
    assert count_documents(tmp_path) == expected
