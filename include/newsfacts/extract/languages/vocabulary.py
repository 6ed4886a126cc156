"""One language's vocabulary for the rules, read from its data file (`<code>.yml` beside this)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

VOCABULARY_DIR = Path(__file__).parent


@dataclass(frozen=True)
class Vocabulary:
    """Words and phrases the language-light rules look for in one language."""

    language: str
    name: str
    babel_locale: str
    spacy_model: str | None
    abbreviations: frozenset[str]
    ordinal_dot: bool
    number_words: dict[str, float]
    vague_amounts: dict[str, float]
    scales: dict[str, float]
    units: dict[str, str]
    qualifiers: dict[str, str]
    not_figure_after: frozenset[str]
    skip_words: frozenset[str]
    months: dict[str, int]
    weekdays: dict[str, int]
    month_prepositions: tuple[str, ...]
    range_words: tuple[str, ...]
    relative_days: dict[str, int]
    relative_periods: dict[str, tuple[str, int]]
    quarters: dict[str, int]
    baseline_words: frozenset[str]
    future_words: frozenset[str]
    future_suffixes: tuple[str, ...]
    according_to: tuple[str, ...]
    according_to_after: tuple[str, ...]
    reporting_verbs: tuple[str, ...]
    determiners: frozenset[str]
    name_particles: frozenset[str]
    clause_words: frozenset[str]
    role_suffixes: tuple[str, ...]
    document_words: frozenset[str]
    news_agencies: frozenset[str]
    media_outlets: frozenset[str]
    government_words: tuple[str, ...]
    event_keywords: dict[str, tuple[str, ...]]
    role_words: frozenset[str] = field(default_factory=frozenset)
    participle_suffixes: tuple[str, ...] = ()
    place_prepositions: tuple[str, ...] = ()
    demonyms: dict[str, str] = field(default_factory=dict)  # every inflected form -> ISO country code


def supported_languages() -> list[str]:
    """ISO 639-1 codes of every language with a vocabulary file, sorted."""
    return sorted(path.stem for path in VOCABULARY_DIR.glob("*.yml"))


@cache
def load_vocabulary(language: str) -> Vocabulary:
    """The vocabulary of one language; KeyError when the language has no data file."""
    import yaml

    path = VOCABULARY_DIR / f"{language}.yml"
    if not path.is_file():
        raise KeyError(f"no vocabulary file for language '{language}'")
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    sets = {"abbreviations", "not_figure_after", "skip_words", "baseline_words", "future_words",
            "determiners", "name_particles", "clause_words", "document_words", "news_agencies",
            "media_outlets", "role_words"}
    tuples = {"month_prepositions", "range_words", "future_suffixes", "according_to",
              "according_to_after", "reporting_verbs", "role_suffixes", "government_words",
              "participle_suffixes", "place_prepositions"}
    values = {}
    for name, value in raw.items():
        if name in sets:
            value = frozenset(str(v).lower() for v in value or [])
        elif name in tuples:
            value = tuple(str(v).lower() for v in value or [])
        elif name in {"number_words", "vague_amounts", "scales"}:
            value = {str(k).lower(): float(v) for k, v in value.items()}
        elif name == "relative_periods":
            value = {k: (v[0], int(v[1])) for k, v in value.items()}
        elif name == "event_keywords":
            value = {k: tuple(v) for k, v in value.items()}
        elif name == "demonyms":
            value = {str(word).lower(): str(code) for code, words in value.items() for word in words}
        values[name] = value
    return Vocabulary(**values)
