"""Cited sources, session 11: who a 'he', 'she' or 'it' stands for. Real spaCy model, no mocks;
every sentence is made up."""

from __future__ import annotations

from tests.unit.test_extract_citations_session9 import citations_of

FILLER = ("The vote on the harbour plan was delayed again, and the council's budget for the coming "
          "year remains unsettled after weeks of talks. Ferries ran late all week, the weather was "
          "poor, and the market by the river stayed closed for repairs. ")


def _resolved(body: str, pronoun: str) -> list[str]:
    return [c.canonical_name for c in citations_of(body) if c.cited_as.lower() == pronoun]


def test_a_platform_is_where_something_was_posted_not_who() -> None:
    body = ("Then, last week, singer Dana Holt posted on Twitter accusing Harbor Records of blocking "
            "her tour. She said the label had lied.")
    names = [c.canonical_name for c in citations_of(body)]
    assert "Twitter" not in names
    assert _resolved(body, "she") == ["Dana Holt"]


def test_a_surname_opening_a_sentence_is_its_subject() -> None:
    # "Kline" opens the sentence; the people he worked with are named after him in passing.
    body = ("The band was signed by talent agent Rob Kline in May. Kline has worked with Lena Marsh "
            "and Tom Ruiz in the past. He has consistently denied being unfair to the singers.")
    assert _resolved(body, "he") == ["Rob Kline"]


def test_the_main_clause_subject_outranks_one_in_a_subordinate_clause() -> None:
    body = ("Defense lawyer Ray Dunn represents the guard. Dunn declined to say whether Karl Voss "
            "slept on the night Peter Hale escaped. “We will fight this in court,” he said.")
    assert _resolved(body, "he") == ["Ray Dunn"]


def test_a_run_of_he_keeps_the_person_it_started_with() -> None:
    # A man the article has shown to be a "he" stays the topic through a run of "he", though
    # another man is named later in passing ("with Marco Conti").
    body = ("Mr David Hollis said he left the firm in 2015. Mr Hollis says he cut all ties then. "
            + FILLER + "During a later trip, he was seen dining with Marco Conti at a hotel in Rome. "
            + FILLER + "He instead told the interviewer: “I went there to end it.”")
    said = _resolved(body, "he")
    assert said and all(name.endswith("Hollis") for name in said)


def test_a_pronoun_inside_a_quotation_is_nobody_the_article_cites() -> None:
    body = ("Editor Ann Kerr signed Tom Reyes in May. “We have a brilliant writer, and he has said "
            "that a sequel is coming,” Kerr said.")
    assert _resolved(body, "he") == []
    assert [c.canonical_name for c in citations_of(body)] == ["Ann Kerr"]


def test_a_name_paragraphs_back_is_not_who_she_is() -> None:
    # Nobody named, and no "she", for more than a thousand characters: "she" is left unresolved
    # rather than given to the last name far back.
    body = ("Tickets are sold by Lena Park at the gate. " + FILLER * 6
            + "“I have never seen anything like it,” she said.")
    assert _resolved(body, "she") == []


def test_it_is_the_organisation_a_recent_sentence_was_about() -> None:
    # The subject organisation, not the rival named after it in passing, is what "it" continues.
    body = ("Harbor Foods was accused on Monday of copying the packaging of Delta Farms, the "
            "grocer's rival. Rebranded overnight, it said the new boxes had been planned for years.")
    assert _resolved(body, "it") == ["Harbor Foods"]
