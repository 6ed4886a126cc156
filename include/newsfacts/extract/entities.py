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


def normalise_entity_name(text: str) -> str:
    """Mention text without a leading 'the', a trailing possessive or repeated whitespace."""
    text = re.sub(r"\s+", " ", text).strip()
    return _POSSESSIVE.sub("", _LEADING_THE.sub("", text)).strip()


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
            key = (ent.label_, name.lower())
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
