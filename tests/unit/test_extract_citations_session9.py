"""Citations extractor, session 9 rules: real spaCy model, no mocks."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsfacts.extract.citations import extract_citations
from newsfacts.extract.nlp import parse_articles
from tests.factories import make_article


def citations_of(body: str, publisher: str | None = None) -> list:
    (parsed,) = parse_articles([replace(make_article(body), publisher=publisher)])
    return extract_citations(parsed)


def sources_of(body: str, publisher: str | None = None) -> list[tuple[str, str]]:
    return [(c.canonical_name, c.source_type) for c in citations_of(body, publisher)]


@pytest.mark.parametrize(("body", "expected"), [
    # A view held by experts is still reported when it grounds a statement.
    ("The lack of resolution has been discouraging, given that many analysts believe that the "
     "administration is tackling only the easiest issues.", [("many analyst", "anonymous")]),
    ("Prices fell because analysts believe that the bank will cut rates.", [("analyst", "anonymous")]),
    # ...but not the beliefs of a crowd.
    ("Prices fell because investors believe that the bank will cut rates.", []),
])
def test_a_view_given_as_a_ground_is_cited(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Researchers show findings in a that-clause; an unnamed group of them is anonymous.
    ("A group of Swiss scientists showed that rats use these receptors to detect odors.",
     [("group of Swiss scientists", "anonymous")]),
    ("Researchers showed that mice live longer.", [("researcher", "anonymous")]),
    # Studies nobody is named for are no source (tests/gold/README.md, sets E and F).
    ("Studies have shown that mice live longer.", []),
    # Things and records show nothing as sources.
    ("The video shows that he left the building.", []),
    ("His record shows that he can win.", []),
])
def test_findings_shown_by_researchers(body: str, expected: list) -> None:
    assert sources_of(body) == expected


def test_a_group_that_acts_as_one_body_is_no_anonymous_group() -> None:
    body = "A group of physicians is urging the agency to accept its offer, saying it would help."
    assert sources_of(body) == [("group of physicians", "organization")]


@pytest.mark.parametrize(("body", "expected"), [
    ("The statement, which was obtained by Variety, said the deal was off.",
     [("statement", "document"), ("Variety", "media_outlet")]),
    ("As government documents leaked to the New York Times have unveiled, the crackdown was planned.",
     [("The New York Times", "media_outlet")]),
    ("The plan was described in a memo obtained by The Washington Post.",
     [("The Washington Post", "media_outlet")]),
    # A person who saw something is no source by seeing it.
    ("The car was seen by John Smith on Monday.", []),
])
def test_an_outlet_that_obtained_a_document_reports_it(body: str, expected: list) -> None:
    assert sources_of(body) == expected


def test_the_publishing_outlet_obtaining_a_document_is_no_source() -> None:
    body = "(Reuters) - Claure said in an email to staff that was reviewed by Reuters."
    assert ("Reuters", "news_agency") not in sources_of(body)
    body = "Claure said in an email to staff that was seen by The Real Deal."
    assert sources_of(body, publisher="The Real Deal New York") == [("Claure", "person")]


def test_a_first_name_tagged_as_a_verb_still_names_the_speaker() -> None:
    body = "“Five of my followers swiped away,” said Will Tjernlund, a consultant for Amazon sellers."
    assert sources_of(body) == [("Will Tjernlund", "person")]


def test_a_person_in_apposition_is_named_without_the_apposition() -> None:
    body = ("He Jianxiong, the former executive director for China at the International Monetary "
            "Fund, said at a Nov. 6 event at the Peterson Institute in Washington.")
    assert sources_of(body) == [("He Jianxiong", "person")]


@pytest.mark.parametrize(("body", "expected"), [
    # A team's captain and a client's attorney hold no office...
    ("Sabres captain Jack Eichel said he was trying to spark some energy.", [("Jack Eichel", "person")]),
    ("Carlineo's attorney, Sonya Zoghlin, said in an email that he was sorry.",
     [("Sonya Zoghlin", "person")]),
    ("Sonya A. Zoghlin, an attorney for the family, said the case was serious.",
     [("Sonya A. Zoghlin", "person")]),
    # ...a ship's Captain and a U.S. Attorney do.
    ("Captain John Smith said the ship was safe.", [("John Smith", "official")]),
    ("Geoffrey Berman, the U.S. attorney for the Southern District of New York, said the case was serious.",
     [("Geoffrey Berman", "official")]),
    ("U.S. Attorney Nealy Cox said the charges were serious.", [("Nealy Cox", "official")]),
])
def test_captains_and_attorneys_by_what_they_lead(body: str, expected: list) -> None:
    assert sources_of(body) == expected


def test_a_surname_the_recogniser_missed_once_is_still_the_person() -> None:
    body = "President Donald Trump spoke. Trump tweeted before Election Day."
    assert sources_of(body) == [("Donald Trump", "official")]


def test_a_platform_is_no_person() -> None:
    assert sources_of("Twitter said it would act.") == [("Twitter", "organization")]


@pytest.mark.parametrize(("body", "expected"), [
    # A conjunct inside one organisation name is one body; two names are two.
    ("U.S. Customs and Border Protection said the policy was legal.",
     [("U.S. Customs and Border Protection", "organization")]),
    ("Egypt and Jordan criticised the move, saying it was illegal.",
     [("Egypt", "government_body"), ("Jordan", "government_body")]),
    # An Agency in a proper name is a public body, unless news, press or intergovernmental.
    ("The European Space Agency said on Monday that hibernation could work.",
     [("European Space Agency", "government_body")]),
    ("The International Energy Agency said demand would rise.",
     [("International Energy Agency", "organization")]),
    # An agency's spokesman speaks for a public body named before.
    ("The way Customs and Border Protection measures seizures is by pounds, an agency spokesman "
     "told the paper.", [("Border Protection", "government_body")]),
    # A report in an outlet is the outlet's; a study in a journal is its authors'.
    ("According to a report in The New York Times, the deal is off.",
     [("The New York Times", "media_outlet")]),
    ("According to a study in the journal Science, mice live longer.", [("study", "document")]),
    # Unnamed people of a nationality are anonymous.
    ("Israeli settlers said the land was theirs.", [("Israeli settler", "anonymous")]),
    # The suspect is the person named before.
    ("John Smith, 34, was arrested on Monday. The suspect told police he was innocent.",
     [("John Smith", "person")]),
])
def test_bodies_reports_and_parties_by_their_description(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize("body", [
    # A result posted is achieved, not said.
    "He posted an elite 93.2 defensive grade and 91.4 coverage grade.",
    # A row of links to other stories says nothing.
    "Overnight Energy: Ruffalo pushes Congress on chemicals | Lawmakers spar over testimony | Pirro "
    "says the show will return.",
])
def test_results_posted_and_link_rows_are_no_sources(body: str) -> None:
    assert citations_of(body) == []


def test_posting_words_still_cites() -> None:
    assert sources_of("Smith posted on Twitter that the deal was done.")[0][0] == "Smith"


def test_the_office_in_capitals_is_its_holder_named_before() -> None:
    body = ("President Donald Trump visited the plant on Monday with Nancy Pelosi. "
            "The President said the economy was strong.")
    assert sources_of(body) == [("Donald Trump", "official")]


def test_a_kin_word_gives_the_gender_that_he_and_she_follow() -> None:
    body = ("Eric Roberge runs a firm. You can make more by raising your income, he and his wife "
            "Kali explained on their podcast. The best side jobs pay passively, he said.")
    names = [c.canonical_name for c in citations_of(body) if c.cited_as == "he"]
    assert names and "Kali" not in names


def test_a_declaration_by_officials_is_parsed_and_cited() -> None:
    body = ("The confirmation comes despite an earlier declaration by China's health chiefs that the "
            "risk of an outbreak was minimal.")
    assert [c.cited_as for c in citations_of(body)] == ["China's health chiefs"]


@pytest.mark.parametrize(("body", "expected"), [
    # A "place" no gazetteer knows is a name the recogniser guessed wrong: an organisation...
    ("According to LN, expect to hear a wide range of hits.", [("LN", "organization")]),
    # ...while known places speak for their governments.
    ("Moscow said the talks failed.", [("Moscow", "government_body")]),
    ("Britain said the talks failed.", [("Britain", "government_body")]),
])
def test_places_speak_only_when_the_gazetteer_knows_them(body: str, expected: list) -> None:
    assert sources_of(body) == expected


def test_a_document_named_by_its_kind_of_body_is_that_bodys() -> None:
    body = ("Acme Corp. said on Monday it would cut jobs. "
            "The company statement said 300 people would go.")
    assert sources_of(body) == [("Acme Corp.", "organization"), ("Acme Corp.", "organization")]


def test_a_post_without_an_author_is_anonymous() -> None:
    body = ("While the tweet shown above claimed that Yovanovitch has a net worth of 17 million "
            "dollars, other users disagree.")
    assert sources_of(body) == [("tweet", "anonymous")]
    assert sources_of("A NASA tweet said the launch was delayed.") == [("NASA", "government_body")]


@pytest.mark.parametrize(("body", "expected"), [
    # Responding to a happening is dealing with it...
    ("Delhi officials are responding to the air pollution, but they are reluctant to act.", []),
    ("Police responded to the scene on Monday.", []),
    # ...responding to words, or with words, is a saying.
    ("The ministry responded to the move, saying it was illegal.", [("Ministry", "government_body")]),
    ("Fort Worth Police Department responded and confirmed that there appeared to be blood.",
     [("Fort Worth Police Department", "government_body")]),
])
def test_responding_to_a_happening_is_no_saying(body: str, expected: list) -> None:
    assert sources_of(body) == expected


def test_a_bodys_own_experts_speak_for_it() -> None:
    body = "Goldman Sachs raised its forecast. Its economists said growth would slow."
    assert sources_of(body) == [("Goldman Sachs", "organization")]


@pytest.mark.parametrize(("publisher", "expected"), [
    # The publishing outlet is no source of its own story...
    ("Gizmodo", [("AP", "news_agency")]),
    # ...and only a whole-word match names it ("AP" is not in "The Japan Times").
    ("The Japan Times", [("Gizmodo", "media_outlet"), ("AP", "news_agency")]),
])
def test_the_publishing_outlet_is_no_source(publisher: str, expected: list) -> None:
    body = ("HP, as Gizmodo very recently explained, is a complex condition. "
            "As AP reported, the talks stalled.")
    assert sources_of(body, publisher=publisher) == expected


def test_an_outlet_opening_the_body_is_not_its_dateline() -> None:
    assert sources_of("Bloomberg reported on Monday that the talks had stalled.") == [
        ("Bloomberg", "media_outlet")]
