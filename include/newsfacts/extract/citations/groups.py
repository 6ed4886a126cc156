"""Unnamed groups of people as sources: the stance of people of a kind, told without a saying verb.

"Critics fear the plan will fail", "many economists see the deal as a loss", "some commentators
questioned the decision", "advocates point to Canada as evidence", "critics and fans alike compare
them to gladiators": news reports what a group of people of one kind holds, and the labels cite the
group. A crowd whose mood the text describes ("investors fear", "people see it as", "most
observers") and a group the text already named ("the researchers", "their fans") are left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.extract.citations.clauses import (
    _is_finite_clause,
    _quote_between,
    _reasons_from_view,
    _view_reported,
)
from newsfacts.extract.citations.vocabulary import (
    AGENT_ENDINGS,
    BELIEF_VERBS,
    CLAUSE_GROUP_NOUNS,
    CONSENSUS_NOUNS,
    GROUP_CROWD_NOUNS,
    GROUP_DETERMINERS,
    GROUP_SPEAKER_NOUNS,
    GROUP_STANCE_HOLDERS,
    JUDGING_AS_VERBS,
    LIKENING_VERBS,
    NOT_AGENT_ENDINGS,
    POINTED_AS_NOUNS,
    QUESTIONED_NOUNS,
    QUOTE_MARKS,
    TAKEN_VIEW_NOUNS,
    VIEW_HOLDERS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def _is_former_people(noun: Token) -> bool:
    """'former swimming greats', 'former employees': people by what they once were."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NNS" and any(
        c.dep_ == "amod" and c.lower_ in {"former", "ex"} for c in noun.children)


def _is_people_kind(noun: Token) -> bool:
    """A plural noun for people of a kind: 'critics', 'employers', 'retirees', 'former greats'."""
    from newsfacts.extract.sources import (
        ANONYMOUS_NOUNS,
        BODY_NOUNS,
        DOCUMENT_NOUNS,
        GOVERNMENT_WORDS,
    )

    lemma = noun.lemma_.lower()
    if lemma in GROUP_STANCE_HOLDERS | GROUP_SPEAKER_NOUNS | CLAUSE_GROUP_NOUNS | VIEW_HOLDERS | ANONYMOUS_NOUNS or _is_former_people(noun):
        return True
    if lemma in BODY_NOUNS | DOCUMENT_NOUNS | GOVERNMENT_WORDS or not lemma.isalpha():
        return False
    return lemma.endswith(AGENT_ENDINGS) and not lemma.endswith(NOT_AGENT_ENDINGS)


def _is_unnamed_group(noun: Token) -> bool:
    """'critics', 'some commentators', 'other scientists', 'military observers': a plural of people
    of a kind with no article, possessive, number or name; not a crowd ('investors', 'people',
    'most observers') nor people the text named before ('the researchers', 'their critics')."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.ent_type_ or noun.text[:1].isupper() and noun.i > noun.sent.start:
        return False
    if noun.lemma_.lower() in GROUP_CROWD_NOUNS or noun.lower_ in GROUP_CROWD_NOUNS:
        return False
    for child in noun.children:
        if child.dep_ in {"poss", "nummod", "predet"} or child.like_num or child.pos_ == "PROPN":
            return False
        if child.dep_ in {"det", "amod"} and child.tag_ in {"DT", "PDT", "JJS"} and child.lower_ not in GROUP_DETERMINERS:
            return False  # "the critics", "these analysts", "most observers", "all fans"
        if child.dep_ == "amod" and child.lower_ in {"most", "few", "all"}:
            return False
    return _is_people_kind(noun)


def _group_subject(verb: Token) -> Token | None:
    """The unnamed group a verb's clause is about, its own subject or that of the verb it is
    joined to ('don't like it and see it as ...')."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and (verb.dep_ == "conj" or _begun(verb)) and verb.head.pos_ in {"VERB", "AUX"}:
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return subject if subject is not None and (_is_unnamed_group(subject) or _others_than_some(subject)) else None


def _others_than_some(subject: Token) -> bool:
    """'Some fans know him for Hamlet; others recall him as a TV detective': a bare 'others' set
    against an unnamed group ('some fans', 'some') before it in the sentence is more of that group
    (not 'others' alone, whose kind the sentence does not give)."""
    if subject.lower_ != "others" or list(subject.children):
        return False
    return any(t.lower_ == "some" and t.i < subject.i and (
        (t.dep_ == "det" and t.head.tag_ == "NNS" and _is_unnamed_group(t.head)) or t.dep_ == "nsubj")
        for t in subject.sent)


def _begun(verb: Token) -> bool:
    """'experts began to question the plan', 'critics have started to question whether': doubt
    voiced, told by the verb under "begin" or "start" (not 'engineers began to see testing as
    part of the job', a practice taken up rather than a view told)."""
    return verb.dep_ == "xcomp" and verb.lemma_.lower() == "question" and verb.head.lemma_.lower() in {
        "begin", "start"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _is_stated_as_fact(verb: Token) -> bool:
    """A verb of a main clause, tensed, with no negation or modal: 'critics see it as', not
    'critics may see it as', 'fans who see it as', 'will not compare them'."""
    clause = verb.head if verb.dep_ == "conj" or _begun(verb) else verb
    if clause.dep_ not in {"ROOT", "conj"} and not _reasons_from_view(clause):
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
        return False
    tensed = {"VBD", "VBP", "VBZ"}
    return verb.tag_ in tensed or clause.tag_ in tensed or any(
        c.dep_ == "aux" and c.tag_ in tensed for c in [*verb.children, *clause.children])


# What "as" gives beside remembering or recalling that is no judgement: a purpose, a share of a deed.
AS_PURPOSE_NOUNS = {"part", "precaution", "measure", "result", "step", "means", "response", "protest",
                    "reminder", "condition", "penalty"}


def _judges_as(verb: Token) -> bool:
    """'see it as a punishment', 'regard the deal as a loss', 'define it as not having to work'."""
    if verb.lemma_.lower() not in JUDGING_AS_VERBS or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    if verb.lemma_.lower() in {"remember", "recall"} and any(
            c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_.lower() in AS_PURPOSE_NOUNS for g in c.children)
            for c in [*verb.children, *(g for c in verb.children if c.dep_ == "dobj" for g in c.children)]):
        return False  # "recalled the cars as a precaution", "recall the drug as part of a review"
    if verb.lemma_.lower() == "recall" and any(
            c.dep_ == "prep" and c.lower_ == "as" and not any(g.dep_ == "pobj" for g in c.children)
            for c in verb.children):
        return False  # "regulators recalled the pills as unsafe": a product recall ("recall him as a hero" is held)
    return any((c.dep_ == "prep" and c.lower_ == "as") or c.dep_ == "oprd" for c in verb.children) or any(
        g.dep_ == "prep" and g.lower_ == "as" and (g.head == c or any(a.pos_ == "ADJ" for a in g.children))
        # ("viewed her willingness to play this role as unacceptable": the judgement, an
        # adjective, hung inside the object's clause)
        for c in verb.children if c.dep_ == "dobj" for g in c.subtree)


def _likens(verb: Token) -> bool:
    """'compare them to the gladiators', 'liken the plan to a tax'."""
    return verb.lemma_.lower() in LIKENING_VERBS and any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)


def _questions_a_view(verb: Token) -> bool:
    """'questioned the minister's concern', 'question the wisdom of the plan', 'questioned whether
    the plan would work': doubt cast on a view or a decision, not 'police questioned the suspect'."""
    if verb.lemma_.lower() != "question":
        return False
    return any((c.dep_ == "dobj" and c.lemma_.lower() in QUESTIONED_NOUNS)
               or (c.dep_ == "ccomp" and any(g.lower_ in {"whether", "why", "how", "if"} for g in c.children))
               for c in verb.children)


def _points_to_as_evidence(verb: Token) -> bool:
    """'point to Canada as evidence of success': a case offered as proof of a view."""
    if verb.lemma_.lower() != "point" or not any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_.lower() in POINTED_AS_NOUNS for g in c.children)
               for c in verb.children)


def _holds_a_group_view(verb: Token, subject: Token) -> bool:
    """'Employers believe they can carry on', 'critics fear that ...': a view of a main clause with
    a finite clause ('may believe', 'have long suspected' and 'those who fear' are none)."""
    if verb.lemma_.lower() not in BELIEF_VERBS or verb.dep_ not in {"ROOT", "conj"} and not (
            _reasons_from_view(verb) or _view_reported(verb)):
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() in {"may", "might", "could", "would", "should", "must", "can",
                                                      "do", "have"} for c in verb.children):
        return False
    return subject.head == verb and any(c.dep_ == "ccomp" and _is_finite_clause(c) and not _quote_between(verb, c)
                                        for c in verb.children)


def _fears_the_thing_before(verb: Token, subject: Token) -> bool:
    """'avoiding the drift some commentators fear', 'the crash that many economists fear': a view
    held of the noun the clause hangs on, right before the group that holds it."""
    if verb.lemma_.lower() not in BELIEF_VERBS or verb.dep_ not in {"relcl", "ccomp"} or subject.i > verb.i:
        return False
    if verb.tag_ not in {"VBD", "VBP", "VBZ"} or any(
            c.dep_ in {"ccomp", "xcomp", "neg", "aux", "prep"}
            or (c.dep_ == "dobj" and c.lower_ not in {"that", "which"}) for c in verb.children):
        return False
    first = subject.left_edge.i
    doc = verb.doc
    before = doc[first - 1] if first > 0 else None
    if before is not None and before.lower_ in {"that", "which"} and before.head == verb:
        before = doc[first - 2] if first > 1 else None
    return before is not None and before.pos_ == "NOUN" and verb.i == max(t.i for t in verb.subtree)


# Bare quantifiers standing for unnamed people who hold a view: "a law that many think is unfair".
VIEW_QUANTIFIERS = {"many", "some", "others"}
# Verbs of holding a view in such a relative clause ("that many think is", "which some consider").
QUANTIFIED_VIEW_VERBS = {"think", "believe", "consider", "feel", "say", "argue", "claim", "contend"}
# Those of them that say a view aloud (added in session 31; not read inside a speaker's quotation).
QUANTIFIED_SAYING_VERBS = {"say", "argue", "claim", "contend"}


def _quantifier_view_holders(verb: Token) -> list[Token]:
    """'stories that many thought were racist', 'a rule which some believe is unlawful': a bare
    'many', 'some' or 'others' holding a view, told in a relative clause on the thing judged, in a
    tense stated as fact (not 'that many may think', 'what some would consider', nor 'many of
    them', 'some people', a quantifier of a noun). The parse may take 'thought' after 'many' for a
    noun ('many thought' the subject of 'were'): the quantifier holds the view all the same."""
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]  # (the relative "which" may be one)
    subject = next((c for c in subjects if c.lower_ in VIEW_QUANTIFIERS), subjects[0] if subjects else None)
    if subject is None:
        return []
    holder = None
    if (verb.lemma_.lower() in QUANTIFIED_VIEW_VERBS and subject.lower_ in VIEW_QUANTIFIERS
            and not list(subject.children) and verb.tag_ in {"VBD", "VBP", "VBZ"}
            and not any(c.dep_ in {"aux", "neg"} for c in verb.children)
            and (any(c.dep_ in {"ccomp", "xcomp", "dobj", "oprd"} and c.i > verb.i for c in verb.children)
                 # ("which some argue is what ...": the parse may take the verb for the subject of
                 # the clause it holds)
                 or (verb.dep_ == "nsubj" and verb.head.i == verb.i + 1 and verb.head.pos_ in {"AUX", "VERB"}))):
        holder = subject
    elif (verb.dep_ == "relcl" and verb.lemma_.lower() in QUANTIFIED_VIEW_VERBS and verb.tag_ in {"VBD", "VBP"}
          and subject.i < verb.i and _is_unnamed_group(subject)
          and not any(c.dep_ in {"aux", "neg"} for c in verb.children)
          and any(c.dep_ == "ccomp" and c.i > verb.i and _is_finite_clause(c) for c in verb.children)):
        holder = subject  # "a temple that experts believe dates back to 700 BCE": an unnamed group
    elif verb.tag_ in {"VBD", "VBP", "VBZ"}:
        # ("that" may be a second subject of the verb beside "many thought")
        thought = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                        and c.lower_ == "thought" and c.i < verb.i), None)
        holder = None if thought is None else next(
            (c for c in thought.children if c.dep_ == "amod" and c.i == thought.i - 1
             and c.lower_ in VIEW_QUANTIFIERS), None)
    if holder is None or holder.left_edge.i == 0 or doc[holder.left_edge.i - 1].lower_ not in {"that", "which"}:
        return []
    return [holder]


def _group_view_holders(verb: Token) -> list[Token]:
    """The unnamed group whose view a verb states: a belief with its clause, or a judgement
    ('see X as', 'compare X to', 'question the decision', 'point to X as evidence')."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    subject = _group_subject(verb)
    if subject is None:
        return []
    if _holds_a_group_view(verb, subject) or _fears_the_thing_before(verb, subject):
        return [subject]
    if not _is_stated_as_fact(verb):
        return []
    if _judges_as(verb) or _likens(verb) or _questions_a_view(verb) or _points_to_as_evidence(verb):
        return [subject]
    return []


def _view_takers(verb: Token) -> list[Token]:
    """'Three economists take the optimistic view', 'some analysts hold the view that ...':
    people of a kind, counted or not, taking a view told as a fact (not a crowd: 'investors
    take a dim view'; nor 'the economists', people named before)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in {"take", "hold", "share"} or not _is_stated_as_fact(verb):
        return []
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in TAKEN_VIEW_NOUNS and any(
            g.dep_ in {"amod", "acl", "relcl"} or (g.dep_ == "det" and g.lower_ == "the") for g in c.children)
            for c in verb.children):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NNS" or not _is_people_kind(subject):
        return []
    if subject.lemma_.lower() in GROUP_CROWD_NOUNS or any(
            c.dep_ in {"det", "poss"} and c.lower_ not in GROUP_DETERMINERS for c in subject.children):
        return []
    return [subject]


def _consensus_holders(noun: Token) -> list[Token]:
    """'The consensus among many developers—Ann Cole among them—is that ...': the people of a kind
    whose shared view the sentence states, and a member it names beside them."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CONSENSUS_NOUNS or noun.dep_ != "nsubj":
        return []
    verb = noun.head
    if verb.lemma_.lower() != "be" or not any(
            c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
            for c in verb.children):
        return []
    holders = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in {"among", "of"}
               for g in c.children if g.dep_ == "pobj" and g.tag_ == "NNS" and _is_people_kind(g)
               and g.lemma_.lower() not in GROUP_CROWD_NOUNS]
    if not holders:
        return []
    members = [c for c in noun.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and any(
        p.dep_ == "prep" and p.lower_ == "among" for p in c.children)]
    return holders + members


def _body_judging_as(verb: Token) -> list[Token]:
    """'The government certainly viewed the deal as unacceptable', 'Acme regards the bid as
    hostile': a body's stated judgement of something, told as a fact, cites the body (not 'the
    government may view it as', nor people, whose views the group rules read)."""
    from newsfacts.extract.sources import COMPANY_WORDS, GOVERNMENT_WORDS

    if verb.pos_ != "VERB" or not _judges_as(verb) or not _is_stated_as_fact(verb):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    body = subject.ent_type_ in {"ORG", "GPE"} if subject.pos_ == "PROPN" else (
        subject.lemma_.lower() in GOVERNMENT_WORDS | COMPANY_WORDS and any(
            c.dep_ == "det" and c.lower_ == "the" for c in subject.children))
    return [subject] if body else []


def _each_alike(head: Token) -> bool:
    """'critics and fans alike': two groups, each its own source."""
    return any(c.dep_ == "advmod" and c.lower_ == "alike" for c in head.children)


def _speaks_as_a_group(noun: Token) -> bool:
    """'the inmates observed', 'former greats say', 'advocates argued that': people of a group
    whose noun has no agent ending; advocates only with what they hold ('advocates are urging
    the regulator to act' is a campaign, no view told)."""
    lemma = noun.lemma_.lower()
    if lemma in GROUP_SPEAKER_NOUNS or _is_former_people(noun):
        return True
    if lemma not in CLAUSE_GROUP_NOUNS or noun.dep_ != "nsubj":
        return False
    verb = noun.head
    if verb.lemma_.lower() in ADVOCATES_TELLING_VERBS:
        return True  # "advocates have been warning about it": a telling, not a campaign
    return any(c.dep_ in {"ccomp", "parataxis"} and _is_finite_clause(c) for c in verb.children) or bool(
        _group_view_holders(verb))


# Verbs by which advocates tell something whatever follows ("advocates have long warned about
# this", "advocates complained"), unlike "urge" or "call", their campaigning.
ADVOCATES_TELLING_VERBS = {"say", "warn", "argue", "tell", "note", "complain", "claim", "insist", "contend",
                           "caution", "explain", "write"}



def _people_at_large(subject: Token, verb: Token) -> bool:
    """'people project whatever emotion they want onto it', 'what causes people to post
    emotional material': people in general doing what a saying verb can name, with no clause or
    quotation of what they said; not 'people said they heard shots', 'people in the town told
    reporters'."""
    if subject.lower_ not in {"people", "users", "everyone", "everybody"} or any(
            c.dep_ not in {"punct"} for c in subject.children):
        return False
    # ("project whatever emotion they want": a free relative the parse took for a clause said)
    return not any((c.dep_ in {"ccomp", "parataxis"} and c.left_edge.lower_ not in {"whatever", "what", "whichever"})
                   or (c.dep_ == "punct" and c.text in QUOTE_MARKS) for c in verb.children)
