"""Cited sources, session 25 (helper "srcw"): shapes of attribution set W showed on unseen news,
each with near misses that must not change. Real spaCy model, no mocks; sentences written here."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of

# --- an outlet publishing an interview cites the outlet and the person interviewed ----------------


def test_a_published_interview_cites_the_outlet_and_the_interviewee() -> None:
    body = ("A day earlier, the Daily Post published an interview with Acme CEO Jane Doe in which she "
            "worried that sales would fall.")
    assert sources_of(body) == [("Daily Post", "media_outlet"), ("Jane Doe", "official")]


def test_an_interview_given_to_an_outlet_cites_the_speaker_only() -> None:
    body = "Jane Doe said in an interview with Fox News that sales would fall."
    assert sources_of(body) == [("Jane Doe", "person")]


# --- people heard from, counted by a vague amount ------------------------------------------------


@pytest.mark.parametrize("body", [
    "When we covered the plan, we heard from lots of readers who defended it.",
    "We heard from dozens of readers who defended the plan.",
])
def test_people_heard_from_in_numbers_are_one_anonymous_source(body: str) -> None:
    assert sources_of(body) == [("reader", "anonymous")]


def test_places_heard_from_are_no_source() -> None:
    assert sources_of("We heard from lots of places during the storm.") == []


# --- advocates who warn, and advocates who campaign ----------------------------------------------


def test_advocates_warning_about_something_are_a_source() -> None:
    body = "It is the outcome that consumer advocates and industry observers have been warning us about."
    assert sources_of(body) == [("advocate", "anonymous"), ("observer", "anonymous")]


@pytest.mark.parametrize("body", [
    "Consumer advocates are urging the regulator to act.",
    "Consumer advocates called on the regulator to act.",
])
def test_advocates_campaigning_are_still_no_source(body: str) -> None:
    assert sources_of(body) == []


# --- a group that begins to question --------------------------------------------------------------


def test_experts_who_began_to_question_effects_are_a_source() -> None:
    body = "As the program lost favor, experts began to question the long-term effects of the drug."
    assert sources_of(body) == [("expert", "anonymous")]


@pytest.mark.parametrize("body", [
    "Detectives began to question the suspect on Monday.",
    "Critics may begin to question the plan.",
])
def test_questioning_a_person_or_a_possible_doubt_is_no_source(body: str) -> None:
    assert sources_of(body) == []


# --- a site credited in brackets after a figure ---------------------------------------------------


def test_a_site_in_brackets_after_a_figure_is_its_source() -> None:
    body = "The highest-paid manager earned $41 million last year (paydata.com). Most workers earn far less."
    assert ("paydata.com", "organization") in sources_of(body)


def test_a_site_in_brackets_after_a_sentence_without_a_figure_is_a_link() -> None:
    assert sources_of("You can read more about the museum on its site (museum.org).") == []


# --- "called X "..."" with the quotation parsed apart ---------------------------------------------


def test_a_description_in_quotation_marks_after_called_cites_the_caller() -> None:
    body = 'Lee at the time called the deal "an example of a process gone wrong."'
    assert sources_of(body) == [("Lee", "person")]


def test_a_quoted_number_after_called_is_no_description() -> None:
    assert sources_of('Ruiz called the number "555-1234" on Monday.') == []


# --- "Here's how X responded:" before the words set out below ------------------------------------


@pytest.mark.parametrize("body", [
    "Here's how Acme CEO Jane Doe responded to the criticism:",
    "Here\u2019s how Acme CEO Jane Doe responded:",
])
def test_here_is_how_someone_responded_cites_them(body: str) -> None:
    assert sources_of(body) == [("Jane Doe", "official")]


@pytest.mark.parametrize("body", [
    "Here's how the mayor might respond:",
    "Here's how you can respond:",
    "Here's how gamers respond to the change.",
])
def test_here_is_how_without_words_said_cites_no_one(body: str) -> None:
    assert sources_of(body) == []


# --- speaking on behalf of others -------------------------------------------------------------------


def test_speaking_on_behalf_of_a_family_is_a_source() -> None:
    body = "(The gift is courtesy of Ann Lee and Bo Ruiz; Tom Lee spoke on behalf of the family.)"
    assert sources_of(body) == [("Tom Lee", "person")]


def test_speaking_on_behalf_later_is_no_source() -> None:
    assert sources_of("Tom Lee will speak on behalf of the family.") == []


# --- talk that went round, nobody named ----------------------------------------------------------


@pytest.mark.parametrize(("body", "name"), [
    ("There's also been some speculation that Acme could add a new sensor to the phone.", "speculation"),
    ("There were rumors that the plant would close in March.", "rumors"),
])
def test_speculation_that_went_round_is_an_anonymous_source(body: str, name: str) -> None:
    assert sources_of(body) == [(name, "anonymous")]


@pytest.mark.parametrize("body", [
    "There has been no speculation that the plant would close.",
    "There may be speculation that the firm will sell its stake.",
])
def test_denied_or_possible_speculation_is_no_source(body: str) -> None:
    assert sources_of(body) == []


# --- a photographer's credit line is nobody a pronoun stands for ----------------------------------


def test_a_pronoun_after_a_photo_credit_is_the_person_named_before_it() -> None:
    body = ('"We would not last long," said resident Nathan Pole.\n(Ann Weber/Daily Post)\n'
            "Before my visit, Pole hadn't given the place much thought.\n"
            '"I remember seeing the sign and thinking it looked old," he said.')
    assert [name for name, _ in sources_of(body)] == ["Nathan Pole", "Nathan Pole"]


# --- a clause set before a verb with its own object is no clause said -----------------------------


def test_boasting_of_possessions_after_a_when_clause_is_no_source() -> None:
    body = ("Fifty years ago, when Ann Lee was mayor and fear of war was running high, Springfield "
            "boasted thousands of shelters.")
    assert sources_of(body) == []


def test_boasting_after_a_quotation_is_still_a_source() -> None:
    assert sources_of('"We will win this," Lee boasted.') == [("Lee", "person")]


# --- what a deed signals, inside a quotation, and what a body may say -----------------------------


def test_it_signals_inside_a_quotation_is_no_source() -> None:
    body = ('The Acme Group said on Monday it would cut jobs. "By cutting the plan, I think it signals to '
            'investors there are no safe bets."')
    assert sources_of(body) == [("Acme Group", "organization")]


def test_saying_joined_to_a_verb_of_may_is_no_source() -> None:
    body = "Once the deal closes, the Acme Group may meet with regulators and say that the plan is safe."
    assert sources_of(body) == []


def test_saying_joined_to_a_verb_in_the_past_is_a_source() -> None:
    body = "The Acme Group met with regulators on Monday and said that the plan is safe."
    assert sources_of(body) == [("Acme Group", "organization")]


def test_an_interview_joined_to_an_issuer_is_no_source() -> None:
    body = ("The former mayor announced his decision via an official statement by Ann Lee and a phone "
            "interview with Fox News.")
    assert [name for name, _ in sources_of(body)] == ["Ann Lee"]


def test_a_group_that_began_to_see_something_as_a_practice_is_no_source() -> None:
    body = "Engineers began to see security testing as part of their definition of done."
    assert sources_of(body) == []
