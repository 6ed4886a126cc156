"""Event types of session 23 (utypes): a central bank's rate moves are decisions of policy, a
person's purchase at an auction is no corporate deal, and a bomb scare is typed by its bomb.
Sentences are real news sentences (Reuters on the Fed's December 2016 hike, the Washington Post
on the Trump Foundation, the Atlantic on the New York manhunt alert), some with names changed,
and made-up near misses."""

from __future__ import annotations

from datetime import date

from tests.unit.test_extract_events import events_of

DEC_2016 = date(2016, 12, 15)  # a Thursday


def _type(body: str, date_text: str) -> str:
    return {e.date_text: e.event_type for e in events_of(body, DEC_2016)}[date_text]


def test_a_central_bank_that_raises_cuts_or_holds_its_rate_decides_policy() -> None:
    assert _type("The U.S. Federal Reserve raised interest rates on Wednesday for only the second time in a decade.",
                 "Wednesday") == "policy_decision"
    assert _type("The Bank of England held rates steady on Thursday.", "Thursday") == "policy_decision"
    assert _type("The European Central Bank raised its key rate in July.", "July") == "policy_decision"
    assert _type("Interest rates were raised on Wednesday.", "Wednesday") == "policy_decision"
    # Near misses: a company's rates and a market's rates are no central bank's decision.
    assert _type("The utility raised its rates in 2015.", "2015") != "policy_decision"
    assert _type("Comcast raised rates for cable customers in January.", "January") != "policy_decision"
    assert _type("Mortgage rates rose on Wednesday.", "Wednesday") == "economic_release"


def test_a_rate_hike_is_a_central_bank_decision() -> None:
    assert _type("The Fed sees three rate hikes in 2017 instead of the two it forecast in September.",
                 "2017") == "policy_decision"
    assert _type("All 120 economists in a recent Reuters poll had expected a rate hike on Wednesday.",
                 "Wednesday") == "policy_decision"
    assert _type("The projected three rate increases next year would be followed by another three "
                 "increases in both 2018 and 2019.", "next year") == "policy_decision"
    # Near misses: a shop's price hikes and a market's mortgage rate increases decide no policy.
    assert _type("The company plans price hikes in 2017.", "2017") != "policy_decision"
    assert _type("Mortgage rate increases in 2017 hurt home buyers.", "2017") != "policy_decision"


def test_a_person_who_bids_on_or_buys_a_thing_makes_no_corporate_deal() -> None:
    assert _type("In 2012, Tom Hanks bid $12,000 for a football helmet at a charity auction.", "2012") == "other"
    assert _type("And in 2014, she bid $10,000 to buy a four-foot painting of herself.", "2014") == "other"
    assert _type("She bought a house in Malibu in 2010.", "2010") == "other"
    # Near misses: a firm's bid, a company bought and shares bought stay business.
    assert _type("In December, the firm bid $16.50 per share for Tribune.", "December") == "business"
    assert _type("Amazon bought Whole Foods in 2017.", "2017") == "business"
    assert _type("Warren Buffett bought shares of Apple in 2016.", "2016") == "business"


def test_a_bomb_scare_is_typed_by_its_bomb() -> None:
    assert _type("The alert had to do with the weekend's bomb scare.", "the weekend") == "armed_conflict"
    assert _type("A bomb scare on Saturday closed the station.", "Saturday") == "armed_conflict"
    # Near miss: a scare with no typed noun before it stays untyped by the noun.
    assert _type("The singer suffered a scare in March.", "March") != "armed_conflict"
