"""Session 13: quantities in one word, "a tenth", "half as much", slash fractions of a unit,
names and titles that hold numbers, "one" as "a", and what a few more figures measure."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_figures import figures_of


def _by_text(body: str) -> dict[str, tuple[float, float | None, str | None, str | None]]:
    return {f.text: (f.value, f.value_high, f.unit, f.noun) for f in figures_of(body)}


# Multiples written as one word: "tenfold", "a 10-fold rise", "doubled".
@pytest.mark.parametrize(("sentence", "text", "value", "noun"), [
    ("Seal colonies on the island have grown threefold since the ban.", "threefold", 3, "colony"),
    ("Land-bird populations had increased tenfold since the rats were removed.", "tenfold", 10, "population"),
    ("The survey found a 10-fold increase in cases.", "10-fold", 10, "case"),
    ("Its grain exports have doubled in the past decade.", "doubled", 2, "export"),
    ("The bakery tripled its workforce last year.", "tripled", 3, "workforce"),
])
def test_multiples_in_one_word(sentence: str, text: str, value: float, noun: str) -> None:
    assert _by_text(sentence)[text] == (value, None, None, noun)


@pytest.mark.parametrize("sentence", [
    "The reasons for the delay are twofold.",
    "The senator doubled down on the slogan.",
    "The guitarist doubled as the band's driver.",
])
def test_no_multiple_without_a_change(sentence: str) -> None:
    assert figures_of(sentence) == []


def test_only_a_single_is_a_count_of_one() -> None:
    assert _by_text("The rangers only managed to catch a single deer.")["a single"] == (1, None, None, "deer")
    assert _by_text("The pass just includes a single game for now.")["a single"][0] == 1


@pytest.mark.parametrize("sentence", [
    "The pair did not drop a single set all week.",
    "The van can run all day on a single charge.",
    "She is a single mother.",
    "There isn't a single solution to the problem.",
])
def test_a_single_without_only_is_no_count(sentence: str) -> None:
    assert all(f.text != "a single" for f in figures_of(sentence))


def test_a_tenth_is_ten_percent() -> None:
    value, _, unit, _ = _by_text("Wetland cover shrank by almost a tenth over the decade.")["almost a tenth"]
    assert (value, unit) == (10, "percent")


@pytest.mark.parametrize("sentence", [
    "She won the sprint by a tenth of a second.",
    "It was the club's tenth title.",
])
def test_a_tenth_of_a_unit_or_an_ordinal_is_no_share(sentence: str) -> None:
    assert all(f.value != 10 or f.unit != "percent" for f in figures_of(sentence))


def test_half_as_much_is_fifty_percent_of_the_noun() -> None:
    found = _by_text("The region now burns half as much imported coal as it did in 2005.")
    assert found["half"] == (50, None, "percent", "coal")


def test_a_slash_fraction_of_a_unit() -> None:
    assert _by_text("It took 1/2 a cup of tea to calm him.")["1/2 a cup"] == (0.5, None, "cup", "tea")
    assert _by_text("Stir in 3/4 cup of sugar.")["3/4 cup"][:3] == (0.75, None, "cup")


@pytest.mark.parametrize("sentence", [
    "The attacks of 9/11 changed air travel.",
    "The shop is open 24/7 during the holidays.",
])
def test_a_slash_without_a_unit_is_no_fraction(sentence: str) -> None:
    assert figures_of(sentence) == []


def test_kilobytes_are_a_unit() -> None:
    assert _by_text("Files smaller than 150 KB are skipped.")["150 KB"][2] == "KB"


# Names and titles that hold numbers.
@pytest.mark.parametrize("sentence", [
    "iOS 14’s second beta adds a new widget.",
    "The update to macOS 11 arrives next week.",
    "Our Top 10 Chefs Cooking Vegan",
    "The Five-hundred-meter Aperture Spherical Radio Telescope has passed its tests.",
])
def test_numbers_in_versions_titles_and_names_are_no_figures(sentence: str) -> None:
    assert figures_of(sentence) == []


@pytest.mark.parametrize(("sentence", "value"), [
    ("The update reached 13 million iPhones.", 13_000_000),
    ("The top 10 banks hold most deposits.", 10),
    ("Five-hundred-meter cliffs ring the island.", 500),
])
def test_near_misses_of_names_keep_their_figures(sentence: str, value: float) -> None:
    assert value in [f.value for f in figures_of(sentence)]


def test_a_number_word_before_a_name_counts_the_plural_after_it() -> None:
    assert _by_text("She has made eight Olympics appearances.")["eight"] == (8, None, None, "appearance")
    assert _by_text("The hearing offered several Smith-Jones clashes.")["several"][3] == "clash"
    assert [f.value for f in figures_of("The airline ordered 400 737 Max jets.")] == [400]


def test_one_before_an_adverb_of_degree_works_like_a() -> None:
    assert figures_of("After one particularly long speech, the judge called a break.") == []
    assert [f.value for f in figures_of("Only one very old copy of the book survives.")] == [1]


def test_the_whole_a_superlative_picks_from_is_no_count() -> None:
    assert figures_of("The most famous of the three is a painter.") == []
    assert [f.value for f in figures_of("The biggest of the four ships sank.")] == [4]


# What a figure measures.
@pytest.mark.parametrize(("sentence", "text", "noun"), [
    ("The study shows that 40 percent of the world's remaining intact wetlands are protected.",
     "40 percent", "wetland"),
    ("Police said 70% of the injured had not worn helmets.", "70%", "injured"),
    ("Gulls circle the harbour by the dozens.", "dozens", "gull"),
    ("The city is suing the builder for $40 million.", "$40 million", "suit"),
    ("Two others who were also hurt were taken to hospital.", "Two", "other"),
    ("He plays a twice-convicted banker.", "twice", "convict"),
])
def test_measured_things(sentence: str, text: str, noun: str) -> None:
    assert _by_text(sentence)[text][3] == noun


def test_others_after_a_count_still_count_its_noun() -> None:
    assert _by_text("The five firms join nine others picked in May.")["nine"][3] == "firm"
