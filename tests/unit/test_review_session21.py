"""Review of session 21's changes: each test pins one defect fixed, on invented input."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from newsfacts.clean import clean_input
from newsfacts.clean.script_body import script_article_page
from newsfacts.extract.citations.context import _named_as_man_or_woman
from newsfacts.extract.citations.credits import _joint_outlets
from newsfacts.extract.figures.exclusions import NUMBERED_LINE_RE, _phone_numbers
from newsfacts.extract.prefilter import _regex_gate, run_matcher
from newsfacts.extract.schemas import Citation
from newsfacts.records import Article, InputFormat, RawInput, Rejection, RejectReason

NOW = datetime(2024, 6, 1, tzinfo=UTC)


# figures/exclusions.py: a signed change is no telephone number

@pytest.mark.parametrize("line", [
    "The index closed +12.5% higher on Friday.",
    "Shares were +1.05% by noon.",
    "The team finished the season +100 on goal difference.",
])
def test_a_signed_change_is_no_telephone_number(line: str) -> None:
    assert _phone_numbers(line) == []


@pytest.mark.parametrize(("line", "number"), [
    ("Press office: +46 8 555 0123 (weekdays).", "+46 8 555 0123"),
    ("Call +44 20 7946 0958 to book.", "+44 20 7946 0958"),
    ("Reach the desk on +35316347887.", "+35316347887"),
])
def test_telephone_numbers_are_still_found(line: str, number: str) -> None:
    assert [m.group() for m in _phone_numbers(line)] == [number]


def _figure_values(text: str) -> list[float]:
    from newsfacts.extract import extract_facts

    article = Article(
        article_id="t", source_uri="", url=None, title=None, publisher=None, author=None,
        published_date=date(2021, 5, 4), language="en", word_count=len(text.split()), body_text=text,
        content_hash="", raw_sha256="", raw_path="", input_format="text", ingested_at=NOW,
    )
    return [f.value for f in extract_facts([article]).figures]


def test_a_signed_percentage_stays_a_figure() -> None:
    values = _figure_values("The valley index ended the week at 4,210 points (+ 12.5%).")
    assert values == [4210.0, 12.5]


# figures/exclusions.py: a line that opens with a decimal is no numbered reference

def test_a_decimal_opening_a_line_is_no_list_marker() -> None:
    assert NUMBERED_LINE_RE.match("2.5 million adults live with it") is None
    assert NUMBERED_LINE_RE.match("| 2. | Brandt K. Early care. 2012;7:45-52 |") is not None
    assert NUMBERED_LINE_RE.match("3.Ruiz P. Follow-up. 2018;31:88-97") is not None


def test_figures_of_a_line_opening_with_a_decimal_that_cites_a_journal_stay() -> None:
    text = ("Doctors met in the valley town on Monday.\n"
            "2.5 million adults live with the illness, a review found (J Valley Med. 2019;12:211).")
    assert 2_500_000 in _figure_values(text)


# citations/credits.py: outlets joined by a slash are cited at their own characters

def _cited(body: str, cited_as: str) -> Citation:
    start = body.index(cited_as)
    return Citation("c", "a", cited_as, cited_as, "media_outlet", "according_to", "", start, start + len(cited_as))


@pytest.mark.parametrize("cited_as", ["New York Times", "CBS News/ New York Times"])
def test_joint_outlets_point_at_their_own_names(cited_as: str) -> None:
    body = "Most tenants back the rent cap, according to a spring CBS News/ New York Times poll of renters."
    joint = _joint_outlets(_cited(body, cited_as), body)
    assert sorted(c.cited_as for c in joint) == ["CBS News", "New York Times"]
    assert all(body[c.char_start : c.char_end] == c.cited_as for c in joint)


# citations/context.py: a sentence's opener that names nobody is no person

@pytest.mark.parametrize("sentence", [
    "Here was a man who had lost everything in the flood.",
    "What is a woman? The documentary asks it of everyone.",
    "Everyone is a tired man by the end of the shift.",
])
def test_openers_that_name_nobody(sentence: str) -> None:
    assert _named_as_man_or_woman(sentence) is None


def test_a_name_called_a_woman_is_still_a_person() -> None:
    assert _named_as_man_or_woman("Lena Brandt was a quiet woman of the valley.") == ("Lena Brandt", -1)


# clean/script_body.py: hostile script data, and the language of the rebuilt page

TITLE = "Valley orchard growers report a record apple harvest"
STORY = [f"Paragraph {i} of the valley orchard story: growers report a record apple harvest this year, "
         "with more pickers hired and prices holding steady at the regional market." for i in range(8)]


def _app_page(*states: str) -> bytes:
    scripts = "".join(f"<script>{s}</script>" for s in states)
    return (f"<html><head><title>{TITLE}</title></head><body><div id='app'>Loading…</div>"
            f"{scripts}</body></html>").encode()


def _state(paragraphs: list[str]) -> str:
    nodes = [{"type": "p", "children": [{"type": "text", "data": p}]} for p in paragraphs]
    return "window.__STATE__ = " + json.dumps({"story": {"body": nodes}})


def test_a_state_nested_too_deep_does_not_hide_the_article() -> None:
    page = script_article_page(_app_page("window.__JUNK__ = " + "[" * 100_000, _state(STORY)))
    assert page is not None and "Paragraph 7 of the valley orchard story" in page


def test_the_longest_body_wins_among_many_small_runs() -> None:
    small = [{"type": "p", "children": [{"type": "text", "data": "valley orchard apple harvest"}]}] * 3
    many = "window.__MORE__ = " + json.dumps([small] * 2000)
    page = script_article_page(_app_page(_state(STORY), many))
    assert page is not None and page.count("<p>") == len(STORY)


def test_the_rebuilt_page_keeps_the_pages_language() -> None:
    payload = _app_page(_state(STORY)).replace(b"<html>", b'<html lang="en-GB">', 1)
    page = script_article_page(payload)
    assert page is not None and page.startswith('<html lang="en-GB">')


# clean/__init__.py: data that is no valid JSON is no prose to read as text

def _clean(payload: bytes) -> Article | Rejection:
    return clean_input(RawInput("/in/page.html", InputFormat.HTML, "sha", "/raw/sha", len(payload)), payload, NOW)


@pytest.mark.parametrize("payload", [
    json.dumps({"items": [{"headline": "Orchard growers report a record harvest " * 5}] * 10})[:-3].encode(),
    b"\xef\xbb\xbf  [" + b'"the valley orchard harvest", ' * 60,
])
def test_json_cut_short_stays_not_html(payload: bytes) -> None:
    result = _clean(payload)
    assert isinstance(result, Rejection) and result.reason == RejectReason.NOT_HTML, result


# clean/dateline.py: month names are read from the project's own English table, not the locale

@pytest.mark.parametrize(("month", "number"), [
    ("Jan.", 1), ("February", 2), ("Mar.", 3), ("April", 4), ("May", 5), ("June", 6), ("Jul.", 7),
    ("Aug.", 8), ("Sept.", 9), ("Sep.", 9), ("October", 10), ("Nov.", 11), ("Dec.", 12),
])
def test_a_dateline_reads_every_month(month: str, number: int) -> None:
    from newsfacts.clean.dateline import dateline_date

    assert dateline_date(f"OSLO, {month} 4, 2019 — The fjord ferry resumed") == date(2019, number, 4)


# prefilter.py: a regex with a conditional on a group is not joined into the gate

def test_a_conditional_regex_is_not_joined() -> None:
    gate = _regex_gate([r"^(x)y$", r"^(a)?(?(1)b|c)$"])
    assert gate is None or gate.search("ab")


def test_a_conditional_regex_pattern_still_matches() -> None:
    import spacy
    from spacy.matcher import Matcher

    nlp = spacy.blank("en")
    matcher = Matcher(nlp.vocab)
    matcher.add("X", [[{"LOWER": {"REGEX": r"^(x)y$"}}], [{"LOWER": {"REGEX": r"^(a)?(?(1)b|c)$"}}]])
    doc = nlp("ab")
    assert run_matcher(matcher, doc) == matcher(doc) != []
