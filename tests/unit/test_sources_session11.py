"""Cited sources, session 11 rules: real spaCy model, no mocks; every sentence is made up."""

from __future__ import annotations

import pytest

from newsfacts.extract.citations import quoted_spans
from tests.unit.test_extract_citations_session9 import citations_of, sources_of


def test_quoted_spans_pair_curly_and_straight_quotes() -> None:
    body = 'He said “we will win” and "they" lost.\n“An open quote runs to the line end\nNone here.'
    spans = [body[a:b] for a, b in quoted_spans(body)]
    assert spans == ["we will win", "they", "An open quote runs to the line end"]


@pytest.mark.parametrize(("body", "speaker"), [
    # A person named inside the quotation is talked about; "he" is the one named outside it.
    ("Senator Paul Ortiz spoke to the committee for an hour. “We cannot send Maria Lopez to "
     "the Moon on a budget like this,” he said.", "Paul Ortiz"),
    ("Coach Dan Reyes was calm after the game. “I told Tom Baker to keep the ball,” he said.",
     "Dan Reyes"),
])
def test_a_name_inside_the_quote_is_not_who_he_is(body: str, speaker: str) -> None:
    said = [c for c in citations_of(body) if c.cited_as.lower() == "he"]
    assert [c.canonical_name for c in said] == [speaker]


@pytest.mark.parametrize(("body", "expected"), [
    # Vague writings nobody issued, after "according to", cite no one...
    ("The bar charges $5 for ten minutes of clean air, according to reports.", []),
    ("The smog has cut life expectancy by two years, according to one estimate.", []),
    ("Up to 300 people were hurt, according to some unconfirmed reports.", []),
    # ...a particular one, one with an issuer, or news media still do.
    ("According to a new study, the drug cut deaths by a third.", [("study", "document")]),
    ("The deal is off, according to reports from Variety.", [("Variety", "media_outlet")]),
])
def test_unspecified_writings_after_according_to(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "name", "kind"), [
    # An abbreviated vice-presidency and a capitalised Manager are offices...
    ("“Sales doubled,” said Rita Osei, senior VP of sales at Lumen Foods.", "Rita Osei", "official"),
    ("Plant Manager Ken Ito said the line would restart on Monday.", "Ken Ito", "official"),
    # ...a lower-case manager is a trade.
    ("Talent manager Ken Ito said the singer would tour again.", "Ken Ito", "person"),
])
def test_vp_and_titled_manager_are_offices(body: str, name: str, kind: str) -> None:
    assert (name, kind) in sources_of(body)


def test_an_office_stated_by_the_verb_be_makes_an_official() -> None:
    body = ("Dana Whitfield is the chief executive of Harbor Lines. “We will hire 200 people,” "
            "Whitfield said.")
    assert ("Dana Whitfield", "official") in sources_of(body)
    body = ("Dana Whitfield was once the chief executive of Harbor Lines. “We will hire 200 people,” "
            "Whitfield said.")
    assert ("Dana Whitfield", "person") in sources_of(body)
    body = ("Dana Whitfield is the president's niece. “We will hire 200 people,” Whitfield said.")
    assert ("Dana Whitfield", "person") in sources_of(body)


def test_an_office_stated_of_a_surname_alone_makes_an_official() -> None:
    body = ("The ads were designed by a team under Dana Whitfield. Whitfield is the CEO of Harbor "
            "Lines, a small agency in Tulsa. “We will hire 200 people,” Whitfield said.")
    assert ("Dana Whitfield", "official") in sources_of(body)


def test_a_thing_named_with_the_is_nobody_he_could_be() -> None:
    body = ("Rep. Carl Dunn questioned the plan. The agency wants to land near the Gateway by 2030. "
            "“It is too expensive,” he said.")
    said = [c for c in citations_of(body) if c.cited_as == "he"]
    assert [c.canonical_name for c in said] == ["Carl Dunn"]


@pytest.mark.parametrize(("body", "expected"), [
    # "what X had to say" presents X's words...
    ("Here's what Governor Tim Ross had to say about the budget on Monday.", [("Tim Ross", "official")]),
    # ...an obligation to say something does not.
    ("He had to say goodbye to his team in 2019.", []),
])
def test_what_someone_had_to_say_cites_them(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A demand voiced with a clause is a statement...
    ("Lawyers for the families are demanding that the city pay for the repairs.", [("lawyer", "anonymous")]),
    ("Union leaders demanded the company reopen the plant.", [("Union leaders", "anonymous")]),
    # ...a demand for a thing, or a thing that demands, cites nobody.
    ("Investors demanded higher yields on the bonds.", []),
    ("The job demands that workers stand for 10 hours.", []),
])
def test_a_demand_with_a_clause_is_a_statement(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "kind"), [
    # Pollsters and data firms named like people are firms...
    ("Teens spend 30 percent of their budget on food, according to a new survey from Emily Carter.",
     "organization"),
    ("A poll conducted by Emily Carter found that 40 percent of voters back the plan.", "organization"),
    # ...a titled author of a survey, and the author of a study, are people.
    ("Teens spend 30 percent of their budget on food, according to a new survey by Dr. Emily Carter.",
     "person"),
    ("Teens spend 30 percent of their budget on food, according to a new study from Emily Carter.", "person"),
])
def test_the_issuer_of_a_survey_or_poll_is_a_firm(body: str, kind: str) -> None:
    assert sources_of(body) == [("Emily Carter", kind)]


@pytest.mark.parametrize(("body", "expected"), [
    # The account signing an embedded post is an organisation when the article names it as one...
    ("Benchmarks by Pixel Bench show the game runs at 30 frames per second.\n"
     "The frame rate drops in cities.\n— Pixel Bench (@pixelbench) November 18, 2019",
     ("Pixel Bench", "organization")),
    # ...a known outlet is an outlet, anyone else a person.
    ("The storm hit at noon.\n— CNN (@CNN) November 18, 2019", ("CNN", "media_outlet")),
    ("The storm hit at noon.\n— Dana Price (@danaprice) November 18, 2019", ("Dana Price", "person")),
])
def test_the_author_of_an_embedded_post_is_typed_by_the_article(body: str, expected: tuple) -> None:
    assert expected in sources_of(body)


@pytest.mark.parametrize(("body", "expected"), [
    # A researcher who helped to show a finding shows it...
    ("Anna Brook, now a staff scientist at the Leeds Institute, helped to show that the cells can "
     "protect against cancer.", [("Anna Brook", "person")]),
    # ...rules, rains and a way shown are no findings of anybody.
    ("The new rules helped to show that the market was rigged.", []),
    ("Anna Brook helped to show the way.", []),
])
def test_who_helped_to_show_a_finding_is_its_source(body: str, expected: list) -> None:
    assert sources_of(body) == expected
