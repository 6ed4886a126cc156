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
