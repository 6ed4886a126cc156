"""The place resolver on small made-up articles: namesakes, datelines, demonyms, curated places."""

from __future__ import annotations

import pytest

from newsfacts.places import PlaceName, resolve_names
from newsfacts.places.context import dateline_of, publisher_country
from newsfacts.places.gazetteer import fold, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def resolve_one(gazetteer, name: str, others: tuple[str, ...] = (), body: str = "", url: str | None = None,
                kind: str = "entity"):
    names = [PlaceName(name, kind), *(PlaceName(o, "entity", 2) for o in others)]
    return resolve_names("a1", body, url, names, gazetteer)[0]


# (name, other names in the article, body start, publisher URL, expected (country, admin1, feature class))
RESOLVED = [
    ("Paris", (), "", None, ("FR", None, "city")),
    ("Paris", ("Texas", "Dallas"), "", None, ("US", "Texas", "city")),
    ("Paris", (), "PARIS, Texas (AP) — A storm hit.", None, ("US", "Texas", "city")),
    ("Paris", ("United States",), "", "https://www.nytimes.com/x", ("FR", None, "city")),
    ("Georgia", ("Russia", "Ukraine"), "", None, ("GE", None, "country")),
    ("Georgia", ("Florida", "Alabama", "United States"), "", None, ("US", "Georgia", "admin_area")),
    ("Birmingham", (), "", None, ("GB", None, "city")),
    ("Birmingham", ("Alabama",), "", None, ("US", "Alabama", "city")),
    ("Washington", (), "", None, ("US", "District of Columbia", "city")),
    ("U.S.", (), "", None, ("US", None, "country")),
    ("US-led", (), "", None, ("US", None, "country")),
    ("Britain", (), "", None, ("GB", None, "country")),
    ("Calif.", (), "", None, ("US", "California", "admin_area")),
    ("al-Asad airbase", (), "", None, ("IQ", "Anbar", "other")),
    ("Anbar province", (), "", None, ("IQ", "Anbar", "admin_area")),
    ("the Gaza Strip", (), "", None, ("PS", "Gaza Strip", "other")),
    ("Donbas", (), "", None, ("UA", None, "other")),
    ("northern Iraq", (), "", None, ("IQ", None, "country")),
    ("Kiev", (), "", None, ("UA", None, "city")),
    ("Europe", (), "", None, (None, None, "other")),
]


@pytest.mark.parametrize(("name", "others", "body", "url", "expected"), RESOLVED)
def test_names_resolve_to_the_place_the_article_means(gazetteer, name, others, body, url, expected):
    mention = resolve_one(gazetteer, name, others, body, url)
    assert (mention.country_code, mention.admin1, mention.feature_class) == expected
    assert mention.latitude is not None and mention.longitude is not None
    assert mention.precision == {"city": 1, "other": mention.precision, "admin_area": 2, "country": 3}[
        mention.feature_class]


DEMONYMS = [("Iraqi", "IQ"), ("Iraqis", "IQ"), ("American", "US"), ("Iranian-backed", "IR"),
            ("British", "GB"), ("Palestinians", "PS")]


@pytest.mark.parametrize(("word", "country"), DEMONYMS)
def test_demonyms_name_their_country_at_country_precision(gazetteer, word, country):
    mention = resolve_one(gazetteer, word, kind="demonym")
    assert (mention.country_code, mention.feature_class, mention.precision, mention.method) == (
        country, "country", 3, "demonym")


# Names that are no place, or no place the gazetteers know: the text stays, the id is null.
UNRESOLVED = [("Republicans", "demonym"), ("Democratic", "demonym"), ("Narnia", "entity"),
              ("Netflix", "entity"), ("BUFFALO", "demonym"), ("Chile 3-0", "entity")]


@pytest.mark.parametrize(("name", "kind"), UNRESOLVED)
def test_unknown_names_keep_their_text_and_a_null_place(gazetteer, name, kind):
    mention = resolve_one(gazetteer, name, kind=kind)
    assert mention.place_id is None and mention.mention_text == name and mention.method == "unresolved"
    assert mention.latitude is None and mention.precision is None


def test_a_dateline_mistaken_for_a_group_is_still_the_dateline(gazetteer):
    mention = resolve_one(gazetteer, "BUFFALO", body="BUFFALO, N.Y. — The Sabres lost.", kind="demonym")
    assert (mention.place_name, mention.admin1, mention.method) == ("Buffalo", "New York", "dateline")


def test_one_record_per_distinct_name_with_stable_ids(gazetteer):
    names = [PlaceName("Iraq", "entity", 3), PlaceName("Iraq", "event_location"), PlaceName("Baghdad", "entity")]
    first = resolve_names("a1", "", None, names, gazetteer)
    assert [m.mention_text for m in first] == ["Iraq", "Baghdad"]
    assert first == resolve_names("a1", "", None, names, gazetteer)
    assert first[0].place_mention_id != resolve_names("a2", "", None, names, gazetteer)[0].place_mention_id


DATELINES = [
    ("BAGHDAD (Reuters) - Rockets hit", ("BAGHDAD", None)),
    ("PARIS, Texas — A storm", ("PARIS", "Texas")),
    ("HAYWARD, Calif. (AP) — The Latest", ("HAYWARD", "Calif.")),
    ("Kyiv (AFP) - Ukraine said", ("Kyiv", None)),
    ("Police said on Monday - that", None),
    ("The president - who spoke", None),
    ("Walt Disney Co. executive Kevin Mayer said", None),
]


@pytest.mark.parametrize(("body", "expected"), DATELINES)
def test_datelines_are_read_from_the_start_of_the_body(body, expected):
    assert dateline_of(body) == expected


@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.bbc.co.uk/news/world", "GB"), ("https://www.spiegel.de/a", "DE"),
    ("https://www.abc.net.au/news", "AU"), ("https://www.nytimes.com/x", None), (None, None),
    ("not a url", None),
])
def test_publisher_country_comes_from_a_country_code_domain(gazetteer, url, expected):
    assert publisher_country(url, gazetteer) == expected


@pytest.mark.parametrize(("name", "key"), [
    ("U.S.", "us"), ("Al Anbār", "al anbar"), ("the Gaza Strip", "gaza strip"), ("Iraq's", "iraq"),
    ("Nagorno-Karabakh", "nagorno karabakh"),
])
def test_names_fold_for_lookup(name, key):
    assert fold(name) == key


# (name, the article's other names, body): a name written as the area of a place is the area.
AREAS = [
    ("Washington", ("Kent", "Palo Alto", "California"), "Blue Origin, Kent, Washington\nCeres, Palo Alto, California",
     ("US", "Washington", "admin_area")),
    ("Washington", ("Colorado", "Alaska"), "states such as Colorado,Washington, Alaska", ("US", "Washington", "admin_area")),
    ("Washington", ("Maryland",), "at American University in Washington, D.C., said", ("US", "District of Columbia", "city")),
    ("Georgia", ("Tbilisi", "Russia"), "He spoke in Tbilisi, Georgia on Monday", ("GE", None, "country")),
    ("D-Minn.", (), "", ("US", "Minnesota", "admin_area")),
]


@pytest.mark.parametrize(("name", "others", "body", "expected"), AREAS)
def test_a_name_written_as_an_area_is_the_area(gazetteer, name, others, body, expected):
    mention = resolve_one(gazetteer, name, others, body)
    assert (mention.country_code, mention.admin1, mention.feature_class) == expected


def test_the_dateline_is_a_place_mention_even_when_no_entity_names_it(gazetteer):
    mentions = resolve_names("a1", "MADRID (AP) — Nadal kept Spain alive.", None,
                             [PlaceName("Spain", "entity")], gazetteer)
    dateline = [m for m in mentions if m.mention_kind == "dateline"]
    assert [(m.mention_text, m.place_name, m.country_code) for m in dateline] == [("MADRID", "Madrid", "ES")]


PHRASES = [
    ("US vehicles are stationed at the al-Asad airbase in Anbar province.", {"al-Asad airbase", "Anbar province"}),
    ("Wall Street analysts expect more.", {"Wall Street"}),
    ("The Wall Street Journal reported.", set()),
    ("Rockets hit the Gaza Strip and the occupied West Bank.", {"Gaza Strip", "occupied West Bank"}),
    ("Asad said nothing about the base.", set()),
    ("bases in western Anbar province and in the Kurdistan region.", {"Anbar province", "Kurdistan region"}),
]


@pytest.mark.parametrize(("body", "expected"), PHRASES)
def test_curated_multiword_places_are_found_without_the_model(gazetteer, body, expected):
    from newsfacts.places.resolve import curated_phrases_in

    assert set(curated_phrases_in(body, gazetteer)) == expected
