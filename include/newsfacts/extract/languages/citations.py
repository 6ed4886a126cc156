"""Cited sources from a language's "according to" phrases and reporting verbs, before or after
the source ("selon l'Insee", "laut Angaben des Konzerns", "dijo la portavoz Laura Martínez",
"Das sagte Betriebsratschefin Petra Lange")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsfacts.extract.languages.vocabulary import Vocabulary
from newsfacts.extract.schemas import Citation, fact_id

_TOKEN = re.compile(r"(?:[lLdDjJnNsScCmMtT]|[qQ]u)['’](?=\w)|\w[\w.'’-]*\w|\w|[^\w\s]")
PRONOUNS = frozenset({"er", "sie", "es", "il", "elle", "ils", "elles", "on", "él", "ella", "ellos", "ellas"})
MAX_TOKENS = 8


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


def tokenize(sentence: str) -> list[Token]:
    """Words (elided articles such as l' and d' apart) and punctuation, with offsets."""
    return [Token(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(sentence)]


def _is_time(token: Token, vocabulary: Vocabulary) -> bool:
    return token.lower in vocabulary.weekdays or token.lower in vocabulary.months or token.lower in vocabulary.relative_days


def _is_link(token: Token, vocabulary: Vocabulary) -> bool:
    return token.lower in vocabulary.determiners or token.lower in vocabulary.name_particles


def _forward(tokens: list[Token], i: int, vocabulary: Vocabulary) -> list[Token]:
    """The noun phrase that starts at token i (time words before it skipped)."""
    while i < len(tokens) and (_is_time(tokens[i], vocabulary) or (
            _is_link(tokens[i], vocabulary) and i + 1 < len(tokens) and _is_time(tokens[i + 1], vocabulary))):
        i += 1
    if issuer := _past_document_word(tokens, i, vocabulary):
        return issuer
    phrase: list[Token] = []
    after_name = 0  # lower-case words since the last capitalised one ("Comité international olympique")
    while i < len(tokens) and len(phrase) < MAX_TOKENS:
        token = tokens[i]
        if not token.is_word or token.lower in PRONOUNS:
            break
        previous = phrase[-1] if phrase else None
        if token.is_capitalised:
            after_name = 0
        elif not _is_link(token, vocabulary):
            if vocabulary.ordinal_dot:  # German: nouns are capitalised, a lower-case word ends the phrase
                break
            after_name += 1
            follows_link = previous is not None and _is_link(previous, vocabulary)
            follows_name = (any(t.is_capitalised for t in phrase) and after_name <= 2
                            and not token.lower.endswith(vocabulary.participle_suffixes))
            if not (follows_link or follows_name):
                break
        phrase.append(token)
        i += 1
    return phrase


def _past_document_word(tokens: list[Token], i: int, vocabulary: Vocabulary) -> list[Token]:
    """'les résultats publiés par le ministère' -> 'le ministère': a document names its issuer."""
    heads = [j for j in range(i, min(i + 4, len(tokens))) if tokens[j].lower in vocabulary.document_words]
    if not heads:
        return []
    for j in range(heads[0] + 1, min(heads[0] + 5, len(tokens))):
        if tokens[j].lower in {"par", "por", "von"}:
            return _forward(tokens, j + 1, vocabulary)
        if tokens[j].lower in vocabulary.name_particles | {"des", "del", "du"}:
            return _forward(tokens, j, vocabulary)
    return []


def _backward(tokens: list[Token], i: int, vocabulary: Vocabulary) -> list[Token]:
    """The noun phrase that ends just before token i (time words and one comma skipped)."""
    j = i - 1
    while j >= 0 and (_is_time(tokens[j], vocabulary) or tokens[j].lower in {"am", "im", "le", "el", "ce", "este"}):
        j -= 1
    if j >= 0 and tokens[j].text == ",":
        j -= 1
    phrase: list[Token] = []
    while j >= 0 and len(phrase) < MAX_TOKENS:
        token = tokens[j]
        if not token.is_word or token.lower in PRONOUNS or token.lower in vocabulary.clause_words:
            break
        before = tokens[j - 1] if j > 0 else None
        is_noun_after_article = not vocabulary.ordinal_dot and before is not None and _is_link(before, vocabulary)
        if not (token.is_capitalised or _is_link(token, vocabulary) or is_noun_after_article):
            break
        phrase.insert(0, token)
        j -= 1
    return phrase


def _trimmed(phrase: list[Token], vocabulary: Vocabulary) -> list[Token]:
    while phrase and _is_link(phrase[0], vocabulary) and not (len(phrase) == 1 or phrase[0].is_capitalised and phrase[0].lower not in vocabulary.determiners):
        phrase = phrase[1:]
    while phrase and _is_link(phrase[-1], vocabulary):
        phrase = phrase[:-1]
    if phrase and phrase[0].lower in vocabulary.determiners:
        phrase = phrase[1:]
    return phrase


def _apposition(tokens: list[Token], phrase: list[Token]) -> list[Token]:
    """', Marc Durand' right after a role ('le président du comité, Marc Durand')."""
    index = tokens.index(phrase[-1]) + 1
    if index + 1 < len(tokens) and tokens[index].text != "," and tokens[index + 1].text == ",":
        index += 1  # "su consejera delegada, Marta Gil"
    if index < len(tokens) and tokens[index].text == ",":
        names = []
        for token in tokens[index + 1:index + 5]:
            if not (token.is_word and token.is_capitalised):
                break
            names.append(token)
        if len(names) >= 2:
            return names
    return []


def _text(sentence: str, phrase: list[Token]) -> str:
    return sentence[phrase[0].start:phrase[-1].end]


def canonical_name(sentence: str, phrase: list[Token], vocabulary: Vocabulary) -> tuple[str, bool]:
    """The name of the source a phrase names, and whether a role word led it."""
    lowered = [t.lower for t in phrase]
    if vocabulary.role_suffixes and len(phrase) >= 3 and lowered[0].endswith(vocabulary.role_suffixes):
        return _text(sentence, phrase[1:]), True
    content = [n for n, t in enumerate(phrase) if not t.is_capitalised and not _is_link(t, vocabulary)]
    if content and content[-1] + 1 < len(phrase) and phrase[content[-1] + 1].is_capitalised:
        tail = phrase[content[-1] + 1:]
        if all(t.is_capitalised for t in tail):
            return _text(sentence, tail), phrase[content[-1]].lower in vocabulary.role_words
    return _text(sentence, phrase), False


def source_type(name: str, has_role: bool, vocabulary: Vocabulary) -> str:
    """news_agency, media_outlet, government_body, official, person or organization."""
    lowered = name.lower()
    if lowered in vocabulary.news_agencies:
        return "news_agency"
    if lowered in vocabulary.media_outlets or lowered.split("-")[0] in vocabulary.media_outlets:
        return "media_outlet"
    if any(word in lowered for word in vocabulary.government_words):
        return "government_body"
    words = name.split()
    if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
        return "official" if has_role else "person"
    return "organization"


def _cue_positions(tokens: list[Token], vocabulary: Vocabulary) -> list[tuple[int, int, str, str]]:
    """(first token, token after the cue, cue name, kind) of every cue in the sentence."""
    lowered = [t.lower for t in tokens]
    found = []
    for kind, phrases in (("according_to", vocabulary.according_to), ("verb", vocabulary.reporting_verbs)):
        for phrase in phrases:
            words = [m.group(0).lower() for m in _TOKEN.finditer(phrase)]
            for i in range(len(tokens) - len(words) + 1):
                if lowered[i:i + len(words)] == words:
                    found.append((i, i + len(words), "according_to" if kind == "according_to" else phrase, kind))
    # A longer cue at the same place wins ("nach angaben von" over "nach angaben").
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept, taken = [], set()
    for cue in found:
        if cue[0] not in taken:
            kept.append(cue)
            taken.update(range(cue[0], cue[1]))
    return kept


def _verb_subject(tokens: list[Token], first: int, after: int, vocabulary: Vocabulary) -> list[Token]:
    """Who a reporting verb attributes to: the phrase before it, else the one after it.

    After a comma ('..., a indiqué l'AFP'; '„...“, sagte Berger') the phrase after the verb is
    the speaker when it holds a name.
    """
    before = _trimmed(_backward(tokens, first, vocabulary), vocabulary)
    following = _trimmed(_forward(tokens, after, vocabulary), vocabulary)
    comma_before = first > 0 and tokens[first - 1].text == ","
    if before and not (comma_before and any(t.is_capitalised for t in following)):
        return before
    return following


def extract_citations(article_id: str, body: str, sentences: list[tuple[int, int]],
                      vocabulary: Vocabulary) -> list[Citation]:
    """Every attribution of the sentences to a named or described source."""
    citations: dict[int, Citation] = {}
    for s_start, s_end in sentences:
        sentence = body[s_start:s_end]
        tokens = tokenize(sentence)
        for first, after, cue, kind in _cue_positions(tokens, vocabulary):
            if kind == "according_to" and cue in vocabulary.according_to_after:
                phrase = _backward(tokens, first, vocabulary)
            elif kind == "according_to":
                phrase = _forward(tokens, after, vocabulary)
            else:
                phrase = _verb_subject(tokens, first, after, vocabulary)
            phrase = _trimmed(phrase, vocabulary)
            if not phrase or not any(t.is_capitalised or t.lower not in vocabulary.determiners for t in phrase):
                continue
            name, has_role = canonical_name(sentence, phrase, vocabulary)
            if appositive := _apposition(tokens, phrase):
                name, has_role = _text(sentence, appositive), True
            start, end = s_start + phrase[0].start, s_start + phrase[-1].end
            citations.setdefault(start, Citation(
                citation_id=fact_id(article_id, "citation", start), article_id=article_id,
                cited_as=body[start:end], canonical_name=name,
                source_type=source_type(name, has_role, vocabulary),
                cue=cue.replace(" ", "_"), sentence=sentence, char_start=start, char_end=end,
            ))
    return sorted(citations.values(), key=lambda c: c.char_start)
