"""Cited sources, session 23 (helper "usources"), from set U's blind measurement: the publisher
citing itself ("The Post reported" on washingtonpost.com, "a recent Reuters poll" on a Reuters page
that names its host only in its canonical link), things that do not speak (an index that "added 0.4
percent", protesters "who call themselves"), one speaker parsed as three ("The Mandan, North Dakota,
police chief, Jason Ziegler"), and source types (outlets without a newspaper word, a state's corps,
a tribe, the DMV, donors and followers, someone's attorney). Real spaCy model, no mocks; the
sentences are set U's own (tests/gold/unseen), with made-up controls."""

from __future__ import annotations

import pytest

from newsfacts.clean.html import clean_html_document
from newsfacts.extract.citations.context import _host_labels
from tests.unit.test_extract_citations_session9 import sources_of

POST_REPORTED = ("During the presidential campaign, The Post reported on several instances in which Trump "
                 "appeared to use the Trump Foundation’s money to buy things for himself.")
REUTERS_POLL = "All 120 economists in a recent Reuters poll had expected a rate hike on Wednesday."


@pytest.mark.parametrize(("body", "publisher", "expected"), [
    # The paper a host name spells without spaces calls itself by its last word.
    (POST_REPORTED, "www.washingtonpost.com", []),
    (POST_REPORTED, "washingtonpost.com", []),
    # ...while on another paper's page "The Post" is another outlet.
    (POST_REPORTED, "www.nytimes.com", [("Post", "media_outlet")]),
    (POST_REPORTED, None, [("Post", "media_outlet")]),
    # The agency's own poll on its own page cites no one; on another outlet's page it cites Reuters.
    (REUTERS_POLL, "www.reuters.com", []),
    (REUTERS_POLL, "www.cnbc.com", [("Reuters", "news_agency")]),
])
def test_the_publisher_citing_itself_is_no_source(body: str, publisher: str | None, expected: list) -> None:
    assert sources_of(body, publisher) == expected


def test_host_labels_leave_out_www_and_the_top_level_domain() -> None:
    assert _host_labels("www.washingtonpost.com") == ["washingtonpost"]
    assert _host_labels("abcnews.go.com") == ["abcnews", "go"]
    assert _host_labels("www.bbc.co.uk") == ["bbc"]
    # A site name is no host name.
    assert _host_labels("the washington post") == []


# A Reuters page of set U: its metas carry value= where others have content=, and its only URL is
# a canonical link the parse does not find in the head (the page's head breaks off early).
REUTERS_PAGE = """<html><head><title>Fed lifts rates | Reuters</title>
<meta value="Reuters" name="og:site_name">
</head><body><link rel="canonical" href="http://www.reuters.com/article/us-usa-fed-idUSKBN1430G4"><article><h1>Fed lifts rates, sees faster pace of hikes</h1>
<p>The U.S. Federal Reserve raised interest rates on Wednesday for the first time in a year and signaled a
faster pace of increases in 2017, as the central bank bet that the economy would keep growing.</p>
<p>All 120 economists in a recent Reuters poll had expected a rate hike on Wednesday, and futures markets
had priced in the move for weeks before the two-day meeting of the policy committee.</p>
<p>The Fed also said it sees three rate hikes in 2017 instead of the two foreseen as of September, and it
expects the unemployment rate to keep falling through next year as job gains continue.</p>
</article></body></html>"""


def test_a_page_without_site_name_or_url_is_published_by_its_canonical_host() -> None:
    cleaned = clean_html_document(REUTERS_PAGE)
    assert cleaned is not None
    assert cleaned.publisher == "www.reuters.com"


@pytest.mark.parametrize(("body", "expected"), [
    # An index that "added" a percentage gained; it said nothing.
    ("Japan’s Topix index gained 0.9 percent in Tokyo as the MSCI Asia Pacific Index added 0.4 percent.", []),
    ("The economy added 200,000 jobs in November, the Labor Department said.",
     [("Labor Department", "government_body")]),
    # ...while words added are still a statement.
    ("Yellen added that the committee would watch the data closely.", [("Yellen", "person")]),
    # A name taken is no statement.
    ("On the night of 20 November, though, the temperature was below freezing and the protesters, who call "
     "themselves “water protectors”, were camped by the bridge.", []),
    ("The activists, who call themselves water protectors, said they would stay.", [("activist", "anonymous")]),
])
def test_gains_and_names_taken_are_no_statements(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A string of commas with no "and" ending in a name set off as an apposition is one speaker.
    ("The Mandan, North Dakota, police chief, Jason Ziegler, has asserted that law enforcement agencies “can use "
     "whatever force necessary to maintain public safety”.", [("Jason Ziegler", "official")]),
    # Speakers joined by "and" still speak each.
    ("Britain, France and Germany said the deal must stand.",
     [("Britain", "government_body"), ("France", "government_body"), ("Germany", "government_body")]),
])
def test_a_place_and_an_office_before_a_name_are_one_speaker(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Outlets whose names carry no newspaper word.
    ("Last year, the Federal Communications Commission tried to overhaul the alert system, but wireless "
     "carriers rebuffed the effort, Motherboard reported.", [("Motherboard", "media_outlet")]),
    ("Banca Monte dei Paschi di Siena SpA rose 8.7 percent after La Stampa reported that the lender will "
     "ask for a loan.", [("La Stampa", "media_outlet")]),
    # A state agency by its acronym, a state's corps and a tribe are government bodies.
    ("The permits exist “to ensure public safety” as self-driving technology is tested, the DMV said in a "
     "statement on Dec. 13.", [("DMV", "government_body")]),
    ("Statements by the US Army Corps of Engineers have said the camp must be evacuated.",
     [("US Army Corps of Engineers", "government_body")]),
    ("While the government asserts that the land falls under its jurisdiction, the Standing Rock Sioux "
     "tribe says that it has treaty rights to the land.",
     [("Government", "government_body"), ("Standing Rock Sioux Tribe", "government_body")]),
    # Unnamed donors and followers are anonymous, whoever they give to or follow.
    ("Two Clinton donors tell ABC News that Clinton made the claim Thursday night at Manhattan's Plaza Hotel.",
     [("Clinton donor", "anonymous")]),
    ("Putin holds a grudge against Clinton, according to followers of U.S.-Russia relations.",
     [("follower", "anonymous")]),
    # Somebody's unnamed attorney is anonymous; an office of attorney is not.
    ("His attorney said he received “thousands” of death threats after the tweet.", [("attorney", "anonymous")]),
    ("Adelson's attorney said the claims were false.", [("Adelson attorney", "anonymous")]),
    ("U.S. Attorney Nealy Cox said the case would go to trial.", [("Nealy Cox", "official")]),
])
def test_source_types_of_outlets_state_bodies_and_unnamed_people(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # An office-holder's unnamed spokesperson speaks for the office.
    ("When asked about the water cannons, a sheriff’s spokeswoman initially told the Guardian that protesters "
     "were “fighting” with officers.", [("sheriff's office", "government_body")]),
    ("A WeWork spokesperson said the company would appeal.", [("WeWork", "organization")]),
])
def test_the_spokesperson_of_an_office_holder_speaks_for_the_office(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Experts of a named field are a group apart from experts in general...
    ("Tax experts said that, by law, the items had to be put to charitable use.", [("Tax expert", "anonymous")]),
    ("From 2009 until this year, the charity was funded with other people’s money, an arrangement that experts "
     "say is almost unheard of.", [("expert", "anonymous")]),
    # ...while other unnamed people keep their bare kind.
    ("A police source told the paper that the suspect had fled.", [("source", "anonymous")]),
])
def test_an_experts_field_stays_in_the_description(body: str, expected: list) -> None:
    assert sources_of(body) == expected
