"""Citations extractor, session 10 rules: real spaCy model, no mocks."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import citations_of, sources_of


@pytest.mark.parametrize("body", [
    # Things and abstractions say nothing as sources.
    "The script called for a big song in the last scene.",
    "Her eyes wet with tears, telling me I would love the book.",
    "The agreement maintained that it would cover the second concert as well.",
])
def test_a_thing_is_no_speaker(body: str) -> None:
    assert sources_of(body) == []


@pytest.mark.parametrize(("body", "expected"), [
    # People, bodies and groups named by a common noun still speak.
    ("The regulator said that the merger would hurt consumers.", [("regulator", "organization")]),
    ("Residents said the water was brown.", [("resident", "anonymous")]),
    ("The watchdog warned that prices would rise.", [("watchdog", "organization")]),
    # A capitalised name the tagger took for a common noun.
    ("Wikileaks welcomed the move, saying it was overdue.", [("wikileak", "anonymous")]),
])
def test_people_and_bodies_named_by_a_common_noun_speak(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Research nobody is named for is no source...
    ("Studies show that restrictive diets may trigger binge eating.", []),
    ("A preliminary study in rats hints that the receptors evolved first.", []),
    # ...research with an issuer is the issuer's.
    ("A study by the IMF found that growth slowed.", [("IMF", "organization")]),
    ("Parliamentary reports urged new rules on misinformation.", [("parliamentary report", "document")]),
    # Unnamed news reports and an "according to" stay sources.
    ("Some reports suggest that as many as 200 people died.", [("report", "document")]),
    ("According to a new case report, the man was ill.", [("case report", "document")]),
])
def test_writings_without_an_issuer(body: str, expected: list) -> None:
    assert sources_of(body) == expected


def test_say_as_a_noun_cites_nobody() -> None:
    assert sources_of("The friends wanted some say in the disposition of his effects.") == []
    assert sources_of("Some say that the plan will fail.") == [("some", "anonymous")]


def test_a_saying_in_a_condition_cites_nobody() -> None:
    body = "If your mom comes to you and says that her head is full of music, you should listen."
    assert sources_of(body) == []


def test_a_possessor_parsed_apart_from_its_document_is_the_source() -> None:
    body = "Anna Keller referred to Cooke's earlier testimony that concluded the plan was risky."
    assert [c.cited_as for c in citations_of(body)] == ["Cooke"]


def test_a_lower_case_word_tagged_as_a_name_is_no_speaker() -> None:
    body = "Aderholt turned to the issue of rockets, citing Cooke's past testimony and a separate op-ed."
    assert not any("ed" in c.cited_as.split("-")[-1:] for c in citations_of(body))


@pytest.mark.parametrize(("body", "expected"), [
    # A common noun for one person is a person, not a body: owned by the text, someone in
    # particular; otherwise someone unnamed.
    ('"He was brilliant from the start," according to his aunt.', [("aunt", "person")]),
    ("The manager believed the waitress, who said that I started it.", [("waitress", "anonymous")]),
    ("The real estate agent said she was impressed.", [("real estate agent", "anonymous")]),
    # Bodies named by a common noun stay bodies.
    ("The carrier said that flights were cancelled.", [("carrier", "organization")]),
])
def test_a_common_noun_for_one_person_is_no_organization(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A name the recogniser took for an organisation, whose surname names people in the article.
    ('Patrick Nielsen Hayden edited the book. "It was a hard year," Teresa Nielsen Hayden explained.',
     ("Teresa Nielsen Hayden", "person")),
    # A name that "who" refers back to.
    ('"We are going to cut costs," added Claure, who is also an executive at SoftBank.', ("Claure", "person")),
    # A company named after a person stays a company.
    ("Dick Clark Productions said in a statement that the show would go on. Dick Clark founded it.",
     ("Dick Clark Productions", "organization")),
])
def test_a_name_used_for_people_is_a_person(body: str, expected: tuple) -> None:
    assert expected in sources_of(body)


@pytest.mark.parametrize(("body", "expected"), [
    # An office held before, set after the name, gives no office now (tests/gold/README.md, set F:
    # "hearing witnesses without a current office are person").
    ('"The fewer launches, the better," said Doug Cooke, a former NASA associate administrator and now '
     "an industry consultant. Cooke said the plan was risky.", {("Doug Cooke", "person")}),
    ('"The launch is on time," said Steve Clarke, deputy associate administrator at NASA. Clarke said '
     "the plan was fine.", {("Steve Clarke", "official")}),
])
def test_an_office_held_before_gives_no_office(body: str, expected: set) -> None:
    assert set(sources_of(body)) == expected


@pytest.mark.parametrize("body", [
    # A trade named by its ending points back at the person named before, like "the minister";
    # what one writes in a book or memoir is cited.
    'Oliver Sacks studied music and the brain. The late neurologist wrote about such cases in his book "Musicophilia".',
    "Oliver Sacks studied music and the brain. The late neurologist wrote in his memoir about such cases.",
    "Oliver Sacks studied music and the brain. The late neurologist said that music can heal.",
])
def test_a_trade_points_back_at_the_person_named_before(body: str) -> None:
    assert sources_of(body) == [("Oliver Sacks", "person")]


@pytest.mark.parametrize(("body", "expected"), [
    # A saying that would have happened, did not.
    ("The whistleblower would then have claimed that he was told by a leaker that the call was bad.", []),
    ("Without the deal, the company could have said that it had no choice.", []),
    # "would say" of a habit or a view still cites.
    ("The company would say that it had no choice.", [("company", "organization")]),
])
def test_a_saying_that_would_have_happened_cites_nobody(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A quantifier with where its people belong is an unnamed group that speaks...
    ("Some within the party said the vote was rigged.", [("some within the party", "anonymous")]),
    # ...also when the tagger reads its verb as a noun ("note").
    ("(His clients include Boeing, although many in the space community note he held similar views "
     "long before working with Boeing.)", [("many in the space community", "anonymous")]),
    # "some of them" is "them", and a crowd that cheers says nothing.
    ("Many in the crowd cheered.", []),
])
def test_a_group_by_where_it_belongs_speaks(body: str, expected: list) -> None:
    assert sources_of(body) == expected


def test_a_relative_clause_names_no_issuer_of_a_writing() -> None:
    body = ('"We use a machine learning model which predicts likely commercial intent of Instagram '
            'accounts," the company said.')
    assert [c.cited_as for c in citations_of(body)] == ["the company"]


@pytest.mark.parametrize(("body", "expected"), [
    ("Senator Ron Wyden's claim that the program was illegal drew little response.",
     [("Ron Wyden", "official")]),
    ("Acme Corp's warning that wages would fall was contested in court.",
     [("Acme Corp", "organization")]),
])
def test_a_possessed_claim_with_a_that_clause_cites_its_possessor(body, expected):
    assert sources_of(body) == expected


@pytest.mark.parametrize("body", [
    "Trump's claim of victory in the state was premature.",  # no clause: what was claimed, not said
    "Acme Corp's claim to the land was rejected.",
])
def test_a_claim_without_a_that_clause_cites_nobody(body):
    assert sources_of(body) == []
