"""Event mentions: every resolvable time expression linked through the parse to what it dates.

The trigger is found by walking up the parse from the time expression to the first verb or event
noun; aspectual and planning verbs ("began negotiations", "to begin withdrawing", "targets
September for the start of the drawdown") hand over to the event they govern. Its type comes from
the taxonomy (taxonomy.yml): a weak verb ("held talks", "died in a crash") takes the type of the
event noun it governs; a trigger in no list is typed `other`, so no dated happening is dropped.
A verbless fragment (a dateline or "Published in X, date" stamp) gives no event; an embedded
tweet's stamp ("— Jane Doe (@janedoe) November 18, 2019") is a statement on its day, and the
"Team: Host the Lakers on Friday." lines under an "UP NEXT" heading are coming fixtures.

Actors are the named entities (else the head noun) of the trigger's subject or agent, or of a
possessive or compound modifier of an event noun ("US air strike" -> US). The location is the
place named in the trigger's clause nearest to the time expression ("defeated in Iraq in 2017
and in Syria in 2019" gives Iraq for 2017 and Syria for 2019).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from typing import TYPE_CHECKING

from newsfacts.extract.events.taxonomy import OTHER, load_taxonomy
from newsfacts.extract.events.timex import (
    MONTH_NUMBERS,
    OFFSET_UNITS,
    PRECISION_RANK,
    STATIVE_VERBS,
    THING_NOUNS,
    WEEKDAYS,
    WORDS_PUT_OUT,
    ResolvedDate,
    apposed_year,
    count_of,
    countdown_date,
    find_time_expressions,
    holiday_name,
    offset_clause,
    offset_date,
    resolve_anaphoric,
    resolve_time,
    span_words,
    step_date,
    time_since_frame,
)
from newsfacts.extract.nlp import doc_text, doc_tokens
from newsfacts.extract.schemas import EventMention, fact_id

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from newsfacts.extract.nlp import ParsedArticle, ParsedChunk

# Verbs and nouns that carry no event of their own but point at one they govern.
LIGHT_WORDS = {"begin", "start", "initiate", "commence", "continue", "resume", "target", "plan",
               "aim", "look", "expect", "schedule", "want", "seek", "hope", "intend", "poise",
               "prepare", "try", "attempt", "agree", "decide", "vow", "promise", "threaten",
               "need", "have", "set",
               # "the Senate failed to reconfirm her last Friday": what failed names the event.
               "fail"}
FUTURE_WORDS = {"will", "wo", "shall", "'ll", "going", "should", "might", "may", "plan", "target", "expect", "aim", "intend",
                "schedule", "poise", "look", "prepare", "hope", "set", "due", "want", "seek"}
LOCATIVE_PREPS = {"in", "at", "to", "from", "across", "outside", "near", "into", "inside", "of",
                  "on"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
ACTOR_LABELS = {"GPE", "ORG", "PERSON", "NORP"}
MAX_HOPS = 6
# Page furniture that carries a date but reports no event ("Published in Dawn, January 26th").
STAMP_WORDS = {"published", "updated", "posted", "modified", "copyright", "©"}
# An article's topic: the type most of its event words name, if at least this many and this share.
TOPIC_MIN_VOTES = 3
TOPIC_MIN_SHARE = 0.25
# Types too common in every kind of news to say what an article is about.
TOPIC_EXCLUDED = {"statement", OTHER}
# Verbs that make a happening public: "announced an order" dates the order, not a statement.
ANNOUNCING_VERBS = {"announce", "unveil", "reveal", "confirm", "finalize", "finalise"}
# Explicit days that set the day a report narrates; a news day is at most this old.
NAMED_DAY_KINDS = {"WEEKDAY", "MONTH_DAY", "MONTH_DAY_YEAR"}
NEWS_DAY_WINDOW = timedelta(days=7)
# Present-tense verbs that schedule ("the teams meet in three days", "the store opens in two
# weeks"); any other present is general ("most patients recover in two weeks") and dates nothing.
SCHEDULED_LEMMAS = {"meet", "play", "face", "host", "visit", "open", "close", "launch", "begin", "start",
                    "resume", "return", "arrive", "leave", "end", "expire"}
NEWS_TOPIC_WINDOW = timedelta(days=731)
# Topics of a field rather than of an incident: the past a science, business, sport or health
# story recounts, however old, is the field's own history ("they demonstrated in 2013 that the
# receptor responded" in a feature on research, "Sony has offered its service since 2014" in a
# story on game streaming), while the distant past of a war or a trial is background (`other`).
FIELD_TOPICS = {"science", "business", "sport", "health"}
# Topics an untyped happening does not take: in a war story what is dated without a word of
# fighting is as often talks, a deadline or a mission's end ("to formally end the coalition's
# work by September 2025") as a battle, and calling it one misleads whoever counts battles. So in
# a protest story: what is dated beside a rally without a word of protest is the exam the marchers
# protest, the governor away that day or a commission's due date, not another rally.
UNINHERITED_TOPICS = {"armed_conflict", "protest"}
# Topics of happenings nobody schedules: an untyped future in their stories is no such happening.
UNSCHEDULED_TOPICS = {"disaster_accident", "crime"}
# A target set for a date ("aims to cut its emissions by half by 2030", "to halve costs by the end
# of 2025") is no happening of the story's kind: untyped, it stays `other` (tests/gold/README:
# "by 2030" targets are `other`), except in science, where a mission's dated aim ("to land
# astronauts on the Moon by 2024") is the field's own planned event.
TARGET_TOPICS = {"science"}
# A person's own life events are background in any story, not the field's history: "he was born
# in Lagos in 1995" in a match report is no sport event ("born" has the lemma "bear").
LIFE_EVENT_LEMMAS = {"bear", "born", "marry", "wed", "divorce"}
QUOTE_OPENERS, QUOTE_CLOSERS = "“«", "”»"
QUOTE_MARKS, QUOTE_ENDS = {"“", "«", "‘"}, {"”", "»", "’"}  # that open and that close a quotation
# Particles and complements that name a verb's sense: "shot down", "went public" (the small
# model may read "public" in "brought the firm public" as the object).
COMPLEMENT_DEPS = {"prt", "acomp", "oprd", "advmod", "dobj"}
# What a verb acts on: its object, or the subject of its passive ("the video was released").
OBJECT_DEPS = {"dobj", "nsubjpass"}
# Prepositions whose object may be where words were put out: "posted on Twitter", "to Instagram".
PLATFORM_PREPS = {"on", "to"}
# The setting of something said: "said at a rally on Nov. 6", "spoke during Tuesday's debate".
SETTING_PREPS = {"at", "during"}
# Verbs of the law whose "for" or "over" names the offence: "arrested for a March 21 call".
OFFENCE_VERBS = {"arrest", "charge", "indict", "convict", "sentence", "jail", "prosecute", "detain",
                 "imprison", "investigate", "probe", "sue"}
OFFENCE_PREPS = {"for", "over"}
# Bare relative dates that follow the word they date: "launch tomorrow", "elections next year".
BARE_RELATIVE_WORDS = {"yesterday", "today", "tonight", "tomorrow", "last", "next", "this"}
# Protest verbs whose that-clause makes them say or show something: "demonstrated that the
# receptor responded" is a finding, "protested that the rules were unfair" a complaint.
THAT_CLAUSE_SENSES = {"demonstrate": "science", "protest": "statement"}
# "demonstrated how it could apply", "showed why it failed": a question clause after the verb,
# like a "that" clause, is what was shown or said
SHOWN_WH_WORDS = {"how", "why", "what"}
# Who shows a finding: "the researchers demonstrated that ...", "a 2013 study demonstrated that ...".
RESEARCH_SUBJECTS = {"researcher", "scientist", "study", "research", "team", "experiment", "trial", "paper",
                     "analysis"}
# Verbs that say in what state something was left or found ("left stranded", "found dead"): with
# such a complement they name no departure or finding of their own.
STATE_VERBS = {"leave", "find", "keep", "declare", "pronounce"}
# Verbs of harm that, in the progressive with a bare "it" as object, praise a success: "the
# speaker is killing it this year", "she was slaying it on stage" (no one is hurt).
SUCCESS_IDIOM_VERBS = {"kill", "slay", "murder"}
# Verbs of fighting that one person does to another in words ("Lee attacked Roe on Monday").
WORDED_ATTACK_VERBS = {"attack", "assail"}
# Adjectives of capability whose complement says what someone or something can do, not what it did.
CAPABILITY_WORDS = {"able", "unable"}
# Complements that put a product on the market: "will be available on December 6", "is on
# sale"; a launch, whatever else the sentence names.
AVAILABILITY_WORDS = {"available", "purchasable", "orderable"}
# Bodies whose hearings are sessions, not court hearings: "a hearing of the Senate budget
# committee", "the commission holds a public hearing Wednesday".
DELIBERATIVE_BODIES = {"committee", "subcommittee", "commission", "council", "senate", "house", "congress",
                       "parliament", "assembly", "legislature", "lawmaker", "regulator", "board"}
# Words of a shop's discount: a "deal" among them is a price cut, not a pact ("$50 off", "on sale").
DISCOUNT_WORDS = {"discount", "sale", "save", "saving", "coupon", "promo", "bargain", "markdown", "clearance"}
# Present verbs the small model misreads in a short dated clause: "The watch ships on Friday"
# (a noun "watch ships"), "Pre-orders open on Friday" (an adjective "open").
MISREAD_NOUN_VERBS = {"ship", "launch", "open", "debut", "arrive", "return"}
MISREAD_ADJ_VERBS = {"open"}
# Verbs of buying and selling whose object, a company, makes them a corporate deal, not a market
# figure ("sold Acme to a rival in 2011" in a story about sales); the nouns that name a company.
DEAL_VERBS = {"sell", "buy", "acquire", "purchase"}
COMPANY_NOUNS = {"company", "firm", "startup", "start-up", "business", "subsidiary", "unit", "division", "stake",
                 "label", "brand", "chain", "retailer", "maker", "group", "studio", "publisher", "giant"}
# Verbs of hosting whose host, a company, makes its "event" a gathering (a product event), not a
# sports event or a festival: "Apple is holding an event next month".
# Spells the whole economy goes through: no data released and no market move (README), so
# "the recession of 1991" is another happening, whatever the story's topic.
ECONOMY_SPELLS = {"recession", "depression"}

HOSTING_VERBS = {"hold", "host", "stage", "throw"}
# Clause links through which a typed noun names the event of a weak verb.
NOUN_DEPS = {"dobj", "nsubj", "nsubjpass", "attr", "pobj", "oprd"}


def is_trigger(token: Token) -> bool:
    """Whether a token names an event of the taxonomy (any verb does; nouns only when listed)."""
    if token.pos_ == "VERB":
        return any(ch.isalpha() for ch in token.text)  # a bullet ("London • June 2") the tagger took for a verb
    return token.pos_ in {"NOUN", "PROPN"} and _noun_type(token) is not None


# Conditions a "state of" names that are declared: "a state of emergency", "a state of war";
# "the state of the match" or "of the talks" is how things stand, no match or talks.
DECLARED_STATES = {"emergency", "war", "siege", "disaster", "alert", "calamity", "mourning", "lockdown",
                   "insurrection", "readiness"}


def _is_grouped(container: str, grouped: Token) -> bool:
    """Whether a container noun groups the happening after its "of": any for "a wave of", "a
    series of"; for "a state of" only a declared condition."""
    return container != "state" or grouped.lemma_.lower() in DECLARED_STATES


# Words of scoring in a match: a "reply" in their sentence is a team's answering goal, no words.
SCORING_WORDS = {"score", "goal", "penalty", "equaliser", "equalizer", "header", "touchdown", "scorer"}


def _noun_type(token: Token) -> str | None:
    if token.ent_type_ in {"DATE", "TIME"}:
        return None  # "grounded since March", "later in the session": a date names no event
    if token.ent_type_ == "PERSON" and token.pos_ == "PROPN":
        return None  # "David Price, $188 million (opt-out after 2018)": a name, not a price
    taxonomy = load_taxonomy()
    lemma = token.lemma_.lower()
    if lemma == "threat" and _is_danger(token):
        return None
    if lemma == "grant" and token.pos_ == "NOUN" and any(
            t.ent_type_ == "MONEY" for c in token.children if c.i < token.i for t in c.subtree):
        return "business"  # "recommended a $5.1 million grant": a sum funded ("funding")
    if lemma == "reply" and token.pos_ == "NOUN" and any(t.lemma_.lower() in SCORING_WORDS for t in token.sent):
        return "sport"  # "Chelsea's reply came when Palmer scored": a team's goal after the other side's
    if lemma == "call" and token.pos_ == "NOUN" and _is_conversation(token):
        return "meeting"  # "Trump's July 25 call with Zelensky", "a phone call": talks held
    if lemma in taxonomy.container_nouns:
        # "the next round of tariffs", "a wave of strikes": the type of what is grouped.
        grouped = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj" and _is_grouped(lemma, g)), None)
        if grouped is not None:
            kind = taxonomy.type_of(grouped.lemma_.lower(), "NOUN")
            if kind is not None:
                return kind
    if lemma == "argument" and any(c.dep_ in {"compound", "amod"} and c.i < token.i and c.lower_ in PLEADING_WORDS
                                   for c in token.children):
        return "legal_judicial"  # "during closing arguments on Thursday": lawyers plead before a court
    if lemma == "flight" and any(c.dep_ in {"compound", "amod"} and c.lower_ in SPACEFLIGHT_WORDS
                                 for c in token.children):
        return "science"  # "SpaceX's first manned flight has been postponed until 2018": a mission flown
    if _is_rate_change(token):
        return "policy_decision"  # "the Fed sees three rate hikes in 2017": a central bank's move
    if lemma == "term" and _is_term_in_office(token):
        return "appointment_resignation"  # "when President Obama's term ends in January": he leaves office
    own = taxonomy.type_of(lemma, "NOUN") or taxonomy.type_of(token.lower_, "NOUN")
    if lemma == "trial" and _tests_a_thing(token):
        return "business"  # "lined up trials of their 5G networks": a product tested, no court
    if lemma in TRANSPORT_NOUNS and token.dep_ == "pobj" and token.head.lower_ in {"via", "by"}:
        return None  # "delivered its first package via drone": a means of carriage, no attack
    if _is_court_decision(token):
        return "legal_judicial"  # "the Supreme Court hands down its decision": a ruling
    if lemma == "hearing" and _is_deliberative_hearing(token):
        return "meeting"
    if lemma == "event" and _is_company_event(token):
        return "meeting"
    if lemma == "deal" and _is_discount(token):
        return "business"  # "the deal ends Sunday" on a page of prices: a shop's price cut
    if own is not None and lemma in (taxonomy.modifier_senses or {}):
        # "the trade war", "a heart attack", "a hunger strike": the modifier names the sense.
        for child in token.children:
            if child.dep_ in {"compound", "amod", "nmod"} and child.i < token.i:
                sense = taxonomy.sense_of_modifier(lemma, child.lemma_.lower())
                if sense is not None:
                    return sense
    if own is not None:
        # "a trip to Walter Reed hospital", "the release of the video": what the act named by a
        # noun is done to names its sense, as the object of its verb does.
        sense = _noun_object_sense(token)
        if sense is not None:
            return sense
    if own is None and lemma in taxonomy.undertaking_nouns:
        # "lunar lander missions", "IPO plans": the noun before names the kind of undertaking.
        for child in sorted(token.children, key=lambda c: -c.i):
            if child.dep_ == "compound" and child.i < token.i and child.pos_ in {"NOUN", "PROPN"}:
                kind = taxonomy.type_of(child.lemma_.lower(), "NOUN")
                if kind is not None:
                    return kind
        # "its proposal to require manufacturers to limit", "a plan to withdraw troops": the act
        # the undertaking is to carry out names its kind.
        for child in token.children:
            if (child.dep_ == "acl" and child.pos_ == "VERB" and child.tag_ == "VB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)
                    and child.lemma_.lower() not in taxonomy.weak_verbs):
                kind = taxonomy.type_of(child.lemma_.lower(), "VERB")
                # (A plan to expand a fleet or to grow sales is no figure released.)
                if kind not in {None, "statement", "economic_release"}:
                    return kind
    return own


# Craft that carry things as well as fight: "via drone" is a means, "a drone strike" an attack.
TRANSPORT_NOUNS = {"drone", "helicopter", "plane", "aircraft"}


def _tests_a_thing(trial: Token) -> bool:
    """'trials of their 5G networks', 'trials of the new engine': a trial of a thing (no person,
    no drug or vaccine, which clinical trials test) tests it."""
    tested = [g for c in trial.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return bool(tested) and all(
        t.pos_ == "NOUN" and not _is_person(t) and load_taxonomy().type_of(t.lemma_.lower(), "NOUN") is None
        and t.lemma_.lower() not in {"drug", "vaccine", "treatment", "therapy", "medicine"} for t in tested)


# Flights that go to space: "the first manned flight to the station", "an uncrewed test flight".
SPACEFLIGHT_WORDS = {"manned", "crewed", "unmanned", "uncrewed", "space", "suborbital", "orbital"}
# What lawyers deliver to a court: "closing arguments", "oral arguments".
PLEADING_WORDS = {"closing", "opening", "oral"}
# What a term in office does when it starts or runs out.
TERM_VERBS = {"end", "begin", "start", "expire", "conclude", "finish", "run", "lapse"}


def _is_term_in_office(term: Token) -> bool:
    """'when President Obama's term ends in January', 'her term as mayor expires in May', 'his term
    in office began in 2009': a person's term that starts or runs out is an office taken up or left.
    A school term, a loan's term or "the term ends" with no holder names none."""
    if term.dep_ not in {"nsubj", "nsubjpass"} or term.head.lemma_.lower() not in TERM_VERBS:
        return False
    held = any(c.dep_ == "poss" and (_is_person(c) or c.lower_ in {"his", "her", "their"}) for c in term.children)
    in_office = any(c.dep_ == "prep" and (c.lower_ == "as" or (c.lower_ == "in" and any(
        g.lower_ == "office" for g in c.children))) for c in term.children)
    return held or in_office


# Who rules in a court: a decision they make or hand down is a ruling, not a policy decision.
COURT_NOUNS = {"court", "judge", "justice", "tribunal", "jury", "magistrate", "justices"}


def _is_court_decision(noun: Token) -> bool:
    """'the Supreme Court hands down its decision', 'the judge's decision', 'a decision by the
    tribunal': a court decides a case."""
    if noun.lemma_.lower() not in {"decision", "decisions"}:
        return False
    deciders = [c for c in noun.children if c.dep_ == "poss"]
    deciders += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                 for g in c.children if g.dep_ == "pobj"]
    if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.pos_ == "VERB":
        deciders += [c for c in noun.head.children if c.dep_ == "nsubj"]
    return any(d.lemma_.lower() in COURT_NOUNS for d in deciders)


def _is_danger(threat: Token) -> bool:
    """'the threat from climate change', 'the threat posed by China': a danger from something, no
    threat made by anyone (a crime)."""
    return any((c.dep_ == "prep" and c.lower_ == "from" and not any(_is_someone(g) for g in c.children
                                                                       if g.dep_ == "pobj"))
               or (c.dep_ == "acl" and c.lemma_.lower() == "pose") for c in threat.children)


def _is_someone(noun: Token) -> bool:
    """'a death threat from a fan', 'threats from her ex-husband': a person makes the threat."""
    return noun.ent_type_ == "PERSON" or (noun.pos_ == "PRON" and noun.lower_ not in THING_PRONOUNS) or (
        noun.pos_ == "NOUN" and noun.lemma_.lower() in THREAT_MAKERS)


# People who make threats (a crime), unlike the dangers of a thing ("the threat from flooding").
THREAT_MAKERS = {"fan", "man", "woman", "neighbour", "neighbor", "husband", "wife", "ex-husband", "ex-wife",
                 "partner", "boyfriend", "girlfriend", "stranger", "caller", "gunman", "student", "pupil",
                 "customer", "colleague", "boss", "employee", "player", "gang", "militant", "extremist",
                 "supporter", "protester", "troll", "user", "member", "teenager", "suspect"}


def _is_deliberative_hearing(hearing: Token) -> bool:
    """'a hearing last month of the House appropriations subcommittee', 'the commission holds a
    public hearing Wednesday': a session of a legislative or regulatory body (a meeting). A hearing
    named by a legal word ("an impeachment hearing", "a bail hearing") stays a legal one."""
    taxonomy = load_taxonomy()
    if any(c.dep_ in {"compound", "amod", "nmod"} and taxonomy.type_of(c.lemma_.lower(), "NOUN") == "legal_judicial"
           for c in hearing.children):
        return False
    named = [g for p in hearing.children if p.dep_ in {"prep", "agent"} and p.lower_ in {"of", "by", "before"}
             for g in p.children if g.dep_ == "pobj"]
    named += [c for c in hearing.children if c.dep_ in {"compound", "nmod", "poss"}]
    if hearing.dep_ == "dobj":
        named += [c for c in hearing.head.children if c.dep_ == "nsubj"]
    return any(t.lemma_.lower() in DELIBERATIVE_BODIES and not any(
        c.lower_ in QUASI_JUDICIAL for c in t.children if c.dep_ in {"compound", "amod", "nmod"}) for t in named)


# Boards that sit as courts: "a parole board hearing", "the immigration appeals board".
QUASI_JUDICIAL = {"parole", "appeal", "appeals", "pardon", "pardons", "immigration", "disciplinary", "clemency"}


def _is_company_event(event: Token) -> bool:
    """'Apple is holding an event on December 2', 'the tech giant hosts an event next month': an
    event a company holds is a gathering it calls (a meeting), whatever the story's topic."""
    if event.dep_ not in {"dobj", "nsubjpass"} or event.head.lemma_.lower() not in HOSTING_VERBS:
        return False
    hosts = [c for c in event.head.children if c.dep_ == "nsubj"]
    hosts += [g for c in event.head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(h.ent_type_ == "ORG" or h.lemma_.lower() in COMPANY_NOUNS for h in hosts)


def _is_discount(deal: Token) -> bool:
    """'The headphones are on sale, a deal that ends Sunday', '$50 off: the deal runs through
    Friday': in a sentence about prices cut, a deal is a discount (a shop's business)."""
    if any(c.dep_ in {"compound", "amod", "nmod"} and _noun_type(c) is not None for c in deal.children):
        return False  # "the plea deal, which saves the state a trial": a deal its modifier names
    for t in deal.sent:
        if t.lemma_.lower() in DISCOUNT_WORDS:
            return True
        if t.lower_ == "off" and t.i > 0 and (t.doc[t.i - 1].like_num or t.doc[t.i - 1].lower_ in {"%", "percent"}
                                               or t.doc[t.i - 1].ent_type_ in {"MONEY", "PERCENT"}):
            return True
    return False


def _misread_present(token: Token) -> str | None:
    """The verb of a short dated clause the small model read as no verb: "The watch ships on
    Friday" (a plural noun "watch ships"), "Pre-orders open on Friday" (an adjective). A present
    tense with a date schedules (the product goes on sale then); returns the verb's lemma."""
    if token.dep_ != "ROOT" or any(t.pos_ in {"VERB", "AUX"} for t in token.sent):
        return None
    if token.pos_ == "ADJ" and token.lower_ in MISREAD_ADJ_VERBS and any(c.dep_ == "nsubj" for c in token.children):
        return token.lower_
    lemma = token.lemma_.lower()
    if (token.tag_ == "NNS" and lemma in MISREAD_NOUN_VERBS and token.lower_.endswith("s")
            and any(c.dep_ in {"compound", "amod"} and c.i < token.i for c in token.children)
            and any(c.dep_ == "prep" or c.ent_type_ in {"DATE", "TIME"} for c in token.children)):
        return lemma
    return None


def _noun_object_sense(noun: Token) -> str | None:
    """The type the object of "to" or "of" after an event noun names ("a visit to the clinic")."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    taxonomy = load_taxonomy()
    lemma = noun.lemma_.lower()
    if lemma not in taxonomy.object_senses:
        return None
    objects = [g for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in {"to", "of"}
               for g in prep.children if g.dep_ == "pobj"]
    # "the release of a tranche of CIA files", "a batch of emails": an amount of things is read
    # as the things it counts.
    objects += [g for c in objects for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of"
                for g in prep.children if g.dep_ == "pobj"]
    return next((kind for g in objects if (kind := taxonomy.sense_of_object(lemma, g.lemma_.lower())) is not None),
                None)


# Calls for help that police, firefighters or medics answer: no conversation held.
EMERGENCY_CALL_WORDS = {"disturbance", "domestic", "911", "999", "emergency", "distress", "burglary", "robbery",
                        "shooting", "alarm", "welfare"}


def _is_conversation(call: Token) -> bool:
    """'a call with X', 'a phone call', 'the July 25 call': a conversation, not 'calls for X'
    nor a call for help ('responding to a disturbance call on October 6')."""
    if any(c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in EMERGENCY_CALL_WORDS for c in call.children):
        return False
    for child in call.children:
        if child.dep_ == "prep" and child.lower_ == "with":
            return True
        if child.dep_ in {"compound", "amod"} and child.lower_ in {"phone", "telephone", "video", "conference"}:
            return True
        if child.dep_ == "prep" and child.lower_ == "on" and any(
                g.dep_ == "pobj" and (g.ent_type_ == "DATE" or g.lower_ in MONTH_NUMBERS) for g in child.children):
            return True  # "the call on July 25": a call held that day
        # "the July 25 call" (the small model may tag "July 25" as anything but a date).
        if child.dep_ in {"nmod", "compound"} and (
                child.ent_type_ == "DATE" or (child.lower_ in MONTH_NUMBERS and any(g.like_num for g in child.children))):
            return not any(c.dep_ == "prep" and c.lower_ == "for" for c in call.children)
    return False


# Verbs of an aircraft's flight, and the aircraft a military word makes a force's.
FLIGHT_VERBS = {"fly", "circle", "patrol", "hover", "overfly"}
AIRCRAFT_NOUNS = {"plane", "aircraft", "jet", "helicopter", "chopper", "drone", "airplane"}
WAR_AIRCRAFT = {"warplane", "bomber", "warship", "gunship"}


def _flies_military_aircraft(verb: Token) -> bool:
    """'A large military-style plane circled Manhattan on Tuesday', 'military helicopters flew over
    the city': a flight of a force's aircraft moves forces (an airliner's flight does not)."""
    for noun in verb.children:
        if noun.dep_ not in {"nsubj", "dobj", "nsubjpass"}:
            continue
        lemma = noun.lemma_.lower()
        if lemma in WAR_AIRCRAFT:
            return True
        if lemma in AIRCRAFT_NOUNS and any(t.lower_ in {"military", "military-style", "air force", "navy"}
                                          for t in noun.subtree if t.i < noun.i):
            return True
    return False


# What a court or a regulator orders someone to pay back or make good.
ORDERED_PAYMENTS = {"pay", "repay", "refund", "reimburse", "compensate", "forfeit"}


def classify(trigger: Token, time_span: Span | None = None) -> tuple[Token, str]:
    """The token that names the event and its taxonomy type.

    A weak verb, or a verb in no list, hands over to the event noun it governs ("held talks" ->
    talk, meeting; "carried out attacks" -> attack, armed_conflict). A date inside what a saying
    verb reports ("adding, '2019 is not as strong as 2018'") dates that content, not the saying.
    """
    taxonomy = load_taxonomy()
    lemma = _verb_lemma(trigger)
    if (trigger.pos_ == "VERB" and lemma in OATH_VERBS and trigger.dep_ == "xcomp"
            and trigger.head.lemma_.lower() == "swear" and _swears_by_the_law(trigger)):
        return trigger.head, "appointment_resignation"  # "the Constitution he will swear to defend January 20": the oath of office
    if trigger.pos_ == "VERB" and lemma in SELF_DECLARING_VERBS and _declares_a_candidacy(trigger):
        return trigger, "election_vote"  # "declared himself a candidate for president" (the small clause is no content)
    if (time_span is not None and trigger.pos_ == "VERB" and taxonomy.type_of(lemma, "VERB") == "statement"
            and not _right_after(trigger, time_span)):
        content = next((c for c in trigger.children
                        if c.dep_ == "ccomp" and c.left_edge.i <= time_span.root.i <= c.right_edge.i), None)
        if content is not None:
            return classify(content)
    if time_span is not None and _spends_the_time(trigger, time_span):
        # "spent Monday trying to distance themselves", "spent the weekend campaigning": the
        # time is spent on what the participle does, no money is spent.
        doing = next((c for c in trigger.children if c.dep_ in {"xcomp", "advcl"} and c.tag_ == "VBG"), None)
        if doing is not None and doing.lemma_.lower() in LIGHT_WORDS:
            doing = _content_of(doing) or doing  # "spent Monday trying to distance themselves"
        if doing is not None:
            return classify(doing)
        typed = next((c for c in trigger.children if c.dep_ == "dobj" and _noun_type(c) is not None), None)
        return (typed, _noun_type(typed)) if typed is not None else (trigger, OTHER)
    misread = _misread_present(trigger)
    if misread is not None:
        # "Pre-orders open on Friday": what opens names it, else the verb ("the watch ships").
        subject = next((c for c in trigger.children if c.dep_ == "nsubj" and _noun_type(c) is not None), None)
        if subject is not None:
            return subject, _noun_type(subject)
        return trigger, taxonomy.type_of(misread, "VERB") or OTHER
    if _is_participle_root(trigger):
        return trigger, next((kind for verb in _verb_forms(trigger.lower_)
                              if (kind := taxonomy.type_of(verb, "VERB")) is not None), OTHER)
    if trigger.pos_ == "AUX":
        # "The last major outbreak was in 2009": a copula dates its subject or what it says the
        # subject is ("under attack" is a state, no attack).
        for noun in _governed_nouns(trigger):
            kind = _noun_type(noun) if noun.dep_ in {"nsubj", "attr"} else None
            if kind is not None:
                return noun, kind
        for noun in _governed_nouns(trigger):
            if noun.dep_ == "attr" and noun.lemma_.lower() in WORDS_PUT_OUT and any(
                    c.dep_ == "prep" and c.lower_ == "from" and any(g.ent_type_ == "DATE" for g in c.children)
                    for c in noun.children):
                return noun, "statement"  # "This is her Facebook post from Thanksgiving": words put out then
        available = next((c for c in trigger.children if c.dep_ == "acomp" and c.lower_ in AVAILABILITY_WORDS), None)
        if available is not None:
            return available, "business"  # "the phone will be available on December 6": a launch
        return trigger, OTHER
    if trigger.pos_ != "VERB":
        return _noun_in_clause(trigger) or (trigger, _noun_type(trigger) or OTHER)
    if _is_misread_gerund(trigger) and (noun_sense := _noun_type(trigger)) is not None:
        return trigger, noun_sense  # "during the first extradition hearing this May 4"
    if lemma == "respond" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.lemma_.lower() == "call" and not _is_conversation(g) and any(
                m.lower_ in EMERGENCY_CALL_WORDS for m in g.children) for g in c.children) for c in trigger.children):
        return trigger, OTHER  # "responding to a disturbance call": police answering, nothing said
    if lemma in ORDERED_PAYMENTS and trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() == "order":
        # "Regulators ordered Apple to pay $14.5 billion in back taxes in August", "a judge
        # ordered him to repay": a ruling that someone pays, no payment made that day
        return trigger.head, "legal_judicial"
    if lemma in FLIGHT_VERBS and _flies_military_aircraft(trigger):
        return trigger, "military_movement"  # "A large military-style plane circled Manhattan on Tuesday"
    sense = _object_sense(trigger)
    if sense is not None:
        return trigger, sense  # "left the company in October": a resignation; "troops arrived"
    if _body_decides(trigger):
        return trigger, "policy_decision"  # "the council voted on Monday to keep the curfew"
    if _sets_a_policy_rate(trigger):
        return trigger, "policy_decision"  # "the Fed raised interest rates on Wednesday"
    if _private_purchase(trigger):
        return trigger, OTHER  # "Trump bid $12,000 for a football helmet": a person's purchase
    if lemma in PRESS_MEETING_VERBS and _meets_the_press(trigger):
        return trigger, "statement"  # "met with reporters Monday": he spoke to the press, no talks
    if lemma == "sit" and _sits_down_with(trigger):
        return trigger, "meeting"  # "would sit down with the senator for dinner on Tuesday"
    if lemma in SHOWING_VERBS and any(c.dep_ == "nsubj" and c.lemma_.lower() in RECORD_NOUNS
                                      for c in trigger.children):
        return trigger, "statement"  # "a video showed him speaking": a recording put out
    opened = _opened_or_closed(trigger, lemma)
    if opened is not None:
        return opened, _noun_type(opened)  # "Polls open on Tuesday", "the trial opened Monday"
    for child in trigger.children:
        # "shot down over Hanoi in 1967", "called off the talks" (the parse may make the
        # particle a preposition), "took the firm public": the particle names a sense of its own.
        if child.dep_ in COMPLEMENT_DEPS or (child.dep_ == "prep" and child.i == trigger.i + 1):
            sense = taxonomy.sense_of_particle(lemma, child.lower_)
            if sense is not None:
                return trigger, sense
        # "goes on sale in January", "went on trial", "came into force": the preposition with its
        # object names the sense (the parse may make "on" a particle and "strike" the object).
        if child.dep_ == "prep":
            objects = [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ == "prt":
            objects = [g for g in trigger.children if g.dep_ == "dobj" and g.i > child.i]
        else:
            continue
        for obj in objects:
            sense = taxonomy.sense_of_particle(lemma, f"{child.lower_} {obj.lemma_.lower()}")
            if sense is not None:
                return obj, sense  # the object's other senses follow the topic: "sale"
    own = taxonomy.type_of(lemma, "VERB")
    if lemma == "ask" and any(c.dep_ == "auxpass" for c in trigger.children):
        own = "statement"  # "Boehner was asked on Sunday if ...": questioned, he answered in words
    if lemma in THAT_CLAUSE_SENSES and any(c.dep_ == "ccomp" and any(
            (m.dep_ == "mark" and m.lower_ in {"that", "whether"}) or (m.dep_ in {"advmod", "nsubj", "dobj"} and m.lower_ in SHOWN_WH_WORDS)
            for m in c.children) for c in trigger.children):
        sense = THAT_CLAUSE_SENSES[lemma]  # "demonstrated in 2013 that it responded": shown, no protest
        if sense == "science" and not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in RESEARCH_SUBJECTS
                                          for c in trigger.children):
            sense = OTHER  # "the vote demonstrated that voters were angry": shown, but no research
        return trigger, sense
    if lemma in STATE_VERBS and any(c.dep_ in {"oprd", "xcomp", "acomp"} and (c.pos_ == "ADJ" or c.tag_ == "VBN")
                                    for c in trigger.children):
        own = None  # "travellers were left stranded", "was found dead": a state, no departure or finding
    if _bids_as_a_buyer(trigger):
        return trigger, OTHER  # "Smith bid $12,000 for a signed helmet": an auction bid, no deal
    if lemma == "pass" and any(c.dep_ == "dobj" and _noun_type(c) is None and (
            c.like_num or c.lemma_.lower() in SUM_MARKS or c.ent_type_ in {"PERCENT", "QUANTITY", "MONEY", "CARDINAL"}
            or any(n.dep_ == "nummod" for n in c.children)) for c in trigger.children):
        own = None  # "will pass 1.5C of warming this decade", "passed the 1 million mark": a threshold, no law
    if lemma == "require" and any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" and _noun_type(c) is None and not _is_deciding_body(c)
            and c.lemma_.lower() not in RULING_NOUNS for c in trigger.children):
        own = None  # "the effort will require new technology by 2030": a need, no rule laid down
    if lemma == "spend" and _spends_a_period(trigger):
        own = None  # "spent five years in the solicitor general's office": time, no money spent
    if own == "statement" and trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in CAPABILITY_WORDS:
        own = None  # "models will be able to speak with Alexa by the end of the year": a feature, no saying
    if lemma in WORDED_ATTACK_VERBS and _attacks_a_person_in_words(trigger):
        own = "statement"  # "he attacked the hosts Ann Lee and Bo Roe on Monday in personal terms": words, no fighting
    if lemma in SUCCESS_IDIOM_VERBS and _praises_a_success(trigger):
        own = None  # "the speaker is killing it this year": it sells well, no crime
    if lemma in taxonomy.weak_verbs or own is None:
        # "the Dialogue held in August": the participle describes the event noun it hangs on; a
        # clause that says what the noun reports ("his announcement that his wife had suffered a
        # miscarriage over the weekend") is an event of its own.
        if (trigger.dep_ in {"acl", "relcl"} and _noun_type(trigger.head) is not None
                and not any(c.dep_ == "mark" for c in trigger.children)):
            return trigger.head, _noun_type(trigger.head)
        raised = _raised_subjects(trigger) if lemma in taxonomy.weak_verbs else []
        for noun in _governed_nouns(trigger) + raised:
            kind = _noun_type(noun)
            if kind is not None:
                return noun, kind
        described = _relative_head(trigger)
        if described is not None:
            return described, _noun_type(described)
        # "The feud began in May when the firm bought the label": the when-clause says what began.
        # A journey to a place is a happening of its own ("went to Kenya in the 1880s when he
        # founded a company": he travelled then).
        when = next((c for c in trigger.children if c.dep_ == "advcl" and c.pos_ == "VERB"
                     and any(m.lower_ == "when" and m.dep_ in {"advmod", "mark"} for m in c.children)),
                    None) if lemma in taxonomy.weak_verbs and not _goes_to_a_place(trigger) else None
        if when is not None:
            named, kind = classify(when)
            if kind != OTHER:
                return named, kind
        seen = next((c for c in trigger.children if c.dep_ == "ccomp" and c.pos_ == "VERB"
                     and any(g.dep_ == "nsubj" for g in c.children)), None) if lemma in PERCEIVING_VERBS else None
        if seen is not None:
            # "this week we saw another startup raise $40 million": what was seen happened.
            named, kind = classify(seen)
            if kind != OTHER:
                return named, kind
        depicted = _depicting_verb(trigger)
        if depicted is not None:
            named, kind = classify(depicted)
            if kind != OTHER:
                return named, kind
        means = _means_verb(trigger)
        if means is not None:
            # "made the plan official by announcing it on Monday": the act done is what the
            # gerund after "by" names.
            named, kind = classify(means)
            if kind != OTHER:
                return named, kind
    if (lemma in ANNOUNCING_VERBS and own in {None, "statement"} and trigger.dep_ == "acl"
            and _noun_type(trigger.head) is not None):
        # "the deal announced in October", "the sanctions revealed on Monday": what was made public.
        return trigger.head, _noun_type(trigger.head)
    if own not in {None, "statement"} and trigger.dep_ == "relcl" and any(
        c.dep_ == "nsubjpass" and c.lower_ in {"which", "that"} for c in trigger.children
    ):
        # "an allegation, which was dropped in 2015": what happened to the typed noun.
        kind = _noun_type(trigger.head)
        if kind not in {None, own}:
            return trigger.head, kind
    if own not in {None, "statement"} or lemma in ANNOUNCING_VERBS:
        # "the case was dropped", "launched a campaign tour", "announced an order": a verb that
        # says how something happened to a typed event noun, or made it public, takes the noun's
        # type; other saying verbs keep their own.
        for noun in _governed_nouns(trigger):
            kind = _noun_type(noun)
            if kind not in {None, own} and noun.dep_ in {"dobj", "nsubjpass"}:
                return noun, kind
        announced = _misparsed_object(trigger) if lemma in ANNOUNCING_VERBS else None
        if announced is not None and _noun_type(announced) not in {None, own}:
            return announced, _noun_type(announced)
    if own == "statement" and _reports_a_happening(trigger):
        return trigger, OTHER  # "Delays were reported at several airports": the delays, not a saying
    if own == "military_movement" and lemma in PERSONAL_DEPARTURES and _one_person_moves(trigger):
        return trigger, OTHER  # "he left Afghanistan 30 years ago": a man emigrated, no troops moved
    return trigger, own or OTHER


# What shows an attack on a person was made in words: "in personal terms", "in a tweet"; "on
# Twitter", "on social media"; "over her remarks", "for his comments"; a saying verb beside it.
WORDED_IN_NOUNS = {"term", "tweet", "post", "interview", "speech", "statement", "column", "op", "editorial",
                   "letter", "video", "podcast", "message", "remark", "comment", "essay", "article", "book"}
WORDED_ON_NOUNS = {"twitter", "facebook", "instagram", "media", "television", "tv", "radio", "air", "blog",
                   "website", "podcast", "show", "x"}
WORDED_OVER_NOUNS = {"remark", "comment", "statement", "tweet", "post", "view", "speech", "word", "criticism",
                     "claim", "joke"}
# (with SAYING_PARTICIPLES)
WORDED_ATTACK_COMPANIONS = {"call", "accuse", "mock", "criticize", "criticise", "deride", "ridicule", "label", "brand",
                            "dismiss"}
# Prepositions of a place an attack happens at ("outside a bar", "at a party", "in the kitchen")
# and words of injury or the police around it: a physical assault, no words.
PLACE_PREPS = {"outside", "at", "in", "inside", "near", "behind", "into", "on", "onto", "across"}
ASSAULT_CONTEXT_LEMMAS = {"police", "officer", "sheriff", "arrest", "charge", "injure", "injury", "hospital",
                          "hospitalize", "wound", "hurt", "bleed", "blood", "bruise", "broken", "punch", "stab",
                          "beat", "kick", "knife", "gun", "assault", "victim", "jaw", "fist", "bat"}


def _attacks_a_person_in_words(verb: Token) -> bool:
    """Whether a person attacks a named person in words: "He attacked the hosts Ann Lee and Bo
    Roe on Monday in personal terms" (a statement). Something must show the words ("in ... terms",
    "on Twitter", "in a tweet", "over her remarks", "as a liar", a saying verb beside it). Gunmen
    or troops attacking villagers, anyone attacking "with" something, an attack at a place
    ("outside a bar") or with injury or the police around it ("Police said Smith attacked Jones")
    fight."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(subjects) != 1 or len(objects) != 1 or any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return False
    subject, target = subjects[0], objects[0]
    person_subject = subject.ent_type_ == "PERSON" or (subject.pos_ == "PRON" and subject.lower_ in {"he", "she"})
    named = [target, *(c for c in target.children if c.dep_ == "appos")]
    if not (person_subject and any(t.ent_type_ == "PERSON" for t in named)):
        return False
    if any(t.lemma_.lower() in ASSAULT_CONTEXT_LEMMAS for t in verb.sent):
        return False
    worded = False
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        nouns = {g.lemma_.lower() for g in objects}
        word = prep.lower_
        if word == "as" and objects:
            worded = True  # "attacked her as a liar"
        elif word in {"over", "for"} and nouns & WORDED_OVER_NOUNS:
            worded = True  # "over her remarks"
        elif word == "in" and nouns & WORDED_IN_NOUNS:
            worded = True  # "in personal terms", "in a tweet"
        elif word == "on" and nouns & WORDED_ON_NOUNS:
            worded = True  # "on Twitter", "on social media"
        elif word in PLACE_PREPS and objects and not any(g.ent_type_ in {"DATE", "TIME"} for g in objects):
            return False  # "outside a bar", "at a party": a place the attack happened at
    return worded or any(c.dep_ in {"advcl", "xcomp", "conj"} and (
        c.lemma_.lower() in WORDED_ATTACK_COMPANIONS or c.lemma_.lower() in SAYING_PARTICIPLES) for c in verb.children)


def _praises_a_success(verb: Token) -> bool:
    """Whether a verb of harm is the idiom of success: a progressive ("is killing it") whose only
    object is a bare "it" and that no one is said to suffer or die by."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return (verb.tag_ == "VBG" and any(c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() == "be" for c in verb.children)
            and len(objects) == 1 and objects[0].lower_ == "it"
            and not any(c.dep_ == "prep" and c.lower_ in {"with", "by"} for c in verb.children))


def _headed_line_content(span: Span) -> Token | None:
    """The head word of what a timeline's line tells after the date that opens it ("9 May 2011:
    the court rules ..."), also when the parse makes the date and its colon a sentence of their
    own and the happening the next one on the same line."""
    sent, doc = span.sent, span.doc
    if span.start != sent.start or span.end >= sent.end or doc[span.end].text != ":":
        return None
    told = doc[span.end + 1 : sent.end]
    if not any(t.is_alpha for t in told):
        if sent.end >= len(doc) or "\n" in doc.text[doc[span.end].idx : doc[sent.end].idx]:
            return None
        return doc[sent.end].sent.root
    return next((t for t in told if not (told.start <= t.head.i < told.end) or t.head == t), None)


def _headed_line_type(span: Span) -> tuple[Token, str] | None:
    """The word and type of what a timeline's line tells after its date, when it names a type."""
    headed = _headed_line_content(span)
    if headed is None:
        return None
    named, event_type = classify(headed)
    return None if event_type == OTHER else (named, event_type)


def _is_misread_gerund(verb: Token) -> bool:
    """'during the first extradition hearing', 'after Sunday's shelling': an -ing noun the small
    model took for a verb; a determiner, a possessive or a modifier before it and a noun's place in
    the clause give it away (its noun sense is read from the word itself)."""
    return (verb.tag_ == "VBG" and verb.dep_ in NOUN_DEPS
            and any(c.dep_ in {"det", "amod", "compound", "poss", "nmod"} and c.i < verb.i
                    and c.ent_type_ not in {"DATE", "TIME"} for c in verb.children))


# Verbs by which a body makes up its mind: "the council decided to", "the board of governors
# voted to", "the Fed chose to".
# Things that lay down what others must do: "the rule requires", "the treaty requires".
RULING_NOUNS = {"rule", "order", "directive", "treaty", "agreement", "statute", "constitution", "ordinance",
                "mandate", "guideline", "standard", "code", "contract", "court", "judge", "licence", "license",
                "permit", "provision", "clause", "protocol", "charter", "convention", "accord", "deal"}
DECIDING_VERBS = {"decide", "choose", "vote", "opt", "resolve"}
# Bodies of state whose choices are decisions of policy (a court's are rulings, a company's
# board's are corporate acts): "the city council voted to rename the square".
DECIDING_BODIES = {"government", "authority", "council", "committee", "parliament", "congress", "senate",
                   "cabinet", "ministry", "regime", "legislature", "assembly", "administration", "commission",
                   "lawmaker", "legislator", "fed", "fomc", "ecb", "regulator", "municipality", "state",
                   "city", "county", "junta", "politburo", "kremlin", "bundestag", "knesset", "duma", "diet"}
CENTRAL_BANK_WORDS = {"central", "reserve", "national", "policymaking", "policy", "monetary", "rate-setting"}


def _is_deciding_body(noun: Token) -> bool:
    """A body of state ("the city council", "Wedding authorities"), a central bank ("the central
    bank", "the Fed's policymaking body")."""
    lemma = noun.lemma_.lower()
    if lemma in DECIDING_BODIES or noun.lower_ in DECIDING_BODIES:
        return True
    if lemma in {"bank", "body", "board", "panel"}:
        words = {c.lower_ for c in noun.children if c.dep_ in {"amod", "compound", "poss"}}
        return bool(words & CENTRAL_BANK_WORDS) or any(
            c.dep_ == "poss" and _is_deciding_body(c) for c in noun.children)
    return False


def _body_decides(verb: Token) -> bool:
    """'The council decided in April to rename the square', 'the Fed's board voted on Tuesday to
    keep rates': a body of state that decides, chooses or votes to do what no taxonomy verb names
    makes a decision of policy ("voted to impeach", "decided to ban" keep their own type; "the
    committee voted for the bill" is a vote)."""
    if verb.lemma_.lower() in DECIDING_VERBS:
        decider = verb
        content = next((c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.pos_ == "VERB"
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    elif verb.dep_ in {"xcomp", "advcl"} and verb.head.lemma_.lower() in DECIDING_VERBS and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
        decider, content = verb.head, verb
    else:
        return False
    if content is None or _verb_type(content) is not None or _object_sense(content) is not None:
        return False
    return any(_is_deciding_body(s) for s in _clause_subjects(decider) if s.dep_ == "nsubj")


# A central bank sets its rates: "the Fed raised interest rates on Wednesday", "the Bank of Japan
# kept rates on hold", "a rate hike in December".
RATE_SETTING_VERBS = {"raise", "lift", "hike", "increase", "lower", "cut", "reduce", "trim", "slash", "hold",
                      "keep", "leave", "maintain", "tighten", "ease"}
RATE_CHANGE_NOUNS = {"hike", "increase", "rise", "cut", "reduction", "decrease"}
# Words before "rate" that name a central bank's rate, not a market's or a shop's ("mortgage rates").
POLICY_RATE_WORDS = {"interest", "benchmark", "policy", "key", "fed", "funds", "federal", "bank", "base", "-"}


def _is_rate_setter(noun: Token) -> bool:
    """A central bank: "the Fed", "the central bank", "the U.S. Federal Reserve", "the Bank of
    England", "Fed policymakers"."""
    if _is_deciding_body(noun):
        return True
    lemma = noun.lemma_.lower()
    modifiers = [c for c in noun.children if c.dep_ in {"compound", "amod", "poss"}]
    if lemma == "reserve":
        return any(c.lower_ == "federal" for c in modifiers)
    if lemma in {"policymaker", "policy-maker", "official"}:
        return any(_is_rate_setter(c) for c in modifiers)
    if lemma == "bank":
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.pos_ == "PROPN"
                                                                    for g in c.children) for c in noun.children)
    return False


def _is_policy_rate(rate: Token) -> bool:
    """'interest rates', 'its benchmark rate', 'the federal funds rate': a rate a central bank sets
    ("mortgage rates", "the unemployment rate" are no such rate)."""
    words = {c.lower_ for c in rate.children if c.dep_ in {"compound", "amod", "nmod", "punct"} and c.i < rate.i}
    return bool(words) and words <= POLICY_RATE_WORDS | {"its", "their", "the", "key", "short-term"}


def _sets_a_policy_rate(verb: Token) -> bool:
    """'The Federal Reserve raised interest rates on Wednesday', 'the Bank of England held rates
    steady on Thursday': a central bank that raises, cuts or holds its rate decides policy. Rates
    a company raises ("the utility raised its rates") or a market moves stay as they are."""
    if verb.lemma_.lower() not in RATE_SETTING_VERBS:
        return False
    rates = [c for c in _acted_on(verb) if c.lemma_.lower() == "rate"]
    if not rates:
        return False
    subjects = [_antecedent(c) for c in _clause_subjects(verb) if c.dep_ == "nsubj"]
    if subjects:
        return any(_is_rate_setter(s) for s in subjects)
    return any(_is_policy_rate(r) for r in rates)


def _is_rate_change(noun: Token) -> bool:
    """'three rate hikes in 2017', 'an interest-rate increase on Wednesday': a change to the rate
    a central bank sets ("a mortgage rate increase" moves a market's rate)."""
    if noun.lemma_.lower() not in RATE_CHANGE_NOUNS:
        return False
    rate = next((c for c in noun.children if c.dep_ in {"compound", "nmod", "amod"} and c.i < noun.i
                 and c.lemma_.lower() == "rate"), None)
    if rate is None:
        return False
    words = {c.lower_ for c in rate.children if c.i < rate.i}
    return words <= POLICY_RATE_WORDS


# What a person buys or bids on as an investor, not for keeps: a deal of business still.
HOLDING_NOUNS = {"share", "stock", "stake", "bond", "equity", "asset", "option", "security", "note"}


def _buyer_is_a_person(verb: Token) -> bool:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += [g for c in subjects for g in c.children if g.dep_ == "appos"]
    return any(c.ent_type_ == "PERSON" or (c.pos_ == "PRON" and c.lower_ in PERSONAL_PRONOUNS) for c in subjects)


def _private_purchase(verb: Token) -> bool:
    """'In 2012, Trump bid $12,000 for a football helmet', 'she bought a painting of herself in
    2014': a person who buys or bids on a thing (no company, no shares) makes no corporate deal.
    A firm that bids ("the firm bid $16.50 per share for Tribune") or a person who buys a company
    or a stake ("bought Twitter", "bought shares of Apple") stays business."""
    lemma = verb.lemma_.lower()
    if lemma not in {"bid", "buy", "purchase"} or verb.pos_ != "VERB" or not _buyer_is_a_person(verb):
        return False
    if lemma == "bid":
        bought = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"for", "on"}
                  for g in c.children if g.dep_ == "pobj"]
        bought += [g for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in {"buy", "purchase"}
                   for g in c.children if g.dep_ == "dobj"]
    else:
        bought = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(bought) and not any(
        b.ent_type_ in {"ORG", "MONEY"} or b.lemma_.lower() in COMPANY_NOUNS | HOLDING_NOUNS for b in bought)


def _goes_to_a_place(verb: Token) -> bool:
    """'went to East Africa', 'came to Berlin': a verb of motion with a named place it goes to."""
    return any(c.dep_ == "prep" and c.lower_ in {"to", "into"} and any(
        g.dep_ == "pobj" and g.ent_type_ in PLACE_LABELS for g in c.children) for c in verb.children)


# Weak verbs of perceiving a happening: "we saw X raise money", "watched the rival open a store".
PERCEIVING_VERBS = {"see", "watch", "witness"}


# Verbs of meeting or talking: with the press as partner they are something said to it.
PRESS_MEETING_VERBS = {"meet", "talk", "speak", "sit"}
PRESS_NOUNS = {"reporter", "journalist", "press", "media", "newsman", "newspaper", "correspondent"}


def _meets_the_press(verb: Token) -> bool:
    """'met with reporters', 'talked to journalists', 'sat down with the press'."""
    return any(c.dep_ in {"prep", "prt"} and c.lower_ in {"with", "to", "down"}
               and any(g.dep_ in {"pobj", "prep"} and (g.lemma_.lower() in PRESS_NOUNS or any(
                   h.dep_ == "pobj" and h.lemma_.lower() in PRESS_NOUNS for h in g.children))
                       for g in c.children)
               for c in verb.children)


def _sits_down_with(verb: Token) -> bool:
    """'sat down with the governor', 'will sit down with Romney for dinner': a meeting with
    someone (with the press it is something said to it, _meets_the_press)."""
    down = any(c.dep_ in {"prt", "advmod"} and c.lower_ == "down" for c in verb.children)
    partner = any(c.dep_ == "prep" and c.lower_ == "with" and any(
        g.dep_ == "pobj" and (g.pos_ in {"PROPN", "PRON"} or g.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
                              or _is_person(g)) for g in c.children) for c in verb.children)
    return down and partner


SELF_DECLARING_VERBS = {"declare", "announce", "proclaim"}
CANDIDACY_NOUNS = {"candidate", "candidacy", "contender", "challenger"}  # "candidacy" alone may be the object


def _declares_a_candidacy(verb: Token) -> bool:
    """'declared himself a candidate', 'announced her candidacy', 'declared himself as a contender'."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in CANDIDACY_NOUNS - {"candidacy"}:
            continue  # "announced a new candidate for chief executive": someone else, maybe no election
        if child.dep_ in {"dobj", "ccomp", "oprd", "xcomp", "attr"} and child.lemma_.lower() in CANDIDACY_NOUNS:
            return True
        if child.dep_ == "prep" and child.lower_ == "as" and any(
                g.lemma_.lower() in CANDIDACY_NOUNS for g in child.children):
            return True
    return False


# Verbs of leaving a place: troops leave, and so do people who emigrate or move house.
PERSONAL_DEPARTURES = {"leave", "depart", "relocate"}
PERSONAL_PRONOUNS = {"he", "she", "i", "we", "you", "him", "her"}
FORCE_NOUNS = {"troop", "soldier", "force", "army", "unit", "marine", "sailor", "fighter", "convoy", "battalion",
               "brigade", "regiment", "division", "militia"}


def _one_person_moves(verb: Token) -> bool:
    """'he left Afghanistan', 'Ann Lee left Kabul', 'when she departed': one person who goes (a
    force is named by a noun: "the troops left")."""
    if any(c.dep_ == "prep" and c.lower_ == "with" and any(g.lemma_.lower() in FORCE_NOUNS for g in c.children)
           for c in verb.children):
        return False  # "the general left the base with 300 soldiers": a force moved
    subjects = [_antecedent(c) for c in _clause_subjects(verb)]
    return bool(subjects) and all(
        s.lower_ in PERSONAL_PRONOUNS or (s.ent_type_ == "PERSON" and s.pos_ == "PROPN") for s in subjects)


# Units of time a verb of spending spends ("spent three weeks in a coma").
PERIOD_NOUNS = {"second", "minute", "hour", "day", "night", "week", "weekend", "month", "year", "decade",
                "century", "time", "while", "summer", "winter", "spring", "autumn", "fall", "season",
                "morning", "afternoon", "evening", "career", "life", "lifetime", "holiday", "vacation"}


def _spends_a_period(verb: Token) -> bool:
    """'spent about five years in the early 1980s in the office', 'spent three weeks in a coma':
    the object of "spend" is a stretch of time, so no money is spent (no business)."""
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in PERIOD_NOUNS or c.ent_type_ in {"DATE", "TIME"})
               for c in verb.children)


def _misparsed_object(verb: Token) -> Token | None:
    """'announced his resignation on X. Lin was ...': the noun right after a verb with no object
    of its own (only a determiner or a possessive between) is what it acts on, when a glued
    abbreviation has run two sentences together and made that noun the subject of the next."""
    if any(c.dep_ in {"dobj", "ccomp"} and c.i < verb.i for c in verb.children) or any(
            c.dep_ == "dobj" for c in verb.children):
        return None
    doc = verb.doc
    for token in doc[verb.i + 1 : verb.i + 4]:
        if token.dep_ in {"det", "poss", "amod", "compound"} or token.tag_ == "PRP$":
            continue
        return token if token.pos_ == "NOUN" and token.dep_ in {"nsubj", "nsubjpass"} else None
    return None


def _reports_a_happening(verb: Token) -> bool:
    """'Delays were reported at several airports on Wednesday', 'two cases were reported in May':
    a passive "reported" whose subject is a thing that happens dates that happening; nobody is
    said to speak. "It was reported that..." and a reported statement or report stay sayings."""
    if verb.lemma_.lower() != "report" or any(c.dep_ in {"ccomp", "agent"} for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and subject.pos_ == "NOUN" and _noun_type(subject) is None


# Verbs that say only that something began or ended: what opens or closes names the event.
OPENING_VERBS = {"open", "reopen", "close"}


def _opened_or_closed(verb: Token, lemma: str) -> Token | None:
    """'Polls open on Tuesday', 'polling stations opened on Sunday', 'the trial opened Monday',
    'the summit closed on Friday': the subject (or the typed word compounded into it) is the
    event that opens or closes; "the store opened" names none and keeps the verb's own type."""
    if lemma not in OPENING_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return None
    if _noun_type(subject) is not None:
        return subject
    return next((c for c in subject.children if c.dep_ == "compound" and _noun_type(c) is not None), None)


def _spends_the_time(verb: Token, span: Span) -> bool:
    """'The team spent Monday trying to...', 'spent the weekend campaigning': the date is what a
    verb of spending spends (its object, or a bare date on it), and no sum of money is."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "spend":
        return False
    root = span.root
    dated = (root.head == verb and root.dep_ in {"dobj", "npadvmod"}) or (
        root.dep_ in {"compound", "nmod", "amod"} and root.head.dep_ == "dobj" and root.head.head == verb)
    money = any(c.dep_ == "dobj" and (c.like_num or c.ent_type_ == "MONEY") for c in verb.children)
    return dated and not money


def _verb_lemma(verb: Token) -> str:
    """The lemma of a verb, or the taxonomy's verb a past form was cut from when the lemmatizer
    cut it wrong ('fined' -> 'fin', not 'fine')."""
    lemma = verb.lemma_.lower()
    taxonomy = load_taxonomy()
    if verb.pos_ != "VERB" or taxonomy.type_of(lemma, "VERB") is not None or lemma in taxonomy.weak_verbs:
        return lemma
    if verb.tag_ in {"VBD", "VBN"} and verb.lower_.endswith("ed"):
        return next((form for form in _verb_forms(verb.lower_) if taxonomy.type_of(form, "VERB")), lemma)
    return lemma


def _right_after(verb: Token, span: Span) -> bool:
    """'said Monday the victim was', 'said on Monday the talks were': a date right after a saying
    verb dates the saying, however the parse hangs it on the clause after it."""
    between = [t for t in verb.doc[verb.i + 1 : span.start] if t.lower_ != "on"]
    return span.start > verb.i and not between


def _noun_in_clause(noun: Token) -> tuple[Token, str] | None:
    """A dated noun whose clause names the event: a verb's idiom ("went on strike"), the offence a
    person is arrested or charged for ("arrested in April for a March 21 phone call": crime), or
    the setting of something said ("said at a rally on Nov. 6", "tweeted during Tuesday's debate":
    the saying)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return None
    verb = prep.head
    idiom = load_taxonomy().sense_of_particle(verb.lemma_.lower(), f"{prep.lower_} {noun.lemma_.lower()}")
    if idiom is not None:
        return noun, idiom  # "went on strike on Monday": a walkout, not an attack
    own = _noun_type(noun)
    if (prep.lower_ in OFFENCE_PREPS and verb.lemma_.lower() in OFFENCE_VERBS
            and own not in {"crime", "armed_conflict"}):
        return noun, "crime"
    if prep.lower_ in SETTING_PREPS and own != "statement":
        named, kind = classify(verb)
        if kind == "statement":
            return named, kind
    return None


def _object_sense(verb: Token) -> str | None:
    """The type a verb's object names ("released two videos": statement), or its subject names
    ("troops arrived": a deployment), which no topic overrides."""
    taxonomy = load_taxonomy()
    lemma = verb.lemma_.lower()
    found = next((kind for c in _acted_on(verb)
                  if (kind := taxonomy.sense_of_object(lemma, c.lemma_.lower())) is not None
                  and not (lemma == "lose" and kind == "economic_release" and not _is_counted(c))), None)
    if found == "legal_judicial" and lemma == "win" and not _wins_freedom_in_court(verb):
        found = None  # "India won its freedom from Britain", "the slaves won their freedom": no court's act
    if found is None and lemma in DEAL_VERBS and verb.pos_ == "VERB" and any(
            c.ent_type_ == "ORG" or c.lemma_.lower() in COMPANY_NOUNS for c in _acted_on(verb)):
        found = "business"  # "sold the startup to a rival", "bought Acme in 2011": companies change hands
    if found is None and lemma in (taxonomy.subject_senses or {}):
        subjects = [_antecedent(c) for c in _clause_subjects(verb)]
        # "an organisation established by Congress", "the town was struck by lightning": the
        # passive's agent is who or what acts
        subjects += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        subjects += [g for c in subjects for g in c.children if g.dep_ == "conj"]
        found = next((kind for c in subjects
                      if (kind := taxonomy.subject_senses[lemma].get(c.lemma_.lower())) is not None), None)
        if found is not None and lemma in CREATED_THINGS and not any(
                c.lemma_.lower() in CREATED_THINGS[lemma] for c in _acted_on(verb)):
            found = None  # "the government created 200,000 jobs", "the Senate created a stir"
        if found == "economic_release" and lemma in SUM_VERBS and not any(
                _is_amount(c) for c in _acted_on(verb)):
            found = None  # "the budget reached the Senate floor": a sum reaches a figure, not a place
    if found is None and lemma == "explode" and _launch_vehicle(verb):
        found = "disaster_accident"  # "its Antares rocket exploded in October 2014": a launch failed
    if found is None and lemma == "enter" and any(_names_a_seat_of_office(c) for c in _acted_on(verb)):
        found = "appointment_resignation"  # "Trump entered the White House in January 2017": he took office
    if found is None and lemma == "leave" and _leaves_an_employer(verb):
        found = "appointment_resignation"  # "Schmidt left Novell in August": a post given up
    return (found or _office_sense(verb) or _role_sense(verb) or _freed_sense(verb) or _founded_sense(verb)
            or _terminated_sense(verb) or _stepped_back_sense(verb) or _labelling_sense(verb))


# Rockets that fly payloads as well as warheads: one that is someone's own (a company's or a
# programme's: "its Antares rocket", "SpaceX's Falcon 9 rocket") is a launch vehicle.
LAUNCH_VEHICLES = {"rocket", "booster", "launcher"}


def _launch_vehicle(verb: Token) -> bool:
    """'Orbital Sciences' Antares rocket exploded in October 2014', 'SpaceX's Falcon 9 rocket
    exploded on the pad': a named or owned rocket that explodes is a launch gone wrong, an accident.
    A rocket fired at a town ("a rocket exploded near the base") names no owner and stays an attack."""
    for subject in _clause_subjects(verb):
        if subject.lemma_.lower() not in LAUNCH_VEHICLES:
            continue
        if any(c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in subject.children):
            return True
    return False


# Buildings that stand for the office held in them: "entered the White House", "moved into
# Downing Street".
SEATS_OF_OFFICE = {("white", "house"), ("downing", "street"), ("oval", "office")}


def _names_a_seat_of_office(noun: Token) -> bool:
    """'the White House', 'Downing Street': the building a head of government holds office in."""
    return any((c.lower_, noun.lower_) in SEATS_OF_OFFICE for c in noun.children if c.dep_ == "compound")


def _leaves_an_employer(verb: Token) -> bool:
    """'Schmidt left Novell in August', 'she left Goldman Sachs last year': a person who leaves a
    named organisation gives up a post there. Troops that leave a city, a country that leaves a
    union (object_senses) and a ship that leaves port are no one leaving a job."""
    if verb.pos_ != "VERB" or not any(_is_person(s) and s.ent_type_ != "GPE" for s in _clause_subjects(verb)):
        return False
    return any(c.dep_ == "dobj" and c.ent_type_ == "ORG" and c.pos_ == "PROPN" for c in verb.children)


# Verbs of founding a body: business only when the body is a company ("co-founded Apple",
# "founded the software company in 2009", "Acme incorporated in 1998", "Microsoft, founded in
# 1975"); a charity, a band, a club, a town or feedback incorporated is none.
FOUNDING_VERBS = {"found", "co-found", "cofound", "incorporate"}
FOUNDED_COMPANY_NOUNS = (COMPANY_NOUNS - {"group", "unit", "division", "stake"}) | {
    "corporation", "bank", "airline", "venture", "enterprise", "manufacturer", "conglomerate", "consultancy",
    "fund", "store", "shop", "restaurant", "brewery"}


def _founded_sense(verb: Token) -> str | None:
    """'co-founded Apple in 1976', 'founded the payments company in 2009', 'Founded in 1975,
    Microsoft...': a company founded is a corporate act; "the band, founded in 2001", "Founded in
    1990, the charity", "the town was incorporated in 1852" are not."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in FOUNDING_VERBS:
        return None
    founded = list(_acted_on(verb))
    if verb.dep_ == "acl":
        founded.append(verb.head)  # "Microsoft, founded in 1975, makes"
    if verb.dep_ == "advcl" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        founded += [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]  # "Founded in 1975, Microsoft"
    if lemma == "incorporate" and not any(c.dep_ in OBJECT_DEPS for c in verb.children):
        founded += [c for c in verb.children if c.dep_ == "nsubj"]  # "Acme incorporated in 1998"
    if not founded and verb.i >= verb.sent.start + 2 and verb.nbor(-1).text == "-" and verb.nbor(-2).lower_ == "co":
        # The small model splits "co-founded" and hangs it loose: "CEO of the company Jobs
        # co-founded 35 years ago". The founded body is the last noun before it that is not its subject.
        split = {verb.i - 2, verb.i - 1, verb.i}
        founded = [t for t in verb.doc[verb.sent.start:verb.i - 2]
                   if t.pos_ in {"NOUN", "PROPN"} and t.head.i not in split][-1:]
    return "business" if any(_is_company(c, lemma) for c in founded) else None


def _is_company(noun: Token, verb_lemma: str) -> bool:
    """A company noun ("the delivery startup"), or an organisation's name whose last word names no
    other kind of body ("Square", "Apple"; not "the Environmental Awareness Group")."""
    lemma = noun.lemma_.lower()
    if lemma in FOUNDED_COMPANY_NOUNS:
        return True
    return (noun.pos_ == "PROPN" and noun.ent_type_ in {"ORG", ""}
            and load_taxonomy().sense_of_object(verb_lemma, lemma) is None and _noun_type(noun) is None)


def _company_buys_a_company(verb: Token) -> bool:
    """'the company purchased streaming leader Twitch', 'Amazon bought Whole Foods': one company
    buying another is a deal (business) in any article, also one about market figures, where a
    purchase is mostly shoppers' spending."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in DEAL_VERBS:
        return False
    lemma = verb.lemma_.lower()
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return (bool(subjects) and bool(objects) and all(_is_company(t, lemma) and t.ent_type_ != "PERSON" for t in subjects)
            # (the small model takes many a company's name for a person's: "streaming leader Twitch")
            and all((_is_company(t, lemma) or t.pos_ == "PROPN") and t.lemma_.lower() not in HOLDING_NOUNS
                    for t in objects))


# People let go: "the driver was terminated", "terminated 300 workers". A contract, a treaty or a
# programme terminated has its own sense (taxonomy.yml object_senses); a pregnancy, a rail line, a
# project or parental rights terminated name no dismissal.
STAFF_NOUNS = {"worker", "employee", "staff", "staffer", "officer", "driver", "teacher", "nurse", "agent",
               "contractor", "executive", "manager", "coach", "director", "guard", "pilot", "player"}


def _terminated_sense(verb: Token) -> str | None:
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "terminate":
        return None
    let_go = _acted_on(verb)
    if any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "nsubjpass" for c in verb.children):
        # "Until being terminated in early September, he had worked"
        let_go += _clause_subjects(verb) or (
            [c for c in verb.head.head.children if c.dep_ == "nsubj"] if verb.dep_ == "pcomp" else [])
    if any((c.pos_ == "PRON" and c.lower_ in {"he", "she", "him", "her", "i", "you"})
           or c.ent_type_ == "PERSON" or c.lemma_.lower() in STAFF_NOUNS for c in let_go):
        return "appointment_resignation"
    return None


# What one steps back from to give up a post: "stepped back from her role", "from day-to-day
# operations", "from politics"; "shares stepped back", "stepped back from the plan" resign nothing.
STEPPED_BACK_FROM = {"role", "duty", "responsibility", "operation", "management", "leadership", "politics", "politic",
                     "life", "helm", "presidency", "chairmanship"}


def _stepped_back_sense(verb: Token) -> str | None:
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "step":
        return None
    back = [c for c in verb.children if c.lower_ == "back" and c.dep_ in {"advmod", "prt"}]
    if not back:
        return None
    office_nouns = load_taxonomy().office_nouns
    for prep in [c for h in (verb, *back) for c in h.children if c.dep_ == "prep"]:
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            kept = obj.lemma_.lower()
            if (prep.lower_ == "from" and (kept in STEPPED_BACK_FROM or kept in office_nouns)) or (
                    prep.lower_ == "as" and kept in office_nouns):
                return "appointment_resignation"
    return None


def _wins_freedom_in_court(verb: Token) -> bool:
    """Whether "won ... freedom" is a person freed by a court ("after two appeals, she won her
    freedom"); a country's or a people's freedom won is no court's act. Other legal objects of
    "win" (an appeal, a case, parole) need no such test."""
    freedoms = [c for c in _acted_on(verb) if c.lemma_.lower() == "freedom"]
    if not freedoms:
        return True
    if any(p.dep_ == "prep" and p.lower_ == "from" for f in freedoms for p in f.children) or any(
            p.dep_ == "prep" and p.lower_ == "from" for p in verb.children):
        return False  # "won its freedom from Britain"
    return any(_is_person(c) or c.lemma_.lower() in HELD_PEOPLE for c in _clause_subjects(verb))


# Verbs that set a person free, and the places they are set free from.
FREEING_VERBS = {"release", "free", "parole"}
CUSTODY_NOUNS = {"prison", "jail", "gaol", "custody", "detention", "penitentiary", "cell"}
# A camp holds prisoners only when it says so ("a labour camp"; not a refugee or a training camp).
CUSTODY_CAMP_MODIFIERS = {"prison", "detention", "internment", "labour", "labor", "concentration", "penal"}
# Words of a court's or a parole board's freeing in the sentence: "granted parole and released",
# "released on bail", "freed after his conviction was overturned". Without one a person freed may
# be a hostage, a patient, a player let go or someone pulled from rubble.
FREEING_CUES = {"parole", "bail", "clemency", "pardon", "court", "judge", "jury", "sentence", "conviction",
                "acquittal", "acquit", "prison", "jail", "custody", "probation", "commutation", "exonerate",
                "overturn", "verdict", "appeal", "prosecutor", "charge"}
# People held in custody (hostages held by kidnappers or fighters are no court's matter).
HELD_PEOPLE = {"prisoner", "inmate", "detainee", "suspect", "convict", "defendant"}


def _freed_sense(verb: Token) -> str | None:
    """'he was granted clemency and released in January', 'freed from prison in 2005', 'released
    the inmate on bail': a person set free by a court or a parole board. A product, a report or a
    hostage released is none ("released the album", "the hostages were freed")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in FREEING_VERBS:
        return None
    places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
    if any(_is_custody(g) for g in places):
        return "legal_judicial"
    if places:
        return None  # "freed from the rubble", "released from hospital", "released from his contract"
    if not any(t.lemma_.lower() in FREEING_CUES for t in verb.sent):
        return None  # "the kidnappers released her", "the Jets released him": no court's act
    passive = any(c.dep_ == "auxpass" for c in verb.children) or (
        verb.dep_ == "conj" and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.head.children))
    freed = [c for c in _acted_on(verb) if c.dep_ in {"dobj", "nsubjpass"}]
    if not passive:
        freed = [c for c in freed if c.dep_ == "dobj"]
    if any(c.lemma_.lower() in HELD_PEOPLE or c.ent_type_ == "PERSON"
           or (c.pos_ == "PRON" and c.lower_ in {"he", "she", "him", "her"}) for c in freed):
        return "legal_judicial"
    return None


def _is_custody(place: Token) -> bool:
    """A prison, a jail, custody, a detention centre or a labour camp."""
    lemma = place.lemma_.lower()
    modifiers = {c.lemma_.lower() for c in place.children if c.dep_ in {"compound", "amod"}}
    if lemma == "camp":
        return bool(modifiers & CUSTODY_CAMP_MODIFIERS)
    return lemma in CUSTODY_NOUNS or bool(modifiers & {"detention", "prison", "jail"})


# Verbs whose subject names a sum ("spending totaled $40 billion"): economic only with an amount reached.
SUM_VERBS = {"total", "reach", "top", "exceed", "surpass", "break"}
SUM_MARKS = {"record", "high", "low", "peak", "level", "mark", "milestone", "threshold"}


def _is_amount(noun: Token) -> bool:
    """'$40 billion', '11,000', '5%', 'a record': what a sum totals, reaches or tops."""
    return noun.lemma_.lower() in SUM_MARKS or any(
        t.like_num or t.is_currency or t.ent_type_ in {"MONEY", "PERCENT", "CARDINAL", "QUANTITY"}
        for t in noun.subtree)


def _is_counted(noun: Token) -> bool:
    """'lost 238,000 subscribers', 'lost jobs': customers or jobs lost as a count (plural, no
    owner); 'lost his job', 'lost her only client' is one person's loss, no figure."""
    return noun.tag_ == "NNS" and not any(c.dep_ == "poss" for c in noun.children)


# What a legislature or a government creates by deciding: a body, a post, a fund, a law or a place
# set apart ("Congress created the Customs Service"); not jobs, a stir or a mess.
CREATED_THINGS = {"create": {"agency", "service", "office", "post", "position", "fund", "commission", "committee",
                             "department", "ministry", "program", "programme", "court", "council", "authority",
                             "board", "bureau", "corps", "guard", "force", "park", "reserve", "zone", "holiday",
                             "law", "tax", "system", "institute", "panel", "tribunal", "register", "registry",
                             "scheme", "body", "administration", "police", "army", "navy", "bank", "district"}}


# Relative pronouns that stand for the noun their clause describes ("a storm that struck").
RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}


def _antecedent(subject: Token) -> Token:
    """The noun a relative pronoun subject stands for: "a winter storm that struck the East on
    Wednesday" is struck by the storm, so the storm names the sense of "struck"."""
    verb = subject.head
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head
    return subject


# Prepositions before the office a person is put in: "elevated to the court", "tapped for a post",
# "picked as ambassador"; "for" only before a post ("nominated for governor" is a candidacy).
OFFICE_PREPS = {"to", "for", "as"}
POSTS = {"post", "job", "position"}


# Endings of common nouns for people ("the lawyer was elevated to the bench", "a chairwoman").
PERSON_NOUN_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "ee", "ant", "ent")
THING_PRONOUNS = {"it", "this", "that", "which"}


def _places_a_person(verb: Token) -> bool:
    """Who is put in the office: the object, else the passive's or the clause's subject, must
    be a person; "the case was moved to a federal court" and "moved it to the board" place a
    thing ("the judge was elevated to the court", "named her chief", "He moved to the board" people)."""
    placed = next((c for dep in ("dobj", "nsubjpass", "nsubj") for c in verb.children if c.dep_ == dep), None)
    if placed is None:
        return True
    if placed.pos_ == "PRON":
        return placed.lower_ not in THING_PRONOUNS
    if placed.ent_type_ in {"FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "DATE", "TIME", "MONEY"}:
        return False  # a name the model may misread as ORG or GPE can still be a person's
    if placed.pos_ == "NOUN":
        lemma = placed.lemma_.lower()
        return lemma in load_taxonomy().office_nouns or lemma.endswith(PERSON_NOUN_ENDINGS)
    return True


# Verbs of a person taking up a role named after "as": "joined the bank as chief economist",
# "returned as an adviser", "joined Channel 4 as a correspondent". The role is an office or a
# job (JOB_NOUNS); the subject, not the object, is the person ("joined the firm").
ROLE_TAKING_VERBS = {"join", "rejoin", "return"}
# Jobs one is hired into, beside the offices (taxonomy.yml office_nouns); a chief or a head before
# any noun makes it one ("chief economist", "head coach"). Not any noun for a person: one joins a
# protest as a student, a club as a member, a march as a volunteer, and returns as a hero.
JOB_NOUNS = {"economist", "correspondent", "analyst", "consultant", "partner", "reporter", "columnist", "anchor",
             "presenter", "producer", "engineer", "scientist", "researcher", "lecturer", "professor", "teacher",
             "president", "counsel", "lawyer", "designer", "strategist", "intern", "trainee", "associate",
             "vice-president", "employee"}


def _role_sense(verb: Token) -> str | None:
    """'joined as chairman in March', 'returned to the company as an adviser in 1996': a person who
    joins or comes back as an office or a job is hired or appointed, whatever the story's topic.
    Without "as" a role ("joined the protest", "returned home") names no appointment."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ROLE_TAKING_VERBS:
        return None
    subjects = [c for c in _clause_subjects(verb) if c.dep_ == "nsubj"]
    if subjects and not all(_is_person(s) for s in subjects):
        return None  # "the troops returned as heroes", "the product returned as a bundle"
    office_nouns = load_taxonomy().office_nouns
    roles = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    if any(r.pos_ == "NOUN" and (r.lemma_.lower() in office_nouns | JOB_NOUNS or any(
            m.dep_ in {"compound", "amod"} and m.lemma_.lower() in office_nouns for m in r.children))
           for r in roles):
        return "appointment_resignation"
    return None


def _is_person(noun: Token) -> bool:
    """A person named, or a personal pronoun ("he", "she", "I")."""
    if noun.pos_ == "PRON":
        return noun.lower_ in PERSONAL_PRONOUNS
    if noun.pos_ == "PROPN":  # a name the small model left untyped is a person's as often as not
        return noun.ent_type_ in {"PERSON", ""}
    return noun.ent_type_ == "PERSON" or (noun.pos_ == "NOUN" and noun.lemma_.lower().endswith(PERSON_NOUN_ENDINGS))


def _office_sense(verb: Token) -> str | None:
    """'elevated Alito to the high court', 'tapped him for an appellate court post', 'nominated
    her to be solicitor general', 'named him chief executive': a verb of placing (taxonomy.yml's
    office_verbs) whose complement names an office (office_nouns) appoints someone. A party's
    nominee ("nominated him for the Senate race") or an award ("nominated for an Oscar") names
    no office and keeps the verb's own type."""
    taxonomy = load_taxonomy()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in taxonomy.office_verbs or not _places_a_person(verb):
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in OFFICE_PREPS:
            named = [g for g in child.children if g.dep_ == "pobj" and (child.lower_ != "for" or g.lemma_.lower() in POSTS)]
        elif child.dep_ in {"oprd", "attr"}:
            named = [child]  # "named him chief executive"
        elif child.dep_ == "xcomp" and child.lemma_.lower() == "be":
            named = [g for g in child.children if g.dep_ == "attr"]  # "to be solicitor general"
        else:
            continue
        named += [g for n in named for g in n.children if g.dep_ == "conj"]
        if any(n.lemma_.lower() in taxonomy.office_nouns for n in named):
            return "appointment_resignation"
    return None


# Verbs that call something by a name ("labeled the accord a fraud"): words said, unless the name
# is a terrorist listing, which a government decides ("designated six groups terrorist
# organizations", "was labeled a terror group by the government").
LABELLING_VERBS = {"label", "brand", "dub", "term"}
LISTING_VERBS = LABELLING_VERBS | {"designate", "declare", "list", "classify", "proscribe"}
LISTED_BODIES = {"organization", "organisation", "group", "entity", "outfit", "network"}


def _labelling_sense(verb: Token) -> str | None:
    """The sense of a verb of naming by its complement (a noun after the object or the passive
    verb, or after "as"): a terrorist listing is a policy decision, any other label something said."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in LISTING_VERBS:
        return None
    names = [c for c in verb.children if c.dep_ in {"oprd", "attr", "xcomp", "ccomp", "dobj"} and c.i > verb.i]
    names += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    names += [g for c in verb.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "appos"]  # "the accord “a fraud”"
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    complements = [n for n in names if n.dep_ != "dobj" or passive or any(
        o.dep_ == "dobj" and o.i < n.i for o in verb.children)]
    for name in complements:
        if name.lemma_.lower() in LISTED_BODIES and any(
                c.lower_ in {"terrorist", "terror"} for c in name.subtree):
            return "policy_decision"
    if lemma in LABELLING_VERBS and complements:
        return "statement"
    return None


def _clause_subjects(verb: Token) -> list[Token]:
    """Who does what a verb says: its subject, else that of the verb it is joined to or hangs
    from ("US-led forces invaded Iraq in 2003 and withdrew in 2011, only to return in 2014")."""
    token = verb
    for _ in range(4):
        subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects or token.dep_ not in {"xcomp", "advcl", "conj", "acomp"} or token.head == token:
            return subjects
        token = token.head
    return []


def _acted_on(verb: Token) -> list[Token]:
    """What a verb acts on: its object or passive subject, or the subject it shares with the verb
    it is joined to ("the video was shot in May and released on Monday"); what a grouping noun
    groups ("posted a series of tweets", "drew a mix of criticism"); without any of these, the
    object of "on" or "to" ("posted on Twitter", "posted to Instagram")."""
    own = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    if verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        own += [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if (verb.dep_ == "relcl" and not own and any(c.dep_ == "nsubj" for c in verb.children)
            and not any(c.dep_ == "nsubj" and c.lower_ in {"who", "which", "that"} for c in verb.children)):
        own.append(verb.head)  # "a commission he appointed in February", "the firm she left in 2010"
    # "produced $2.4 million in revenue", "raised 40,000 in donations": an amount of a thing acts on the thing.
    own += [g for c in own if c.like_num for p in c.children
            if p.dep_ == "prep" and p.lower_ == "in" for g in p.children if g.dep_ == "pobj"]
    containers = load_taxonomy().container_nouns
    own += [g for c in own if c.lemma_.lower() in containers for p in c.children
            if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
            if g.dep_ == "pobj" and _is_grouped(c.lemma_.lower(), g)]
    if not own:  # "posted on Twitter"; "sent letters to the troops" acts on the letters
        own = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in PLATFORM_PREPS
               for g in c.children if g.dep_ == "pobj"]
    return own


def _modifier_sense(noun: Token) -> str | None:
    """A trigger of several senses whose modifier names one of them: "his reelection bid"."""
    senses = load_taxonomy().ambiguous.get(noun.lemma_.lower(), ())
    for child in noun.children:
        if child.dep_ in {"compound", "amod", "nmod"} and child.i < noun.i:
            kind = _noun_type(child)
            if kind in senses and not _names_the_offence(noun, kind):
                return kind
    return None


def _names_the_offence(noun: Token, kind: str) -> bool:
    """'the civil fraud case', 'a murder case': a crime word before a court's word names what the
    case is about; the case itself is the court's (legal_judicial)."""
    return kind == "crime" and load_taxonomy().type_of(noun.lemma_.lower(), "NOUN") == "legal_judicial"


# Prepositions that place a verb's act after or before another happening, which it does not name.
SEQUENCE_PREPS = {"after", "before", "following"}


def _governed_nouns(verb: Token) -> list[Token]:
    """Objects, subjects and prepositional objects of a verb, nearest clause first."""
    nouns = []
    for child in verb.children:
        if child.dep_ in NOUN_DEPS:
            nouns.append(child)
        elif child.dep_ in {"prep", "agent"} and child.lower_ not in SEQUENCE_PREPS:
            # ("fleeing Berlin Monday after the attack": the attack is what the flight follows)
            nouns.extend(g for g in child.children if g.dep_ == "pobj")
    subjects = [n for n in nouns if n.dep_.startswith("nsubj")]
    if verb.dep_ == "conj" and (not subjects or all(_is_elliptical_subject(n) for n in subjects)):
        # "The probe was shelved in 2017 but reopened this year": the second verb shares the subject;
        # "One bombing happened Saturday morning, and one happened Saturday night": "one" stands
        # for the noun of the first clause.
        nouns.extend(c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"})
    nouns = [n for n in nouns if not _modifies_next_object(n, nouns)]
    return sorted(nouns, key=lambda t: (t.dep_ not in {"dobj", "nsubjpass", "attr"}, abs(t.i - verb.i)))


# Words that stand for a noun named just before: "one happened Saturday night", "another followed".
ELLIPTICAL_SUBJECTS = {"one", "another", "two", "three", "both"}


def _is_elliptical_subject(noun: Token) -> bool:
    """A bare "one" or "another" standing for a noun of the clause before ("one bombing happened
    Saturday morning, and one happened Saturday night")."""
    return noun.lower_ in ELLIPTICAL_SUBJECTS and noun.pos_ in {"NUM", "PRON"} and not any(
        c.dep_ == "prep" for c in noun.children)


def _modifies_next_object(noun: Token, nouns: list[Token]) -> bool:
    """'held an emergency All Hands meeting': the parser may split one object in two ("emergency"
    and "meeting"); an object followed by another with nothing but modifiers between modifies it."""
    if noun.dep_ != "dobj":
        return False
    doc = noun.doc
    later = next((n for n in nouns if n.dep_ == "dobj" and n.i > noun.i), None)
    return later is not None and all(t.dep_ in {"det", "compound", "amod", "nmod", "poss"} or t.pos_ == "PROPN"
                                     for t in doc[noun.i + 1 : later.i])


def _sense_lemma(named: Token) -> str:
    """The word whose senses the topic picks: what a grouping noun groups ("the next round of
    tariffs" is no round of talks in a markets story), else the trigger itself."""
    lemma = named.lemma_.lower()
    if named.pos_ in {"NOUN", "PROPN"} and lemma in load_taxonomy().container_nouns:
        grouped = next((g for c in named.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj" and _is_grouped(lemma, g)), None)
        if grouped is not None and load_taxonomy().type_of(grouped.lemma_.lower(), "NOUN") is not None:
            return grouped.lemma_.lower()
    return lemma


def _means_verb(verb: Token) -> Token | None:
    """The gerund that says by what act a verb's clause came about ("made it official by
    announcing", "ended the strike by signing a deal"), else None."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            gerund = next((g for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
            if gerund is not None:
                return gerund
    return None


def _depicting_verb(participle: Token) -> Token | None:
    """The verb whose object or agent a present participle depicts: "posted an image of him
    holding a shirt on Wednesday" (the posting), "abducted by gunmen wearing uniforms in August"
    (the abduction). The participle only describes; the date belongs to the clause's verb."""
    if participle.dep_ != "acl" or participle.tag_ != "VBG":
        return None
    noun = participle.head
    for _ in range(3):
        if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.pos_ == "VERB":
            return noun.head
        if noun.dep_ == "pobj" and noun.head.dep_ in {"prep", "agent"}:
            noun = noun.head.head
            if noun.pos_ == "VERB":
                return noun
            continue
        break
    return None


def _relative_head(verb: Token) -> Token | None:
    """The typed noun a relative clause of intent describes through an infinitive: "a rover NASA
    plans to fly in 2022" (the rover), "the talks both sides hope to resume in May" (the talks)."""
    top = verb
    for _ in range(3):
        if top.dep_ != "xcomp":
            break
        top = top.head
    if top is verb or top.dep_ not in {"acl", "relcl"} or top.lemma_.lower() not in FUTURE_WORDS:
        return None
    return top.head if _noun_type(top.head) is not None else None


def _raised_subjects(verb: Token) -> list[Token]:
    """The subject of the verbs an infinitive hangs from: "The next round of tariffs is due to
    start in December", "Talks are set to resume in May" (the tariffs start, the talks resume)."""
    if any(c.dep_.startswith("nsubj") for c in verb.children):
        return []
    token = verb
    for _ in range(3):
        if token.dep_ not in {"xcomp", "acomp"} or token.head == token:
            break
        token = token.head
        subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return subjects
    return []


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


# Things that record or carry words or pictures: a date on one dates the recording, and what it
# shows or what is said in it is the happening ("In a video dated May 5, the mayor declared").
RECORD_NOUNS = {"video", "footage", "recording", "tape", "clip", "letter", "message", "post", "email", "e-mail",
                "memo", "note", "document", "statement", "photo", "photograph", "picture", "image", "audio",
                "broadcast", "interview", "podcast", "tweet"}
# Verbs by which a recording shows what it holds: "a video showed him speaking".
SHOWING_VERBS = {"show", "depict", "feature", "capture", "contain", "document"}


def _dated_record_clause(walked: Token | None) -> Token | None:
    """'In a video dated May 23, 2015, he declared himself a candidate', 'A video dated Jan. 11
    showed him interviewing the minister': the verb of the clause the dated recording is in."""
    if walked is None or walked.lemma_.lower() != "date" or walked.dep_ != "acl":
        return None
    noun = walked.head
    if noun.lemma_.lower() not in RECORD_NOUNS:
        return None
    if noun.dep_ == "pobj":
        head = noun.head.head
    elif noun.dep_ == "nsubj" and (noun.head.lemma_.lower() in SHOWING_VERBS
                                   or load_taxonomy().type_of(noun.head.lemma_.lower(), "VERB") == "statement"):
        head = noun.head  # "a video dated Jan. 11 showed ...", "a letter dated May 5 said ..."
    else:
        return None  # "a memo dated March 3 was leaked on Friday": the leak has a date of its own
    return head if head is not None and head.pos_ == "VERB" else None


def find_trigger(time_span: Span) -> Token | None:
    """The event verb or noun a time expression belongs to, or None."""
    walked = _walk_to_trigger(time_span)
    walked = _dated_record_clause(walked) or walked
    adjacent = _adjacent_event_noun(time_span)
    # "Calls grew after a US air strike in January 2020": a verb of no type of its own yields to
    # the event noun right before the date; "signed the agreement on May 5" keeps its verb.
    if adjacent is not None and (walked is None or walked.pos_ != "NOUN") and not (
        adjacent.dep_ == "dobj" and adjacent.head == walked
        and (_verb_type(walked) is not None or _object_sense(walked) is not None)
    ) and not _names_the_office(adjacent, walked):
        # "scuttled the talks in September": the verb whose object names its sense keeps the date
        return adjacent
    return walked


def _names_the_office(noun: Token, verb: Token | None) -> bool:
    """'elevated Alito to the high court in January 2006': the court is the office the verb puts
    him in, so the appointment keeps the date (no court event)."""
    return (verb is not None and noun.dep_ == "pobj" and noun.head.head == verb
            and _office_sense(verb) is not None)


def _verb_type(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    if lemma in load_taxonomy().weak_verbs:
        return None
    return load_taxonomy().type_of(lemma, "VERB")


def _adjacent_event_noun(time_span: Span) -> Token | None:
    """'after a US air strike in January 2020', 'the Editions launch tomorrow': the small model
    often hangs the date (with its preposition, or a bare relative date) on another verb."""
    root = time_span.root
    if root.dep_ == "npadvmod" and time_span.start > 0 and time_span[0].lower_ in BARE_RELATIVE_WORDS:
        before = root.doc[time_span.start - 1]
        if before.dep_ == "pobj" and before.head.head == root.head:
            return None  # "will play out in court next year": both hang on one verb, as the parse says
    elif root.dep_ != "pobj" or root.head.i == 0:
        return None
    else:
        before = root.doc[root.head.i - 1]
    if before.dep_ == "pobj" and before.head.lower_ == "under":
        return None  # "was under attack last month": a state, no attack
    if before.pos_ == "NOUN" and _noun_type(before) is not None:
        return before
    return None


# Nouns of a hold that lasts to a stated end: "under contract through 2019".
BINDING_NOUNS = {"contract", "control", "lease", "option", "deal", "agreement", "loan"}


def _bound_until(time_span: Span) -> Token | None:
    """'Steven Wright, under team control through 2020' (a line of a roster list, no verb): the
    end a contract or a hold runs to is a dated state ahead (tests/gold/README set S: "available
    through July 9, 2014"), told by the noun that binds."""
    prep = time_span.root.head
    if time_span.root.dep_ != "pobj" or prep.lower_ not in {"through", "until", "till", "thru"}:
        return None
    noun = prep.head
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in BINDING_NOUNS else None


def _walk_to_trigger(time_span: Span) -> Token | None:
    """Up the parse from the time expression to the first verb or event noun."""
    token = time_span.root
    for _ in range(MAX_HOPS):
        if token.head == token:
            # A verbless fragment ("July 22, 2024") names no event; an event noun at its root does.
            if _misread_present(token) is not None:
                return token  # "The watch ships on Friday", "Pre-orders open on Friday"
            if token.pos_ in {"NOUN", "PROPN"} and _noun_type(token):
                return token
            return _misread_predicate(token) or _bound_until(time_span)
        token = token.head
        while token.dep_ == "conj" and token.pos_ == "PROPN" and token.head.pos_ == "PROPN":
            token = token.head  # "such as iTunes, Google Play and Xbox Video on April 10": a list is one step
        lemma = token.lemma_.lower()
        if token.pos_ in {"VERB", "NOUN"} and lemma in LIGHT_WORDS:
            content = _content_of(token)
            # "the Dialogue held ... in August": the event is the noun the participle describes.
            if content is None and token.dep_ in {"acl", "relcl"}:
                noun = token.head
                content = noun if is_trigger(noun) and noun.pos_ != "VERB" else None
            if content is not None:
                return content
        if token.pos_ == "VERB" and token.dep_ in {"acl", "amod", "compound"} and _after_possessive(token):
            continue  # "during the band's set Monday night": a noun the tagger took for a verb
        if is_trigger(token):
            return token
        if token.pos_ == "AUX" and token.dep_ == "ROOT":
            return token
        if _is_participle_root(token):
            return token
    return None


FRAGMENT_PREPS = {"on", "in"}


def _cut_off_opener(time_span: Span, after: ParsedChunk | None) -> Token | None:
    """'On Dec. 1. Conway suggested she would not ...': a date opener printed with a full stop,
    which the splitter cut off as a sentence of its own, dates the verb of the sentence after it."""
    sent = time_span.sent
    words = [t for t in sent if not t.is_punct]
    if (after is None or not after.is_parsed or len(words) != len(time_span) + 1
            or words[0].lower_ not in FRAGMENT_PREPS or words[0].i + 1 != time_span.start or sent[-1].text != "."):
        return None
    root = next(iter(after.doc.sents)).root
    return root if root.pos_ == "VERB" and root.tag_ in {"VBD", "VBZ", "VBP"} and is_trigger(root) else None


def _misread_predicate(root: Token) -> Token | None:
    """'In 1999, the method by which firms added servers had become routine': the small model may
    read a long subject as the root noun and its verb as a relative clause on it. A finite verb
    with its own subject hung there as a relative clause that runs to the end of the sentence is
    the sentence's verb ("the method that firms used" ends on its noun)."""
    if root.pos_ not in {"NOUN", "PROPN"}:
        return None
    last = max((t.i for t in root.sent if not t.is_punct), default=root.i)
    opened = root.i > root.sent.start and root.doc[root.i - 1].text == ","
    return next((c for c in root.children if c.dep_ == "relcl" and c.pos_ in {"VERB", "AUX"} and c.right_edge.i == last
                 and any(a.dep_ == "aux" and a.tag_ in {"VBD", "VBZ", "VBP", "MD"} for a in c.children)
                 and any(a.dep_ == "nsubj" and a.lower_ not in RELATIVE_PRONOUNS for a in c.children)), None) or next(
        # "Just before 8 in the morning on Monday, cellphones chimed in unison across New York City":
        # after an opening phrase, the past verb right after the subject, read as a participle
        (c for c in root.children if opened and c.dep_ == "acl" and c.i == root.i + 1 and c.tag_ in {"VBD", "VBN"}
         and c.right_edge.i == last), None)


def _verb_forms(participle: str) -> list[str]:
    """Candidate verb lemmas of a past participle: qualified -> qualify, closed -> close."""
    stem = participle[:-2]
    forms = [participle[:-3] + "y"] if participle.endswith("ied") else []
    forms += [participle[:-1], stem]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        forms.append(stem[:-1])  # stopped -> stop
    return forms


def _is_participle_root(token: Token) -> bool:
    """'Four teams all qualified Saturday': a clause's past participle the tagger took for an
    adjective (a root in -ed with a subject and no copula) is its verb."""
    return (token.pos_ == "ADJ" and token.dep_ == "ROOT" and token.lower_.endswith("ed")
            and any(c.dep_ == "nsubj" for c in token.children)
            and not any(c.lemma_ == "be" for c in token.children))


def tense_of(trigger: Token) -> str:
    """past, future or unknown, from the trigger's auxiliaries and the verbs that govern it.

    A to-infinitive is future only under a verb of intent ("plans to meet", "is set to begin");
    elsewhere ("decided to reopen", "rallied to win") the governing verb's tense decides.
    "would" is reported speech or a condition: unknown, so the nearest date wins.
    """
    if _misread_present(trigger) is not None:
        return "future"  # "The watch ships on Friday": a dated present schedules
    chain = [trigger, *list(trigger.ancestors)[:3]]
    for position, token in enumerate(chain):
        if token.lemma_.lower() in FUTURE_WORDS and token.pos_ in {"VERB", "ADJ"} and not _after_possessive(token):
            # "was due to be released in September", "had planned to visit in May": a future
            # seen from the past may be before or after publication, so the nearest date wins.
            return "unknown" if _seen_from_the_past(token) else "future"
        for child in token.children:
            if child.dep_ not in {"aux", "auxpass"}:
                continue
            if child.lower_ == "would":
                return "unknown"
            if child.lower_ in FUTURE_WORDS:
                return "future"
            if child.tag_ == "TO" and token.head.lemma_.lower() in FUTURE_WORDS | STRIVING_WORDS:
                return "unknown" if _seen_from_the_past(token.head) else "future"
        if token.pos_ == "VERB":
            if token.tag_ == "VBD":
                return "past"
            if position == 0 and _is_scheduling_present(token):
                return "future"
            if (position == 1 and token.lemma_.lower() in SCHEDULED_LEMMAS and trigger.dep_ == "nsubj"
                    and trigger.head == token and _is_scheduling_present(token)):
                return "future"  # "Preorders begin Friday", "Talks resume Monday": what begins is scheduled
            if token.tag_ == "VBN" and any(c.dep_ in {"aux", "auxpass"} for c in token.children):
                return "past"
            if token.tag_ == "VBN" and token.dep_ in {"acl", "relcl"}:
                return "past"
    return "unknown"


# Verbs of working towards what their infinitive says, which is still ahead: "we are working to
# return to flight in early January", "crews are racing to restore power by Friday".
STRIVING_WORDS = {"work", "strive", "race", "scramble", "push", "rush", "struggle"}


def _after_possessive(token: Token) -> bool:
    """'the band's set Monday night': a word right after a possessive is a noun, not a verb."""
    return token.i > 0 and token.doc[token.i - 1].tag_ == "POS"


def _is_scheduling_present(verb: Token) -> bool:
    """A dated present tense schedules: "reports earnings Wednesday", "they play Saturday", "the
    tour kicks off June 9th", "is holding talks Friday". Saying verbs ("says Monday") report the
    past, and a stative "is"/"has" dates no happening of its own."""
    from newsfacts.extract.citations import SPEECH_VERBS

    lemma = verb.lemma_.lower()
    releases = any(c.dep_ == "dobj" and _noun_type(c) == "economic_release" for c in verb.children)
    # "the bank concludes two days of meetings Thursday": to conclude a thing is to end it, not to say
    releases = releases or (lemma == "conclude" and any(c.dep_ == "dobj" for c in verb.children))
    if (lemma in SPEECH_VERBS and not releases) or lemma in {"be", "have"} or any(
            c.dep_ == "ccomp" for c in verb.children):
        return False  # "says", "we believe Q3 comps were", "has": no schedule; "reports earnings Wednesday" is one
    if verb.tag_ in {"VBZ", "VBP"}:
        return not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} and c.lemma_ == "be" for c in verb.children)


def _is_scheduled_by_copula(span: Span) -> bool:
    """'The launch is Tuesday', 'the vote is on Thursday': a present copula that puts a happening
    on a weekday schedules it (the coming one), as a present verb does ("they play Saturday")."""
    root, head = span.root, span.root.head
    if root.dep_ == "npadvmod" and _is_clock(head) and head.dep_ == "pobj" and head.head.lower_ == "at":
        # "Kickoff is at 1 p.m. Saturday", "The concert is at 8 p.m. Friday": the day hangs on
        # the clock time, which the copula puts on the schedule.
        root, head = head, head.head
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in {"on", "at"}:
        head = head.head
    if (root.dep_ in {"nsubj", "npadvmod"} and root.i < head.i and head.lemma_ == "be" and head.tag_ == "VBZ"
            and any(c.dep_ == "attr" for c in head.children)
            and not any(c.dep_ in {"nsubj", "expl"} and c != root for c in head.children)
            and not any(r.dep_ in {"relcl", "acl"} and r.tag_ == "VBD"
                        for c in head.children if c.dep_ == "attr" for r in c.children)):
        # ("Sunday is the day he died": a past clause on the attribute says which, a past one)
        return True  # "Saturday is the 75th anniversary", "Tuesday is polling day": the coming one
    return (root.dep_ in {"npadvmod", "attr", "pobj"} and head.lemma_ == "be" and head.tag_ in {"VBZ", "VBP"}
            and any(c.dep_ == "nsubj" for c in head.children))


def _is_clock(token: Token) -> bool:
    """'1 p.m.', '8:30 a.m.', 'noon': a time of day."""
    return token.ent_type_ == "TIME" or token.lower_ in {"p.m.", "a.m.", "pm", "am", "noon", "midnight"}


def _seen_from_the_past(token: Token) -> bool:
    """'was due', 'were expected', 'had planned', 'planned to': an intent stated in the past."""
    if token.tag_ == "VBD":
        return True
    if any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in token.children):
        return True
    return token.dep_ == "acomp" and token.head.tag_ == "VBD"  # "was due"


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
        controller = _object_controller(verb)
        if controller is not None:
            heads.append(controller)  # "Iraq wants the coalition to withdraw": the coalition acts
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


def _object_controller(verb: Token) -> Token | None:
    """The object that does what an infinitive says: 'wants the coalition to start withdrawing',
    'looking at the coalition to begin withdrawing' (the chain of xcomps is followed up)."""
    top = verb
    while top.dep_ == "xcomp" and top.head.dep_ == "xcomp":
        top = top.head
    if top.dep_ != "xcomp":
        return None
    head = top.head
    for child in head.children:
        if child.i >= top.i:
            continue
        if child.dep_ == "dobj":
            return child
        if child.dep_ == "prep" and child.lower_ in {"at", "for", "on"}:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


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


# Openers of a line that credits where a text or an excerpt came from.
CREDIT_OPENERS = {"from", "via", "source", "excerpted", "adapted"}
# Participles of a picture's caption: "Dorsett, photographed in his home December 19, 2013, faces".
PHOTO_PARTICIPLES = {"photograph", "picture", "photographed", "pictured"}


def _is_source_credit(span: Span) -> bool:
    """'From “Tony Dorsett Is Losing His Mind,” February 2014.', 'Via “The Long Road,” The Atlantic,
    May 2015': a line that credits a quoted title and its issue's date, no happening (the words of
    the title are no clause of the text)."""
    sent = span.sent
    tokens = [t for t in sent if not t.is_punct or t.text in QUOTE_MARKS | QUOTE_ENDS | {'"'}]
    if len(tokens) < 3 or tokens[0].lower_ not in CREDIT_OPENERS or tokens[1].text not in QUOTE_MARKS | {'"'}:
        return False
    closing = [t for t in sent if t.text in QUOTE_ENDS | {'"'} and t.i > tokens[1].i]
    return bool(closing) and closing[-1].i < span.start and not any(
        t.pos_ == "VERB" for t in sent.doc[closing[-1].i + 1 : span.start])


def _is_photo_caption(span: Span) -> bool:
    """'Dorsett, photographed in his home December 19, 2013, faces his old helmet': a participle of
    a picture set between commas after its subject dates the photograph, a caption's credit, no
    happening the text reports."""
    verb = next((a for a in span.root.ancestors if a.pos_ == "VERB"), None)
    if verb is None or verb.lower_ not in PHOTO_PARTICIPLES or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    # (the small model may take the participle for the main verb and the present for its conjunct)
    return any(t.pos_ == "VERB" and t.tag_ in {"VBZ", "VBP"} for t in span.doc[span.end : span.sent.end])


def _is_stamp(span: Span) -> bool:
    """A publication stamp ("Published in Dawn, January 26th, 2024", "Updated Monday"), not an
    event; "a study published Monday in the journal" dates the study."""
    first = span.sent[0].lower_
    before = span.doc[span.start - 1] if span.start > 0 else None
    if _is_page_note(span) or _is_data_credit(span) or _is_reading_instruction(span):
        return True
    if any(t.lower_ in {"©", "copyright"} for t in span.doc[span.sent.start : span.start]):
        return True  # "photos © Studio X, 2018": a credit line
    if _is_source_credit(span) or _is_photo_caption(span):
        return True
    return first in STAMP_WORDS or (before is not None and before.lower_ in STAMP_WORDS and (
        before.i == span.sent.start or before.text[:1].isupper())) or _is_clock_stamp(span) or _is_byline_stamp(span) \
        or _is_date_line(span)


DATELINE_DASHES = {"--", "—", "–", "-"}


def _opens_a_line(text: str, at: int) -> bool:
    """Whether only blanks stand between the start of the text, or of a line, and `at`."""
    return not text[text.rfind("\n", 0, at) + 1 : at].strip()


def _is_bracketed_dateline(span: Span) -> bool:
    """'WASHINGTON (Aug. 13) -- The Pentagon said', 'LONDON, England (May 2) — ': a date in
    brackets after the place a story opens on, and before the dash that ends the dateline, is
    the day of the report, no happening ("The vote (on May 2) was close" has no opening place); so
    is a whole date set off by a comma after the place and ended by the dash ("DUBLIN, July 2, 2014
    — Acme today announced")."""
    doc, sent = span.doc, span.sent
    bracketed = (span.start >= 2 and span.end + 1 < len(doc) and doc[span.start - 1].text == "("
                 and doc[span.end].text == ")" and doc[span.end + 1].text in DATELINE_DASHES)
    # "DUBLIN, July 2, 2014 — Acme today announced": a whole date between the place and the dash
    after_comma = (span.start >= 2 and span.end < len(doc) and doc[span.start - 1].text == ","
                   and doc[span.end].text in DATELINE_DASHES and _has_year(span)
                   and any(t.lower_ in MONTH_NUMBERS for t in span))
    # "HONOLULU, Dec. 23 (UPI) — Researchers": a date after the place, then the wire agency in
    # brackets and the dash: the agency's stamp of the report, with or without its year
    agency_stamp = (span.start >= 2 and span.end + 3 < len(doc) and doc[span.start - 1].text == ","
                    and doc[span.end].text == "(" and doc[span.end + 1].is_upper and doc[span.end + 1].is_alpha
                    and doc[span.end + 2].text == ")" and doc[span.end + 3].text in DATELINE_DASHES
                    and any(t.lower_ in MONTH_NUMBERS for t in span))
    if not (bracketed or after_comma or agency_stamp):
        return False
    place = [t for t in doc[sent.start : span.start - 1] if not t.is_space and t.text != ","]
    return bool(place) and len(place) <= 5 and all(
        t.is_upper or (t.ent_type_ in PLACE_LABELS and t.text[:1].isupper()) for t in place)


# A credit for the data a chart or a map shows: "(Data from OSM, April, 2018.)", "Source: Eurostat,
# May 2019". The date says when the data was taken, no happening.
CREDIT_WORDS = {"data", "source", "sources", "figures", "chart", "map", "graphic"}
CREDIT_LINKS = {"from", ":", "via", "by"}


def _is_data_credit(span: Span) -> bool:
    """'(Data from OSM, April, 2018.)': a verbless credit line opening on data or a source."""
    words = [t for t in span.sent if t.text not in {"(", "[", "\n"} and not t.is_space]
    if len(words) < 3 or words[0].lower_ not in CREDIT_WORDS or words[1].lower_ not in CREDIT_LINKS:
        return False
    return not any(t.pos_ in {"VERB", "AUX"} for t in span.sent)


SENTENCE_ENDS = {".", "?", "!", "…"}
GLUED_WEEKDAY = re.compile(r"[.?!…](?:mon|tues|wednes|thurs|fri|satur|sun)day$", re.IGNORECASE)


def _is_date_line(span: Span) -> bool:
    """'... its recovery?Monday, 6 January 2020': a whole date with its year (a weekday before it
    at most) that stands between the end of a sentence, or the start of the text, and the end of
    the line is a page's date line, glued to the text by the extractor, no happening."""
    if not _has_year(span) or not any(t.lower_ in MONTH_NUMBERS for t in span):
        return False
    doc = span.doc
    end = span.end
    while end < len(doc) and doc[end].is_space:
        end += 1
    if end < len(doc) and "\n" not in doc[span.end - 1].whitespace_ + "".join(t.text for t in doc[span.end:end]):
        return False
    i = span.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i >= 0 and doc[i].lower_ in WEEKDAYS:
        i -= 1
    elif i >= 0 and GLUED_WEEKDAY.search(doc[i].text):
        return True  # "recovery?Monday": the tokenizer kept the weekday on the sentence's last word
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i < 0 or doc[i].text in SENTENCE_ENDS or "\n" in doc[i].whitespace_


# The page itself as the subject of a note on when it came out: "This article was originally
# published on", "This story was updated Monday", "A version of this post appeared in 2017".
# ("this report" in news is as often a report the story cites, so it is no page noun)
PAGE_NOUNS = {"article", "story", "post", "piece", "column", "review", "guide", "page", "version"}
PAGE_NOTE_VERBS = {"publish", "update", "post", "appear", "run", "write", "modify", "print", "originally"}


# A note that the page was changed after it came out: "This post was edited on 9 July to add",
# "This article was corrected on Monday". A correction is something the publisher says
# (README: a dated correction note is a statement), dated on or after publication.
EDIT_NOTE_VERBS = {"edit", "correct", "amend", "revise"}


# "This review was amended in March" may be a government's review, "this guide" an agency's.
EDIT_NOTE_NOUNS = PAGE_NOUNS - {"review", "guide"}


# Labels that open a dated note on the page's own changes: "Correction 8/29/10:", "Update, May 3:".
EDIT_NOTE_LABELS = {"correction", "corrections", "clarification", "update", "updated", "editor's", "editors"}


# An "Update, Aug. 12: Police arrested a suspect" line tells news of its own: its happening keeps
# its type and tense; only an update line with no happening of its own is the publisher's note.
UPDATE_LABELS = {"update", "updated"}
# What an update line says of the page itself ("Update July 3rd: Article updated with a tweet").
UPDATE_NOTE_VERBS = EDIT_NOTE_VERBS | PAGE_NOTE_VERBS | {"add", "clarify", "include", "remove", "reflect"}


# A note added under a story after it came out: "Update:" alone on its line, or opening the paragraph.
UPDATE_NOTE_LINE = re.compile(r"\s*(?:update|updated)(?:\s+\d+)?\s*:", re.IGNORECASE)
# How many days after publication an update's month and day may fall.
UPDATE_REACH = timedelta(days=31)


def _in_update_note(body: str, at: int) -> bool:
    """Whether the paragraph at `at` opens with an "Update:" label or follows a line that is only
    that label: the note a writer adds below the story days after it came out."""
    start = body.rfind("\n", 0, at) + 1
    if UPDATE_NOTE_LINE.match(body, start):
        return True
    before = body.rfind("\n", 0, max(start - 1, 0)) + 1
    line = body[before:start]
    return start > 0 and bool(UPDATE_NOTE_LINE.match(line)) and len(line.strip()) <= 12


def _update_day(resolved: ResolvedDate | None, published: date | None) -> ResolvedDate | None:
    """'Update: On December 29, I got a reply' under a story of December 28: an update tells what
    came after publication, so a month and day just after it is that year's, not a year before."""
    if resolved is None or published is None or resolved.precision != "day":
        return None
    try:
        ahead = resolved.value.replace(year=published.year)
    except ValueError:
        return None
    return ResolvedDate(ahead, "day") if published < ahead <= published + UPDATE_REACH else None


def _is_edit_note(span: Span) -> bool:
    return _is_page_note(span, EDIT_NOTE_VERBS, EDIT_NOTE_NOUNS) or (
        _is_labelled_edit_note(span) and span.sent[0].lower_ not in UPDATE_LABELS)


def _is_labelled_edit_note(span: Span) -> bool:
    """'Correction 8/29/10 7:05 a.m.: A previous version of this story ...', 'Clarification, May
    3:': a label that opens the line and the date right after it (a comma or a colon between at
    most) date a note by the publisher ("Correction officers on Monday said" names a job)."""
    sent = span.sent
    label = sent[0]
    between = span.doc[label.i + 1 : span.start]
    note = "".join(t.text_with_ws for t in span.doc[label.i : span.start]).lower().rstrip(" ,:-")
    return (label.lower_ in EDIT_NOTE_LABELS or note in {"editor's note", "editors' note"}) and (
        label.text[:1].isupper() and span.start > label.i
        and all(t.text in {",", ":", "-", "—", "–"} or t.lower_ == "note" or t.lower_ in {"'s", "’s"}
                for t in between))


def _is_page_note(span: Span, verbs: set[str] = PAGE_NOTE_VERBS, nouns: set[str] = PAGE_NOUNS) -> bool:
    """'This article was originally published on November 20, 2019', 'This story was updated
    Monday': a note on the page's own publication is furniture, like a stamp ("an article
    published Monday in Science" cites another text: no "this")."""
    sent = span.sent
    words = [t for t in sent if not t.is_punct]
    if len(words) < 3 or words[0].lower_ != "this" and not (
            words[0].lower_ in {"a", "an"} and words[1].lower_ == "version"):
        return False
    # the head of the subject: "This blog post" is a post ("blog" only says which kind)
    noun = next((t for t in words[1:4] if t.pos_ in {"NOUN", "PROPN"} and t.dep_ != "compound"), None)
    return (noun is not None and noun.lemma_.lower() in nouns
            and any(t.lemma_.lower() in verbs and t.pos_ == "VERB" for t in sent if t.i < span.start))


# Editions of a text a reader is sent to: "Read the print version in stores December 27".
READING_VERBS = {"read", "find", "get", "buy", "purchase", "pick"}


def _is_reading_instruction(span: Span) -> bool:
    """'Read the print version in stores December 27', 'Read the full story Monday': a sentence
    that opens on an imperative sending the reader to an edition of the page is furniture, no
    happening ("Police read the statement Monday" has a subject)."""
    sent = span.sent
    words = [t for t in sent if not t.is_punct]
    if not words or words[0].lemma_.lower() not in READING_VERBS or words[0].tag_ != "VB":
        return False
    verb = words[0]
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in PAGE_NOUNS | {"issue", "edition", "copy"}
               for c in verb.children)


# A clock time ("11:28", "9.05") and what may stand between a page's date and it.
CLOCK_RE = re.compile(r"^(?:[01]?\d|2[0-3])[:.][0-5]\d$")
CLOCK_SEPARATORS = {"-", "–", "—", "|", "•", "·", "/", ","}
# Most names a byline gives before its date: "by Jeff Foust", "By Mary Ann van der Berg".
BYLINE_NAME_WORDS = 4


def _is_clock_stamp(span: Span) -> bool:
    """'November 20, 2019 - 11:28 AMT', 'Nov 26, 2019 | 09:14 GMT', 'November 26, 2019 9:00 AM':
    a whole date with its year and a clock time after it is the stamp of a page or of a linked
    story, no happening (prose puts the hour first: "at 6:38 p.m. on Saturday, May 18")."""
    if not _has_year(span) or not any(t.lower_ in MONTH_NUMBERS for t in span):
        return False
    doc = span.doc
    after = [t for t in doc[span.end : span.end + 2]]
    if after and after[0].text in CLOCK_SEPARATORS:
        after = after[1:]
    return bool(after) and CLOCK_RE.match(after[0].text) is not None


def _is_byline_stamp(span: Span) -> bool:
    """'by Jeff Foust Monday, November 18, 2019': a whole date right after a byline's name is the
    day the piece was filed. A passive's agent ("signed by Trump on Monday") follows a participle."""
    if not _has_year(span) or not any(t.lower_ in MONTH_NUMBERS for t in span):
        return False
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].text in {",", "|", "-", "–", "—"}:
        i -= 1
    names = 0
    while i >= 0 and names < BYLINE_NAME_WORDS and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper():
        i -= 1
        names += 1
    if not names or i < 0 or doc[i].lower_ != "by":
        return False
    previous = doc[i - 1] if i > 0 else None
    return previous is None or previous.tag_ not in {"VBN", "RB"}


def _tells_a_happening_beside(verb: Token) -> bool:
    """'On Sunday the crowd was 45,000 as the Yankees beat Boston', 'On Tuesday the toll was 42
    after the building collapsed': a clause of a happening beside the reading keeps the date."""
    taxonomy = load_taxonomy()
    subjects = {t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
    return any(t.dep_ in {"advcl", "conj", "relcl"} and t.pos_ == "VERB" and t.i not in subjects
               and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)
               and taxonomy.type_of(t.lemma_.lower(), "VERB") not in {None, "economic_release"}
               for t in verb.subtree)


PERSONAL_PRONOUNS = {"he", "she", "i", "you", "we", "they"}


def _earns_a_pay(verb: Token) -> bool:
    """'He'll make $13.5 million this year', 'she earned $400,000 last year': what a person is paid
    over a period is a value of the period (a company that "earned $5 billion in 2019" reports
    results, no pay)."""
    if verb.lemma_.lower() not in {"make", "earn"}:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.lower_ in PERSONAL_PRONOUNS or subject.ent_type_ == "PERSON"):
        return False
    return any(c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or any(g.ent_type_ == "MONEY" for g in c.subtree))
               for c in verb.children)


def _dates_a_value(span: Span) -> bool:
    """'The company had 12,500 employees on June 30', 'On Friday its market value was $90
    billion': the date a count or an amount holds, not a happening ("The vote was 5-4 on Friday"
    has a happening for its subject)."""
    verb = next((a for a in span.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is not None and verb.lemma_.lower() == "be":
        amount = next((c for c in verb.children if c.dep_ == "attr"), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        # (not "Q3 sales were $5 billion": a period on the subject names the reading's period;
        # nor "the victim was one of two": a member, no amount)
        return (amount is not None and subject is not None and subject.pos_ == "NOUN"
                and span.root not in subject.subtree
                and (amount.like_num or amount.ent_type_ in {"MONEY", "PERCENT", "QUANTITY"})
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in amount.children)
                and load_taxonomy().type_of(subject.lemma_.lower(), "NOUN") is None
                and not _tells_a_happening_beside(verb))
    if verb is not None and _earns_a_pay(verb):
        return True  # "He'll make $13.5 million this year": a salary for the year (README set H's "For 2014, the penalty is")
    if verb is None or verb.lemma_.lower() not in {"have", "employ", "count"}:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and any(c.dep_ == "nummod" and c.like_num for c in obj.children)


# Saying verbs whose negation affirms what they report ("did not deny", "never disputed").
AFFIRMED_WHEN_NEGATED = {"deny", "dispute", "contest", "refute", "reject"}
# Clauses that describe a noun ("the man, who was arrested on Friday", "the talks held on Monday").
NOUN_CLAUSES = {"relcl", "acl", "appos"}


def _describes_a_state(span: Span) -> bool:
    """'Rigor in 2026 is not about enforcing sameness', 'The outlook in 2027 is bleak': a period on
    the subject of a present "is" says what a thing is then, no happening ("The election in 2026
    is a test" names one: an event noun)."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return False
    subject = prep.head
    verb = subject.head
    return (subject.dep_ == "nsubj" and subject.pos_ in {"NOUN", "PROPN"} and _noun_type(subject) is None
            and verb.lemma_ == "be" and verb.tag_ in {"VBZ", "VBP"}
            and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
            and not _tells_what_happens(verb))


def _tells_what_happens(verb: Token) -> bool:
    """'The big difference in 2017 is that Google will compete': a "that" clause after the "is"
    tells a happening of the period, not what a thing is then."""
    return any(c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"} and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children) and any(
        a.dep_ == "aux" and a.lower_ in {"will", "'ll", "would"} for a in c.children) for c in verb.children)


def _awaited_happening(span: Span) -> Token | None:
    """'Trump's inauguration is still a month away': the happening a present "be" puts that far
    ahead ("The town is a day away by boat" names none)."""
    verb = next((a for a in span.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.lemma_ != "be" or verb.tag_ not in {"VBZ", "VBP"}:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and _noun_type(subject) is not None else None


def _in_present_state(trigger: Token) -> bool:
    """'It adopted the system in 2012. Four years later, the technology has some of the same
    limitations': a present "has" or "is" after a counted date tells how things stand now, no
    happening of that date."""
    if (trigger.lemma_ in {"be", "have"} and trigger.tag_ in {"VBZ", "VBP"}
            and not any(c.dep_ in {"aux", "auxpass"} for c in trigger.children)):
        return True
    # "three weeks later, people still aren't learning the lessons": what has still not happened
    # by now ("nine years later, Marines are still fighting" tells what goes on then)
    return (trigger.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} for c in trigger.children)
            and any(c.lower_ == "still" and c.dep_ == "advmod" for c in trigger.children)
            and any(c.dep_ == "neg" for c in trigger.children))


def _in_unsaid_words(span: Span) -> bool:
    """'I can't say "can you give me until tomorrow?"', 'he never said the deal would close in
    May': words a negated saying verb reports were not said, so they date nothing."""
    def unsaid(verb: Token) -> bool:
        # ("did not deny that he met her on Monday" grants the meeting: a denial negated affirms)
        return (load_taxonomy().type_of(verb.lemma_.lower(), "VERB") == "statement"
                and verb.lemma_.lower() not in AFFIRMED_WHEN_NEGATED
                and any(c.dep_ == "neg" for c in verb.children))

    token = span.root
    for _ in range(MAX_HOPS):
        if token.head == token:
            break
        if token.dep_ in NOUN_CLAUSES:
            # "did not say why the man, who was arrested on Friday, was released": a clause
            # describing a noun is the writer's own telling, not the words left unsaid
            return False
        if token.dep_ == "ccomp":
            return unsaid(token.head)
        token = token.head
    # The parse may hang the saying verb under the quotation: the verb right before the quote
    # mark that opens the words the date stands in.
    marks = [t for t in span.doc[span.sent.start : span.start] if t.text in QUOTE_MARKS | QUOTE_ENDS]
    opener = marks[-1] if marks and marks[-1].text in QUOTE_MARKS else None
    return (opener is not None and opener.i > span.sent.start
            and span.doc[opener.i - 1].pos_ == "VERB" and unsaid(span.doc[opener.i - 1]))


def _ranks_in_period(span: Span) -> bool:
    """'this year's best new character', 'last season's top scorer': a possessive period that
    ranks a thing among others names no happening ("last year's election" still does); so does
    the period after "of" on a ranked noun ("the best ensemble cast of this year")."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.dep_ == "prep":
        head = head.head
    elif root.dep_ != "poss":
        return False
    if head.pos_ not in {"NOUN", "PROPN"} or _noun_type(head) is not None:
        return False
    return any(t.dep_ == "amod" and (t.tag_ == "JJS" or t.lower_ in {"best", "worst", "top"})
               for c in head.lefts for t in c.subtree)  # ("the best ensemble cast": "best" on "ensemble")


# Periods whose possessive can name a thing by its year or issue: "next year's model", "this
# week's podcast", "last season's jersey" (a weekday's possessive stays one happening's day:
# "Saturday night's captures").
PERIOD_POSSESSIVE_UNITS = {"year", "month", "week", "season", "spring", "summer", "fall", "autumn", "winter"}

def _names_by_period(span: Span) -> bool:
    """'Next year's model will have a bigger screen', 'This week's podcast is sponsored by',
    'last year's album': a possessive period on a product or a published work says which one is
    meant ("last year's election", "next year's tournament", "last year's list" still date one)."""
    root, doc = span.root, span.doc
    if span[0].lower_ not in {"last", "this", "next", "past"} or span[-1].lower_ not in PERIOD_POSSESSIVE_UNITS:
        return False
    if span.end >= len(doc) or doc[span.end].text not in {"'s", "’s"}:
        return False
    head = root.head if root.dep_ == "poss" else next(
        (t for t in doc[span.end + 1 : span.end + 4] if t.pos_ in {"NOUN", "PROPN"}), None)
    if head is None or head.pos_ not in {"NOUN", "PROPN"}:
        return False
    # "this year's edition of the festival": what the noun is an edition or part of may happen.
    parts = [head, *(g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj")]
    return head.lemma_.lower() in THING_NOUNS and all(_noun_type(t) is None or t.lemma_.lower() in THING_NOUNS
                                                      for t in parts[1:])


# Works of fiction, and the parts of one, whose time is the one their story is set in.
FICTION_NOUNS = {"film", "movie", "novel", "book", "play", "story", "series", "show", "musical", "opera",
                 "drama", "comedy", "thriller", "episode", "game", "action", "plot", "narrative", "tale",
                 "sequel", "prequel", "romance", "saga", "adaptation", "fiction", "scene", "chapter"}


def _is_fiction_setting(span: Span) -> bool:
    """'The novel is set in 1930s Berlin', 'the film, set in the summer of 1969', 'the play takes
    place on a single night in December 1944': the time a story is set in is the story's, not a
    happening in the world ("the record was set in 2017" is one; "the play took place" too)."""
    if not any(re.match(r"^(?:1\d|20)\d\d(?:s|’s|'s)?$", t.text) for t in span):
        return False  # ("the game takes place on Sunday", "the show is set for Friday": a fixture)
    verb = next((a for a in span.root.ancestors if a.pos_ == "VERB"), None)
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    if lemma == "set" and verb.tag_ == "VBN" and not any(c.lower_ == "for" for c in verb.children):
        work = verb.head if verb.dep_ == "acl" else next(
            (c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    elif lemma == "take" and verb.tag_ in {"VBZ", "VBP"} and any(
            c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children):
        work = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    else:
        return False
    return work is not None and work.lemma_.lower() in FICTION_NOUNS


def _turns_an_age(trigger: Token) -> bool:
    """'the quarterback, who turns 30 in March', 'she turned 40 last year': the date an age is
    reached is an age, not a happening (README: ages are no events)."""
    return (trigger.pos_ == "VERB" and trigger.lemma_.lower() == "turn"
            and any(c.dep_ in {"dobj", "attr", "acomp", "npadvmod"} and c.like_num for c in trigger.children))


def _holds_as_of(span: Span, trigger: Token) -> bool:
    """'As of October, the airline had 270 jets': the date a value holds. A future clause ('as of
    May 1, the new fares will apply') dates when something starts."""
    doc = span.doc
    if not (span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ == "as"):
        return False
    # "the Fed sees three hikes instead of the two foreseen as of September": the participle the
    # date hangs on says when the value held, whatever the main verb schedules
    if span.start >= 3 and doc[span.start - 3].tag_ == "VBN":
        return True
    return tense_of(trigger) != "future"


def _tense_for(span: Span, trigger: Token) -> str:
    """The tense that resolves a date: a date set on a noun ("Trump's July 25 call") names that
    one-off happening whatever the verb around it says ("is likely to face questions about")."""
    root = span.root
    tense = tense_of(trigger)
    if tense == "future" and root.dep_ in {"compound", "nmod"} and root.head.pos_ == "NOUN":
        return "unknown"  # the nearest such date; a past verb ("arrested for a March 21 call") keeps past
    if tense == "unknown" and span.start > 0 and span.doc[span.start - 1].lower_ in {"until", "till"} and not any(
            t.tag_ == "VBD" for t in [trigger, *(c for c in trigger.children if c.dep_ in {"aux", "auxpass"})]):
        # "workers must wait until July", "can't vote until March": a bound still ahead ("Until
        # July he was captain", "until March she had been a teacher" look back)
        return "future"
    if tense == "unknown" and span.start > 0 and span.doc[span.start - 1].lower_ == "since":
        return "past"  # "has been open since Christmas": since a time gone by
    if tense == "unknown" and holiday_name([t.lower_ for t in span]) is not None and any(
            c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in trigger.children):
        # "Fireworks were set off on New Year's Eve": a holiday told in the past is the last one,
        # not the nearest (a holiday is one day a year, often weeks ahead of the story)
        return "past"
    if tense != "unknown" and _on_a_noun_phrase(span, trigger):
        return "unknown"  # "contenders at the Oscars on Feb. 9 were not nominated": the nearest Feb. 9
    return tense


def _on_a_noun_phrase(span: Span, trigger: Token) -> bool:
    """'the contenders for best picture at the Oscars on Feb. 9 were not nominated', 'the big
    winner at the Producers Guild Awards on Saturday': a date on an occasion named after "at",
    inside the subject or a noun set beside one, has no verb of its own; the tense of the clause's
    verb (past, or a present that schedules) says nothing of it, so the nearest such day is meant.
    An object's date is the verb's ("boarded a flight on May 15"), "will" says when ("will make
    her first appearance at the Open on Saturday"), and a date after a place or a person ("the
    owner of the restaurant on Oct. 3 called police") is the verb's, misattached."""
    root, doc = span.root, span.doc
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "on" or prep.i == 0:
        return False
    occasion = doc[prep.i - 1]
    if occasion.dep_ != "pobj" or occasion.head.lower_ != "at" or not (
            (occasion.pos_ == "PROPN" and occasion.ent_type_ not in PLACE_LABELS | {"PERSON"})
            or (occasion.pos_ == "NOUN" and _noun_type(occasion) is not None)):
        return False  # an occasion: "at the Oscars", "at the gala" ("at the market" is a place)
    noun = prep.head
    if noun.pos_ not in {"NOUN", "PROPN"} or (noun == trigger) != (trigger.pos_ in {"NOUN", "PROPN"}):
        return False
    verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    token = noun
    for _ in range(MAX_HOPS):
        if token.dep_ in {"nsubj", "nsubjpass", "appos"}:
            return True
        if token.dep_ not in {"pobj", "prep", "compound", "conj"} or token.head == token:
            return False
        token = token.head
    return False


# A story about video games ("gaming", "consoles") calls its products games and titles.
VIDEO_GAME_RE = re.compile(r"\b(?:gaming|gamers?|consoles?|video ?games?)\b", re.IGNORECASE)
VIDEO_GAME_NOUNS = {"game", "games", "title", "titles"}
VIDEO_GAME_MIN_MENTIONS = 2


def _is_about_video_games(body: str) -> bool:
    return len(VIDEO_GAME_RE.findall(body)) >= VIDEO_GAME_MIN_MENTIONS


def _singular(word: str) -> str:
    """A plural cut to its singular the way a tokenised-only sentence is read ("rockets")."""
    return word[:-1] if word.endswith("s") and word[:-1] in load_taxonomy().ambiguous else word


# "data" names an economic release only as the data of an economy or a market ("jobs data", "the
# latest trade data"); a software, science or sports story handles data of its own field.
DATA_WORDS = {"data", "datum"}
# Money funded, granted or awarded: it moves in every field (a state's school funding, a
# foundation's grants, a scholarship awarded), so it says nothing of what a story is about and
# casts no vote for its topic; the words still type their own events (a grant of a stated sum,
# "recommended a $5.1 million grant in July 2018", is funding: business).
MONEY_MOVING_WORDS = {"fund", "funding", "grant", "award"}
ECONOMIC_DATA_WORDS = {"economic", "economy", "jobs", "job", "trade", "employment", "unemployment", "labor",
                       "labour", "housing", "retail", "manufacturing", "payroll", "payrolls", "consumer",
                       "price", "prices", "inflation", "gdp", "fiscal", "financial", "market", "sales",
                       "factory", "industrial", "export", "exports", "import", "imports", "earnings",
                       "spending", "output", "wage", "wages", "census", "macroeconomic", "budget"}


def _is_economic_data(token: Token, doc) -> bool:
    """'jobs data', 'the latest economic data', 'data on retail sales': a modifier or an "on"
    phrase that names what an economy or a market does."""
    words = [c for c in token.children if c.dep_ in {"compound", "amod", "nmod"}]
    words += [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"on", "for"}
              for g in c.subtree]
    if not words and token.i > 0:
        words = [doc[token.i - 1]]  # a sentence only tokenised: the word before
    return any(w.lower_ in ECONOMIC_DATA_WORDS or w.lemma_.lower() in ECONOMIC_DATA_WORDS for w in words)


def _particle_sense(verb: Token) -> str | None:
    """The sense a verb's particle or preposition phrase names ("laid to rest" is a burial, no
    layoff; "stepped down" a resignation), as classify reads it, or None."""
    taxonomy = load_taxonomy()
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ in {"prt", "prep"}:
            sense = taxonomy.sense_of_particle(lemma, child.lower_)
            objects = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else []
            for obj in objects:
                sense = sense or taxonomy.sense_of_particle(lemma, f"{child.lower_} {obj.lemma_.lower()}")
            if sense is not None:
                return sense
    return None


def article_topic(parsed: ParsedArticle) -> str | None:
    """The event type most of an article's event words name, or None when no type stands out.

    A dated happening whose own words name no type ("Spain play Croatia on Wednesday" in a
    tennis report, "PG&E began on Wednesday" in an outage story) takes the article's topic.
    """
    taxonomy = load_taxonomy()
    votes: Counter[str] = Counter()
    ambiguous_votes: list[tuple[str, tuple[str, ...]]] = []  # (listed type, senses) of words of several senses
    video_games = _is_about_video_games(parsed.article.body_text)
    for chunk in parsed.chunks:
        for token in doc_tokens(chunk.doc):
            lemma = token.lemma_.lower()
            if video_games and token.lower_ in VIDEO_GAME_NOUNS:
                continue  # "22 games", "launch titles" in a story about consoles are products
            if not chunk.is_parsed:
                # Sentences without a number or date are only tokenised: their nouns still count.
                word = token.lower_
                kind = taxonomy.type_of(word, "NOUN") or (
                    taxonomy.type_of(word[:-1], "NOUN") if word.endswith("s") else None)
            elif token.pos_ in {"NOUN", "PROPN"}:
                kind = _noun_type(token)
            elif token.pos_ == "VERB" and lemma not in taxonomy.weak_verbs:
                kind = _particle_sense(token) or taxonomy.type_of(lemma, "VERB") or (
                    _object_sense(token) if lemma in (taxonomy.subject_senses or {}) else None)
            else:
                continue
            if kind is None or kind in TOPIC_EXCLUDED:
                continue
            if kind == "business" and (lemma in MONEY_MOVING_WORDS or token.lower_ in MONEY_MOVING_WORDS):
                continue  # "funding for the arts", "paying for college": money of any field, no company's deal
            if lemma in DATA_WORDS and kind == "economic_release" and not _is_economic_data(token, chunk.doc):
                continue  # "map data", "data from OpenStreetMap": data of any field, no economic release
            if token.pos_ == "VERB" and lemma in (taxonomy.domain_words or {}):
                continue  # "we found", "I find": a verb that names a finding only in a science story cannot make one
            senses = taxonomy.ambiguous.get(lemma or _singular(token.lower_), ())
            if kind in senses:
                ambiguous_votes.append((kind, senses))
            else:
                votes[kind] += 1
    # A trigger of several senses ("launch", "rocket") cannot choose the topic: the topic is what
    # picks its sense. The words of one sense name the leading type; a word of several senses
    # votes for it when it is one of its senses ("launch" twenty times in a story led by
    # landers and rovers is science, no business news), else for its own listed type.
    # Without a leading type so found, every word votes for its listed type.
    leader = votes.most_common(1)[0][0] if votes else None
    led, listed = Counter(votes), Counter(votes)
    for kind, senses in ambiguous_votes:
        led[leader if leader in senses else kind] += 1
        listed[kind] += 1
    return _winner(led) or _winner(listed)


def _winner(votes: Counter[str]) -> str | None:
    """The type with the most votes, if it has enough of them and a large enough share."""
    if not votes:
        return None
    kind, n_votes = votes.most_common(1)[0]
    return kind if n_votes >= TOPIC_MIN_VOTES and n_votes >= TOPIC_MIN_SHARE * votes.total() else None


def _is_news(resolved: ResolvedDate, published: date | None) -> bool:
    """Whether a date falls in the story's own time (the two years before publication or later).

    The topic of a story types its news ("Spain play Croatia on Wednesday" in a tennis report) and
    the recent run-up a story recounts ("It started with washing machines in February 2018" in a
    late-2019 report on tariffs); distant background ("the coalition established in 2014" in a 2024 report on talks) keeps
    `other`.
    """
    if published is None:
        return False
    if resolved.precision == "year":
        # "a stronghold in 2008" in an October 2010 story: a year that ends inside the window
        # overlaps the story's time, though it starts before it.
        return date(resolved.value.year, 12, 31) >= published - NEWS_TOPIC_WINDOW
    return resolved.value >= published - NEWS_TOPIC_WINDOW


# Words of a labour dispute: a strike in their sentence is a stoppage of work, not an attack
# ("industrial action over pensions and pay, with further strikes later this year").
LABOUR_WORDS = {"union", "unions", "pay", "wage", "wages", "pension", "pensions", "worker", "workers",
                "employer", "employers", "walkout", "picket", "pickets", "industrial", "salary", "salaries"}


# Words that make a strike a blow: "the missile strike", "drone strikes on the depot".
ATTACK_MODIFIERS = {"missile", "air", "drone", "rocket", "military", "nuclear", "artillery", "precision",
                    "retaliatory", "pre-emptive", "preemptive", "israeli", "russian", "us", "u.s.", "american"}


# "Strikes on the cards", "on the horizon", "on the table": strikes in prospect, struck at nothing.
PROSPECT_WORDS = {"card", "cards", "horizon", "table", "agenda", "way", "cusp", "brink"}


def _is_labour_strike(named: Token) -> bool:
    """Whether a strike (the noun or the verb) is workers stopping work: its sentence speaks of
    pay, pensions, unions or workers. "Workers struck on Monday over pay" is a protest; "jets struck
    the base on Monday" an attack, and so is "the missile strike on the depot killed three workers"
    (a strike on something, or one a weapon makes, is a blow whatever its sentence speaks of)."""
    if named.lemma_.lower() != "strike":
        return False
    if named.pos_ == "VERB" and any(c.dep_ == "dobj" for c in named.children):
        return False  # "drones struck the pension fund's offices": struck something
    if named.pos_ in {"NOUN", "PROPN"} and any(
            (c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in ATTACK_MODIFIERS)
            or (c.dep_ == "prep" and c.lower_ in {"on", "against", "at"}
                and any(g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"}
                        and g.lemma_.lower() not in PROSPECT_WORDS for g in c.children))
            for c in named.children):
        return False
    if named.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "poss" and c.tag_ in {"NNS", "NNPS"} for c in named.children):
        return True  # "the teachers' strike", "the nurses' strike"
    return any(t.lower_ in LABOUR_WORDS for t in named.sent)


def _is_trading_speculation(named: Token) -> bool:
    """'speculated in oil futures', 'speculating on property': buying to sell dear, not a
    supposition said, which takes a clause ('speculated that', 'speculated about whether')."""
    return (named.lemma_.lower() == "speculate" and named.pos_ == "VERB"
            and not any(c.dep_ in {"ccomp", "advcl"} for c in named.children)
            and any(c.dep_ == "prep" and c.lower_ in {"in", "on"} and any(
                g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"} for g in c.children)
                for c in named.children))


def _is_a_suicide(named: Token) -> bool:
    """'committed suicide in August', 'took his own life': one person's death, of no story's topic
    (a court story's defendant who died in jail made no ruling)."""
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() == "suicide" for c in named.children) or (
        named.lemma_.lower() == "take" and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "life" and any(
                g.dep_ == "poss" or g.lower_ == "own" for g in c.children)
            for c in named.children))  # "took his own life", not "took the life of a guard"


def _told_in_first_person(named: Token) -> bool:
    """'I changed my profile several weeks ago', 'as soon as I learned about it on July 18': a
    speaker's own doings, told as "I", are no happening of the story's kind (a "we" is often the
    team, the firm or the court the story is about, so only "I" counts)."""
    return named.pos_ in {"VERB", "AUX"} and any(c.lower_ == "i" for c in _clause_subjects(named))


def _posts_without_a_figure(named: Token) -> bool:
    """'Lin posted again on his WeChat Moments': "post" with nothing posted is putting words out
    ("posted a loss", "posted record sales" name the figure a company reports)."""
    return (named.pos_ == "VERB" and named.lemma_.lower() == "post"
            and not any(c.dep_ in {"dobj", "nsubjpass", "attr"} for c in named.children))


def _sees_a_pattern(named: Token) -> bool:
    """'We saw it in the early 2000s, when ...', 'we have seen this before, in 2008': a trend the
    writer recalls having watched recur is no happening of the story's kind ("fans saw the team
    win in 2019" tells what was seen: the clause names it)."""
    return named.lemma_.lower() in PERCEIVING_VERBS and any(
        c.dep_ == "dobj" and c.lower_ in {"it", "this", "that", "them"} for c in named.children)


def _is_target_date(span: Span) -> bool:
    """'to cut emissions by half by 2030': a deadline set for a goal, not a dated happening."""
    i = span.start
    if i >= 3 and [t.lower_ for t in span.doc[i - 3 : i]] == ["by", "the", "end"]:
        return True
    if i >= 4 and [t.lower_ for t in span.doc[i - 4 : i]] == ["by", "the", "end", "of"]:
        return True
    return i > 0 and span.doc[i - 1].lower_ == "by"


def _inherits_topic(span: Span, tense: str, topic: str, ahead: bool = False) -> bool:
    """Whether an untyped happening takes the article's topic: not a target date ahead ("by 2030");
    a past "by December, they had worsened" says when it had happened. Nor a day after publication
    in a story of disasters: no one schedules a storm or a crash, so "Tomorrow will be a quieter
    day" or "police decide on Thursday" in a storm report is a forecast or a plan, not a disaster
    ("smoke is set to descend this week" still tells the disaster under way)."""
    if ahead and topic in UNSCHEDULED_TOPICS:
        return False
    return not (tense != "past" and topic not in TARGET_TOPICS and _is_target_date(span))


def _joins_as_a_role(named: Token) -> bool:
    """'joined the network as a Morning Show correspondent': a person who joins or returns "as" a
    job named at the end of a longer name is hired, whatever the story's topic."""
    if named.pos_ != "VERB" or named.lemma_.lower() not in ROLE_TAKING_VERBS:
        return False
    subjects = [c for c in _clause_subjects(named) if c.dep_ == "nsubj"]
    if not subjects or not all(_is_person(s) for s in subjects):
        return False
    roles = load_taxonomy().office_nouns | JOB_NOUNS
    return any(g.pos_ == "NOUN" and g.lemma_.lower() in roles for c in named.children
               if c.dep_ == "prep" and c.lower_ == "as" for g in c.subtree)


# Words before a date from which a state holds on: "after January 20". ("starting January 1" opens
# a happening of the story's kind: benefits begin, tickets go on sale, and keeps the topic.)
FROM_THEN_WORDS = {"after"}


# Verbs of a state that goes on: "will continue to be accessible", "will remain online" (and the
# verbs of a state, STATIVE_VERBS: "will use the following accounts").
CONTINUATION_VERBS = {"continue", "remain", "stay", "keep", "last", "persist", "linger"}


def _holds_from_a_date(span: Span, ahead: bool) -> bool:
    """Whether an untyped future happening is a state that holds from a date on: "After January
    20, materials will continue to be accessible", "you can follow her after January 20", "will
    be able to read", "will be available", "will be archived", "will use these accounts". What goes on after a handover or a
    deadline is no happening of the story's kind; a future act after a date ("After June 30, the
    council will hold hearings") keeps the topic."""
    if not (ahead and span.start > 0 and span.doc[span.start - 1].lower_ in FROM_THEN_WORDS):
        return False
    verb = next((a for a in span.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return False
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"})]
    return any(
        v.lemma_.lower() in CONTINUATION_VERBS or v.lemma_.lower() in STATIVE_VERBS
        or any(c.dep_ == "aux" and c.lower_ in {"can", "could"} for c in v.children)
        or (v.lemma_ == "be" and any(c.dep_ in {"acomp", "attr"} for c in v.children))
        or any(c.dep_ == "auxpass" for c in v.children)
        for v in verbs)


def _explicitly_other(named: Token) -> bool:
    """Whether taxonomy.yml gives a verb, by its object, the sense `other` ("police found the
    body", "founded a party"): no topic overrides a sense so named. (A particle's `other` does
    not stand: "the issues will play out Wednesday night" in a debate story tells the debate.)"""
    prep = named.head
    if named.dep_ == "pobj" and load_taxonomy().sense_of_particle(
            prep.head.lemma_.lower(), f"{prep.lower_} {named.lemma_.lower()}") == OTHER:
        return True  # "was laid to rest Thursday" (taxonomy.yml): a burial, whatever the story is about
    return named.pos_ == "VERB" and (_object_sense(named) == OTHER or _bids_as_a_buyer(named))


def _bids_as_a_buyer(verb: Token) -> bool:
    """'Smith bid $12,000 for a signed helmet', 'she bid $20,000 on a portrait at the gala': a sum
    bid for a thing at an auction buys the thing, no company's deal ("the firm bid $16.50 a share
    for Tribune", "bid $2 billion for the unit", "bid for the contract" stay business)."""
    if verb.lemma_.lower() != "bid" or not any(
            c.dep_ == "dobj" and c.ent_type_ == "MONEY" and c.lemma_.lower() != "share" for c in verb.children):
        return False
    wanted = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"for", "on"}
              for g in c.children if g.dep_ == "pobj"]
    wanted += [g for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in {"buy", "purchase"}
               for g in c.children if g.dep_ == "dobj"]  # "bid $10,000 to buy a painting"
    return bool(wanted) and not any(g.ent_type_ in {"ORG", "PERSON", "MONEY"} or g.pos_ == "PROPN"
                                    or g.lemma_.lower() in COMPANY_NOUNS or _noun_type(g) is not None
                                    for g in wanted)


def _in_quotation(span: Span) -> bool:
    """Whether a span stands inside a direct quotation of its sentence."""
    before = span.doc.text[span.sent.start_char : span.start_char]
    opened = sum(before.count(c) for c in QUOTE_OPENERS) - sum(before.count(c) for c in QUOTE_CLOSERS)
    return opened > 0 or before.count('"') % 2 == 1


# Words of a saying supposed or advised, not reported: "If you say", "You can also say".
SUPPOSING_MODALS = {"can", "could", "might", "should", "would"}
# Verbs that follow a quoted utterance held up as an example: '"You look tired today" is the worst'
# (in the present: '"We won on Sunday" was all the coach would say' reports words said).
EXAMPLE_JUDGING_VERBS = {"is", "are", "sounds", "sound", "seems", "seem"}
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def _supposes_a_saying(like: Token) -> bool:
    """Whether the verb a 'like' hangs on tells of a saying supposed or advised ('If you say
    something like', 'You can also say things like', 'say something like' as advice), not one
    reported ('The minister, who could not be reached, tweeted something like')."""
    # (a "like" the parse makes the mark of the quoted clause hangs it on the clause before)
    verb = like.head.head if like.dep_ == "mark" else like
    while verb.pos_ not in {"VERB", "AUX"} and verb.head is not verb:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    chain = [verb]
    while chain[-1].dep_ in {"xcomp", "ccomp"} and len(chain) < 4:
        chain.append(chain[-1].head)  # "you might want to say things like", "if asked he will say he saw"
    for v in chain:
        kids = list(v.children)
        if any(c.dep_ == "aux" and c.lower_ in SUPPOSING_MODALS for c in kids):
            return True
        if any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "you" for c in kids):
            return True
        if any(c.dep_ == "mark" and c.lower_ == "if" for c in kids):
            return True
        if any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "if" for g in c.children) for c in kids):
            return True  # "If you meet her, say something like"
    top = chain[-1]
    return top.dep_ == "ROOT" and top.tag_ == "VB" and not any(
        c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in top.children)  # "Just say something like": advice


def _in_example_words(span: Span) -> bool:
    """'If you say something like, "You look great today"', 'things like "let's beat Monday"', '"You
    look tired today" is probably the worst': words quoted as an example of what one might say,
    no one's report of a day."""
    if not _in_quotation(span):
        return False
    sent_start = span.sent.start_char
    before = span.doc.text[sent_start : span.start_char]
    # (the first quotation of the sentence: 'things like, "you look smart," or "you look ready
    # for Monday"' holds up each one the list goes on with)
    opener = min((i for i in (before.find(c) for c in QUOTE_OPENERS + '"') if i >= 0), default=-1)
    if opener < 0:
        return False
    lead = before[:opener].rstrip().rstrip(",:").rstrip().lower()
    if lead.endswith(" like"):
        # (said of what one may say: "The minister said something like, "we sign on Monday"" is
        # a loose report of words said, which keeps its date)
        like_at = sent_start + len(lead) - len("like")
        like = next((t for t in span.sent if t.idx == like_at), None)
        return like is not None and _supposes_a_saying(like)
    if lead:
        return False
    after = span.doc.text[span.end_char : span.sent.end_char]
    closer = min((i for i in (after.find(c) for c in QUOTE_CLOSERS + '"') if i >= 0), default=-1)
    if closer < 0:
        return False
    rest = re.match(r"\s*(\w+)(?:\s+(\w+))?", after[closer + 1 :])
    if rest is None or rest.group(1).lower() not in EXAMPLE_JUDGING_VERBS:
        return False
    # (the judgement is the whole rest: '"We vote on Tuesday" is the message the party has sent'
    # tells of words someone said)
    judged_from = span.end_char + closer + 1 + rest.end(1)
    return not any(t.tag_ in FINITE_TAGS for t in span.sent if t.idx >= judged_from)


def _in_paragraph_quote(body: str, at: int) -> bool:
    """Whether a place in the body stands inside a quotation opened earlier in its paragraph and
    not yet closed: 'he added: "It is true that the momentum is building. But what happened today
    ..."' runs over two sentences, so the second one's "today" is the speaker's day."""
    before = body[body.rfind("\n", 0, at) + 1 : at]
    opened = sum(before.count(c) for c in QUOTE_OPENERS) - sum(before.count(c) for c in QUOTE_CLOSERS)
    return opened > 0 or before.count('"') % 2 == 1


def _narrated_day(kind: str, span: Span, resolved: ResolvedDate | None, news_day: date | None,
                  last_day: date | None, quoted: bool = False, day_in_paragraph: bool = False) -> ResolvedDate | None:
    """'later in the day', and 'today' in a quotation, mean the day the report narrates.

    That is the last named day (a weekday or a date in the week before publication) said before,
    not the publication date: "on Tuesday the committee heard Vindman. Later in the day, Volker
    testified" dates both on Tuesday; a quote's "today" is the day it was said. "Later that
    evening" and an opening "In the morning," point back at the last day named, however old.
    """
    if kind == "NARRATED_DAY":
        return ResolvedDate(last_day, "day") if last_day is not None else None
    if news_day is None or kind != "RELATIVE" or resolved is None:
        return resolved
    first = span[0].lower_
    if first in {"earlier", "later"} or (first in {"today", "tonight"} and (quoted or _in_quotation(span))):
        return ResolvedDate(news_day, "day")
    words = [t.lower_ for t in span]
    if (words in (["yesterday"], ["last", "night"], ["tomorrow"]) and day_in_paragraph
            and (quoted or _in_quotation(span))):
        # 'posted to Facebook on Sunday. It says, "Last night I had dinner with friends"': the
        # day before the day the words were put out (tests/gold/README set D: a quoted statement's
        # "yesterday" counts from the statement's own day)
        return ResolvedDate(news_day + timedelta(days=1 if words == ["tomorrow"] else -1), "day")
    return resolved


def _when_clause_event(span: Span) -> tuple[Token, str] | None:
    """'Since 1989, when it crushed the protests', 'since the mid-1950s, when microscopy studies
    found them': a date that a when-clause defines is the date of what that clause tells, when the
    clause around the date names no type of its own."""
    clause = next((c for t in span for c in t.children if c.dep_ == "relcl" and c.pos_ == "VERB"
                   and any(m.lower_ == "when" and m.dep_ == "advmod" for m in c.children)), None)
    if clause is None:
        return None
    named, kind = classify(clause)
    return (named, kind) if kind != OTHER else None


def _dated_noun(span: Span) -> Token | None:
    """'Trump's July 25 call', 'an October 11 presentation': a day set on a noun dates that
    one-off happening even when the parse puts the noun far from any verb."""
    root = span.root
    head = root.head
    if root.dep_ in {"nmod", "compound", "npadvmod"} and head.pos_ == "NOUN" and head.i > root.i:
        return head
    return None


def _apposed_noun(span: Span) -> Token | None:
    """'a VIP cocktail hour, Oct. 26, and a reception, Oct. 27', 'the Three-Day Event, Oct.
    18–21, in Elkton': a day set off by a comma after a noun, in a line of a calendar without a
    verb of its own, dates what the noun names. A place before the comma is a dateline
    ("WASHINGTON, Oct. 5"), no happening."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return None
    noun = doc[span.start - 2]
    if (noun.pos_ not in {"NOUN", "PROPN"} or not noun.is_alpha or noun.i == span.sent.start
            or noun.ent_type_ in PLACE_LABELS | {"PERSON", "NORP"}):
        return None
    if noun.lower_ in WEEKDAYS or noun.lower_ in MONTH_NUMBERS or noun.lower_ in OFFSET_UNITS:
        return None  # "Friday, Dec. 6", "the next day, Oct. 5": one date, not a happening
    return noun


def _has_year(span: Span) -> bool:
    return any(t.text.isdigit() and len(t.text) == 4 for t in span)


def _is_second_alternative(span: Span) -> bool:
    """'may issue standards by 2022 or 2023', 'in 1998 or 1999': two years offered as one estimate
    date one happening, told by the first ("in 2022 and 2023" names two)."""
    doc = span.doc
    return (len(span) == 1 and span.start >= 2 and doc[span.start - 1].lower_ == "or"
            and _has_year(span) and _has_year(doc[span.start - 2 : span.start - 1]))


FORECAST_MODALS = {"will", "'ll", "could", "might", "may", "would", "should"}


def _forecast_verb(verb: Token) -> bool:
    """'it could be in as little as ten years', 'will arrive in as few as three months': a verb
    that looks ahead ("were eligible for parole in as little as five years" tallies a stretch)."""
    return verb.pos_ in {"VERB", "AUX"} and any(c.dep_ == "aux" and c.lower_ in FORECAST_MODALS for c in verb.children)


# States of a measure in which nothing happens: "scores have been flat since 1992".
UNCHANGED_WORDS = {"flat", "unchanged", "stagnant", "static"}


def _unchanged_since(span: Span) -> bool:
    """'math scores have been flat (and reading scores declined slightly) since 1992', 'Prices have
    stayed unchanged since 2012': a measure that has not moved since a date takes the date as the
    baseline of its reading, no happening ("has lived there since 2012", "have been closed since
    March" still date a start)."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "since" or doc[span.start - 1].dep_ != "prep":
        return False
    verb = doc[span.start - 1].head
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(c.dep_ == "acomp" and c.lower_ in UNCHANGED_WORDS for v in verbs for c in v.children)


def _is_sign_off(trigger: Token) -> bool:
    """'See you next week, box office buddies!', 'We'll see you tomorrow': a writer's farewell to
    the reader promises the next column, no happening ("Investors will see results next week" has
    an object other than "you")."""
    if trigger.lemma_.lower() != "see" or not any(c.dep_ == "dobj" and c.lower_ == "you" for c in trigger.children):
        return False
    return all(c.lower_ in {"i", "we"} for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"})


def _is_denied(trigger: Token) -> bool:
    """'With no significant data releases today', 'There were no protests on Monday': an event
    said not to happen is none."""
    if trigger.lemma_ == "be" and any(c.dep_ == "expl" for c in trigger.children):
        return any(c.dep_ in {"attr", "nsubj"} and _is_denied(c) and _noun_type(c) is not None
                   for c in trigger.children)
    if (trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and _is_negated(trigger.head)
            and trigger.head.lemma_.lower() not in TAKING_PART_VERBS):
        # "they aren't punting a huge roster decision to July": the decision is not put off ("he
        # can't attend the hearing today": the hearing is held without him)
        return True
    if trigger.pos_ == "VERB" and _is_negated(trigger) and any(
            c.dep_ in {"dobj", "prep", "oprd", "acomp"} and any(d.lower_ == "any" for d in c.subtree) for c in trigger.children):
        return True  # "they were not made aware of any flight mission today"
    return trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children)


# Verbs of taking part in a happening, which is held whoever stays away from it.
TAKING_PART_VERBS = {"attend", "join", "watch", "miss", "skip", "cover", "see", "visit", "enter"}


def _is_negated(verb: Token) -> bool:
    """'aren't punting', 'were not made aware': a verb with its own "not" (a denial negated
    affirms: "did not deny")."""
    return (verb.pos_ in {"VERB", "AUX"} and any(c.dep_ == "neg" for c in verb.children)
            and verb.lemma_.lower() not in AFFIRMED_WHEN_NEGATED)


# Nouns of an aim that "no" denies: "she had no intention of running in 2020".
INTENT_NOUNS = {"intention", "intent", "plan", "desire", "wish"}
# Replies a reporter asks for: "did not respond to a request for comment Tuesday" tells none.
REPLY_LEMMAS = {"respond", "reply", "return", "comment"}


# What an oath of office swears to do: "swore to uphold the Constitution".
OATH_VERBS = {"defend", "uphold", "protect", "preserve", "support"}


OATH_OBJECTS = {"constitution", "law", "laws", "charter", "republic", "nation", "country", "office"}


def _swears_by_the_law(verb: Token) -> bool:
    """'swore to uphold the Constitution', 'the Constitution that he will swear to defend': what
    the oath of office swears to keep (not "swore to protect his family")."""
    swear = verb.head
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if swear.dep_ in {"relcl", "acl"}:
        objects.append(swear.head)
        opener = swear.left_edge
        if opener.lower_ in {"that", "which"} and opener.i > 0:
            objects.append(verb.doc[opener.i - 1])  # (the parse may hang the clause on another noun)
    return any(o.lemma_.lower() in OATH_OBJECTS for o in objects)


# Participles that report words said: "..., saying that", "..., writing that".
SAYING_PARTICIPLES = {"say", "write", "tweet", "claim", "declare", "insist", "argue", "add", "tell"}


def _says_while_doing(verb: Token) -> bool:
    """'On Tuesday he unleashed a new controversy on Twitter, saying that...': an act of no type
    of its own done by saying something is a statement."""
    return any(c.dep_ in {"advcl", "xcomp", "conj"} and c.tag_ == "VBG" and c.lemma_.lower() in SAYING_PARTICIPLES
               and c.i > verb.i for c in verb.children)


# Verbs of choosing or urging "against" doing something: "decided against performing", "warned
# against travelling": the act is one not to happen.
CHOSEN_AGAINST_VERBS = {"decide", "opt", "choose", "advise", "warn", "caution", "counsel", "recommend", "argue"}


def _is_unmeant_or_unanswered(trigger: Token) -> bool:
    """'had no intention of running in 2020': an aim said not to exist; 'Trump's team did not
    respond to a request for comment Tuesday': a reply that did not come (README, set U)."""
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() in REPLY_LEMMAS and any(
            c.dep_ == "neg" for c in trigger.children):
        return True
    act = trigger
    for _ in range(3):  # "decided against playing at the festival": the festival of that act too
        if (act.tag_ == "VBG" and act.dep_ == "pcomp" and act.head.lower_ == "against"
                and act.head.head.lemma_.lower() in CHOSEN_AGAINST_VERBS and act.head.head.i < act.i):
            return True  # "decided against performing on January 20": an act chosen not to happen
        if act.dep_ not in {"pobj", "prep"} or act.head == act:
            break
        act = act.head
    head = trigger
    for _ in range(3):
        if head.dep_ not in {"pcomp", "pobj", "prep", "acl"} or head.head == head:
            return False
        head = head.head
        if head.pos_ == "NOUN" and head.lemma_.lower() in INTENT_NOUNS:
            return any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)
    return False


# What a reporter was told when asking for a word: "was not immediately available Friday".
REPORTERS_CONTACT = re.compile(
    r"\b(?:not (?:immediately )?(?:available|reachable)|unavailable|could not be reached|declined to comment|"
    r"(?:did not|didn't|has not|hasn't|have not|haven't) (?:immediately )?(?:respond|return|reply))\b", re.I)


def _is_reporters_contact(span: Span) -> bool:
    """'a district representative said she was not immediately available Friday': the day the
    reporter asked for a word, close before the date in its clause."""
    sent = span.sent
    text = span.doc.text[sent.start_char : span.start_char]
    return any(len(text) - m.end() <= 40 for m in REPORTERS_CONTACT.finditer(text))


def _in_background_clause(span: Span) -> bool:
    """'retaliate against a suspected gas attack that killed dozens on April 7': a date in a
    restrictive relative clause tells what the noun is, not the next step of the story."""
    verb = next((a for a in span.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.dep_ != "relcl" or verb.head.pos_ != "NOUN":
        return False
    first = verb.left_edge
    return first.i > 0 and span.doc[first.i - 1].text != "," and first.lower_ in {"that", "which", "who"}


def _follows_a_denied_noun(span: Span) -> bool:
    """'With no significant data releases in Asia today, attention will remain on trade': a date
    right after the phrase of an event noun said not to happen dates that noun (the parse may hang
    it on the next clause's verb), so it dates nothing."""
    if span.start == 0:
        return False
    noun = span.doc[span.start - 1]
    for _ in range(4):
        if noun.pos_ == "NOUN" and noun.right_edge.i == span.start - 1 and _is_denied(noun):
            return _noun_type(noun) is not None
        if noun.dep_ not in {"pobj", "prep"} or noun.head == noun:
            return False
        noun = noun.head
    return False


# Dashes typed as hyphens ("Nov. 12 -- Chicago") separate a list line as en and em dashes do.
LIST_SEPARATORS = {"-", "--", "---", "–", "—", ":", "@", "|"}


def _is_list_entry(span: Span) -> bool:
    """A line of a dated list: "June 10 – Tampa, FL @ Amphitheatre", "Friday, Dec. 6: Boston".

    Tour dates, fixtures and schedules give one event per line; such a line has no verb.
    """
    sent = span.sent
    if span.start != sent.start or span.end >= sent.end:
        return False
    if span.doc[span.end].text not in LIST_SEPARATORS:
        return False
    # Names of venues are often parsed as verbs ("Home Loans"): only a lower-case verb counts, and
    # not one in brackets ("8 May 2012: the first issue (it was a test run)").
    return not any(t.pos_ in {"VERB", "AUX"} and t.text.islower() and not _in_brackets(t) for t in sent)


def _in_brackets(token: Token) -> bool:
    """Whether a token stands inside parentheses of its sentence."""
    before = [t.text for t in token.sent if t.i < token.i]
    return before.count("(") > before.count(")")


# The start of a dated list line: a month (abbreviated or not) and a day.
LIST_LINE_START_RE = re.compile(r"^(?:[A-Z][a-z]{2,8}\.?,?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b")


def _heading_year(body: str, line_start: int) -> int | None:
    """The one year named by the heading line above a list ("2020 tour dates:"), if any."""
    lines = [line.strip() for line in body[:line_start].splitlines() if line.strip()]
    while lines and LIST_LINE_START_RE.match(lines[-1]):
        lines.pop()  # the lines of the list above this one
    if not lines or not lines[-1].endswith(":"):
        return None
    years = set(re.findall(r"\b(?:19|20)\d\d\b", lines[-1]))
    return int(years.pop()) if len(years) == 1 else None


def _is_tweet_stamp(span: Span) -> bool:
    """The stamp of an embedded tweet: "— Jane Doe (@janedoe) November 18, 2019".

    A date right after a parenthesis that opens on a handle is the day the tweet was posted:
    something said, whatever the tweet's own words are.
    """
    doc = span.doc
    if span.start < 3 or doc[span.start - 1].text != ")":
        return False
    opened = doc[max(0, span.start - 6) : span.start - 1]
    return any(t.text.startswith("@") and len(t.text) > 1 and t.i > 0 and doc[t.i - 1].text == "("
               for t in opened)


def _tweet_event(span: Span, resolved: ResolvedDate, offset: int, article) -> EventMention:
    """A statement event for an embedded tweet's stamp, spanning the stamp's line."""
    text = span.doc.text
    line_start = text.rfind("\n", 0, span.start_char) + 1
    start, end = offset + line_start, offset + span.end_char
    return EventMention(
        event_id=fact_id(article.article_id, "event", start, end),
        article_id=article.article_id, event_type="statement", trigger="tweet",
        event_date=resolved.value, date_precision=resolved.precision, date_text=span.text,
        actors=(), location=None, sentence=text[line_start : span.end_char], char_start=start,
        char_end=end,
    )


# A heading over the coming fixtures of the teams in a game story: "UP NEXT" (AP), "Next up".
SCHEDULE_HEADING_RE = re.compile(r"^\s*(?:up next|next up|coming up)\s*:?\s*$", re.IGNORECASE)
# A line of such a block: "Thunder: Host the Lakers on Friday."
SCHEDULE_LINE_RE = re.compile(r"^[^:\n]{1,40}:\s")


def _in_schedule_block(body: str, start: int) -> bool:
    """Whether a position lies in a line of an "UP NEXT" block: every line from the heading down
    to it is a "Team: ..." line."""
    line_start = body.rfind("\n", 0, start) + 1
    if not SCHEDULE_LINE_RE.match(body[line_start:start + 1]):
        return False
    lines = body[:line_start].splitlines()
    while lines and SCHEDULE_LINE_RE.match(lines[-1]):
        lines.pop()
    return bool(lines) and SCHEDULE_HEADING_RE.match(lines[-1]) is not None


def _schedule_entry(span: Span, trigger: Token | None, offset: int, article,
                    topic: str | None) -> EventMention:
    """A coming fixture ("Lakers: Visit the Thunder on Friday."): the next such day, of the type
    of the story (a game in a game story)."""
    resolved = resolve_time("WEEKDAY", span, article.published_date, "future")
    event_type = topic or (classify(trigger)[1] if trigger is not None else OTHER)
    sent = span.sent
    start, end = offset + sent.start_char, offset + sent.end_char
    return EventMention(
        event_id=fact_id(article.article_id, "event", start, end),
        article_id=article.article_id, event_type=event_type,
        trigger=(trigger or span.root).lemma_.lower(), event_date=resolved.value,
        date_precision=resolved.precision, date_text=span.text, actors=(), location=None,
        sentence=sent.text, char_start=start, char_end=end,
    )


def _list_entry(span: Span, kind: str, offset: int, article, topic: str | None,
                last_resolved: date | None, previous_line: date | None) -> EventMention | None:
    """One line of a dated list: its dates run forward when the text before them looked ahead
    (the last date resolved lies after publication), else back. A forward list is in order, so
    a day without a year falls on or after the line before it ("Nov. 12", then "Jan. 5" of the
    next year)."""
    published = article.published_date
    tense = "future" if published is not None and last_resolved is not None and last_resolved > published else "past"
    reference = published
    heading_year = _heading_year(article.body_text, offset + span.sent.start_char)
    if kind == "MONTH_DAY" and heading_year is not None:
        # "Tour 2020 dates:": the heading names the year of the lines under it.
        reference, tense = date(heading_year, 1, 1), "future"
    if kind == "MONTH_DAY" and previous_line is not None and published is not None and previous_line > published:
        reference, tense = previous_line, "future"
    resolved = resolve_time(kind, span, reference, tense)
    if resolved is None:
        return None
    sent = span.sent
    event_type = topic if topic is not None and _is_news(resolved, published) else OTHER
    headed = _headed_line_type(span)
    if headed is not None:
        event_type = headed[1]  # "9 May 2011: The court overturns the ban.": what the line tells
    place = next((e.text for e in span.doc.ents if e.label_ in PLACE_LABELS and e.start >= span.end
                  and e.end <= sent.end), None)
    start, end = offset + sent.start_char, offset + sent.end_char
    return EventMention(
        event_id=fact_id(article.article_id, "event", start, end),
        article_id=article.article_id, event_type=event_type, trigger=span.root.lemma_.lower(),
        event_date=resolved.value, date_precision=resolved.precision, date_text=span.text,
        actors=(), location=place, sentence=sent.text, char_start=start, char_end=end,
    )


# How far after "in November 2016" a month without a year still belongs to that story (chars).
EPISODE_REACH = 400
# "since July 2013", "until May 2018": a state's bounds, not an episode the text goes on telling.
STATE_PREPS = {"since", "until", "till", "from", "through", "as"}


def _in_episode(kind: str, span: Span, episode: ResolvedDate) -> ResolvedDate | None:
    """'he visited his doctor in November 2016. ... But by December, they worsened': a month
    without a year told right after a month of an earlier year is the first such month on or
    after it (README: a date the text places in an earlier year takes that year)."""
    named = resolve_time(kind, span, date(episode.value.year, 1, 1), "future")
    if named is None:
        return None
    value = named.value
    if value < episode.value.replace(day=1):
        value = value.replace(year=value.year + 1)
    if value > _first_of_month_after(episode.value.replace(day=1), EPISODE_MONTHS):
        # "its Antares rocket exploded in October 2014. ... The September accident": a month
        # most of a year after the episode belongs to another story (the writer would say "the
        # next September"); the usual reading stands.
        return None
    return ResolvedDate(value, named.precision)


# How many months after "in November 2016" a month without a year may fall and still continue it.
EPISODE_MONTHS = 6


# How far after "On December 20, 2017" a day without a year a few weeks later still continues
# that story (chars), and how many days later it may fall.
DAY_EPISODE_REACH = 1500
DAY_EPISODE_SPAN = timedelta(days=31)


def _days_after_episode(span: Span, episode: ResolvedDate) -> ResolvedDate | None:
    """'Vallejo arrived on December 20, 2017. ... (three paragraphs) ... On December 21, US
    prosecutors filed charges': a day without a year that falls within weeks after the day of an
    earlier year the story told goes on with that story, further on than a month alone does."""
    if episode.precision != "day":
        return None
    named = _in_episode("MONTH_DAY", span, episode)
    if named is None or not episode.value <= named.value <= episode.value + DAY_EPISODE_SPAN:
        return None
    return named


def _told_in_the_past(span: Span) -> bool:
    """Whether the clause an offset hangs on is told in the past ('Three days after the suit was
    filed, the magazine published ...'), not the present of the news ('The crash comes a day after')."""
    verb = offset_clause(span)
    if verb is None:
        return False
    # (the offset's own verb when the parse takes it for the root; the sentence's root when the
    # parse hangs the offset on a clause inside it)
    return any(_is_past(v) for v in (verb.head, span.sent.root))


def _is_past(verb: Token) -> bool:
    return verb.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children)


def _main_of_offset(span: Span) -> Token | None:
    """The verb of the clause an offset counts to: the one it hangs on, or the sentence's root when
    that one is not finite ('Making things look worse, three days after the suit was filed, the
    magazine published ...')."""
    verb = offset_clause(span)
    main = verb.head
    if main.tag_ in {"VB", "VBG"} and not any(c.dep_ in {"aux", "auxpass"} for c in main.children):
        main = span.sent.root
    return main if main != verb and main.pos_ in {"VERB", "AUX"} else None


def _counted_from_told(span: Span, events: list[EventMention], news_day_at: int | None = None,
                       published: date | None = None) -> ResolvedDate | None:
    """'They filed their lawsuit on July 6. ... Three days after the suit was filed, ...': the main
    clause's date, counted from the last event told before whose word is the verb of the offset's
    clause; none when no such event was dated, or only more coarsely than the unit counted, or when
    the text has come to the news days since an older one ('The rebels freed three hostages in June
    2015. On Thursday a bomb hit the capital. The attack came a day after the rebels freed two more':
    the news day's story, counted from it)."""
    verb = offset_clause(span)
    lemma = verb.lemma_.lower() if verb is not None else None
    told = next((e for e in reversed(events) if e.trigger == lemma), None)
    if (told is not None and news_day_at is not None and news_day_at >= told.char_end and published is not None
            and told.event_date < published - NEWS_DAY_WINDOW):
        return None
    words = span_words(span)
    amount = count_of(words[0])
    unit = OFFSET_UNITS[words[1]]
    if told is None or amount is None or PRECISION_RANK[told.date_precision] > PRECISION_RANK[unit]:
        return None
    sign = 1 if words[-1] == "after" else -1
    return step_date(told.event_date, sign * int(amount), unit)


def _over_the_past_year(span: Span) -> bool:
    """'has made tremendous progress in the past year': what went on over the year up to now is a
    gradual change, not a happening of the story's kind (the topic is not inherited)."""
    return [t.lower_ for t in span] in (["in", "the", "past", "year"], ["in", "the", "last", "year"])


def _of_that_year(span: Span) -> bool:
    """'In October of that year', 'the fall of the same year': a part of the year named before."""
    after = [t.lower_ for t in span.doc[span.end : span.end + 4]]
    return after[:3] == ["of", "that", "year"] or after[:4] == ["of", "the", "same", "year"]


def _in_year_of(resolved: ResolvedDate | None, reference: ResolvedDate | None) -> ResolvedDate | None:
    """A month or a season moved into the year of the date named before; none when the text named
    no date (a wrong year is worse than no date)."""
    if resolved is None or reference is None or reference.precision == "decade":
        return None
    return ResolvedDate(resolved.value.replace(year=reference.value.year), resolved.precision)


def _offset_trigger(span: Span) -> Token | None:
    """The verb of the clause an offset dates, or the event a light verb there governs ('before
    the agency is set to launch its mission': the launch)."""
    verb = offset_clause(span)
    if verb is not None and verb.lemma_.lower() in LIGHT_WORDS:
        return _content_of(verb) or verb
    return verb


def _since_trigger(span: Span) -> Token | None:
    """'seven years since the team won': the happening is the clause "since" opens."""
    mark = span[-1]
    if mark.lower_ == "since" and mark.dep_ == "prep":
        # "It's been a week since the flood": the happening is the noun "since" governs
        return next((c for c in mark.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    if mark.lower_ != "since" or mark.dep_ != "mark" or mark.head.pos_ != "VERB" or mark.head.i < mark.i:
        return None
    return mark.head


def _offset_from(span: Span, named: tuple[int, ResolvedDate | None] | None,
                 published: date | None) -> ResolvedDate | None:
    """'a day after X': counted from the date the sentence named before it ('will play out
    Wednesday night ... 75 days before voting begins'), else from the day of publication (the
    crash 'comes a day after', troops 'remain ... 18 years after'). A date coarser than the
    unit counted cannot anchor it ('in 2015, two days after')."""
    reference = named[1] if named is not None else None
    unit = OFFSET_UNITS[span_words(span)[1]]
    if reference is not None:
        if PRECISION_RANK[reference.precision] > PRECISION_RANK[unit]:
            return None
        return offset_date(span, reference.value)
    return offset_date(span, published) if published is not None else None


def _story_moment(reference: ResolvedDate | None) -> date | None:
    """The time a story tells, as the last day of the last period it named ('in July 2001' ->
    31 July 2001); a decade is too coarse to count from."""
    if reference is None or reference.precision == "decade":
        return None
    value = reference.value
    if reference.precision == "year":
        return date(value.year, 12, 31)
    if reference.precision in {"month", "quarter"}:
        months = 3 if reference.precision == "quarter" else 1
        return _first_of_month_after(value, months) - timedelta(days=1)
    if reference.precision == "week":
        return value + timedelta(days=6)
    return value


def _first_of_month_after(value: date, months: int) -> date:
    index = value.year * 12 + value.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _set_in_earlier_year(reference: ResolvedDate | None, published: date | None) -> bool:
    """Whether the last date named puts the story in a year before publication. It must name a
    month or a day ("One day in July 2001"): a bare year is often background in present-day news
    ("The suspect, convicted of fraud in 2012, had been arrested in May" is this May)."""
    return (reference is not None and published is not None and reference.precision not in {"year", "decade"}
            and reference.value.year < published.year)


# Verbs of a state that carries on: "throughout the year" with them is how long, not when.
LASTING_VERBS = {"remain", "stay", "continue", "keep", "last", "persist", "be", "run", "linger"}


def _lasts_through(trigger: Token) -> bool:
    """'Prices will remain high throughout the year', 'Protests are expected to continue ...'."""
    verbs = [trigger] + [c for c in trigger.children if c.dep_ == "xcomp"]
    return any(v.lemma_.lower() in LASTING_VERBS for v in verbs)


def _in_past_perfect(trigger: Token) -> bool:
    """'Schmidt had become chairman', 'the talks had been held': a happening before the time told."""
    return trigger.pos_ in {"VERB", "AUX"} and trigger.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in {"had", "'d", "’d"} for c in trigger.children)


# Nouns of a run for office that a visit or an appearance is made to help.
CANDIDACY_NOUNS = {"candidacy", "campaign", "candidate", "nominee", "ticket", "reelection", "re-election", "bid"}
HELPING_VERBS = {"boost", "help", "support", "bolster", "aid", "promote"}


def _campaigns_for(verb: Token) -> bool:
    """'Sanders will appear in Iowa on Monday to boost her candidacy': an appearance or a trip made
    to help a run for office is campaigning."""
    return any(purpose.dep_ in {"advcl", "xcomp"} and purpose.lemma_.lower() in HELPING_VERBS
               and any(c.dep_ == "aux" and c.lower_ == "to" for c in purpose.children)
               and any(o.dep_ == "dobj" and o.lemma_.lower() in CANDIDACY_NOUNS for o in purpose.children)
               for purpose in verb.children)


def extract_events(parsed: ParsedArticle) -> list[EventMention]:
    """All dated event mentions in the parsed sentences of one article."""
    article = parsed.article
    topic = article_topic(parsed)
    news_day: date | None = None
    news_day_at: int | None = None  # where the news day was named
    last_day: date | None = None
    last_resolved: date | None = None
    reference: ResolvedDate | None = None  # the last date named, which "the next day" counts from
    # the last date named as a time something happened, which "In May of that year" takes the year
    # of ("in business since 1985" starts a stretch: no year the story is in)
    year_reference: ResolvedDate | None = None
    # the last date the text itself names, outside quotes: the time a story tells ("I was born in
    # 1960," he said. It was ten years since ...: the quote sets no time of the story)
    story_reference: ResolvedDate | None = None
    reference_at = 0  # where in the body it was named
    previous_line: date | None = None  # the date of the last line of a dated list
    events: list[EventMention] = []
    seen: set[tuple[int, int]] = set()
    sentence_date: tuple[int, ResolvedDate | None] = (-1, None)  # the last date of a sentence
    past_episode: tuple[int, ResolvedDate] | None = None  # where and when an earlier year's month was named
    # the months without a year told so far, by number, with the words of their sentence
    named_months: dict[int, tuple[ResolvedDate, set[str]]] = {}
    for at, chunk in enumerate(parsed.chunks):
        if not chunk.is_parsed:
            continue
        following = parsed.chunks[at + 1] if at + 1 < len(parsed.chunks) else None
        if following is not None and article.body_text[chunk.offset + len(doc_text(chunk.doc)) : following.offset].strip():
            following = None

        def sentence_key(span: Span, offset: int = chunk.offset) -> int:
            return offset + span.sent.start_char

        expressions = find_time_expressions(chunk.doc)
        # sentences that name an era ("the 1940s", "the 20th century"): a "today" set against one is nowadays
        era_sentences = {span.sent.start for kind, span in expressions if kind in {"DECADE", "CENTURY"}}
        for kind, span in expressions:
            if span.text.lower() == "today" and span.sent.start in era_sentences:
                # "whether it was singing for the troops in the 1940s, or sharing their stories on a
                # podcast today": the present age set against a past one, no day's happening
                continue
            if _is_stamp(span) or (kind == "QUARTER" and topic == "sport" and not _has_year(span)):
                continue  # in a sports report "the third quarter" is a period of the game
            if _is_bracketed_dateline(span) and _opens_a_line(article.body_text, chunk.offset + span.sent.start_char):
                continue  # a dateline opens the text or a line ("The storm hit. FEMA (Aug. 10) - ...")
            if kind == "MONTH_DAY_YEAR" and _is_tweet_stamp(span):
                resolved = resolve_time(kind, span, article.published_date, "past")
                if resolved is not None:
                    events.append(_tweet_event(span, resolved, chunk.offset, article))
                continue
            trigger = _offset_trigger(span) if kind == "OFFSET" else _since_trigger(span) or find_trigger(span)
            if kind == "COUNTDOWN" and span[-1].lower_ == "away":
                trigger = _awaited_happening(span)
            if (kind == "WEEKDAY" and article.published_date is not None
                    and _in_schedule_block(article.body_text, chunk.offset + span.start_char)):
                events.append(_schedule_entry(span, trigger, chunk.offset, article, topic))
                continue
            if trigger is None and kind in {"MONTH_DAY", "MONTH_DAY_YEAR"}:
                trigger = _dated_noun(span) or _apposed_noun(span)
            if trigger is None:
                trigger = _cut_off_opener(span, following)
            labelled_note = trigger is None and _is_labelled_edit_note(span)
            if labelled_note:
                trigger = span.sent[0]  # "Correction 8/29/10: ...": the note is the happening
            if trigger is None and kind in NAMED_DAY_KINDS and _is_list_entry(span):
                entry = _list_entry(span, kind, chunk.offset, article, topic, last_resolved, previous_line)
                if entry is not None:
                    events.append(entry)
                    previous_line = entry.event_date
                continue
            if (trigger is None or _is_denied(trigger) or _is_sign_off(trigger) or _is_second_alternative(span) or _unchanged_since(span) or _is_unmeant_or_unanswered(trigger) or _follows_a_denied_noun(span) or _dates_a_value(span) or _holds_as_of(span, trigger)
                    or _ranks_in_period(span) or _names_by_period(span) or _turns_an_age(trigger)
                    or _is_fiction_setting(span) or _describes_a_state(span)
                    or _in_unsaid_words(span) or _in_example_words(span)
                    or (kind == "ANAPHORIC" and _in_present_state(trigger))):
                continue
            tense = "future" if kind == "WEEKDAY" and _is_scheduled_by_copula(span) else _tense_for(span, trigger)
            if kind == "PERIOD_PART" and span[0].lower_ == "throughout" and (
                    tense != "future" or _lasts_through(trigger) or (
                        span.end < len(span.doc) and span.doc[span.end].like_num)):
                # "open throughout the year", "sales rose throughout the year", "prices will remain
                # high throughout the year": a span ("throughout the year 2020" names its year)
                continue
            edit_note = labelled_note or _is_edit_note(span) or (
                _is_labelled_edit_note(span) and trigger.lemma_.lower() in UPDATE_NOTE_VERBS)
            if edit_note:
                # the page was changed on or after the day it came out; a labelled note's day is the
                # nearest one (a page's date is often that of its last change: "Correction, Aug. 12")
                tense = "unknown" if _is_labelled_edit_note(span) else "future"
            resolved = resolve_time(kind, span, article.published_date, tense)
            if kind == "MONTH_DAY" and _in_update_note(article.body_text, chunk.offset + span.start_char):
                resolved = _update_day(resolved, article.published_date) or resolved
            if kind in {"MONTH", "MONTH_DAY"} and tense != "future" and past_episode is not None and (
                    chunk.offset + span.start_char - past_episode[0] <= EPISODE_REACH):
                resolved = _in_episode(kind, span, past_episode[1]) or resolved
            elif kind == "MONTH_DAY" and tense != "future" and past_episode is not None and (
                    chunk.offset + span.start_char - past_episode[0] <= DAY_EPISODE_REACH):
                resolved = _days_after_episode(span, past_episode[1]) or resolved
            if kind in {"MONTH", "MONTH_DAY"} and _in_past_perfect(trigger) and _set_in_earlier_year(
                    story_reference, article.published_date):
                # "In March, Schmidt had become chairman" in a story told in July 2001: before the
                # time the story tells, not before publication
                resolved = resolve_time(kind, span, _story_moment(story_reference), "past") or resolved
            if kind == "RELATIVE" and span[-1].lower_ == "since" and time_since_frame(span) == "past":
                # "It was five years since Page had a vision": counted from the time the story tells
                moment = _story_moment(story_reference)
                if moment is not None and article.published_date is not None:
                    moment = min(moment, article.published_date)  # "The stadium will open in 2021": not told then
                resolved = resolve_time(kind, span, moment, tense) if moment is not None else None
            here = chunk.offset + span.start_char
            resolved = _narrated_day(kind, span, resolved, news_day, last_day,
                                     _in_paragraph_quote(article.body_text, here),
                                     news_day_at is not None and "\n" not in article.body_text[news_day_at:here])
            if kind == "MONTH" and tense == "unknown" and resolved is not None:
                # "took a leave in January ... The January leave was his third": a month without
                # a year that the story named before is the same month, not the nearest one, when
                # it names the same thing ("lost seats in November ... The November elections
                # will decide" looks ahead to another November)
                told = named_months.get(resolved.value.month)
                noun = span.root.head if span.root.dep_ in {"compound", "nmod", "amod"} else trigger
                if told is not None and noun.lemma_.lower() in told[1]:
                    resolved = told[0]
            if kind == "ANAPHORIC":
                # "At the time" is the date named before in the same paragraph; a paragraph later
                # it means the time of what the text now tells, which no date names ("I wanted to
                # buy a copy. At the time, used copies started at $200"). Counted steps ("a year
                # later", "the previous week") reach across paragraphs.
                # News paragraphs are often one sentence, so the paragraph right after the date
                # still refers to it ("The firm was founded in 2008.\nAt the time, it had three
                # employees."); a whole paragraph between them breaks the reference.
                here = chunk.offset + span.start_char
                between = article.body_text[reference_at:here].split("\n")[1:-1]
                adjacent = not any(line.strip() for line in between)
                said_then = span[0].lower_ == "at" and not span[0].is_sent_start
                # ('"She set the tone," Putin said at the time': the words told of the date named
                # before, however many paragraphs of that story came between)
                anchor = reference if adjacent or said_then or span[0].lower_ not in {"at", "that"} else None
                if (anchor is not None and "that" in [t.lower_ for t in span] and "same" not in [t.lower_ for t in span]
                        and span[-1].lower_ not in {"week", "day"}
                        and article.published_date is not None
                        and article.published_date - NEWS_DAY_WINDOW <= anchor.value <= article.published_date
                        and anchor.precision == "day"):
                    # "Prices fell in October, data showed on Friday. That month, ...": "that" points
                    # away from the news days; the day of a report is not the period meant
                    anchor = None
                resolved = resolve_anaphoric(span, anchor)
            if kind in {"MONTH", "SEASON"} and _of_that_year(span):
                # "By 1995 things had reached a breaking point. In October of that year, NBC hired a
                # law firm": the month of the year named before, not the nearest October
                resolved = _in_year_of(resolved, year_reference)
            if kind == "COUNTDOWN":
                # "These teams meet again in three days": only a clause that looks ahead (a future,
                # or a present that schedules) counts ("the first win in three weeks" is a span).
                reference_day = news_day or article.published_date
                present = trigger.pos_ == "VERB" and trigger.tag_ in {"VBP", "VBZ"}
                ahead = (tense == "future" and not present) or (present and (
                    trigger.lemma_ in SCHEDULED_LEMMAS or any(t.lower_ == "again" for t in trigger.children)))
                if span[-1].lower_ == "away" or (span[1].lower_ == "as" and _forecast_verb(span[0].head)):
                    # "the inauguration is still a month away" (a happening, see above); "it could
                    # be in as little as ten years": a forecast's earliest date lies ahead
                    ahead = True
                resolved = countdown_date(span, reference_day) if ahead and reference_day is not None else None
            if kind == "OFFSET":
                same_sentence = sentence_date if sentence_date[0] == sentence_key(span) else None
                told = (_counted_from_told(span, events, news_day_at, article.published_date)
                        if same_sentence is None and _told_in_the_past(span) else None)
                if told is not None and apposed_year(span) is None and _main_of_offset(span) is not None:
                    # "They filed the suit on July 6. ... Three days after the suit was filed, a
                    # magazine published more accounts": counted from the happening the text dated
                    # before, not from publication (README set R); what happened then is the main
                    # clause's happening
                    resolved, trigger = told, _main_of_offset(span)
                else:
                    resolved = apposed_year(span) or _offset_from(span, same_sentence, news_day or article.published_date)
            if resolved is None:
                continue
            # a reporter's own contact ("said she was not immediately available Friday") and a
            # background fact set in a noun's relative clause ("an attack that killed dozens on
            # April 7") do not move the story's time that "that evening" and "the next day" count from
            anchors = not (_is_reporters_contact(span) or _in_background_clause(span))
            if anchors:
                last_resolved, reference = resolved.value, resolved
                reference_at = chunk.offset + span.end_char
                if span.start == 0 or span.doc[span.start - 1].lower_ != "since":
                    year_reference = resolved
            if anchors and not _in_quotation(span):
                story_reference = resolved
            sentence_date = (sentence_key(span), resolved)
            if (kind in {"MONTH_YEAR", "MONTH_DAY_YEAR"} and article.published_date is not None
                    and resolved.value.year < article.published_date.year
                    and (span.start == 0 or span.doc[span.start - 1].lower_ not in STATE_PREPS)):
                past_episode = (chunk.offset + span.end_char, resolved)
            previous_line = None
            published = article.published_date
            if (kind in NAMED_DAY_KINDS or kind == "NUMERIC_DATE") and anchors:
                last_day = resolved.value
            if kind == "MONTH" and tense != "unknown":
                named_months[resolved.value.month] = (resolved, {t.lemma_.lower() for t in span.sent
                                                                 if t.pos_ in {"NOUN", "VERB"}})
            if (kind in NAMED_DAY_KINDS and published is not None and not _in_quotation(span)
                    and published - NEWS_DAY_WINDOW <= resolved.value <= published):
                # (a day inside someone's words is theirs: "We had dances on Friday," she says)
                news_day = resolved.value
                news_day_at = chunk.offset + span.start_char
            start = chunk.offset + (min(trigger.idx, span.start_char) if trigger.doc is span.doc else span.start_char)
            end = chunk.offset + max(trigger.idx + len(trigger.text), span.end_char)
            if (start, end) in seen:
                continue
            seen.add((start, end))
            actors = find_actors(trigger)
            named, event_type = classify(trigger, span)
            headed = _headed_line_type(span) if event_type == OTHER else None
            if headed is not None:
                # "27 January 2010: The Supreme Court hands down its ruling.": a dated line of a
                # timeline is typed by what it tells after its colon
                named, event_type = headed
            demoted = not load_taxonomy().names_event_in(named.lemma_.lower(), event_type, topic)
            if demoted:
                event_type = OTHER  # "the goal of landing astronauts by 2024" in a space story: an aim
            if event_type == OTHER and not _goes_to_a_place(named):
                named, event_type = _when_clause_event(span) or (named, event_type)
            if event_type == OTHER and named.pos_ == "VERB" and _campaigns_for(named):
                event_type = "election_vote"  # "will appear in Iowa on Monday to boost her candidacy"
            if event_type == OTHER and named.pos_ == "VERB" and _says_while_doing(named):
                event_type = "statement"  # "On Tuesday he unleashed a new controversy, saying that..."
            if event_type == OTHER and topic not in {None, *UNINHERITED_TOPICS} and (_is_news(resolved, published) or (
                    topic in FIELD_TOPICS and named.lemma_.lower() not in LIFE_EVENT_LEMMAS)) and (
                    _inherits_topic(span, tense, topic, published is not None and resolved.value > published) and not _told_in_first_person(named)
                    and not _over_the_past_year(span)
                    and not _sees_a_pattern(named)
                    and not _is_a_suicide(named)
                    and not (demoted and topic not in TARGET_TOPICS and _is_target_date(span))
                    and not _holds_from_a_date(span, published is not None and resolved.value > published)
                    and not _explicitly_other(named)):
                event_type = topic
            hired = _joins_as_a_role(named)
            if hired:
                event_type = "appointment_resignation"  # "joined the channel as a Late Show correspondent"
            fixed = (hired or _object_sense(named) is not None or _bids_as_a_buyer(named) or _noun_object_sense(named) is not None
                     or _is_court_decision(named) or _company_buys_a_company(named)
                     or (named.lemma_.lower() == "event" and event_type == "meeting" and _is_company_event(named)))
            event_type = _modifier_sense(named) or (
                event_type if fixed
                else load_taxonomy().in_topic(_sense_lemma(named), event_type, topic))
            if event_type == "statement" and _is_trading_speculation(named):
                event_type = OTHER  # "traders speculated in oil futures in 2008": bets, not words
            if event_type == "economic_release" and _posts_without_a_figure(named):
                event_type = "statement"  # "she posted again on her WeChat page": words put out
            if event_type == "economic_release" and named.lemma_.lower() in ECONOMY_SPELLS:
                event_type = OTHER  # "the recession of 1991": a spell of the economy, no data nor market move
            if event_type == "armed_conflict" and _is_labour_strike(named):
                event_type = "protest"  # "further strikes over pay later this year": workers strike
            if edit_note:
                event_type = "statement"
            events.append(
                EventMention(
                    event_id=fact_id(article.article_id, "event", start, end),
                    article_id=article.article_id,
                    event_type=event_type,
                    trigger=named.lemma_.lower(),
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
