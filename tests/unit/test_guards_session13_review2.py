"""Review of the session-13 source and event-type rules (helper "review2"): real spaCy model, no
mocks; every sentence is made up, from news of other kinds than the pages the rules came from."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of
from tests.unit.test_extract_events import NOV_2019, events_of


@pytest.mark.parametrize(("body", "expected"), [
    # An organisation of several words, joined by "and" or owned by a plural noun, keeps its whole
    # name before its bracketed acronym.
    ("But a spokesperson for the Universities and Colleges Employers’ Association (UCEA) said "
     "its members had been cutting such contracts.",
     [("Universities and Colleges Employers’ Association", "organization")]),
    ("A spokesperson for the Farmers and Growers Trade Federation (FGTF) said its members were worried.",
     [("Farmers and Growers Trade Federation", "organization")]),
    ("A spokeswoman for the Rivers and Lakes Anglers’ Association (RLAA) said the season would open late.",
     [("Rivers and Lakes Anglers’ Association", "organization")]),
    ("A spokesman for the Bank of Lower Ruritania (BLR) said rates would hold.",
     [("Bank of Lower Ruritania", "organization")]),
    # ...and without the acronym too.
    ("A spokesperson for the Universities and Colleges Employers’ Association said pay talks would resume.",
     [("Universities and Colleges Employers’ Association", "organization")]),
])
def test_a_body_keeps_its_whole_name_before_its_acronym(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Near misses: two people joined by "and" stay two people; a plain noun before a name stays out.
    ("Trump and Biden said the debate would go ahead.", ["Trump", "Biden"]),
    ('"It was close," said striker Tom Lind.', ["Tom Lind"]),
])
def test_and_between_names_of_people_joins_nothing(body: str, expected: list) -> None:
    assert [name for name, _ in sources_of(body)] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # The session-13 shapes still fire where they were meant to, in other kinds of news.
    ("Robot dogs now deliver parcels in Tallinn.\n(via Baltic Tech Wire)", [("Baltic Tech Wire", "media_outlet")]),
    ("Economists see inflation easing to 2% next year.", [("economist", "anonymous")]),
    ("Pollsters see a tight race in the northern districts.", [("pollster", "anonymous")]),
    ("The data was drawn from the Office for National Statistics.",
     [("Office for National Statistics", "government_body")]),
    ("As you can see in the graph, unemployment rose in March.", [("graph", "document")]),
    ("Economist Anna Berg was praised for her critique of the central bank.", [("Anna Berg", "person")]),
    ("In a new paper, Anna Berg warns that sea levels will rise faster. According to the report, "
     "the ice will melt by 2050.", [("Anna Berg", "person"), ("Anna Berg", "person")]),
])
def test_session13_shapes_fire_in_other_news(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize("body", [
    # A via-credit is a credit standing apart, not the means in a running sentence, nor a service.
    "Tickets go on sale on Friday (via Ticketmaster)",
    "The council met online on Tuesday.\n(via Zoom)",
    # Remarks of a kind of people, told as a rule, are no remark made.
    "Comments from readers are moderated before they appear.",
    # Experts who see people or places are not giving an outlook.
    "Experts see patients at the clinic every Tuesday.",
    "Analysts see the new stadium on their way to work.",
    # A thing taken from a place was removed, not quoted.
    "The map was taken from the Hudson Museum during the break-in.",
    # A person's own sight is no document shown to the reader.
    "As he could see from the data, the drug failed.",
    # A sanction or an apology for a criticism reports no opinion.
    "Anna Berg was jailed for her criticism of the regime.",
    "Anna Berg was fined for his criticism of the referee.",
    "Anna Berg apologised for her criticism of the players.",
    "Anna Berg was sacked for her essay on the war.",
])
def test_session13_shapes_do_not_misfire(body: str) -> None:
    assert sources_of(body) == []


def test_the_report_points_back_only_past_no_other_writing() -> None:
    # A police report named in between is the one "the report" means, not the paper before it.
    body = ("In a new paper, Anna Berg warns that sea levels will rise faster. The police report, released "
            "on Monday, said the driver was drunk. The report said he had fled.")
    assert sources_of(body) == [("Anna Berg", "person"), ("police report", "document"), ("report", "document")]

def _type(body: str, date_text: str) -> str:
    return {e.date_text: e.event_type for e in events_of(body, NOV_2019)}[date_text]


def test_speculating_in_a_market_is_no_statement() -> None:
    assert _type("Traders speculated in oil futures in 2008.", "2008") == "other"
    # ...but a supposition, with its clause, is.
    assert _type("Investors speculated on Monday that the central bank would cut rates.", "Monday") == "statement"


def test_a_complaint_filed_is_not_by_itself_a_court_case() -> None:
    assert _type("Residents filed a complaint about the noise on Monday.", "Monday") != "legal_judicial"
    assert _type("Police filed charges against the driver on Tuesday.", "Tuesday") == "legal_judicial"


def test_a_legislature_creates_by_deciding_only_a_body_post_or_fund() -> None:
    assert _type("The government created 200,000 jobs in 2019.", "2019") != "policy_decision"
    assert _type("The senate created a stir on Monday.", "Monday") != "policy_decision"
    assert _type("The assembly created a committee on Monday.", "Monday") == "policy_decision"
    assert _type("Congress created the Customs Service in 1789.", "1789") == "policy_decision"


def test_a_blow_is_no_labour_strike_though_its_sentence_speaks_of_workers() -> None:
    assert _type("The union said the missile strike on the depot on Monday killed three workers.",
                 "Monday") == "armed_conflict"
    assert _type("Drones struck the pension fund's offices on Monday, the union said.", "Monday") == "armed_conflict"
    # Workers' own strikes stay protests.
    assert _type("The teachers' strike entered its third day on Wednesday.", "Wednesday") == "protest"
    assert _type("Staff at the factory will strike on Monday over pay.", "Monday") == "protest"
    # A strike "on the cards" is in prospect, not a blow on something.
    assert _type("Talks on pay failed, with further strikes on the cards next month.", "next month") == "protest"


def test_a_state_of_groups_only_a_declared_condition() -> None:
    assert _type("On Monday, the governor declared a state of emergency over the floods.", "Monday") == "policy_decision"
    # Near miss: how a match stands is no match.
    assert _type("The state of the match changed on Saturday.", "Saturday") != "sport"
