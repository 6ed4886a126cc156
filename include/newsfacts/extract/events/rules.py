"""Event mentions: an event trigger linked through the parse to a resolvable time expression.

Taxonomy (event_type), chosen by the lemma of the trigger:
- negotiation_meeting: talks, negotiations, meetings, summits, dialogue ("began negotiations").
- deployment: troops sent, deployed, stationed or returning ("deployed to Iraq in 2014").
- withdrawal_drawdown: withdrawal, drawdown, pull-out, leaving, ending a mission ("withdrew in 2011").
- attack_strike: attacks, strikes, killings, raids, invasions, seizures ("air strike in January 2020").
- agreement_decision: agreements, decisions, forming or establishing a body ("formed in 2014").
- statement: announcements, declarations, claims, raising a topic ("first broached last year").
- other: a short list of further events (defeat, election, collapse, liberation).
A date governed by no trigger from these lists (e.g. "present there since 2014") gives no event.

The trigger is found by walking up the parse from the time expression to the first verb or event
noun; aspectual and planning verbs ("began negotiations", "to begin withdrawing", "targets
September for the start of the drawdown") hand over to the event they govern. Actors are the
named entities (else the head noun) of the trigger's subject or agent, or of a possessive or
compound modifier of an event noun ("US air strike" -> US). The location is the place named in
the trigger's clause nearest to the time expression ("defeated in Iraq in 2017 and in Syria in
2019" gives Iraq for 2017 and Syria for 2019).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.extract.dates import find_time_expressions, resolve_time
from newsfacts.extract.schemas import EventMention, fact_id

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from newsfacts.extract.nlp import ParsedArticle

EVENT_LEXICON = {
    "negotiation_meeting": {"talk", "talks", "negotiation", "negotiate", "meet", "meeting",
                            "summit", "dialogue", "discussion", "discuss", "convene",
                            "conference", "consultation", "visit", "round"},
    "deployment": {"deploy", "deployment", "send", "station", "return", "arrive", "dispatch",
                   "reinforce", "reinforcement", "redeploy", "enter"},
    "withdrawal_drawdown": {"withdraw", "withdrawal", "pullout", "pull", "leave", "depart",
                            "departure", "drawdown", "exit", "reduce", "reduction", "evacuate",
                            "evacuation", "dissolve", "dissolution", "end"},
    "attack_strike": {"attack", "strike", "airstrike", "kill", "bomb", "bombing", "shell",
                      "shelling", "raid", "assault", "seize", "invade", "invasion", "ambush",
                      "explode", "explosion", "shoot", "shooting", "clash", "occupy",
                      "occupation", "topple", "capture", "rampage", "fire"},
    "agreement_decision": {"agree", "agreement", "decide", "decision", "sign", "approve",
                           "deal", "form", "formation", "establish", "establishment", "create",
                           "creation", "vote", "adopt", "accord", "treaty", "found"},
    "statement": {"say", "announce", "announcement", "declare", "declaration", "state",
                  "statement", "claim", "confirm", "broach", "raise", "propose"},
    "other": {"defeat", "election", "elect", "collapse", "liberate", "liberation"},
}
TRIGGER_TYPES = {lemma: kind for kind, lemmas in EVENT_LEXICON.items() for lemma in lemmas}
# Verbs and nouns that carry no event of their own but point at one they govern.
LIGHT_WORDS = {"begin", "start", "initiate", "commence", "launch", "continue", "resume", "hold",
               "conduct", "target", "plan", "aim", "look", "set", "expect", "schedule", "want",
               "seek", "carry", "take", "make", "hope", "intend", "poise", "prepare"}
FUTURE_WORDS = {"will", "would", "shall", "'ll", "going", "plan", "target", "expect", "aim",
                "intend", "schedule", "poise", "look", "prepare", "hope", "set"}
# "ending a mission/presence" is a drawdown; ending anything else is not an event here.
END_OBJECTS = {"mission", "work", "presence", "coalition", "operation", "deployment", "role"}
LOCATIVE_PREPS = {"in", "at", "to", "from", "across", "outside", "near", "into", "inside", "of",
                  "on"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
ACTOR_LABELS = {"GPE", "ORG", "PERSON", "NORP"}
MAX_HOPS = 5


# Lemmas that name an event only as the given part of speech ("the end of 2025" and "according
# to" are no events; "the return policy" is no deployment).
VERB_ONLY = {"end", "return", "leave", "accord", "found", "set", "form"}
NOUN_ONLY = {"accord", "deal"}


def is_trigger(token: Token) -> bool:
    """Whether a token names an event of the taxonomy."""
    lemma = token.lemma_.lower()
    if lemma not in TRIGGER_TYPES or token.pos_ not in {"VERB", "NOUN", "PROPN"}:
        return False
    if (lemma in VERB_ONLY and token.pos_ != "VERB") or (lemma in NOUN_ONLY and token.pos_ == "VERB"):
        return False
    if lemma == "end":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in END_OBJECTS for c in token.children)
    return True


def _content_of(light: Token, depth: int = 0) -> Token | None:
    """The event a light verb/noun governs: 'began negotiations', 'start of the drawdown'."""
    if depth > 2:
        return None
    for child in light.children:
        target = child
        if child.dep_ == "prep" and child.lower_ in {"for", "of", "on"}:
            target = next((g for g in child.children if g.dep_ in {"pobj", "pcomp"}), None)
        elif child.dep_ not in {"dobj", "xcomp", "ccomp", "attr", "nsubjpass", "conj", "nsubj"}:
            continue
        if target is None:
            continue
        lemma = target.lemma_.lower()
        if is_trigger(target):
            return target
        if lemma in LIGHT_WORDS:
            found = _content_of(target, depth + 1)
            if found is not None:
                return found
    return None


def find_trigger(time_span: Span) -> Token | None:
    """The event verb or noun a time expression belongs to, or None."""
    return _walk_to_trigger(time_span) or _adjacent_event_noun(time_span)


def _adjacent_event_noun(time_span: Span) -> Token | None:
    """'after a US air strike in January 2020': the small model often hangs the date on the verb."""
    root = time_span.root
    if root.dep_ != "pobj" or root.head.i == 0:
        return None
    before = root.doc[root.head.i - 1]
    if before.pos_ == "NOUN" and is_trigger(before):
        return before
    return None


def _walk_to_trigger(time_span: Span) -> Token | None:
    token = time_span.root
    for _ in range(MAX_HOPS):
        if token.head == token:
            return None
        token = token.head
        lemma = token.lemma_.lower()
        if token.pos_ in {"VERB", "NOUN"} and lemma in LIGHT_WORDS:
            content = _content_of(token)
            # "the Dialogue held ... in August": the event is the noun the participle describes.
            if content is None and token.dep_ in {"acl", "relcl"}:
                noun = token.head
                content = noun if is_trigger(noun) else None
            if content is not None:
                return content
            if token.pos_ == "VERB":
                return None
        if is_trigger(token):
            return token
        if lemma in TRIGGER_TYPES and token.pos_ == "VERB":
            return None
        if token.pos_ == "VERB":
            return None
    return None


def tense_of(trigger: Token) -> str:
    """past, future or unknown, from the trigger's auxiliaries and the verbs that govern it."""
    chain = [trigger, *list(trigger.ancestors)[:3]]
    for token in chain:
        if token.lemma_.lower() in FUTURE_WORDS and token.pos_ == "VERB":
            return "future"
        for child in token.children:
            if child.dep_ in {"aux", "auxpass"} and (child.lower_ in FUTURE_WORDS or child.tag_ == "TO"):
                return "future"
        if token.pos_ == "VERB":
            if token.tag_ == "VBD":
                return "past"
            if token.tag_ == "VBN" and any(c.dep_ in {"aux", "auxpass"} for c in token.children):
                return "past"
            if token.tag_ == "VBN" and token.dep_ in {"acl", "relcl"}:
                return "past"
    return "unknown"


def _resolve_relative_pronoun(token: Token) -> Token:
    if token.lower_ in {"that", "which", "who"} and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _phrase_names(head: Token) -> list[str]:
    subtree = [t for t in head.subtree if not any(a.dep_ in {"relcl", "acl"} and a in head.subtree
                                                  and a != head for a in t.ancestors
                                                  if a.i != t.i and a in head.subtree)]
    names: list[str] = []
    for ent in head.doc.ents:
        if ent.label_ in ACTOR_LABELS and ent.root in subtree and ent.text not in names:
            names.append(ent.text)
    if not names and head.pos_ in {"NOUN", "PROPN"}:
        names.append(head.lemma_.lower() if head.pos_ == "NOUN" else head.text)
    return names


def find_actors(trigger: Token) -> list[str]:
    """Names of who acts: subject or agent of a verb, possessor or modifier of an event noun."""
    heads: list[Token] = []
    verb = trigger
    if trigger.pos_ != "VERB":
        governor = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
        if trigger.dep_ in {"dobj", "pobj"} and governor.lemma_.lower() in LIGHT_WORDS:
            verb = governor
    for _ in range(4):
        for child in verb.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                heads.append(_resolve_relative_pronoun(child))
            elif child.dep_ == "agent":
                heads.extend(g for g in child.children if g.dep_ == "pobj")
            elif (verb == trigger and trigger.pos_ == "NOUN" and child.ent_type_ in ACTOR_LABELS
                  and child.dep_ in {"poss", "compound", "amod", "nmod"}):
                heads.append(child)
        if heads or verb.dep_ not in {"xcomp", "advcl", "conj", "ccomp"} or verb.pos_ != "VERB":
            break
        verb = verb.head
    actors: list[str] = []
    for head in heads:
        if head.pos_ == "PRON":
            continue
        for conj in [head, *(c for c in head.children if c.dep_ == "conj")]:
            for name in _phrase_names(conj):
                if name not in actors:
                    actors.append(name)
    return actors


def find_location(trigger: Token, time_span: Span, actors: list[str]) -> str | None:
    """The place in the trigger's clause nearest to the time expression, if any."""
    doc = trigger.doc
    best: tuple[int, str] | None = None
    subtree = {t.i for t in trigger.subtree}
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS or ent.root.i not in subtree or ent.text in actors:
            continue
        root = ent.root
        via_prep = root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS
        if not (via_prep or (root.dep_ == "dobj" and root.head == trigger)):
            continue
        # A place inside another clause ("formed in 2014 to repel Daesh as it rampaged across
        # Iraq") belongs to that clause's event, not to this one.
        between = [a for a in root.ancestors if a.i in subtree and a != trigger]
        if any(a.pos_ in {"VERB", "AUX"} for a in between):
            continue
        distance = min(abs(root.i - time_span.start), abs(root.i - (time_span.end - 1)))
        if best is None or distance < best[0]:
            best = (distance, ent.text)
    return best[1] if best else None


def extract_events(parsed: ParsedArticle) -> list[EventMention]:
    """All dated event mentions in the parsed sentences of one article."""
    article = parsed.article
    events: list[EventMention] = []
    seen: set[tuple[int, int]] = set()
    for chunk in parsed.chunks:
        if not chunk.is_parsed:
            continue
        for kind, span in find_time_expressions(chunk.doc):
            trigger = find_trigger(span)
            if trigger is None:
                continue
            resolved = resolve_time(kind, span, article.published_date, tense_of(trigger))
            if resolved is None:
                continue
            start = chunk.offset + min(trigger.idx, span.start_char)
            end = chunk.offset + max(trigger.idx + len(trigger.text), span.end_char)
            if (start, end) in seen:
                continue
            seen.add((start, end))
            actors = find_actors(trigger)
            events.append(
                EventMention(
                    event_id=fact_id(article.article_id, "event", start, end),
                    article_id=article.article_id,
                    event_type=TRIGGER_TYPES[trigger.lemma_.lower()],
                    trigger=trigger.lemma_.lower(),
                    event_date=resolved.value,
                    date_precision=resolved.precision,
                    date_text=span.text,
                    actors=tuple(actors),
                    location=find_location(trigger, span, actors),
                    sentence=span.sent.text,
                    char_start=start,
                    char_end=end,
                )
            )
    return events
