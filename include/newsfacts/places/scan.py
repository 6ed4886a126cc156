"""Place names found in text by the gazetteer alone, for languages with no model that tags places.

A capitalised run of one to four words is a place when the gazetteer knows it and either it names
a country or a continent (in English or in the article's language: "Spanien", "Allemagne"), or
it follows one of the language's place prepositions ("in Erfurt", "à Lyon", "en Valencia").
Cities and admin areas need the preposition: capitalised nouns that are also town names
("das Essen", "die Halle") are common, countries' names are not.
"""

from __future__ import annotations

import re
from collections import Counter

from newsfacts.places.gazetteer import Gazetteer, load_gazetteer
from newsfacts.places.resolve import PlaceName

MAX_WORDS = 4
# Apostrophes split words, so elided articles stay apart ("d'Allemagne", "l'Irak").
_WORD = re.compile(r"[^\W\d_][\w.-]*", re.UNICODE)
# Words joining the parts of one name ("Rio de Janeiro", "Frankfurt am Main", "Saint-Denis").
_JOINERS = frozenset({"d", "de", "del", "do", "da", "la", "le", "les", "am", "an", "der", "sur", "upon", "on", "of"})
# A place listed after another takes its preposition along ("in Bayern und Baden-Württemberg").
_LIST_GAP = re.compile(r"^\s*(?:,|,?\s*(?:und|sowie|oder|et|ou|y|e|o|and|or))\s*$")


def _starts_upper(word: str) -> bool:
    return word[:1].isupper()


def _preceded_by(body: str, start: int, prepositions: tuple[str, ...]) -> bool:
    """Whether the text before `start` ends with one of the prepositions, as whole words."""
    before = body[max(0, start - 24):start].lower()
    return any(re.search(rf"(?:^|[\s(«„\"'’]){re.escape(p)}\s*$", before) for p in prepositions)


def _stripped(word: str) -> str:
    return word.rstrip(".-")


def scan_place_names(body: str, prepositions: tuple[str, ...], not_places: frozenset[str] = frozenset(),
                     gazetteer: Gazetteer | None = None) -> list[PlaceName]:
    """Every place name the gazetteer finds in the text, counted, longest name first at each point.

    `not_places` are lower-case words never read as a place ("Mai" after "im" is the month).
    """
    gazetteer = gazetteer or load_gazetteer()
    words = [(m.start(), m.start() + len(_stripped(m.group(0))), _stripped(m.group(0)))
             for m in _WORD.finditer(body)]
    found: Counter[str] = Counter()
    previous_end = -1
    i = 0
    while i < len(words):
        start, _end, word = words[i]
        if not _starts_upper(word):
            i += 1
            continue
        matched = 0
        for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
            last = words[i + n - 1]
            if not _starts_upper(last[2]) or any(
                    not _starts_upper(w) and w.lower() not in _JOINERS for _s, _e, w in words[i:i + n]):
                continue
            text = body[start:last[1]]
            if "\n" in text or text.lower() in not_places or not (candidates := gazetteer.candidates(text)):
                continue
            listed = previous_end >= 0 and _LIST_GAP.match(body[previous_end:start])
            if candidates[0].feature_class == "country" or candidates[0].gazetteer == "curated" \
                    or listed or _preceded_by(body, start, prepositions):
                found[text] += 1
                matched = n
                previous_end = last[1]
                break
        i += matched or 1
    return [PlaceName(text, "gazetteer_match", count) for text, count in found.items()]


def scan_demonyms(body: str, demonyms: dict[str, str], determiners: frozenset[str]) -> list[PlaceName]:
    """Adjectives and peoples of one country, in a language that writes them in lower case
    ("die deutsche Regierung", "la délégation française", "los españoles").

    A capitalised form counts only as a noun for the people, after a determiner and before a
    word in lower case ("les Français ont voté", "die Deutschen wählen"); before another capital it
    is part of a name ("Deutsche Bahn", "Federación Española de Fútbol").
    """
    found: Counter[str] = Counter()
    words = [(m.start(), m.group(0)) for m in _WORD.finditer(body)]
    for index, (_start, word) in enumerate(words):
        word = _stripped(word)
        if word.lower() not in demonyms:
            continue
        if _starts_upper(word):
            before = words[index - 1][1].lower() if index else ""
            after = words[index + 1][1] if index + 1 < len(words) else ""
            if before not in determiners or _starts_upper(after):
                continue
        found[word] += 1
    return [PlaceName(text, "demonym", count) for text, count in found.items()]


def place_in_sentence(sentence_start: int, sentence_end: int, body: str, names: list[PlaceName]) -> str | None:
    """The most precise place named in one sentence (a city before its country), else None."""
    gazetteer = load_gazetteer()
    best: tuple[int, int, str] | None = None
    for name in names:
        match = re.search(rf"(?<!\w){re.escape(name.text)}(?!\w)", body[sentence_start:sentence_end])
        if not match:
            continue
        candidates = gazetteer.candidates(name.text)
        precision = candidates[0].precision if candidates else 3
        key = (precision, match.start(), name.text)
        if best is None or key < best:
            best = key
    return best[2] if best else None
