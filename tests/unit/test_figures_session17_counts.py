"""Session 17 (counts): "one" read as "a" (after a preposition "about", before "above all", after
"last"), estimates reported with a verb of reckoning, version numbers, "zero rates", ages, ratios
written "N to 1", shop call-out rows and sentences cut at an abbreviation; with the sentences each
rule must leave alone."""

from __future__ import annotations

import pytest

from newsfacts.extract.nlp import is_furniture_line
from tests.unit.test_extract_figures import figures_of


def _texts(body: str) -> set[str]:
    return {f.text for f in figures_of(body)}


@pytest.mark.parametrize("sentence", [
    "The coach was only talking about one player when he criticised the defence.",
    "She wrote about one village that lost its school last winter.",
    "Residents are worried about one bridge in particular.",
])
def test_one_after_about_as_a_preposition_is_no_figure(sentence: str) -> None:
    assert not any("one" in text.lower() for text in _texts(sentence))


@pytest.mark.parametrize(("sentence", "text"), [
    ("The clinic has about one doctor for every 900 residents.", "about one"),
    ("About one in five adults in the county smokes.", "About one in five"),
    ("The archive holds about 900 pages of letters.", "about 900 pages"),
    ("The report is about 400 pages long.", "about 400 pages"),
])
def test_about_as_an_approximator_stays(sentence: str, text: str) -> None:
    assert any(t.startswith(text.split()[0]) and text.split()[1] in t for t in _texts(sentence))


@pytest.mark.parametrize("sentence", [
    "The new owner had one condition above all: the club would stay in the city.",
    "Players sit in a circle; last one standing wins the pot.",
    "One estimate figured the repairs would cost far more than planned.",
    "Critics said one projection put the deficit far higher than the budget assumed.",
])
def test_one_as_an_article_or_a_pronoun_is_no_figure(sentence: str) -> None:
    assert not any(text.lower() == "one" for text in _texts(sentence))


@pytest.mark.parametrize(("sentence", "text"), [
    ("The agency hired one new inspector and two clerks.", "one"),
    ("Only one bidder met the deadline.", "one"),
    ("The last 12 miners were brought up on Sunday.", "12"),
])
def test_one_that_counts_stays(sentence: str, text: str) -> None:
    assert text in _texts(sentence)


@pytest.mark.parametrize("sentence", [
    "Security fixes for the 2.7 series will end next year.",
    "The maintainers shipped the version 4.1 release on Friday.",
    "Users complained about the 10.2 update for the tablet.",
])
def test_version_numbers_before_release_nouns_are_no_figures(sentence: str) -> None:
    assert not any(any(c.isdigit() for c in text) for text in _texts(sentence))


def test_a_decimal_amount_before_other_nouns_stays() -> None:
    assert "2.5 million" in _texts("The label sold 2.5 million copies of the album.")


@pytest.mark.parametrize("sentence", [
    "Savers have suffered through years of zero rates, the banker said.",
    "Economists debated how long zero interest rates can last.",
])
def test_zero_rates_as_a_policy_are_no_figures(sentence: str) -> None:
    assert not any("zero" in text.lower() for text in _texts(sentence))


def test_a_rate_cut_to_zero_percent_stays() -> None:
    texts = _texts("The central bank cut its rate to zero percent in March.")
    assert any("zero" in text for text in texts)


@pytest.mark.parametrize("sentence", [
    "Ministers proposed that the pension age be raised to 68 for younger workers.",
    "The minimum voting age was lowered to 16 in the region.",
])
def test_ages_are_no_figures(sentence: str) -> None:
    assert not any(text in {"68", "16"} for text in _texts(sentence))


def test_a_count_raised_to_a_number_stays() -> None:
    assert "68" in _texts("The council raised the number of buses on the route to 68.")


def test_a_leverage_ratio_written_to_one_is_no_figure() -> None:
    texts = _texts("The banks' leverage climbed from 22 to 1 before the crash.")
    assert not {"22", "1"} & texts


def test_a_count_that_falls_to_one_stays() -> None:
    texts = _texts("The number of open wards fell from 22 to 1 over the decade.")
    assert {"22", "1"} <= texts


@pytest.mark.parametrize("line", [
    "| BUY NOW: US$30 Headset for PC gamers |",
    "| SHOP THE LOOK: Leather boots for US$120 |",
])
def test_shop_call_out_rows_are_furniture(line: str) -> None:
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", [
    "| Points | 24 | 31 |",
    "| Notes: the figures are provisional |",
    "NOTE: The tanker carried 40,000 barrels of diesel when it ran aground near the port.",
])
def test_table_rows_and_notes_stay(line: str) -> None:
    assert not is_furniture_line(line)


def test_a_sentence_cut_at_an_abbreviation_runs_on() -> None:
    body = "Of the 3 million bbl. stored, about 250,000 bbl. were lost in the fire at the terminal."
    figure = next(f for f in figures_of(body) if f.value == 250000)
    assert figure.sentence.endswith("lost in the fire at the terminal.")


@pytest.mark.parametrize("sentence", [
    "The broadcaster will sell a three-screen option to cable subscribers.",
    "The party backed a two-track strategy for the talks.",
])
def test_a_number_compound_naming_a_kind_of_offer_is_no_figure(sentence: str) -> None:
    assert not _texts(sentence)


@pytest.mark.parametrize(("sentence", "text"), [
    ("The festival commissioned a ten-part series on local bands.", "ten"),
    ("The founders grew a two-man startup into a global firm.", "two"),
    ("The club bought three-screen packages for 40 bars.", "40"),
])
def test_number_compounds_that_count_stay(sentence: str, text: str) -> None:
    assert text in _texts(sentence)


@pytest.mark.parametrize(("sentence", "text"), [
    ("Other likely one-seat losers are Ohio and Maine.", "one"),
    ("The bill passed on a one-vote margin.", "one"),
    ("The smaller states each lost a two-vote edge.", "two"),
])
def test_a_count_glued_to_a_score_noun_stays(sentence: str, text: str) -> None:
    assert text in _texts(sentence)


@pytest.mark.parametrize("sentence", [
    "The Jets earned a 4-1 win over the Bruins.",
    "The senators split on a 52-48 vote.",
])
def test_scores_before_score_nouns_stay_out(sentence: str) -> None:
    assert not _texts(sentence)


@pytest.mark.parametrize("sentence", [
    "The singer was dismissed as a one-hit wonder by 1990 critics.",
    "The new centre is meant as a one-stop shop for 300 local firms.",
    "In the game, lava pits are one-hit kills for 40 characters.",
])
def test_one_in_an_idiom_is_no_figure(sentence: str) -> None:
    assert not any(text.lower() == "one" for text in _texts(sentence))


@pytest.mark.parametrize("sentence", [
    "The bank says every device must follow zero-trust rules from next year.",
    "Some 6,000 cleaners in the city are on zero-hours contracts, the union said.",
    "The council wants only zero-emission buses on the route.",
])
def test_zero_glued_to_a_word_names_a_kind_not_a_count(sentence):
    assert "zero" not in [f.text.lower() for f in figures_of(sentence)]


def test_zero_with_a_unit_or_a_count_is_still_a_figure():
    assert [f.value for f in figures_of("Inflation fell to zero percent in May.")] == [0]
