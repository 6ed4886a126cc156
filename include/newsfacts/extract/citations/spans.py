"""Helpers every cue shares: a speaker's span, quotation marks around a clause, and clauses that
are hypothetical, unrealised or embedded questions."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsfacts.extract.citations.vocabulary import (
    CONFIRMING_VERBS,
    ENABLING_HEADS,
    FACT_HOW_VERBS,
    HYPOTHETICAL_MARKS,
    PRESSING_HEADS,
    QUESTION_WORDS,
    SPEAKER_DEPS_DROPPED,
    TIME_NAMES,
    UNREALISED_HEADS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _names_a_time(agent: Token) -> bool:
    """'expected by Friday', 'projected by Q3', 'expected by Easter': "by" sets a deadline, and
    no one expects anything."""
    return (agent.ent_type_ in {"DATE", "TIME"} or agent.lower_ in TIME_NAMES
            or re.fullmatch(r"(?:[QH][1-4]|FY\d{2,4}|(?:mid-)?\d{4})", agent.text) is not None)


_CLOSING_QUOTES = {"”", '"', "’", "'"}


def closes_a_quote(token: Token) -> bool:
    """'"...," a former aide recalled.': a past saying verb the parse took for a noun, ending the
    sentence after its speaker ('a former aide', glued on as a compound) and a closed quotation
    ending in a comma (not 'the new tax was widely opposed', nor a noun phrase inside a sentence)."""
    doc = token.doc
    if token.tag_ != "NN" or token.i + 1 >= len(doc) or doc[token.i + 1].text not in {".", "!"}:
        return False
    # (the speaker's noun glued on as a compound, or as a modifier: '"...," a former executive recalled.')
    if not any(c.dep_ in {"compound", "amod"} and c.i == token.i - 1 and c.pos_ == "NOUN" for c in token.children):
        return False
    first = min([token.i, *(c.i for c in token.lefts if c.dep_ in {"det", "amod", "compound", "nummod"})])
    return first > 1 and doc[first - 1].text in _CLOSING_QUOTES and doc[first - 2].text in {",", "?", "!"}


def _speaker_span(head: Token) -> Span:
    """The noun phrase of a speaker without its relative clauses, conjuncts and edge punctuation."""
    doc = head.doc
    dropped: set[int] = set()
    for child in head.children:
        if child.dep_ in {"conj", "cc"} and _one_name_with(head, child):
            continue  # "Customs and Border Protection" is one body
        if is_apposition_after_and(head, child):
            dropped.update(t.i for t in child.subtree)
            dropped.add(child.left_edge.i - 1)  # the "and": a second body, not a longer name
            continue
        if child.dep_ in SPEAKER_DEPS_DROPPED and not (child.dep_ == "punct" and child.text == "-"):
            dropped.update(t.i for t in child.subtree)
        elif child.dep_ == "appos" and head.ent_type_ in {"GPE", "LOC"} and (child.pos_ == "NOUN" or (
                child.pos_ == "PROPN" and child.ent_type_ not in {"GPE", "LOC", "PERSON"})):
            dropped.update(t.i for t in child.subtree)  # "France, the host nation, said": France
        elif child.dep_ == "appos" and child.i > head.i and child.text.isupper() and doc[child.i - 1].text == "(" and (
                head.ent_type_ or any(t.pos_ == "PROPN" and t.i < head.i for t in head.subtree)):
            # "the American Civil Liberties Union (ACLU) said": the acronym in brackets is no part of the
            # name (not after a lone word no entity, "Apple (AAPL) said", read as a firm only with it)
            dropped.update(t.i for t in child.subtree)
            dropped.add(child.i - 1)
            if child.i + 1 < len(doc) and doc[child.i + 1].text == ")":
                dropped.add(child.i + 1)
        elif _is_time_phrase(child):
            dropped.update(t.i for t in child.subtree)  # "Alden on Tuesday announced"
        elif child.dep_ == "advmod" and child.pos_ == "ADV" and child.i > head.i and doc[child.i - 1].text == ",":
            dropped.update(t.i for t in child.subtree)  # "which Drudge, briefly, published": the verb's adverb
        elif _says_of_a_thing(head, child):
            dropped.update(t.i for t in child.subtree)  # '"...," said Ruiz of the visit': about it
    # ("Ann Lee of WBUR, who was in the courtroom": a relative clause set off deeper in the phrase)
    for t in head.subtree:
        if t.dep_ == "relcl" and t.head != head and t.left_edge.i > head.i and doc[t.left_edge.i - 1].text == ",":
            dropped.update(range(t.left_edge.i - 1, t.right_edge.i + 1))
    kept = [t.i for t in head.subtree if t.i not in dropped]
    start, end = min(kept), max(kept) + 1
    while (head.dep_ == "compound" and head.text[:1].isupper() and start > 0 and doc[start - 1].head == head.head
           and doc[start - 1].dep_ == "nummod" and doc[start - 1].is_digit):
        start -= 1  # "404 Media reports": the name's first word hangs on the misread verb too
    while (head.dep_ in {"compound", "amod"} and closes_a_quote(head.head) and start > 0 and doc[start - 1].head == head.head
           and doc[start - 1].dep_ in {"det", "amod", "compound", "nummod"}):
        start -= 1  # '"...," a former aide recalled.': the speaker's words hang on the misread verb
    while start < head.i and (doc[start].is_punct or doc[start].lower_ in {"and", "but"}
                              or doc[start].dep_ == "preconj"):  # "both NBC and Bloomberg"
        start += 1
    while end - 1 > head.i and (doc[end - 1].is_punct or doc[end - 1].lower_ in {"and", "or"}):
        end -= 1  # (a name never ends in "and": the rest of the pair was parsed elsewhere)
    return doc[start:end]


def _says_of_a_thing(head: Token, child: Token) -> bool:
    """'"It was the last step," said Ruiz of the visit': after a saying verb, "of" and a common noun
    tell what a named person spoke about; not where they work ('said Ruiz of the ministry', 'said
    Ruiz of Acme')."""
    from newsfacts.extract.sources import BODY_NOUNS, COMPANY_WORDS, GOVERNMENT_WORDS, MEDIA_WORDS

    if child.dep_ != "prep" or child.lower_ != "of" or head.ent_type_ != "PERSON" or not head.i < child.i:
        return False
    if head.dep_ not in {"nsubj", "nsubjpass"} or head.head.i > head.i:
        return False  # the name follows its verb
    objects = [g for g in child.children if g.dep_ == "pobj"]
    return bool(objects) and all(
        g.pos_ == "NOUN" and g.lemma_.lower() not in BODY_NOUNS | COMPANY_WORDS | GOVERNMENT_WORDS | MEDIA_WORDS
        and not g.ent_type_ for g in objects)


def _is_time_phrase(child: Token) -> bool:
    """'on Tuesday', 'last week', 'Tuesday' hung on a speaker: when, not who, speaks."""
    if child.dep_ in {"npadvmod", "nmod", "compound"} and child.i > child.head.i:
        return child.ent_type_ in {"DATE", "TIME"}
    if child.dep_ == "prep" and child.i > child.head.i:
        objects = [g for g in child.children if g.dep_ == "pobj"]
        return bool(objects) and all(g.ent_type_ in {"DATE", "TIME"} for g in objects)
    return False


def is_apposition_after_and(head: Token, child: Token) -> bool:
    """'Statements by the Army Corps of Engineers and North Dakota state government that ...': an
    apposition the parse hung after "and" or "or" is a second conjunct (an apposition renames
    its head and never follows "and"), whatever tree the parse made of the pair."""
    if child.dep_ != "appos" or child.i < head.i or child.pos_ not in {"NOUN", "PROPN"}:
        return False
    before = child.left_edge.i - 1
    return before > head.i and head.doc[before].lower_ in {"and", "or"} and head.doc[before].dep_ == "cc"


def _one_name_with(head: Token, child: Token) -> bool:
    """'U.S. Customs and Border Protection', 'Procter & Gamble': a conjunct inside the same
    organisation name as its head names one body (unlike 'Egypt and Jordan', two entities)."""
    if head.ent_type_ != "ORG" or head.ent_iob_ == "" or not child.ent_type_:
        return False
    sent = head.doc
    start = head.i
    while start > 0 and sent[start].ent_iob_ == "I":
        start -= 1
    end = head.i + 1
    while end < len(sent) and sent[end].ent_iob_ == "I":
        end += 1
    last = max(t.i for t in child.subtree) if child.dep_ == "conj" else child.i
    return start <= child.i and last < end


def _is_embedded_question(clause: Token) -> bool:
    """'(noted) if and how often respondents used it': a clause that asks, and states nothing."""
    first = clause.doc[min(t.i for t in clause.subtree)]
    if first.lower_ == "how" and clause.head.lemma_.lower() in FACT_HOW_VERBS and clause.head.i < first.i:
        return False  # "acknowledged how nerve-wracking it was": what was admitted
    return first.lower_ in QUESTION_WORDS and first.i < clause.i


def _is_hypothetical(verb: Token) -> bool:
    """'if the country would announce', 'if the person reports', 'as Sherlock would say', 'how
    gamers respond'."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if marks & HYPOTHETICAL_MARKS:
        return True
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and any(
            c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.head.children):
        return True  # "If your mom comes to you and says that ...": the condition goes on
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if auxes & {"would", "'d", "’d"} and _under_a_condition(verb):
        return True  # "if you asked it, the speaker would say ...": the answer to a supposed question
    if verb.dep_ == "conj" and verb.tag_ == "VB" and not auxes and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) and verb.head.pos_ in {"VERB", "AUX"}:
        # "the Air Force may meet with Boeing and say ...": the modal of the verb it is joined to
        auxes = {c.lower_ for c in verb.head.children if c.dep_ == "aux" and c.lower_ in {"might", "may", "could"}}
    if auxes & {"would", "could", "might", "'d"} and "have" in auxes and verb.tag_ == "VBN":
        return True  # "the whistleblower would then have claimed that ...": said in no world
    if verb.dep_ in {"ccomp", "xcomp", "pcomp"} and _is_embedded_question(verb):
        return True
    if "because" in marks and verb.tag_ in {"VBZ", "VBP"} and verb.dep_ == "advcl" and any(
            c.dep_ == "neg" for c in verb.head.children) and any(c.tag_ == "MD" for c in verb.head.children):
        return True  # "You can't just go to Mars today because Elon says you can go": a reason denied
    if auxes & {"might", "may", "could"} and verb.tag_ == "VB" and not any(
            c.dep_ == "advmod" and c.lower_ == "only" for c in verb.children) and not (
            # "Police could confirm that the man was 45": what they were able to say, said
            auxes & {"might", "may"} == set() and verb.lemma_.lower() in CONFIRMING_VERBS):
        return True  # "some might say ...", "critics could argue ...": what may be said, not what was
    return "as" in marks and any(c.dep_ == "aux" and c.lower_ in {"would", "might", "could"}
                                 for c in verb.children)


def _under_a_condition(verb: Token) -> bool:
    """The verb, or a verb it is joined to, has an 'if' or 'unless' clause: 'If you ask her, she
    would say ...', 'if you asked X, it would say Y, and then you could ask Z and it would say W'."""
    head = verb
    for _ in range(3):
        if any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in {"if", "unless"} for g in c.children)
               for c in head.children):
            return True
        if head.dep_ != "conj" or head.head.pos_ not in {"VERB", "AUX"}:
            return False
        head = head.head
    return False


# Verbs of trying whose saying infinitive, done in the past with what it says, was said: "have
# tried to assure parents that ...", "sought to explain that ..." (not "will try to").
ATTEMPT_HEADS = {"try", "attempt", "seek"}


def is_attempted_saying(verb: Token) -> bool:
    """'tried to assure parents that they won't release the names': an infinitive saying verb
    with the finite clause it says, under a verb of trying in the past, not negated."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in ATTEMPT_HEADS or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    past = head.tag_ == "VBD" or (head.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in head.children))
    said = any(c.dep_ == "ccomp" and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
               for c in verb.children)
    return past and said and not any(c.dep_ == "neg" or c.tag_ == "MD" for c in head.children)


def _is_unrealised(verb: Token) -> bool:
    """'would allow leaders to claim victory', 'plans to announce': an infinitive not yet said."""
    infinitive = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if not infinitive or verb.dep_ not in {"xcomp", "ccomp"} or is_attempted_saying(verb):
        return False
    head = verb.head
    if head.lemma_.lower() in UNREALISED_HEADS | PRESSING_HEADS:
        return True
    modal = head.tag_ == "VB" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    return head.lemma_.lower() in ENABLING_HEADS and modal


def _closes_quotation(subject: Token) -> bool:
    """'"...," Smith continued': the speaker stands right after a closing quotation mark."""
    doc = subject.doc
    first = min(t.i for t in subject.subtree)
    return _closed_quotation_before(doc, first)


def _closed_quotation_before(doc: Doc, first: int) -> bool:
    """A closing quotation mark stands right before token `first` (a comma may follow it)."""
    for q in range(max(1, first - 2), first):
        if doc[q].text == "’" and _is_plural_possessive(doc, q):
            continue  # "Fox News’ Jessica Napoli": an apostrophe, not a closing quote
        if doc[q].text in {"”", "’", "»"}:
            return True
        if doc[q].text in {'"', "'"} and doc[q - 1].text in {",", ".", "?", "!"} and (
                not doc[q - 1].whitespace_):  # '," she', not ', "the' (which opens a quote)
            return True
    return False


def _is_plural_possessive(doc: Doc, q: int) -> bool:
    """'the workers’ union', 'Fox News’ Napoli': a ’ glued to a word ending in s, with a word
    after it and no ‘ opening a quotation before it in the sentence, marks a possessive."""
    word = doc[q - 1]
    return (word.is_alpha and word.lower_.endswith("s") and not word.whitespace_
            and doc[q].whitespace_ and q + 1 < len(doc) and doc[q + 1].is_alpha
            and not any(t.text == "‘" for t in doc[:q]))
