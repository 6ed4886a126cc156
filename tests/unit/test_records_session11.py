"""to_table reads flat records field by field and gives what dataclasses.asdict gives."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pyarrow as pa

from newsfacts.records import InputFormat, _arrow_value, to_table


@dataclass(frozen=True)
class _Flat:
    name: str
    count: int
    share: float | None
    day: date
    seen: datetime
    kind: InputFormat
    forms: tuple[str, ...]


@dataclass(frozen=True)
class _Inner:
    label: str


@dataclass(frozen=True)
class _Nested:
    name: str
    inner: _Inner
    inners: tuple[_Inner, ...]


def _by_asdict(records, schema):
    return pa.Table.from_pylist(
        [{k: _arrow_value(v) for k, v in dataclasses.asdict(r).items()} for r in records], schema=schema)


def test_flat_records_come_out_as_asdict_makes_them():
    schema = pa.schema([("name", pa.string()), ("count", pa.int64()), ("share", pa.float64()),
                        ("day", pa.date32()), ("seen", pa.timestamp("us", tz="UTC")),
                        ("kind", pa.string()), ("forms", pa.list_(pa.string()))])
    records = [
        _Flat("Harbour board", 3, 0.25, date(2021, 4, 5), datetime(2021, 4, 5, 8, tzinfo=UTC),
              InputFormat.HTML, ("Harbour board", "the board")),
        _Flat("", 0, None, date(1999, 12, 31), datetime(2000, 1, 1, tzinfo=UTC), InputFormat.TEXT, ()),
    ]
    table = to_table(records, schema)
    assert table.equals(_by_asdict(records, schema))
    assert table.column("kind").to_pylist() == ["html", "text"]
    assert table.column("forms").to_pylist() == [["Harbour board", "the board"], []]


def test_a_record_holding_dataclasses_still_goes_through_asdict():
    schema = pa.schema([("name", pa.string()), ("inner", pa.struct([("label", pa.string())])),
                        ("inners", pa.list_(pa.struct([("label", pa.string())])))])
    records = [_Nested("ferry", _Inner("boat"), (_Inner("a"), _Inner("b")))]
    table = to_table(records, schema)
    assert table.equals(_by_asdict(records, schema))
    assert table.to_pylist() == [{"name": "ferry", "inner": {"label": "boat"},
                                  "inners": [{"label": "a"}, {"label": "b"}]}]


def test_no_records_make_an_empty_table_of_the_schema():
    schema = pa.schema([("name", pa.string())])
    assert to_table([], schema).equals(pa.Table.from_pylist([], schema=schema))
