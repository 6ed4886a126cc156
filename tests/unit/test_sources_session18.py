"""Cited sources, session 18 (helper "srcs"): digests, pull quotes and unnamed groups. Real spaCy
model, no mocks; every sentence is made up."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import citations_of, sources_of


@pytest.mark.parametrize(("body", "expected"), [
    # A "$" after the name marks the outlet's paywall: a credit whatever the name.
    ("Ferry fares will rise again in spring. (Harbour Ledger $)", [("Harbour Ledger", "media_outlet")]),
    ("Ferry fares will rise again in spring. (HL $)", [("HL", "media_outlet")]),
    # A digest crediting its items to outlets credits its other bracketed line ends alike.
    ("- Ferry fares will rise again. (Reuters)\n- The port is hiring. (Harbour Ledger $)\n"
     "- Two new routes open. (Coast Weekly)\n- A bridge is planned (HLN)",
     [("Reuters", "news_agency"), ("Harbour Ledger", "media_outlet"), ("Coast Weekly", "media_outlet"),
      ("HLN", "media_outlet")]),
])
def test_outlets_credited_in_a_digest(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # One unknown name in brackets is no credit, nor an acronym spelling out the words before it.
    ("The tablet is sold refurbished (Renewed)", []),
    ("- Ferry fares will rise again. (Reuters)\n- The port is hiring. (Harbour Ledger $)\n"
     "- Talks resume at the Harbour Licensing Network (HLN)", ["Reuters", "Harbour Ledger"]),
    # A digest's labels in brackets: a part, a serving, a warning.
    ("- Ferry fares will rise again. (Reuters)\n- The port is hiring. (Harbour Ledger $)\n"
     "- Our harbour series goes on (Part Two)\n- A fish stew for the weekend (Serves Four)\n"
     "- The finale of the ferry drama (Spoilers Ahead)", ["Reuters", "Harbour Ledger"]),
])
def test_brackets_that_credit_no_outlet(body: str, expected: list) -> None:
    assert [c.canonical_name for c in citations_of(body)] == expected


def test_the_publishers_own_credit_in_a_digest() -> None:
    body = ("- Ferry fares will rise again. (Reuters)\n- The port is hiring. (Harbour Ledger $)\n"
            "- Our earlier story on the port. (Coast Weekly)")
    assert [c.canonical_name for c in citations_of(body, publisher="Coast Weekly")] == ["Reuters", "Harbour Ledger"]


@pytest.mark.parametrize(("body", "expected"), [
    # A name opened by a dash on the line after a quotation says it; an office makes an official.
    ("“We never sell tickets we cannot honour.”\n—Ann Ruiz, chief executive of the ferry line Blue Wake, "
     "defends the fare rise.", [("Ann Ruiz", "official")]),
    ("“The harbour was never this quiet.”\n— Bo Lindqvist, a fisherman in the town", [("Bo Lindqvist", "person")]),
    # A dash line after plain text is the writer's credit, no source.
    ("The harbour was quiet all winter and the ferries ran half empty.\n—Ann Ruiz and Bo Lindqvist", []),
])
def test_a_pull_quotes_speaker_on_the_dash_line(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # An outlet whose name opens with a number, before a "reports" read as a noun.
    ("The ferry line will stop running in May, 511 Media reports.", [("511 Media", "media_outlet")]),
    ("Despite media reports to the contrary, the ferry will keep running.", [("media reports to the contrary", "media_outlet")]),
])
def test_an_outlet_named_with_a_number_reports(body: str, expected: list) -> None:
    assert [(c.cited_as, c.source_type) for c in citations_of(body)] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A firm named by its kind is a firm, whatever the name looks like.
    ("Startup Martin Wells says it can halve ferry fares.", [("Martin Wells", "organization")]),
    ("Carmaker Blue Wake said it would cut jobs.", [("Blue Wake", "organization")]),
    # Saying through the effort taken to say it.
    ("Blue Wake has taken great pains to say that it has not caved.", [("Blue Wake", "organization")]),
    ("Blue Wake made no effort to say that it had caved.", []),
    # The publisher of a post explaining something is its source.
    ("Blue Wake said on Monday that fares would rise. The company published a blog post explaining "
     "that its ferries were safe.", [("Blue Wake", "organization"), ("Blue Wake", "organization")]),
    # A body's judgement told as a fact; not one it may hold, nor a sighting.
    ("The government certainly viewed the strike as unacceptable.", [("Government", "government_body")]),
    ("The government may view the strike as unacceptable.", []),
    ("Police viewed the footage for hours.", []),
    # Two kinds of people, the second with its own description, are two groups.
    ("But researchers and environmental observers say uncertainties remain.",
     [("researcher", "anonymous"), ("environmental observer", "anonymous")]),
    ("Ferry agencies: Ritzau writes that the strike is over.", [("Ritzau", "news_agency")]),
])
def test_session18_sources_found(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize("body", [
    # Records, papers nobody issued, what a thing offers, and what a deed suggests cite no one.
    "Logs told a clear story.",
    "So far it has not said how, but online documents suggest the company is relying on cloud seeding.",
    "Many are experimenting with Acme AI, which promises new levels of automation.",
    "Blue Wake was reportedly used in the drill, suggesting that the ban is not enforced.",
])
def test_session18_no_sources(body: str) -> None:
    assert sources_of(body) == []


@pytest.mark.parametrize(("body", "expected"), [
    # People heard through their number, and people who keep saying something.
    ("A growing chorus of experts say the stakes are higher.", [("growing chorus of experts", "anonymous")]),
    ("A handful of analysts said the ferry was unsafe.", [("handful of analysts", "anonymous")]),
    ("Some like to argue that writing software is like painting.", [("some", "anonymous")]),
    ("Critics continue to insist that the ferry is unsafe.", [("critic", "anonymous")]),
    # A judgement hung inside the object's own clause.
    ("The government viewed the union's willingness to strike again as unacceptable.",
     [("Government", "government_body")]),
    # ...not birds, a habit of doing, a wish to say, nor a role.
    ("A chorus of birds greeted the ferry.", []),
    ("Some like to swim in the harbour.", []),
    ("I would like to say that the ferry is safe.", []),
    ("Blue Wake saw the chance to serve as a member of the board.", []),
])
def test_session18_groups_and_judgements(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # People of a kind taking a view, counted or not; not a crowd, people named before, or a place taken.
    ("Three economists take the optimistic view (New Yorker)", [("economist", "anonymous")]),
    ("Investors take a dim view of the ferry.", []),
    ("The economists take the view that it pays.", []),
    ("Three students took a position at the back of the hall.", []),
    # A "lead" who heads a team holds an office; a lead singer does not.
    ("Twelve hours ago, Bo Lindqvist, the technical lead for Acme’s ferry software, announced his departure.",
     [("Bo Lindqvist", "official")]),
    ("Ann Cole, the lead singer of the band, said the tour was over.", [("Ann Cole", "person")]),
])
def test_session18_views_taken_and_leads(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A name set after the office it holds, in apposition, is an official when cited later...
    ("Critics said the leader of the People’s Party (PP), Morten Hansen, had gone too far. “We need it,” Hansen said.",
     [("critic", "anonymous"), ("Morten Hansen", "official")]),
    # ...not one who bids for an office.
    ("Launching his bid for president months before the caucuses, Deval Patrick is betting on the South. "
     "Patrick said he would run.", [("Deval Patrick", "person")]),
    # ...not a relative of an office holder.
    ("The president’s daughter, Ann Cole, wants change. “We need it,” Cole said.", [("Ann Cole", "person")]),
])
def test_an_office_in_apposition_before_the_name(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A name set beside a kind of firm is a firm, whatever the name recogniser makes of it.
    ("Acme’s food delivery service Martin Wells last month announced its expansion to seven countries.",
     [("Martin Wells", "organization")]),
    ("Tech giant Martin Wells said it would cut jobs.", [("Martin Wells", "organization")]),
    ("The company’s founder, Ann Cole, said the tour was over.", [("Ann Cole", "official")]),
])
def test_a_name_beside_a_kind_of_firm(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A view shared among people of a kind, and a member named beside them; not a crowd's, nor nobody's.
    ("The consensus among many sailors—Captain Ann Cole among them—is that the harbour is too shallow.",
     [("many sailor", "anonymous"), ("Ann Cole", "official")]),
    ("The consensus among investors is that rates will fall.", []),
    ("The consensus is that rates will fall.", []),
])
def test_a_consensus_among_people(body: str, expected: list) -> None:
    assert sources_of(body) == expected


def test_names_listed_among_bodies_are_bodies() -> None:
    # A name listed among parties is a party, whatever it looks like.
    assert sources_of("The plan has been criticised by other parties including Ann Cole Venstre and Moderates.") == [
        ("Ann Cole Venstre", "organization"), ("Moderates", "organization")]


@pytest.mark.parametrize(("body", "expected"), [
    # The writer passing on what unnamed people say, like "I'm told"; not a sound heard, nor a speaker's words.
    ("I’m hearing positive noises about the new ferry for long trips.", [("unnamed sources", "anonymous")]),
    ("We are hearing that the ferry will close.", [("unnamed sources", "anonymous")]),
    ("I am hearing the ferry horn.", []),
    ("“I’m hearing good things,” Ann Cole said.", [("Ann Cole", "person")]),
])
def test_the_writers_hearsay(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A kind word inside a body's own name stays in it; before the name it is dropped.
    ("The Service Employees International Union said the strike would go on.",
     [("Service Employees International Union", "organization")]),
    ("Platform Workers United said the app underpays.", [("Platform Workers United", "organization")]),
    ("Startup Skyward Labs says it will hire more staff.", [("Skyward Labs", "organization")]),
    ("The startup Skyward Labs said it was hiring.", [("Skyward Labs", "organization")]),
])
def test_a_kind_word_inside_a_name_is_kept(body: str, expected: list) -> None:
    assert sources_of(body) == expected
