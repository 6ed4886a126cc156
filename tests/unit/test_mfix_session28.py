"""Figures, session 28 (helper "mfix", a review finding on an older measured-thing rule): a count
carries its noun to a later bare number only in a list of alike clauses (the same verb, or verbs
of one kind, neither a level reached like "reach", "hit", "top", "close"), and only when the
number's own clause has no subject that is a level of its own (an index, a price, shares, a rate).
Real spaCy model, no mocks; the first sentence of each group is the reviewer's, the rest written
here."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_figures import figures_of


def _found(text: str) -> list[tuple[str, float, str | None, str | None]]:
    return [(f.text, f.value, f.unit, f.noun) for f in figures_of(text)]


@pytest.mark.parametrize(("sentence", "counted"), [
    ("The factory built 40 trucks in June, and its output index reached 90.", "truck"),
    ("The factory built 40 trucks in June and its output index reached 90.", "truck"),
    ("The store sold 300 phones, and its stock rose to 45.", "phone"),
    ("The store sold 300 phones, and its share price hit 45.", "phone"),
    ("The chain opened 40 stores in 2019, and its share price topped 30.", "store"),
    ("The bakery sold 200 cakes, and its stock closed 45.", "cake"),
    ("The company built 40 trucks in June, and its stock index built 90.", "truck"),
])
def test_a_level_in_another_clause_takes_no_noun_of_an_earlier_count(sentence: str, counted: str) -> None:
    found = _found(sentence)
    assert found and found[0][3] == counted  # the earlier count keeps its noun
    assert [f for f in found[1:] if f[3] == counted] == []


@pytest.mark.parametrize(("sentence", "counts"), [
    ("A Boeing 777 uses 14 tires, the A380 carries 22, and the An-225 demands 32.",
     [(14.0, "tire"), (22.0, "tire"), (32.0, "tire")]),
    ("The red team fields 11 players, the blue team brings 9, and the green team sends 7.",
     [(11.0, "player"), (9.0, "player"), (7.0, "player")]),
    ("Acme sells 300 cars a day and Zenith sells 120.", [(300.0, "car"), (120.0, "car")]),
    ("The firm has 300 stores and plans to open 50.", [(300.0, "store"), (50.0, "store")]),
    ("The airline flew 80 planes last year and will fly 95.", [(80.0, "plane"), (95.0, "plane")]),
])
def test_a_list_of_alike_clauses_still_shares_its_noun(sentence: str, counts: list) -> None:
    assert [(f[1], f[3]) for f in _found(sentence)] == counts


def test_a_list_of_scores_keeps_its_points() -> None:
    # (the bare "25" and "20" after names are not read as figures, before this fix or after it)
    found = _found("Smith scored 30 points, Jones 25 and Brown 20.")
    assert found[0] == ("30 points", 30.0, None, "point")
    assert all(f[3] in {None, "point"} for f in found)
