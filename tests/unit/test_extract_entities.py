"""Entities: office words glued to a name make it a person, not an organisation."""

from __future__ import annotations

import pytest

from newsfacts.extract.entities import extract_entities, person_behind_title
from newsfacts.extract.nlp import parse_articles
from tests.factories import make_article


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Defence Lloyd Austin", "Lloyd Austin"),
        ("Defence Secretary Lloyd Austin", "Lloyd Austin"),
        ("Prime Minister Mohammed Shia al-Sudani", "Mohammed Shia al-Sudani"),
        ("State Department", None),
        ("Foreign Ministry", None),
        ("Lloyd Austin", None),
        ("Secretary", None),
        ("Defence Ministry Of Iraq Today Now", None),
    ],
)
def test_person_behind_title(text, person):
    assert person_behind_title(text) == person


def test_lloyd_austin_is_a_person_in_the_dawn_sentence():
    body = ("In a statement, US Secretary of Defence Lloyd Austin confirmed meetings in the coming days "
            "to discuss the transition of the coalition.")
    (parsed,) = parse_articles([make_article(body)])
    people = {e.name for e in extract_entities(parsed) if e.label == "PERSON"}
    assert "Lloyd Austin" in people


def test_one_entity_per_real_thing_within_an_article():
    body = ("Prime Minister Mohammed Shia al-Sudani met Donald Trump in Washington. "
            "Al-Sudani said the U.S. would keep troops in Iraq. Sudani added that the US "
            "had agreed. Trump said the talks went well.")
    (parsed,) = parse_articles([make_article(body)])
    entities = {(e.label, e.name): e for e in extract_entities(parsed)}
    sudani = entities[("PERSON", "Mohammed Shia al-Sudani")]
    assert sudani.mention_count >= 3 and {"Sudani"} <= set(sudani.surface_forms)
    assert not any(name in {"Sudani", "Al-Sudani", "al-Sudani"} for _, name in entities)
    assert not any(label != "PERSON" and name == "Trump" for label, name in entities)
    us = [e for (label, _), e in entities.items() if label == "GPE" and folded_us(e.name)]
    assert len(us) == 1 and {"U.S.", "US"} <= set(us[0].surface_forms)


def folded_us(name: str) -> bool:
    from newsfacts.extract.entities import folded

    return folded(name) == "us"


def test_a_sentence_that_names_nobody_is_tokenised_but_not_sent_to_ner():
    text = ("Officials in Lagos said 40 people were hurt. The weather stayed mild and the "
            "streets were quiet. Lagos was calm again by the evening.")
    parsed = parse_articles([make_article(text)])[0]
    nameless = [c for c in parsed.chunks if c.doc.text.startswith("The weather")]
    assert len(nameless) == 1 and not nameless[0].is_parsed and not nameless[0].doc.ents
    lagos = [e for e in extract_entities(parsed) if e.name == "Lagos"]
    assert lagos and lagos[0].mention_count == 2
