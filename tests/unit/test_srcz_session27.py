"""Cited sources, session 27 (helper "srcz"): attribution shapes and false cues from set Z, each
with near misses that must not change. Real spaCy model, no mocks; sentences written here."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of

# --- telling apart, telling what to do --------------------------------------------------------------


@pytest.mark.parametrize("body", [
    "Marketing has not been great and parents can usually tell when something is a subpar effort.",
    "It was hard to tell whether the engine had failed.",
])
def test_telling_apart_cites_no_one(body: str) -> None:
    assert sources_of(body) == []


def test_someone_who_can_tell_you_something_is_still_cited() -> None:
    assert sources_of("Smith can tell you that the vote was rigged.") == [("Smith", "person")]


def test_advice_to_the_hearer_cites_no_one() -> None:
    body = "He was irritated when friends told him he should vote for Clinton instead."
    assert sources_of(body) == []


@pytest.mark.parametrize("body", [
    "Analysts told him the bank should cut rates.",
    "Analysts told Reuters the bank should cut rates.",
])
def test_a_view_told_to_someone_is_still_cited(body: str) -> None:
    assert sources_of(body) == [("analyst", "anonymous")]


# --- claiming a prize ------------------------------------------------------------------------------


def test_claiming_the_top_spot_cites_no_one() -> None:
    assert sources_of("Tim Burton once again claimed the top spot at the box office.") == []


@pytest.mark.parametrize(("body", "expected"), [
    ("The group claimed responsibility for the attack.", [("group", "organization")]),
    ("Acme Corp claimed the rival's patent was invalid.", [("Acme Corp", "organization")]),
])
def test_claims_that_say_something_are_still_cited(body: str, expected: list) -> None:
    assert sources_of(body) == expected


# --- the writer's aside ----------------------------------------------------------------------------


def test_worth_noting_cites_no_one() -> None:
    body = "Bremer Trust runs the estate. It's worth noting she did not attach those documents in her filing."
    assert sources_of(body) == []


# --- one unnamed person of a kind at each mention ------------------------------------------------


def test_another_and_one_unnamed_student_are_new_people() -> None:
    body = ("“Or being grunge in the ’90s,” another student chimed in. In an op-ed, a student at Wesleyan "
            "University wrote that he was tired of it. One student at Duke University said he "
            "solidified his views in high school.")
    assert sources_of(body) == [("student", "anonymous"), ("student (2)", "anonymous"),
                                ("student (3)", "anonymous")]


def test_one_of_the_students_is_not_numbered() -> None:
    body = "A student said the exam was hard. One of the students said it was easy."
    assert [name for name, _ in sources_of(body)].count("student (2)") == 0


# --- a figure set on odds, a view spoken of ---------------------------------------------------------


def test_odds_pegged_at_a_figure_cite_who_pegged_them() -> None:
    body = "Michele Mosca, a professor at the university, pegged the odds of reaching it by 2026 at one in seven."
    assert sources_of(body) == [("Michele Mosca", "person")]


def test_players_put_at_a_place_cite_no_one() -> None:
    assert sources_of("The coach put the players from the academy at the back of the line.") == []


def test_a_belief_spoken_of_with_its_clause_is_cited() -> None:
    body = "Yiannopoulos spoke about his belief that the campus was hostile to conservatives."
    assert sources_of(body) == [("Yiannopoulos", "person")]


def test_a_belief_spoken_of_without_a_clause_cites_no_one() -> None:
    assert sources_of("The mayor spoke about the belief of many voters.") == []


# --- "it" inside a relative clause on a named body ----------------------------------------------


def test_it_in_a_relative_clause_is_the_body_the_clause_describes() -> None:
    body = ("Brian LaMacchia said the threat was real. D-Wave Systems, a Canadian company that caused a "
            "stir when it announced a thousand-qubit computer last year, uses another approach.")
    assert sources_of(body) == [("Brian LaMacchia", "person"), ("D-Wave Systems", "organization")]


def test_it_in_a_main_clause_still_goes_to_the_body_cited_before() -> None:
    body = "Acme Corp said sales fell. Later it said they would recover."
    assert set(sources_of(body)) == {("Acme Corp", "organization")}


# --- a first name set beside a word for one person -----------------------------------------------


def test_a_first_name_beside_an_undergraduate_is_a_person() -> None:
    body = "“It’s the new counterculture,” said Jared, an undergraduate at the University of Delaware."
    assert sources_of(body) == [("Jared", "person")]


# --- records the writers checked ----------------------------------------------------------------


def test_records_the_writers_checked_are_a_document() -> None:
    assert sources_of("We checked court records and found no marriage.") == [("court records", "document")]


@pytest.mark.parametrize("body", [
    "Police checked his phone records.",
    "We will check the court records.",
])
def test_records_checked_by_others_or_to_come_cite_nothing(body: str) -> None:
    assert sources_of(body) == []


# --- a public body's judgement ------------------------------------------------------------------


def test_a_government_deeming_something_is_cited() -> None:
    body = "In 1995, the U.S. government deemed the problem an unsustainable one for the species."
    assert sources_of(body) == [("U.S. Government", "government_body")]


@pytest.mark.parametrize("body", [
    "The problem was deemed unsustainable.",
    "Fans deemed it a classic.",
    "The ministry may deem it necessary to close the schools.",
])
def test_deemed_by_no_one_or_by_a_crowd_cites_no_one(body: str) -> None:
    assert sources_of(body) == []


# --- a film's director holds no office -----------------------------------------------------------


@pytest.mark.parametrize(("body", "expected"), [
    ("He met Damien Chazelle, the director behind the modern-day romance La La Land, in Venice. “We "
     "kept asking ourselves,” Chazelle says.", [("Damien Chazelle", "person")]),
    ("Ann Lee, the director of the film, said the shoot was hard.", [("Ann Lee", "person")]),
    ("Christopher Wray, the director of the FBI, said the threat was real.", [("Christopher Wray", "official")]),
])
def test_a_works_director_is_a_person_an_agencys_an_official(body: str, expected: list) -> None:
    assert sources_of(body) == expected


# --- accounts to be believed --------------------------------------------------------------------


def test_accounts_to_be_believed_are_an_unnamed_source() -> None:
    body = "If accounts are to be believed, she was briefly married to a drummer."
    assert sources_of(body) == [("accounts", "anonymous")]


@pytest.mark.parametrize("body", [
    "If the polls are to be believed, the race is tight.",
    "If he is to be believed, the race is tight.",
])
def test_polls_or_a_person_to_be_believed_add_no_source(body: str) -> None:
    assert sources_of(body) == []


# --- guesses handed out -------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "expected"), [
    ("Fandom editor Nick Nunziata will also be providing his guesses because two stabs in the dark are "
     "better than one.", [("Nick Nunziata", "person")]),
    ("The bank gave its forecast for growth on Tuesday.", [("bank", "organization")]),
])
def test_own_guesses_given_cite_who_gives_them(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize("body", ["Readers can give their guesses in the comments.", "Acme made a guess."])
def test_invited_or_unowned_guesses_cite_no_one(body: str) -> None:
    assert sources_of(body) == []


# --- the reviews' verdict ------------------------------------------------------------------------


@pytest.mark.parametrize("body", [
    "The cast could not save it. The reviews haven’t been kind either so it will disappear quickly.",
    "Reviews for the film were mostly positive.",
])
def test_the_reviews_verdict_is_an_unnamed_source(body: str) -> None:
    assert sources_of(body) == [("reviews", "anonymous")]


@pytest.mark.parametrize("body", ["His performance reviews were positive.", "The reviews are due on Monday."])
def test_reviews_of_staff_or_due_are_no_source(body: str) -> None:
    assert sources_of(body) == []
