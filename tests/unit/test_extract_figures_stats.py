"""Statistics lines (box scores, stat tables, line scores): every number is a figure."""

from __future__ import annotations

import pytest

from newsfacts.extract.figures.stats import is_box_score_line, is_line_score
from tests.unit.test_extract_figures import figures_of


def test_a_box_score_line_counts_every_stat_after_a_name() -> None:
    line = "Viera (4-0): K. Hupfer 1 goal. L. Patikas 2 goals, 1 assist. A. Sanger 2 saves."
    figures = figures_of(line)
    assert [(f.value, f.unit, f.noun) for f in figures] == [
        (1, None, "goal"),
        (2, None, "goal"),
        (1, None, "assist"),
        (2, None, "save"),
    ]
    # The whole line is the context of each number; the team's record is no figure.
    assert {f.sentence for f in figures} == {line}


def test_points_in_a_box_score_are_counted_not_a_unit() -> None:
    figures = figures_of("Palm Bay (1-0): Tolivert 25 points. Davis 17 points and 3 steals.")
    assert [(f.value, f.unit, f.noun) for f in figures] == [
        (25, None, "point"),
        (17, None, "point"),
        (3, None, "steal"),
    ]


def test_points_a_player_scores_are_a_count() -> None:
    (figure,) = figures_of("Anthony Davis scored 34 points during the win.")
    assert (figure.value, figure.unit, figure.noun) == (34, None, "point")
    # an index's points stay a unit
    (figure,) = figures_of("The Dow fell 310 points on Friday.")
    assert (figure.unit, figure.noun) == ("point", "index")


def test_a_line_score_gives_every_period_and_the_total() -> None:
    assert [f.value for f in figures_of("Rockledge 14 11 6 15 — 44")] == [14, 11, 6, 15, 44]


def test_a_stat_table_row_takes_its_column_header_and_its_abbreviations() -> None:
    body = (
        "| Pos | Player | Plays | % | Stats |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| LB | Joe Smith | 74 | 100% | 7 tackles (10 combined). 1 sack, 2 TFL, 2 QH. |"
    )
    figures = figures_of(body)
    assert [(f.value, f.unit, f.noun) for f in figures] == [
        (74, None, "play"),
        (100, "percent", "share"),
        (7, None, "tackle"),
        (10, None, "tackle"),
        (1, None, "sack"),
        (2, None, "tfl"),
        (2, None, "qh"),
    ]
    assert {f.sentence for f in figures} == {body.splitlines()[-1]}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Palm Bay (1-0): Tolivert 25 points. Davis 17 points.", True),
        ("Cocoa (1-2): Jordan Munoz 8 saves.", True),
        ("Jordan Spira and Megan Cook 4 total.", True),
        # prose has verbs and function words; headings have ordinals, years and codes
        ("Part 2 of 5 airs on Sunday.", False),
        ("He scored 3 goals in the final.", False),
        ("Palm Bay d. Rockledge 70-44", False),
        ("7th Amsterdam Light Festival", False),
        ("The Doobie Brothers 50th Anniversary Tour 2020 dates:", False),
        ("Copper CMCU3 rose 0.86% to $5,880.00 a tonne.", False),
    ],
)
def test_what_makes_a_box_score_line(line: str, expected: bool) -> None:
    assert is_box_score_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Palm Bay 18 22 13 17 — 70", True),
        ("Yankees 0 0 1 0 2 0 0 0 0 — 3 8 1", True),
        ("Boeing 737 and 787 jets", False),
        ("Wild 4, Sabres 1", False),
    ],
)
def test_what_makes_a_line_score(line: str, expected: bool) -> None:
    assert is_line_score(line) is expected


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # A scale word glued to the number, as British papers write it.
        ("Chelsea have paid the £71.6million fee to the Spanish league.", [71.6e6]),
        ("The firm agreed a $5billion deal.", [5e9]),
        # "a six-figure salary": the floor of an amount of six digits.
        ("He never earned a six-figure salary, but saved.", [1e5]),
        # A number that names a category, a list or a title is no count.
        ("All of which trigger so-called type 2 immune responses.", []),
        ("Locksley had discovered cells called group 2 innate lymphoid cells.", []),
        ("She was named a 40 Under 40 Award recipient.", []),
        ("I used Steven Covey’s The 7 Habits of Highly Effective People as a guide.", []),
        ("Now you can hear 10 Things in Tech each morning.", []),
        # ...a people counted after a number is a count.
        ("The bill was backed by 20 Democrats in Congress.", [20]),
        # "the two sides" are the parties named before; the sides of a thing are counted.
        ("The two sides continue to negotiate.", []),
        ("Tariffs make the two sides of the relationship poorer.", [2]),
        # The upper half of a thing is a part of it, not a share.
        ("Fixing it required replacing the entire upper half of the laptop.", []),
    ],
)
def test_glued_scales_digit_counts_and_names(sentence: str, values: list) -> None:
    assert [f.value for f in figures_of(sentence)] == values


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # A multiple written with an "x" is the number of times, a tilde before it "about".
        ("This grant is approximately ~9x as cost-effective as cash transfers.", [(9, None)]),
        ("A new top charity that is 1-2x as cost-effective as cash.", [(1, 2)]),
        ("Our top charities are between ~3x and ~12x as cost-effective as cash.", [(3, 12)]),
        # ...a number and an x before a noun is a model's name.
        ("Emirates cut its commitment of 777x jets.", []),
    ],
)
def test_multiples_written_with_an_x(sentence: str, values: list) -> None:
    assert [(f.value, f.value_high) for f in figures_of(sentence)] == values


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Fuel economy and particle sizes written out; a unit that ends the sentence.
        (
            "It gets 90 miles per gallon (38 kilometers per liter) of gasoline.",
            [("90 miles per gallon", "mpg"), ("38 kilometers per liter", "km_per_litre")],
        ),
        ("PM2.5 are particles smaller than 2.5 microns in diameter.", [("2.5 microns", "micron")]),
        ("The top closes at speeds of up to 50 km/h.", [("up to 50 km/h", "km/h")]),
    ],
)
def test_units_written_out(sentence: str, expected: list) -> None:
    assert [(f.text, f.unit) for f in figures_of(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # Half of a scale word, and a group of a set size.
        ("The state spent nearly half a million dollars on it.", [(5e5, "USD")]),
        ("He bought half a dozen eggs.", [(6, None)]),
        ("As groundbreaking as this trio of studies was, questions remain.", [(3, None)]),
        ("It took half an hour.", []),
        ("A jazz trio played.", []),
    ],
)
def test_half_a_scale_and_groups_of_a_set_size(sentence: str, values: list) -> None:
    assert [(f.value, f.unit) for f in figures_of(sentence)] == values


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A table's column of ranks or years holds labels; the counts beside them are figures.
        ("| Rank | Team | Points |\n| --- | --- | --- |\n| 1 | Liverpool | 61 |", [(61, "point")]),
        ("| Year | Sales |\n| 2019 | 45 |", [(45, "sale")]),
    ],
)
def test_label_columns_of_a_table_give_no_figures(body: str, expected: list) -> None:
    assert [(f.value, f.noun) for f in figures_of(body)] == expected


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # "one" introducing a source or an interviewee is the indefinite article of attribution.
        (
            "Pollution has cut 3.2 years from the lives of 660 million people, according to one estimate.",
            [660e6],
        ),
        ("WIRED spoke to one mother, who knew her daughter was online.", []),
        # ...beside another count it is a count.
        ("He spoke to one reporter and two editors.", [1, 2]),
    ],
)
def test_one_in_attribution_is_no_count(sentence: str, values: list) -> None:
    assert [f.value for f in figures_of(sentence)] == values


@pytest.mark.parametrize(
    "sentence",
    [
        # "one" as a pronoun after adjectives, in an idiom of repetition, in a campaign's name.
        "A cell type that kept popping up was a relatively rare, largely unstudied one called a tuft cell.",
        "It has talked of nothing other than one iteration after another of attacking Trump.",
        "The state's Opioid Prevention campaign “Starts with one.”",
        "When developing the “Starts with one” campaign, the agency did research.",
    ],
)
def test_one_as_a_pronoun_an_idiom_or_a_name(sentence: str) -> None:
    assert figures_of(sentence) == []


def test_a_count_of_a_noun_the_tagger_took_for_a_verb() -> None:
    sentence = "Volker said the dialogue went on, and he had one in-person meeting with him, in which it came up."
    assert [(f.value, f.noun) for f in figures_of(sentence)] == [(1, "meeting")]


def test_a_page_laid_out_as_a_table_keeps_its_sentences() -> None:
    prose = (
        "Earlier this month, NASA announced a milestone for its big rocket. The agency plans as many"
        " as three launches per lander, officials said. Workers installed the four engines in"
        " October, and the first flight is expected late next year after more tests of the stage."
        " Critics in Congress have asked whether the agency can afford the rocket at all."
    )
    figures = figures_of(f"| | Seeking a bigger role for a big rocket | {prose} |")
    assert {f.value for f in figures} >= {3, 4}
    # Each number's context is its own sentence, not the whole page-wide row.
    assert all(len(f.sentence) < len(prose) / 2 for f in figures)
