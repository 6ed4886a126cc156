"""Event types of session 26 (evtype): the act a "by"-gerund names, documents released in a
batch, breaking the news, informing someone. Every sentence is made up."""

from __future__ import annotations

from tests.unit.test_extract_events import NOV_2019, events_of


def _type(body: str, date_text: str) -> str:
    return {e.date_text: e.event_type for e in events_of(body, NOV_2019)}[date_text]


def test_a_weak_verb_done_by_an_act_takes_the_acts_type() -> None:
    assert _type("Last night the carrier made its plan official by announcing that the new service would be free.",
                 "Last night") == "statement"
    # Near miss: without "by" the weak verb keeps what it governs.
    assert _type("Last night the carrier made a dim joke about the new service.", "Last night") != "statement"


def test_documents_released_in_a_batch_are_something_published() -> None:
    assert _type("On Monday, the group announced the release of a large batch of government files.",
                 "Monday") == "statement"
    assert _type("On Tuesday the agency confirmed the release of a trove of internal documents.",
                 "Tuesday") == "statement"


def test_breaking_the_news_tells_it() -> None:
    assert _type("On 12 March 2015, a local reporter breaks the news that the mayor will resign.",
                 "12 March 2015") == "statement"
    assert _type("The runner broke the record on Monday.", "Monday") != "statement"


def test_informing_someone_is_something_said() -> None:
    assert _type("The minister informed the prime minister in May that she would step down.", "May") == "statement"


def test_an_amount_in_revenue_produced_is_a_figure_reported() -> None:
    assert _type("In 2014, the county fair produced $1,250,000 in revenue.", "2014") == "economic_release"


def test_output_that_peaked_is_a_figure_read_off_the_economy() -> None:
    assert _type("Copper production peaked in 2011 at 2 million tons.", "2011") == "economic_release"
    assert _type("Her career peaked in 2011.", "2011") != "economic_release"


def test_a_threshold_passed_is_no_law_passed() -> None:
    assert _type("The planet will pass 2°C of warming this decade.", "this decade") != "policy_decision"
    assert _type("The app passed the 1 million mark in May.", "May") != "policy_decision"
    assert _type("The Senate passed 300 laws in 2015.", "2015") == "policy_decision"


def test_a_need_is_no_requirement_laid_down() -> None:
    assert _type("The project will require machines by 2030 that nobody has built yet.", "2030") != "policy_decision"
    assert _type("On Monday the city council required new permits for street vendors.", "Monday") == "policy_decision"


def test_a_person_bidding_for_a_thing_at_an_auction_makes_no_deal() -> None:
    body = ("Acme Corp. posted record sales and bought two rival companies this year. "
            "In 2013, John Smith bid $9,000 for a guitar signed by the band at a charity gala.")
    assert _type(body, "2013") == "other"
    assert _type("In May, John Smith bid $2 billion for Acme.", "May") == "business"
    assert _type("In 2015, Jane Doe bid $4,000 to buy a painted chair at the auction.", "2015") != "business"
