"""Figures, session 30 (s30-fig, from set AC's errors): a year with its century cut off ("the ’72
vote"), an age set off after a noun of a person ("The nurse, then 31, said"), and "one" read as
"a": an occasion ("during one staff meeting"), "the one" for "the only", "become one", and a
source heard from ("heard from one supplier")."""

from __future__ import annotations

from tests.unit.test_extract_figures import figures_of


def _texts(sentence: str) -> list[str]:
    return [f.text for f in figures_of(sentence)]


def test_a_year_with_its_century_cut_off_is_no_figure() -> None:
    assert _texts("After the ’72 vote, the senator retired to Maine.") == []
    assert _texts("Back in '94 the plant employed 300 workers.") == ["300"]


def test_feet_and_inches_and_quoted_words_are_not_clipped_years() -> None:
    assert "31 pounds" in _texts("The boy is 4'3 and weighs 31 pounds.")
    assert _texts("The crowd chanted ‘more’ 12 times before the encore.") != []


def test_an_age_set_off_after_a_noun_of_a_person() -> None:
    assert _texts("The nurse, then 31, said the ward was understaffed.") == []
    assert _texts("The student, now 19, plans to study law.") == []


def test_a_number_set_off_after_a_thing_still_counts() -> None:
    assert _texts("The charity, then 31 volunteers strong, opened a shelter.") == ["31"]


def test_one_occasion_reads_as_a() -> None:
    assert _texts("“Keep your heads down,” she told the crew during one late-night meeting.") == []
    assert _texts("Budgets are hard to cut, the mayor said in one interview.") == []


def test_one_occasion_that_counts() -> None:
    assert _texts("The mayor spoke at only one rally this spring.") == ["one"]
    assert "one" in _texts("The deal was settled in one meeting and two phone calls.")


def test_the_one_means_the_only() -> None:
    assert _texts("She is the one candidate in the race who backs the tax.") == []


def test_the_one_set_against_another_number_counts() -> None:
    assert "one" in _texts("Only 12 of the replies came from the one letter we mailed.")


def test_become_one_is_a_pronoun() -> None:
    assert _texts("He had every chance to become one.") == []


def test_one_source_heard_from_reads_as_a() -> None:
    assert _texts("I heard last week from one supplier that prices would rise.") == []
    assert _texts("The inquiry heard from only one supplier.") == ["one"]
    assert "one" in _texts("The inquiry heard from one supplier and two buyers.")


def _units(sentence: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.unit) for f in figures_of(sentence)]


def test_pounds_borrowed_or_lent_are_sterling() -> None:
    assert _units("Her uncle begged to borrow three hundred pounds before Christmas.") == [
        ("three hundred pounds", "GBP")]
    assert _units("The vet told him the dog should lose 12 pounds.") == [("12 pounds", "lb")]


def test_a_digit_count_before_a_sum_is_dollars() -> None:
    assert _units("The coach got a seven-figure contract extension.") == [("seven-figure", "USD")]
    assert _units("The tenant won a six-figure settlement last spring.") == [("six-figure", "USD")]


def test_a_digit_count_before_people_has_no_unit() -> None:
    assert _units("The podcast draws a six-figure audience each week.") == [("six-figure", None)]


def test_bare_millions_paid_or_sued_for_are_dollars() -> None:
    assert _units("The landlord could be sued for millions over the fire.") == [("millions", "USD")]
    assert _units("The studio poured billions into streaming.") == [("billions", "USD")]


def test_bare_millions_reached_or_of_people_have_no_unit() -> None:
    assert _units("The broadcast reached millions.") == [("millions", None)]
    assert _units("The studio paid millions of viewers no attention.")[0][1] is None
