"""Entities: people, organisations and places named in an article, with mention counts.

Within an article, one record per real thing: spellings that differ only in dots, case or
spacing are one ("U.S." and "US"), and a surname or a partial name that fits exactly one fuller
person name is that person ("al-Sudani", "Sudani" -> "Mohammed Shia al-Sudani"; "Trump" tagged
ORG beside "Donald Trump"). Every spelling is kept in `surface_forms`; across articles, aliases
("ISIS", "ISIL", "Daesh") are joined in dbt through the `entity_aliases` seed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from newsfacts.extract.schemas import EntityMention, fact_id

if TYPE_CHECKING:
    from newsfacts.extract.nlp import ParsedArticle

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP"}
# Particles inside names that a short form may drop ("al-Sudani" -> "Sudani").
NAME_PARTICLES = {"al", "el", "bin", "ibn", "van", "von", "de", "da", "di", "du", "le", "la"}
_NAME_SEPARATOR = re.compile(r"[\s-]+")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"[’']s$")
# Office words the small model glues to a name ("Defence Lloyd Austin" tagged ORG).
_TITLED_PERSON = re.compile(
    r"^(?:(?:Defen[cs]e|Foreign|Prime|Deputy|Vice|State|Secretary|Minister|President|General|Gen\.|"
    r"Spokesperson|Spokesman|Spokeswoman|Ambassador|Senator|Sen\.|Rep\.|Colonel|Col\.)\s+)+"
    r"(?P<name>[A-Z][\w'.-]+(?:\s+(?:al-|bin\s+)?[A-Z][\w'.-]+){1,3})$"
)


def normalise_entity_name(text: str) -> str:
    """Mention text without a leading 'the', a trailing possessive or repeated whitespace."""
    text = re.sub(r"\s+", " ", text).strip()
    return _POSSESSIVE.sub("", _LEADING_THE.sub("", text)).strip()


def person_behind_title(text: str) -> str | None:
    """'Defence Secretary Lloyd Austin' -> 'Lloyd Austin'; None when no office word leads."""
    match = _TITLED_PERSON.match(text)
    return match.group("name") if match else None


@dataclass
class _Entry:
    """One entity of an article while its mentions are being gathered."""

    name: str
    label: str
    count: int
    first: int
    forms: set[str] = field(default_factory=set)


def folded(name: str) -> str:
    """A name folded for matching spellings: 'U.S.' and 'US', 'al-Sudani' and 'Al Sudani'."""
    return re.sub(r"[^\w]+", "", name.lower())


# Cached: merging compares every entry with every person of the article, so the same names
# were split again hundreds of times per article.
@lru_cache(maxsize=4096)
def _name_tokens(name: str) -> tuple[str, ...]:
    """Tokens of a person's name without particles: 'Mohammed Shia al-Sudani' -> (..., 'sudani')."""
    return tuple(token for token in _NAME_SEPARATOR.split(name.lower())
                 if token and token not in NAME_PARTICLES)


def _person_for(entry: _Entry, people: list[_Entry]) -> _Entry | None:
    """The one fuller person name an entry is part of ('Sudani', 'al-Sudani', a PERSON-less
    'Trump' tagged ORG), or None when no or several people match."""
    tokens = _name_tokens(entry.name)
    if not tokens or len(entry.name) < 3:
        return None
    matches = [p for p in people if p is not entry and len(_name_tokens(p.name)) > len(tokens)
               and _name_tokens(p.name)[-len(tokens):] == tokens]
    return matches[0] if len(matches) == 1 else None


def merge_within_article(entries: list[_Entry]) -> list[_Entry]:
    """One entry per real thing of the article: spellings folded, surnames to full names."""
    by_key: dict[tuple[str, str], _Entry] = {}
    for entry in sorted(entries, key=lambda e: e.first):
        key = (entry.label, folded(entry.name))
        kept = by_key.get(key)
        if kept is None:
            by_key[key] = entry
            continue
        kept.count += entry.count
        kept.forms |= entry.forms
    merged = list(by_key.values())
    people = [e for e in merged if e.label == "PERSON"]
    out: list[_Entry] = []
    for entry in merged:
        target = _person_for(entry, people) if entry.label in {"PERSON", "ORG", "GPE", "NORP"} else None
        if target is None or (entry.label != "PERSON" and len(_name_tokens(entry.name)) > 1):
            out.append(entry)
            continue
        target.count += entry.count
        target.forms |= entry.forms
        target.first = min(target.first, entry.first)
    return sorted(out, key=lambda e: e.first)


def extract_entities(parsed: ParsedArticle) -> list[EntityMention]:
    """Named entities of one article (all chunks, parsed or NER-only), one record per thing."""
    article_id = parsed.article.article_id
    entries: dict[tuple[str, str], _Entry] = {}
    covered: list[tuple[int, int]] = []
    for chunk in parsed.chunks:
        for ent in chunk.doc.ents:
            covered.append((chunk.offset + ent.start_char, chunk.offset + ent.end_char))
            if ent.label_ not in ENTITY_LABELS:
                continue
            name = normalise_entity_name(ent.text)
            if not name:
                continue
            label = ent.label_
            if label in ("PERSON", "ORG") and (person := person_behind_title(name)):
                name, label = person, "PERSON"
            key = (label, name.lower())
            entry = entries.setdefault(key, _Entry(name, label, 0, chunk.offset + ent.start_char))
            entry.count += 1
            entry.forms.add(name)
            # Prefer a mixed-case spelling over a dateline's capitals ("BAGHDAD").
            if entry.name.isupper() and not name.isupper():
                entry.name = name
    merged = merge_within_article(list(entries.values()))
    _count_bare_surnames(parsed.article.body_text or "", merged, covered)
    return [
        EntityMention(
            entity_id=fact_id(article_id, "entity", e.label, e.name.lower()),
            article_id=article_id,
            name=e.name,
            label=e.label,
            mention_count=e.count,
            first_char_start=e.first,
            surface_forms=tuple(sorted(e.forms)),
        )
        for e in merged
    ]


def _count_bare_surnames(body: str, entries: list[_Entry], covered: list[tuple[int, int]]) -> None:
    """'Sudani added ...' where the model saw no entity: a known person's surname still counts."""
    people = [e for e in entries if e.label == "PERSON" and len(_name_tokens(e.name)) >= 2]
    surnames: dict[str, list[_Entry]] = {}
    for person in people:
        surnames.setdefault(re.split(r"[\s-]+", person.name)[-1], []).append(person)
    for surname, owners in surnames.items():
        if len(owners) != 1 or len(surname) < 3 or not surname[0].isupper():
            continue
        for match in re.finditer(rf"\b(?:[Aa]l-)?{re.escape(surname)}\b", body):
            if any(start <= match.start() < end for start, end in covered):
                continue
            owners[0].count += 1
            owners[0].forms.add(match.group(0))
