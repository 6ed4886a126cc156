"""Session-15 shapes of citing that reach past one saying verb: people quoted by a report
('The Times reports, quoting neighbors'), a memory told ('Ana Ruiz remembers once seeing ...'),
reports in the press ('despite press reports to the contrary') and an ellipsis after a saying verb
('Ruiz said so. So did her coach, Tom Lee.').

Token-level helpers only: spaCy is never imported here at import time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.extract.citations.clauses import _can_speak, _is_finite_clause
from newsfacts.extract.citations.spans import _is_hypothetical
from newsfacts.extract.citations.vocabulary import DOCUMENT_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that tell a memory: what the subject remembers having seen or that something happened.
MEMORY_VERBS = {"remember", "recall"}
# How a memory is felt, a view of what is remembered: "remembered it fondly".
FEELING_ADVERBS = {"fondly", "warmly", "bitterly", "affectionately", "sadly", "angrily", "proudly"}
# The writer and the reader: their memories cite nobody ("I remember", "as you may recall").
_NOT_RECALLERS = {"i", "we", "you", "me", "us", "one"}
# Quantifiers that make a crowd's memory the writer's claim: "Few people remember that ...",
# "most fans", "all residents", "not many people" ("most observers" is no source).
_CROWD_QUANTIFIERS = {"few", "most", "all", "no", "not", "every"}
# Words before "reports" that make them the press's.
PRESS_WORDS = {"press", "media", "news", "newspaper"}
# Auxiliaries that open an ellipsis repeating the verb before: "So did her coach".
_ELLIPSIS_AUXILIARIES = {"did", "does", "do", "has", "have", "had"}


def _quoted_people(quoting: Token) -> list[Token]:
    """'The Times reports, quoting family and neighbors, that ...', 'the agency said, quoting
    officials': people a report quotes are sources too (not 'quoting the line from the film'),
    a thing quoted is no one."""
    if quoting.lower_ != "quoting" or quoting.tag_ != "VBG" or quoting.dep_ not in {"advcl", "conj", "xcomp"}:
        return []
    if quoting.head.pos_ not in {"VERB", "AUX"}:
        return []
    return [c for c in quoting.children if c.dep_ == "dobj" and _can_speak(c)
            and c.lemma_.lower() not in DOCUMENT_NOUNS and c.pos_ != "PRON"]


def _tells_a_memory(verb: Token) -> bool:
    """'remembers once spotting him', 'recalled seeing the car', 'remembered that the team had
    worked': a memory told with its content (a gerund or a finite clause), or with how it is
    felt ('remembered it fondly'); not 'remember to bring books' (a duty), not 'remembers the day
    well' (nothing told)."""
    if any(c.dep_ == "advmod" and c.lower_ in FEELING_ADVERBS for c in verb.children) and any(
            c.dep_ == "dobj" for c in verb.children):
        return True
    for child in verb.children:
        if child.dep_ in {"xcomp", "advcl", "ccomp", "acl"} and child.tag_ == "VBG" and child.i > verb.i and (
                not any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children)):
            return True
        if child.dep_ == "ccomp" and child.i > verb.i and _is_finite_clause(child) and any(
                g.dep_ in {"nsubj", "nsubjpass"} for g in child.children):
            return True
    return False


def _memory_tellers(verb: Token) -> list[Token]:
    """The one who tells a memory: 'Ana Ruiz remembers once spotting him in the hall' (also
    when the parse took 'remembers' for a plural noun with the name glued on as a compound)."""
    if verb.lemma_.lower() not in MEMORY_VERBS and verb.lower_ not in {"remembers", "recalls"}:
        return []
    if not _tells_a_memory(verb):
        return []
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
        return []  # "does not remember seeing", "may recall that": nothing told
    if verb.pos_ in {"VERB", "AUX"}:
        if verb.tag_ not in {"VBZ", "VBD", "VBP"} or _is_hypothetical(verb):
            return []
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    elif verb.tag_ == "NNS" and verb.dep_ == "ROOT":
        # "HR boss Heather Cairns remembers once spotting ...": the name is a compound of it
        subject = next((c for c in verb.children if c.dep_ == "compound" and c.i == verb.i - 1
                        and c.pos_ == "PROPN"), None)
    else:
        return []
    if subject is not None:
        # "Former bank clerk Susan Clark remembers": the name set beside the role remembers
        subject = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), subject)
    if subject is None or subject.lower_.strip(".") in _NOT_RECALLERS or not _can_speak(subject):
        return []
    if any(t.lower_ in _CROWD_QUANTIFIERS for t in subject.subtree if t.i < subject.i):
        return []  # "Few people remember that the bridge once carried trains": the writer's claim
    if subject.pos_ == "NOUN" and subject.tag_ == "NNS" and not any(
            c.dep_ in {"det", "amod", "compound", "poss", "nummod"} for c in subject.children):
        return []  # "people remember seeing ...": a crowd's memory, nobody cited
    return [subject]


def _press_reports(noun: Token) -> list[Token]:
    """'despite press reports to the contrary', 'news reports said': reports the press ran,
    a media source by themselves (not 'the press release', 'media reports of the company' owned)."""
    if noun.lower_ != "reports" or noun.pos_ != "NOUN":
        return []
    if any(c.dep_ == "poss" for c in noun.children):
        return []
    if not any(c.dep_ in {"compound", "amod"} and c.lower_ in PRESS_WORDS and c.i == noun.i - 1
               for c in noun.children):
        return []
    if any(c.i < noun.i - 1 and (c.dep_ == "nummod" or c.pos_ == "PROPN") for c in noun.children):
        return []  # ", 404 Media reports.": an outlet's name, whose misread verb says the rest
    return [noun]


def _ellipsis_speakers(aux: Token, previous_cue: str | None) -> list[Token]:
    """'Brin said the idea was naive. So did his coach, Tom Lee.': 'So did X' right after a
    sentence whose own saying verb cited someone says the same again, for X."""
    if previous_cue is None or aux.lower_ not in _ELLIPSIS_AUXILIARIES or aux.dep_ != "ROOT":
        return []
    doc = aux.doc
    if aux.i != 1 or doc[0].lower_ != "so":
        return []
    subject = next((c for c in aux.children if c.dep_ == "nsubj" and c.i > aux.i), None)
    if subject is None or subject.lower_.strip(".") in _NOT_RECALLERS or not _can_speak(subject):
        return []  # "So did I.": the writer, whose token may carry the full stop
    named = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    return [named if named is not None else subject]
