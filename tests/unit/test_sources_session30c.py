"""Session 30, third round (general shapes of missed sources): made-up sentences for each rule,
with counter-examples that must not fire."""

from tests.factories import citations_of


def _cited(body: str) -> dict[str, str]:
    return {c.canonical_name: c.source_type for c in citations_of(body)}


# 'he' / 'she' answering in the main clause is the person an opening 'When I asked X' clause
# put the question to, not someone named sentences before.

def test_she_answering_is_the_person_asked_in_the_opening_clause():
    cited = _cited("A spokesman said Tom Briggs did not recall the meeting. When I asked Maria Lopez "
                   "about the files, she said, “I can't remember all of them.”")
    assert "Maria Lopez" in cited
    assert "Tom Briggs" not in cited


def test_person_asked_may_stand_in_apposition_to_her_office():
    cited = _cited("Tom Briggs ran the depot for years. When I asked the firm's head of security, "
                   "Maria Lopez, about the cameras, she said they were switched off.")
    assert "Maria Lopez" in cited


def test_a_named_asker_leaves_the_pronoun_to_the_usual_reading():
    cited = _cited("Tom Briggs ran the firm. When Maria Lopez asked him about the files, he said they were lost.")
    assert "Maria Lopez" not in cited


def test_a_clause_that_asks_nobody_named_changes_nothing():
    cited = _cited("Maria Lopez runs the clinic. When I asked about the delays, she said the staff were ill.")
    assert cited == {"Maria Lopez": "person"}
