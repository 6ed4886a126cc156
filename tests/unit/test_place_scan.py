"""Place names found by the gazetteer in languages with no model for places."""

from __future__ import annotations

import pytest

from newsfacts.extract.languages.vocabulary import load_vocabulary
from newsfacts.places import resolve_names
from newsfacts.places.scan import place_in_sentence, scan_place_names


def scanned(body: str, language: str) -> list[str]:
    vocabulary = load_vocabulary(language)
    not_places = frozenset(vocabulary.months) | frozenset(vocabulary.weekdays)
    return [name.text for name in scan_place_names(body, vocabulary.place_prepositions, not_places)]


@pytest.mark.parametrize(("language", "body", "expected"), [
    ("de", "Spanien und Frankreich schicken Helfer. Das Essen wurde in der Halle verteilt.",
     ["Spanien", "Frankreich"]),
    ("de", "Der Zug aus Erfurt kam im Mai in Bayern und Baden-Württemberg an.",
     ["Erfurt", "Bayern", "Baden-Württemberg"]),
    ("fr", "Le ministre d'Allemagne est arrivé à Lyon, puis en Côte d'Ivoire.",
     ["Allemagne", "Lyon", "Côte d'Ivoire"]),
    ("es", "Las lluvias en Valencia y Paiporta dejaron daños. Marzo fue seco.",
     ["Valencia", "Paiporta"]),
])
def test_countries_anywhere_towns_after_a_place_preposition(language, body, expected):
    assert scanned(body, language) == expected


def test_a_town_name_without_a_preposition_is_no_place():
    # "Essen" is a city of the Ruhr and the German word for food.
    assert scanned("Essen und Trinken sind teurer geworden.", "de") == []


def test_a_town_of_one_reading_points_at_its_country():
    body = "Las lluvias en Valencia y Paiporta dejaron daños."
    names = scan_place_names(body, load_vocabulary("es").place_prepositions)
    places = {m.mention_text: m.country_code for m in resolve_names("a1", body, None, names)}
    assert places == {"Valencia": "ES", "Paiporta": "ES"}


def test_an_event_takes_the_most_precise_place_of_its_sentence():
    body = "In Deutschland stieg die Zahl. Am Montag brannte es in Erfurt, Deutschland."
    names = scan_place_names(body, load_vocabulary("de").place_prepositions)
    second = body.index("Am")
    assert place_in_sentence(second, len(body), body, names) == "Erfurt"
    assert place_in_sentence(0, second, body, names) == "Deutschland"


@pytest.mark.parametrize(("language", "body", "expected"), [
    ("de", "Die deutsche Regierung und die Deutschen wählen. Die Deutsche Bahn streikt.", ["deutsche", "Deutschen"]),
    ("fr", "La délégation française arrive. Les Français ont voté.", ["française", "Français"]),
    ("es", "Los españoles ganan. La Federación Española de Fútbol celebra.", ["españoles"]),
])
def test_demonyms_in_lower_case_and_peoples_after_a_determiner(language, body, expected):
    from newsfacts.places.scan import scan_demonyms

    vocabulary = load_vocabulary(language)
    assert [n.text for n in scan_demonyms(body, vocabulary.demonyms, vocabulary.determiners)] == expected


def test_a_demonym_of_another_language_resolves_to_its_country():
    from newsfacts.places.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    assert [gazetteer.country_of_demonym(w).country_code for w in ("deutschen", "française", "españoles")] == [
        "DE", "FR", "ES"]
