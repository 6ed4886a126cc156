"""Cited sources, session 24 (helper "srcV"): the kinds of error set V showed on unseen news, with
near misses that must not change. Real spaCy model, no mocks; news-shaped sentences."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of

# --- a police call out to a scene is no speech --------------------------------------------------


def test_responding_to_a_disturbance_call_is_no_source() -> None:
    body = "Officer Blake Snyder and his partner were responding to a disturbance call at a home in the county."
    assert sources_of(body) == []


def test_responding_to_criticism_with_words_is_still_a_source() -> None:
    body = "Mayor Ann Cole responded to the criticism, saying the plan was sound."
    assert sources_of(body) == [("Ann Cole", "official")]


# --- the publisher's own review on its own page ---------------------------------------------------


def test_the_publishers_own_review_cites_no_one() -> None:
    body = ("In return, the Treasury Department paid Apple at least $600 million and possibly much more over "
            "the past five years in the form of interest, a Bloomberg review of its regulatory filings shows.")
    assert ("Bloomberg", "media_outlet") not in sources_of(body, publisher="www.bloomberg.com")


def test_another_outlets_review_is_still_cited() -> None:
    body = ("In return, the Treasury Department paid Apple at least $600 million and possibly much more over "
            "the past five years in the form of interest, a Bloomberg review of its regulatory filings shows.")
    assert ("Bloomberg", "media_outlet") in sources_of(body, publisher="www.reuters.com")


# --- state bodies by their kind -------------------------------------------------------------------


@pytest.mark.parametrize(("body", "expected"), [
    ("The Treasury said its holdings of the bonds doubled last year.", ("Treasury", "government_body")),
    ("According to a 2013 report by the U.S. Senate Permanent Subcommittee on Investigations, Apple "
     "exploited gaps in the law.", ("U.S. Senate Permanent Subcommittee on Investigations", "government_body")),
    ("The NYPD said the plane was part of a training exercise.", ("NYPD", "government_body")),
])
def test_state_bodies_are_government_bodies(body: str, expected: tuple) -> None:
    assert expected in sources_of(body)


def test_a_partys_committee_is_no_state_body() -> None:
    body = "The Democratic National Committee said it raised $10 million in June."
    assert [kind for _, kind in sources_of(body)] == ["organization"]


def test_a_country_speaking_is_its_government() -> None:
    body = ("In November, Ireland filed an appeal against the ruling after repeatedly saying the country "
            "\u201cfundamentally disagrees\u201d with the commission.")
    assert ("country", "government_body") in sources_of(body)


# --- ranks and offices ----------------------------------------------------------------------------


def test_a_colonel_by_abbreviated_rank_is_an_official() -> None:
    body = 'Col. Broccoli, CO of the 106th Rescue Wing says the plane is doing "standard military training."'
    assert sources_of(body) == [("Col. Broccoli", "official")]


def test_a_titled_person_before_a_body_speaks_without_a_comma() -> None:
    body = ("Eric Durr, Director of Public Affairs at New York State Division of Military and Naval Affairs "
            "told Mashable the plane was simply on a training flight.")
    assert sources_of(body) == [("Eric Durr", "official")]


def test_the_president_elect_is_the_person_named_with_that_office() -> None:
    body = ('President-elect Donald Trump named Carl Icahn an adviser on Wednesday. "Carl was with me from '
            'the beginning," the president-elect said in a statement.')
    assert ("Donald Trump", "official") in sources_of(body)


def test_a_persons_transition_team_speaks_as_a_body() -> None:
    body = "President-elect Donald Trump's transition team announced that investor Carl Icahn will serve as an adviser."
    assert sources_of(body) == [("President-elect Donald Trump's transition team", "organization")]


# --- embedded posts that only ask -----------------------------------------------------------------


def test_a_post_that_only_asks_cites_no_one() -> None:
    body = ("A military plane circled Manhattan on Tuesday.\n"
            " Anybody know about the #plane circling #Manhattan right now? @NYPDnews pic.twitter.com/3Men3dJF7z\n"
            "— The Community NYC (@TheCommunityNYC) December 13, 2016")
    assert sources_of(body) == []


def test_a_post_that_asks_and_states_is_kept() -> None:
    body = ("A military plane circled Manhattan on Tuesday.\n"
            " #Military #plane C-130? Circling around #Manhattan. Anyone have answers? pic.twitter.com/U6Q7r9bvmZ\n"
            "— Sasha Moses (@sashamoses76) December 13, 2016")
    assert sources_of(body) == [("Sasha Moses", "person")]


# --- unnamed reports and accounts -----------------------------------------------------------------


@pytest.mark.parametrize("body", [
    "Seeing multiple reports of a military plane and several helicopters circling low over Manhattan.",
    "Initial reports said the suspect had arrived in Milan on a train from France.",
])
def test_unnamed_reports_of_what_happened_are_the_press(body: str) -> None:
    assert sources_of(body) == [("reports", "media_outlet")]


def test_reports_of_a_kind_stay_documents() -> None:
    assert [kind for _, kind in sources_of("Police reports said the suspect fled on foot.")] == ["document"]


def test_accounts_of_what_happened_are_one_unnamed_source() -> None:
    body = ("One account reported that the suspect tried to flee. Some accounts said that he shouted "
            "during the shooting.")
    assert sources_of(body) == [("accounts", "anonymous"), ("accounts", "anonymous")]


def test_a_bank_account_says_nothing() -> None:
    assert sources_of("His bank account showed a balance of $5 on Friday.") == []


# --- an inverted saying verb after the clause it reports -----------------------------------------


def test_notes_an_outlet_after_the_clause() -> None:
    body = ("The investor has been interviewing candidates for the commission's chairman, notes the "
            "Washington Examiner.")
    assert ("Washington Examiner", "media_outlet") in sources_of(body)


# --- whom "he" continues --------------------------------------------------------------------------


def test_he_continues_the_speaker_not_a_name_after_his_he() -> None:
    body = ("Such one-offs make things worse, according to David Rosenbloom, a tax lawyer. "
            "He pointed to a similar 2004 tax holiday under President George W. Bush. "
            "Last time, \u201cit just encouraged companies to send more money abroad,\u201d he said.")
    assert [name for name, _ in sources_of(body)] == ["David Rosenbloom", "David Rosenbloom"]


def test_he_after_a_sentence_about_the_named_man_is_that_man() -> None:
    body = ("Such one-offs make things worse, according to David Rosenbloom, a tax lawyer. "
            "President George W. Bush signed a similar tax holiday into law in 2004. "
            "Last time, \u201cit worked,\u201d he said.")
    assert [name for name, _ in sources_of(body)][-1] == "George W. Bush"


# --- a pointer to a writing -----------------------------------------------------------------------


def test_a_spokesman_referring_reporters_to_filings_cites_no_one() -> None:
    body = "Apple paid $10 billion in taxes. A spokesman referred reporters to the company's annual financial statements."
    assert sources_of(body) == []


# --- one unnamed person and a group of that kind ---------------------------------------------------


def test_a_source_and_sources_are_two_sources() -> None:
    body = ("A source told 247Sports that Applewhite won the job. Kiffin was at one point thought to be the "
            "leader, sources told 247Sports as late as Thursday.")
    assert sources_of(body) == [("source", "anonymous"), ("sources", "anonymous")]


def test_sources_twice_stay_one_group() -> None:
    body = "Sources told the paper the deal was close. Sources said the talks would go on."
    assert sources_of(body) == [("source", "anonymous"), ("source", "anonymous")]


# --- a reason denied -------------------------------------------------------------------------------


def test_a_saying_given_as_a_denied_reason_cites_no_one() -> None:
    assert sources_of("You can’t just go to Mars today because Elon Musk says you can go.") == []


def test_a_saying_given_as_a_reason_is_still_cited() -> None:
    body = "The launch was delayed because Elon Musk said the rocket needed more tests."
    assert sources_of(body) == [("Elon Musk", "person")]

