"""Citations: who the article attributes information to, found through the dependency parse.

Cues: "according to X"; "X said/told/stated/confirmed/asserted/acknowledged/..." (speech verbs
with X as subject, or as the noun a participle hangs on: "US officials saying ..."); "as
stated/confirmed by X", "announced by X", "accused by X of"; "analysts polled by X"; "In a
statement, X confirmed ...". Coordinated speakers ("the Iraqi
sources and US officials said") give one citation each. A statement or report with a named issuer
("according to a statement released by the Iraqi Ministry of Foreign Affairs") is cited as its
issuer with cue `statement`; a statement without an issuer is a `document` source. The small model
has no coreference, so a few cheap rules stand in: a bare surname ("Miller said") takes the full
name of an earlier PERSON entity, "he"/"she" the last person named before (the subject of a
recent main clause before one named in passing, and through a run of "he" a man the article has
shown to be one; never a platform, a name inside a quote, nor a name paragraphs back), "it" the
last non-person source cited; "they", a pronoun inside a quotation and unresolvable pronouns give
no citation.

Attributions without a listed saying verb are found by their shape: a quotation closed by a short
clause ('"...," she laughed') or opened after a colon ('X agreed: "..."', 'X: "..."'); views held
or stated ("police believe", "was adamant that"); acting in one's own statement ("in a letter,
X outlined"); the issuer of a document mentioned anywhere ("X's statement", "a study by X");
"in the words of X", "X was quoted as saying", saying as a means or a purpose ("by warning",
"took to Twitter to say"). "The company", "the ministry", "a spokeswoman for the company" and
"the statement" point back at the body cited or named before.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from newsfacts.extract.schemas import Citation, fact_id
from newsfacts.extract.sources import (
    DOCUMENT_NOUNS,
    FORMER_WORDS,
    SPOKES_NOUNS,
    TITLE_WORDS,
    classify_source,
    names_an_office,
    normalise_body_name,
    office_held_before,
    without_leading_modifiers,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from newsfacts.extract.nlp import ParsedArticle

SPEECH_VERBS = {
    "say", "tell", "state", "confirm", "assert", "acknowledge", "announce", "declare", "claim",
    "add", "note", "report", "warn", "insist", "deny", "explain", "stress", "write", "affirm",
    "reiterate", "emphasize", "emphasise", "reveal", "indicate", "disclose", "argue", "allege",
    "tweet", "quip", "confess", "testify", "urge", "pledge", "vow", "promise", "predict",
    "estimate", "forecast", "concede", "complain", "recommend", "comment", "accuse", "admit",
    "caution", "describe", "call", "rule", "find", "suggest", "conclude", "expect",
    "blame", "criticize", "criticise", "praise", "respond", "reply", "post", "cite",
}
# Verbs that cite only in the shapes below (a document's findings, criticism, rebuttals); kept
# out of SPEECH_VERBS, which other extractors read as plain saying verbs.
SHAPED_CITING_VERBS = {"show", "project", "condemn", "denounce", "decry", "reject", "dismiss",
                       "refute", "continue", "share", "point", "recall", "joke", "boast", "lament",
                       "welcome", "hail", "applaud", "object", *(
                           # Saying verbs that cite with a clause or a quote, as any saying
                           # verb outside BARE_SPEECH_VERBS: "remarked that", '"...," she countered'.
                           "mention", "remark", "observe", "maintain", "contend", "counter",
                           "clarify", "elaborate", "speculate", "recount", "signal", "hint",
                           # ...and the other reporting verbs of English grammars: telling
                           # whom ("assured lawmakers that"), stressing, exclaiming, charging.
                           "assure", "inform", "remind", "notify", "underscore", "underline",
                           "highlight", "proclaim", "exclaim", "retort", "charge", "opine",
                           "surmise", "theorize", "theorise", "muse", "aver", "agree",
                           # ...and demands voiced with a clause: "demanded that the city pay",
                           # "demanded the firm reopen the plant" (not "demanded higher pay").
                           "demand"),
                       "speak", "express", "voice",
                       # a vote against, on the record: "three members dissented"
                       "dissent"}
# The saying verbs that cite with a clause or a quote only, which have other senses besides
# ("maintained the software", "observed the birds").
CLAUSE_ONLY_SAYING_VERBS = {"mention", "remark", "observe", "maintain", "contend", "counter", "clarify",
                            "elaborate", "speculate", "recount", "signal", "hint"}
# Verbs of belief that attribute a view held ("police believe the fire was set"; "many analysts
# believe" is a source by the labelling rules), only with a finite clause in a main clause: not
# "fans who believe", "may still believe", "made him think".
BELIEF_VERBS = {"believe", "think", "suspect", "fear", "worry", "doubt", "reckon"}
# Verbs a thing can do as well as a speaker: "the case highlights that ..." cites nobody.
THING_CAN_DO_VERBS = {"highlight", "underscore", "underline"}
# Verbs that voice a stance only with its noun: "the EU expressed concern over the arrests".
VOICING_VERBS = {"express", "voice"}
VOICED_NOUNS = {"concern", "regret", "hope", "support", "doubt", "opposition", "frustration",
                "outrage", "sympathy", "condolence", "disappointment", "optimism", "confidence",
                "anger", "alarm", "skepticism", "scepticism", "reservation", "objection",
                "criticism", "dismay", "satisfaction", "gratitude", "solidarity", "fear", "worry",
                "surprise", "shock", "sadness", "displeasure", "dissatisfaction", "interest",
                "willingness", "readiness", "desire", "view", "opinion"}
SHAPED_CITING_VERBS |= BELIEF_VERBS
# Common verbs that cite only with a clause, a quote or a decision greeted ('"...," she
# continued', 'pointed out that', 'welcomed the ruling'), too common to make a sentence worth a
# parse on their own ("welcome and goodbye patterns"); they cite when the sentence is parsed for
# another cue (a number, a date, "in a statement").
COMMON_CITING_VERBS = {"show", "continue", "share", "point", "welcome", "hail", "applaud",
                       "think", "worry", "doubt", "agree", "charge", "highlight", "inform",
                       "remind", "assure", "notify", "express", "voice"}
CITING_VERBS = SPEECH_VERBS | SHAPED_CITING_VERBS
# Words that make a sentence worth a full parse for citations (nlp._cue_re): the saying verbs
# and the documents that "show" findings; "show" alone is too common a verb to cue a parse.
CITATION_CUES = (SPEECH_VERBS | SHAPED_CITING_VERBS - COMMON_CITING_VERBS) | {
    "study", "studies", "survey", "surveys", "research", "poll", "polls", "analysis",
    # ...and the records that "show" what happened: "court documents show that ...".
    "documents", "records", "filing", "filings", "transcript", "transcripts",
    # ...and declarations issued: "an earlier declaration by China's health chiefs that ...".
    "declaration", "declarations",
    # ...and rumors put out: "has published rumors that ...", and what came "courtesy of" someone.
    "rumor", "rumors", "rumour", "rumours", "courtesy",
    # ...and what is told coming from someone: "the details come to us from Reuters".
    "details"}
# Attributions by their shape around a quotation, whatever the verb, also worth a parse: a quote
# closed by a short clause that ends the sentence ('"...," she laughed.', '..." he continued.')
# and a quote opened after a colon ('Smith agreed: "..."', 'Dan Holt: "..."').
QUOTATION_CUE = (r"""[,!?]["”’']\s+(?:\S+\s+){0,7}\S+$|:\s*["“‘]|\b(?i:in the words of)\b"""
                 # "In Keller's view, ...", "in the ministry's assessment"
                 r"""|\b[Ii]n\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*['’]s?\s+"""
                 r"""(?:view|opinion|estimation|words|assessment)\b"""
                 # "researchers showed that ...": a finding shown, worth a parse though "show" is not
                 # ("looking to show that" is an aim; "studies show that" is cued by "studies")
                 # ("helped to show that ..." too: who helped shows it)
                 r"""|\b(?i:shows|showed|shown|help(?:s|ed)?\s+(?:to\s+)?show)\b[^.;]{0,80}?\bthat\b"""
                 # ...and the shapes of _remark_makers, _outlook_holders, _information_providers
                 # and _shown_documents: "a remark from", "forecasters see", "obtained from",
                 # "as you can see from"
                 r"""|\b(?i:remarks?|comments?|quips?|warnings?)\s+(?:from|by)\b"""
                 r"""|\b(?i:forecasters|analysts|economists|experts|meteorologists|strategists|pollsters)\s+sees?\b"""
                 r"""|\b(?i:obtained|taken|compiled|drawn|derived|sourced|adapted)\s+from\b"""
                 r"""|\b(?i:as\s+(?:you\s+|we\s+)?(?:can\s+|could\s+)?(?:be\s+)?(?:see|seen))\s+(?:from|in|on)\b"""
                 # ...and _critics: "won praise for his scathing critique of ..."
                 r"""|\b(?i:for\s+(?:his|her)\s+(?:[\w-]+,?\s+){0,3}(?:critique|criticism|takedown|rebuttal|essay|op-ed|commentary))\b""")
# Criticism voiced about something: "Egypt condemned the raid". (Welcoming or applauding
# can be done by deeds, "investors welcomed the deal, subscribing ...", "slammed" by storms.)
REACTION_VERBS = {"condemn", "denounce", "decry", "object"}
# Verbs that greet a decision: "Wikileaks welcomed the move", "unions hailed the ruling" (not
# "the hotel welcomed guests" nor "investors welcomed the deal, buying ...").
WELCOMING_VERBS = {"welcome", "hail", "applaud"}
DECISION_NOUNS = {"decision", "move", "ruling", "verdict", "announcement", "step", "news",
                  "resignation", "judgment", "judgement"}
# Verbs that answer a claim: "the Pentagon rejected the accusations" (not "voters rejected the bill").
REBUTTING_VERBS = {"reject", "dismiss", "refute"}
CLAIM_NOUNS = {"accusation", "claim", "allegation", "report", "charge", "criticism", "suggestion",
               "notion", "assertion", "idea", "characterization", "characterisation", "rumor",
               "rumour", "speculation", "story", "account", "assessment", "finding"}
# Verbs that cite without a clause complement ("X told reporters", "X said.", "X urged calm").
# ("testified before the committee" without what was said is a hearing, an event.)
BARE_SPEECH_VERBS = {"say", "tell", "tweet", "quip", "confess", "urge", "pledge",
                     "vow", "promise", "concede", "complain", "comment", "accuse", "admit",
                     "allege", "blame", "criticize", "criticise", "respond", "reply", "warn",
                     "insist", "deny", "claim", "caution"}
# Verbs whose direct object is the information itself ("the ministry confirmed the deaths").
OBJECT_SPEECH_VERBS = {"confirm", "announce", "deny", "acknowledge", "reveal", "report", "disclose",
                       "estimate", "predict", "forecast", "recommend", "describe", "post", "cite"}
# Verbs that cite only with a particular shape: "called it a sham" (an object complement),
# "ruled out X", "the study found that", "experts expect rates to stay low".
SHAPED_SPEECH_VERBS = {"call": {"oprd", "xcomp", "ccomp"}, "rule": {"prt"},
                       "find": {"ccomp"}, "suggest": {"ccomp"}, "show": {"ccomp"},
                       "project": {"ccomp"}, "conclude": {"ccomp"}, "expect": {"ccomp", "xcomp"},
                       "praise": {"dobj"}}
# A court's ruling is an event, not a source (the labelling rules): "the court ruled",
# "courts have declared the settlements legal", "the tribunal found that".
COURT_NOUNS = {"court", "tribunal"}
RULING_VERBS = {"rule", "declare", "find", "conclude", "order", "decide", "uphold", "overturn"}
# Verbs that report a finding only with a finite clause: "the study found that rates fell",
# "the budget office projects that the deficit will widen".
FINDING_VERBS = {"find", "suggest", "conclude", "show", "project"}
# Verbs that cite only a document: "studies have shown that", not "the video shows him leaving"
# nor "his record shows that he can win" said of a person.
DOCUMENT_ONLY_VERBS = {"show"}


def _shows_a_finding(verb: Token, subject: Token) -> bool:
    """'Shirazi-Beechey showed that ...', 'a group of Swiss scientists showed that ...': a
    researcher (named, or by a researcher's word) shows a finding in a that-clause; not 'his
    record shows he can win' nor 'the video shows him leaving'."""
    if subject.lemma_.lower() in {"group", "team"}:
        subject = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), subject)
    if not (subject.ent_type_ == "PERSON" or subject.lemma_.lower() in VIEW_HOLDERS):
        return False
    return any(c.dep_ == "ccomp" and _is_finite_clause(c)
               and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
               for c in verb.children)


def _voices_a_view(verb: Token) -> bool:
    """'expressed concern that the plan would fail', 'in a statement, voiced hope for ...': a
    stance with what it is about said; not 'lawmakers expressed outrage over the breakdown'."""
    stance = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in VOICED_NOUNS),
                  None)
    if stance is None:
        return False
    clause = any(c.dep_ in {"acl", "ccomp", "relcl"} and verb.doc[min(t.i for t in c.subtree)].lower_ == "that"
                 for c in [*stance.children, *verb.children])
    return clause or _has_statement_prep(verb)


# Holders whose view is reported as information: experts and those in charge ("analysts
# believe", "police suspect"), besides named people and bodies.
VIEW_HOLDERS = {"analyst", "economist", "expert", "researcher", "scientist", "investigator",
                "official", "authority", "doctor", "forecaster", "strategist", "observer",
                "specialist", "historian", "engineer", "epidemiologist", "detective"}


def _holds_views_on_record(subject: Token) -> bool:
    """A named person or body, a pronoun for one, an office or an expert; not a crowd
    ('protesters', 'fans', 'voters') whose beliefs the text describes."""
    from newsfacts.extract.sources import BODY_NOUNS, GOVERNMENT_WORDS

    if subject.pos_ in {"PROPN", "PRON"} or subject.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return True
    lemma = subject.lemma_.lower()
    return lemma in (VIEW_HOLDERS | ROLE_WORDS | TITLE_WORDS | GOVERNMENT_WORDS | SPEAKING_NOUNS
                     | ORGANIZATION_KINDS | BODY_NOUNS)


# Documents a passive saying speaks through: "was announced in an article in Nature Astronomy".
SAID_IN_NOUNS = {"review", "article", "paper", "study", "report", "statement", "letter", "post",
                 "filing", "interview", "tweet", "blog", "journal"}


def _document_said_in(verb: Token) -> Token | None:
    """'It's revealed in Eurogamer's review that ...', 'The discovery was announced in an article
    published Monday in the journal Nature Astronomy': the document's owner, else the document
    (a journal publishes the article, its authors speak)."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for document in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in SAID_IN_NOUNS):
            owner = next((c for c in document.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            if owner is not None:
                return owner
            if document.lemma_.lower() != "journal":
                return document  # "an article published Monday in the journal X": the article
    return None


# Conjunctions that give a view as the ground of a statement: "given that analysts believe ...",
# "because investigators suspect ...": the view is still reported as held.
GROUNDING_MARKS = {"because", "since", "as", "while", "although", "though"}


def _reasons_from_view(verb: Token) -> bool:
    """'given that many analysts believe ...', 'because police suspect ...'."""
    if verb.dep_ == "pcomp":
        return verb.head.lower_ == "given"
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in GROUNDING_MARKS
                                        for c in verb.children)


def _holds_a_view(verb: Token, subject: Token) -> bool:
    """'Police believe the fire was set', 'analysts fear that ...': a view held, stated in a main
    clause with a finite clause; not 'those who believe ...', 'may still believe', 'made him think'."""
    if not (verb.dep_ in {"ROOT", "conj"} or _reasons_from_view(verb)) or subject.lower_ in RELATIVE_PRONOUNS:
        return False
    if not _holds_views_on_record(subject):
        return False  # "Protesters believe the bill is ...": what moves a crowd, not a source
    if subject.tag_ == "NNS" and subject.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return False  # "the researchers believe": the people named before, already cited
    if any(c.dep_ == "aux" and c.lemma_.lower() in {"may", "might", "could", "would", "should",
                                                     "must", "can", "do", "have"} for c in verb.children):
        return False  # a guess, a question or a long-held view ("have long suspected")
    return any(c.dep_ == "ccomp" and _is_finite_clause(c) and not _quote_between(verb, c)
               for c in verb.children)


def _reacts_to_something(verb: Token) -> bool:
    """'condemned the raid', 'rejected the accusations': a reaction or rebuttal voiced; 'objected
    to the deal' or 'objected that ...' (not 'the object was found')."""
    if verb.lemma_.lower() == "object":
        return any((c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ in {"pobj", "pcomp"} for g in c.children))
                   or (c.dep_ == "ccomp" and _is_finite_clause(c)) for c in verb.children)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.ent_type_ == "PERSON" or any(c.like_num for c in obj.children):
        return False
    lemma = obj.lemma_.lower()
    return lemma in CLAIM_NOUNS if verb.lemma_.lower() in REBUTTING_VERBS else True


def _greets_a_decision(verb: Token) -> bool:
    """'welcomed the Swedish move', 'hailed the court's ruling': a decision greeted in words."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in DECISION_NOUNS for c in verb.children)


def _can_speak(noun: Token) -> bool:
    """'the ministry welcomed the deal, saying', 'protesters marched, saying'; not 'the
    resolution allowed researchers to ..., revealing' (a thing that reveals by being seen)."""
    from newsfacts.extract.sources import ANONYMOUS_NOUNS, BODY_NOUNS, GOVERNMENT_WORDS

    lemma = noun.lemma_.lower()
    return (noun.pos_ in {"PROPN", "PRON"} or bool(noun.ent_type_) or noun.tag_ == "NNS"
            or lemma in ROLE_WORDS | SPEAKING_NOUNS | TITLE_WORDS | ANONYMOUS_NOUNS | BODY_NOUNS
            | GOVERNMENT_WORDS | DOCUMENT_NOUNS)


def _is_speaker_kind(noun: Token) -> bool:
    """A plural noun for people or bodies that speak ('protesters chanting', 'officials saying'),
    not for things ('theories suggesting', 'posters reading')."""
    from newsfacts.extract.sources import ANONYMOUS_NOUNS, BODY_NOUNS, GOVERNMENT_WORDS

    lemma = noun.lemma_.lower()
    return bool(noun.ent_type_) or lemma in (ROLE_WORDS | SPEAKING_NOUNS | TITLE_WORDS | ANONYMOUS_NOUNS
                                             | BODY_NOUNS | GOVERNMENT_WORDS | DOCUMENT_NOUNS
                                             | VIEW_HOLDERS | PROFESSION_WORDS | ORGANIZATION_KINDS
                                             | {"protester", "demonstrator", "lawmaker", "leader",
                                                "representative", "member", "student", "citizen"})


def _is_document(noun: Token) -> bool:
    """'studies', 'the IMF's report', 'data': a document or data; not 'his record' (a person's)."""
    if noun.lemma_.lower() not in DOCUMENT_NOUNS | {"datum"} and noun.lower_ not in DOCUMENT_NOUNS:
        return False
    return not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def _is_finite_clause(verb: Token) -> bool:
    """'that rates fell', 'rates have fallen': a clause with a tensed verb, a modal or 'that'.

    A relative clause the parse hung on the verb ("found a man, who was ...") is none.
    """
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"who", "which"} for c in verb.children):
        return False
    return verb.tag_ in {"VBD", "VBZ", "VBP", "MD"} or any(
        c.dep_ in {"aux", "auxpass", "mark"} and (c.tag_ in {"VBD", "VBZ", "VBP", "MD"} or c.lower_ == "that")
        for c in verb.children)


# Saying verbs whose passive names the speaker in its agent: "announced by President Moon",
# "recommended by the agency's panel", "accused by critics of ...".
PASSIVE_SPEECH_VERBS = {"announce", "confirm", "report", "reveal", "recommend", "estimate",
                        "predict", "forecast", "accuse", "criticize", "criticise", "blame",
                        "praise", "deny", "state", "disclose", "describe", "cite", "warn"}
# Verbs whose agent attributes a figure when the verb describes counted things: "43 million
# Americans expected by AAA to travel", "a deficit projected by the CBO to reach $2 trillion".
FIGURE_EXPECTING_VERBS = {"expect", "project"}


def _expects_a_figure(verb: Token) -> bool:
    """'more than 43 million Americans expected by AAA to travel': the participle describes a
    counted noun (or is the passive of a clause about one); 'a ruling expected by lawyers' is no figure."""
    described = verb.head if verb.dep_ == "acl" else next(
        (c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return described is not None and any(
        c.dep_ in {"nummod", "quantmod"} or c.like_num or c.ent_type_ in {"CARDINAL", "MONEY", "PERCENT"}
        for c in described.subtree if c.i < verb.i)


# Names of times a "by" may bound: "20 new trains are expected by December", "by Christmas".
TIME_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
              "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
              "saturday", "sunday", "christmas", "easter", "thanksgiving", "halloween", "midsummer",
              "spring", "summer", "autumn", "fall", "winter", "midnight", "noon"}


def _names_a_time(agent: Token) -> bool:
    """'expected by Friday', 'projected by Q3', 'expected by Easter': "by" sets a deadline, and
    no one expects anything."""
    return (agent.ent_type_ in {"DATE", "TIME"} or agent.lower_ in TIME_NAMES
            or re.fullmatch(r"(?:[QH][1-4]|FY\d{2,4}|(?:mid-)?\d{4})", agent.text) is not None)


# Common nouns that can speak as a passive's agent ("accused by critics"); other agents speak
# only when named ("accused of theft by a woman" is an allegation, "revealed by his death" no one).
SPEAKING_NOUNS = {"critic", "expert", "panel", "committee", "agency", "ministry", "government",
                  "department", "council", "commission", "company", "police", "authority",
                  "court", "board", "study", "report", "survey"}
# Verbs whose agent ran a survey: "analysts polled by Reuters", "economists surveyed by FactSet".
SURVEYING_VERBS = {"survey", "poll"}
# Verbs that put a document out: its subject is the document's issuer.
ISSUING_VERBS = {"issue", "release", "publish", "put", "send", "post", "circulate", "file"}
RELATIVE_PRONOUNS = {"who", "that", "which"}
DASHES = {"-", "–", "—"}
# Entity labels of a proper noun beside a speaker that does not name it: dates, times, places.
NOT_NAME_ENTITIES = {"DATE", "TIME", "GPE"}
PERSON_TYPES = {"person", "official", "anonymous"}
EXCLUDED_SPEAKERS = {"i", "we", "you", "one", "this", "these", "those", "what", "some", "many",
                     "others", "both", "all", "number", "share", "percentage", "majority",
                     "proportion", "half", "most", "minority", "none", "rest", "nobody",
                     "everyone", "everybody", "anyone", "something", "nothing", "that", "which"}
SPEAKER_DEPS_DROPPED = {"relcl", "acl", "conj", "cc", "advcl", "punct"}
# Role words that, with "the" or a possessive and no name, point back at a person named earlier.
ROLE_WORDS = {"minister", "president", "spokesman", "spokeswoman", "spokesperson", "chief",
              "governor", "mayor", "senator", "leader", "chairman", "chairwoman", "director",
              "ceo", "official", "manager", "coach", "secretary", "ambassador", "commander",
              "premier", "chancellor", "prosecutor", "lawyer", "attorney", "judge", "founder",
              "executive", "analyst", "economist", "researcher", "scientist", "professor",
              "author", "year-old", "star", "player", "striker", "boss", "champion"}


def _speaker_span(head: Token) -> Span:
    """The noun phrase of a speaker without its relative clauses, conjuncts and edge punctuation."""
    doc = head.doc
    dropped: set[int] = set()
    for child in head.children:
        if child.dep_ in {"conj", "cc"} and _one_name_with(head, child):
            continue  # "Customs and Border Protection" is one body
        if child.dep_ in SPEAKER_DEPS_DROPPED and not (child.dep_ == "punct" and child.text == "-"):
            dropped.update(t.i for t in child.subtree)
        elif _is_time_phrase(child):
            dropped.update(t.i for t in child.subtree)  # "Alden on Tuesday announced"
    kept = [t.i for t in head.subtree if t.i not in dropped]
    start, end = min(kept), max(kept) + 1
    while start < head.i and (doc[start].is_punct or doc[start].lower_ in {"and", "but"}
                              or doc[start].dep_ == "preconj"):  # "both NBC and Bloomberg"
        start += 1
    while end - 1 > head.i and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]


def _is_time_phrase(child: Token) -> bool:
    """'on Tuesday', 'last week', 'Tuesday' hung on a speaker: when, not who, speaks."""
    if child.dep_ in {"npadvmod", "nmod", "compound"} and child.i > child.head.i:
        return child.ent_type_ in {"DATE", "TIME"}
    if child.dep_ == "prep" and child.i > child.head.i:
        objects = [g for g in child.children if g.dep_ == "pobj"]
        return bool(objects) and all(g.ent_type_ in {"DATE", "TIME"} for g in objects)
    return False


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


def _with_conjuncts(head: Token) -> list[Token]:
    heads = [head]
    for child in head.children:
        if child.dep_ == "conj" and _one_name_with(head, child):
            continue
        # "Mayer, Disney's chairman, said": a conjunct marked as a possessor owns, not speaks.
        possessor = any(g.tag_ == "POS" for g in child.children)
        if child.dep_ == "conj" and child.pos_ in {"NOUN", "PROPN"} and not possessor and not (
                _is_office_after_name(head, child)):
            heads.extend(_with_conjuncts(child))
    return heads


def _is_office_after_name(name: Token, conjunct: Token) -> bool:
    """'says Chris Early, senior vp partnerships and revenue at Acme': the office set after a
    person's name, parsed as a conjunct, describes the person and does not speak."""
    first = min(t.i for t in conjunct.subtree)
    return (name.ent_type_ == "PERSON" and conjunct.pos_ == "NOUN" and first > 0
            and name.doc[first - 1].text == "," and not any(c.dep_ == "det" for c in conjunct.children))


# Written works in which someone says or writes something: "wrote about it in his book".
WRITTEN_WORKS = {"book", "memoir", "column", "essay", "op-ed", "editorial", "blog", "post", "newsletter",
                 "autobiography", "biography", "tweet", "email", "e-mail"}


def _has_statement_prep(verb: Token) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ == "in"
        and any(g.lemma_.lower() in DOCUMENT_NOUNS | WRITTEN_WORKS for g in c.children)
        for c in verb.children
    )


def _under_according(verb: Token) -> bool:
    return any(a.lower_ == "according" for a in verb.ancestors)


def _speech_verb_speakers(verb: Token) -> list[Token]:
    """Speaker heads of one speech verb, or [] when the verb does not cite anybody."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    deps = {c.dep_ for c in children}
    negated = any(c.dep_ == "neg" and not _quote_between(c, verb) for c in children)
    if negated or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {"decline", "refuse", "fail"}):
        return []  # "did not respond to a request for comment", "declined to comment"
    if _is_hypothetical(verb) or _is_action_sense(verb):
        return []
    if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in children):
        return []  # "only if a doctor concludes that ...": a condition, nobody said it
    if verb.tag_ in {"VBZ", "VBP"} and any(c.dep_ == "advmod" and c.lower_ in {"when", "whenever"} for c in children) and (
            verb.dep_ == "advcl" and verb.head.tag_ != "VBD"):
        return []  # "alerts when he reports the news", "rates fall when the bank announces a cut": a habit
        # (not "shares rallied when the Fed says it will pause": one day's news told in the present)
    if _is_obliged_or_demanded(verb):
        return []
    if _says_in_general(verb):
        return []
    agent = next((g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                 None)
    if agent is not None and any(c.dep_ == "mark" and c.lower_ == "as" for c in children):
        return [agent]
    if agent is not None and lemma in {"state", "confirm", "report", "announce"} and verb.dep_ == "advcl":
        return [agent]
    if agent is not None and lemma in PASSIVE_SPEECH_VERBS | FIGURE_EXPECTING_VERBS and verb.tag_ == "VBN" and (
        agent.pos_ == "PROPN" or agent.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
        or agent.lemma_.lower() in ROLE_WORDS | SPEAKING_NOUNS
        or _named_apposition(agent) is not None  # "revealed by the charity Open Doors"
        # "revealed by the NGO Front Line Defenders": a name whose last word the tagger took
        # for a common noun
        or (agent.text[:1].isupper() and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in agent.children))
    ) and (lemma not in FIGURE_EXPECTING_VERBS or (_expects_a_figure(verb) and not _names_a_time(agent))):
        return [agent]  # "the plan announced by President Moon", "accused by critics of ..."
    if "auxpass" in deps and not any(c.dep_ == "nsubj" for c in children):
        published_in = _document_said_in(verb)
        if published_in is not None:
            return [published_in]  # "it's revealed in Eurogamer's review that ..."
    # A dateline ("BAGHDAD: ...") can be parsed as a second subject; the nearest one speaks.
    subjects = [c for c in children if c.dep_ == "nsubj" and not _is_dateline(c)]
    if lemma == "tell" and any(c.i < verb.i for c in subjects):
        # '"...," Jack Buser tells The Hollywood Reporter': who is told follows the verb.
        subjects = [c for c in subjects if c.i < verb.i]
    subject = min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None
    if subject is not None and subject.i < verb.i and any(c.tag_ == "POS" for c in subject.children) and not any(
            c.dep_ in {"ccomp", "acl"} and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
            for c in children):
        # "despite Trump's vows to resurrect coal", "the minister's promises of reform": a noun
        # the parse took for a verb with its possessor as subject; an intention or a promise
        # owned is no statement unless a that-clause gives what was claimed.
        return []
    if subject is None and lemma in FINDING_VERBS and verb.tag_ == "VBG" and verb.i >= 2 and (
            verb.doc[verb.i - 1].tag_ == "POS" and verb.doc[verb.i - 2].pos_ in {"NOUN", "PROPN"}):
        # "amid the agency’s finding that the drug was unsafe": the noun "finding", parsed as a
        # participle, with its possessor; whose finding it is reports it
        subject = verb.doc[verb.i - 2]
    if subject is None:
        subject = _speaker_after_reported_clause(verb)
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
        subject = verb.head
        if subject.tag_ == "NNS" and subject.pos_ == "NOUN" and not _is_speaker_kind(subject):
            return []  # "conspiracy theories suggesting he was murdered": no one speaks
        if subject.dep_ == "attr":
            # "Morrison was the third witness testifying": the copula's subject testifies.
            subject = next((c for c in subject.head.children if c.dep_ == "nsubj"), subject)
        if subject.lower_ in PLATFORMS and subject.dep_ == "pobj" and subject.head.head.pos_ == "VERB":
            # "Swift posted on Twitter accusing the label ...": the platform is where she posted;
            # the one posting accuses.
            subject = next((c for c in subject.head.head.children if c.dep_ == "nsubj"), None)
            if subject is None:
                return []
    if subject is None and verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBD"} and "agent" not in deps and any(
            c.dep_ == "ccomp" and _is_finite_clause(c) and any(g.dep_ == "mark" and g.lower_ == "that"
                                                            for g in c.children) for c in children) and (
            verb.head.dep_ in {"nsubj", "ROOT"} and _can_speak(verb.head)):
        # "WeWork's parent company, The We Company, announced on Sept. 30 that ...": a finite verb
        # with its clause, which the parse took for a participle of its subject.
        subject = verb.head
    if subject is None and verb.dep_ in {"conj", "advcl", "xcomp"} and verb.head.pos_ in {"VERB", "AUX"}:
        # "responded and confirmed that ...", "welcomed the exchange, saying ..."
        # "The commission is frustrated ..., saying": a passive subject speaks only through -ing.
        subject_deps = {"nsubj", "nsubjpass"} if verb.tag_ == "VBG" and verb.dep_ == "advcl" else {"nsubj"}
        clause = verb.head
        reporter = clause
        while reporter.dep_ == "ccomp" and reporter.head != reporter:
            reporter = reporter.head
        if verb.tag_ == "VBG" and verb.dep_ == "advcl" and reporter != clause and (
                reporter.lemma_.lower() in SPEECH_VERBS and verb.doc[verb.i - 1].text == ","):
            # "Pompeo said Washington had concluded ..., saying he trusted ...": the participle
            # set off after reported words goes on with the one who reports them.
            clause = reporter
        # The clause's subject stands before its participle: in "Reuters reported, citing two
        # sources, that the talks had stalled" the parse may hang "citing" on "stalled".
        inherited = [c for c in clause.children if c.dep_ in subject_deps and not _is_dateline(c)
                     and (c.i < verb.i or verb.dep_ == "conj")]
        if inherited and (verb.dep_ == "conj" or (verb.tag_ == "VBG" and _can_speak(inherited[0]))
                          or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "help")):
            # "... helped to show that the cells fight cancer": who helped shows it too.
            subject = inherited[0]
    if subject is None and verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.tag_ == "VBG" and (
            verb.head.head.pos_ == "VERB"):
        # "Obama inserted himself into the race by warning candidates that ...": who acts speaks.
        subject = next((c for c in verb.head.head.children if c.dep_ == "nsubj" and not _is_dateline(c)), None)
    if subject is None and verb.dep_ in {"xcomp", "advcl"} and verb.head.lemma_.lower() in CAUSING_HEADS and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in children):
        # "The losses led the manufacturer to announce ...": the one made to speak speaks.
        subject = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    if subject is None and _is_purpose_of(verb):
        # "Keller took to Twitter to say ...", "called a press conference to announce ...".
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj" and not _is_dateline(c)), None)
    if subject is None and verb.dep_ == "pcomp" and verb.head.lower_ == "as" and (
            verb.head.head.lemma_.lower() in QUOTING_VERBS):
        # "Holt was quoted (by the Times) as saying ...": the one quoted speaks.
        subject = next((c for c in verb.head.head.children if c.dep_ == "nsubjpass"), None)
    if subject is None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "have" and lemma == "say" and any(
            c.dep_ == "dobj" and c.lower_ == "what" for c in children):
        # "Here's what the coach had to say": the one who had something to say said it.
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj" and not _is_dateline(c)), None)
    if subject is None and lemma == "dissent" and verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBD"} and (
            verb.head.dep_ == "ROOT" and verb.head.pos_ == "NOUN"):
        # "three members--A, B and C--dissented": the finite verb parsed as a participle of
        # its subject, which the parse made the root
        subject = verb.head
    if subject is None:
        subject = _noun_phrase_just_before(verb)
    if subject is None:
        return []
    subject = _members_listed_among(subject)
    if _backs_someone_for_a_post(verb, subject):
        return []  # "recommended Tillerson for the job", "the Senate confirmed the nominee": an act
    if subject.lemma_.lower() in COURT_NOUNS and lemma in RULING_VERBS:
        return []  # "Israeli courts have declared the settlements legal": a ruling, an event
    if lemma in FINDING_VERBS | {"expect", "estimate", "predict", "forecast"} and verb.dep_ == "ccomp" and (
            verb.head.lemma_.lower() in SPEECH_VERBS):
        return []  # "Pompeo said Washington had concluded ...": the finding is Pompeo's report
    if lemma in REACTION_VERBS | REBUTTING_VERBS:
        return [subject] if _reacts_to_something(verb) else []
    if lemma in WELCOMING_VERBS:
        return [subject] if _greets_a_decision(verb) else []
    if lemma in VOICING_VERBS:
        return [subject] if _voices_a_view(verb) else []
    if lemma in BELIEF_VERBS:
        return [subject] if _holds_a_view(verb, subject) else []
    if lemma in THING_CAN_DO_VERBS and not _can_speak(subject):
        return []  # "the case highlights that ...": an example, not a speaker
    if lemma == "speak" and _speaks_to_the_press(verb):
        return [subject]  # "spoke to Radio Eins about the new Commission": an interview given
    if lemma in {"point", "speak"} and not any(c.dep_ == "prt" and c.lower_ == "out" for c in children):
        return []  # "pointed out that ...", "spoke out against" cite; "pointed to", "spoke at" do not
    if lemma == "speak":
        return [subject]  # "spoke out about the harm": a view voiced in public
    if lemma == "dissent":
        # "three members -- A, B and C -- dissented": a vote against, a view on the record, by
        # the members named or by those who sit on a body ("two board members dissented")
        if verb.pos_ != "VERB" or subject.lower_ in RELATIVE_PRONOUNS:
            return []  # "residents who dissented were arrested": who they are, not what they said
        named = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is not None:
            return [named]
        return [subject] if _holds_views_on_record(subject) or subject.lemma_.lower() in VOTING_MEMBERS else []
    if lemma == "share" and ("dobj" in deps or not any(
            c.dep_ == "ccomp" and _is_finite_clause(c) for c in children)):
        return []  # "shared with reporters that ..." cites; "share their views" does not
    if lemma == "continue" and not _closes_quotation(subject):
        return []  # '"...," she continued' cites; "revenues continue to decline" does not
    if lemma in SHAPED_SPEECH_VERBS:
        following = verb.doc[verb.i + 1].lower_ if verb.i + 1 < len(verb.doc) else ""
        if lemma == "call" and (any(c.dep_ == "prt" for c in children) or following in {"in", "off", "up"}):
            return []  # "called in experts", "called off the talks"
        if lemma == "find" and _finds_proof_that(verb, subject):
            return [subject]  # "dug through the filings and found evidence that ...": a finding
        if lemma in FINDING_VERBS and not any(c.dep_ == "ccomp" and _is_finite_clause(c) for c in children):
            return []  # "found a man bleeding" is what was seen, "found that ..." is a finding
        if lemma in DOCUMENT_ONLY_VERBS and not (_is_document(subject) or _shows_a_finding(verb, subject)):
            return []
        if lemma in DOCUMENT_ONLY_VERBS and subject.lower_ in DATA_NOUNS and _issuer(subject) is None:
            return []  # "the figures show ...": data with no issuer cite nobody

        return [subject] if deps & SHAPED_SPEECH_VERBS[lemma] else []
    said = {c.dep_ for c in children if c.dep_ in {"ccomp", "parataxis"} and not _is_embedded_question(c)
            # ("so the team can maintain the technology going forward": a verb that says only
            # with a clause takes no bare participle clause for one)
            and not (lemma in CLAUSE_ONLY_SAYING_VERBS and c.dep_ == "ccomp" and c.tag_ == "VBG"
                     and not _is_finite_clause(c))}
    cites = (
        lemma in BARE_SPEECH_VERBS
        or said
        or verb.dep_ in {"parataxis"}
        or _under_according(verb)
        or _has_statement_prep(verb)
        or (lemma in OBJECT_SPEECH_VERBS and "dobj" in deps)
        or any(c.dep_ == "ccomp" for c in verb.head.children if verb.dep_ == "conj")
        or any(c.dep_ == "punct" and c.text in QUOTE_MARKS for c in children)
        or _follows_quotation(subject)
        or any(c.dep_ == "mark" and c.lower_ == "as" for c in children)  # "as Reuters reported"
        or _clause_told(verb)
    )
    return [subject] if cites else []


# What a finding is found as, with a that-clause giving what it shows: "found evidence that ...".
PROOF_NOUNS = {"evidence", "proof", "sign", "indication", "hint", "trace"}


def _states_content(noun: Token) -> bool:
    """'evidence that the plant is closing', 'rumors that the firm will sell': a noun whose
    that-clause says what it holds; not 'a film that was shot in May' (a relative clause)."""
    return any(c.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in noun.children)


def _finds_proof_that(verb: Token, finder: Token) -> bool:
    """'found evidence that the firm is building a set', 'found signs that ...': what was found
    is a finding stated by its clause; not 'found evidence at the scene' (a thing seen)."""
    if any(c.dep_ == "dobj" and c.lemma_.lower() in PROOF_NOUNS and _states_content(c) for c in verb.children):
        return True
    # "found the statement to be gloomier than expected": a judgement of what was read (the "to
    # be" clause hung on the verb or on its object), by an expert or of a document; not
    # "firefighters found the house to be empty" (a thing seen)
    judged = [a for c in verb.children if _to_be_judged(c) and c.dep_ == "ccomp"
              for a in c.children if a.dep_ == "nsubj"] + [
        c for c in verb.children
        if c.dep_ == "dobj" and any(a.dep_ == "acl" and _to_be_judged(a) for a in c.children)]
    return any(not _is_a_person(j) and (_holds_views_on_record(finder) or _is_document(finder) or (
        j.lemma_.lower() in PUBLISHED_NOUNS | DOCUMENT_NOUNS)) for j in judged)


def _is_a_person(token: Token) -> bool:
    """'found him to be guilty', 'found Smith to be liable': a verdict on someone, not a finding
    read from evidence."""
    return token.lower_ in {"him", "her", "them", "me", "us", "you", "himself", "herself", "themselves"} or (
        token.ent_type_ == "PERSON")


# What a court or jury finds someone: a verdict, not a finding reported ("found the mayor to be
# guilty of bribery").
VERDICT_WORDS = {"guilty", "innocent", "liable", "culpable", "negligent", "responsible", "competent", "insane"}


def _to_be_judged(clause: Token) -> bool:
    """'to be a bit gloomier', 'to be a fraud': 'to be' with what something is judged to be."""
    return clause.lemma_.lower() == "be" and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children) and any(
        a.dep_ in {"acomp", "attr"} and a.lemma_.lower() not in VERDICT_WORDS for a in clause.children)


# Modals that leave a saying in a relative clause a possibility: "anything the firm could say".
POSSIBLE_MODALS = {"could", "would", "might", "can", "may"}


def _says_in_general(verb: Token) -> bool:
    """'the things people say about your brand', 'anything the company could say to its fans':
    what is said in a relative clause by people at large, or what could be said, with no clause
    of what was said; not 'the words the minister said on Monday' (a saying that happened)."""
    if verb.dep_ != "relcl" or any(c.dep_ in {"ccomp", "parataxis"} for c in verb.children):
        return False
    if verb.head.dep_ == "nsubj" and verb.head.head.lemma_.lower() == "be":
        return False  # "the most the spokesman would say was that talks continue": what he said
    if any(c.dep_ == "aux" and c.lower_ in POSSIBLE_MODALS for c in verb.children):
        return True
    return any(c.dep_ == "nsubj" and c.lower_ == "people" and not any(
        g.dep_ in {"det", "nummod", "amod", "compound", "prep", "poss"} for g in c.children) for c in verb.children)


# Who sits on a body that votes: "two board members dissented", "one justice dissented".
VOTING_MEMBERS = {"member", "justice", "judge", "juror", "director", "governor", "commissioner", "trustee"}


# Who hears an interview given: "spoke to reporters", "spoke with the newspaper".
PRESS_NOUNS = {"reporter", "journalist", "medium", "media", "press", "newspaper", "broadcaster",
               "radio", "television", "magazine", "station", "podcast"}


def _speaks_to_the_press(verb: Token) -> bool:
    """'Holt spoke to Radio Eins about the budget', 'spoke with reporters on Monday': an interview
    given to the press, whose speaker is a source though the words are not quoted. Not 'spoke to
    her brother about the farm', 'spoke at the conference', nor 'spoke to reporters on condition of
    anonymity' without saying anything (that one is cited where they said it)."""
    from newsfacts.extract.sources import classify_source

    if any(prep.dep_ == "prep" and prep.lower_ == "on" and any(o.lemma_.lower() == "condition" for o in prep.children)
           for prep in verb.children):
        return False
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"to", "with"}:
            continue
        for listener in prep.children:
            if listener.dep_ != "pobj" or any(c.dep_ in {"relcl", "acl"} for c in listener.children):
                continue  # ("spoke to a journalist he met in prison": someone he knew, no interview)
            if listener.lemma_.lower() in PRESS_NOUNS and listener.pos_ == "NOUN":
                return True
            if listener.pos_ == "PROPN" and classify_source(_speaker_span(listener), listener)[1] in {
                    "media_outlet", "news_agency"}:
                return True
    return False


# Bodies that vote on appointments: "the Senate confirmed Smith", "Parliament confirmed the
# new Commission".
APPROVING_BODIES = {"senate", "parliament", "congress", "assembly", "legislature", "lawmaker", "legislator",
                    "senator", "mep", "deputy", "council", "committee", "house", "bundestag", "duma", "knesset"}
# What such a body confirms in office.
APPOINTED_NOUNS = {"nominee", "appointee", "candidate", "pick", "choice", "nomination", "commission",
                   "cabinet", "government", "commissioner", "judge", "justice", "ambassador", "minister",
                   "secretary", "governor", "chief", "director", "head", "president", "chair", "chairman",
                   "chairwoman", "board", "team", "lineup", "line-up"}


def _backs_someone_for_a_post(verb: Token, subject: Token) -> bool:
    """'Gates and Rice recommended Tillerson for the job', 'the Senate confirmed Smith as
    ambassador', 'Parliament confirmed the new Commission': backing or approving somebody for an
    office is an act, no information cited. Not 'the panel recommended a rate cut', 'recommended
    that Smith be hired', nor 'the ministry confirmed the deaths'."""
    lemma = verb.lemma_.lower()
    if lemma not in {"recommend", "confirm"} or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return False
    obj = objects[0]
    person = obj.ent_type_ == "PERSON" or obj.lower_ in {"him", "her", "them"}
    if lemma == "recommend":
        return person and (any(c.dep_ == "prep" and c.lower_ in {"for", "as"} for c in verb.children)
                           or obj.ent_type_ == "PERSON")
    body = subject.lemma_.lower() in APPROVING_BODIES or subject.lower_ in APPROVING_BODIES
    return body and (person or obj.lemma_.lower() in APPOINTED_NOUNS)


# Modals of obligation: "the regulator should demand that ...", "firms must disclose ..." is a
# recommendation or a rule, nothing yet said.
OBLIGATION_MODALS = {"should", "must", "ought"}
# Verbs whose that-clause is a demand (the mandative subjunctive): "demanded that universities
# disclose the figures", "urged that the firm report its losses".
DEMANDING_HEADS = {"demand", "urge", "ask", "recommend", "require", "propose", "request"}


def _is_obliged_or_demanded(verb: Token) -> bool:
    """'The regulator should demand that ...', '(X demanded that) universities disclose ...':
    a saying owed or asked for, which nobody has made."""
    if any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in verb.children):
        return True
    return (verb.dep_ == "ccomp" and verb.tag_ in {"VB", "VBP"} and verb.head.lemma_.lower() in DEMANDING_HEADS
            and not any(c.dep_ == "aux" for c in verb.children))


def _speaker_after_reported_clause(verb: Token) -> Token | None:
    """'Amazonas declared an emergency, reported Euro News.': an inverted saying verb closing a
    sentence after the clause it reports, whose speaker the parse took for its object. The
    clause stands before the verb and a comma sets the verb off; the speaker is a name or a
    noun for one who speaks, and ends the sentence ('..., reported the firm's records' is no
    object of saying: it ends in a document and stays unattributed)."""
    doc = verb.doc
    if verb.dep_ not in {"ROOT", "parataxis"} or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    if not any(c.dep_ in {"ccomp", "parataxis"} and c.i < verb.i for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or not (obj.pos_ == "PROPN" or (obj.pos_ == "NOUN" and _is_speaker_kind(obj))):
        return None
    last = max(t.i for t in obj.subtree)
    if last + 1 < len(doc) and not (doc[last + 1].is_punct and doc[last + 1].text in {".", "!", ","}):
        return None
    return obj


QUOTE_MARKS = {'"', "“", "”", "'", "‘", "’", "«", "»"}
# Conjunctions that make a saying hypothetical: "if the person reports", "as Sherlock would say".
# "a deadline for the company to respond": a saying asked for, not made.
HYPOTHETICAL_MARKS = {"if", "unless", "whether", "for"}
# Verbs whose infinitive complement has not happened: "plans to announce", "hopes to say".
UNREALISED_HEADS = {"want", "wish", "plan", "hope", "try", "need", "intend", "seek", "aim",
                    "prepare"}
# ...and verbs whose complement has not happened when they have not: "would allow leaders to
# claim victory" (but "allowed Mosseri to claim that ..." cites Mosseri).
ENABLING_HEADS = {"allow", "let", "enable", "ask", "force", "invite", "encourage"}
# ...and verbs of pressing somebody to do it, done or not: "pressed Trump to acknowledge the
# values", "urged the minister to confirm": the one pressed has said nothing yet, and the one
# pressing says it only through the pressing verb itself.
PRESSING_HEADS = {"press", "urge", "pressure", "push", "challenge", "implore", "beg", "persuade",
                  "lobby", "dare"}
# Things one is denied, which make "deny" a refusal: "denied him a visa", "denying care to".
DENIABLE_NOUNS = {"entry", "access", "bail", "visa", "care", "treatment", "permission", "request",
                  "application", "service", "vaccine", "benefit", "asylum", "parole", "license",
                  "licence", "admission", "passage", "food", "water", "aid", "medicine"}
# Findings are evidence, not a source that speaks: "blood tests revealed", "the scan showed".
EVIDENCE_NOUNS = {"test", "scan", "x-ray", "autopsy", "biopsy", "sample", "image", "screening"}
# Nouns that name figures or data whose issuer is a source: "data from the University of X".
DATA_NOUNS = {"data", "figures", "statistics", "numbers", "estimates", "projections"}


# Words that open an embedded question: "noted if and how often ...", "testing how gamers respond".
QUESTION_WORDS = {"if", "whether", "how", "why"}


# Verbs of admitting and telling whose how-clause states a fact: "acknowledged how hard it
# was", "explained how the scheme worked", "described how the guards beat them" (not "asked
# how", "wondered how", "noted if and how often": questions).
FACT_HOW_VERBS = {"acknowledge", "admit", "concede", "confess", "explain", "describe", "recount",
                  "recall", "reveal", "detail", "disclose", "stress", "emphasize", "emphasise"}


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
    if auxes & {"would", "could", "might", "'d"} and "have" in auxes and verb.tag_ == "VBN":
        return True  # "the whistleblower would then have claimed that ...": said in no world
    if verb.dep_ in {"ccomp", "xcomp", "pcomp"} and _is_embedded_question(verb):
        return True
    return "as" in marks and any(c.dep_ == "aux" and c.lower_ in {"would", "might", "could"}
                                 for c in verb.children)


# What one answers in words: "responded to the allegations", "responded to questions".
ANSWERED_NOUNS = {"question", "request", "query", "inquiry", "enquiry", "comment", "criticism",
                  "allegation", "accusation", "claim", "charge", "report", "letter", "email",
                  "message", "call", "remark", "statement", "post", "tweet", "article", "story",
                  "suggestion", "concern", "complaint", "demand", "petition", "offer", "proposal",
                  "ultimatum", "attack", "decision", "announcement", "news", "ruling", "verdict"}


def _responds_to_a_happening(verb: Token) -> bool:
    """'officials are responding to the air pollution', 'police responded to the scene': dealing
    with a happening, not answering words ('responded to the allegations in a post' answers), and
    nothing said with it."""
    if any(c.dep_ in {"ccomp", "parataxis"} or (c.dep_ == "punct" and c.text in QUOTE_MARKS)
           or (c.dep_ == "advcl" and c.tag_ == "VBG") for c in verb.children) or _has_statement_prep(verb):
        return False
    targets = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
               for g in c.children if g.dep_ == "pobj"]
    return bool(targets) and all(t.lemma_.lower() not in ANSWERED_NOUNS and t.pos_ == "NOUN" for t in targets)


def _is_action_sense(verb: Token) -> bool:
    """Saying verbs used for an action: 'responded by hitting him', 'the country admitted
    1.4 million refugees' (let in)."""
    lemma = verb.lemma_.lower()
    if lemma in {"respond", "reply"} and any(
            c.dep_ == "prep" and c.lower_ == "by" and any(g.tag_ == "VBG" for g in c.children)
            for c in verb.children):
        return True
    if lemma == "respond" and _responds_to_a_happening(verb):
        return True
    if lemma in {"report", "announce", "post"} and _is_scheduled_release(verb):
        return True
    added_to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "into"}), None)
    if lemma == "add" and added_to is not None and not any(
            c.dep_ in {"ccomp", "parataxis"} or (c.dep_ == "punct" and c.text in QUOTE_MARKS and not (
                added_to.i <= c.i <= added_to.right_edge.i + 1)) for c in verb.children):
        # "the bank is adding to uncertainty", "added to its stake": more of something (a quote
        # mark around the words added to is no quotation of the one adding)
        return True
    if lemma in {"admit", "post"}:
        # "admitted 1.4 million refugees", "posted a 93.2 defensive grade" (a result achieved)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return obj is not None and any(c.dep_ in {"nummod", "quantmod"} or c.like_num for c in obj.subtree)
    if lemma == "confirm" and not any(c.dep_ in {"ccomp", "parataxis"} for c in verb.children):
        # "the Senate confirmed Ortiz by a vote of 53-36": a nominee confirmed is appointed
        # ("confirmed Ortiz's death", "confirmed that Ortiz quit" still say something).
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return obj is not None and obj.ent_type_ == "PERSON" and not any(
            c.dep_ == "case" for c in obj.children)
    if lemma == "deny":
        return any(c.dep_ in {"dobj", "dative"} and c.lemma_.lower() in DENIABLE_NOUNS
                   for c in verb.children)  # "denied him a visa", "is denying vaccines to"
    if lemma == "tell":
        # "told him to rest": an instruction to a person, unless a clause says what was told;
        # "told reporters to expect delays" informs.
        deps = {c.dep_ for c in verb.children}
        told = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)
        informed = told is not None and (told.lemma_.lower() in AUDIENCE_NOUNS or told.ent_type_ == "ORG")
        return not informed and "xcomp" in deps and not deps & {"ccomp", "parataxis"}
    return _is_unrealised(verb)


# What a company puts out on a set day: "Acme reports earnings Wednesday" (nothing said yet).
RELEASED_RESULTS = {"earnings", "earning", "result", "results"}


def _is_scheduled_release(verb: Token) -> bool:
    """'reports earnings Wednesday', 'will report results on Thursday': a release to come."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in RELEASED_RESULTS for c in verb.children):
        return False
    if verb.tag_ not in {"VBZ", "VBP", "VB"}:
        return False
    dated = any(c.ent_type_ == "DATE" and c.dep_ == "npadvmod" for c in verb.children) or any(
        c.dep_ == "prep" and any(g.ent_type_ == "DATE" for g in c.children) for c in verb.children)
    return dated or any(c.dep_ == "aux" and c.lower_ in {"will", "'ll"} for c in verb.children)


# Whom a speaker informs, not instructs: "told reporters to expect delays".
AUDIENCE_NOUNS = {"reporter", "journalist", "medium", "media", "press", "audience", "investor",
                  "analyst", "lawmaker", "crowd", "supporter", "listener", "viewer", "reader",
                  "shareholder", "parliament", "congress", "committee"}


def _is_unrealised(verb: Token) -> bool:
    """'would allow leaders to claim victory', 'plans to announce': an infinitive not yet said."""
    infinitive = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if not infinitive or verb.dep_ not in {"xcomp", "ccomp"}:
        return False
    head = verb.head
    if head.lemma_.lower() in UNREALISED_HEADS | PRESSING_HEADS:
        return True
    modal = head.tag_ == "VB" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    return head.lemma_.lower() in ENABLING_HEADS and modal


def _members_listed_among(subject: Token) -> Token:
    """'Nike, Adidas and Puma are among the companies that said': the members named speak."""
    if subject.lower_ not in RELATIVE_PRONOUNS or subject.head.dep_ != "relcl":
        return subject
    group = subject.head.head
    among = group.head
    if group.dep_ != "pobj" or among.lower_ != "among" or among.head.lemma_ != "be":
        return subject
    return next((c for c in among.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), subject)


def _named_apposition(speaker: Token) -> Token | None:
    """The proper name set beside a common-noun speaker: "the parent company, The We Company"."""
    if speaker.pos_ != "NOUN":
        return None
    named = next((c for c in speaker.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                  and c.ent_type_ not in NOT_NAME_ENTITIES), None)
    if named is not None:
        return named
    # "The company that runs the AMAs, Dick Clark Productions, denies": the parse hangs the name
    # on the relative clause; set off by commas right before the verb, it names the speaker.
    doc = speaker.doc
    for clause in (c for c in speaker.children if c.dep_ == "relcl"):
        for token in clause.subtree:
            if token.dep_ != "appos" or token.pos_ != "PROPN" or token.ent_type_ in NOT_NAME_ENTITIES:
                continue
            first, last = min(t.i for t in token.subtree), max(t.i for t in token.subtree)
            if (first > 0 and doc[first - 1].text == "," and last + 2 < len(doc)
                    and doc[last + 1].text == "," and doc[last + 2] == speaker.head):
                return token
    return None


def _follows_quotation(subject: Token) -> bool:
    """'"We got her!" officers announced': a sentence that opens with a quote its speaker closes."""
    before = list(subject.doc[: subject.i])  # the chunk: the parser may split at the quote
    return bool(before) and before[0].text in QUOTE_MARKS and before[-1].text in QUOTE_MARKS


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


# Opening and closing marks of a quotation, by the kind of mark that closes it.
QUOTE_PAIRS = {'"': {'"'}, "”": {"“", '"'}, "’": {"‘", "'"}, "'": {"'"}, "»": {"«"}}
# What a clause that attributes a quotation holds besides its subject: '"...," she added
# quietly in an interview' (no object: '"Black Water," Simmons played a solo' is no attribution).
# Verbs that tell someone something: "informed customers that their data had been stolen".
INFORMING_VERBS = {"inform", "assure", "remind", "notify", "tell", "warn", "advise", "brief"}


def _clause_told(verb: Token) -> bool:
    """'informed customers that their data had been stolen', 'argued for decades that it was the
    first victim': the parse may take the clause told for a relative clause of the one told or of
    a time phrase; with its own subject it is what was told."""
    told = [c for c in verb.children if c.dep_ == "dobj" and verb.lemma_.lower() in INFORMING_VERBS]
    told += [g for c in verb.children if c.dep_ in {"prep", "npadvmod"}
             for g in [c, *c.children] if g.ent_type_ in {"DATE", "TIME"} and g.pos_ == "NOUN"]
    for obj in told:
        for clause in (c for c in obj.children if c.dep_ in {"relcl", "acl"}):
            first = min(t.i for t in clause.subtree)
            if verb.doc[first].lower_ == "that" and any(
                    c.dep_ in {"nsubj", "nsubjpass"} and c.i != first for c in clause.children):
                return True
    return False


# What a writer cites or gives to illustrate a point ("to cite a few examples", "to name one case").
ILLUSTRATION_NOUNS = {"example", "instance", "case"}


def _is_purpose_of(verb: Token) -> bool:
    """'took to Twitter to say', 'called a press conference to announce': an infinitive of
    purpose of a deed done (not 'will travel to Paris to announce', 'plans to announce')."""
    head = verb.head
    if verb.dep_ not in {"advcl", "xcomp"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.i < head.i and any(c.dep_ == "dobj" and c.lemma_.lower() in ILLUSTRATION_NOUNS for c in verb.children):
        # "To cite a few examples, Koreans now use maps ...": the writer's aside opening the
        # sentence (not "the union called a meeting to cite examples of unsafe practice")
        return False
    if head.pos_ != "VERB" or head.tag_ not in {"VBD", "VBZ", "VBP"} or (
            head.lemma_.lower() in UNREALISED_HEADS | ENABLING_HEADS | CAUSING_HEADS):
        return False
    if verb.dep_ == "xcomp" and not any(c.dep_ in {"dobj", "prep"} and head.i < c.i < verb.i
                                        for c in head.children):
        return False  # "agreed to say", "promised to announce": a complement, not a purpose
    return not any(c.dep_ in {"aux", "neg"} and (c.tag_ == "MD" or c.dep_ == "neg") for c in head.children)


# Verbs that make somebody do what the infinitive says, done: "led Airbus to announce",
# "prompted the ministry to warn" (not "asked X to confirm", which may not have happened).
CAUSING_HEADS = {"lead", "prompt", "force", "cause", "push", "spur", "compel", "drive", "move",
                 "pressure", "oblige"}
# Passives that report someone's words: "was quoted as saying", "was cited as saying".
QUOTING_VERBS = {"quote", "cite", "report"}
# What a speaker puts out and speaks in: "the ministry, in a statement, expressed regret", "in a
# letter to investors, Lind outlined plans". Not "appeared in a video" nor "named in a report".
SPOKEN_IN_NOUNS = {"statement", "letter", "memo", "communique", "communiqué", "readout", "post",
                   "tweet", "interview", "email", "e-mail", "message", "declaration", "op-ed",
                   "editorial", "essay", "blog", "remarks", "testimony", "filing"}
# Verbs that put their subject in a document rather than have it speak there.
NOT_SPEAKING_IN = {"appear", "feature", "include", "name", "list", "show", "see", "be", "have",
                   "get", "find", "mention", "cite", "identify", "quote",
                   # "In an interview with Andrew, the BBC's Maitlis did an excellent job"
                   "do"}


def _speaks_in_statement(verb: Token) -> list[Token]:
    """'The ministry, in a statement, expressed regret over the deaths', 'In a letter to
    investors, Lind outlined plans to cut costs': whatever the verb, a subject acting in its own
    statement, letter or interview speaks."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in NOT_SPEAKING_IN or verb.tag_ == "VBN":
        return []
    if any(c.dep_ == "neg" for c in verb.children) or _is_hypothetical(verb):
        return []
    spoken_in = any(
        c.dep_ == "prep" and c.lower_ == "in" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in SPOKEN_IN_NOUNS
            and not any(p.dep_ == "poss" and p.pos_ != "PRON" for p in g.children)
            for g in c.children)
        for c in verb.children)
    if not spoken_in or not any(c.dep_ in {"dobj", "ccomp", "xcomp", "dative"} for c in verb.children):
        return []  # what is said has content: "in an interview, Reed smiled" says nothing
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and not _is_dateline(c)), None)
    return [subject] if subject is not None and _can_speak(subject) and (
        subject.lemma_.lower() not in DOCUMENT_NOUNS) else []


QUESTION_VERBS = {"ask", "wonder", "question", "inquire", "enquire",
                  # ...and the verbs of a text quoted: '"Goodbye," the sign read', 'as the saying goes'
                  "read", "go", "run"}
ATTRIBUTION_DEPS = {"nsubj", "punct", "advmod", "prep", "npadvmod", "aux", "ccomp", "parataxis",
                    "dep", "advcl", "cc"}


def _quotation_speakers(verb: Token) -> list[Token]:
    """The speaker of a quotation attributed by its shape, whatever the verb: '"...," she
    laughed', '"...," retorted Mark Dobbs', 'Smith agreed: "..."', 'The ministry was blunt: "..."'."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ not in {"ROOT", "parataxis", "ccomp"}:
        return []
    children = list(verb.children)
    if verb.lemma_.lower() in QUESTION_VERBS and not (verb.lemma_.lower() == "read" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in DOCUMENT_NOUNS | POSTED_NOUNS for c in children)):
        return []  # '"What is left?" Doctor asks' (a question); '"...," the statement read' cites
    if any(c.dep_ == "neg" for c in children) or _is_hypothetical(verb):
        return []
    subjects = [c for c in children if c.dep_ == "nsubj" and not _is_dateline(c)]
    if len(subjects) != 1 or subjects[0].pos_ not in {"NOUN", "PROPN", "PRON"}:
        return []
    subject = subjects[0]
    # Closing a quotation makes the subject a speaker, "a guard" as well as "the ministry"; the
    # looser colon shape needs a subject that can speak ("That process led to a realization: ...").
    if _closes_attributed_quotation(verb, subject) or (
            _can_speak(subject) and _opens_quotation_after(verb, subject)):
        return [subject]
    return []


def _closes_attributed_quotation(verb: Token, subject: Token) -> bool:
    """'"We lost. We lost our way," he continued.': a short clause that closes the sentence right
    after a quotation that fills it (or ends it, when the quote began in an earlier sentence)."""
    doc = verb.doc
    clause = [t.i for t in subject.subtree] + [verb.i]
    first = min(clause)
    if not 2 <= first < len(doc) or not _closed_quotation_before(doc, first):
        return False
    if any(c.dep_ not in ATTRIBUTION_DEPS and c.i > first for c in verb.children):
        return False  # an object or complement after the quote: '"Fargo," Tim had a role'
    if any(c.dep_ in {"ccomp", "parataxis", "advcl", "dep"} and c.i > first for c in verb.children):
        return False
    closing = first - 1 if doc[first - 1].text in QUOTE_PAIRS else first - 2
    opening = QUOTE_PAIRS.get(doc[closing].text, set())
    marks = [t.i for t in doc[:closing] if t.text in opening | {doc[closing].text}]
    # The quotation opens the sentence, or it began before it and no other opens inside.
    return marks == [] or marks == [0] or (marks == [1] and doc[0].is_punct)


def _opens_quotation_after(verb: Token, subject: Token) -> bool:
    """'Smith agreed: "..."', 'Smith put it bluntly: "..."': a short clause, then a colon and a
    quotation."""
    doc = verb.doc
    if subject.i > verb.i:
        return False
    for i in range(verb.i + 1, min(verb.i + 6, len(doc) - 1)):
        if doc[i].text == ":":
            return doc[i + 1].text in {'"', "“", "‘", "'", "«"}
        if doc[i].pos_ in {"VERB", "AUX"} or doc[i].is_punct:
            return False
    return False


def _names_speaker_before_colon(name: Token) -> bool:
    """'Dan Holt: "We are ready."', 'Finance Minister Dan Holt: "..."', 'Holt on the vote: "..."':
    a sentence that opens with a name alone (and what it speaks on), then a colon and a
    quotation, as interviews and live reports set speech out."""
    doc = name.doc
    k = name.i + 1
    if k < len(doc) and doc[k].lower_ == "on":
        # "Holt on the vote: "...": what the speaker speaks on, before the colon
        k = next((i for i in range(k + 1, min(k + 10, len(doc))) if doc[i].text == ":"), len(doc))
    if k + 1 >= len(doc) or doc[k].text != ":" or doc[k + 1].text not in {'"', "“", "‘", "«"}:
        return False
    words = list(doc[: name.i + 1])
    if not all(t.pos_ == "PROPN" or t.lower_ in TITLE_WORDS or t.text in {".", "-"} for t in words):
        return False
    return name.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} and (len(words) > 1 or name.ent_type_ == "PERSON")


def _quote_between(a: Token, b: Token) -> bool:
    """True when a quotation mark stands between two tokens: a "not" inside a quote is not the verb's."""
    low, high = sorted((a.i, b.i))
    return any(t.text in QUOTE_MARKS for t in a.doc[low + 1 : high])


def _noun_phrase_just_before(verb: Token) -> Token | None:
    """The speaker the parse missed: the noun phrase right before the verb.

    '"...," chairman and CEO Craig Menear said' and 'after employees of a car dealership said'
    are sometimes parsed with no subject at all; the noun ending just before the verb is then the
    speaker, climbing 'of' phrases to their head ("employees of a dealership" -> employees).
    """
    if verb.i == verb.sent.start or verb.dep_ in {"acl", "relcl", "amod", "pcomp"}:
        return None
    token = verb.doc[verb.i - 1]
    i = verb.i - 1
    while i > verb.sent.start and verb.doc[i].pos_ == "ADV":
        i -= 1
    if verb.doc[i].text in DASHES and i > verb.sent.start and verb.doc[i - 1].pos_ == "PROPN":
        # "The two states - Egypt and Jordan - also criticised": the names set off by dashes.
        token = verb.doc[i - 1]
        while token.dep_ == "conj" and token.head.pos_ == "PROPN":
            token = token.head
        return token
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ == "nsubj" or token.ent_type_ in {"DATE", "TIME"}:
        return None
    while token.head.dep_ == "prep" and token.head.lower_ == "of" and token.head.head.pos_ in {"NOUN", "PROPN"}:
        token = token.head.head
    if token.ent_type_ == "ORG" and token.ent_iob_ == "I":
        # "Brazil's National Institute for Space Research predicts": the name the noun ends,
        # not its last word ("Research", the object of "for").
        name = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if name is not None and name.root.pos_ == "PROPN" and name.root.i < token.i:
            token = name.root
    return token


def _is_dateline(token: Token) -> bool:
    doc = token.doc
    return token.i == token.sent.start and token.is_upper and token.i + 1 < len(doc) and (
        doc[token.i + 1].text in DASHES | {":", ","}
    )


def _according_to_speakers(token: Token) -> list[Token]:
    if token.lower_ != "according":
        return []
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None:
        return []
    return [c for c in to.children if (c.dep_ == "pobj" and c.lemma_.lower() not in CONFORMITY_NOUNS)
            or _name_read_as_gerund(c)]


# What "according to" follows as a standard rather than cites as a source: "went according to
# plan", "priced according to Ticketmaster's pricing model", "according to Parliament's rules".
CONFORMITY_NOUNS = {"plan", "schedule", "rule", "guideline", "regulation", "model", "script", "instruction",
                    "tradition", "custom", "procedure", "protocol", "formula", "need", "merit", "ability",
                    "size", "pattern", "wish", "preference", "timetable", "template"}


def _name_read_as_gerund(token: Token) -> bool:
    """'according to Breaking the Silence, an NGO ...': a capitalised name that opens with a
    gerund, parsed as a clause; every word of it is capitalised or a small word."""
    if token.tag_ != "VBG" or not token.text[:1].isupper() or token.is_sent_start or token.dep_ != "pcomp":
        return False
    if token.head.lower_ != "to" or token.head.head.lower_ != "according":
        return False
    words = [t for t in token.subtree if not t.is_punct]
    named = [t for t in words if t.i > token.i and t.text[:1].isupper()]
    return bool(named) and all(t.text[:1].isupper() or t.lower_ in {"the", "of", "and", "for", "a", "an"}
                               for t in words) and words[-1].i == max(t.i for t in token.subtree)


# Nouns for those who can speak themselves, whose possessor is not the one cited ("according
# to Disney's chairman"): people, offices and bodies.
def _owner_of_work(noun: Token) -> Token | None:
    """'according to Google's recent parsing of searches', 'according to Acme's review of sales':
    a named owner of a piece of work that is no speaker noun (a document has its issuer read
    elsewhere) is the source."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return None
    # Narrower than _speaker_nouns(): "Acme's review" is a work whose owner speaks, not a speaker.
    people = _people_office_and_document_nouns() | VIEW_NOUNS
    if noun.lemma_.lower() in people or noun.lower_ in people:
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                 and c.ent_type_ in {"ORG", "PERSON", "GPE", "NORP", ""}), None)


def _issuer(document: Token) -> Token | None:
    """The body that issued a statement: 'a statement released by X' / 'a statement from X' /
    'X issued a statement'."""
    verb = document.head
    if document.dep_ == "dobj" and verb.lemma_.lower() in ISSUING_VERBS:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ in {"PROPN", "NOUN"}:
            return subject
    for child in document.children:
        if child.dep_ == "poss" and child.pos_ in {"NOUN", "PROPN"}:
            return child  # "the researchers' calculations"
        if child.dep_ == "acl" and child.lemma_.lower() not in OBTAINING_VERBS | FUNDING_VERBS:
            for agent in child.children:
                if agent.dep_ == "agent":
                    return next((g for g in agent.children if g.dep_ == "pobj"), None)
        if child.dep_ == "prep" and child.lower_ in {"from", "by", "of"}:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in {"PROPN", "NOUN"} and not (
                    child.lower_ == "of" and _are_respondents(pobj)) and not _names_a_time(pobj):
                return pobj  # (not "a poll from June": when it was taken)
        if child.dep_ == "prep" and child.lower_ == "in" and (outlet := _outlet_in(child)) is not None:
            return outlet
    return _issuer_set_off(document) or _named_issuer(document) or _possessor_parsed_apart(document)


def _possessor_parsed_apart(document: Token) -> Token | None:
    """'referred to Cooke's earlier testimony that concluded ...', parsed with 'Cooke' and
    'testimony' as two objects: the name just before the possessive mark owns the document."""
    doc = document.doc
    first = min(t.i for t in document.subtree)
    if first < 2 or doc[first - 1].tag_ != "POS" or doc[first - 1].head.i != first - 2:
        return None
    owner = doc[first - 2]
    return owner if owner.pos_ == "PROPN" and owner.head != document else None


def _outlet_in(prep: Token) -> Token | None:
    """'a report in the Argus Leader', 'a report in The New York Times': the outlet that ran the
    report reports it (a journal publishes what its authors found: 'a study in the journal Science')."""
    from newsfacts.extract.sources import classify_source

    pobj = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
    if pobj is None or any(t.lower_ == "journal" for t in pobj.subtree):
        return None
    _, kind = classify_source(_speaker_span(pobj), pobj)
    return pobj if kind in {"media_outlet", "news_agency"} else None


# What a speaker puts out in words, whose issuer is a source wherever it is mentioned: "the
# famous statement by McLuhan that ...", "the IMF's report", "a 2019 study by the Centre for ...".
# (An announcement, a testimony or an interview is also a happening: "under Trump's announcement
# last month", "the day's testimony".)
ISSUED_NOUNS = {"statement", "report", "study", "survey", "poll", "letter", "memo", "tweet", "post",
                "remarks", "comments", "analysis", "estimate", "estimates", "forecast", "findings",
                "paper", "communique", "communiqué", "declaration", "readout", "assessment",
                "projections", "op-ed"}
# A future or hoped-for document has said nothing yet: "will publish its report in May".
FUTURE_AUXES = {"will", "'ll", "shall"}
NOT_YET_WORDS = {"due", "upcoming", "forthcoming", "planned", "scheduled", "awaited", "next"}


# Nouns of saying whose possessor is a source when a that-clause gives what was said: "Wyden's
# claim that the program was illegal", "the minister's warning that prices would rise". Without
# the clause they name a happening or an aim ("Trump's claim of victory", "his promise").
CLAIM_NOUNS = {"claim", "warning", "assertion", "insistence", "allegation", "argument", "contention",
               "admission", "accusation", "prediction", "suggestion", "promise", "pledge", "denial",
               "testimony", "announcement", "acknowledgment", "acknowledgement", "charge", "complaint",
               # a body's finding or conclusion, given by its that-clause ("the panel's finding
               # that the dam was unsafe"), cites the body, like "a report by the IMF"
               "finding", "conclusion"}


def _claimants(noun: Token) -> list[Token]:
    """The named possessor of a claim noun whose that-clause states the claim, else nobody."""
    states_content = any(c.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "that"
                                                            for m in c.children)
                         for c in noun.children)
    if not states_content:
        return []
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"} and _can_issue(c)]
    doc = noun.doc
    if not owners and noun.i >= 2 and doc[noun.i - 1].tag_ == "POS" and doc[noun.i - 1].head != noun and (
            doc[noun.i - 2].pos_ in {"NOUN", "PROPN"} and _can_issue(doc[noun.i - 2])):
        owners = [doc[noun.i - 2]]  # "the agency ’s finding that ...", the "’s" parsed apart
    return owners[:1]


def _issued_document_speakers(document: Token) -> list[Token]:
    """The issuer of a statement, report or study mentioned anywhere in a sentence: its possessor
    ("Greenpeace's statement"), its 'by' or 'from' phrase, its agent ("a report released by X")
    or an organisation named before it ("a NASA statement"). A pronoun possessor ("his
    statement") adds nobody new; "a report of a fire" names what it is about. A claim noun
    (CLAIM_NOUNS) gives its possessor when a that-clause states the claim."""
    if document.pos_ != "NOUN":
        return []
    if document.lower_ not in ISSUED_NOUNS and document.lemma_.lower() not in ISSUED_NOUNS:
        return _claimants(document) if document.lemma_.lower() in CLAIM_NOUNS else []
    head = document.head
    while head.dep_ in {"prep", "pobj", "conj"} and head.head != head:
        head = head.head
    if head.pos_ in {"VERB", "AUX"} and (
            any(c.dep_ == "neg" or c.lower_ in FUTURE_AUXES | NOT_YET_WORDS for c in head.children)
            or _is_hypothetical(head) or _is_unrealised(head)
            or head.lemma_.lower() in {"expect", "schedule", "plan", "await"}):
        return []
    if any(c.lower_ in NOT_YET_WORDS for c in document.children):
        return []  # "the upcoming report", "a report due next month"
    for child in document.children:
        if child.dep_ == "poss" and child.pos_ in {"NOUN", "PROPN"} and _can_issue(child):
            return [child]
        if child.dep_ == "acl" and child.lemma_.lower() not in OBTAINING_VERBS | ANSWERING_VERBS | FUNDING_VERBS:
            agents = [_named_conjunct(g) for a in child.children if a.dep_ == "agent"
                      for g in a.children if g.dep_ == "pobj"]
            if agents and _can_issue(agents[0]):
                return agents[:1]
        if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
            pobj = next((_named_conjunct(g) for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and _can_issue(pobj):
                return [pobj]
    named = _named_issuer(document)
    return [named] if named is not None and named.lower_ not in PLATFORMS else []


# Who fills in a survey answers it, and does not issue it: "surveys completed by 505,796 people".
ANSWERING_VERBS = {"complete", "answer", "fill", "take", "return", "respond"}
# Where a post is put, not who puts it: "a viral Weibo post", "a Facebook post".
PLATFORMS = {"twitter", "facebook", "instagram", "weibo", "wechat", "youtube", "tiktok", "reddit",
             "linkedin", "telegram", "snapchat", "whatsapp", "x"}


def _named_conjunct(noun: Token) -> Token:
    """'the Canadian scientist and philosopher Marshall McLuhan': a description coordinated with
    a person's name is that person."""
    if noun.pos_ == "NOUN" and noun.tag_ == "NN":
        named = next((c for c in noun.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                      and c.ent_type_ in {"PERSON", ""}), None)
        if named is not None:
            return named
    return noun


def _can_issue(noun: Token) -> bool:
    """A named person or body, or a kind of speaker ('the ministry', 'researchers'); not 'the
    day's testimony' nor 'the campaign's announcement' (an advertising campaign)."""
    from newsfacts.extract.sources import ANONYMOUS_NOUNS, GOVERNMENT_NAMES, GOVERNMENT_WORDS

    if noun.ent_type_ in {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}:
        return False
    if noun.lower_ in TIME_NAMES and noun.ent_type_ != "PERSON":
        return False  # "a poll from June", "a report from last spring": when, not who
    if noun.pos_ == "PROPN":
        return True
    compounds = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    if " ".join([*compounds, noun.lower_]) in GOVERNMENT_NAMES:
        return True  # "the intelligence community's finding that ..."
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and lemma in (ROLE_WORDS | ANONYMOUS_NOUNS | GOVERNMENT_WORDS | SPEAKING_NOUNS
                                             | ORGANIZATION_KINDS | TITLE_WORDS) - DOCUMENT_NOUNS


def _are_respondents(noun: Token) -> bool:
    """'a survey of 2,000 voters', 'a poll of Americans': those asked, not who asked."""
    return noun.pos_ == "NOUN" and (noun.tag_ == "NNS" or any(
        c.dep_ == "nummod" or c.like_num for c in noun.children))


def _issuer_set_off(document: Token) -> Token | None:
    """'The report, by the Institute for Fiscal Studies, says': the parse hangs the 'by'
    phrase set off by commas after the document on the verb."""
    doc, verb = document.doc, document.head
    end = max(t.i for t in document.subtree)
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"):
        if prep.i == end + 2 and doc[end + 1].text == ",":
            return next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
    return None


def _named_issuer(document: Token) -> Token | None:
    """'Labor Department data', 'a Pew Research Center survey': an organisation named before
    the document."""
    names = [c for c in document.children if c.dep_ == "compound" and c.pos_ == "PROPN"
             and c.ent_type_ in {"ORG", "GPE"} and c.i < document.i]
    return names[-1] if names else None


# "The research, supported by the Wildlife Conservation Society, reveals ...": who paid for a
# study did not write it ("a study funded by the NIH found" cites the study, not the NIH).
FUNDING_VERBS = {"support", "fund", "finance", "sponsor", "bankroll", "underwrite", "back"}
# "papers obtained by our correspondent": who obtained or saw a document did not issue it.
OBTAINING_VERBS = {"obtain", "see", "review", "get", "acquire", "read", "leak"}


def _obtaining_outlet(verb: Token, context: _ArticleContext) -> list[Token]:
    """'The statement, which was obtained by Variety', 'documents leaked to the New York Times',
    'a memo seen by Reuters': an outlet that got hold of a document reports it, unless it is the
    one publishing the article ('(Reuters) - ... an email reviewed by Reuters')."""
    from newsfacts.extract.sources import classify_source

    if verb.tag_ != "VBN" or verb.dep_ not in {"acl", "relcl", "ccomp"}:
        return []
    held = verb.head if verb.dep_ in {"acl", "relcl"} else next(
        (c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ in RELATIVE_PRONOUNS), None)
    if held is None or (held.pos_ not in {"NOUN", "PRON"}) or held.ent_type_ == "PERSON":
        return []
    preps = {"agent"} | ({"to"} if verb.lemma_.lower() == "leak" else set())
    outlets = [g for c in verb.children if c.dep_ in preps or (c.dep_ == "prep" and c.lower_ in preps)
               for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    found = []
    for outlet in outlets:
        name, kind = classify_source(_speaker_span(outlet), outlet)
        if kind in {"media_outlet", "news_agency"} and not context.publishes(name):
            found.append(outlet)
    return found


@dataclass
class _ArticleContext:
    """What earlier sentences of the article tell about the people a speaker may be."""

    article_id: str
    full_names: dict[str, str]  # surname -> full name, from multi-token PERSON entities
    person_mentions: list[tuple[int, str]]  # (body offset, full name) of PERSON entities
    citations: list[Citation] = field(default_factory=list)
    titled: set[str] = field(default_factory=set)  # full names the article gives an office
    subject_mentions: set[int] = field(default_factory=set)  # offsets of PERSON mentions as subjects
    pronoun_votes: dict[str, int] = field(default_factory=dict)  # name -> he (+) / she (-) evidence
    # The same from honorifics, kin words and a subject "he"/"she" after the only person of a
    # sentence, leaving out "his"/"her", which as often mean somebody else ("Jo, his aunt").
    subject_votes: dict[str, int] = field(default_factory=dict)
    org_mentions: list[tuple[int, Span]] = field(default_factory=list)  # ORG entities, body order
    org_subjects: set[int] = field(default_factory=set)  # offsets of ORG entities as main-clause subjects
    person_names: set[str] = field(default_factory=set)  # one-word PERSON entities ("Trump")
    offices: list[tuple[int, str, str]] = field(default_factory=list)  # (offset, title, name)
    publisher: str = ""  # the page's publisher, lower case
    quoted: list[tuple[int, int]] = field(default_factory=list)  # body spans inside quotation marks
    opening: str = ""  # the first characters of the body, where a dateline names an agency
    body_lower: str = ""  # the whole body, lower case
    body: str = ""  # the whole body
    parses: list[tuple[int, Doc]] = field(default_factory=list)  # (body offset, parse) of each chunk
    # (body offset, lower-case word) of he/him/his/she/her... outside quotation marks, in body order.
    pronoun_marks: list[tuple[int, str]] = field(default_factory=list)
    # (body offset, word) of the capitalised word opening each unparsed sentence ("Figgins declined").
    openers: list[tuple[int, str]] = field(default_factory=list)
    # (body offset, canonical name, type) of the author of each research writing named so far
    # with its author ("in a new paper, Hansen warns", "his new study"), in body order.
    authored: list[tuple[int, str, str]] = field(default_factory=list)
    # Body offsets of the research writings named as new ones ("a report", "the police report",
    # "the UN's study"), not "the report" or "the new paper" named again.
    writings: list[int] = field(default_factory=list)

    def publishes(self, outlet: str) -> bool:
        """The outlet publishing the article: its publisher ("The Real Deal New York") or the
        agency of its dateline ("(Reuters) -")."""
        lower = outlet.lower().removeprefix("the ")
        if not lower:
            return False
        named = re.search(rf"(?<!\w){re.escape(lower)}(?!\w)", self.publisher) is not None
        # "(Reuters) — ...", "WASHINGTON (AP) - ...", "REUTERS: ...": the agency of the dateline,
        # which opens the body or the line after a headline the page kept in it ("| Storm hits
        # coast |\n| MIAMI (AP) -- ...")
        lines = self.opening.split("\n")[:2]
        if len(lines) == 2 and not (len(lines[0]) <= 120 and lines[0].rstrip(" |")[-1:] not in {".", "!", "?"}):
            lines = lines[:1]
        dateline = any(re.match(rf"[|\s]*(?:[^.\n]{{0,40}}\({re.escape(lower)}\)|{re.escape(lower)})\s*[-–—:]",
                                line) is not None for line in lines)
        return named or dateline


def _context(parsed: ParsedArticle) -> _ArticleContext:
    titled: set[str] = set()
    offices: list[tuple[int, str, str]] = []
    full_names: dict[str, str] = {}
    mentions: list[tuple[int, str]] = []
    subjects: set[int] = set()
    orgs: list[tuple[int, Span]] = []
    openers: list[tuple[int, str]] = []
    org_subjects: set[int] = set()
    for chunk in parsed.chunks:
        for ent in chunk.doc.ents:
            if ent.label_ == "ORG":
                orgs.append((chunk.offset + ent.start_char, ent))
                if chunk.is_parsed and _main_clause_subject(ent, strict=True):
                    org_subjects.add(chunk.offset + ent.start_char)
            if ent.label_ != "PERSON" or _thing_named_with_the(ent) or not _can_be_a_person(ent):
                continue
            tokens = [t for t in ent if t.tag_ != "POS"]
            name = "".join(t.text_with_ws for t in tokens).strip()
            if len(tokens) >= 2:
                full_names.setdefault(tokens[-1].text, name)
            if len(tokens) >= 4 and tokens[-2].text == "-" and not tokens[-3].whitespace_:
                # "Phoebe Waller-Bridge": the hyphenated surname stands for her too
                full_names.setdefault(tokens[-3].text + "-" + tokens[-1].text, name)
            mentions.append((chunk.offset + ent.start_char, full_names.get(name, name)))
            if _main_clause_subject(ent):
                subjects.add(chunk.offset + ent.start_char)
            if _has_office_before(ent) or _has_office_after(ent) or _office_as_predicate(ent):
                titled.add(full_names.get(name, name))
            if ent.start > 0 and names_an_office(ent.doc[ent.start - 1]):
                offices.append((chunk.offset + ent.start_char, ent.doc[ent.start - 1].lower_,
                                full_names.get(name, name)))  # "President Donald Trump"
    # A first name of one person named in full ("Ana Ruiz ... Ana, 21, a nurse, said"), the
    # NER missing it as a subject later, is a mention of that person; a first name two people
    # share is nobody's.
    given: dict[str, set[str]] = {}
    for name in full_names.values():
        first_word = name.split()[0]
        if first_word[:1].isupper() and first_word.lower().rstrip(".") not in HONORIFICS:
            given.setdefault(first_word, set()).add(name)
    first_names = {word: next(iter(names)) for word, names in given.items()
                   if len(names) == 1 and word not in full_names}
    # A surname of a person named in full before, which the NER missed later ("Simmons teed up
    # the cameo"), is a mention of that person too.
    for chunk in parsed.chunks:
        for token in chunk.doc:
            if (not token.ent_type_ and token.text in full_names and token.text[:1].isupper()
                    and _office_as_predicate(chunk.doc[token.i : token.i + 1])):
                titled.add(full_names[token.text])  # "Hege is the CEO of DH", the NER missing "Hege"
        opener = next((t for t in chunk.doc if not t.is_punct and not t.is_space), None)
        if opener is not None and not chunk.is_parsed and opener.text[:1].isupper():
            openers.append((chunk.offset + opener.idx, opener.text))
            # "Braun has worked with ...": a name opening a sentence is its subject; the sentence
            # going unparsed (and the NER missing a surname) hides it from the pronouns after it.
            start = chunk.offset + opener.idx
            if opener.ent_type_ == "PERSON" and opener.ent_iob_ == "B":
                subjects.add(start)
            elif (opener.text in full_names and len(opener.text) > 1 and opener.ent_iob_ != "I"
                    and (opener.i + 1 == len(chunk.doc) or not chunk.doc[opener.i + 1].text[:1].isupper())):
                # (a surname the NER took for an organisation here too: "Figgins declined to ...")
                mentions.append((start, full_names[opener.text]))
                subjects.add(start)
        if not chunk.is_parsed:
            continue
        for token in chunk.doc:
            # (the NER taking the surname alone for an organisation too: "Dunn declined to say")
            lone_org = (token.ent_type_ == "ORG" and token.ent_iob_ == "B"
                        and (token.i + 1 == len(chunk.doc) or chunk.doc[token.i + 1].ent_iob_ != "I"))
            if (token.pos_ == "PROPN" and (not token.ent_type_ or lone_org) and token.text in full_names
                    and token.dep_ in {"nsubj", "nsubjpass"}
                    and not (token.i > 0 and chunk.doc[token.i - 1].pos_ == "PROPN")):
                mentions.append((chunk.offset + token.idx, full_names[token.text]))
                subjects.add(chunk.offset + token.idx)
            elif (token.pos_ == "PROPN" and not token.ent_type_ and token.text in first_names
                  and token.dep_ in {"nsubj", "nsubjpass"}
                  and not (token.i > 0 and chunk.doc[token.i - 1].pos_ == "PROPN")
                  and not (token.i + 1 < len(chunk.doc) and chunk.doc[token.i + 1].pos_ == "PROPN")):
                mentions.append((chunk.offset + token.idx, first_names[token.text]))
                subjects.add(chunk.offset + token.idx)
    mentions.sort(key=lambda m: m[0])
    votes: dict[str, int] = {}
    strong: dict[str, int] = {}
    for chunk in parsed.chunks:
        for ent in chunk.doc.ents:
            title = chunk.doc[ent.start - 1].lower_.rstrip(".") if ent.start > 0 else ""
            if ent.label_ == "PERSON" and title in HONORIFICS:
                name = full_names.get(ent.text, ent.text)
                votes[name] = votes.get(name, 0) + HONORIFICS[title]  # "Mr Assange", "Ms Persson"
                strong[name] = strong.get(name, 0) + 2 * HONORIFICS[title]
            elif ent.label_ == "PERSON" and title in KIN_GENDER:
                name = full_names.get(ent.text, ent.text)
                votes[name] = votes.get(name, 0) + 2 * KIN_GENDER[title]  # "his wife Kali"
                strong[name] = strong.get(name, 0) + 2 * KIN_GENDER[title]
        people = {full_names.get(e.text, e.text) for e in chunk.doc.ents if e.label_ == "PERSON"}
        if len(people) == 1:
            # One person in the sentence: the pronouns after the name are theirs.
            (name,) = people
            first = next(e for e in chunk.doc.ents if e.label_ == "PERSON")
            after = [t.lower_ for t in chunk.doc[first.end:]]
            vote = sum(w in MALE_PRONOUNS for w in after) - sum(w in FEMALE_PRONOUNS for w in after)
            votes[name] = votes.get(name, 0) + max(-1, min(1, vote))
            vote = sum(w == "he" for w in after) - sum(w == "she" for w in after)
            strong[name] = strong.get(name, 0) + max(-1, min(1, vote))
    body = parsed.article.body_text or ""
    quoted = quoted_spans(body)
    marks = [(chunk.offset + t.idx, t.lower_) for chunk in parsed.chunks for t in chunk.doc
             if t.lower_ in MALE_PRONOUNS | FEMALE_PRONOUNS]
    marks = [(at, word) for at, word in marks if not _within(at, quoted)]
    return _ArticleContext(parsed.article.article_id, full_names, mentions, titled=titled,
                           pronoun_votes=votes, subject_votes=strong, subject_mentions=subjects, org_mentions=orgs,
                           org_subjects=org_subjects,
                           person_names={name for _, name in mentions if " " not in name} | set(full_names),
                           offices=offices,
                           publisher=(parsed.article.publisher or "").lower(),
                           quoted=quoted, pronoun_marks=marks, openers=openers,
                           opening=body[:240].lower(), body_lower=body.lower(), body=body,
                           parses=[(chunk.offset, chunk.doc) for chunk in parsed.chunks])


def quoted_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) body offsets of the words inside quotation marks: curly quotes pair as opened
    and closed, straight double quotes alternate; a quote left open ends with its paragraph."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for i, char in enumerate(body):
        if char == "\n":
            if opened is not None:
                spans.append((opened, i))
            opened = None
        elif char == "“" or (char == '"' and opened is None):
            opened = i + 1 if opened is None else opened
        elif char in {"”", '"'} and opened is not None:
            spans.append((opened, i))
            opened = None
    if opened is not None:
        spans.append((opened, len(body)))
    return spans


def _thing_named_with_the(ent: Span) -> bool:
    """'the Moon', 'the Gateway': one capitalised word after 'the' that the recogniser took for a
    person names a thing; people go without the article ('the late Ann Cole' keeps two words)."""
    return len(ent) == 1 and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"


def _inside_quotation(position: int, context: _ArticleContext) -> bool:
    return _within(position, context.quoted)


def _within(position: int, spans: list[tuple[int, int]]) -> bool:
    at = bisect_right(spans, (position, float("inf"))) - 1
    return at >= 0 and spans[at][0] <= position < spans[at][1]


def _can_be_a_person(ent: Span) -> bool:
    """'posted on Twitter': a platform the recogniser took for a person is where words were put,
    never somebody a later 'he' or 'she' can be."""
    return not (len(ent) == 1 and ent.root.lower_ in PLATFORMS)


# Clauses inside another whose subject is somebody the sentence speaks of, not its topic:
# "after Epstein was released", "the night Epstein died", "whether Thomas slept".
SUBORDINATE_CLAUSES = {"advcl", "relcl", "acl", "ccomp", "pcomp", "csubj", "xcomp", "advmod", "prep", "pobj"}


def _main_clause_subject(ent: Span, strict: bool = False) -> bool:
    """The entity is the subject of its sentence's main clause (or of a clause joined to it):
    "Figgins declined to say whether Thomas slept": Figgins is, Thomas is not. An unparsed
    sentence gives no clauses: only a name opening it counts. `strict` (organisations) takes
    only the root verb's subject ("The way Customs and Border Protection measures seizures is
    ...", misparsed, gives "Customs" a verb that heads no clause)."""
    root = ent.root
    if root.dep_ == "appos" and root.head.dep_ == "nsubj":
        root = root.head
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = root.head
    while verb.dep_ == "conj":
        verb = verb.head
    if verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and not any(
            c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in verb.children):
        return not strict  # "Hill said the defendant, Sarah Jones, lied": what is reported has its actor
    return verb.dep_ == "ROOT" or (not strict and verb.dep_ not in SUBORDINATE_CLAUSES)


# How far back (characters, about two sentences) a subject still outranks a later name for "he".
SUBJECT_REACH = 400
HONORIFICS = {"mr": 1, "sir": 1, "mrs": -1, "ms": -1, "miss": -1, "dame": -1, "madam": -1}
# Kin words before a name give its gender: "his wife Kali", "her son Tommy".
KIN_GENDER = {"wife": -1, "husband": 1, "mother": -1, "father": 1, "daughter": -1, "son": 1,
              "sister": -1, "brother": 1, "girlfriend": -1, "boyfriend": 1, "widow": -1, "widower": 1,
              "mom": -1, "dad": 1, "grandmother": -1, "grandfather": 1, "aunt": -1, "uncle": 1}
MALE_PRONOUNS = {"he", "him", "his", "himself"}
FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}


OFFICE_ABBREVIATIONS = {"rep.", "sen.", "gov.", "gen.", "col.", "lt.", "sgt.", "adm.", "amb.", "cmdr.",
                        "capt.", "maj.",
                        "pres.", "supt.", "det.", "insp."}


def _has_office_before(ent: Span) -> bool:
    """'Rep. Ilhan Omar', 'Secretary Mike Pompeo', 'CEO Craig Menear': a name after an office."""
    doc = ent.doc
    before = [t for t in doc[max(0, ent.start - 3) : ent.start] if not t.is_punct or t.text == "."]
    if office_held_before(list(doc[max(0, ent.start - 5) : ent.start])):
        return False  # "Former President Barack Obama": an office held before
    return any(names_an_office(t) or t.lower_ in OFFICE_ABBREVIATIONS
               or f"{t.lower_}." in OFFICE_ABBREVIATIONS for t in before) or _office_of_body_before(ent)


def _office_of_body_before(ent: Span) -> bool:
    """'Deputy Director of Public Prosecution Eva-Marie Persson': an office with the body it
    heads, in capitals before the name."""
    doc = ent.doc
    i = ent.start - 1
    seen_of = False
    while i >= max(0, ent.start - 8):
        token = doc[i]
        if token.lower_ == "of":
            seen_of = True
        elif seen_of and names_an_office(token) and token.text[:1].isupper():
            return True
        elif not (token.pos_ == "PROPN" or token.lower_ in {"the", "and", "&"}):
            return False
        i -= 1
    return False


def _has_office_after(ent: Span) -> bool:
    """'Steve Clarke, deputy associate administrator at NASA, said': an office in apposition."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return False
    for token in doc[ent.end + 1 : ent.end + 9]:
        if names_an_office(token) or token.lower_ in OFFICE_ABBREVIATIONS:
            # "Doug Cooke, a former NASA associate administrator": an office held before
            return not office_held_before(list(doc[ent.end + 1 : token.i + 1]))
        if token.pos_ in {"VERB", "AUX"} or token.text in {",", ".", ";"}:
            return False
    return False


COPULAS = {"is", "was"}


def _office_as_predicate(ent: Span) -> bool:
    """'Cole is the chief executive of Acme', 'Li is senior VP at Lumen': an office the sentence
    says the person holds ('was once the mayor', 'is a former minister', 'is not the CEO' hold
    none). Read from the words, since a sentence without a fact is not parsed."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in COPULAS:
        return False
    for token in doc[ent.end + 1 : ent.end + 6]:
        if names_an_office(token):
            following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
            return following not in {"'s", "’s", "'"}  # "is the president's son": no office
        if token.is_punct or token.lower_ in FORMER_WORDS | {"not", "once", "formerly", "never", "no"} or (
                token.lower_.startswith("ex-")):
            return False
    return False


# The sign-off of an embedded social-media post as pages render it without scripts:
# "— Robert Maguire (@RobertMaguire_) November 18, 2019".
EMBEDDED_POST_RE = re.compile(
    r"(?:^|[—–]\s*)(?P<name>[^\n(@—–]{2,60}?)\s*\(@(?P<handle>\w{1,30})\)\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},\s+\d{4}", re.MULTILINE)


def _post_author(name: str, canonical: str, start: int, context: _ArticleContext) -> tuple[str, str]:
    """(name, type) of the account signing an embedded post: a known outlet, an organisation the
    article names as one and never as a person ('Digital Foundry', 'Acme Labs'), a person with an
    office in the article ('Gov. Ann Cole' earlier), else a person."""
    from newsfacts.extract.sources import MEDIA_OUTLETS, NEWS_AGENCIES

    lower = name.lower()
    if lower in NEWS_AGENCIES:
        return NEWS_AGENCIES[lower], "news_agency"
    if lower in MEDIA_OUTLETS:
        return MEDIA_OUTLETS[lower], "media_outlet"
    organisations = {ent.text.removeprefix("the ").removeprefix("The ") for _, ent in context.org_mentions}
    # (The recogniser reads the sign-off itself as a person's name; other mentions decide.)
    if name in organisations and not any(full == canonical for at, full in context.person_mentions
                                         if not start <= at < start + len(name)):
        return name, "organization"
    return canonical, "official" if canonical in context.titled else "person"


def _embedded_posts(parsed: ParsedArticle, context: _ArticleContext) -> list[Citation]:
    """The authors of social-media posts embedded in the body are sources of what they posted."""
    body = parsed.article.body_text or ""
    citations = []
    for match in EMBEDDED_POST_RE.finditer(body):
        name = match["name"].strip()
        start, end = match.start("name"), match.start("name") + len(name)
        line_start = body.rfind("\n", 0, match.start()) + 1
        line_end = body.find("\n", match.end())
        canonical = context.full_names.get(name.split()[-1], name) if name.split() else name
        canonical, source_type = _post_author(name, canonical, start, context)
        citations.append(Citation(
            citation_id=fact_id(context.article_id, "citation", start),
            article_id=context.article_id,
            cited_as=name,
            canonical_name=canonical,
            source_type=source_type,
            cue="post",
            sentence=body[line_start : line_end if line_end != -1 else len(body)],
            char_start=start,
            char_end=end,
        ))
    return citations


# An outlet credited at the end of a line, as roundups and syndicated items credit the story
# they sum up: "... It's Complicated [ Bloomberg ]", "[ The Verge ]", "... on Monday. (Reuters)".
# A dateline "(Reuters) -" opens a line and is the publisher, not a credit.
CREDIT_NAME = r"(?P<name>[A-Z][\w.'’&-]*(?:[ \t]+[\w.'’&-]+){0,4}?)"
BRACKET_CREDIT_RE = re.compile(r"\[[ \t]*" + CREDIT_NAME + r"[ \t]*\][ \t]*$", re.MULTILINE)
PAREN_CREDIT_RE = re.compile(r"(?<=\S)[ \t]*\([ \t]*" + CREDIT_NAME + r"[ \t]*\)[ \t]*$", re.MULTILINE)
# A via-credit closing a line or standing alone: "(via Geeks Are Sexy)", "[via The Verge]",
# "Via: Kotaku": the item was reached through that outlet, which is its source.
VIA_CREDIT_RE = re.compile(r"(?:[(\[][ \t]*[Vv]ia:?|^[ \t]*[Vv]ia:)[ \t]+" + CREDIT_NAME + r"[ \t]*[)\]]?[ \t]*$",
                           re.MULTILINE)
# Services something is done or sold through, which report nothing: "(via Zoom)".
VIA_SERVICES = {"zoom", "skype", "teams", "google", "amazon", "netflix", "spotify", "ticketmaster", "ebay",
                "paypal", "email", "e-mail", "satellite", "video link", "videolink"}
# Bracketed words at a line's end that credit nobody: transcript and caption marks.
NOT_CREDITS = {"applause", "laughter", "inaudible", "crosstalk", "music", "video", "photo",
               "image", "audio", "update", "updated", "sic", "more", "link", "watch", "read more"}
# Words that make a bracketed line end an editorial mark: "[Editor's Note]", "[Photo Gallery]".
NOT_CREDIT_WORDS = {"note", "correction", "update", "updated", "edited", "photo", "photos", "video",
                    "gallery", "image", "graphic", "translated", "translation", "advertisement",
                    "ad", "sponsored", "listen", "watch", "read", "more", "here", "click"}


def _credited_outlet(name: str, bracketed: bool) -> tuple[str, str] | None:
    """(canonical name, type) of an outlet credit; a parenthesis credits only a known outlet."""
    from newsfacts.extract.sources import MEDIA_OUTLETS, MEDIA_WORDS, NEWS_AGENCIES

    lower = name.lower()
    if lower in NOT_CREDITS or any(c.isdigit() for c in name) or (
            set(re.split(r"[\s’']+", lower)) & NOT_CREDIT_WORDS):
        return None
    if lower in NEWS_AGENCIES:
        return NEWS_AGENCIES[lower], "news_agency"
    if lower in MEDIA_OUTLETS:
        return MEDIA_OUTLETS[lower], "media_outlet"
    if name.isupper():
        return None  # "[WARNING]", "[INSIGHT]": a section tag, unless a known outlet ("[ CNN ]")
    if bracketed or lower.split()[-1] in MEDIA_WORDS:
        return name, "media_outlet"
    return None


def _via_credit_closes(match: re.Match) -> bool:
    """'(via X)' and '[via X]' close their brackets; a bare 'Via X' line is the whole line."""
    opened = match.group(0).lstrip()[:1]
    closed = match.group(0).rstrip()[-1:]
    return (opened == "(" and closed == ")") or (opened == "[" and closed == "]") or (
        opened not in "([" and closed not in ")]")


def _via_credit_stands_apart(body: str, match: re.Match) -> bool:
    """'...of the week.\n(via Pixel Gazette)', '... today. (via Pixel Gazette)': a credit after a
    line or a sentence has ended; not 'Tickets go on sale on Friday (via Ticketmaster)', the means
    by which something in the running sentence is done."""
    before = body[: match.start()].rstrip(" \t")
    return not before or before[-1] in "\n.!?\"”’')]"


def _outlet_credits(parsed: ParsedArticle, context: _ArticleContext) -> list[Citation]:
    """Outlets credited in brackets at the end of a line are sources of what the line sums up."""
    body = parsed.article.body_text or ""
    citations = []
    for pattern, bracketed in ((BRACKET_CREDIT_RE, True), (PAREN_CREDIT_RE, False), (VIA_CREDIT_RE, True)):
        for match in pattern.finditer(body):
            if pattern is VIA_CREDIT_RE and not (_via_credit_closes(match) and _via_credit_stands_apart(body, match)):
                continue
            credited = _credited_outlet(match["name"], bracketed)
            if credited is None or credited[0].lower() in PLATFORMS | VIA_SERVICES:
                continue  # "(via Twitter)", "(via Zoom)": where a post was put or a thing done
            start, end = match.span("name")
            line_start = body.rfind("\n", 0, start) + 1
            citations.append(Citation(
                citation_id=fact_id(context.article_id, "citation", start),
                article_id=context.article_id, cited_as=match["name"], canonical_name=credited[0],
                source_type=credited[1], cue="credit", sentence=body[line_start : match.end()],
                char_start=start, char_end=end,
            ))
    return citations


def extract_citations(parsed: ParsedArticle) -> list[Citation]:
    """All cited sources in the parsed sentences of one article, in body order."""
    context = _context(parsed)
    seen: set[int] = set()
    body = parsed.article.body_text or ""
    for chunk in parsed.chunks:
        if not chunk.is_parsed or chunk.doc.text.count(" | ") >= 2:
            continue  # "Story one | Story two | Story three": a row of links to other stories
        if _is_headline_line(chunk.doc, chunk.offset, body):
            continue  # "Palm oil firm promises to protect forests": a heading, no sentence of the body
        # Only a sentence with a quotation mark can attribute one by its shape.
        quoting = any(t.text in QUOTE_MARKS for t in chunk.doc)
        for token in chunk.doc:
            _note_authored_writing(token, chunk.offset, context)
            verb = token.pos_ in {"VERB", "AUX"}
            informants = _informants_of_writer(token, chunk.offset, context)
            if informants is not None:
                if informants.char_start not in seen:
                    seen.add(informants.char_start)
                    context.citations.append(informants)
                continue
            if token.lower_ == "according":
                cue, heads = "according_to", _according_to_speakers(token)
            elif token.lemma_.lower() in SURVEYING_VERBS and token.tag_ == "VBN":
                cue = token.lemma_.lower()
                heads = [g for c in token.children if c.dep_ == "agent" for g in c.children
                         if g.dep_ == "pobj"]
            elif verb and token.lemma_.lower() in CITING_VERBS and token.dep_ != "amod" and not _say_as_noun(token):
                # ("Stadia's recommended Chromecast", "the reported deaths": a participle
                # before a noun describes it and says nothing)
                heads = _speech_verb_speakers(token) or (_quotation_speakers(token) if quoting else [])
                cue = "as_by" if heads and heads[0].dep_ == "pobj" else token.lemma_.lower()
                heads += _included_members(heads)
                if token.lemma_.lower() == "cite" and token.tag_ == "VBG":
                    heads += [c for c in token.children if c.dep_ == "dobj" and _can_be_cited(c)]
            elif verb and quoting and (heads := _quotation_speakers(token)):
                cue = token.lemma_.lower()
            elif (token.pos_ == "VERB" and (heads := _speaks_in_statement(token))) or (
                    token.pos_ == "NOUN" and (heads := _issued_document_speakers(token))):
                cue = "statement"  # "in a statement, X expressed ...", "X's statement"
            elif verb and token.lemma_.lower() in {"be", "make"} and (heads := _view_stated(token)):
                cue = token.lemma_.lower()
            elif token.lower_ in VIEW_NOUNS and (heads := _words_of(token)):
                cue = "according_to"
            elif token.pos_ == "PROPN" and quoting and _names_speaker_before_colon(token):
                cue, heads = "quote", [token]
            elif token.pos_ == "NOUN" and _misread_speakers(token):
                cue, heads = _saying_lemma(token), _misread_speakers(token)
            elif token.lower_ == "per" and _is_attribution(token):
                cue, heads = "according_to", [c for c in token.children if c.dep_ == "pobj"]
            elif token.lemma_.lower() == "come" and token.pos_ == "VERB" and (heads := _information_from(token)):
                cue = "according_to"
            elif token.lower_ == "courtesy" and (heads := _courtesy_givers(token)):
                cue = "via"
            elif token.lower_ == "via" and _cites_through(token):
                cue, heads = "via", [c for c in token.children if c.dep_ == "pobj"]
            elif token.lower_ in DATA_NOUNS and token.pos_ == "NOUN":
                cue, heads = "data", _data_issuers(token)
            elif token.lemma_.lower() in PUBLISHING_VERBS and token.pos_ == "VERB":
                cue, heads = "statement", _publishers(token)
            elif token.lemma_.lower() in OBTAINING_VERBS and (heads := _obtaining_outlet(token, context)):
                cue = "obtained"
            elif token.pos_ == "NOUN" and (heads := _remark_makers(token)):
                cue = "remark"
            elif token.pos_ == "NOUN" and (heads := _critics(token)):
                cue = "critique"
            elif token.pos_ == "VERB" and (heads := _outlook_holders(token)):
                cue = "see"
            elif token.pos_ == "VERB" and (heads := _information_providers(token)):
                cue = "obtained"
            else:
                continue
            for head in heads:
                group = _coordinated_kinds_of_people(head)
                if group is not None:
                    # "according to analysts and activists working in the region": one group
                    citation = _group_citation(head, group, cue, chunk.offset, context)
                    if citation is not None and citation.char_start not in seen:
                        seen.add(citation.char_start)
                        context.citations.append(citation)
                    continue
                for speaker in _with_conjuncts(head):
                    if _own_people_in_report(speaker, token):
                        continue
                    citation = _citation(speaker, cue, chunk.offset, context)
                    for one in _split_coordinated(citation, speaker, chunk.offset):
                        if one.char_start not in seen:
                            seen.add(one.char_start)
                            context.citations.append(one)
    for citation in [*_embedded_posts(parsed, context), *_outlet_credits(parsed, context),
                     *_shown_documents(parsed, context)]:
        if citation.char_start not in seen:
            seen.add(citation.char_start)
            context.citations.append(citation)
    # The outlet publishing the article is no source of its own story ("HP, as Gizmodo very
    # recently explained, ..." on Gizmodo).
    kept = [c for c in context.citations
            if not (c.source_type in {"media_outlet", "news_agency"} and context.publishes(c.canonical_name)
                    and context.publishes(c.cited_as))]
    return sorted(kept, key=lambda c: c.char_start)


HEADLINE_ENDINGS = (".", "!", "?", ":", ";", ",", '"', "”", "’", "'", ")", "…", "]")


def _is_headline_line(doc: Doc, offset: int, body: str) -> bool:
    """'Major palm oil firm promises to protect forests': a short line of its own that ends in no
    stop, in the headline's present tense, set above the text it heads (a teaser's or a section's
    headline), which the labels leave out of the body. Not a sentence with its full stop, one in
    the past tense that lost its stop ("Acme said profits rose"), nor the body's last line."""
    text = doc.text
    if any(t.tag_ == "VBD" for t in doc):
        return False
    stripped = text.strip()
    end = offset + len(text)
    if not stripped or stripped.endswith(HEADLINE_ENDINGS) or len(stripped.split()) > 14:
        return False
    own_line = (offset == 0 or body[offset - 1] == "\n") and body[end : end + 1] == "\n"
    if not own_line or not body[end + 1 :].strip():
        return False
    return stripped[:1].isupper() and not any(mark in stripped for mark in QUOTE_MARKS)


# The writer as one told, a contraction the tokenizer may keep whole ("I’m told").
TOLD_WRITERS = {"i", "we", "i'm", "we're", "i've", "we've"}  # ("I’ve told him" is active: no nsubjpass)


def _informants_of_writer(verb: Token, offset: int, context: _ArticleContext) -> Citation | None:
    """'I'm told there is no other service like it', 'we were told that the plant would close':
    the writer passes on what unnamed people told them, one anonymous source. Not 'I was told
    to wait' (an instruction), 'I told him', 'I was not told', nor a speaker's words in quotes."""
    if verb.lemma_.lower() != "tell" or verb.pos_ != "VERB":
        return None
    children = list(verb.children)
    doc = verb.doc
    writers = [c for c in children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i and (
        c.lower_.replace("’", "'") in TOLD_WRITERS
        # "I ’m told", the contraction split off and parsed as the subject of an active "told"
        or (c.lower_.replace("’", "'") in {"'m", "'re"} and c.i > 0 and doc[c.i - 1].lower_ in {"i", "we"}))]
    if not writers:
        return None
    writer = writers[0]
    # "I’m told" kept whole (or its "’m" taken for the subject) is parsed as an active "told",
    # its clause's subject as an object
    glued = writer.lower_.replace("’", "'") in {"i'm", "we're", "'m", "'re"}
    clauses = [c for c in children if c.dep_ == "ccomp" and _is_finite_clause(c)]
    if not clauses:
        return None
    # "I'm told the striker will miss the final": the clause's subject taken for an object of
    # the passive "told" ("I was told the news" has no clause)
    misparsed = [c for c in children if c.dep_ == "dobj" and c.i < clauses[0].i
                 and not any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in clauses[0].children)]
    if not (writer.dep_ == "nsubjpass" or glued) or any(
            c.dep_ in {"agent", "dative", "neg", "xcomp"} or (c.dep_ == "dobj" and not glued and c not in misparsed)
            for c in children):
        return None
    if writer.lower_.replace("’", "'") in {"'m", "'re"}:
        writer = doc[writer.i - 1]
    start, end = offset + writer.idx, offset + verb.idx + len(verb.text)
    if _inside_quotation(start, context):
        return None
    return Citation(
        citation_id=fact_id(context.article_id, "citation", start), article_id=context.article_id,
        cited_as=verb.doc.text[writer.idx : verb.idx + len(verb.text)], canonical_name="unnamed sources",
        source_type="anonymous", cue="tell", sentence=verb.sent.text, char_start=start, char_end=end)


def _own_people_in_report(speaker: Token, verb: Token) -> bool:
    """'Holt said he and his supporters had urged the council to act': unnamed people of a
    speaker's own ('his supporters', 'her aides'), doing the saying inside the clause that speaker
    reports, are talked about; the reporter is the source. Not 'his aides said' on its own, nor
    'Holt said his lawyer, Ann Ruiz, had ...' (a named person)."""
    if speaker.pos_ != "NOUN" or speaker.ent_type_ or not any(
            c.dep_ == "poss" and c.lower_ in {"his", "her", "their"} for c in speaker.children):
        return False
    clause = verb
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SPEECH_VERBS:
        return False
    left = speaker.left_edge
    if left.i > 0 and left.doc[left.i - 1].dep_ == "cc" and left.doc[left.i - 1].head.pos_ in {"VERB", "AUX"}:
        # "Hale said his players were tired, and his assistant said the pitch was poor": a
        # clause of its own joined on, which the parse hung under the first speaker's verb
        return False
    return any(c.dep_ == "nsubj" for c in clause.head.children)


# Nouns of something said whose maker, given by "from" or "by", is a source: "after a remark from
# a winemaker", "a warning from the weather service", "comments by the minister".
# ("observations by the Keck Observatory" are sightings, not remarks.)
REMARK_NOUNS = {"remark", "comment", "quip", "admission", "warning", "assurance"}
# What a remark hangs under when it was asked for and not given: "a request for comment from X".
ASKED_FOR_HEADS = {"for", "to"}


def _remark_makers(noun: Token) -> list[Token]:
    """'After an off-the-cuff remark from a winemaker in Beaune, I ...', 'a warning by police':
    who made the remark; not 'a request for comment from the firm' (asked for, nothing said),
    'no comment from the club' nor 'comments from readers are welcome' in a quotation."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in REMARK_NOUNS:
        return []
    if noun.head.lower_ in ASKED_FOR_HEADS or any(c.lower_ in {"no", "any"} for c in noun.children):
        return []
    makers = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}
              for g in c.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}]
    if makers and _generic_remarks(noun, makers[0]):
        return []
    return [m for m in makers if m.pos_ == "PROPN" or _is_speaker_noun(m)][:1]


def _generic_remarks(noun: Token, maker: Token) -> bool:
    """'Comments from readers are moderated', 'warnings by users are reviewed': remarks of a kind
    of people, bare plurals, told in the present as a rule, not a remark someone made."""
    bare = lambda t: t.tag_ in {"NNS", "NNPS"} and not any(c.dep_ in {"det", "poss", "nummod"} for c in t.children)  # noqa: E731
    verb = noun.head
    return (bare(noun) and bare(maker) and noun.dep_ in {"nsubj", "nsubjpass"}
            and (verb.tag_ in {"VBP", "VBZ"} or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBP", "VBZ"}
                                                     for c in verb.children)))


# Opinions published that the article reports as their author's: "got a spot on CNN for his
# scathing critique of ...", "was praised for her essay on ...".
CRITIQUE_NOUNS = {"critique", "criticism", "takedown", "rebuttal", "essay", "op-ed", "commentary"}
# Verbs of the notice a published opinion earns its author: "got a spot on CNN for", "won praise
# for", "drew attention for", "was praised for"; not a sanction or an apology for it.
NOTICE_VERBS = {"get", "win", "earn", "gain", "draw", "receive", "attract", "garner", "praise", "laud",
                "hail", "applaud", "celebrate", "commend", "know", "note", "acclaim"}


def _critics(noun: Token) -> list[Token]:
    """'Cartoonist Ann Bors got a spot on CNN for his critique of X': the named subject whose own
    critique ('his', 'her') the clause is about; not 'Bors won a prize for his drawing' (no
    opinion) nor 'Bors replied to her critique' (someone else's, not 'for')."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CRITIQUE_NOUNS:
        return []
    if not any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in noun.children):
        return []
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or noun.head.head.pos_ not in {"VERB", "AUX"}:
        return []
    verb = noun.head.head
    if verb.lemma_.lower() not in NOTICE_VERBS:
        return []  # "was jailed / fined / sacked for her criticism of ...": a sanction, no opinion reported
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return [subject] if subject is not None and subject.ent_type_ == "PERSON" else []


# Present-tense "see" of those whose outlook is news: "Forecasters see smooth sailing",
# "Analysts see the rate rising"; not "Analysts saw the film" (past, a sighting).
OUTLOOK_HOLDERS = VIEW_HOLDERS | {"meteorologist", "pollster", "trader", "investor", "economist"}


# What forecasters and analysts see ahead: "see smooth sailing", "see rain", "see a tight race".
OUTLOOK_NOUNS = {"sailing", "weather", "rain", "snow", "storm", "sunshine", "wind", "frost", "heat", "flooding",
                 "growth", "rise", "fall", "decline", "drop", "gain", "increase", "decrease", "recession",
                 "recovery", "rebound", "slowdown", "slump", "downturn", "upturn", "boom", "risk", "chance",
                 "race", "inflation", "cut", "hike", "shortage", "surplus", "demand", "pressure", "volatility",
                 "turnout", "victory", "win", "defeat", "upside", "downside", "delay", "return", "trend",
                 "outlook", "prospect", "sign", "danger", "threat", "opportunity", "hope", "need", "rate"}


def _is_outlook(noun: Token) -> bool:
    """An object 'see' takes as an outlook: a trend or a prospect ('see rain into the weekend',
    'see inflation easing'), or anything seen as something ('see the coach as the key')."""
    return noun.lemma_.lower() in OUTLOOK_NOUNS or any(
        c.dep_ in {"acl", "xcomp", "oprd"} or (c.dep_ == "prep" and c.lower_ == "as") for c in noun.children
    ) or any(c.dep_ in {"xcomp", "oprd"} or (c.dep_ == "prep" and c.lower_ == "as") for c in noun.head.children)


def _outlook_holders(verb: Token) -> list[Token]:
    """The experts whose outlook a present-tense 'see' with an object gives."""
    if verb.lemma_.lower() != "see" or verb.tag_ not in {"VBP", "VBZ"} or verb.dep_ not in {"ROOT", "conj"}:
        return []
    if any(c.dep_ == "neg" or c.lower_ in {"can", "could", "will", "would"} for c in verb.children):
        return []  # "analysts can see the screen", "experts will see the site"
    if not any(c.dep_ == "ccomp" or (c.dep_ == "dobj" and _is_outlook(c)) for c in verb.children):
        return []  # "Experts see patients on Tuesdays", "analysts see the stadium": a sighting
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in OUTLOOK_HOLDERS:
        return []
    return [subject]


# Passives that say where information was taken from: "the list was obtained from the National
# Conference of State Legislatures", "figures compiled from Labor Department records".
# (Only "from" a body: "data collected by the Hubble Space Telescope" are an instrument's readings.)
GATHERED_VERBS = {"obtain", "take", "draw", "compile", "source", "derive", "adapt"}
# What is gathered that way as information, not goods: "the drug was obtained from a pharmacy".
INFORMATION_NOUNS = {"list", "information", "data", "datum", "figure", "number", "detail", "statistic",
                     "record", "estimate", "quote", "account", "fact", "finding", "ranking", "table",
                     "chart", "map", "graph"}


# Verbs that also say a thing was removed ("a map was taken from the museum", "water drawn from the
# river"), and the information nouns that are also things that can be removed.
REMOVING_VERBS = {"take", "draw"}
THING_NOUNS = {"list", "record", "table", "chart", "map", "graph", "account"}


def _information_providers(verb: Token) -> list[Token]:
    """'Much of this list was obtained from the NCSL', 'data taken from the census bureau': the
    named body information was taken from is its source."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or verb.lemma_.lower() not in GATHERED_VERBS:
        return []
    held = verb.head if verb.dep_ in {"acl", "relcl"} else next(
        (c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if held is not None and held.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        held = verb.head
    if held is None:
        return []
    # "much of this list", "some of the data": the information is the "of" object
    kinds = [held, *(g for c in held.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj")]
    nouns = INFORMATION_NOUNS if verb.lemma_.lower() not in REMOVING_VERBS else INFORMATION_NOUNS - THING_NOUNS
    if not any(k.pos_ == "NOUN" and k.lemma_.lower() in nouns for k in kinds):
        return []  # "the map was taken from the museum": removed, not quoted
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
    return [g for c in preps for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
            and g.ent_type_ not in {"PERSON", "DATE", "GPE"}][:1]


# Things a reader is shown that speak for themselves: "As you can see from the trailer, ...".
SHOWING_DOCUMENTS = {"trailer", "teaser", "video", "clip", "footage", "chart", "graph", "graphic",
                     "table", "map", "screenshot", "screenshots", "data", "figures", "images", "photos"}


def _shown_documents(parsed: ParsedArticle, context: _ArticleContext) -> list[Citation]:
    """'As you can see from the trailer, it is ...', 'as seen in the video above': a document
    the article points its reader at, cited as a document; not 'you can see the trailer below'
    (an invitation, no "as") nor 'as seen from the hill' (a place)."""
    citations = []
    for chunk in parsed.chunks:
        if not chunk.is_parsed:
            continue
        for verb in chunk.doc:
            if verb.lemma_.lower() != "see" or verb.pos_ != "VERB":
                continue
            if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and not (
                    verb.i > 0 and chunk.doc[verb.i - 1].lower_ == "as"):
                continue
            if any(c.dep_ == "nsubj" and c.lower_ not in {"you", "we"} for c in verb.children):
                continue  # "as he could see from the data": a person's own sight
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"from", "in", "on"}):
                noun = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if noun is None or noun.lower_ not in SHOWING_DOCUMENTS or _inside_quotation(
                        chunk.offset + noun.idx, context):
                    continue
                span = _speaker_span(noun)
                start = chunk.offset + span.start_char
                citations.append(Citation(
                    citation_id=fact_id(context.article_id, "citation", start), article_id=context.article_id,
                    cited_as=span.text, canonical_name=noun.lower_, source_type="document", cue="see",
                    sentence=verb.sent.text, char_start=start, char_end=chunk.offset + span.end_char))
    return citations


# Words before "say" used as a noun: "wanted some say in", "have no say over", "the final say".
SAY_DETERMINERS = {"a", "some", "any", "no", "more", "little", "final", "the", "greater", "bigger", "real",
                   "much", "equal", "full"}


def _say_as_noun(token: Token) -> bool:
    """'wanted some say in the disposition', 'without a say over it': 'say' as a noun (a share
    in deciding) after a determiner that itself follows a verb or a preposition, which the
    tagger may read as a verb with 'some' as its subject; 'Some say that ...' still cites."""
    doc = token.doc
    if token.lower_ != "say" or token.i < 2 or any(c.dep_ == "aux" for c in token.children):
        return False
    return doc[token.i - 1].lower_ in SAY_DETERMINERS and doc[token.i - 2].pos_ in {"VERB", "AUX", "ADP"}


# Predicates that state a view with a clause: "was adamant that", "is confident the plan will
# work", "made (it) clear that".
VIEW_ADJECTIVES = {"confident", "convinced", "adamant", "certain", "sure", "optimistic", "hopeful",
                   "pessimistic", "skeptical", "sceptical", "insistent", "emphatic", "clear"}


def _view_stated(verb: Token) -> list[Token]:
    """'Keller was adamant that the plan was sound', 'the bank is confident rates will fall',
    'Keller made (it) clear that she would stay': a view stated by its holder."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children) or _is_hypothetical(verb) or verb.dep_ not in {"ROOT", "conj"}:
        return []
    if lemma == "be":
        adjective = next((c for c in children if c.dep_ == "acomp" and c.lower_ in VIEW_ADJECTIVES - {"clear"}), None)
    elif lemma == "make":
        adjective = next((c for c in children if c.dep_ in {"oprd", "ccomp"} and c.lower_ in {"clear", "plain"}), None)
    else:
        return []
    if adjective is None:
        return []
    clauses = [c for c in [*children, *adjective.children] if c.dep_ in {"ccomp", "advcl"} and c.i > adjective.i]
    if not any(_is_finite_clause(c) for c in clauses):
        return []
    subject = next((c for c in children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return [subject] if subject is not None and _holds_views_on_record(subject) else []


VIEW_NOUNS = {"words", "view", "opinion", "estimation", "assessment"}


def _words_of(words: Token) -> list[Token]:
    """'In the words of Karl Weber, ...', 'In Keller's view, ...': the one whose words or view
    the sentence gives."""
    if words.dep_ != "pobj" or words.head.lower_ != "in":
        return []
    holders = [c for c in words.children if c.dep_ == "poss" and c.pos_ in {"PROPN", "NOUN"}
               and _holds_views_on_record(c)]
    return holders or [g for c in words.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"]


def _saying_lemma(token: Token) -> str | None:
    """'notes' -> 'note', 'warning' -> 'warn': the saying verb a word tagged as a noun spells."""
    lower = token.lower_
    stems = [lower[:-1]] if lower.endswith("s") else []
    if lower.endswith("ing"):
        stems = [lower[:-3], lower[:-3] + "e"]
    if token.tag_ == "NN" and any(c.dep_ == "nsubj" and c.i < token.i for c in token.children):
        stems.append(lower)  # "many in the community note he held ...": a plural subject's verb
    return next((stem for stem in stems if stem in CITING_VERBS), None)


def _misread_speakers(token: Token) -> list[Token]:
    """Saying verbs the parse took for nouns, with their speaker glued on as a compound:
    '..., a new study reports.' (an inverted attribution closing the sentence) and
    '..., with Foreign Minister Ayman Safadi warning of ...' ('with' X saying)."""
    if _saying_lemma(token) is None:
        return []
    doc = token.doc
    children = list(token.children)
    if token.tag_ in {"NNS", "NN"} and any(c.dep_ == "ccomp" and _is_finite_clause(c) for c in children):
        # "the Budget Office projects that ...": a subject and a clause make it a verb.
        subjects = [c for c in children if c.dep_ == "nsubj" and c.i < token.i]
        if subjects:
            return subjects
    speakers = [c for c in children if c.dep_ in {"compound", "nsubj"} and c.i == token.i - 1]
    if not speakers:
        return []
    first = min([token.i, *(c.i for c in token.lefts if c.dep_ in {"det", "amod", "compound"})])
    closing = (token.tag_ == "NNS" and token.i + 1 < len(doc) and doc[token.i + 1].text in {".", "!"}
               and first > 0 and doc[first - 1].text == ",")
    with_ing = (token.lower_.endswith("ing") and token.dep_ == "pobj" and token.head.lower_ == "with"
                and speakers[0].pos_ == "PROPN")
    return speakers if closing or with_ing else []


def _split_coordinated(citation: Citation | None, speaker: Token, offset: int) -> list[Citation]:
    """'the Russian and Syrian defense ministries said' -> the Russian and the Syrian defense
    ministry: bodies named by coordinated nationalities each speak (like 'Egypt and Jordan'), and
    so do unnamed people ('Russian and Iranian officials said': Russian and Iranian officials)."""
    if citation is None or citation.source_type not in {"government_body", "anonymous"} or speaker.tag_ != "NNS":
        return [citation] if citation is not None else []
    first = next((c for c in speaker.children if c.dep_ in {"amod", "compound"}
                  and c.ent_type_ == "NORP" and any(g.dep_ == "conj" for g in c.children)), None)
    if first is None:
        return [citation]
    nations = [first, *(g for g in first.children if g.dep_ == "conj" and g.ent_type_ == "NORP")]
    rest = [t.text for t in speaker.children if t.dep_ in {"amod", "compound"} and t.i > first.i]
    split = []
    for nation in nations:
        if citation.source_type == "anonymous":
            name = " ".join([nation.text, *rest, speaker.text])  # "Iranian officials"
        else:
            name = normalise_body_name(" ".join([nation.text, *rest, speaker.lemma_]))
        start = offset + nation.idx
        split.append(replace(citation, canonical_name=name, char_start=start,
                             citation_id=fact_id(citation.article_id, "citation", start)))
    return split


def _included_members(heads: list[Token]) -> list[Token]:
    """'Arab states - including Egypt and Jordan - criticised': each member named speaks too."""
    members = []
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "including":
                members += [g for g in child.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
            elif (child.dep_ == "appos" and child.pos_ == "PROPN" and child.ent_type_ in {"GPE", "ORG", "NORP"}
                  and child.i > 0 and child.doc[child.i - 1].text in DASHES
                  and not _is_party_and_state(child)):
                members.append(child)  # "The two neighbours - Chile and Peru - condemned"
    return members


# What a body posts online: "the company published a blog post that said" cites the company.
POSTED_NOUNS = {"post", "tweet"}
# Verbs and documents by which a body puts out information: "the agency released two reports".
PUBLISHING_VERBS = {"issue", "release", "publish"}
RUMOR_NOUNS = {"rumor", "rumour", "speculation", "report"}
PUBLISHED_NOUNS = {"statement", "report", "study", "survey", "data", "figures", "statistics",
                   "findings", "analysis", "estimate", "estimates", "forecast", "communique",
                   "communiqué", "declaration", "bulletin", "readout", "poll", "research", "paper",
                   "post", "projections"}


def _publishers(verb: Token) -> list[Token]:
    """'The agency released two reports that ...', 'X issued a statement': the issuer is a source."""
    children = list(verb.children)
    if any(c.dep_ == "neg" or c.lower_ in FUTURE_AUXES for c in children) or _is_hypothetical(verb):
        return []  # "did not issue a statement", "will publish its report in May"
    if not any(c.dep_ == "dobj" and c.pos_ == "NOUN" and (
            c.lower_ in PUBLISHED_NOUNS or c.lemma_.lower() in PUBLISHED_NOUNS
            # "published rumors that the firm will sell TVs": claims put out, given by their clause
            or (c.lemma_.lower() in CLAIM_NOUNS | RUMOR_NOUNS and _states_content(c))) for c in children):
        return []
    return [c for c in children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN", "PRON"}]


def _without_possessive(span: Span) -> Span:
    """'the central bank's' -> 'the central bank': an issuer named as a possessor."""
    if len(span) > 1 and span[-1].tag_ == "POS":
        return span[:-1]
    return span


def _can_be_cited(noun: Token) -> bool:
    """'citing an anonymous source', 'citing a ministry report', 'citing Reuters'; not 'citing
    Taliban violence' (a reason)."""
    from newsfacts.extract.sources import ANONYMOUS_NOUNS

    lemma = noun.lemma_.lower()
    return (noun.pos_ == "PROPN" and noun.ent_type_ in {"PERSON", "ORG", "GPE"}) or (
        lemma in ANONYMOUS_NOUNS | TITLE_WORDS | SPEAKING_NOUNS | DOCUMENT_NOUNS)


def _is_attribution(per: Token) -> bool:
    """'Per the report, ...', '..., per Reuters': 'per' set off as an attribution, not a rate
    ('$5 per share')."""
    doc = per.doc
    set_off = per.i == per.sent.start or doc[per.i - 1].text in {",", "(", "—", "–"}
    pobj = next((c for c in per.children if c.dep_ == "pobj"), None)
    return set_off and pobj is not None and (
        pobj.pos_ == "PROPN" or pobj.lemma_.lower() in DOCUMENT_NOUNS | SPEAKING_NOUNS)


# What is credited "courtesy of" someone without that someone saying anything: a picture.
PICTURE_WORDS = {"photo", "photograph", "picture", "image", "video", "footage", "clip", "photography",
                 "illustration", "artwork", "poster", "photos", "photographs", "pictures", "images",
                 "videos", "clips", "illustrations"}


# What is told, which comes from whoever told it: "the details come to us from Reuters".
# (Not "account": "the account came from Barclays" is a bank's. Not a place: "the news came from
# Washington late on Friday" says where it broke.)
TOLD_NOUNS = {"detail", "details", "news", "word", "information", "report", "reports"}
# News judged by how it went: "the only good news came from Tesla, whose shares rose".
JUDGED_NEWS = {"good", "bad", "great", "welcome", "positive", "negative", "encouraging", "grim"}


def _information_from(verb: Token) -> list[Token]:
    """'The details come to us from Reuters', 'word came from the palace': the named teller of
    what is told; not 'the money came from Acme' nor 'the details come from court filings'."""
    if not any(c.dep_ == "nsubj" and c.lemma_.lower() in TOLD_NOUNS | {"detail"} and not any(
            # "the only good news came from Tesla": results that pleased, not a teller
            a.dep_ == "amod" and a.lemma_.lower() in JUDGED_NEWS for a in c.children) for c in verb.children):
        return []
    if any(c.dep_ == "neg" or c.lower_ in FUTURE_AUXES for c in verb.children):
        return []
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ in {"ORG", "PERSON"}]


CREDITED_INFORMATION = {"chart", "table", "graph", "graphic", "comparison", "breakdown", "list", "note",
                        "analysis", "summary", "tally"}


def _credited_thing(courtesy: Token) -> Token | None:
    """What is credited: 'the table, courtesy of X' (in apposition), 'the chart comes courtesy of
    X', 'the chart is courtesy of X' (the subject of 'be' or 'come'), 'analysis courtesy of X'
    (the noun just before); None for a credit on any other verb ('printed courtesy of X')."""
    head = courtesy.head
    if courtesy.dep_ == "appos":
        return head
    if head.lemma_.lower() in {"be", "come"} and courtesy.dep_ in {"attr", "oprd", "dobj", "npadvmod", "advmod"}:
        return next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    before = courtesy.doc[courtesy.i - 1] if courtesy.i > courtesy.sent.start else None
    return before if before is not None and before.pos_ == "NOUN" else None


def _courtesy_givers(courtesy: Token) -> list[Token]:
    """'a comparison of the two statements, courtesy of Ian Lee, strategist at Acme': who
    supplied the information; not a picture's credit ('photo courtesy of the family')."""
    of = courtesy.doc[courtesy.i + 1] if courtesy.i + 1 < len(courtesy.doc) else None
    if of is None or of.lower_ != "of" or courtesy.pos_ != "NOUN":
        return []
    sentence = courtesy.sent
    if any(t.lower_ in PICTURE_WORDS for t in sentence):
        return []
    credited = _credited_thing(courtesy)
    if credited is None or credited.pos_ != "NOUN" or not (
            credited.lemma_.lower() in DOCUMENT_NOUNS | DATA_NOUNS | CREDITED_INFORMATION
            or credited.lower_ in DATA_NOUNS):
        # "the tickets were free, courtesy of Acme": a gift, not information; "the report was
        # printed courtesy of Acme": a printing paid for, not what the report says
        return []
    return [g for g in of.children if g.dep_ == "pobj" and g.ent_type_ in {"PERSON", "ORG"}]


def _cites_through(via: Token) -> bool:
    """'Richardson, via USA Today, said', '"...," Heyward said, via Brian Batko of the Post': a
    saying reached through another outlet or reporter."""
    if not any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in via.children):
        return False  # "spread via SMS messages", "promised via the posts": a medium, not a source
    head = via.head
    for token in (head, head.head):
        if token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in SPEECH_VERBS:
            return True
    return bool(head.i + 1 < len(via.doc) and any(
        t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB" for t in via.doc[via.i : via.i + 8]))


def _data_issuers(noun: Token) -> list[Token]:
    """'we used data from the University of Colorado', 'figures by the statistics office'. Not
    a chart's or table's caption credit standing as its own parenthesised line ('(Data from
    OSM, April 2018.)'), which is no body text."""
    stripped = noun.doc.text.strip()
    if stripped.startswith("(") and stripped.endswith(")") and noun.i == 1 and not any(
            t.pos_ in {"VERB", "AUX"} for t in noun.doc):
        return []
    issuers = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"from", "by"}:
            issuers += [g for g in child.children if g.dep_ == "pobj" and (
                g.pos_ == "PROPN" or g.ent_type_ in {"ORG", "GPE"})]
        elif child.dep_ == "acl" and child.lemma_.lower() in ISSUING_VERBS | {"compile"}:
            # "figures released by the Office for National Statistics"
            issuers += [g for a in child.children if a.dep_ == "agent" for g in a.children
                        if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in {"ORG", "GPE"})]
    if not issuers and _data_tell_something(noun):
        # "Labor Department data show", "Federal Reserve and Commerce Department figures suggest":
        # the body named before the data it issued (its conjuncts are read by the caller)
        name = noun.doc[noun.i - 1] if noun.i > 0 else None
        if name is not None and name.pos_ == "PROPN" and name.ent_type_ == "ORG":
            while name.dep_ == "conj" and name.head.i < name.i and name.head.ent_type_ == "ORG":
                name = name.head  # the first of coordinated names
            issuers = [name]
    return issuers


def _data_tell_something(noun: Token) -> bool:
    """'the data show that ...', 'data suggest': the data are the subject of a finding verb (the
    parse may take 'data show' for one compound noun); not 'data due on Friday'."""
    doc = noun.doc
    following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return (noun.dep_ == "nsubj" and noun.head.lemma_.lower() in FINDING_VERBS) or (
        following is not None and following.lemma_.lower() in FINDING_VERBS and following.lower_ != "finding")


def _type_of_person(name: str, context: _ArticleContext) -> str:
    earlier = [c.source_type for c in context.citations if c.canonical_name == name]
    return "official" if "official" in earlier or name in context.titled else "person"


def _is_age_noun(head: Token) -> bool:
    """'the 56-year-old', tokenised 56 - year - old with the adjective 'old' as its head."""
    doc = head.doc
    return head.lower_ == "old" and head.i >= 2 and doc[head.i - 1].text == "-" and (
        doc[head.i - 2].lower_ in {"year", "years"})


# What people named in the news do, which "the singer", "the quarterback" points back at (as
# "the minister" does).
# Parties of a case that point back at the person named before: the suspect or defendant is the
# one charged. A victim, plaintiff or complainant is someone else, usually not named before.
CASE_PARTY_WORDS = {"suspect", "defendant", "accused"}
PROFESSION_WORDS = {"singer", "actor", "actress", "rapper", "musician", "songwriter", "guitarist",
                    "drummer", "comedian", "presenter", "anchor", "novelist", "poet", "filmmaker",
                    "producer", "designer", "architect", "chef", "athlete", "quarterback", "pitcher",
                    "goalkeeper", "midfielder", "defender", "forward", "batsman", "bowler", "golfer",
                    "driver", "rider", "swimmer", "runner", "boxer", "fighter", "wrestler", "skater",
                    "entrepreneur", "billionaire", "businessman", "businesswoman", "activist",
                    "lawmaker", "congressman", "congresswoman", "candidate", "nominee", "incumbent"}


PROFESSION_ENDINGS = ("ologist", "ician", "iatrist", "ist")


# Members of a party standing for one lawmaker: "the Ohio Democrat", "the California Republican".
PARTY_MEMBER_WORDS = {"republican", "democrat", "conservative", "tory", "liberal"}
# Kin nouns that, with "the" alone, point back at the person the story introduced by them.
DEFINITE_KIN_WORDS = {"father", "mother", "widow", "widower", "husband", "wife", "son", "daughter",
                      "brother", "sister", "grandmother", "grandfather"}


def _kin_introduced(head: Token, offset: int, context: _ArticleContext) -> bool:
    """'the father' points back at a person only when the story introduced somebody as 'the
    father of ...' before the person last named ("The father of the gunman came to Paris ...
    Omar Haddad, 64, ..."). Not 'Tom Hale was killed ... the widow said' (Hale's widow, someone
    else) nor 'Hale scored twice ... the son said'. Other roles always point back."""
    if head.lower_ not in DEFINITE_KIN_WORDS:
        return True
    position = offset + head.idx
    intros = [m.start() for m in re.finditer(rf"\b{head.lower_} of\b", context.body_lower[:position])]
    # a person named as a subject after the introduction, or in apposition just before it
    # ("Omar Haddad, the father of the jailed activist, ..."): somebody the story is about, not
    # "police named the suspect as Tom Hale"
    return any(at - 60 <= start < position for start in context.subject_mentions for at in intros)


def _is_role_reference(span: Span, head: Token) -> bool:
    """'the minister', 'the 56-year-old', 'his spokesman': a role that points back at a person."""
    if head.pos_ == "PROPN" and head.lower_ in TITLE_WORDS and [t.lower_ for t in span] == ["the", head.lower_]:
        return True  # "the President admits": an office in capitals, the person who holds it
    if head.lower_ in PARTY_MEMBER_WORDS and span[0].lower_ == "the" and head.tag_ == "NNP" and all(
            t.pos_ in {"PROPN", "DET", "PUNCT"} for t in span) and span[-1] == head:
        return True  # "the California Republican said": the lawmaker named before
    if head.pos_ != "NOUN" and not _is_age_noun(head):
        return False
    if head.tag_ == "NNS":
        return False  # "the officials said": a group, never the one person named before
    if head.lower_ in DEFINITE_KIN_WORDS and [t.lower_ for t in span] == ["the", head.lower_]:
        # "The father of the gunman came to the U.S. ... the father said": the one the story is
        # about, named in it ("his father said" is somebody else, the son's father)
        return True
    if any(t.pos_ == "PROPN" or (t.ent_type_ and t.ent_type_ not in {"DATE", "CARDINAL"}) for t in span):
        return False
    roles = ROLE_WORDS | PROFESSION_WORDS | CASE_PARTY_WORDS
    # "the neurologist", "the pediatrician", "the novelist": a trade named by its ending
    role = (head.lower_ in roles or head.lemma_.lower() in roles or head.lower_.endswith(PROFESSION_ENDINGS)
            or head.lower_.endswith("-old") or _is_age_noun(head))
    return role and span[0].lower_ in {"the", "his", "her", "its", "their"}


# A US lawmaker's party and state set after the name: "R-Neb.", "D-N.Y.", "I-Vt.".
PARTY_AND_STATE = re.compile(r"^[RDI]-[A-Z][A-Za-z.]*$")
def _is_party_and_state(token: Token) -> bool:
    """'Sen. Ben Sasse, R-Neb., said': the party and state after a lawmaker's name."""
    subtree = sorted(t.i for t in token.subtree)
    return PARTY_AND_STATE.match(token.doc[subtree[0] : subtree[-1] + 1].text) is not None


PERSONAL_NAME = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}$")
NOT_PERSONAL_WORDS = {"Company", "Group", "Inc", "Watch", "Bank", "Party", "Council", "Committee",
                      "Agency", "Association", "University", "Institute", "Foundation", "Union",
                      "Ministry", "Department", "Office", "Court", "Police", "Army", "Forces",
                      "Times", "News", "Post", "House", "Service", "Commission", "Fund", "Airlines"}


def _looks_like_personal_name(text: str) -> bool:
    """'Eva-Marie Persson': a first and last name the NER may have taken for an organisation."""
    return (PERSONAL_NAME.match(text.strip()) is not None and not set(text.split()) & NOT_PERSONAL_WORDS
            and not text.startswith("The "))  # "The Doobie Brothers"


# Nouns for what a person does, set beside a name: "Ana Ruiz, a local farmer".
PERSON_ROLE_NOUNS = ROLE_WORDS | {"farmer", "nurse", "teacher", "worker", "driver", "owner",
                                  "veteran", "mother", "father", "resident", "student", "actor",
                                  "actress", "singer", "writer", "artist", "pilot", "officer"}
# Entity labels the small model gives names it does not know as people ("Helen Park" a place).
NOT_A_PERSON_ENTITIES = {"ORG", "GPE", "NORP", "LOC", "PRODUCT", "LAW", "LANGUAGE"}


def _unrecognised_personal_name(span: Span, head: Token) -> bool:
    """'Ana Ruiz', 'Helen Park': a speaker spelt as a first and last name, which the NER left
    unlabelled or took for a place or a title, is a person."""
    from newsfacts.extract.sources import ANONYMOUS_NOUNS

    if head.pos_ != "PROPN":
        return False
    if head.ent_type_ in NOT_A_PERSON_ENTITIES:
        # "Eswar Prasad, a trade professor at Cornell": a role only a person has, set beside a
        # name spelt as a first and last name, outweighs the NER's guess of an organisation.
        name = head.doc[min(t.i for t in head.subtree if t.i <= head.i) : head.i + 1].text
        return head.ent_type_ == "ORG" and _looks_like_personal_name(name) and any(
            c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in PERSON_ROLE_NOUNS
            for c in head.children)
    # Only what the text says of the name tells: an age or a person's role set beside it
    # ("Jan Smit, 54, said", "Jan Smit, a local farmer, said"); the spelling alone does not
    # ("Big Machine", "Wall Street").
    return any(c.dep_ == "appos" and (c.like_num or c.lemma_.lower() in PERSON_ROLE_NOUNS | ANONYMOUS_NOUNS)
               for c in head.children) or any(
        c.dep_ == "appos" and c.lower_.endswith("-old") for c in head.children)


def _is_spokes_noun(token: Token) -> bool:
    return token.lower_ in SPOKES_NOUNS or token.lemma_.lower() in SPOKES_NOUNS


SPOKES_RE = re.compile(r"\b(?:" + "|".join(sorted(SPOKES_NOUNS)) + r")\b", re.IGNORECASE)


def _earlier_spokesperson(position: int, context: _ArticleContext) -> tuple[str, str]:
    """'the spokeswoman said': the spokesperson cited before, named or not.

    A spokesperson speaks for somebody and is not them: the last person named ("Trump") is
    never the spokesperson unless the article cited them as one ("Jane Roe, a spokeswoman").
    """
    earlier = [c for c in context.citations if c.char_start < position and SPOKES_RE.search(c.cited_as)]
    if earlier:
        last = max(earlier, key=lambda c: c.char_start)
        return last.canonical_name, last.source_type
    return "spokesperson", "anonymous"


def _resolve_pronoun(pronoun: Token, offset: int, context: _ArticleContext) -> tuple[str, str] | None:
    """he/she and roles ('the minister') -> the last person named before; it -> the last
    non-person source cited."""
    position = offset + pronoun.idx
    if pronoun.pos_ == "PROPN" and pronoun.lower_ not in PARTY_MEMBER_WORDS:
        # "the President said": the last person named with that office ("President Donald Trump")
        holders = [name for start, title, name in context.offices
                   if title == pronoun.lower_ and start < position]
        return (holders[-1], "official") if holders else None
    if pronoun.pos_ == "NOUN" and _is_spokes_noun(pronoun):
        return _earlier_spokesperson(position, context)
    if pronoun.pos_ == "NOUN" and not _is_age_noun(pronoun):
        # "A senior US official said ... The official added": the one cited by that role since
        # the last person named, named or not.
        role = re.compile(rf"\b{re.escape(pronoun.lower_)}\b", re.IGNORECASE)
        earlier = [c for c in context.citations if c.char_start < position and role.search(c.cited_as)]
        last_named = max((start for start, _ in context.person_mentions if start < position), default=-1)
        if earlier and earlier[-1].char_start > last_named:
            return earlier[-1].canonical_name, earlier[-1].source_type
    if pronoun.lower_ in {"he", "she"} or pronoun.pos_ == "NOUN" or _is_age_noun(pronoun) or (
            pronoun.lower_ in PARTY_MEMBER_WORDS):
        named = [(start, name) for start, name in context.person_mentions if start < position]
        # A named speaker the NER missed ("Eva-Marie Persson ... said") counts as a mention too;
        # when the NER took that name for an organisation, "she" stays unresolved rather than
        # going to somebody named further back.
        named += [(c.char_start, c.canonical_name if c.source_type in {"person", "official"} else None)
                  for c in context.citations
                  if pronoun.pos_ == "PRON" and c.char_start < position
                  and (c.source_type in {"person", "official"} or _looks_like_personal_name(c.cited_as))
                  and c.cited_as.lower() not in {"he", "she"} and c.cited_as[:1].isupper()]
        # A surname of a person cited before opening a later sentence ("Figgins declined to ...")
        # is that person again, and the subject there, whatever the NER took it for.
        cited_people = {c.canonical_name.split()[-1]: (c.char_start, c.canonical_name) for c in context.citations
                        if pronoun.pos_ == "PRON" and c.source_type in {"person", "official"}
                        and c.char_start < position and c.cited_as[:1].isupper()}
        reopened = [(at, cited_people[word][1]) for at, word in context.openers
                    if word in cited_people and cited_people[word][0] < at < position]
        named += reopened
        # A name inside quotation marks is someone a speaker talks about ('"I told Ana to wait,"
        # he said'), not the one whose words the pronoun reports.
        named = [(start, name) for start, name in named if not _inside_quotation(start, context)]
        named.sort(key=lambda item: item[0])
        if named and named[-1][1] is None:
            return None
        cited = {c.char_start for c in context.citations} | {at for at, _ in reopened}
        if pronoun.lower_ in {"he", "she"}:
            # Skip people the article refers to with the other pronoun.
            sign = 1 if pronoun.lower_ == "he" else -1
            named = [(start, name) for start, name in named if context.pronoun_votes.get(name, 0) * sign >= 0]
        if not named:
            return None
        if pronoun.pos_ == "PRON":
            if _inside_quotation(position, context):
                return None  # '“We hired a writer and he has written a book,” she said'
            sign = 1 if pronoun.lower_ == "he" else -1
            # "he" continues the person a recent clause was about ("Morrison testified about the
            # call with Zelensky. He said ..."), not whoever was named last in passing; a run of
            # "he ... his ... he" since keeps that person the topic.
            # (The run only vouches for a person the article has shown twice to be a "he".)
            reach = _chained_reach(position, sign, SUBJECT_REACH, context)
            actors = [(start, name) for start, name in named
                      if name is not None and (start in context.subject_mentions or start in cited)
                      and (start >= position - SUBJECT_REACH
                           or (start >= reach and context.subject_votes.get(name, 0) * sign >= 2
                               and _taken_up(start, name, sign, named, context)))]
            if actors and actors[-1][1] != named[-1][1]:
                named = [*named, actors[-1]]
            reporter = (_reporter_of_mention(named[-1], position, sign, context)
                        if _closes_quotation(pronoun) else None)
            if reporter is not None:
                # "Hoenig added that the bill Obama signed ... . 'The simple truth is ...,' he
                # said": the one named inside what a speaker reported is not who goes on quoting
                # ("Hill said the defendant, Sarah Jones, lied. She denied ..." is still Jones).
                named = [*named, reporter]
            if named[-1][0] < _chained_reach(position, sign, NAME_REACH, context):
                return None  # nobody named for paragraphs, nor talked of as "she" since
        before = [name for _, name in named]
        if pronoun.pos_ == "NOUN" and pronoun.lower_ in TITLE_WORDS:
            return before[-1], "official"
        return before[-1], _type_of_person(before[-1], context)
    if pronoun.lower_ == "it":
        return _resolve_it(position, context)
    return None


# People a report may be about, set before their name: "his client Jon Dahl".
PARTY_NOUNS = {"client", "patient", "victim", "friend", "partner", "colleague", "player", "striker",
               "teammate", "boss", "employee", "candidate", "rival", "opponent", "witness"}
ACRONYM_SMALL_WORDS = {"of", "the", "and", "for", "on", "in", "to", "&"}


def _body_of_acronym(speaker: Token, position: int, context: _ArticleContext) -> tuple[str, str] | None:
    """'the NPS' after 'the National Parks Service', 'UGA' after 'the University of Georgia':
    an acronym of a body named before in the article is that body, with its type."""
    from newsfacts.extract.sources import BODY_TYPES, classify_source

    letters = speaker.text
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return None
    for start, ent in reversed(context.org_mentions):
        if start >= position:
            continue
        words = [t for t in ent if t.tag_ != "POS" and t.lower_ not in ACRONYM_SMALL_WORDS and not t.is_punct]
        if len(words) >= 2 and "".join(t.text[:1] for t in words) == letters and all(
                t.text[:1].isupper() for t in words):
            name, kind = classify_source(ent, ent.root)
            return (name, kind) if kind in BODY_TYPES else None
    # A name the NER did not mark as an organisation ("National Parks Service spokesperson ..."):
    # capitalised words, small words between them, whose initials spell the acronym.
    small = "|".join(sorted(re.escape(w) for w in ACRONYM_SMALL_WORDS))
    gap = rf"[ \t]+(?:(?:{small})[ \t]+)*"
    pattern = gap.join(rf"{c}[a-z]+" for c in letters)
    found = [m for m in re.finditer(rf"(?<![\w-]){pattern}(?![\w-])", context.body[:position])]
    if not found:
        return None
    from newsfacts.extract.nlp import load_nlp

    doc = load_nlp()(found[-1].group(0))
    if any(t.is_stop or t.lower_ in TIME_NAMES for t in doc):
        return None  # "In May Finance Minister ..." is no IMF, "Under Nixon, ..." no UN
    name, kind = classify_source(doc[:], doc[:].root)
    return (name, kind) if kind in BODY_TYPES else None


def _reporter_of_mention(mention: tuple[int, str | None], position: int, sign: int,
                         context: _ArticleContext) -> tuple[int, str] | None:
    """The person who, in the same sentence, reported the words in which `mention` names someone
    else in passing, inside a clause about something ("Hoenig added that the bill Obama signed
    ..."), when no sentence opened between that sentence and the pronoun at `position`; else None.
    (Not "Berg said his client Dahl lied. '...,' he said": the one the report is about may speak.)"""
    from newsfacts.extract.sources import _names_a_person as names_a_person

    start, name = mention
    token = next((t for offset, doc in context.parses for t in doc if offset + t.idx == start), None)
    while token is not None and token.dep_ == "compound" and token.head.i > token.i:
        token = token.head  # "Jon" of "Jon Dahl"
    if token is None or not (any(a.dep_ in {"relcl", "acl"} for a in token.ancestors) or (
            # (the parse may hang "the bill Obama signed" as "bill" with "Obama" set beside it,
            # unlike "his client Jon Dahl", a person the report is about)
            token.dep_ == "appos" and token.head.pos_ == "NOUN" and not names_a_person(token.head)
            and token.head.lemma_.lower() not in PERSON_ROLE_NOUNS | CASE_PARTY_WORDS | PROFESSION_WORDS
            | PARTY_NOUNS)):
        return None
    for c in reversed(context.citations):
        if c.char_start >= start:
            continue
        if c.source_type not in {"person", "official"} or c.canonical_name == name or (
                c.cue not in SPEECH_VERBS or context.pronoun_votes.get(c.canonical_name, 0) * sign < 0):
            return None
        between = context.body_lower[c.char_start:start]
        if re.search(r"[.!?][\"”’']?\s", between) or "\n" in between or position - start > SUBJECT_REACH:
            return None
        return start + 1, c.canonical_name
    return None


# How far back (characters) a person named, with no "he"/"she" for them since, is still who a
# pronoun means.
NAME_REACH = 1200


def _chained_reach(position: int, sign: int, reach: int, context: _ArticleContext) -> int:
    """The earliest body offset a he (sign 1) or she (-1) at `position` still looks back to: `reach`
    characters, and as far again from each pronoun of that gender met within it (outside quotes)."""
    earliest = position - reach
    family = MALE_PRONOUNS if sign == 1 else FEMALE_PRONOUNS
    for at, word in reversed(context.pronoun_marks):
        if at >= position:
            continue
        if at < earliest:
            break
        if word in family:
            earliest = min(earliest, at - reach)
    return earliest


def _taken_up(start: int, name: str, sign: int, named: list[tuple[int, str | None]],
              context: _ArticleContext) -> bool:
    """The first he (sign 1) or she (-1) after the mention at `start` comes before anybody else is
    named: "Andrew claims that he ..." starts a run about Andrew; "Starner said so. Meacham
    agreed. When he ..." does not start one about Starner."""
    word = "he" if sign == 1 else "she"
    first = next((at for at, said in context.pronoun_marks if at > start and said == word), None)
    return first is not None and not any(start < at < first and other != name for at, other in named)


# How far back (characters) a named organisation is still what "it said" refers to.
ORG_REACH = 250


def _resolve_it(position: int, context: _ArticleContext) -> tuple[str, str] | None:
    """'it said' -> the last non-person source cited, or an organisation named just before
    ("Acme's shares fell after it said ...") when that comes later."""
    cited = next(((c.char_start, c.canonical_name, c.source_type) for c in reversed(context.citations)
                  if c.source_type not in PERSON_TYPES and c.char_start < position), None)
    near = [(start, ent) for start, ent in context.org_mentions if position - ORG_REACH <= start < position]
    # The organisation a recent sentence was about ("Acme was accused of ... its rival Bolt ... it
    # posted") before one named in passing after it.
    about = [(start, ent) for start, ent in near if start in context.org_subjects]
    named = about[-1] if about else (near[-1] if near else None)
    if named is not None and (cited is None or named[0] > cited[0]):
        name, kind = classify_source(named[1], named[1].root)
        if kind not in PERSON_TYPES:
            return name, kind
    return (cited[1], cited[2]) if cited is not None else None


# Kinds of body that "the X" points back at, and the source types such a body may have been
# cited or named as: "Acme reported record profits. The company said ...".
GOVERNMENT_KINDS = {"ministry", "department", "government", "administration", "agency", "office",
                    "regulator", "authority", "commission", "council", "embassy", "police",
                    "military", "army", "navy", "court", "parliament", "legislature", "state"}
ORGANIZATION_KINDS = {"company", "firm", "group", "organisation", "organization", "bank", "band",
                      "team", "club", "carrier", "airline", "automaker", "carmaker", "retailer",
                      "utility", "insurer", "lender", "manufacturer", "maker", "startup", "start-up",
                      "chain", "charity", "union", "party", "university", "institute", "foundation",
                      "operator", "giant", "conglomerate", "developer", "studio", "publisher",
                      "producer", "label", "franchise", "corporation", "business", "brand",
                      "supplier", "distributor", "platform", "service", "app", "network"}
MEDIA_KINDS = {"newspaper", "paper", "broadcaster", "network", "magazine", "outlet", "publication",
               "channel", "site", "website", "tabloid", "daily"}
BODY_REFERENCE_TYPES = {
    **{k: {"organization"} for k in ORGANIZATION_KINDS},
    **{k: {"government_body"} for k in GOVERNMENT_KINDS},
    **{k: {"media_outlet", "news_agency"} for k in MEDIA_KINDS},
}
for _kind in ORGANIZATION_KINDS & (GOVERNMENT_KINDS | MEDIA_KINDS) | GOVERNMENT_KINDS & MEDIA_KINDS:
    BODY_REFERENCE_TYPES[_kind] = (
        ({"organization"} if _kind in ORGANIZATION_KINDS else set())
        | ({"government_body"} if _kind in GOVERNMENT_KINDS else set())
        | ({"media_outlet", "news_agency"} if _kind in MEDIA_KINDS else set()))
# Words before the kind that make it another body than the one named before: "the rival firm".
OTHER_BODY_WORDS = {"other", "another", "rival", "parent", "new", "former", "second", "first",
                    "third", "same", "sister", "subsidiary", "partner", "competing", "acquiring",
                    "acquired", "target", "merged", "combined", "joint"}
# How far back (characters) a body named without being cited is still "the company".
BODY_REACH = 600


def _is_body_reference(span: Span, head: Token) -> bool:
    """'the company', 'the struggling carmaker', 'the ministry': a kind of body, with nothing that
    names it, which points back at the body of that kind named before."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lower_ not in BODY_REFERENCE_TYPES:
        return False
    if span[0].lower_ != "the" or any(t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "PERSON"} for t in span):
        return False
    before = [t for t in span if t.i < head.i][1:]
    # A nationality names a body rather than pointing back: "the Jordanian government".
    return all(t.pos_ in {"ADJ", "PUNCT"} and not t.ent_type_ for t in before) and not any(
        t.lower_ in OTHER_BODY_WORDS for t in before) and all(t.i <= head.i for t in span)


def _resolve_body(head: Token, position: int, context: _ArticleContext) -> tuple[str, str] | None:
    """The body cited or named before that 'the company' / 'the ministry' points back at: the
    last source of a fitting type, or else the last organisation of that type named nearby (a
    body that spoke is what "the company said" continues, not one named in passing:
    "Microsoft said it would buy Activision. The deal, the company said, ...")."""
    types = BODY_REFERENCE_TYPES[head.lower_]
    # "the ambulance service", "the parks department": the words of a body's own name cited
    # before ("the Scottish Ambulance Service") point back at it, whatever its type.
    from newsfacts.extract.sources import BODY_TYPES

    words = [c.lower_ for c in head.children if c.dep_ == "compound" and c.i == head.i - 1]
    if words:
        phrase = " ".join([*words, head.lower_])
        for c in reversed(context.citations):
            if c.char_start < position and c.source_type in BODY_TYPES and (
                    c.canonical_name.lower().endswith(" " + phrase)):
                return c.canonical_name, c.source_type
    # A body named earlier in the same sentence comes first: "The way Customs and Border
    # Protection measures seizures is ..., an agency spokesman said".
    same_sentence = [(s, e) for s, e in context.org_mentions if e.doc is head.doc and s < position]
    cited = next(((c.char_start, c.canonical_name, c.source_type) for c in reversed(context.citations)
                  if c.source_type in types and c.char_start < position), None)
    named = None
    for start, ent in [*reversed(same_sentence), *(() if cited else reversed(context.org_mentions))]:
        if not position - BODY_REACH <= start < position:
            continue
        while len(ent) > 1 and (ent[-1].tag_ == "POS" or ent[-1].lower_ in {"’s", "'s"}):
            ent = ent[:-1]  # "Facebook’s platforms": the possessive is no part of the name
        name, kind = classify_source(ent, ent.root)
        if kind in types:
            named = (start, name, kind)
            break
    best = named if named is not None and any(named[0] == s for s, _ in same_sentence) else cited or named
    return (best[1], best[2]) if best is not None else None


# How far back (characters) "the statement" still points at a statement put out before.
DOCUMENT_REACH = 1500


def _earlier_issuer(document: Token, position: int, context: _ArticleContext) -> tuple[str, str] | None:
    """'The ministry issued a statement. The statement said ...': 'the statement' points back at
    the source cited, shortly before, in a sentence that spoke of such a document."""
    word = re.compile(rf"\b{re.escape(document.lower_)}\b", re.IGNORECASE)
    for citation in reversed(context.citations):
        if citation.char_start >= position or citation.source_type == "document":
            continue
        if citation.char_start < position - DOCUMENT_REACH:
            return None
        if word.search(citation.sentence):
            return citation.canonical_name, citation.source_type
    return None


# Writings of research that the article may name again by another of these words: "a new
# paper ... According to the report, ...", "the study ... the research found".
AUTHORED_WRITINGS = {"paper", "study", "report", "research", "analysis", "article"}
# Words that may stand between "the" and a writing named again: "the new paper".
AGAIN_WORDS = {"new", "recent", "latest", "same", "published", "peer-reviewed", "controversial"}


def _author_of_writing(noun: Token, offset: int, context: _ArticleContext) -> tuple[str, str] | None:
    """Who a research writing is by, from its own sentence: 'in a new paper published in X, he
    warns' (the subject acting in it), 'his new paper', 'Hansen's study'; a person or a body."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB":
        verb = noun.head.head
        if verb.lemma_.lower() not in NOT_SPEAKING_IN and verb.tag_ != "VBN":
            owner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if owner is None or _inside_quotation(offset + owner.idx, context):
        return None
    if owner.pos_ == "PRON":
        if owner.lower_ not in {"he", "she", "his", "her"}:
            return None
        resolved = _resolve_pronoun(owner, offset, context)
    elif owner.pos_ == "PROPN" and owner.ent_type_ in {"PERSON", "ORG"}:
        if owner.text in context.full_names:
            resolved = (context.full_names[owner.text], _type_of_person(context.full_names[owner.text], context))
        else:
            resolved = classify_source(_without_possessive(_speaker_span(owner)), owner)
    else:
        return None
    return resolved if resolved is not None and resolved[1] in PERSON_TYPES | {"organization", "government_body"} else None


def _note_authored_writing(token: Token, offset: int, context: _ArticleContext) -> None:
    if token.pos_ == "NOUN" and token.lemma_.lower() in AUTHORED_WRITINGS and not all(
            (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "amod" and c.lower_ in AGAIN_WORDS)
            for c in token.children if c.i < token.i):
        context.writings.append(offset + token.idx)
    if token.pos_ == "NOUN" and token.lemma_.lower() in AUTHORED_WRITINGS and any(
            c.lower_ in {"a", "an", "his", "her", "their"} or c.dep_ == "poss" for c in token.children):
        author = _author_of_writing(token, offset, context)
        if author is not None:
            context.authored.append((offset + token.idx, *author))


def _earlier_author(span: Span, document: Token, position: int, context: _ArticleContext) -> tuple[str, str] | None:
    """'In a new paper, Hansen warns ... According to the report, earth will ...': 'the report',
    'the new paper' named again without an issuer point back at the last research writing named
    with its author, shortly before; not 'a report' (another one) nor 'the report's authors'."""
    words = [t.lower_ for t in span]
    if (document.lemma_.lower() not in AUTHORED_WRITINGS or len(words) < 2 or words[0] != "the"
            or any(w not in AGAIN_WORDS for w in words[1:-1]) or words[-1] != document.lower_):
        return None
    earlier = [(start, name, kind) for start, name, kind in context.authored
               if position - DOCUMENT_REACH <= start < position]
    if not earlier or any(earlier[-1][0] < start < position for start in context.writings):
        return None  # "... The police report said ... The report said": the nearer writing
    return earlier[-1][1], earlier[-1][2]


# Kinds of body a spokesperson is said to speak for: "a company spokesperson", "the agency's".
SPOKEN_FOR_KINDS = {"company", "agency", "ministry", "department", "firm", "group", "team",
                    "club", "office", "police", "government", "party", "union", "embassy"}


def _body_of_unnamed_spokesperson(span: Span, speaker: Token, offset: int,
                                  context: _ArticleContext) -> tuple[str, str] | None:
    """'a company spokesperson said' -> the company cited or named just before."""
    from newsfacts.extract.sources import BODY_TYPES

    if speaker.lemma_.lower() not in SPOKES_NOUNS or any(t.pos_ == "PROPN" for t in span):
        return None
    # "a spokeswoman for the company": the kind after the speaker, as "the company" alone.
    kind = next((g for c in speaker.children if c.dep_ == "prep" and c.lower_ in {"for", "of", "at"}
                 for g in c.children if g.dep_ == "pobj" and g.lower_ in BODY_REFERENCE_TYPES
                 and any(d.lower_ in {"the", "its"} for d in g.children)), None)
    if kind is not None:
        return _resolve_body(kind, offset + speaker.idx, context)
    kinds = [t for t in span if t.i < speaker.i and t.lemma_.lower() in SPOKEN_FOR_KINDS]
    if not kinds:
        return None
    if kinds[-1].lower_ in BODY_REFERENCE_TYPES:
        # "a company spokesman" speaks for a company, not for the news agency named last
        body = _resolve_body(kinds[-1], offset + speaker.idx, context)
        if body is not None:
            return body
        body = _resolve_it(offset + speaker.idx, context)
        fitting = BODY_REFERENCE_TYPES[kinds[-1].lower_] | {"organization", "government_body"}
        if body is not None and body[1] == "organization" and (
                BODY_REFERENCE_TYPES[kinds[-1].lower_] == {"government_body"}):
            return body[0], "government_body"  # "an agency spokesman": the body is a public one
        return body if body is not None and body[1] in fitting else None
    body = _resolve_it(offset + speaker.idx, context)
    return body if body is not None and body[1] in BODY_TYPES else None


def _outlet_written_for(speaker: Token) -> tuple[str, str] | None:
    """'As Dana Quill reports for NPR': a journalist reporting for an outlet cites the outlet."""
    verb = speaker.head
    # Only "reports for": an author who "wrote for" a paper may be giving their own view.
    if speaker.ent_type_ != "PERSON" or speaker.dep_ != "nsubj" or verb.lemma_.lower() != "report":
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        for outlet in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"):
            sub = sorted(t.i for t in outlet.subtree)
            name, kind = classify_source(outlet.doc[sub[0] : sub[-1] + 1], outlet)
            if kind in {"media_outlet", "news_agency"}:
                return name, kind
    return None


# Unnamed people who say something as a pronoun: "Some said they were dejected", "Another said".
INDEFINITE_SPEAKERS = {"some", "another"}


def _is_indefinite_speaker(speaker: Token) -> bool:
    """'Some said ...', 'Another reportedly said ...'; not 'some of them said' (them speaks)
    nor 'some expect' (a plain verb)."""
    verb = speaker.head
    return (speaker.lower_ in INDEFINITE_SPEAKERS and speaker.dep_ == "nsubj"
            and not any(c.dep_ == "prep" for c in speaker.children)
            and verb.lemma_.lower() in BARE_SPEECH_VERBS | {"argue", "write", "add", "note"}
            and verb.pos_ in {"VERB", "AUX"})


def _is_bare_kind_of_people(noun: Token) -> bool:
    """'analysts', 'human rights activists': people of a kind, with no article, number, name or
    office ('US officials', 'two witnesses', 'the residents' are not)."""
    from newsfacts.extract.sources import ANONYMOUS_NOUNS

    return (noun.pos_ == "NOUN" and noun.tag_ == "NNS" and noun.lower_ != "people"
            and noun.lemma_.lower() in (ANONYMOUS_NOUNS | VIEW_HOLDERS | PROFESSION_WORDS) - TITLE_WORDS
            and not any(c.dep_ in {"det", "nummod", "poss", "predet"} or c.pos_ == "PROPN" or c.like_num
                        for c in noun.children))


def _coordinated_kinds_of_people(head: Token) -> list[Token] | None:
    """'analysts and activists working in the region', 'students, teachers and parents': bare
    plural kinds of people coordinated, which the labels cite as one unnamed group; None when
    any conjunct is a name, a body or people counted or determined ('economists and the central
    bank' are two sources)."""
    if not _is_bare_kind_of_people(head):
        return None
    conjuncts = [c for c in head.subtree if c.dep_ == "conj" and c.head.i in {head.i} | {
        t.i for t in head.subtree if t.dep_ == "conj"}]
    if not conjuncts or not all(_is_bare_kind_of_people(c) for c in conjuncts):
        return None
    return [head, *conjuncts]


def _group_citation(head: Token, group: list[Token], cue: str, offset: int,
                    context: _ArticleContext) -> Citation | None:
    """One anonymous citation for coordinated kinds of people, named by the whole phrase (its
    relative clauses dropped: 'who have said' is the saying, not the description)."""
    doc = head.doc
    dropped = {t.i for member in group for c in member.children if c.dep_ in {"relcl", "appos"}
               for t in c.subtree}
    kept = [t.i for t in head.subtree if t.i not in dropped]
    start, end = min(kept), max(kept) + 1
    while end - 1 > group[-1].i and doc[end - 1].is_punct:
        end -= 1
    span = doc[start:end]
    if _inside_quotation(offset + head.idx, context):
        return None
    return Citation(
        citation_id=fact_id(context.article_id, "citation", offset + span.start_char),
        article_id=context.article_id, cited_as=span.text, canonical_name=span.text.lower(),
        source_type="anonymous", cue=cue, sentence=head.sent.text,
        char_start=offset + span.start_char, char_end=offset + span.end_char)


def _people_talked_about_in_quote(span: Span, speaker: Token, offset: int, context: _ArticleContext) -> bool:
    """'"Countryside residents started complaining ...," she said', '"When people say we need
    ..., it means ..."': people of a kind a quoted speaker talks about, with no article, number
    or office, are part of what is said, not its source ('"Analysts say ...," he said' still
    cites analysts, who hold views on record)."""
    if speaker.tag_ != "NNS" or speaker.pos_ != "NOUN" or not _inside_quotation(offset + speaker.idx, context):
        return False
    if speaker.lemma_.lower() in VIEW_HOLDERS | ROLE_WORDS | TITLE_WORDS | SPOKES_NOUNS | {"source"}:
        return False
    return not any(t.dep_ in {"det", "nummod", "poss"} or t.like_num or t.pos_ == "PROPN" for t in span)


def _anonymous_citation(speaker: Token, cue: str, offset: int, context: _ArticleContext) -> Citation:
    """An unnamed speaker cited by the words that describe it."""
    start, end = offset + speaker.idx, offset + speaker.idx + len(speaker.text)
    return Citation(
        citation_id=fact_id(context.article_id, "citation", start), article_id=context.article_id,
        cited_as=speaker.text, canonical_name=speaker.lower_, source_type="anonymous", cue=cue,
        sentence=speaker.sent.text, char_start=start, char_end=end)


def _issuing_kind(span: Span, document: Token, offset: int, context: _ArticleContext) -> tuple[str, str] | None:
    """'according to the office release', 'the company statement said': a document named by the
    kind of body that put it out is that body's, the one named before."""
    if [t.lower_ for t in span][:1] != ["the"]:
        return None
    kind = next((c for c in document.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                 and c.lower_ in BODY_REFERENCE_TYPES), None)
    if kind is None or any(c.dep_ in {"amod", "compound"} for c in kind.children):
        return None
    return _resolve_body(kind, offset + kind.idx, context)


def _body_of_its_people(speaker: Token, offset: int, context: _ArticleContext) -> tuple[str, str] | None:
    """'The agency said that its researchers examined ... and concluded that': the experts of a
    body cited by 'its' speak for that body."""
    if speaker.pos_ != "NOUN" or speaker.lemma_.lower() not in VIEW_HOLDERS | ROLE_WORDS:
        return None
    if not any(c.dep_ == "poss" and c.lower_ == "its" for c in speaker.children):
        return None
    return _resolve_it(offset + speaker.idx, context)


# Speaker heads are people, bodies, groups or documents. A common noun that names none of these
# ("the script called for", "her eyes ..., telling me", "the agreement maintained") says nothing
# as a source. Animate nouns come from the word lists of people, offices, bodies and documents,
# plus the endings that make nouns of people ("-er", "-ist", "-ian", "-ant", "-man"...).
COLLECTIVE_NOUNS = {"giant", "watchdog", "couple", "crew", "jury", "staff", "public", "community",
                    "household", "body", "side", "camp", "consortium", "lab", "laboratory", "family",
                    "kid", "child", "children", "people", "folk", "folks", "guy", "girl", "boy",
                    "baby", "teen", "teenager", "adult", "crowd", "audience", "population", "partner",
                    "colleague", "peer", "ally", "rival", "opponent", "proponent", "majority",
                    "minority", "electorate", "citizen", "dealer", "regime", "junta", "state",
                    "nation", "country", "city", "county", "province", "region", "town", "village",
                    "legislature", "congress", "house", "senate", "assembly", "firm", "store",
                    "shop", "platform", "site", "website", "app", "service", "outlet", "press",
                    "medium", "media", "guardian", "host", "guest", "hero", "fellow", "chef",
                    "celebrity", "star", "veteran", "expert", "pundit", "insider", "official",
                    "cop", "officer", "police", "troop", "soldier", "militant", "fighter", "rebel",
                    # People by what they do or are, without an agent ending.
                    "coach", "priest", "pastor", "bishop", "pope",
                    "queen", "nun", "monk", "rabbi", "imam", "cleric", "spy", "thief", "boss",
                    "aide", "intern", "cadet", "recruit", "scout", "youth", "elder", "senior", "junior",
                    "pupil", "alumnus", "alumni", "graduate", "candidate", "delegate", "envoy", "deputy",
                    "judge", "mob", "gang", "cartel", "tribe", "clan", "squad", "unit", "battalion",
                    "brigade", "patrol", "individual", "human", "lady", "gentleman",
                    "hostage", "refugee", "migrant", "tourist", "legend", "icon",
                    "idol", "genius", "coworker", "co-worker", "mate", "teammate", "roommate", "fiancee", "twin", "grandchild", "kin", "heir",
                    # Institutions that speak as bodies in every kind of news: sport ("the league"),
                    # courts ("the prosecution argued"), faith, culture, finance and government.
                    "league", "fund", "exchange", "prosecution", "defence", "defense", "tribunal",
                    "museum", "gallery", "municipality", "opposition", "station", "observatory",
                    "centre", "center", "prison", "jail", "zoo", "district", "bloc", "trust",
                    "mission", "delegation", "palace", "church", "parish", "diocese",
                    "congregation", "mosque", "temple", "synagogue", "academy", "festival",
                    "theatre", "theater", "orchestra", "venue", "consulate", "parliament"}
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "eer", "man", "men", "woman", "women",
                  "person", "people", "crat", "ive", "ary", "ic", "ess", "ier", "yst", "ite")
NOT_AGENT_ENDINGS = ("ment", "ence", "ance", "ency", "ancy", "ics")


@lru_cache(maxsize=1)
def _people_office_and_document_nouns() -> frozenset[str]:
    """The core word lists for people, offices, bodies, trades and documents."""
    from newsfacts.extract.sources import (
        ANONYMOUS_NOUNS,
        BODY_NOUNS,
        COMPANY_WORDS,
        DOCUMENT_NOUNS,
        GOVERNMENT_WORDS,
        KIN_NOUNS,
        SPOKES_NOUNS,
        TITLE_WORDS,
        TRADE_NOUNS,
    )

    return frozenset(ANONYMOUS_NOUNS | BODY_NOUNS | COMPANY_WORDS | DOCUMENT_NOUNS | GOVERNMENT_WORDS | KIN_NOUNS
                     | SPOKES_NOUNS | TITLE_WORDS | TRADE_NOUNS | ROLE_WORDS | COLLECTIVE_NOUNS)


@lru_cache(maxsize=1)
def _speaker_nouns() -> frozenset[str]:
    """Every common noun the word lists give for people, offices, bodies and documents."""
    from newsfacts.extract.sources import MEDIA_DESCRIPTORS, MEDIA_WORDS

    return _people_office_and_document_nouns() | frozenset(
        MEDIA_WORDS | MEDIA_DESCRIPTORS | SPEAKING_NOUNS | VIEW_HOLDERS | PROFESSION_WORDS | PERSON_ROLE_NOUNS
        | CASE_PARTY_WORDS | ORGANIZATION_KINDS | GOVERNMENT_KINDS | MEDIA_KINDS | SPOKEN_FOR_KINDS | set(KIN_GENDER)
        | ISSUED_NOUNS | SAID_IN_NOUNS | SPOKEN_IN_NOUNS | PUBLISHED_NOUNS | POSTED_NOUNS | {"datum"})


def _is_speaker_noun(noun: Token) -> bool:
    """A common noun that can head a source: a person, an office, a body, a group or a document
    ('the guard', 'protesters', 'the regulator', 'the company', 'the report'); not a thing or an
    abstraction ('the script', 'her eyes', 'the agreement', 'Stadia's performance')."""
    doc = noun.doc
    if noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-" and doc[noun.i + 2].pos_ == "NOUN":
        noun = doc[noun.i + 2]  # "co-author", "ex-wife": the noun after the hyphen names the kind
    if noun.text[:1].isupper():
        return True  # "Wikileaks", "Intel": a name the tagger took for a common noun
    lemma, lower = noun.lemma_.lower(), noun.lower_
    known = _speaker_nouns()
    if lemma in known or lower in known:
        return True
    word = lemma if lemma.isalpha() else lower
    return word.endswith(AGENT_ENDINGS) and not word.endswith(NOT_AGENT_ENDINGS)


# Writings of research that speak only through whoever did or published them.
# ("some reports suggest" stays: unnamed news reports, cited like "many analysts".)
RESEARCH_NOUNS = {"study", "studies", "research", "review", "analysis", "survey", "poll", "estimate",
                  "paper", "finding", "findings", "experiment", "trial", "op-ed", "essay",
                  "editorial", "column", "model"}
# Words before a writing that point at one already known: "the study", "this report", "its survey".
DEFINITE_WORDS = {"the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my",
                  "your", "same"}


# Adjectives that name the kind of body behind a writing: "parliamentary reports", "federal data".
ISSUER_ADJECTIVES = {"parliamentary", "congressional", "governmental", "official", "federal", "judicial",
                     "ministerial", "presidential", "military", "industry", "internal"}


TOPIC_PREPOSITIONS = {"in", "of", "on", "into", "about", "among", "with", "across"}


def _writing_without_issuer(span: Span, head: Token) -> bool:
    """'studies show', 'a preliminary study in rats hints', 'every exploration study indicated',
    'according to one estimate': research nobody is named for is no source (a study with an
    issuer is: 'a Harvard study found', 'a study by the IMF', 'the agency's report')."""
    if head.lemma_.lower() not in RESEARCH_NOUNS and head.lower_ not in RESEARCH_NOUNS:
        return False
    # What a study is of or about names no issuer: "a study in 50 people with BED".
    # nor what a relative clause says of it ("a model which predicts intent of Instagram accounts").
    topics = {t.i for c in head.children if (c.dep_ == "prep" and c.lower_ in TOPIC_PREPOSITIONS)
              or c.dep_ == "relcl" for t in c.subtree}
    words = [t for t in head.subtree if t.i not in topics]
    if any(t.lower_ in DEFINITE_WORDS and t.i < head.i for t in words) or any(
            t.dep_ == "poss" or t.tag_ == "POS" for t in words):
        return False
    from newsfacts.extract.sources import BODY_NOUNS, COMPANY_WORDS, GOVERNMENT_WORDS

    issuers = BODY_NOUNS | COMPANY_WORDS | GOVERNMENT_WORDS | ISSUER_ADJECTIVES
    return not any(t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "GPE", "NORP", "PERSON", "FAC", "LOC"}
                   or (t.dep_ in {"amod", "compound"} and t.lemma_.lower() in issuers) for t in words)


# Words before a writing that leave it one of many unspecified: "some reports", "one estimate".
UNSPECIFIED_WORDS = {"some", "one", "several", "many", "various", "numerous", "multiple", "other", "most",
                     "unconfirmed", "unverified", "conflicting", "widespread", "earlier", "recent", "previous",
                     "past", "initial", "early", "preliminary", "latest", "new", "local"}
VAGUE_WRITINGS = {"report", "estimate", "study", "survey", "poll", "analysis"}


def _unspecified_writings(head: Token) -> bool:
    """'according to reports', 'according to one estimate', 'according to some studies': writings
    no issuer, no title and no article word pins down are no source; 'according to a study'
    (the study the article goes on to describe), 'according to the report' and 'according to
    reports from Deadline' are read elsewhere."""
    if head.lemma_.lower() not in VAGUE_WRITINGS:
        return False
    modifiers = [c for c in head.children if c.i < head.i]
    if any(c.dep_ not in {"det", "amod", "nummod", "advmod"} or c.lower_ not in UNSPECIFIED_WORDS
           for c in modifiers):
        return False  # "a report", "media reports", "a Harvard study", "the estimate"
    if any(c.i > head.i and c.dep_ in {"prep", "acl", "relcl", "appos"} for c in head.children):
        return False  # "reports from The Wrap", "reports received by Amnesty"
    plural = head.tag_ == "NNS"
    return plural or any(c.lower_ == "one" for c in modifiers)


# What pollsters and data firms put out, under their firm's name: "a survey from Piper Jaffray".
POLLED_NOUNS = {"survey", "poll", "data", "datum", "index", "ranking", "rankings", "tracker", "census"}


def _issues_polls(issuer: Token) -> bool:
    """'a new survey from Piper Jaffray', 'data by Smith Barney', 'Gallup's poll': the issuer of a
    survey, poll or data set, which is a firm even when its name reads like a person's."""
    if any(t.lower_.rstrip(".") in {*HONORIFICS, "dr", "prof", "professor"} or names_an_office(t)
           for t in issuer.lefts):
        return False  # "a survey by Dr. Ann Cole", "a poll by Senator Ann Cole"
    head = issuer.head
    if issuer.dep_ == "pobj" and head.lower_ in {"from", "by"}:
        head = head.head
        if head.dep_ == "agent" or head.dep_ == "acl" or head.pos_ == "VERB":
            head = head.head  # "a poll conducted by X"
    elif issuer.dep_ != "poss":
        return False
    return head.lemma_.lower() in POLLED_NOUNS or head.lower_ in POLLED_NOUNS


def _named_like_a_person(span: Span, speaker: Token, context: _ArticleContext) -> bool:
    """'Teresa Nielsen Hayden explained', 'Claure, who is also an executive, said':
    a name the recogniser took for an organisation is a person's when the article names people
    with its last word more often than it names an organisation so ('Patrick Nielsen Hayden'),
    or when 'who' refers back to it."""
    if any(c.dep_ == "relcl" and any(g.dep_ in {"nsubj", "nsubjpass"} and g.lower_ == "who" for g in c.children)
           for c in speaker.children):
        return True
    words = [t.text for t in span if t.pos_ == "PROPN" and t.text.istitle()]
    if speaker.ent_type_ == "GPE":
        return False  # "Tottenham said": a place's name is a club's or a town's before a person's
    if not words or len(words) != len([t for t in span if not t.is_punct and t.lower_ not in {"the"}]):
        return False
    name = " ".join(words)
    from newsfacts.extract.sources import COMPANY_SUFFIXES

    if len(words) > 1 and (not _looks_like_personal_name(name) or words[-1] in COMPANY_SUFFIXES):
        return False
    key = words[-1]  # a surname, or a one-word name
    org_names = [ent.text.removeprefix("the ").removeprefix("The ") for _, ent in context.org_mentions]
    people = sum(key in full.split() for _, full in context.person_mentions)
    return people > sum(org == name for org in org_names)


def _misparsed_name(speaker: Token) -> bool:
    """'said Will Tjernlund, a consultant': a name whose first name is also a word ("Will",
    "May") can be tagged a verb; the entity recogniser still knows a person."""
    return speaker.ent_type_ == "PERSON" and speaker.text[:1].isupper() and speaker.dep_ == "nsubj"


# Quantifiers that stand for people with where they belong: "many in the industry", "some within
# the party" ("some of them" is "them").
GROUP_QUANTIFIERS = {"many", "some", "others", "few", "most", "several"}
PLACE_PREPOSITIONS = {"in", "within", "among", "across", "inside", "at", "on"}


def _citation(speaker: Token, cue: str, offset: int, context: _ArticleContext) -> Citation | None:
    lower = speaker.lower_
    if lower in RELATIVE_PRONOUNS and speaker.head.dep_ == "relcl":
        speaker = speaker.head.head
        lower = speaker.lower_
        if speaker.dep_ == "appos" and speaker.pos_ == "NOUN" and speaker.head.ent_type_ == "PERSON":
            # "Ana Ruiz, a local resident who tweeted about the smoke": the named person tweeted
            speaker = speaker.head
            lower = speaker.lower_
    described = (lower == "those" and any(c.dep_ in {"prep", "acl", "amod"} for c in speaker.children)) or (
        # "many in the space community note", "some within the party said": a group by where it is
        lower in GROUP_QUANTIFIERS and speaker.dep_ == "nsubj"
        and any(c.dep_ == "prep" and c.lower_ in PLACE_PREPOSITIONS for c in speaker.children))
    if described:
        # "those familiar with the talks said", "those in favor of punishment have said": an
        # anonymous group by its description.
        span = _speaker_span(speaker)
        return Citation(
            citation_id=fact_id(context.article_id, "citation", offset + span.start_char),
            article_id=context.article_id, cited_as=span.text, canonical_name=span.text.lower(),
            source_type="anonymous", cue=cue, sentence=speaker.sent.text,
            char_start=offset + span.start_char, char_end=offset + span.end_char)
    if _is_indefinite_speaker(speaker):
        return _anonymous_citation(speaker, cue, offset, context)
    if lower in EXCLUDED_SPEAKERS or (speaker.pos_ not in {"NOUN", "PROPN", "PRON"} and not _is_age_noun(speaker)
                                      and not _misparsed_name(speaker) and not _name_read_as_gerund(speaker)):
        return None
    if speaker.lemma_.lower() in EVIDENCE_NOUNS:
        return None  # "blood tests revealed": a finding, not a source
    if (speaker.lemma_.lower() in DOCUMENT_NOUNS or lower in DOCUMENT_NOUNS) and any(
            c.dep_ == "poss" and c.lower_ in {"my", "our"} for c in speaker.children):
        return None  # '"... as my statements said ...," she said': the speaker's own words again
    glued_possessive = speaker.text.endswith(("’s", "'s")) and speaker.i + 1 < len(speaker.doc) and (
        speaker.doc[speaker.i + 1].pos_ in {"NOUN", "PROPN", "ADJ"}
    )
    issuer_of_document = speaker.dep_ == "poss" and (
        (cue == "statement" and (speaker.head.lemma_.lower() in ISSUED_NOUNS | CLAIM_NOUNS
                                 or speaker.head.lower_ in ISSUED_NOUNS))
        or (cue == "according_to" and speaker.head.lower_ in VIEW_NOUNS)
        or (speaker.head.lemma_.lower() in SAID_IN_NOUNS and speaker.head.dep_ == "pobj"
            and speaker.head.head.lower_ == "in"))  # "revealed in Eurogamer's review"
    if issuer_of_document and cue == "statement" and _inside_quotation(offset + speaker.idx, context):
        issuer_of_document = False  # '"Much of Jim's analysis is credible," writes X': X speaks
    if (speaker.dep_ == "poss" or glued_possessive or _is_dateline(speaker)) and not issuer_of_document:
        return None  # "Disney's chairman": the possessor is not the speaker ("Greenpeace's statement" is)
    if lower in {"percent", "%"} or any(c.dep_ == "nummod" for c in speaker.children
                                         if speaker.lemma_.lower() in {"percent", "%"}):
        return None  # "51 percent of Americans said": a poll result, not a source
    named = _named_apposition(speaker)
    if issuer_of_document:
        named = None
    if named is not None:
        speaker = named  # "WeWork's parent company, The We Company, announced": the name speaks
    span = _speaker_span(speaker)
    if issuer_of_document:
        span = _without_possessive(span)
    if cue == "quote" and span.end > speaker.i + 1:
        span = span.doc[span.start : speaker.i + 1]  # "Holt on the vote: ..." -> "Holt"
    if speaker.pos_ == "PRON" or (_is_role_reference(span, speaker) and _kin_introduced(speaker, offset, context)):
        resolved = _resolve_pronoun(speaker, offset, context)
        if resolved is None:
            return None
        canonical, source_type = resolved
    elif speaker.pos_ == "PROPN" and speaker.text in context.full_names and (
        len(span) == 1 or all(t.i >= speaker.i or t.is_punct for t in span)
        or without_leading_modifiers(list(span), speaker)[0] == speaker  # "both Vindman"
        or all(t.i >= speaker.i or t.lower_.rstrip(".") in HONORIFICS for t in span)  # "Ms Persson"
    ):
        # "Miller said", "Mayer, Disney's chairman, said": the surname of a person named before.
        canonical = context.full_names[speaker.text]
        titled = any(names_an_office(t) for t in span)
        source_type = "official" if titled else _type_of_person(canonical, context)
    elif speaker.pos_ == "PROPN" and span.text in context.full_names and "-" in span.text:
        # '"...," Waller-Bridge said': the hyphenated surname of a person named before
        canonical = context.full_names[span.text]
        source_type = _type_of_person(canonical, context)
    else:
        owner = _owner_of_work(speaker) if cue == "according_to" else None
        if owner is not None:
            # "according to Google's recent parsing of searches": whose work it is says it.
            span, speaker, cue = _without_possessive(_speaker_span(owner)), owner, "statement"
        if speaker.lemma_.lower() in DOCUMENT_NOUNS or speaker.lower_ in DOCUMENT_NOUNS or (
                speaker.pos_ == "NOUN" and speaker.lemma_.lower() in POSTED_NOUNS):
            issuer = _issuer(speaker)  # "data" has the lemma "datum"
            if issuer is not None:
                span, speaker, cue = _without_possessive(_speaker_span(issuer)), issuer, "statement"
        if speaker.pos_ == "NOUN" and (speaker.lemma_.lower() in DOCUMENT_NOUNS | ISSUED_NOUNS
                                       or speaker.lower_ in DOCUMENT_NOUNS | ISSUED_NOUNS) and (
                _inside_quotation(offset + speaker.idx, context)):
            return None  # '"since the forecast said ...," she said': the one quoted speaks
        # A word in lower case is no name even when tagged one ("a separate op-ed", "ed" a PERSON).
        lower_name = speaker.pos_ == "PROPN" and not any(
            t.pos_ == "PROPN" and not t.text.islower() for t in span)  # ("Cheuk Hau-yip" is a name)
        if ((speaker.pos_ == "NOUN" and speaker.ent_type_ in {"", "CARDINAL", "DATE", "ORDINAL"}) or lower_name) and (
                cue != "according_to" and not _is_speaker_noun(speaker)):
            return None  # "The script called for ...", "her eyes aglow, telling me": no speaker
        if speaker.pos_ == "NOUN" and cue not in {"according_to", "report"} and _writing_without_issuer(span, speaker):
            return None
        if cue == "according_to" and _unspecified_writings(speaker):
            return None  # "according to reports", "according to one estimate": no one is cited
        canonical, source_type = classify_source(span, speaker)
        if speaker.pos_ == "NOUN" and speaker.lemma_.lower() in POSTED_NOUNS and source_type == "organization":
            source_type = "anonymous"  # "the tweet shown above claimed": a post whose author is unknown
        body = (_body_of_unnamed_spokesperson(span, speaker, offset, context) or _outlet_written_for(speaker)
                or _body_of_its_people(speaker, offset, context)
                or (_resolve_body(speaker, offset + speaker.idx, context)
                    if _is_body_reference(span, speaker) else None)
                or (_earlier_issuer(speaker, offset + speaker.idx, context)
                    if source_type == "document" and [t.lower_ for t in span] == ["the", speaker.lower_] else None)
                or (_earlier_author(span, speaker, offset + speaker.idx, context)
                    if source_type == "document" else None)
                or (_issuing_kind(span, speaker, offset, context) if source_type == "document" else None))
        if body is not None:
            canonical, source_type = body
        elif source_type == "organization" and (
                named := _body_of_acronym(speaker, offset + speaker.idx, context)) is not None:
            canonical, source_type = named  # "the NPS" after "the National Parks Service"
        if cue == "statement" and source_type == "person" and (
                speaker.ent_type_ != "PERSON" or (_issues_polls(speaker) and len(span) <= 3)):
            # "a poll conducted by Ipsos", "a new survey from Piper Jaffray": pollsters, not people
            source_type = "organization"
        elif source_type == "organization" and _unrecognised_personal_name(span, speaker):
            source_type = "person"  # '"...," Ana Ruiz recalled': a name the NER did not know
        elif source_type == "organization" and speaker.pos_ == "PROPN" and speaker.lower_ not in PLATFORMS and (
                _named_like_a_person(span, speaker, context)):
            source_type = "person"  # '"...," Dale wrote', where "Dale Ford" is a person named before
        elif source_type == "person" and speaker.ent_type_ != "PERSON" and any(
                c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "which" for g in c.children)
                for c in speaker.children):
            source_type = "organization"  # "Acme, which makes widgets, said": a thing, not a who
    if source_type == "organization" and len(span) == 1 and speaker.text[:1].isupper() and (
            speaker.text in context.person_names and speaker.ent_type_ != "ORG"
            and speaker.lower_ not in PLATFORMS):
        # "Trump said", where the recogniser called him a person elsewhere
        canonical, source_type = context.full_names.get(speaker.text, canonical), "person"
    if source_type == "person" and canonical in context.titled:
        source_type = "official"  # named with an office earlier in the article
    if source_type == "anonymous" and _people_talked_about_in_quote(span, speaker, offset, context):
        return None
    char_start = offset + span.start_char
    char_end = offset + span.end_char
    return Citation(
        citation_id=fact_id(context.article_id, "citation", char_start),
        article_id=context.article_id,
        cited_as=span.text,
        canonical_name=canonical,
        source_type=source_type,
        cue=cue,
        sentence=speaker.sent.text,
        char_start=char_start,
        char_end=char_end,
    )
