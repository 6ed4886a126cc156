"""Cited sources, session 21 (helper "srcs"): roles owned by someone named before. Real spaCy
model, no mocks; every sentence is made up."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of


@pytest.mark.parametrize(("body", "expected"), [
    # "their lawyer", "his lawyer": someone else's role is not the person named before.
    ('Four guards sued the casino. Tom Reyes managed the team. "The team was run by one clique," '
     "their lawyer complained.", [("lawyer", "anonymous")]),
    ("Tom Reyes was arrested on Monday. His lawyer said he was innocent.", [("lawyer", "anonymous")]),
    # ...unless somebody was cited by that role already.
    ("Tom Reyes was arrested on Monday. Ana Ruiz, his lawyer, said he was innocent. "
     "His lawyer added that he would appeal.", [("Ana Ruiz", "person"), ("Ana Ruiz", "person")]),
    # "the minister" still points back at the one named before.
    ("Sara Lind, the trade minister, said exports would rise. The minister added that imports would fall.",
     [("Sara Lind", "official"), ("Sara Lind", "official")]),
])
def test_a_role_owned_by_someone_named_before(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A described speaker speaks by the name it is known by.
    ("A group known as the Harbour Alliance said the port was unsafe.", [("Harbour Alliance", "organization")]),
    ("A charity called Open Harbour said the port was unsafe.", [("Open Harbour", "organization")]),
    ("A panel of port inspectors that audits the ferries, known as the Harbour Board, recently said the "
     "port was unsafe.", [("Harbour Board", "organization")]),
    # A name given to something else in the sentence does not.
    ("The group said the port, known as Pier Nine, was unsafe.", [("group", "organization")]),
    ("Residents of the area known as the Flats said the water was dirty.", [("resident", "anonymous")]),
])
def test_a_speaker_by_the_name_it_is_known_by(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # What was announced can be a how-much or how-many clause.
    ("The ministry announced how many jobs it would cut.", [("Ministry", "government_body")]),
    # A question asked is still no statement.
    ("The ministry asked how many jobs the plan would cost.", []),
])
def test_announcing_how_much(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Outlets joined by a slash each stand behind their poll.
    ("A CBS News/ New York Times poll from May showed that most voters back the plan.",
     [("CBS News", "media_outlet"), ("The New York Times", "media_outlet")]),
    ("An ABC News/Washington Post poll showed that most voters back the plan.",
     [("ABC News", "media_outlet"), ("The Washington Post", "media_outlet")]),
    # A pollster that is no outlet is not made one.
    ("A Reuters/Ipsos poll showed that most voters back the plan.", [("poll", "document")]),
])
def test_outlets_joined_by_a_slash(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # An attack in words is criticism...
    ("Marco Verdi has launched a rabid attack against the independence of the judiciary.",
     [("Marco Verdi", "person")]),
    ("Critics launched a stinging attack on the plan.", [("critic", "anonymous")]),
    # ...an attack by arms is not.
    ("The army launched an attack against the rebels.", []),
    ("Tom Hale launched an attack on the rebels.", []),
])
def test_an_attack_in_words_is_criticism(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A name the text calls a man or a woman is a person a later pronoun can be.
    ("Pavel Ostrov was born in Riga. Tesla was a brilliant man. He spoke eight languages. In 1885, he told "
     "his boss, Thomas Carver, that he could improve the motors.", [("Tesla", "person")]),
    ("Anna Berg ran the firm. Kovac was a shy woman. In 1990, she told the board that sales would fall.",
     [("Kovac", "person")]),
])
def test_a_name_called_a_man_or_a_woman(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A book named again speaks for the author who wrote it.
    ('In 1950, the journalist Mark Olsen wrote a biography about the painter. "He was never understood," '
     'the biography, "A Life in Blue," concludes.', [("Mark Olsen", "person")]),
    ("In 1950, the journalist Mark Olsen wrote a biography about the painter. The book says he was never "
     "understood.", [("Mark Olsen", "person")]),
    # A book with no author known says nothing as a source.
    ("The book says he was never understood.", []),
    ("Mark Olsen loved books. The book says he was never understood.", []),
])
def test_a_book_speaks_for_its_author(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # What a post or a writing highlights it tells, through its author.
    ("The Instagram posts of his wife and business partner, Ana Ruiz, highlighted their trips to Miami.",
     ["Ana Ruiz"]),
    # The name set beside the poster is who posted, not the one the poster is related to.
    ("The Instagram posts of Tom Hale's wife and travel partner, Ana Ruiz, highlighted the frequency of "
     "his trips.", ["Ana Ruiz"]),
    # A thing that highlights something tells nothing.
    ("That, the maker says, allows the new coupe to highlight markings in the road.", ["maker"]),
    ("The film highlights the plight of refugees.", []),
])
def test_a_post_highlights(body: str, expected: list) -> None:
    assert [name for name, _ in sources_of(body)] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "She said" opening a sentence of a quote reports the one person the quote named before.
    ('Tom Berg met the team. "Julia was very worried. She said the guards were spies," he recalled.',
     [("Julia", "person"), ("Tom Berg", "person")]),
    # Two people named in the quote: nobody can tell which.
    ('Tom Berg met the team. "Julia and Ana were worried. She said the guards were spies," he recalled.',
     [("Tom Berg", "person")]),
    # A pronoun inside a quote with nobody named before it stays unresolved.
    ('"We hired a writer and he has written a book," she said.', []),
])
def test_she_said_inside_a_quote(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A memory told with how it is felt is a view of what is remembered.
    ("The town's older residents remembered it fondly.", [("older resident", "anonymous")]),
    # A memory with nothing told is not.
    ("Ana Ruiz remembers the day well.", []),
])
def test_a_memory_told_with_a_feeling(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # What someone outlines they put forward.
    ("Ana Ruiz outlines the opportunity for older writers.", ["Ana Ruiz"]),
    # A thing that outlines another tells nothing.
    ("The chalk outlined the body.", []),
])
def test_outlining(body: str, expected: list) -> None:
    assert [name for name, _ in sources_of(body)] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "he" in a concession opening the sentence is the person the main clause names.
    ("Tom Hale met Ana Berg. Though he outlined work for a client in emails, Piotr Nowak insisted that "
     "the spying was legal.", [("Piotr Nowak", "person"), ("Piotr Nowak", "person")]),
    # Not after a clause of time, where "he" is often someone named before.
    ("Tom Hale resigned in May. After he told staff that the firm was broke, Piotr Nowak took over.",
     [("Tom Hale", "person")]),
])
def test_he_before_the_name_in_a_concession(body: str, expected: list) -> None:
    assert sources_of(body) == expected
