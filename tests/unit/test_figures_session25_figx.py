"""Figures, session 25 (figx, from set X's errors): batting lines (a slash line is three rates, "2-9
at the plate" hits and at-bats, "hit .281" an average), a sentence the parser cut at a slash line,
"about one visit per month" (a rate), a percentage set beside a fraction ("two-thirds of members,
68 percent"), seasons counted by their result, a count in thousands before a name ("2,400 Boeing
jobs"), "a trio of", "square" units written with hyphens, and the idioms "one-sided" and "in one
swift move"."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_figures import figures_of


def _found(sentence: str) -> list[tuple[str, float, str | None, str | None]]:
    return [(f.text, f.value, f.unit, f.noun) for f in figures_of(sentence)]


def _texts(sentence: str) -> list[str]:
    return [f.text for f in figures_of(sentence)]


def test_a_slash_line_is_three_rates() -> None:
    found = _found("The shortstop finished with a .301/.355/.498 slash line and 21 homers.")
    assert found[:3] == [(".301", 0.301, None, "average"), (".355", 0.355, None, "on-base percentage"),
                         (".498", 0.498, None, "slugging percentage")]
    assert ("21", 21.0, None, "homer") in found


def test_a_count_after_a_slash_line_keeps_its_whole_sentence() -> None:
    sentence = ("The backup's .244/.301/.388 line in 410 plate appearances beats the rookie's "
                ".219/.290/.350 in 198. The manager disagreed.")
    figures = [f for f in figures_of(sentence) if f.text == "198"]
    assert len(figures) == 1
    assert "plate appearances" in figures[0].sentence


def test_a_hitting_line_at_the_plate_is_hits_and_at_bats() -> None:
    found = _found("Through three games, the catcher is 2-9 at the plate, with five strikeouts.")
    assert ("2", 2.0, None, "hit") in found
    assert ("9", 9.0, None, "at-bat") in found


@pytest.mark.parametrize("sentence", [
    "The visitors won 5-3 at the stadium on Sunday.",
    "The home side lead the series 3-2 after five games.",
])
def test_a_score_is_still_no_hitting_line(sentence: str) -> None:
    assert not any(f.noun in {"hit", "at-bat"} for f in figures_of(sentence))


def test_a_batting_average_after_hit() -> None:
    found = _found("Last season the outfielder hit only .238 and stole 12 bases.")
    assert (".238", 0.238, None, "average") in found


def test_about_one_a_period_is_an_approximate_rate() -> None:
    figures = [f for f in figures_of("The mayor has made about one visit per month since taking office.")
               if f.value == 1]
    assert len(figures) == 1 and figures[0].noun == "visit" and figures[0].is_approximate


def test_talking_about_one_thing_is_still_no_count() -> None:
    assert _texts("They spent the evening talking about one topic and never left it.") == []


def test_a_percentage_beside_a_fraction_is_a_figure_of_the_same_group() -> None:
    found = _found("By contrast, nearly two-thirds of members, 64 percent, back the plan.")
    assert ("64 percent", 64.0, "percent", "member") in found


def test_a_quarter_of_a_year_is_still_no_count() -> None:
    assert "three" not in _texts("The plant was idle for three quarters last year.")


def test_seasons_counted_by_their_result_are_a_count() -> None:
    texts = _texts("The arena hosted the club for three of its four title-winning seasons.")
    assert "three" in texts and "four" in texts


def test_seasons_played_are_still_a_duration() -> None:
    assert _texts("He played six seasons in Denver before the trade.") == []


def test_a_count_in_thousands_before_a_company_name_counts_the_noun() -> None:
    found = _found("The governor claimed the deal had saved 2,400 Boeing jobs in the state.")
    assert ("2,400", 2400.0, None, "job") in found


def test_a_count_before_a_hyphenated_name_adjective() -> None:
    assert ("four", 4.0, None, "film") in _found("She has directed four Oscar-nominated films since 2010.")


def test_a_trio_of_things_is_three() -> None:
    assert ("a trio", 3.0, None, "player") in _found("The club signed a trio of young players in June.")


@pytest.mark.parametrize("sentence, text, unit", [
    ("Officials approved a 24-square-mile preserve north of the city.", "24-square-mile", "square_mile"),
    ("The firm will open a 150,000-square-foot warehouse next year.", "150,000-square-foot", "square_foot"),
])
def test_a_square_unit_written_with_hyphens(sentence: str, text: str, unit: str) -> None:
    assert [(f.text, f.unit) for f in figures_of(sentence)] == [(text, unit)]


@pytest.mark.parametrize("sentence", [
    "The club won the trade in a one-sided swap with the Padres.",
    "In one swift move, thousands of renters would lose their aid.",
])
def test_one_in_idioms_is_no_count(sentence: str) -> None:
    assert not any(f.value == 1 for f in figures_of(sentence))


def test_at_least_one_thing_is_a_count() -> None:
    found = [f for f in figures_of("The senator conceded he had learned at least one thing from the hearing.")
             if f.value == 1]
    assert len(found) == 1 and found[0].noun == "thing"


def test_a_bare_count_after_a_preposition_counts_what_a_parallel_one_did() -> None:
    sentence = "Smith's average in 140 games beats Jones's in 96."
    assert [f.noun for f in figures_of(sentence) if f.text == "96"] == ["game"]


@pytest.mark.parametrize("sentence", [
    "“That’s one solution,” the engineer said with a laugh.",
    "It is one option the council could weigh next year, officials said.",
])
def test_that_is_one_thing_names_one_among_others(sentence: str) -> None:
    assert not any(f.value == 1 for f in figures_of(sentence))


def test_that_is_only_one_option_counts() -> None:
    assert any(f.value == 1 for f in figures_of("That is only one option, and the council has 12 more."))


def test_money_cut_from_something_measures_that_thing() -> None:
    sentence = ("The budget would cut $2.1 billion from grants for school repairs, $450 million from "
                "child care payments and $3 billion in transit loans.")
    assert [(f.text, f.noun) for f in figures_of(sentence)] == [
        ("$2.1 billion", "grant"), ("$450 million", "payment"), ("$3 billion", "loan")]


def test_one_before_a_chain_of_compounds_counts_the_last_noun() -> None:
    sentence = "The survey found that most of them followed more than one far-right Telegram channel."
    found = [f for f in figures_of(sentence) if f.value == 1]
    assert len(found) == 1 and found[0].noun == "channel"


def test_things_numbering_in_the_thousands_are_counted() -> None:
    found = _found("Fans flooded the inbox with emails numbering in the thousands.")
    assert ("thousands", 1000.0, None, "email") in found
