"""Figures and page metadata, session 26 (helper "figy", from set Y's errors): "nine out of the 10"
(a share of a round whole with "the"), "half the toys" (a share without "of"), "double-digit
growth" and "triple digits" (the floor of that many digits), a name as a verb's indirect object
before a count, "is one example" and "particularly one about", a bare threshold "the 270 needed",
an amount with its noun hung below it, an object-controlled change verb; a header h2 as the title
when every h1 is the site's logo, a role word alone as byline, and a publication meta the page's
first <time> agrees with. Real spaCy model, no mocks; sentences and pages written here."""

from __future__ import annotations

from datetime import date

import pytest
from lxml import html as lxml_html

from newsfacts.clean.metadata import authors, headline, local_published_date
from tests.unit.test_extract_figures import figures_of


def _found(sentence: str) -> list[tuple[str, float, str | None, str | None]]:
    return [(f.text, f.value, f.unit, f.noun) for f in figures_of(sentence)]


# Shares ----------------------------------------------------------------------------------------

def test_a_share_out_of_the_round_whole_is_one_percentage() -> None:
    found = _found("By 2010, eight out of the 10 biggest banks had cut their branch networks.")
    assert [(t, v, u) for t, v, u, _ in found] == [("eight out of the 10", 80.0, "percent")]


def test_a_part_out_of_the_other_whole_stays_two_counts() -> None:
    texts = [t for t, *_ in _found("The club won seven out of the 12 games it played in May.")]
    assert "seven out of the 12" not in texts


@pytest.mark.parametrize("sentence", [
    "In 1950, about half the cars sold in the state were imported.",
    "Half the students we spoke to were worried about rent.",
])
def test_half_the_plural_is_a_share(sentence: str) -> None:
    found = _found(sentence)
    assert [(v, u) for _, v, u, _ in found] == [(50.0, "percent")]


def test_half_the_singular_idiom_is_no_share() -> None:
    assert _found("Showing up is half the battle, she said.") == []


# The floor of a number of digits ---------------------------------------------------------------

def test_double_digit_growth_is_ten_percent() -> None:
    assert _found("Analysts expect strong double-digit growth over the next three years.") == [
        ("double-digit", 10.0, "percent", "growth")]


def test_a_rate_that_hits_double_digits_is_ten_percent() -> None:
    found = _found("Inflation hit double digits in 1980 for the first time in six years.")
    assert ("double digits", 10.0, "percent", "inflation") in found


def test_triple_digits_paid_are_money() -> None:
    found = _found("Most of the 30,000 fans won't shell out triple digits for a seat.")
    assert ("triple digits", 100.0, "USD") in [(t, v, u) for t, v, u, _ in found]


def test_double_digit_wins_are_a_count() -> None:
    found = _found("The coach posted double-digit wins in five seasons.")
    assert ("double-digit", 10.0, None, "win") in found


# A name before a count -------------------------------------------------------------------------

def test_a_count_given_to_a_named_person_is_no_model_number() -> None:
    found = _found("In the end, Ohio gave Smith 18 electoral votes, more than polls had shown.")
    assert ("18", 18.0, None, "vote") in found


def test_a_model_number_after_a_maker_stays_a_name() -> None:
    texts = [t for t, *_ in _found("The airline flies Airbus 320 jets on the route.")]
    assert "320" not in texts


# "one" as "an", and "one" for a noun said before ------------------------------------------------

def test_one_example_reads_as_an_example() -> None:
    assert _found("The bank's new savings plan is one example, with customers earning more.") == []


def test_only_one_example_counts() -> None:
    assert [t for t, *_ in _found("Researchers found only one example in the archive.")] == ["one"]


def test_one_about_stands_for_the_noun_before() -> None:
    sentence = "Whenever a damaging report comes out, particularly one about his business, he posts."
    assert _found(sentence) == []


# What a figure measures ------------------------------------------------------------------------

def test_the_threshold_needed_counts_what_the_count_before_counts() -> None:
    found = _found("The bill drew 55 votes, well over the 50 needed.")
    assert ("50", 50.0, None, "vote") in found


def test_an_amount_with_its_noun_hung_below_measures_the_noun() -> None:
    assert _found("The $450,000 listing says the actor lived here.") == [("$450,000", 450000.0, "USD", "listing")]


def test_an_object_controlled_change_measures_the_object() -> None:
    sentence = ("The firm estimates that 90 million people watched a final in 2018, and it expects annual "
                "viewers to have grown to 150 million in 2021.")
    assert ("150 million", 150000000.0, None, "viewer") in _found(sentence)


# Metadata --------------------------------------------------------------------------------------

LOGO = '<h1><a href="/"><img src="/logo.png" alt="Example Wire"><span class="sr-only">Example Wire</span></a></h1>'


def _logo_page(header: str) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(
        '<html><head><meta property="og:title" content="You Will Not Believe What Happened Next!">'
        f'</head><body><div class="top">{LOGO}</div><h2 class="sr-only">Site Navigation</h2>'
        f'<article><header>{header}</header><p>Text of the story.</p></article></body></html>')


def test_a_header_h2_is_the_title_when_every_h1_is_the_logo() -> None:
    tree = _logo_page("<h2>Senators Reject the Budget Deal Again</h2>")
    assert headline(tree, None, "Example Wire", "examplewire.com") == "Senators Reject the Budget Deal Again"


def test_without_a_header_h2_the_social_title_stays() -> None:
    tree = _logo_page("<p>Senators Reject the Budget Deal Again</p>")
    assert headline(tree, None, "Example Wire", "examplewire.com") == "You Will Not Believe What Happened Next!"


@pytest.mark.parametrize("byline", ["Editor", "Editor December 20, 2016"])
def test_a_role_word_alone_as_byline_credits_no_one(byline: str) -> None:
    tree = lxml_html.fromstring('<html><head></head><body><h1>Budget deal</h1><p>Text.</p></body></html>')
    assert authors(tree, byline, None, "examplewire.com") == []


def test_a_role_word_before_a_name_keeps_the_name() -> None:
    tree = lxml_html.fromstring('<html><head></head><body><h1>Budget deal</h1><p>Text.</p></body></html>')
    assert authors(tree, "Ann Lee", None, "examplewire.com") == ["Ann Lee"]


def _minutes_page(first: str, listed: str) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(
        f'<html><head><meta name="article:published_time" content="{first}"></head><body>'
        f'<h1>Main post</h1><time datetime="{first}">Nov 28</time><p>Text of the post.</p>'
        f'<div class="more"><h1>Older post</h1><time itemprop="datePublished" datetime="{listed}">6 days ago</time>'
        '</div></body></html>')


def test_a_publication_meta_the_first_time_element_shows_beats_a_listed_posts_date() -> None:
    tree = _minutes_page("2016-11-28", "2016-11-22")
    assert local_published_date(tree, date(2016, 11, 22)) == date(2016, 11, 28)
