"""Resolve an article's place names to gazetteer places, choosing among namesakes by context.

A name is read as a demonym first when it is one ("Iraqi", "US-led" -> Iraq, the United States),
else looked up. Among several places of one name, the dateline's place wins, then one in an admin
area the article names ("Paris" beside "Texas"); a place far smaller than its largest namesake
needs such evidence. Otherwise a prior (curated, country, admin area, then the city's size) plus
the article's countries (most named, dateline, publisher) decides.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from newsfacts.extract.schemas import fact_id
from newsfacts.places.context import ArticleContext, build_context
from newsfacts.places.gazetteer import Gazetteer, load_gazetteer
from newsfacts.places.records import Place, PlaceMention

PLACE_ENTITY_LABELS = {"GPE", "LOC", "FAC"}
# A namesake this many times smaller than the largest needs admin-area or dateline evidence.
MAX_POPULATION_RATIO = 20
_PRIOR = {"curated": 7.5, "country": 7.0, "admin_area": 6.0}
_DESCRIPTOR = re.compile(
    r"^(?:city of|province of|state of)\s+|\s+(?:province|governorate|region|city|state|oblast)$",
    re.IGNORECASE,
)
# A US legislator's party and state: "(D-Minn.)", "R-Texas".
_PARTY_STATE = re.compile(r"^\(?[DRI]-([A-Z][\w. ]+?)\)?$")
# A leading article of another language ("la France", "el Líbano", "die Schweiz"), tried last.
_ARTICLE = re.compile(r"^(?:la|le|les|el|los|las|die|der|das|den|dem)\s+|^l['’]", re.IGNORECASE)
_DIRECTION = re.compile(
    r"^(?:north|south|east|west|central|northern|southern|eastern|western|north-?(?:east|west)(?:ern)?|"
    r"south-?(?:east|west)(?:ern)?|upper|lower|greater)\s+",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PlaceName:
    """One name of an article to resolve, with how often the article uses it."""

    text: str
    kind: str  # entity, demonym, event_location, dateline or curated_phrase
    count: int = 1


def _compound_base(text: str, gazetteer: Gazetteer) -> str:
    """'US-led' -> 'US', 'Iranian-backed' -> 'Iranian', 'D-Minn.' -> 'Minn.'; others unchanged."""
    party = _PARTY_STATE.match(text)
    if party:
        return party.group(1)
    head, _, tail = text.rpartition("-")
    return head if head and tail.lower() in gazetteer.compound_suffixes else text


def curated_phrases_in(body: str, gazetteer: Gazetteer) -> Counter[str]:
    """Multi-word curated places the text names ('al-Asad airbase', 'Anbar province'), which the
    model often tags as organisations or misses; a following capitalised word makes it a name of
    something else ('Wall Street Journal')."""
    if not gazetteer.curated_phrases or not body:
        return Counter()
    alternatives = "|".join(re.escape(p) for p in gazetteer.curated_phrases)
    found = Counter(m.group(1) for m in re.finditer(rf"\b((?i:{alternatives}))\b(?![ -][A-Z])", body))
    return found


def _lookup(text: str, gazetteer: Gazetteer) -> tuple[Place, ...]:
    """Candidates of a name, also without a descriptor ('Anbar province' -> 'Anbar') or a
    direction ('northern Iraq' -> 'Iraq'; a name like 'North Korea' is found before that)."""
    found = gazetteer.candidates(text)
    for pattern in (_DESCRIPTOR, _DIRECTION, _ARTICLE):
        bare = pattern.sub("", text).strip()
        if not found and bare and bare != text:
            found = gazetteer.candidates(bare)
    return found


def _prior(place: Place) -> float:
    if place.gazetteer == "curated":
        return _PRIOR["curated"]
    if place.feature_class in _PRIOR:
        return _PRIOR[place.feature_class]
    return math.log10(max(place.population or 1000, 1000))


def _strong_evidence(place: Place, context: ArticleContext, own_area: str | None) -> bool:
    """The dateline names this place, or the article names the admin area it lies in.

    A name is no evidence for itself: "Maryland" does not make Maryland City, Maryland.
    """
    if place.place_id == context.dateline_place:
        return True
    if place.feature_class == "admin_area" or place.admin1 is None:
        return False
    named = place.admin1 in context.admin1_weights and place.admin1 != own_area
    return named or place.admin1 == context.dateline_admin1


def _country_evidence(place: Place, context: ArticleContext, own: Counter[str]) -> float:
    """How much the article's other names, dateline and publisher point at this place's country."""
    weights = Counter(context.country_weights)
    weights.subtract(own)  # a name is no evidence for its own reading
    total = sum(v for v in weights.values() if v > 0)
    code = place.country_code
    share = max(weights.get(code, 0), 0) / total if total and code else 0.0
    return 3 * share + 3 * (code is not None and code == context.dateline_country) + (
        code is not None and code == context.publisher_country
    )


def choose(
    candidates: tuple[Place, ...], context: ArticleContext, own: Counter[str]
) -> tuple[Place, str]:
    """The place a name means in this article, and the reason it was chosen."""
    if len(candidates) == 1:
        return candidates[0], "only_candidate"
    own_area = candidates[0].admin1 if candidates[0].feature_class == "admin_area" else None
    if any(p.feature_class == "admin_area" and p.admin1 in context.areas_named_as_areas for p in candidates):
        # "Kent, Washington", "Colorado, Washington, Alaska": the name is written as an area.
        return next(p for p in candidates if p.feature_class == "admin_area"), "admin_area"
    strong = [p for p in candidates if _strong_evidence(p, context, own_area)]
    if strong:
        dated = [p for p in strong if p.place_id == context.dateline_place]
        if dated:
            return dated[0], "dateline"
        return max(strong, key=lambda p: _prior(p) + _country_evidence(p, context, own)), "admin_area"
    largest = max((p.population or 0) for p in candidates)
    plausible = [p for p in candidates
                 if p.population is None or p.population * MAX_POPULATION_RATIO >= largest]
    scored = sorted(plausible, key=lambda p: -(_prior(p) + _country_evidence(p, context, own)))
    best = scored[0]
    return best, "largest" if best is candidates[0] else "context"


def _mention(article_id: str, name: PlaceName, place: Place | None, method: str) -> PlaceMention:
    return PlaceMention(
        place_mention_id=fact_id(article_id, "place", name.text),
        article_id=article_id, mention_text=name.text, mention_kind=name.kind,
        place_id=place.place_id if place else None, place_name=place.name if place else None,
        feature_class=place.feature_class if place else None,
        precision=place.precision if place else None,
        country_code=place.country_code if place else None, admin1=place.admin1 if place else None,
        latitude=place.latitude if place else None, longitude=place.longitude if place else None,
        population=place.population if place else None, gazetteer=place.gazetteer if place else None,
        gazetteer_id=place.gazetteer_id if place else None, method=method,
    )


def resolve_names(
    article_id: str, body: str, url: str | None, names: list[PlaceName],
    gazetteer: Gazetteer | None = None,
) -> list[PlaceMention]:
    """One PlaceMention per distinct name of an article, resolved or kept as text."""
    gazetteer = gazetteer or load_gazetteer()
    unique: dict[str, PlaceName] = {}
    for name in names:
        if name.text.strip() and name.text not in unique:
            unique[name.text] = name
    counts = Counter({name.text: name.count for name in names})
    for name in unique.values():
        counts[_compound_base(name.text, gazetteer)] += 0
    context = build_context(body, url, Counter({_compound_base(t, gazetteer): c for t, c in counts.items()}),
                            gazetteer)
    for phrase, count in curated_phrases_in(body, gazetteer).items():
        if phrase not in unique:
            unique[phrase] = PlaceName(phrase, "curated_phrase", count)
    if context.dateline_text and context.dateline_text not in unique:
        # The dateline is a place the model often misses ("MADRID —" read as an organisation).
        unique[context.dateline_text] = PlaceName(context.dateline_text, "dateline")
    out = []
    for name in unique.values():
        base = _compound_base(name.text, gazetteer)
        country = gazetteer.country_of_demonym(base)
        candidates = _lookup(base, gazetteer)
        if country is not None and (name.kind == "demonym" or not candidates):
            out.append(_mention(article_id, name, country, "demonym"))
            continue
        if name.kind == "demonym" and all(p.place_id != context.dateline_place for p in candidates):
            # A group that is no demonym ("Republicans", "Southern") is no place, except as the
            # dateline the model mistook for one ("BUFFALO, N.Y. —").
            candidates = ()
        if not candidates:
            out.append(_mention(article_id, name, None, "unresolved"))
            continue
        own = Counter()
        if candidates[0].country_code and candidates[0].feature_class in ("country", "admin_area"):
            own[candidates[0].country_code] = counts[name.text]
        place, method = choose(candidates, context, own)
        out.append(_mention(article_id, name, place, method))
    return out
