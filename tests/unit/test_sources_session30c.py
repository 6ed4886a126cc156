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


# A bare 'many' / 'some' holding a view in a relative clause on the thing judged.

def test_many_who_thought_something_in_a_relative_clause_are_anonymous():
    assert _cited("The channel ran segments that many thought were cruel.") == {"many": "anonymous"}


def test_some_who_believe_and_many_who_considered_are_anonymous():
    assert _cited("The council passed a levy that some believe is unlawful.") == {"some": "anonymous"}
    assert _cited("She sold the farm, which many considered a blunder.") == {"many": "anonymous"}


def test_a_hedged_view_or_a_quantified_noun_is_no_source():
    assert _cited("The council passed a levy that some may think is unlawful.") == {}
    assert _cited("These are values that many of us believe in.") == {}
    assert _cited("Some thought it was fine.") == {}
