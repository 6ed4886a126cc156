"""Cited sources, session 17 (helper "named"): real spaCy model, no mocks; every sentence is made up."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import citations_of, sources_of


def names_of(body: str) -> list[str]:
    return [name for name, _ in sources_of(body)]


@pytest.mark.parametrize(("body", "expected"), [
    # The named examples of speakers speak too.
    ("Retired players like Maria Lopez say the new rule has hurt the league.", ["Maria Lopez"]),
    ("Charities such as Oxfam said the cuts would hit the poorest families.", ["Oxfam"]),
])
def test_named_examples_of_speakers(body: str, expected: list) -> None:
    assert [n for n in names_of(body) if n in expected] == expected


def test_places_given_as_examples_are_no_speakers() -> None:
    cited = [c.cited_as for c in citations_of("Big cities like Denver say they cannot afford the plan.")]
    assert "Denver" not in cited


@pytest.mark.parametrize(("body", "expected"), [
    # A passive saying verb joined to a participle, tagged as a past tense, keeps its agent.
    ("On the permit obtained by the Tribune and confirmed by a county official, the builder listed no second exit.",
     "county official"),
])
def test_passive_saying_verb_after_a_participle(body: str, expected: str) -> None:
    assert any(expected in n for n in names_of(body))


@pytest.mark.parametrize(("body", "expected"), [
    # "called" with the object's description in quotation marks cites the caller.
    ('Harbour Commissioner Ellen Marsh called the new fees "a tax on fishermen."', ["Ellen Marsh"]),
    # ...not a call made, nor a name given.
    ("Ellen Marsh called the harbour office on Monday to book a berth.", []),
])
def test_called_with_a_quoted_description(body: str, expected: list) -> None:
    assert names_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # An inquiry's finding with a that-clause cites who found it.
    ("Fire investigators determined that the blaze was started by faulty wiring.", ["investigator"]),
    ("An engineer hired by the city determined that the bridge was unsafe.", ["engineer"]),
    # ...not what decides something, nor a court's ruling.
    ("The vote on Tuesday will determine the next mayor.", []),
    ("The appeals court determined that the contract was void.", []),
    ("Census counts will determine how many seats each county gets.", []),
    ("Scientists hope to determine whether the signal repeats.", []),
    ('"The landlord is stalling, but an outside surveyor has determined the roof is sound," the tenant said.',
     ["tenant"]),
])
def test_determined_as_a_finding(body: str, expected: list) -> None:
    assert names_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Reports nobody is named for, telling what happened, are an anonymous source.
    ("The charity has received reports that aid trucks were stopped at the border.", [("reports", "anonymous")]),
    ("Shares fell amid reports of a boardroom split.", [("reports", "anonymous")]),
    # ...not reports of a kind, owned or counted.
    ("The firm files annual reports with the regulator.", []),
    ("Its reports that the plant was safe were later withdrawn.", []),
])
def test_reports_without_a_source(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A verb of naming with the name in quotation marks cites the namer.
    ('The harbour master, Ellen Marsh, had dubbed the new fees "a tax on fishermen."', ["Ellen Marsh"]),
    ('Ellen Marsh dubbed the plan as "a land grab" on Monday.', ["Ellen Marsh"]),
    ("Tom Hale testified on Tuesday. He said his deputy, Ellen Marsh, had dubbed the plan as \"a land grab.\"",
     ["Tom Hale", "Ellen Marsh"]),
    # ...not a thing named by nobody.
    ('A storm dubbed "Hector" reached the coast on Monday.', []),
])
def test_naming_verbs_with_a_quoted_name(body: str, expected: list) -> None:
    assert names_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A researcher showing a finding in a paper of theirs.
    ("Maria Lopez, a chemist at Leeds, showed in a study published in Cell Reports that comets could carry salt.",
     ["Maria Lopez"]),
    # ...not a paper that appeared somewhere, with nothing shown.
    ("Maria Lopez showed in a paper that appeared in May.", []),
    # ...not a video showing something.
    ("The video shows the driver leaving the scene.", []),
])
def test_shown_in_a_paper(body: str, expected: list) -> None:
    assert names_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Agreeing with a person named is a view on the record, and "So did X" after it too.
    ("Carla Diaz warned the plan would fail. Tom Hale agreed with Diaz. So did the finance chief, Ana Ruiz.",
     ["Carla Diaz", "Tom Hale", "Ana Ruiz"]),
    # ...not agreeing with a body on a deal, nor agreeing to act.
    ("The city agreed with the union on a new contract.", []),
    ("Tom Hale agreed to pay the fine.", []),
    ('The two ports agreed to the creation of "joint crews of pilots and engineers".', []),
    ('Tom Hale resigned on Friday. He also agreed to repay the bonus he got for the "Blue" project.', []),
])
def test_agreeing_with_someone(body: str, expected: list) -> None:
    assert names_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Whoever acts in a report of theirs speaks, as in a statement.
    ("In a report released on Monday, researchers at Ohio State University looked at the crash data and "
     "reached a different verdict.", ["researchers at Ohio State University"]),
    # ...not one featured in it.
    ("In a report released on Monday, Ohio State University appeared near the top of the list.", []),
])
def test_acting_in_a_report(body: str, expected: list) -> None:
    assert [c.cited_as for c in citations_of(body)] == expected
