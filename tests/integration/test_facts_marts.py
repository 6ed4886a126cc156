"""The five reference articles fill every fact mart with the facts the desk expects."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import duckdb
import pytest

from tests.conftest import SAMPLES, run_cli

MARTS = ["dim_articles", "fct_figures", "fct_figure_claims", "dim_sources", "fct_citations", "fct_entity_mentions",
         "fct_event_mentions", "fct_events", "dim_entities", "dim_entity_aliases", "dim_places",
         "fct_place_mentions"]


@pytest.fixture(scope="module")
def seeds_warehouse(tmp_path_factory, airflow_env) -> Path:
    inbox = tmp_path_factory.mktemp("seeds")
    for seed in sorted(SAMPLES.glob("*.txt")):
        shutil.copy(seed, inbox / seed.name)
    warehouse = tmp_path_factory.mktemp("out") / "seeds.duckdb"
    result = run_cli(["run", "--inbox", str(inbox), "--warehouse", str(warehouse)], airflow_env)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return warehouse


def rows(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


@pytest.mark.parametrize("mart", MARTS)
def test_every_mart_is_filled(seeds_warehouse, mart):
    assert rows(seeds_warehouse, f"select count(*) from {mart}")[0][0] > 0  # noqa: S608


def test_2500_troops_is_corroborated_by_four_articles(seeds_warehouse):
    ((n_articles, n_publishers, context),) = rows(
        seeds_warehouse,
        "select n_articles, n_publishers, context_place from fct_figure_claims "
        "where value = 2500 and noun = 'troop'",
    )
    assert n_articles == 4 and n_publishers == 4 and context == "Iraq"


@pytest.mark.parametrize(
    ("value", "noun", "unit", "qualifier", "is_approximate", "seed"),
    [
        (900, "troop", None, "approximately", True, "003"),
        (80, "member", None, "more_than", False, "003"),
        (3, "base", None, None, False, "003"),
        (4, "source", None, None, False, "003"),
        (75, "attack", "percent", None, False, "000"),
        (100, "troop", None, None, True, "000"),
        (10000, "soldier", None, None, True, "002"),
    ],
)
def test_figures_of_the_reference_articles(seeds_warehouse, value, noun, unit, qualifier, is_approximate, seed):
    found = rows(
        seeds_warehouse,
        "select f.qualifier, f.is_approximate, f.figure_text, a.body_text, f.char_start, f.char_end "
        "from fct_figures f join dim_articles a using (article_id) "
        "where f.value = ? and f.noun = ? and f.unit is not distinct from ? and a.source_uri like ?",
        [value, noun, unit, f"%/{seed}_%"],
    )
    assert len(found) == 1, found
    found_qualifier, found_approximate, text, body, start, end = found[0]
    assert (found_qualifier, found_approximate) == (qualifier, is_approximate)
    assert body[start:end] == text


def test_no_figure_comes_from_furniture(seeds_warehouse):
    leaked = rows(
        seeds_warehouse,
        "select figure_text, sentence from fct_figures "
        "where regexp_matches(sentence, 'MIN READ|Rothschild|Sudan''s|13-year-old|Saudi|COP29|Hindu Kush|Nov, 2024')",
    )
    assert leaked == []
    assert rows(seeds_warehouse, "select count(*) from fct_figures where value in (2003, 2014, 2024, 2025)")[0][0] == 0


@pytest.mark.parametrize(
    ("seed", "source", "source_type"),
    [
        ("000", "LBCI", "media_outlet"),
        ("000", "Reuters", "news_agency"),
        ("000", "Iraqi Foreign Ministry", "government_body"),
        ("002", "Iraqi Foreign Ministry", "government_body"),
        ("004", "Iraqi Foreign Ministry", "government_body"),
        ("004", "Lloyd Austin", "official"),
        ("003", "Iraqi source", "anonymous"),
    ],
)
def test_cited_sources(seeds_warehouse, seed, source, source_type):
    found = rows(
        seeds_warehouse,
        "select s.source_type from fct_citations c join dim_sources s using (source_id) "
        "join dim_articles a using (article_id) where s.name = ? and a.source_uri like ?",
        [source, f"%/{seed}_%"],
    )
    assert found == [(source_type,)]


def test_publishers_are_sources(seeds_warehouse):
    published = dict(rows(seeds_warehouse, "select name, n_articles_published from dim_sources where is_publisher"))
    assert published == {"Dawn": 1, "Reuters": 1}


@pytest.mark.parametrize(
    ("event_date", "precision", "event_type"),
    [
        (date(2003, 1, 1), "year", "armed_conflict"),
        (date(2014, 1, 1), "year", "military_movement"),
        (date(2024, 1, 1), "month", "meeting"),
        (date(2024, 9, 1), "month", "military_movement"),
        (date(2025, 9, 1), "month", "other"),
        (date(2020, 1, 1), "month", "armed_conflict"),
    ],
)
def test_dated_events(seeds_warehouse, event_date, precision, event_type):
    found = rows(
        seeds_warehouse,
        "select n_articles from fct_events where event_date = ? and date_precision = ? and event_type = ?",
        [event_date, precision, event_type],
    )
    assert found and all(n >= 1 for (n,) in found)


def test_one_real_event_is_merged_across_articles_by_its_place(seeds_warehouse):
    """'the invasion of Iraq in 2003' (002) and 'invaded Iraq in 2003' (003) are one event."""
    ((n_articles, locations),) = rows(
        seeds_warehouse,
        "select n_articles, locations from fct_events "
        "where event_type = 'armed_conflict' and event_date = date '2003-01-01'",
    )
    assert n_articles >= 2 and locations == ["Iraq"]


def test_unrelated_events_of_one_type_and_period_stay_apart(seeds_warehouse):
    """Events anchored to different places (or to no place and actor) are never merged."""
    mixed = rows(
        seeds_warehouse,
        "select event_id from fct_event_mentions group by event_id "
        "having count(distinct coalesce(lower(location), '?')) > 1 and count(distinct location) > 1",
    )
    assert mixed == []


def test_every_fact_links_to_its_article_sentence_and_offsets(seeds_warehouse):
    for table in ("fct_figures", "fct_citations", "fct_event_mentions"):
        bad = rows(
            seeds_warehouse,
            f"select count(*) from {table} f join dim_articles a using (article_id) "  # noqa: S608
            "where f.char_start < 0 or f.char_end > length(a.body_text) or f.char_start >= f.char_end "
            "or strpos(a.body_text, f.sentence) = 0",
        )
        assert bad == [(0,)], table


def test_aliases_across_articles_are_one_entity(seeds_warehouse):
    """ISIS, ISIL and Daesh (seed entity_aliases) are the Islamic State; US and U.S. one place."""
    islamic_state = rows(
        seeds_warehouse,
        "select e.entity_id, e.n_articles from dim_entities e where e.name = 'Islamic State'",
    )
    assert len(islamic_state) == 1 and islamic_state[0][1] >= 2
    aliases = {a for (a,) in rows(
        seeds_warehouse, "select lower(alias) from dim_entity_aliases where entity_id = ?",
        [islamic_state[0][0]])}
    assert {"daesh", "isis", "isil"} <= aliases
    united_states = rows(seeds_warehouse, "select count(*) from dim_entities where label = 'GPE' "
                         "and lower(name) in ('us', 'u.s.', 'united states')")
    assert united_states == [(1,)]


def test_one_person_one_row_within_and_across_articles(seeds_warehouse):
    sudani = rows(seeds_warehouse, "select name from dim_entities where lower(name) like '%sudani%'")
    assert sudani == [("Mohammed Shia al-Sudani",)]


def test_bare_numbers_make_no_claims(seeds_warehouse):
    assert rows(seeds_warehouse, "select count(*) from fct_figure_claims "
                "where noun is null and unit is null") == [(0,)]
    bare = rows(seeds_warehouse, "select count(*) from fct_figures where noun is null and unit is null "
                "and claim_id is not null")
    assert bare == [(0,)]


# ---------------------------------------------------------------------------------------------
# Places: names on the map


def test_bases_and_regions_resolve_to_their_curated_places(seeds_warehouse):
    """'one in western Anbar province', 'Baghdad airport', 'the Gaza Strip' come from the seed."""
    places = dict(rows(seeds_warehouse, "select place_id, place_name from dim_places"))
    assert places["cur:anbar"] == "Anbar"
    assert places["cur:baghdad-airport"] == "Baghdad International Airport"
    assert places["cur:gaza"] == "Gaza Strip"
    assert places["gn:98182"] == "Baghdad"
    ((lat, lon, precision),) = rows(
        seeds_warehouse, "select latitude, longitude, geo_precision from dim_places where place_id = 'gn:98182'")
    assert abs(lat - 33.34) < 0.1 and abs(lon - 44.40) < 0.1 and precision == 1


def test_demonyms_and_compounds_name_their_country(seeds_warehouse):
    resolved = dict(rows(seeds_warehouse, "select mention_text, country_code from fct_place_mentions "
                                          "where mention_kind = 'demonym' and place_id is not null"))
    assert resolved.get("Iraqi") == "IQ"
    assert all(len(code) == 2 for code in resolved.values())


def test_every_event_location_has_coordinates_or_a_reason(seeds_warehouse):
    ((n_located, n_with_coordinates, n_explained),) = rows(
        seeds_warehouse, "select count(*), count(latitude), count(coordinates_missing_reason) "
                         "from fct_event_mentions where location is not null")
    assert n_located > 0 and n_with_coordinates > 0
    assert n_with_coordinates + n_explained == n_located


def test_place_ids_reach_entities_and_figures(seeds_warehouse):
    ((iraq_entity,),) = rows(seeds_warehouse, "select count(*) from fct_entity_mentions m join dim_entities e "
                                              "using (entity_id) where e.name = 'Iraq' and m.place_id = 'gn:99237'")
    assert iraq_entity >= 3
    figure_places = rows(seeds_warehouse, "select distinct context_place, context_place_id from fct_figures "
                                          "where context_place is not null")
    assert figure_places and all(place_id is not None for _, place_id in figure_places)


def test_the_share_of_place_names_resolved_is_a_quality_result(seeds_warehouse):
    ((success, observed),) = rows(
        seeds_warehouse, "select success, observed_value from quality_results where suite = 'fct_place_mentions' "
                         "and expectation = 'expect_column_mean_to_be_between'")
    ((share,),) = rows(seeds_warehouse, "select avg(cast(place_id is not null as double)) from fct_place_mentions")
    assert success and abs(float(observed) - share) < 1e-9


def test_the_report_draws_the_event_places_on_a_map(seeds_warehouse, tmp_path):
    from newsfacts.report import build_report

    page = build_report(seeds_warehouse, tmp_path / "report").read_text()
    section = page.split("Events on the map</h2>")[1].split("<h2>")[0]
    assert "<svg" in section and ">Iraq<" in section
    ((n_unplaced,),) = rows(seeds_warehouse, "select count(*) from fct_event_mentions where latitude is null")
    assert n_unplaced > 0 and "no place stated" in section
