"""Fact records, Arrow tables and import hygiene of newsfacts.extract."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pyarrow as pa
import pytest

from newsfacts.extract import FactBatch, extract_facts, fact_batch_to_tables
from newsfacts.extract.bench import benchmark_extraction
from newsfacts.extract.nlp import split_chunks
from newsfacts.extract.schemas import (
    CITATION_SCHEMA,
    ENTITY_MENTION_SCHEMA,
    EVENT_MENTION_SCHEMA,
    FIGURE_SCHEMA,
    fact_id,
)
from newsfacts.places.records import PLACE_MENTION_SCHEMA
from tests.factories import make_article

BODY = (
    "4 MIN READ\n"
    "The US has around 2,500 troops in Iraq, four Iraqi sources said.\n"
    "US-led forces invaded Iraq in 2003 and withdrew in 2011.\n"
    "Nothing to see in this line at all."
)



def test_tables_follow_schemas() -> None:
    tables = fact_batch_to_tables(extract_facts([make_article(BODY, date(2024, 7, 22), "a1")]))
    expected = {"figures": FIGURE_SCHEMA, "citations": CITATION_SCHEMA,
                "event_mentions": EVENT_MENTION_SCHEMA, "entity_mentions": ENTITY_MENTION_SCHEMA,
                "place_mentions": PLACE_MENTION_SCHEMA}
    assert set(tables) == set(expected)
    for name, schema in expected.items():
        assert tables[name].schema == schema
        assert tables[name].num_rows > 0
    events = tables["event_mentions"].to_pylist()
    assert [e["event_date"] for e in events] == [date(2003, 1, 1), date(2011, 1, 1)]
    assert events[0]["actors"] == ["US"]
    places = {p["mention_text"]: p["country_code"] for p in tables["place_mentions"].to_pylist()}
    assert places["Iraq"] == "IQ" and places["Iraqi"] == "IQ"


def test_empty_batch_gives_empty_tables() -> None:
    tables = fact_batch_to_tables(FactBatch())
    assert all(isinstance(t, pa.Table) and t.num_rows == 0 for t in tables.values())
    assert fact_batch_to_tables(extract_facts([make_article("")]))["figures"].num_rows == 0


def test_ids_are_stable_across_runs_and_batches() -> None:
    alone = extract_facts([make_article(BODY, date(2024, 7, 22), "a1")])
    together = extract_facts([make_article("Other text, 5 people said.", date(2024, 7, 22), "a0"), make_article(BODY, date(2024, 7, 22), "a1")])
    assert [f.figure_id for f in alone.figures] == [
        f.figure_id for f in together.figures if f.article_id == "a1"
    ]
    assert fact_id("a1", "figure", 10) == fact_id("a1", "figure", 10) != fact_id("a2", "figure", 10)


def test_chunks_skip_furniture_and_keep_offsets() -> None:
    chunks = split_chunks(BODY)
    texts = [BODY[c.char_start : c.char_end] for c in chunks]
    assert "4 MIN READ" not in texts
    assert texts[0] == "The US has around 2,500 troops in Iraq, four Iraqi sources said."
    assert [c.is_candidate for c in chunks] == [True, True, False]


def test_chunks_do_not_split_abbreviations() -> None:
    body = "Mr. Smith met U.S. officials in Jan. 2024 at the base. He left."
    texts = [body[c.char_start : c.char_end] for c in split_chunks(body)]
    assert texts == ["Mr. Smith met U.S. officials in Jan. 2024 at the base.", "He left."]


@pytest.mark.parametrize(("body", "expected"), [
    ("The minister announced it on X. Her deputy was surprised.",
     ["The minister announced it on X.", "Her deputy was surprised."]),
    ("A clip shared to X. It drew replies.", ["A clip shared to X.", "It drew replies."]),
    ("They quoted Malcolm X. at length.", ["They quoted Malcolm X. at length."]),
    ("It was signed by Jane X. Doe on Monday.", ["It was signed by Jane X. Doe on Monday."]),
])
def test_the_platform_x_ends_a_sentence_but_an_initial_does_not(body: str, expected: list[str]) -> None:
    assert [body[c.char_start : c.char_end] for c in split_chunks(body)] == expected


def test_benchmark_reports_rates() -> None:
    report = benchmark_extraction([BODY, "Short text without facts but long enough."])
    assert report["docs"] == 2
    assert 0 < report["tokens_parsed"] < report["tokens_total"]
    assert report["docs_per_s"] > 0 and report["tokens_per_s"] > 0


def test_import_does_not_load_spacy() -> None:
    include = Path(__file__).resolve().parents[2] / "include"
    code = (
        "import sys; import newsfacts.extract, newsfacts.extract.figures, "
        "newsfacts.extract.citations, newsfacts.extract.events, newsfacts.extract.entities, "
        "newsfacts.extract.bench, newsfacts.extract.nlp; "
        "assert 'spacy' not in sys.modules, 'spacy imported at import time'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": str(include)})


@pytest.mark.parametrize(("line", "is_heading"), [
    ("13-Inch MacBook Pro With Scissor Keyboard Expected in First Half of 2020", True),
    ("Apple Plans to Move Its Notebooks to New Keyboards", True),
    ("Apple is expected to move its notebooks to new keyboards in 2020.", False),
    ("UN Security Council Members Met in New York on Tuesday.", False),
    ("| Ticker | Security | Last | Change |", False),
])
def test_title_case_headings_repeated_in_the_body_hold_no_facts(line: str, is_heading: bool) -> None:
    from newsfacts.extract.nlp import is_title_case_heading

    assert is_title_case_heading(line) is is_heading


@pytest.mark.parametrize(("line", "is_other_story"), [
    ("MAYOR SAYS FERRY FARES WILL RISE BY 5 PERCENT", True),
    ("'BAKE OFF' JUDGE REVEALS 3 SECRETS OF THE TENT", True),
    ("Harbour strike enters its third week as talks stall [ANALYSIS]", True),
    ("- The 9 Oddest Facts About Comets", True),
    ("• 12 Things You Missed At The Budget", True),
    ("A THIRD ferry was cancelled on Tuesday, the operator said.", False),
    ("NO DEAL, NO TRADE!", False),
    ("| FRY | FERRY HOLDINGS INC. | 12.50 | -0.25 |", False),
    ("- Charges quickly in its case", False),
    ("- Harbour Robotics Inc., Port Talbot, Wales", False),
    ("- Saves 40 percent of the fuel a diesel ferry burns.", False),
    ("The report is here [PDF] and runs to 40 pages", False),
])
def test_headlines_of_other_stories_hold_no_facts(line: str, is_other_story: bool) -> None:
    from newsfacts.extract.nlp import is_furniture_line, is_other_story_line

    assert is_other_story_line(line) is is_other_story
    assert is_furniture_line(line) is is_other_story


def test_calls_to_sign_up_for_a_newsletter_are_no_sentences_of_the_article() -> None:
    body = ("The port handled 4,000 containers on Monday. Sign up for The Harbour Brief today to get the "
            "news in your inbox.\nYou can also subscribe to this newsletter here. About 2,000 readers "
            "subscribe to the newsletter, the editor said.")
    texts = [body[c.char_start : c.char_end] for c in split_chunks(body)]
    assert texts == ["The port handled 4,000 containers on Monday.",
                     "About 2,000 readers subscribe to the newsletter, the editor said."]


@pytest.mark.parametrize(("sentence", "is_call"), [
    ("Get access to the fastest growing harbour data service for as little as $5 a month.", False),
    ("Get access to the Harbour Pro subscription service for as little as $5 a month.", True),
    ("Subscribe to our channel for 3 new videos a week.", True),
    ("Register your interest at the council office by 5 May.", False),
])
def test_calls_to_subscribe_name_an_offer(sentence: str, is_call: bool) -> None:
    from newsfacts.extract.nlp import is_sign_up_sentence

    assert is_sign_up_sentence(sentence) is is_call


@pytest.mark.parametrize(("sentence", "is_meter"), [
    ("You have 2 articles left to read this month before you need to register.", True),
    ("You’ve reached your limit of free stories for this week.", True),
    ("This is your last free article.", True),
    ("You have 3 days left to appeal the ruling, the judge told him.", False),
    ("Readers have 12 articles left in the series, the editor said.", False),
])
def test_a_metered_paywalls_count_of_free_articles_is_no_sentence_of_the_article(
        sentence: str, is_meter: bool) -> None:
    from newsfacts.extract.nlp import is_sign_up_sentence

    assert is_sign_up_sentence(sentence) is is_meter
