"""Sources, session 30d: a pronoun that says something inside somebody else's quotation is
somebody the quotation described before ("a man in a grey coat", "the Ortiz family"), never the
quotation's own speaker; nobody when the quotation described no one who fits."""

from __future__ import annotations

from tests.factories import citations_of


def _said(body: str) -> dict[str, str]:
    """cited_as -> canonical name of each citation in the body."""
    return {c.cited_as: c.canonical_name for c in citations_of(body)}


def test_he_inside_a_quote_is_the_man_the_quote_described() -> None:
    said = _said("“In 2015 I sat beside a man in a grey coat on the train. He said, ‘You look lost.’ "
                 "I laughed,” Maria Lopez recalled.")
    assert said.get("He") == "a man in a grey coat"
    assert said.get("Maria Lopez") == "Maria Lopez"


def test_they_inside_a_quote_is_the_group_the_quote_described() -> None:
    said = _said("“I met with the Ortiz family last spring. They said ‘the painting belongs here’ and "
                 "that settled it,” said Tom Reed, a collector.")
    assert said.get("They") == "the Ortiz family"
    said = _said("“I went to see two nurses on the ward. They said the beds were full,” Paul Grant said.")
    assert said.get("They") == "two nurses"


def test_they_inside_a_quote_is_the_organisation_the_quote_named() -> None:
    said = _said("“I called Microsoft about it. They said a fix was coming,” said Rosa Diaz, a teacher.")
    assert said.get("They") == "Microsoft"


def test_a_described_verb_is_not_part_of_the_description() -> None:
    said = _said("“She told me, ‘A man called. He said he was your brother,’” Ana Cruz recalled.")
    assert said.get("He") == "A man"


def test_the_speakers_own_kin_are_no_antecedent() -> None:
    # "my grandfather" may be long dead: the pronoun stays unresolved rather than guessed
    said = _said("“My grandfather fought in the war. He said little about it,” said Jane Cole, 54.")
    assert set(said) == {"Jane Cole, 54"}
    said = _said("“I told my mother we were leaving. She said, ‘Good,’” said Jane Cole.")
    assert set(said) == {"Jane Cole"}


def test_no_fitting_antecedent_gives_nothing_and_never_the_speaker() -> None:
    said = _said("“The pans were hot. They said nothing,” the chef said.")
    assert "They" not in said
    said = _said("“Critics are wrong,” he said. “They said the same in 2010.”")
    assert "They" not in said  # "critics" lies in another quotation
    said = _said("“We talked to a woman at the gate. He said the road was closed,” said Mark Stone.")
    assert said.get("He") is None  # a woman is no "he"; Mark Stone is the quote's speaker


def test_a_pronoun_outside_quotation_marks_is_unchanged() -> None:
    said = _said("Tom Reed spoke to reporters on Friday. “I have done nothing wrong,” he said. "
                 "“I told the truth.”")
    assert said.get("he") == "Tom Reed"


# Criticism without a saying verb: "pan" gives a public verdict ("critics panned the film"),
# and a critic in a relative clause ("analysts who slammed the merger for ...") is the one
# the clause is about.

def test_reviewers_who_pan_something_voice_criticism() -> None:
    said = _said("The show failed: the ratings were poor and reviewers panned her questions.")
    assert said.get("reviewers") == "reviewer"
    said = _said("Voters rejected the plan, and analysts panned the campaign.")
    assert said.get("analysts") == "analyst"


def test_panning_a_camera_or_for_gold_and_pans_as_nouns_are_no_criticism() -> None:
    assert _said("The director panned the camera across the crowd.") == {}
    assert _said("Miners panned the river for gold for a decade.") == {}
    assert _said("The pans were hot, so the cook waited.") == {}
    assert _said("The film was panned by critics.") == {}  # (the passive is left as before)
    assert _said("Critics did not pan the film.") == {}


def test_a_critic_in_a_relative_clause_is_the_one_the_clause_is_about() -> None:
    said = _said("Analysts who slammed the merger for its cost were proved right.")
    assert said.get("Analysts") == "analyst"
    # a thing, not somebody on the record, and a crowd stay no source
    assert _said("He retweeted posts that blasted the network for its reporting on the vote.") == {}
    assert _said("Fans blasted the referee for the late penalty.") == {}
