"""German, French and Spanish rules (vocabulary files + one module per fact type): table-driven."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from newsfacts.clean.words import count_words
from newsfacts.extract import extract_facts
from newsfacts.extract.languages import language_support, supported_languages
from newsfacts.extract.languages.citations import extract_citations
from newsfacts.extract.languages.events import extract_events
from newsfacts.extract.languages.figures import extract_figures
from newsfacts.extract.languages.sentences import split_sentences
from newsfacts.extract.languages.vocabulary import load_vocabulary
from tests.factories import make_article


def _run(extractor, language: str, text: str, *args):
    return extractor("t1", text, split_sentences(text, language), load_vocabulary(language), *args)


# (language, text, [(surface, value, unit, qualifier)])
FIGURES = [
    ("de", "Rund 1,2 Millionen Fahrgäste sind betroffen.", [("1,2 Millionen", 1.2e6, None, "approximately")]),
    ("de", "Die Inflation sank auf 2,2 Prozent.", [("2,2 Prozent", 2.2, "percent", None)]),
    ("de", "Der Konzern beschäftigt 120.000 Menschen.", [("120.000", 120000, None, None)]),
    ("de", "Der Gewinn lag bei 1,58 Milliarden Euro.", [("1,58 Milliarden Euro", 1.58e9, "EUR", None)]),
    ("de", "Die Linke verliert mehr als 18 Prozentpunkte.", [("18 Prozentpunkte", 18, "percentage_point", "more_than")]),
    ("de", "VW will mindestens drei Werke schließen.", [("drei", 3, None, "at_least")]),
    ("fr", "La dette dépasse 3 200 milliards d'euros.", [("3 200 milliards d'euros", 3.2e12, "EUR", None)]),
    ("fr", "Le déficit atteindra 6,1 % du PIB.", [("6,1 %", 6.1, "percent", None)]),
    ("fr", "Près de 400 tracteurs ont participé.", [("400", 400, None, "nearly")]),
    ("es", "Más de 65.000 espectadores asistieron.", [("65.000", 65000, None, "more_than")]),
    ("es", "Compró la empresa por 85 millones de euros.", [("85 millones de euros", 8.5e7, "EUR", None)]),
    ("es", "El PIB creció un 0,7 %.", [("0,7 %", 0.7, "percent", None)]),
    # must not match: clock times, durations, dates, years, scores, ages
    ("de", "Der Streik soll um 2 Uhr beginnen und 24 Stunden dauern.", []),
    ("de", "Die EZB entscheidet am 6. Juni 2024 über die Zinsen.", []),
    ("de", "Mit einer mehr als 18-jährigen Erfahrung.", []),
    ("fr", "La réunion aura lieu le 15 février.", []),
    ("fr", "Les prix ont augmenté en deux ans.", []),
    ("es", "España venció 2-1 a Inglaterra.", []),
    ("es", "Es la cifra más baja desde 2008.", []),
    ("es", "El estado de emergencia se aprobó el 1 de febrero.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), FIGURES)
def test_figures_in_the_locale_number_format(language, text, expected):
    found = [(f.text, f.value, f.unit, f.qualifier) for f in _run(extract_figures, language, text)]
    assert [(t, pytest.approx(v), u, q) for t, v, u, q in expected] == found


# (language, sentence, [canonical names])
CITATIONS = [
    ("de", "Laut Bahnsprecher Achim Berger sind etwa 1,2 Millionen Fahrgäste betroffen.", ["Achim Berger"]),
    ("de", "Das teilte das Statistische Bundesamt am Dienstag in Wiesbaden mit.", ["Statistische Bundesamt"]),
    ("de", "CDU-Spitzenkandidat Thomas Brandt sagte, seine Partei werde regieren.", ["Thomas Brandt"]),
    ("de", "„Wir bedauern das“, sagte Berger.", ["Berger"]),
    ("fr", "Selon la préfecture du Rhône, près de 400 tracteurs étaient là.", ["préfecture du Rhône"]),
    ("fr", "« C'est un choc », a affirmé la politologue Claire Dubois.", ["Claire Dubois"]),
    ("fr", "Une enquête a été ouverte, a indiqué l'AFP.", ["AFP"]),
    ("fr", "Selon les résultats publiés par le ministère de l'Intérieur, il gagne.", ["ministère de l'Intérieur"]),
    ("es", "\"Es un sueño\", declaró el seleccionador Luis Romero.", ["Luis Romero"]),
    ("es", "Más de 1.000 militares participan, de acuerdo con el Ministerio de Defensa.", ["Ministerio de Defensa"]),
    ("es", "Afirmó el ministro de Economía, Andrés Molina.", ["Andrés Molina"]),
    # must not match: pronouns and sentences without a reporting cue
    ("de", "„Gut“, sagte er.", []),
    ("fr", "« La situation est grave », a-t-il ajouté.", []),
    ("fr", "Les agriculteurs ont bloqué plusieurs autoroutes.", []),
    ("es", "España ganó la Eurocopa el domingo.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), CITATIONS)
def test_cited_sources_from_reporting_verbs_and_according_to(language, text, expected):
    assert [c.canonical_name for c in _run(extract_citations, language, text)] == expected


# (language, sentence, published, [(date_text, date, precision)])
EVENTS = [
    ("de", "Wie die Deutsche Bahn am Mittwoch mitteilte, sollen Züge ausfallen.", date(2024, 3, 14),
     [("Mittwoch", date(2024, 3, 13), "day")]),
    ("de", "Die GDL hat für Freitag einen Streik angekündigt.", date(2024, 3, 14), [("Freitag", date(2024, 3, 15), "day")]),
    ("de", "Die Gespräche werden am 21. November fortgesetzt.", date(2024, 11, 7), [("21. November", date(2024, 11, 21), "day")]),
    ("de", "Der Gewinn sank im dritten Quartal.", date(2024, 11, 7), [("dritten Quartal", date(2024, 7, 1), "quarter")]),
    ("de", "Die Gespräche sollen nächste Woche beginnen.", date(2024, 9, 2), [("nächste Woche", date(2024, 9, 9), "week")]),
    ("fr", "Les élections législatives auront lieu le 30 juin.", date(2024, 6, 10), [("30 juin", date(2024, 6, 30), "day")]),
    ("fr", "Le déficit atteindra 6,1 % cette année.", date(2024, 10, 3), [("cette année", date(2024, 1, 1), "year")]),
    ("fr", "Le gouvernement prévoit des économies en 2025.", date(2024, 10, 3), [("2025", date(2025, 1, 1), "year")]),
    ("es", "El Gobierno aprobó el pasado 1 de febrero la emergencia.", date(2024, 3, 21), [("1 de febrero", date(2024, 2, 1), "day")]),
    ("es", "Llovió mucho la semana pasada.", date(2024, 3, 21), [("la semana pasada", date(2024, 3, 11), "week")]),
    ("es", "Las clases se reanudarán el lunes.", date(2024, 10, 31), [("lunes", date(2024, 11, 4), "day")]),
    # must not match: comparison baselines, years in names, percentages
    ("de", "Die Beteiligung war höher als 2019.", date(2024, 9, 2), []),
    ("de", "Die DMEXCO 2018 ist eine Messe.", date(2018, 7, 30), []),
    ("fr", "Une hausse de 1,4 point par rapport à 2019.", date(2024, 6, 10), []),
    ("es", "El mercado crecerá un 14 % según Gartner.", date(2024, 2, 16), []),
]


@pytest.mark.parametrize(("language", "text", "published", "expected"), EVENTS)
def test_time_expressions_resolved_against_the_publication_date(language, text, published, expected):
    found = [(e.date_text, e.event_date, e.date_precision) for e in _run(extract_events, language, text, published)]
    assert found == expected


SENTENCES = [
    ("de", "Das sagte Dr. Müller am 6. Juni. Am 12. Bis 13. September ist Messe.",
     ["Das sagte Dr. Müller am 6. Juni.", "Am 12. Bis 13. September ist Messe."]),
    ("fr", "M. Moreau a parlé. « Non », a-t-il dit.", ["M. Moreau a parlé.", "« Non », a-t-il dit."]),
    ("es", "Lo dijo la Sra. Gil. ¿Y ahora? Nada.", ["Lo dijo la Sra. Gil.", "¿Y ahora?", "Nada."]),
    ("ja", "東京は首都です。大阪は大きい！京都", ["東京は首都です。", "大阪は大きい！", "京都"]),
    ("ko", "서울은 수도입니다. 부산은 항구입니다.\n새 줄", ["서울은 수도입니다.", "부산은 항구입니다.", "새 줄"]),
]


@pytest.mark.parametrize(("language", "text", "expected"), SENTENCES)
def test_sentences_split_by_the_language_rules(language, text, expected):
    assert [text[s:e] for s, e in split_sentences(text, language)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("東京は日本の首都です。", 10),
    ("Die Inflation ist auf 2,2 Prozent gesunken.", 8),
    ("서울은 한국의 수도입니다", 3),
    ("Tokyo 東京 2024", 4),
])
def test_word_counts_count_cjk_characters(text, expected):
    assert count_words(text) == expected


def test_every_vocabulary_file_loads_and_the_support_table_names_it():
    assert supported_languages() == ["de", "es", "fr"]
    table = language_support()
    for code in supported_languages():
        assert load_vocabulary(code).language == code
        assert table[code]["figures"].startswith("rules")
    assert table["fr"]["entities"] == "fr_core_news_sm" and table["de"]["entities"] == "none"
    with pytest.raises(KeyError, match="no vocabulary file for language 'xx'"):
        load_vocabulary("xx")


def test_each_article_gets_the_extractors_of_its_own_language():
    german = dataclasses.replace(make_article("Die Inflation sank laut dem Statistischen Bundesamt am Dienstag auf 2,2 Prozent.",
                                              article_id="de1"), language="de")
    french = dataclasses.replace(make_article("Selon l'Insee, Jean Moreau a vendu 400 tracteurs à Lyon mercredi.",
                                              article_id="fr1"), language="fr")
    japanese = dataclasses.replace(make_article("東京都は火曜日、予算を2024億円と発表した。", article_id="ja1"), language="ja")
    english = make_article("Reuters said on Tuesday that 2,500 US troops remain in Iraq.", article_id="en1")
    batch = extract_facts([german, french, japanese, english])

    def ids(records):
        return {r.article_id for r in records}

    assert ids(batch.figures) == {"de1", "fr1", "en1"}
    assert ids(batch.citations) == {"de1", "fr1", "en1"}
    assert ids(batch.event_mentions) == {"de1", "fr1", "en1"}
    assert {(e.name, e.label) for e in batch.entity_mentions if e.article_id == "fr1"} >= {("Jean Moreau", "PERSON")}
    assert "ja1" not in ids(batch.entity_mentions)
