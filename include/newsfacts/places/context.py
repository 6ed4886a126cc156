"""What an article says about where it is: its dateline, the countries it names most, its publisher's country."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlsplit

from newsfacts.places.gazetteer import Gazetteer

# "BAGHDAD (Reuters) -", "PARIS, Texas —", "WASHINGTON:", "Kyiv, Ukraine —" at the start of the body.
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+){0,3})"
    r"(?:,\s*(?P<area>[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){0,2}))?"
    r"\s*(?:\([^)]{1,40}\)\s*)?[—–:-]"
)


@dataclass(frozen=True)
class ArticleContext:
    """Where an article is about: evidence used to choose among places of the same name."""

    dateline_place: str | None  # place_id of the dateline's place
    dateline_country: str | None
    dateline_admin1: str | None
    publisher_country: str | None
    country_weights: dict[str, int]  # ISO code -> mentions of the country, its demonyms and areas
    admin1_weights: dict[str, int]  # admin area name -> mentions ("Texas" in a Paris story)
    areas_named_as_areas: frozenset[str] = frozenset()  # "Washington" in "Kent, Washington"
    dateline_text: str | None = None  # the dateline's place as written ("HANOI")


def dateline_of(body: str) -> tuple[str, str | None] | None:
    """The dateline's place and optional area ('PARIS, Texas —' -> ('PARIS', 'Texas')), else None."""
    match = _DATELINE.match(body[:120])
    if not match:
        return None
    place = match.group("place")
    # A dateline is written in capitals, or is followed by a wire name in brackets.
    if not (place.isupper() or "(" in match.group(0)):
        return None
    return place, match.group("area")


def publisher_country(url: str | None, gazetteer: Gazetteer) -> str | None:
    """The country of a publisher's country-code top-level domain ('bbc.co.uk' -> GB), else None."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    tld = host.rsplit(".", 1)[-1].lower() if "." in host else ""
    code = gazetteer.country_by_tld.get("uk" if tld == "uk" else tld)
    return code


def build_context(
    body: str, url: str | None, names: Counter[str], gazetteer: Gazetteer
) -> ArticleContext:
    """Context of one article from its body, URL and the place names and demonyms it mentions."""
    countries: Counter[str] = Counter()
    areas: Counter[str] = Counter()
    for name, count in names.items():
        demonym = gazetteer.country_of_demonym(name)
        candidates = gazetteer.candidates(name)
        if demonym is not None:
            countries[demonym.country_code] += count
        elif candidates and candidates[0].feature_class in ("country", "admin_area"):
            # Only names whose first reading is a country or area count: "Paris" proves nothing.
            if candidates[0].country_code:
                countries[candidates[0].country_code] += count
            if candidates[0].feature_class == "admin_area" and candidates[0].admin1:
                areas[candidates[0].admin1] += count
        elif len(candidates) == 1 and candidates[0].country_code:
            # A town of one reading ("Paiporta") points at its country, as a country's name does.
            countries[candidates[0].country_code] += count
    dateline = dateline_of(body)
    place_id = country = admin1 = None
    if dateline:
        place_text, area_text = dateline
        area = gazetteer.candidates(area_text)[0] if area_text and gazetteer.candidates(area_text) else None
        options = [p for p in gazetteer.candidates(place_text) if p.feature_class != "admin_area" or not area]
        if area is not None:
            # "PARIS, Texas": the area narrows the place down; no match means the area is a country.
            narrowed = [p for p in options if area.feature_class == "admin_area" and p.admin1 == area.admin1
                        or area.feature_class == "country" and p.country_code == area.country_code]
            options = narrowed or options
            admin1 = area.admin1 if area.feature_class == "admin_area" else None
        if options:
            best = max(options, key=lambda p: (p.gazetteer == "curated", p.population or 0))
            place_id, country = best.place_id, best.country_code
            admin1 = admin1 or best.admin1
    return ArticleContext(place_id, country, admin1, publisher_country(url, gazetteer),
                          dict(countries), dict(areas), _areas_after_a_comma(body, names, gazetteer),
                          dateline[0] if dateline else None)


def _areas_after_a_comma(body: str, names: Counter[str], gazetteer: Gazetteer) -> frozenset[str]:
    """Admin areas the body writes as the area of a place before a comma: 'Kent, Washington',
    'Colorado, Washington' (not 'Washington, D.C.', and not 'Tbilisi, Georgia', whose city lies
    in no US state): there the name is the area, not a city of the same name."""
    areas = {p.admin1: p for name in names for p in gazetteer.candidates(name)
             if p.feature_class == "admin_area" and p.admin1}
    named = set()
    for area, place in areas.items():
        pattern = rf"([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){{0,2}}),\s*{re.escape(area)}\b(?!,?\s*D\.?\s?C\b)"
        for match in re.finditer(pattern, body):
            before = gazetteer.candidates(match.group(1))
            if any(p.admin1 == area or (p.feature_class == "admin_area" and p.country_code == place.country_code)
                   for p in before):
                named.add(area)
                break
    return frozenset(named)
