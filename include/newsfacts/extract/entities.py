"""Entities: people, organisations and places named in an article, with mention counts."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsfacts.extract.schemas import EntityMention, fact_id

if TYPE_CHECKING:
    from newsfacts.extract.nlp import ParsedArticle

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP"}
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


def extract_entities(parsed: ParsedArticle) -> list[EntityMention]:
    """Named entities of one article (all chunks, parsed or NER-only), one record per name."""
    article_id = parsed.article.article_id
    counts: dict[tuple[str, str], list] = {}
    for chunk in parsed.chunks:
        for ent in chunk.doc.ents:
            if ent.label_ not in ENTITY_LABELS:
                continue
            name = normalise_entity_name(ent.text)
            if not name:
                continue
            label = ent.label_
            if label in ("PERSON", "ORG") and (person := person_behind_title(name)):
                name, label = person, "PERSON"
            key = (label, name.lower())
            entry = counts.setdefault(key, [name, 0, chunk.offset + ent.start_char])
            entry[1] += 1
            # Prefer a mixed-case spelling over a dateline's capitals ("BAGHDAD").
            if entry[0].isupper() and not name.isupper():
                entry[0] = name
    return [
        EntityMention(
            entity_id=fact_id(article_id, "entity", label, lower),
            article_id=article_id,
            name=name,
            label=label,
            mention_count=count,
            first_char_start=first,
        )
        for (label, lower), (name, count, first) in sorted(counts.items(), key=lambda kv: kv[1][2])
    ]
