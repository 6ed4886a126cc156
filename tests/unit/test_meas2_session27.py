"""Figures' measured thing and one label, session 27 (helper "meas2", from sets W and Z): a person
who makes money earns it, "earn 25% more" compares earnings, jobs that pay an amount a year (each
item of a list) name pay, "a staffing increase of 36 percent" names the staffing, "N times the
increase in X" is a multiple of a change, "in front of 75,000 people" names the people, "a handful
of qubits—five" the qubits, and "the $20 bill" is a note's name. Real spaCy model, no mocks;
sentences written here."""

from __future__ import annotations

from tests.unit.test_extract_figures import figures_of


def _nouns(sentence: str) -> dict[str, str | None]:
    return {f.text: f.noun for f in figures_of(sentence)}


def test_money_a_named_person_makes_is_earnings() -> None:
    assert _nouns("Taylor Swift made $170 million.")["$170 million"] == "earnings"
    assert _nouns("She made $5 million last year.")["$5 million"] == "earnings"
    # Near miss: a count made keeps its own noun.
    assert _nouns("The company made 17 grants.")["17"] == "grant"


def test_earning_a_share_more_compares_earnings() -> None:
    assert _nouns("And folks who graduate with a four-year degree make 70% more.")["70%"] == "earnings"
    assert _nouns("Those with a college degree earn 25% more than workers who left after high school.")[
        "25%"] == "earnings"


def test_what_jobs_pay_a_year_is_their_pay() -> None:
    found = _nouns("There are other jobs in fields like manufacturing and energy that pay $40,000, "
                   "$50,000, $60,000 a year.")
    assert [found[t] for t in ("$40,000", "$50,000", "$60,000")] == ["pay", "pay", "pay"]
    assert _nouns("The position pays $90,000 a year.")["$90,000"] == "pay"
    # Near miss: what households pay is no salary.
    assert _nouns("Households pay $1,000 a year for cable.")["$1,000"] != "pay"


def test_the_noun_before_a_change_names_what_changed() -> None:
    found = _nouns("Schools saw a 19 percent increase in their student population and a staffing "
                   "increase of 36 percent.")
    assert found == {"19 percent": "population", "36 percent": "staffing"}


def test_a_multiple_of_a_change_measures_a_change() -> None:
    found = _nouns("The number of teachers increased by 252 percent, over 2.5 times the increase in students.")
    assert found["252 percent"] == "teacher"
    assert found["over 2.5"] == "increase"


def test_a_count_of_people_in_front_of_whom_names_them() -> None:
    assert _nouns("She found herself in front of 75,000 people on a Sunday.")["75,000"] == "people"
    # Near miss: a bare count after "in front of" is a crowd.
    assert _nouns("They won 4-1 in front of 15,522 in KeyBank Center.")["15,522"] == "crowd"


def test_a_count_in_apposition_to_a_handful_counts_what_the_handful_is_of() -> None:
    found = _nouns("The best quantum computers have just a handful of qubits—five, for example, in a "
                   "system that I.B.M. announced earlier this year.")
    assert found["five"] == "qubit"


def test_a_banknotes_denomination_is_its_name() -> None:
    assert _nouns("The Treasury announced that she would replace Andrew Jackson on the $20 bill.") == {}
    # Near misses: a law's cost and an amount paid are figures.
    assert "$1.5 trillion" in _nouns("The House passed a $1.5 trillion bill.")
    assert "$20" in _nouns("He paid $20 for the bill.")


def test_a_bare_count_that_watches_or_attends_counts_people() -> None:
    assert _nouns("Tens of millions watch them play on TV, which generates revenue.")["Tens of millions"] == "person"
    assert _nouns("Thousands attended the funeral on Monday.")["Thousands"] == "person"


def test_money_by_the_month_or_year_that_nothing_names_is_a_price() -> None:
    assert _nouns("It's $20/month for access to that tier.")["$20"] == "price"
    assert _nouns("EverNote is freemiumware; coughing up the extra $45 a year nets you added security.")[
        "$45"] == "price"
    # Near miss: what a worker makes by the hour is pay.
    assert _nouns("Some currently make $10.50 an hour.")["$10.50"] == "pay"


def test_barrels_with_nothing_named_are_oil() -> None:
    assert _nouns("First, the researchers discounted the 800,000 or so bbl.")["800,000 or so bbl"] == "oil"
    assert _nouns("The field pumps 50,000 barrels of condensate a day.")["50,000 barrels"] == "condensate"


def test_a_vague_count_an_attack_killed_counts_people() -> None:
    assert _nouns("The families mourned after a suspected gas attack that killed dozens on April 7.")[
        "dozens"] == "people"


def test_what_a_named_thing_is_valued_at_is_its_value() -> None:
    assert _nouns("Uber was valued at $68 billion.")["$68 billion"] == "value"
    # Near miss: a common noun valued at an amount keeps its noun.
    assert _nouns("The helmet was valued at $475.")["$475"] == "helmet"


def test_a_count_of_changes_counts_the_changes() -> None:
    assert _nouns("The Fed sees three rate hikes in 2017.")["three"] == "hike"
