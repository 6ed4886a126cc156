"""Session 10: small count words (group numerals, "or" ranges, "one" as an article) and format labels."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_figures import figures_of


@pytest.mark.parametrize("sentence", [
    "The critics praised the singer and the pianist for the balance between the two.",
    "Once the mechanic and the pilot had joined the crew, the four sailed for the coast.",
    "The recipe calls for flour, sugar and butter, and the cook mixes the three together.",
])
def test_a_numeral_standing_for_a_group_named_before_is_no_figure(sentence: str) -> None:
    assert [f.value for f in figures_of(sentence)] == []


def test_a_numeral_with_of_after_it_still_counts() -> None:
    assert [f.value for f in figures_of("The counsellor told the couple that the two of you must decide.")] == [2]


@pytest.mark.parametrize("sentence, low, high, noun", [
    ("By the end of the level you face one or two armoured guards at a time.", 1, 2, "guard"),
    ("The city plans to buy 5 or 6 electric buses next year.", 5, 6, "bus"),
])
def test_two_numbers_joined_by_or_are_one_range(sentence: str, low: float, high: float, noun: str) -> None:
    (figure,) = figures_of(sentence)
    assert (figure.value, figure.value_high, figure.noun) == (low, high, noun)


def test_a_larger_number_before_or_is_no_range() -> None:
    assert sorted(f.value for f in figures_of("Voters chose 12 or 3 candidates in each district.")) == [3, 12]


@pytest.mark.parametrize("sentence", [
    "The new soundbar supports 5.1 surround sound and wireless streaming.",
    "The film was remastered in 7.1 audio for the home release.",
])
def test_a_speaker_layout_is_no_figure(sentence: str) -> None:
    assert [f.value for f in figures_of(sentence)] == []


def test_a_decimal_before_other_words_stays_a_figure() -> None:
    assert [f.value for f in figures_of("The economy grew 5.1 percent last year.")] == [5.1]


@pytest.mark.parametrize("sentence, value, noun", [
    ("Engineers finished installing the four RS-25 engines in the core stage.", 4, "engine"),
    ("The air force bought two F-35 jets for the base.", 2, "jet"),
])
def test_a_count_before_a_model_code_counts_the_noun_after_it(sentence: str, value: float, noun: str) -> None:
    (figure,) = figures_of(sentence)
    assert (figure.value, figure.noun) == (value, noun)


@pytest.mark.parametrize("sentence", [
    "The author entertains with one hand and unsettles the reader with another.",
    "For example, one 12-week study of nurses showed that sleep improved.",
])
def test_one_as_an_article_or_in_an_idiom_is_no_figure(sentence: str) -> None:
    assert [f.value for f in figures_of(sentence) if f.value == 1] == []


def test_one_counted_against_others_stays() -> None:
    # (a guard for the rules above: "only one launch" is a count)
    values = sorted(f.value for f in figures_of("The agency had only one launch this year, against eight in 2018."))
    assert 1 in values


def test_a_sum_in_a_run_of_stats_counts_the_first_stat() -> None:
    row = "| S | Ann Lee | 40 | 60% | 5 tackles, 2 assists (7 combined). 1 sack. |"
    seven = next(f for f in figures_of(row) if f.value == 7)
    assert seven.noun == "tackle"


@pytest.mark.parametrize("body, noun", [
    ("Eastside 10 12 8 20 — 50\nWestside 9 9 14 11 — 43\n\nLee scored 21 points for Eastside.", "point"),
    ("Rovers 1 0 2 — 3\nCity 0 1 0 — 1\n\nTwo goals came in the third period and a third goal sealed it.", "goal"),
])
def test_a_line_score_counts_the_articles_scoring_unit(body: str, noun: str) -> None:
    line = [f for f in figures_of(body) if f.sentence.startswith(("Eastside", "Rovers"))]
    assert line and {f.noun for f in line} == {noun}


def test_a_mission_number_after_a_name_is_no_figure_even_when_the_ner_calls_the_name_a_people() -> None:
    body = "NASA plans three rockets: one for the Artemis 1 test flight, then the Artemis 3 mission in 2024."
    assert sorted(f.value for f in figures_of(body)) == [3]  # the three rockets


@pytest.mark.parametrize("sentence", [
    "The drug raises levels of glucagon-like peptide 1 (GLP-1), a hormone that curbs appetite.",
    "Patients showed high levels of interleukin 6 (IL-6) after surgery.",
])
def test_a_number_spelt_out_again_in_a_bracketed_abbreviation_is_part_of_a_name(sentence: str) -> None:
    assert [f.value for f in figures_of(sentence)] == []


@pytest.mark.parametrize("sentence, noun", [
    ("Of the 12 hostages, seven were freed on Monday.", "hostage"),
    ("And of my 1,000 followers, five unfollowed me.", "follower"),
])
def test_a_subject_count_after_a_fronted_of_group_counts_that_group(sentence: str, noun: str) -> None:
    assert [f.noun for f in figures_of(sentence)] == [noun, noun]
