"""The report of a large warehouse: its charts draw the top rows and say how many there are."""

from __future__ import annotations

import duckdb

from newsfacts.report import TIMELINE_SQL, _svg, _timeline_chart

N_EVENTS = 17_035  # what 10,000 benchmark pages gave: more than Altair draws (5,000)


def test_the_timeline_draws_the_most_corroborated_events_and_says_how_many_in_all():
    with duckdb.connect() as con:
        con.execute("""
            create table fct_events as
            select 'e' || i as event_id, date '2024-01-01' + cast(i % 300 as integer) as event_date,
                ['meeting', 'statement'][1 + i % 2] as event_type, 1 + i % 7 as n_publishers,
                1 + i % 5 as n_articles, ['Paris'] as locations
            from range(?) as t(i)""", [N_EVENTS])
        frame = con.execute(TIMELINE_SQL).df()
    assert len(frame) == 2000
    assert set(frame["n_publishers"]) == {7}
    svg = _svg(_timeline_chart(frame))
    assert f"of {N_EVENTS:,}" in svg
