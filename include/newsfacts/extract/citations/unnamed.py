"""Unnamed speakers described by a party and a place, and unnamed people met one mention at a time
(session 25, from set X's errors)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from newsfacts.extract import sources
from newsfacts.extract.schemas import Citation, fact_id

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsfacts.extract.citations.context import _ArticleContext

# A member of a party, named by the party alone: "a Colorado Democrat", "an Ohio Republican".
PARTY_MEMBER_WORDS = sources.PARTY_MEMBER_WORDS | {"libertarian", "socialist", "independent", "labourite", "gop"}

# Determiners of one unnamed person of a kind, new at each mention ("an official ... an official").
ONE_UNNAMED = {"a", "an", "another"}


def _unnamed_party_member(speaker: Token) -> bool:
    """'"...," an Iowa Republican said', 'added another commonwealth Democrat': one member of a
    party, maybe placed by a state, with no name (not 'Republicans', not 'the Republican', not 'a
    Republican, Ann Ruiz,')."""
    if speaker.lower_ not in PARTY_MEMBER_WORDS or not speaker.text[:1].isupper():
        return False
    children = list(speaker.children)
    if any(c.dep_ == "appos" or c.dep_ == "poss" for c in children):
        return False
    return any((c.dep_ == "det" and c.lower_ in ONE_UNNAMED) or (c.dep_ == "nummod" and c.lower_ == "one")
               for c in children if c.i < speaker.i)


def _party_member_citation(speaker: Token, cue: str, offset: int, context: _ArticleContext) -> Citation:
    """The unnamed party member cited by the words that describe it ('an Iowa Republican')."""
    doc = speaker.doc
    start = min(c.i for c in speaker.children if c.dep_ in {"det", "nummod"} and c.i < speaker.i)
    span = doc[start : speaker.i + 1]
    described = [t.text for t in span if t.lower_ not in {"a", "an", "one"}]
    char_start, char_end = offset + span.start_char, offset + span.end_char
    return Citation(
        citation_id=fact_id(context.article_id, "citation", char_start), article_id=context.article_id,
        cited_as=span.text, canonical_name=" ".join(described).lower(), source_type="anonymous", cue=cue,
        sentence=speaker.sent.text, char_start=char_start, char_end=char_end)


# "a student", "another student", "one student at Duke" (not "one of the students").
_ONE_UNNAMED_START = re.compile(r"^(?:a|an|another|one(?!\s+of\b))\s+\S", re.IGNORECASE)


def _each_unnamed_apart(citations: list[Citation]) -> list[Citation]:
    """'"...," an Iowa Republican said. ... "...," an Iowa Republican added.': one unnamed person
    written with 'a' or 'an' is someone new at each mention unless the text says they are one (the
    labelling rules: two mentions of 'an official' are two sources); a later mention takes its
    number after the description, 'iowa republican (2)'."""
    counts: dict[str, int] = {}
    renamed: dict[int, Citation] = {}
    for i in sorted(range(len(citations)), key=lambda i: citations[i].char_start):
        citation = citations[i]
        if citation.source_type == "anonymous" and _ONE_UNNAMED_START.match(citation.cited_as) and (
                not citation.cited_as.lower().endswith("s")):
            counts[citation.canonical_name] = counts.get(citation.canonical_name, 0) + 1
            if counts[citation.canonical_name] > 1:
                renamed[i] = replace(citation, canonical_name=f"{citation.canonical_name} "
                                                              f"({counts[citation.canonical_name]})")
    return [renamed.get(i, c) for i, c in enumerate(citations)]


def _others_speaking(speaker: Token) -> bool:
    """'But others said they were more interested.': other unnamed people, set against those cited
    just before, speaking as 'some' do (not 'Ruiz and others said', nor 'others in the party')."""
    from newsfacts.extract.citations.vocabulary import BARE_SPEECH_VERBS

    if speaker.lower_ != "others" or speaker.dep_ != "nsubj" or any(
            c.dep_ in {"det", "amod", "prep", "conj", "poss", "nummod", "acl", "relcl"} for c in speaker.children):
        return False
    verb = speaker.head
    return verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in BARE_SPEECH_VERBS | {"argue", "write", "add", "note"}


# Unnamed single people by an indefinite pronoun: "Someone once told me ...".
SOMEONE_WORDS = {"someone", "somebody"}
# What such a person did when they spoke, beside the bare saying verbs: "someone pointed out that".
SOMEONE_SAYING = {"argue", "write", "add", "note", "point", "remark", "suggest", "joke", "explain", "observe"}


def _someone_speaking(speaker: Token) -> bool:
    """'Someone pointed out the other day that ...', 'Someone once said to me, "..."': one unnamed
    person's words, said at a time past, as the writer heard them (the labelling rules: "someone
    told me" is anonymous); not 'if someone says', 'someone might argue', 'someone will say'
    (no one has spoken), nor 'someone who said' (a person picked out by a saying)."""
    from newsfacts.extract.citations.vocabulary import BARE_SPEECH_VERBS

    if speaker.lower_ not in SOMEONE_WORDS or speaker.dep_ != "nsubj" or list(speaker.children):
        return False
    verb = speaker.head
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or verb.tag_ != "VBD" or lemma not in BARE_SPEECH_VERBS | SOMEONE_SAYING:
        return False
    children = list(verb.children)
    if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in children):
        return False
    if verb.dep_ not in {"ROOT", "conj", "ccomp"} or any(
            c.dep_ in {"aux", "neg", "mark"} or (c.dep_ == "advmod" and c.lower_ in {"when", "whenever", "if"})
            for c in children):
        return False
    # (what was said: a clause, a quotation or the one told; an object only as a pronoun, 'told
    # me', 'said this': not 'said nothing', 'said grace', 'said goodbye', 'told the story of')
    return any(c.dep_ in {"ccomp", "parataxis", "dative"} or (c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "pobj" and g.pos_ == "PRON" for g in c.children)) or (
        c.dep_ == "dobj" and c.pos_ == "PRON" and c.lower_ not in NOTHING_SAID) for c in children)


# Objects of a saying verb that say nothing told: "someone said nothing".
NOTHING_SAID = {"nothing", "none", "anything"}


# Verbs of a commitment: "pledged to deliver", "promised to fix", "vowed to stay".
PROMISING_VERBS = {"pledge", "promise", "vow", "offer", "swear"}
# Adverbs that say others tell it: "reportedly pledged", "allegedly promised".
HEARSAY_ADVERBS = {"reportedly", "allegedly", "supposedly", "purportedly", "apparently"}


def _hearsay_promise(verb: Token) -> bool:
    """'Steve Wynn reportedly pledged to deliver a singer': a commitment to do something that others
    say was made; no words of the one who promised are cited (the labelling rules), nor anybody else."""
    children = list(verb.children)
    return (verb.lemma_.lower() in PROMISING_VERBS
            and any(c.dep_ == "advmod" and c.lower_ in HEARSAY_ADVERBS for c in children)
            and any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                    for c in children)
            and not any(c.dep_ in {"ccomp", "parataxis"} for c in children))


# Verbs that set a figure on something: "Forbes pegged it at $4 billion", "officials put the death
# toll at 50", "analysts place the cost at $2 million".
FIGURE_SETTING_VERBS = {"peg", "put", "place"}


def _figure_setters(verb: Token) -> list[Token]:
    """'Forbes recently pegged his worth at $4 billion', 'Officials put the toll at 50': who sets
    a figure on a thing estimates it; the subject of the active verb with an object and 'at' a
    number (not 'put the ball at midfield', not 'the yuan is pegged at 6.8', passive)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in FIGURE_SETTING_VERBS:
        return []
    children = list(verb.children)
    if not any(c.dep_ == "dobj" for c in children) or any(c.dep_ in {"auxpass", "nsubjpass"} for c in children):
        return []
    # ("pegged the odds of reaching it by 2026 at one in seven": the parse may hang "at" inside a
    # long object)
    objects = [t for c in children if c.dep_ == "dobj" for t in c.subtree if t.i > c.i]
    at_figure = any(c.dep_ == "prep" and c.lower_ == "at" and any(
        g.dep_ == "pobj" and (g.like_num or g.ent_type_ in {"MONEY", "PERCENT", "CARDINAL", "QUANTITY"}
                              or any(n.dep_ in {"nummod", "quantmod"} or n.like_num for n in g.subtree))
        for g in c.children) for c in [*children, *objects])
    if not at_figure:
        return []
    from newsfacts.extract.citations.vocabulary import DATA_NOUNS
    from newsfacts.extract.sources import DOCUMENT_NOUNS

    # ("the available federal data puts it at ...": figures with no issuer cite no one)
    return [c for c in children if c.dep_ == "nsubj" and c.lower_ not in {"i", "we", "you", "it", "this", "that"}
            and c.lemma_.lower() not in DOCUMENT_NOUNS | DATA_NOUNS | {"datum"} and c.lower_ not in DATA_NOUNS]


# People of a kind known by the views they voice: "critics who fear ...", "skeptics who doubt ...".
VIEW_VOICING_KINDS = {"critic", "skeptic", "sceptic", "opponent", "detractor", "analyst", "expert", "observer",
                      "economist", "commentator", "pundit"}


def _view_voicing_group_who(verb: Token) -> list[Token]:
    """'alarming critics who fear he has authoritarian tendencies': an unnamed group of people known
    by the views they voice, holding a view in a relative clause with its finite clause (unlike
    'those who fear', 'parents who worry', people picked out by the view)."""
    from newsfacts.extract.citations.clauses import _is_finite_clause
    from newsfacts.extract.citations.groups import _is_unnamed_group
    from newsfacts.extract.citations.vocabulary import BELIEF_VERBS

    if verb.pos_ != "VERB" or verb.lemma_.lower() not in BELIEF_VERBS or verb.dep_ != "relcl" or (
            verb.tag_ not in {"VBP", "VBD", "VBZ"}):
        return []
    children = list(verb.children)
    if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in children) or any(
            c.dep_ in {"neg", "aux"} for c in children):
        return []
    group = verb.head
    if group.lemma_.lower() not in VIEW_VOICING_KINDS or not _is_unnamed_group(group):
        return []
    return [group] if any(c.dep_ == "ccomp" and _is_finite_clause(c) for c in children) else []


# Polling and research firms, named before their studies by one word the tagger may take for a
# common noun ("a 2014 Pew study", "the latest Gallup poll").
POLLSTER_NAMES = {"pew", "gallup", "ipsos", "yougov", "nielsen", "rasmussen", "quinnipiac", "marist",
                  "monmouth", "harris", "morning consult", "edison", "kantar", "comscore"}
# Writings a pollster puts out.
POLLED_WRITINGS = {"study", "survey", "poll", "report", "analysis", "research", "data"}


def _pollster_named_before(document: Token) -> list[Token]:
    """'in a 2014 Pew study, 78 percent of respondents ...': a polling firm's name set before its
    study, survey or poll is the one who issues it, even when the tagger took it for a noun."""
    if document.pos_ != "NOUN" or document.lemma_.lower() not in POLLED_WRITINGS:
        return []
    names = [c for c in document.children if c.dep_ == "compound" and c.i < document.i
             and c.text[:1].isupper() and c.lower_ in POLLSTER_NAMES
             and not (c.i > 0 and document.doc[c.i - 1].text == "/")]  # ("a Reuters/Ipsos poll": a joint one)
    return names[-1:]


# Phrasal verbs that rebut what was said: "shut down his claim", "shot down the rumours", "knocked
# down the report".
REBUTTING_PHRASAL = {"shut", "shoot", "knock", "tamp", "play"}
# What such a rebuttal answers.
REBUTTED_WORDS = {"claim", "rumor", "rumour", "report", "speculation", "suggestion", "story", "allegation",
                  "assertion", "idea", "notion", "talk"}


def _phrasal_rebutters(verb: Token) -> list[Token]:
    """'the singer's representatives swiftly shut down his claim', 'aides shot down the rumors':
    who knocks down a claim in words answers it (not 'shut down the plant', a thing)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in REBUTTING_PHRASAL:
        return []
    children = list(verb.children)
    if not any(c.dep_ == "prt" and c.lower_ == "down" for c in children):
        return []
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in REBUTTED_WORDS for c in children):
        return []
    return [c for c in children if c.dep_ == "nsubj"]


def _offered_that(verb: Token) -> list[Token]:
    """'he diplomatically offered that the band would be touring Europe then': offering a
    that-clause puts forward what it says, a statement (not 'offered to play', 'offered a deal')."""
    from newsfacts.extract.citations.clauses import _is_finite_clause

    if verb.pos_ != "VERB" or verb.lemma_.lower() not in {"offer", "volunteer", "venture"}:
        return []
    children = list(verb.children)
    if any(c.dep_ in {"neg", "dobj", "dative"} for c in children):
        return []
    if not any(c.dep_ == "ccomp" and _is_finite_clause(c) and any(g.dep_ == "mark" and g.lower_ == "that"
                                                                 for g in c.children) for c in children):
        return []
    return [c for c in children if c.dep_ == "nsubj"]




def _claim_spreaders(verb: Token) -> list[Token]:
    """'conspiracy theories that his allies have spread', 'the senator peddled a false claim':
    who spreads a claim puts it about, a source (not 'the fire spread', 'spread the cost')."""
    from newsfacts.extract.citations.vocabulary import SPREAD_CLAIMS, SPREADING_VERBS

    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SPREADING_VERBS:
        return []
    children = list(verb.children)
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in children):
        return []
    spread = [c for c in children if c.dep_ == "dobj"]
    if verb.dep_ in {"relcl", "acl"} and verb.head.i < verb.i and not any(
            c.dep_ == "dobj" and c.lower_ not in {"that", "which"} for c in children):
        spread = [verb.head]  # "the theories that his allies have spread"
    if not any(c.lemma_.lower() in SPREAD_CLAIMS for c in spread):
        return []
    return [c for c in children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}]


# Adjectives of readiness that a saying verb may follow: "was quick to point out", "eager to add".
READY_TO_SAY = {"quick", "eager", "keen", "careful", "swift", "fast", "happy", "willing", "first"}
# Saying verbs said with readiness, beside the bare ones.
SAID_READILY = {"note", "add", "stress", "insist", "argue", "claim", "warn", "remind", "explain", "deny",
                "counter", "respond", "reply", "emphasize", "emphasise", "mention", "clarify", "correct"}


def _ready_sayers(verb: Token) -> list[Token]:
    """'Trump's first critic was quick to point out that ...', 'the mayor was careful to say ...':
    who was quick to say something said it (not 'quick to act', 'quick to leave')."""
    from newsfacts.extract.citations.vocabulary import BARE_SPEECH_VERBS

    if verb.pos_ != "VERB" or verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    lemma = verb.lemma_.lower()
    if not (lemma in BARE_SPEECH_VERBS | SAID_READILY or (
            lemma == "point" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children))):
        return []
    ready = verb.head
    if ready.lower_ not in READY_TO_SAY or ready.dep_ != "acomp" or any(c.dep_ == "neg" for c in ready.head.children):
        return []
    return [c for c in ready.head.children if c.dep_ == "nsubj"]


# Verbs of views voiced to a news outlet: "ridiculed this idea to the Washington Post".
VOICED_TO_PRESS_VERBS = {"ridicule", "mock", "dismiss", "complain", "describe", "defend", "criticize",
                         "criticise", "praise", "recount", "express", "voice", "confide", "lament", "boast",
                         "brag", "vent", "scoff", "downplay", "question"}


def _voiced_to_an_outlet(verb: Token) -> list[Token]:
    """'Tim Miller and Ann Cole ridiculed this idea to the Washington Post': a view voiced to a news
    outlet is told to it, its subject the source (the outlet only hears it)."""
    from newsfacts.extract.citations.spans import _speaker_span
    from newsfacts.extract.sources import classify_source

    if verb.pos_ != "VERB" or verb.lemma_.lower() not in VOICED_TO_PRESS_VERBS:
        return []
    outlets = [g for c in verb.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
               for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    if not outlets or classify_source(_speaker_span(outlets[0]), outlets[0])[1] not in {"media_outlet", "news_agency"}:
        return []
    return [c for c in verb.children if c.dep_ == "nsubj"]


_OBTAINED_AFTER = re.compile(r"\s+(?:that\s+were\s+|which\s+were\s+)?(?:obtained|seen|reviewed|acquired|leaked)\s+"
                             r"(?:by|to)\s+")


def _documents_obtained_apart(citations: list[Citation], body: str) -> list[Citation]:
    """'According to budget documents obtained by the Washington Post, ...': the outlet that got
    hold of unnamed documents reports them; the documents, issued by no one named, add no source."""
    outlets = [c for c in citations if c.source_type in {"media_outlet", "news_agency"} and c.cue == "obtained"]
    return [c for c in citations if not (
        c.source_type == "document" and (m := _OBTAINED_AFTER.match(body, c.char_end)) is not None
        and any(o.char_start == m.end() or body[m.end():o.char_start].lower() in {"the ", ""} for o in outlets))]


# What makes an associate someone's: "a close associate", "a longtime associate", "a former associate".
ASSOCIATE_TIES = {"close", "longtime", "long-time", "former", "trusted", "old", "senior", "business"}


def _close_associate(speaker: Token) -> bool:
    """'one close associate said', 'a longtime associate of the mayor says': a person close to
    someone, unnamed (not a store's 'associates' who post, nor 'an associate professor')."""
    return (speaker.pos_ == "NOUN" and speaker.lemma_.lower() == "associate" and speaker.tag_ == "NN"
            and any(c.dep_ == "amod" and c.lower_ in ASSOCIATE_TIES for c in speaker.children)
            and not any(c.dep_ in {"appos", "poss"} for c in speaker.children))


def _described_citation(speaker: Token, cue: str, offset: int, context: _ArticleContext) -> Citation:
    """An unnamed speaker cited by the words before it that describe it ('one close associate')."""
    doc = speaker.doc
    span = doc[speaker.left_edge.i : speaker.i + 1]
    described = [t.text for t in span if t.lower_ not in {"a", "an", "the", "one"}]
    char_start, char_end = offset + span.start_char, offset + span.end_char
    return Citation(
        citation_id=fact_id(context.article_id, "citation", char_start), article_id=context.article_id,
        cited_as=span.text, canonical_name=" ".join(described).lower(), source_type="anonymous", cue=cue,
        sentence=speaker.sent.text, char_start=char_start, char_end=char_end)


# A researcher's own group: "his team", "her lab".
OWN_GROUP_NOUNS = {"team", "lab", "laboratory", "group"}


def _own_group_publishing(speaker: Token) -> bool:
    """'In January, his team published a study on the chair': a researcher's own group putting out
    its work, which the article cites through the researcher named before, not as a body."""
    from newsfacts.extract.citations.vocabulary import PUBLISHING_VERBS

    return (speaker.pos_ == "NOUN" and speaker.lemma_.lower() in OWN_GROUP_NOUNS and speaker.dep_ == "nsubj"
            and speaker.head.lemma_.lower() in PUBLISHING_VERBS
            and any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in speaker.children))


_ONE_UNNAMED_HOLDER = re.compile(r"^(?:a|an|one|another)\s", re.IGNORECASE)


def _unnamed_office_holders(citations: list[Citation]) -> list[Citation]:
    """'one former adviser said he was certain': an office or role given with 'a', 'an' or 'one'
    and no name is someone unnamed, an anonymous source (the labelling rules), not an official."""
    return [replace(c, source_type="anonymous") if (
        c.source_type == "official" and _ONE_UNNAMED_HOLDER.match(c.cited_as)
        and c.canonical_name == c.canonical_name.lower() and not any(w[:1].isupper() for w in c.cited_as.split()[1:]))
        else c for c in citations]


_ELECT_TITLE = re.compile(r"\b(?:President|Vice[- ]President|Governor|Gov\.|Mayor|Senator|Sen\.|Prime Minister)"
                          r"[- ]elect\s+(?P<name>[A-Z].*)$")


def _offices_to_come_named(citations: list[Citation]) -> list[Citation]:
    """'President-elect Donald Trump's tweets': the name after an office-elect title, whose parse
    split the title ('elect Donald Trump'), is the person's, an official by that office."""
    split = {c.canonical_name for c in citations if _ELECT_TITLE.search(c.cited_as) is not None
             and c.canonical_name.lower().startswith("elect ") and c.source_type == "person"}
    # ('He said ...' after it: the pronoun took the split name too)
    return [replace(c, canonical_name=c.canonical_name[len("elect "):], source_type="official")
            if c.canonical_name in split and c.source_type == "person" else c for c in citations]
