"""Figures (session 23, from the errors of set U): basis points, a range that repeats its unit,
clock hours, abbreviated ages, idioms and sources read as counts, counts and heights missed, and
what market figures measure. The sentences are the set's own (Bloomberg, Reuters, CNBC, the
Washington Post, the New York Times, ABC News, the Atlantic); the near misses beside them are
made up."""

from __future__ import annotations

import lxml.html
import pytest

from newsfacts.clean.html import clean_html_document
from newsfacts.clean.related import is_related_line
from tests.unit.test_extract_figures import figures_of


def _read(body: str) -> list[tuple[str, float, float | None, str | None]]:
    return [(f.text, round(f.value, 4), f.value_high, f.unit) for f in figures_of(body)]


def _nouns(body: str) -> dict[str, str | None]:
    return {f.text: f.noun for f in figures_of(body)}


# Basis points: a change in percentage points, a level in percent


def test_basis_points_of_a_change_are_hundredths_of_a_percentage_point() -> None:
    found = _read("Germany’s 10-year bond yield fell three basis points to 0.33 percent, after climbing to"
                  " 0.38 percent, the highest since Nov. 14.")
    assert found[0] == ("three basis points", 0.03, None, "percentage_point")
    assert found[1:] == [("0.33 percent", 0.33, None, "percent"), ("0.38 percent", 0.38, None, "percent")]
    assert _nouns("Germany’s 10-year bond yield fell three basis points to 0.33 percent.")["three basis points"] == "yield"


def test_a_hyphenated_basis_point_drop_is_a_change() -> None:
    found = _read("The nation’s 10-year bond yield fell five basis points to 1.89 percent, adding to a"
                  " four-basis point drop from Tuesday.")
    assert ("five basis points", 0.05, None, "percentage_point") in found
    assert ("four-basis point", 0.04, None, "percentage_point") in found


def test_basis_points_after_to_are_a_level_in_percent() -> None:
    found = _read("- The Markit iTraxx Europe Index of credit-default swaps on investment-grade companies"
                  " dropped one basis point to 74 basis points, the lowest since Nov. 9.")
    assert found == [("one basis point", 0.01, None, "percentage_point"), ("74 basis points", 0.74, None, "percent")]


def test_bps_written_apart_and_bp_as_a_name() -> None:
    assert _read("The central bank cut its rate by 25 bps to 50 bps.") == [
        ("25 bps", 0.25, None, "percentage_point"), ("50 bps", 0.5, None, "percent")]
    # Near miss: "BP" in capitals is the oil company, no unit.
    assert _read("BP closed 25 stations.") == [("25", 25.0, None, None)]


# A range whose two ends both carry the unit


def test_between_two_percentages_is_one_range() -> None:
    found = figures_of("The increase in the federal funds rate to a range of between 0.50 percent and 0.75"
                       " percent was widely expected.")
    assert [(f.value, f.value_high, f.unit, f.noun) for f in found] == [(0.5, 0.75, "percent", "rate")]
    assert [(f.value, f.value_high) for f in figures_of("Prices rose between 2% and 5% last year.")] == [(2.0, 5.0)]
    # Near miss: two measures in different units stay two figures.
    assert len(figures_of("He is between 5 feet and 6 inches.")) == 2


# Not figures: clock hours, abbreviated ages, idioms, a source introduced by "one"


def test_an_hour_told_by_the_part_of_the_day_is_a_clock_time() -> None:
    assert figures_of("Just before 8 in the morning on Monday, cellphones chimed in unison across New York City.") == []
    assert figures_of("The shop opens at 8 in the morning and closes at 11 at night.") == []
    # Near miss: a count with its noun stays.
    assert _read("Rescuers pulled 8 survivors from the rubble in the morning.") == [("8", 8.0, None, None)]


def test_an_age_written_with_an_abbreviated_year_is_no_figure() -> None:
    assert figures_of("“WANTED: Ahmad Khan Rahami, 28-yr-old male.") == []
    assert figures_of("The 6-mo-old puppy was found on Tuesday.") == []


def test_on_the_one_hand_is_an_idiom() -> None:
    assert figures_of("On the one hand, Wyoming has closed fewer coal-fired plants than other states, including"
                      " West Virginia and Kentucky.") == []
    # Near miss: a hand counted.
    assert _read("He held the rope with one hand.") == [("one", 1.0, None, None)]


def test_one_official_who_attributes_is_a_source_not_a_count() -> None:
    assert figures_of("The White House said she had gotten “ahead of the curve,” and one official attributed"
                      " Ms. Haley’s statement to “momentary confusion.”") == []


def test_a_bracketed_link_to_another_story_is_not_body() -> None:
    line = ("<p class='interstitial-link'><i>[<a href='/x'>How a Univision anchor found the missing $10,000"
            " portrait that Trump bought with his charity’s money</a>]</i></p>")
    assert is_related_line(lxml.html.fragment_fromstring(line)) is True
    paragraphs = "".join(f"<p>Paragraph {n}: In all three cases, the Trump Foundation paid the bill, and tax"
                         " experts said the items had to be put to charitable use by law.</p>" for n in range(1, 6))
    html = (f"<html><head><title>Trump Foundation</title></head><body><article><h1>Trump Foundation</h1>"
            f"{paragraphs.replace('</p><p>Paragraph 3', '</p>' + line + '<p>Paragraph 3', 1)}</article></body></html>")
    body = clean_html_document(html).body_text
    assert "Univision" not in body and "Paragraph 3: In all three cases" in body


@pytest.mark.parametrize("markup", [
    # a footnote mark or a bracketed aside inside a paragraph is the paragraph's own text
    "<p>The foundation paid the bill [<a href='/n1'>1</a>] in all three cases.</p>",
    "<p>[<a href='/x'>Ferries</a>]</p>",
])
def test_bracketed_links_that_are_no_headline_line(markup: str) -> None:
    assert is_related_line(lxml.html.fragment_fromstring(markup)) is False


# Counts and a height the rules missed


def test_a_count_opening_a_sentence_before_a_name_and_its_noun() -> None:
    found = figures_of("Two Clinton donors tell ABC News that Clinton made the claim at a private event.")
    assert [(f.text, f.value, f.noun) for f in found] == [("Two", 2.0, "donor")]


def test_a_count_with_its_noun_left_out_before_a_participle() -> None:
    found = figures_of("Partly as a result of the changes anticipated under Trump, the Fed sees three rate hikes"
                       " in 2017 instead of the two foreseen as of September.")
    assert [(f.text, f.value, f.noun) for f in found] == [("three", 3.0, "hike"), ("two", 2.0, "hike")]


def test_a_height_in_feet_and_inches() -> None:
    found = figures_of("A 5’6” 200-pound male with brown hair")
    assert [(f.text, f.value, f.unit, f.noun) for f in found][0] == ("5’6”", 5.5, "ft", "height")
    assert [(f.value, f.unit) for f in figures_of("She stands 5′11″ and weighs 130 pounds.")][0] == (5.9167, "ft")
    # Near miss: an apostrophe with no inch mark after it is no height.
    assert figures_of("Rock 'n' roll was born in the 50's.") == []


def test_a_unit_after_more_is_the_figures_unit() -> None:
    found = figures_of("The Energy Information Administration projects the Clean Power Plan will retire 32 more"
                       " gigawatts of coal-fired capacity by 2030.")
    assert [(f.text, f.unit, f.noun) for f in found] == [("32 more gigawatts", "GW", "capacity")]
    # Near miss: a count after "more" keeps no unit.
    assert [(f.unit, f.noun) for f in figures_of("He needs 3 more votes.")] == [(None, "vote")]


# What market figures measure


def test_a_company_that_moves_is_its_share_price() -> None:
    nouns = _nouns("- Credit Suisse Group AG gained 6.4 percent, while Banca Monte dei Paschi di Siena SpA rose"
                   " 8.7 percent after La Stampa reported Italy will ask for a 15 billion euro ESM loan for the"
                   " lender, among other")
    assert nouns == {"6.4 percent": "share", "8.7 percent": "share", "15 billion euro": "loan"}
    assert _nouns("Pfizer Inc. fell 1.2 percent for the steepest slide in the Dow.") == {"1.2 percent": "share"}
    # Near misses: a named thing that moved is measured itself.
    assert _nouns("Walmart's sales rose 4 percent.") == {"4 percent": "sale"}
    assert _nouns("The Stoxx Europe 600 Index added 0.9 percent.")["0.9 percent"] == "index"
    assert _nouns("China's Shanghai Composite (SHCOMP) slumped 0.2%, but recovered those losses.") == {
        "0.2%": "composite"}  # an index the vocabulary does not list


def test_a_currency_and_its_rate_after_to() -> None:
    nouns = _nouns("- The pound dropped 0.5 percent to $1.2611 after industrial production in October fell 1.3"
                   " percent, driven by a slide in oil and gas extraction.")
    assert nouns == {"0.5 percent": "pound", "$1.2611": "pound", "1.3 percent": "production"}


def test_an_index_level_after_points_added() -> None:
    nouns = _nouns("The Dow Jones Industrial Average added 256.81 points to 19,508.59, a fresh all-time high.")
    assert nouns == {"256.81 points": "index", "19,508.59": "index"}


def test_money_per_unit_of_a_commodity_is_a_price() -> None:
    assert _nouns("Treasuries slipped and crude fell toward $50 a barrel in New York.") == {"$50": "price"}
    assert _nouns("Powder River Basin coal trades at about $10 per short ton, compared with about $45 for"
                  " Central Appalachia coal.") == {"about $10": "price", "about $45": "price"}
    # Near miss: pay per hour is no commodity's price.
    assert _nouns("He earns $15 an hour.") == {"$15": "pay"}  # what a worker is paid by the hour (session 23)


def test_what_a_foundation_took_in_owned_and_paid() -> None:
    assert _nouns("In all, the 2015 tax filing shows that the Trump Foundation took in $781,000 and gave away"
                  " $896,000 in grants during 2015.") == {"$781,000": "income", "$896,000": "grant"}
    assert _nouns("It lists a donation of $566,370 from the Trump Corporation, an entity 100 percent owned by"
                  " Trump himself.")["100 percent"] == "ownership"
    assert _nouns("The portrait purchased for $20,000 was valued at $700.") == {"$20,000": "price", "$700": "value"}
    assert _nouns("Haley accepted seven free flights in 2017, at an estimated worth of tens of thousands of"
                  " dollars.")["tens of thousands of dollars"] == "worth"
    assert _nouns("Trump gave $10,000 from his foundation to the group.") == {"$10,000": "donation"}
