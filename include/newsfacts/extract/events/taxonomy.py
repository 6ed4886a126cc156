"""The event taxonomy (taxonomy.yml): event types with their trigger verbs and nouns."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

TAXONOMY_PATH = Path(__file__).with_name("taxonomy.yml")
OTHER = "other"


@dataclass(frozen=True)
class Taxonomy:
    """Event types, and which type each trigger lemma names as a verb or as a noun."""

    descriptions: dict[str, str]
    verb_types: dict[str, str]
    noun_types: dict[str, str]
    weak_verbs: frozenset[str]
    ambiguous: dict[str, tuple[str, ...]]
    object_senses: dict[str, dict[str, str]]  # verb lemma -> object lemma -> type
    container_nouns: frozenset[str] = frozenset()  # "round", "wave": typed by what they group
    particle_senses: dict[str, dict[str, str]] | None = None  # verb -> particle -> type
    undertaking_nouns: frozenset[str] = frozenset()  # "mission", "plan": typed by a noun before
    modifier_senses: dict[str, dict[str, str]] | None = None  # noun -> modifier -> type ("trade war")
    subject_senses: dict[str, dict[str, str]] | None = None  # verb -> subject -> type ("troops arrived")
    domain_words: dict[str, str] | None = None  # lemma -> the only topic it names an event in ("goal")
    office_verbs: frozenset[str] = frozenset()  # "elevated", "tapped": appointments with an office named
    office_nouns: frozenset[str] = frozenset()  # "court", "post", "secretary": offices a person is put in

    def type_of(self, lemma: str, pos: str) -> str | None:
        """Event type named by a lemma used as a verb (VERB) or a noun (NOUN/PROPN), else None."""
        table = self.verb_types if pos == "VERB" else self.noun_types
        return table.get(lemma)

    def sense_of_object(self, lemma: str, object_lemma: str) -> str | None:
        """The type a verb takes with this object ("leave" + "company"), else None."""
        return self.object_senses.get(lemma, {}).get(object_lemma)

    def sense_of_particle(self, lemma: str, particle: str) -> str | None:
        """The type a verb takes with this particle ("shoot" + "down"), else None."""
        return (self.particle_senses or {}).get(lemma, {}).get(particle)

    def sense_of_modifier(self, lemma: str, modifier: str) -> str | None:
        """The type a noun takes with this modifier ("war" + "trade"), else None."""
        return (self.modifier_senses or {}).get(lemma, {}).get(modifier)

    def names_event_in(self, lemma: str, kind: str, topic: str | None) -> bool:
        """Whether a trigger of this type names an event in a story about `topic`: a word of one
        domain ("goal": sport) names none in a story about another (a space programme's goal).
        A sports word names none in a story whose topic is unknown either: a match report names
        its sport loudly (teams, scores), so "the government set a goal in 2015" scored none and
        "the tourist season began in June" is no sports season."""
        domain = (self.domain_words or {}).get(lemma)
        return domain is None or kind != domain or topic == domain or (topic is None and domain != "sport")

    def in_topic(self, lemma: str, kind: str, topic: str | None) -> str:
        """The type of an ambiguous trigger in an article about `topic`, else `kind`."""
        senses = self.ambiguous.get(lemma, ())
        return topic if topic is not None and topic in senses else kind


@lru_cache(maxsize=1)
def load_taxonomy(path: Path = TAXONOMY_PATH) -> Taxonomy:
    """Read taxonomy.yml once per process."""
    import yaml

    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    descriptions: dict[str, str] = {}
    for name, spec in raw["types"].items():
        descriptions[name] = spec["description"]
        for lemma in spec.get("verbs") or []:
            verbs.setdefault(str(lemma).lower(), name)
        for lemma in spec.get("nouns") or []:
            nouns.setdefault(str(lemma).lower(), name)
    descriptions[OTHER] = "A dated happening whose trigger is in no list above."
    ambiguous = {str(k).lower(): tuple(v) for k, v in (raw.get("ambiguous") or {}).items()}
    object_senses = {
        str(verb).lower(): {str(obj).lower(): kind for kind, objs in senses.items() for obj in objs}
        for verb, senses in (raw.get("object_senses") or {}).items()
    }
    subject_senses = {
        str(verb).lower(): {str(subj).lower(): kind for kind, subjs in senses.items() for subj in subjs}
        for verb, senses in (raw.get("subject_senses") or {}).items()
    }
    return Taxonomy(descriptions, verbs, nouns, frozenset(raw.get("weak_verbs") or []), ambiguous,
                    object_senses, frozenset(raw.get("container_nouns") or []),
                    {str(v).lower(): {str(p).lower(): str(k) for p, k in senses.items()}
                     for v, senses in (raw.get("particle_senses") or {}).items()},
                    frozenset(raw.get("undertaking_nouns") or []),
                    {str(n).lower(): {str(m).lower(): str(k) for m, k in senses.items()}
                     for n, senses in (raw.get("modifier_senses") or {}).items()},
                    subject_senses,
                    {str(k).lower(): str(v) for k, v in (raw.get("domain_words") or {}).items()},
                    frozenset(str(v).lower() for v in raw.get("office_verbs") or []),
                    frozenset(str(v).lower() for v in raw.get("office_nouns") or []))
