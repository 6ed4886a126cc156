"""Figures, session 18: numbered digest items, units glued to their number, model sizes in a
list, "N-plus" amounts and "multi-megabyte"."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_figures import figures_of

DIGEST = (
    "The must-reads\n"
    "1 Regulators are racing to write rules for drones\n"
    "They could run out of time soon. (Daily Ledger)\n"
    "2 A bakery chain is considering a move to Ohio\n"
    "It is also set to close three stores. (Morning Post)\n"
    "3 Why rain is making commutes worse\n"
    "Bring an umbrella. (Weekly Gazette)\n"
)


def test_numbered_digest_items_are_no_figures() -> None:
    figures = figures_of(DIGEST)
    assert [(f.text, f.value) for f in figures] == [("three", 3)]


@pytest.mark.parametrize("body", [
    "4 people were hurt in the crash on Monday.\nPolice closed the road for an hour.",
    "Officials said:\n2 buildings collapsed in the storm.\n5 more were damaged.",
])
def test_a_count_opening_a_line_outside_a_run_stays(body: str) -> None:
    assert figures_of(body)


@pytest.mark.parametrize("sentence, value, unit", [
    ("The new drive is just 4.57GB—or as small as 1.27GB compressed.", 4.57, "GB"),
    ("The new drive is just 4.57GB—or as small as 1.27GB compressed.", 1.27, "GB"),
    ("The trail is 12km—and steep all the way.", 12, "km"),
    ("They shipped an 807GB archive on Monday.", 807, "GB"),
])
def test_a_unit_left_glued_to_its_number_is_read(sentence: str, value: float, unit: str) -> None:
    assert (value, unit) in [(f.value, f.unit) for f in figures_of(sentence)]


def test_an_indefinite_size_of_a_model_is_a_figure_but_a_named_variant_is_not() -> None:
    assert [(f.value, f.unit) for f in figures_of("They started with an 807GB model last week.")] == [(807, "GB")]
    assert figures_of("The 64GB version costs more than the others.") == []


def test_two_sizes_joined_by_a_slash_are_two_figures() -> None:
    figures = figures_of("The smaller ones still fit on a 32GB/64GB laptop.")
    assert [(f.text, f.value, f.unit, f.noun) for f in figures] == [
        ("32GB", 32, "GB", "laptop"), ("64GB", 64, "GB", "laptop")]


def test_the_members_of_a_list_of_sizes_measure_the_noun_after_the_last() -> None:
    figures = figures_of("The lab released siblings in 122B, 35B, 27B, 9B and 2B sizes.")
    assert [(f.value, f.noun) for f in figures] == [
        (122e9, "size"), (35e9, "size"), (27e9, "size"), (9e9, "size"), (2e9, "size")]


def test_a_list_of_counts_keeps_each_noun() -> None:
    figures = figures_of("He had 20 points, 15 rebounds and 5 assists.")
    assert [f.noun for f in figures] == ["point", "rebound", "assist"]


@pytest.mark.parametrize("sentence, value, unit, noun", [
    ("It is a hundred-plus billion dollar company now.", 1e11, "USD", "company"),
    ("The firm hired 40-plus interns this summer.", 40, None, "intern"),
])
def test_a_number_plus_is_more_than_the_number(sentence: str, value: float, unit: str | None, noun: str) -> None:
    (figure,) = figures_of(sentence)
    assert (figure.value, figure.unit, figure.noun, figure.qualifier) == (value, unit, noun, "more_than")


def test_a_word_number_plus_counts_its_noun() -> None:
    # "dozen" is a number word spaCy does not count as one (this stopped the whole article once)
    figures = figures_of("They hired a dozen-plus engineers.")
    assert [(f.value, f.noun, f.qualifier) for f in figures] == [(12, "engineer", "more_than")]


def test_multi_megabyte_is_one_megabyte_at_least() -> None:
    figures = figures_of("In 2019 the single-page apps shipped multi-megabyte bundles.")
    assert [(f.text, f.value, f.unit, f.is_approximate) for f in figures] == [("multi-megabyte", 1, "MB", True)]


@pytest.mark.parametrize("sentence", [
    "No two projects are even remotely alike.",
    "The regulator says one basis for its ruling is the law itself.",
    "One reason for the delay is the weather.",
    "I hope the 3.5 family is not the last of its line.",
    "The deal fell apart last week, 404 Media reports.",
])
def test_idioms_versions_and_names_are_no_figures(sentence: str) -> None:
    assert figures_of(sentence) == []


@pytest.mark.parametrize("sentence, value, noun", [
    ("Biologists found at least one explanation for the cells.", 1, "explanation"),
    ("Only one reason was given for the delay.", 1, "reason"),
    ("The two countries signed 5 deals.", 2, "country"),
    ("Some 20 Apple employees said they would quit.", 20, "employee"),
])
def test_counts_near_those_idioms_stay(sentence: str, value: float, noun: str) -> None:
    assert (value, noun) in [(f.value, f.noun) for f in figures_of(sentence)]


@pytest.mark.parametrize("sentence, nouns", [
    ("A poll found three in four (76%) surveyed companies have a plan.", ["company", "company"]),
    ("Only one in three (34%) organizations have a team.", ["organization", "organization"]),
    ("One in five (21%) say the rules are unclear.", [None, None]),
])
def test_a_share_and_its_bracketed_percentage_measure_the_noun_after(sentence: str, nouns: list) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


def test_a_count_before_a_compound_counts_its_head() -> None:
    assert [f.noun for f in figures_of("Most firms employ five or more data sources.")] == ["source"]


def test_a_hyphenated_count_keeps_its_compound_noun() -> None:
    assert [f.noun for f in figures_of("The site grew into an 80-million-user gorilla.")] == ["user"]


@pytest.mark.parametrize("sentence, value", [
    ("A quarter are succeeding with the new rules.", 25),
    ("And one-third (32%) are still waiting.", 33.33),
    ("Half say the rules are unclear.", 50),
])
def test_a_share_opening_its_sentence_as_a_subject_is_a_percentage(sentence: str, value: float) -> None:
    assert (value, "percent") in [(f.value, f.unit) for f in figures_of(sentence)]


@pytest.mark.parametrize("sentence", [
    "A quarter past ten the bell rang.",
    "Half the time he was late.",
])
def test_a_share_word_in_a_time_phrase_is_no_figure(sentence: str) -> None:
    assert figures_of(sentence) == []


def test_a_share_opening_a_sentence_is_of_the_group_of_the_share_before() -> None:
    body = ("Nearly half (43%) of firms are finding success with the tools. A quarter are "
            "succeeding with new processes. And one-third (32%) are applying them elsewhere.")
    assert [(f.value, f.noun) for f in figures_of(body)] == [
        (50, "firm"), (43, "firm"), (25, "firm"), (33.33, "firm"), (32, "firm")]


def test_a_share_after_a_sentence_without_a_share_measures_nothing_new() -> None:
    body = "The firm hired 40 engineers last year. Half say the rules are unclear."
    assert [(f.value, f.noun) for f in figures_of(body)][-1] == (50, None)


@pytest.mark.parametrize("sentence, noun", [
    ("Room is short, so the offered-at-cost $299 tickets will go quickly.", "ticket"),
    ("The company offered $5 million to settle the case.", "offer"),
])
def test_an_amount_before_a_plural_noun_prices_it_despite_a_participle(sentence: str, noun: str) -> None:
    assert [f.noun for f in figures_of(sentence) if f.unit == "USD"] == [noun]


def test_an_as_big_as_comparison_measures_what_the_figure_before_did() -> None:
    figures = figures_of("That model is just 4.57GB—or as small as 1.27GB when compressed.")
    assert [(f.value, f.noun) for f in figures] == [(4.57, "model"), (1.27, "model")]


@pytest.mark.parametrize("sentence, nouns", [
    ("Reviewers liked what they heard about the 27B and 35B models for coding.", ["model", "model"]),
    ("He had 20 points and 15 rebounds.", ["point", "rebound"]),
    ("He scored 20 goals and 15 assists.", ["goal", "assist"]),
    ("The 3 cats and 4 dogs slept.", ["cat", "dog"]),
])
def test_two_amounts_joined_by_and_share_the_noun_after_the_second(sentence: str, nouns: list) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


def test_a_list_of_numbers_takes_the_unit_written_after_the_last() -> None:
    figures = figures_of("The boats landed troops 25, 40 or 60 or more miles offshore.")
    assert [(f.text, f.value, f.value_high, f.unit) for f in figures] == [
        ("25", 25, None, "mile"), ("40", 40, None, "mile"), ("60 or more miles", 60, None, "mile")]


@pytest.mark.parametrize("sentence, expected", [
    ("It cost 5 or 6 percent more.", [(5, 6, "percent")]),
    ("They walked 10 or so km before dawn.", [(10, None, "km")]),
])
def test_or_ranges_and_open_ends_keep_their_reading(sentence: str, expected: list) -> None:
    assert [(f.value, f.value_high, f.unit) for f in figures_of(sentence)] == expected


def test_a_resolution_before_a_frame_rate_takes_no_unit_of_it() -> None:
    figures = figures_of("Players can stream games at 4k and 60fps on a fast line.")
    assert [(f.value, f.unit) for f in figures] == [(60, "fps")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # A tilde written for "about": its own word, an approximate amount.
    ("It seems ~$1.4 billion in promised funding will not be paid.", ("~$1.4 billion", 1.4e9, "USD", "approximately")),
    ("Only ~10% of the journals are free to read.", ("~10%", 10, "percent", "approximately")),
    # A price per period written with a slash is a rate, not a duration of 20 months.
    ("The streaming plan costs $20/month now.", ("$20", 20, "USD", None)),
])
def test_a_tilde_amount_and_a_price_per_period(sentence: str, expected: tuple) -> None:
    (figure,) = figures_of(sentence)
    assert (figure.text, figure.value, figure.unit, figure.qualifier) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A range written with a currency sign on both ends, and with a tilde on both ends.
    ("Tickets for the summer concerts in the park cost $5-$10 each, the council said.", (5, 10, "USD")),
    ("Our top charities are between ~3x and ~12x as cost-effective as cash transfers.", (3, 12, None)),
    ("Our top charities are between 3x and 12x as cost-effective as cash transfers.", (3, 12, None)),
])
def test_ranges_with_signs_on_both_ends(sentence: str, expected: tuple) -> None:
    (figure,) = figures_of(sentence)
    assert (figure.value, figure.value_high, figure.unit) == expected
