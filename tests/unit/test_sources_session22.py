"""Cited sources, session 22 (helper "srcs"): whom "she says" in a profile points back to, names
glued to a small word, and things or jokes taken for sources. Real spaCy model, no mocks; every
sentence is made up."""

from __future__ import annotations

import pytest

from newsfacts.extract.citations.context import _main_subject, unglued_name
from tests.unit.test_extract_citations_session9 import sources_of

# A profile: its subject named again and again as a "she", then a long quotation that breaks the
# run of "she", then a list of stars named in passing just before "she says".
PROFILE = (
    "Maria Lopez has had a busy year. Lopez, 38, stars in two new films, and she is writing a third. "
    "Lopez grew up in Ohio, where her father ran a hardware store. Lopez was shy as a child, she says, "
    "and she hated school. Lopez studied art at college before she dropped out. Lopez then moved to "
    "Los Angeles, where she worked in a bakery. Lopez was nine years in the city before she got her "
    "first part. She had arrived with no contacts at all. \"I was scared and I had no experience at "
    "all. I felt very unsure of myself and I didn't have a single credit to my name, and everyone "
    "around me seemed to be very beautiful and very young and very confident, and I thought, well, "
    "maybe I should just work in a shop for a while and enjoy the sunshine and forget about the "
    "whole thing. But then I started taking classes at night and that is what got me going in the "
    "end.\"\nActing on stage was something she had never tried before. But when she went to watch a "
    "show one night at a small theatre whose alumni include stars such as Anna Berg, Ted Mills and "
    "Will Carter, something clicked. The idea of making things up on stage was, she says, less "
    "scary to her than reading lines.")


def test_she_says_after_a_list_of_names_is_the_profiles_subject() -> None:
    assert sources_of(PROFILE) == [("Maria Lopez", "person"), ("Maria Lopez", "person")]


def test_a_list_of_names_in_a_news_story_keeps_the_nearest_name() -> None:
    # Nobody is the article's subject: "he" goes to the last man named, as before.
    body = ("The board met on Monday. Its members, Tom Hale, Ben Cole and Sam Reed, voted on the plan. "
            "\"We had no choice,\" he said.")
    assert sources_of(body) == [("Sam Reed", "person")]


def test_main_subject_is_named_far_more_often_than_anybody_else() -> None:
    profile = [(i, "Ana Lee") for i in range(8)] + [(10, "Bo Chan"), (11, "Bo Chan")]
    assert _main_subject(profile) == "Ana Lee"
    # Two people named about as often: nobody stands out.
    assert _main_subject([(i, "Ana Lee") for i in range(8)] + [(i, "Bo Chan") for i in range(10, 15)]) == ""
    # A short story names nobody often enough.
    assert _main_subject([(0, "Ana Lee"), (1, "Ana Lee"), (2, "Bo Chan")]) == ""


def test_a_surname_opening_a_sentence_is_its_subject_whatever_the_tagger_made_of_it() -> None:
    # "Fontaine bristles": the tagger reads the surname as an adjective; it is still the one
    # "she" after it points back to, not the prisoners named in the sentence before.
    body = ("Cathy Fontaine, the warden, runs the prison farm. The farm grows cotton, corn and wheat on "
            "hundreds of acres, and the crops are sold by a state company. The prison has spent heavily "
            "on its public relations office, and it has a reputation for being hostile to negative "
            "coverage. A reporter was barred from the grounds after writing a critical article, and won "
            "back access only with the help of a lawyer. His troubles had much to do with the years he "
            "spent covering three prisoners held in isolation. Two of them, Tom Hale and Ben Cole, have "
            "stayed in isolation for almost 40 years.\nFontaine bristles at the mention of the three. "
            "\"We don't have isolation,\" she says flatly.")
    assert sources_of(body) == [("Cathy Fontaine", "person")]


def test_a_kin_word_set_beside_a_name_gives_its_gender() -> None:
    # "her then-husband, Tom Hale": a man, whom a later "she" does not point to.
    body = ("The owner, a writer named Sarah Jensen, has turned the old house into a hotel. The house has "
            "twelve rooms, a garden with oak trees and a pond, and the guests come from all over the "
            "country to see it. The rooms are furnished with antiques, and the kitchen serves breakfast "
            "every morning until ten. The writer bought the house in 1990 and spent ten years restoring "
            "it, room by room, with the help of local builders and a team of gardeners. She was once "
            "shot there by her then-husband, Tom Hale, a former guard at the prison.\nDespite being a "
            "victim of violent crime, the writer is critical of life sentences. \"There's a point when "
            "there's no point in keeping an old man locked up,\" she says.")
    assert sources_of(body) == [("Sarah Jensen", "person")]


@pytest.mark.parametrize(("name", "expected"), [
    ("andAnnie Mumolo", "Annie Mumolo"),
    ("withTom Hale", "Tom Hale"),
    # Names that open in lower case stay whole.
    ("deGrasse Tyson", "deGrasse Tyson"),
    ("van Gogh", "van Gogh"),
    ("Anderson Cooper", "Anderson Cooper"),
])
def test_a_small_word_glued_to_a_name_is_cut_off(name: str, expected: str) -> None:
    assert unglued_name(name) == expected


def test_a_cited_name_glued_to_and_is_cited_without_it() -> None:
    assert sources_of("She and andAnnie Mumolo wrote the film. andAnnie Mumolo said it was fun.") == [
        ("Annie Mumolo", "person")]


@pytest.mark.parametrize(("body", "expected"), [
    # Telling jokes entertains and reports nothing.
    ("Her dad, she says, tells a lot of jokes.", []),
    ("His uncle told a joke about the mayor.", []),
    # Telling what someone wants to hear is flattery, not news.
    ("I know that agents swindle kids all the time, telling the athletes what they want to hear.", []),
    # Telling something still cites.
    ("His uncle told reporters that the mayor had resigned.", [("uncle", "person")]),
    ("The agent told the athletes that they would be paid.", [("agent", "anonymous")]),
])
def test_what_is_told_for_fun_or_flattery_cites_nobody(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A thing whose word ends like a doer's ("-er") is no speaker.
    ("On screen she showed the gap between what her character was saying and thinking.", []),
    # People by a role still speak.
    ("A spokesman said the plant would close.", [("spokesman", "anonymous")]),
    ("The plant will close, officials said.", [("officials", "anonymous")]),
    ("Analysts say the plant will close.", [("analyst", "anonymous")]),
    ("Residents said the water was dirty.", [("resident", "anonymous")]),
])
def test_things_that_end_like_doers_do_not_speak(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A name made plural stands for a kind of people.
    ("As the Tom Hales of the world say, practice makes perfect.", []),
    # ...nor anybody a later role points back to.
    ("As the Tom Hales of the world say, practice makes perfect. Readers trust the author's own "
     "surprise, the author says.", []),
    # A family or a band by its plural name still speaks.
    ("The Smiths of Ohio said the farm was sold.", [("Smiths of Ohio", "organization")]),
])
def test_a_name_made_plural_for_a_kind_of_people_cites_nobody(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # An activity a list names has nobody doing it.
    ("Examples of good work include responding to emails on weekends.", []),
    ("The job involves explaining the rules to new staff.", []),
    # Someone who goes on to explain still speaks.
    ("Ana Lee began explaining that the plant would close.", [("Ana Lee", "person")]),
])
def test_an_activity_named_in_a_list_cites_nobody(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A surname the NER missed, standing as a subject, is the "she" after it ...
    ('Sarah Jensen has turned the old house into a hotel. The house has twelve rooms, a garden with oak trees and a pond, and the guests come from all over the country to see it. The rooms are furnished with antiques, and the kitchen serves breakfast every morning until ten. The house was restored room by room, with the help of local builders and a team of gardeners who came every week. The prison down the road was run for years by a warden, Tom Hale, who retired last spring.\nDespite everything, Jensen is critical of life sentences. "There\'s a point when there\'s no point in keeping an old man locked up," she says.',
     # (session 28: "Jensen is critical of" now cites her too, the same source)
     [("Sarah Jensen", "person"), ("Sarah Jensen", "person")]),
    # ... but a surname after a preposition is no one a "he" goes back to past the speaker named.
    ('Tom Hale has run the hotel for years. The house has twelve rooms, a garden with oak trees and a pond, and the guests come from all over the country to see it. The rooms are furnished with antiques, and the kitchen serves breakfast every morning until ten. The house was restored room by room, with the help of local builders and a team of gardeners who came every week. Last spring one of the gardeners, Ben Cole, started yelling at Hale. He said the garden was a mess.', [("Ben Cole", "person")]),
])
def test_a_surname_the_ner_missed_counts_only_as_a_subject(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # The kind of source before its name, cut off from it by the parse, is not cited apart.
    ("He claimed the rules would change, according to news wire Ritzau's report of the briefing.",
     [("Ritzau", "news_agency")]),
    # A kind of source on its own, or joined to its name, is.
    ("The rules will change, according to the broadcaster.", [("broadcaster", "organization")]),
    ("The rules will change, according to state broadcaster CCTV.", [("CCTV", "media_outlet")]),
    # A name opening a relative clause after the noun is no name of it.
    ("According to a document Jensen prepared for her lawyers in October of 2006, the will named her son.",
     [("document", "document")]),
])
def test_the_kind_before_a_name_is_not_cited_apart(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A title with no article joined by "and" to a name is that person's first title.
    ('"Nobody was ever so upset," former Acme engineer and Mailbox inventor Tom Hale told Edwards.',
     [("Tom Hale", "person")]),
    # Others joined to a name still speak.
    ("Officials and Tom Hale said the bridge would close.", [("Officials", "anonymous"), ("Tom Hale", "official")]),
])
def test_a_title_joined_to_a_name_is_no_second_speaker(body: str, expected: list) -> None:
    assert sources_of(body) == expected
