"""Figures, session 30 (second round, s30-fig2, from set AC's misses): half of one unit of measure
("a half mile", "half a pint", "a half-mile"), a count before a compound opening with "one"
("six one-of-a-kind shirts"), and a percentage glued to the word after it ("30%-off")."""

from __future__ import annotations

from tests.unit.test_extract_figures import figures_of


def _read(sentence: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, f.value, f.unit) for f in figures_of(sentence)]


def test_half_of_one_unit_of_measure() -> None:
    assert _read("The new tower will rise a half mile above the river.") == [("a half mile", 0.5, "mile")]
    assert _read("She ordered half a pint of cider with her lunch.") == [("half a pint", 0.5, "pint")]
    assert _read("The new screen is a half an inch wider.") == [("a half an inch", 0.5, "inch")]
    assert _read("Volunteers cleared a half-mile stretch of beach.") == [("a half-mile", 0.5, "mile")]
    assert _read("The recipe needs half a cup of sugar.") == [("half a cup", 0.5, "cup")]


def test_half_of_a_duration_or_of_no_unit_is_no_figure() -> None:
    assert _read("The train was half an hour late.") == []
    assert _read("She ran a half marathon in the rain.") == []
    assert _read("He bought half a loaf at the bakery.") == []
    assert _read("The butcher sold half a pound of mince.") == []


def test_half_after_a_number_or_a_part_of_a_stretch_is_not_read_apart() -> None:
    assert _read("The trail climbs for a mile and a half before the hut.") == []
    assert _read("The runners walked the first half a mile in silence.") == []
    assert _read("They walked two and a half miles to school.") == [("two and a half miles", 2.5, "mile")]


def test_pints_are_a_unit() -> None:
    assert _read("The landlord poured 40 pints before noon.") == [("40 pints", 40.0, "pint")]


def test_a_count_before_a_compound_opening_with_one() -> None:
    assert [t for t, _v, _u in _read("The museum bought six one-of-a-kind chairs.")] == ["six"]
    assert [t for t, _v, _u in _read("The council built eight one-bedroom flats.")] == ["eight"]


def test_one_inside_a_compound_alone_and_compound_numbers_stay_as_they_were() -> None:
    assert _read("The museum bought a one-of-a-kind chair.") == []
    assert _read("They own ninety-one vans.") == [("ninety-one", 91.0, None)]


def test_a_percentage_glued_to_the_word_after_it() -> None:
    assert _read("Shoppers queued at dawn for 30%-off coats.") == [("30%-off", 30.0, "percent")]
    assert _read("The bank sold its 49%-owned insurer.") == [("49%-owned", 49.0, "percent")]


def test_a_percentage_range_is_not_read_as_glued() -> None:
    assert _read("Prices rose 5%-6% in the spring.") == [("5%", 5.0, "percent"), ("6%", 6.0, "percent")]


def _nouns(sentence: str) -> list[str | None]:
    return [f.noun for f in figures_of(sentence)]


def test_a_percentage_off_measures_a_discount() -> None:
    assert _nouns("Shoppers queued at dawn for 30%-off coats.") == ["discount"]
    assert _nouns("The bank sold its 49%-owned insurer.") != ["discount"]


def test_a_serving_measure_with_nothing_else_named_names_what_is_had() -> None:
    assert _nouns("“Just half a pint, then,” the landlord said.") == ["pint"]
    assert _nouns("She drank two pints of stout.") == ["stout"]
    assert _nouns("The tower rises a half mile over the bay.") != ["mile"]


def _ranges(sentence: str) -> list[tuple[float, float | None, str | None]]:
    return [(f.value, f.value_high, f.unit) for f in figures_of(sentence)]


def test_an_amount_bounded_on_both_sides_is_a_range() -> None:
    assert _ranges("Fares may rise more than 4 percent but probably less than 8 percent next year.") == [
        (4.0, 8.0, "percent")]
    assert _ranges("The ferry carried at least 20 but fewer than 30 cars.") == [(20.0, 30.0, None)]
    assert _ranges("The parcel weighs more than 3 kg but under 4 kg.") == [(3.0, 4.0, "kg")]


def test_two_bounds_of_two_things_stay_two_figures() -> None:
    assert _ranges("More than 5 percent of riders but less than 10 percent of drivers agreed.") == [
        (5.0, None, "percent"), (10.0, None, "percent")]
    assert _ranges("Sales rose more than 6 percent and profit less than 2 percent.") == [
        (6.0, None, "percent"), (2.0, None, "percent")]


def test_trillions_is_a_vague_amount_like_billions() -> None:
    assert _read("Trillions of cells make up the body.") == [("Trillions", 1e12, None)]
    assert _read("Savers would have lost trillions more in the crash.") == [("trillions", 1e12, "USD")]
    assert _read("Tens of trillions of dollars were wiped out.") == [("Tens of trillions of dollars", 1e13, "USD")]


def test_trillions_reached_counts_no_money() -> None:
    assert _read("The video reached trillions of screens, its maker joked.")[0][2] is None


def test_a_scale_word_before_a_hyphenated_noun_counts_it() -> None:
    assert _read("The lab unveiled a thousand-qubit processor.") == [("a thousand", 1000.0, None)]
    assert _nouns("The line bought a hundred-car train.") == ["car"]


def test_a_scale_word_in_an_idiom_stays_out() -> None:
    assert _read("She has told me a million times.") == []
    assert _read("Winning was a thousand-to-one chance.") == []
