"""Named speakers in shapes the saying-verb rules miss (session 17).

- the named examples of a group that speaks: "former players like Ana Ruiz say", "rights groups
  such as Amnesty International said";
- a passive saying verb the tagger took for a past tense after a participle it is joined to:
  "the form obtained by the paper and confirmed by a city official";
- "called" with its object described in quotation marks: 'Ruiz called the plan "a disgrace"',
  and the verbs of naming: 'she had dubbed his role "the Gordon problem"';
- a researcher showing a finding in a paper: "Ruiz showed in a 2010 paper that ...";
- agreeing with someone: "Lee agreed with Ruiz." (and so "So did her deputy, Tom Hale." after it);
- a finding determined: "investigators determined that the fire was set" (not "the data will
  determine how seats are shared", "to determine whether ...");
- reports that something happened, nobody named: "the agency has received reports that ...",
  "amid reports of looting".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.extract.citations.vocabulary import (
    AGREEING_VERBS,
    AUTHORED_WRITINGS,
    DETERMINING_VERBS,
    EXAMPLE_ENTITIES,
    EXAMPLE_PREPOSITIONS,
    FUTURE_AUXES,
    NAMING_VERBS,
    POSSIBLE_MODALS,
    QUOTE_MARKS,
    REPORTS_AMID_WORDS,
    VIEW_HOLDERS,
    WH_WORDS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _named_examples(heads: list[Token]) -> list[Token]:
    """'former players like Ana Ruiz say', 'groups such as Amnesty said': each one named speaks."""
    examples = []
    for head in heads:
        if head.pos_ != "NOUN" or head.tag_ != "NNS":
            continue  # a kind of speakers, plural, is what examples are given of
        for child in head.children:
            if child.dep_ != "prep" or child.lower_ not in EXAMPLE_PREPOSITIONS:
                continue
            if child.lower_ == "as" and not any(g.lower_ == "such" for g in child.children) and not (
                    child.i > 0 and child.doc[child.i - 1].lower_ == "such"):
                continue  # "officials as far away as ...": no examples
            examples += [g for g in child.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
                         and g.ent_type_ in EXAMPLE_ENTITIES]
    return examples


def _is_passive_form(verb: Token) -> bool:
    """A past participle, or a past tense the tagger gave one joined to a participle with its
    own 'by' agent ("obtained by the paper and confirmed by an official")."""
    if verb.tag_ == "VBN":
        return True
    return (verb.tag_ == "VBD" and verb.dep_ == "conj" and verb.head.tag_ == "VBN"
            and any(c.dep_ == "agent" for c in verb.children)
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children))


def _opens_with_quote(phrase: Token, after: int) -> bool:
    """The phrase under `phrase` opens with a quotation mark, after token `after`."""
    first = phrase.left_edge.i
    if phrase.doc[first].text in QUOTE_MARKS:
        return first > after
    return first > after + 1 and phrase.doc[first - 1].text in QUOTE_MARKS


def _calls_quoted(verb: Token) -> bool:
    """'Ruiz called the plan "a disgrace"': the object's description in quotation marks, which
    the parse hangs on the object as an apposition rather than a complement of "called"; and
    'she dubbed the plan "a land grab"' or '... as "a land grab"', by a subject named in the clause."""
    lemma = verb.lemma_.lower()
    if lemma not in NAMING_VERBS | {"call"}:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in NAMING_VERBS:
        if not objects or not any(c.dep_ == "nsubj" for c in verb.children):
            return False  # "a storm dubbed Ophelia": a name given by nobody cited
        if any(c.dep_ in {"oprd", "xcomp"} and _opens_with_quote(c, verb.i) for c in verb.children):
            return True
        if any(c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" and _opens_with_quote(g, c.i)
                                                            for g in c.children) for c in verb.children):
            return True
    for obj in objects:
        for appos in (c for c in obj.children if c.dep_ == "appos" and c.i > obj.i):
            if _opens_with_quote(appos, obj.i):
                return True
    # 'Lee at the time called the deal "an example of a process gone amok."': the description in
    # quotation marks right after a short object, which the parse took for a clause of its own.
    doc = verb.doc
    return lemma == "call" and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) and any(
        obj.right_edge.i + 1 < len(doc) and obj.right_edge.i - verb.i <= 4
        and doc[obj.right_edge.i + 1].text in OPENING_QUOTES and _closes_later(doc, obj.right_edge.i + 1)
        # (a description in lower case, not a name: 'called the hotline "Help Now"' phoned it)
        and doc[obj.right_edge.i + 2].is_lower
        for obj in objects)


OPENING_QUOTES = {'"', "“", "‘"}


def _closes_later(doc: Doc, opening: int) -> bool:
    """The quotation mark at `opening` opens a quotation of two words or more closed later in the sentence."""
    closing = {"“": {"”"}, "‘": {"’"}}.get(doc[opening].text, {doc[opening].text})
    return any(t.text in closing for t in doc[opening + 3 :])  # two words or more, no label


def _shown_in_writing(verb: Token, subject: Token) -> bool:
    """'Ruiz showed in a 2010 paper that the cells repair themselves': a researcher's finding,
    told in a writing of theirs (whatever shape the parse gives the clause)."""
    if not (subject.ent_type_ == "PERSON" or subject.lemma_.lower() in VIEW_HOLDERS):
        return False
    writings = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in AUTHORED_WRITINGS]
    if not writings:
        return False
    # (the parse often hangs the that-clause on the writing: "in a paper [that cells ...]")
    if any(c.dep_ == "ccomp" for c in verb.children):
        return True
    clauses = [c for w in writings for c in w.subtree if c.dep_ in {"relcl", "acl"} and c.head.i >= w.i]
    return any(any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children) for c in clauses)


def _agrees_with_someone(verb: Token) -> bool:
    """'Lee agreed with Ruiz': a view on the record, given by agreeing with a person named or
    spoken of (not 'agreed with the union on a deal', 'agreed to pay')."""
    if verb.lemma_.lower() not in AGREEING_VERBS or verb.dep_ != "ROOT" or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        g.dep_ == "pobj" and (g.ent_type_ == "PERSON" or g.lower_ in {"him", "her", "them"}) for g in c.children)
        for c in verb.children)


def _unattributed_reports(noun: Token) -> bool:
    """'has received reports that access is being restored', 'amid reports of looting': reports
    nobody is named for, which tell what happened (not 'annual reports', 'the reports', 'its
    reports', nor reports of a kind: 'police reports')."""
    if noun.lower_ != "reports" or noun.pos_ != "NOUN":
        return False
    if any(c.dep_ in {"det", "poss", "compound", "amod", "nummod"} for c in noun.children):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in REPORTS_AMID_WORDS:
        return True
    return any(c.dep_ in {"acl", "ccomp"} and c.pos_ in {"VERB", "AUX"}
               and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
               for c in noun.children)


# Words before "reports" that say how many or how sure, not whose: "multiple reports of".
VAGUE_REPORT_WORDS = {"multiple", "several", "numerous", "many", "initial", "early", "unconfirmed",
                      "conflicting", "widespread", "new", "recent", "persistent", "repeated"}


def _unnamed_press_reports(noun: Token) -> bool:
    """'as reports of a crackdown on illegal plants spurred speculation', 'Seeing multiple
    reports of a USAF C-130 ...': reports nobody is named for, of a happening, that the text
    takes in as news (the press, unnamed); not 'amid reports of' (above), 'the reports', 'its
    reports', nor reports of a kind ('police reports', 'annual reports')."""
    if noun.lower_ != "reports" or noun.pos_ != "NOUN" or noun.dep_ not in {"nsubj", "dobj"}:
        return False
    if any(c.dep_ in {"det", "poss", "compound", "nummod"} or (c.dep_ == "amod" and c.lower_ not in VAGUE_REPORT_WORDS)
           for c in noun.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children)
               for c in noun.children)


def _determined_on_record(verb: Token) -> bool:
    """'Investigators determined that the fire was set': a finding made, stated by its clause;
    not one still to make ("will determine", "to determine whether"), a question ("determine how
    seats are shared"), nor one a speaker reports inside a quotation."""
    if verb.lemma_.lower() not in DETERMINING_VERBS:
        return True
    if verb.dep_ in {"xcomp", "advcl", "relcl", "acl", "pcomp"} or any(
            c.dep_ == "aux" and c.lower_ in FUTURE_AUXES | POSSIBLE_MODALS | {"to"} for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses or any(verb.doc[min(t.i for t in c.subtree)].lower_ in WH_WORDS for c in clauses):
        return False
    sentence = verb.sent
    marks = sum(t.text in QUOTE_MARKS - {"'", "’"} for t in verb.doc[sentence.start : verb.i])
    return marks % 2 == 0  # an open quotation: what a speaker says someone determined


# What goes round with no teller named: "there has been speculation that ...".
HEARSAY_NOUNS = {"speculation", "rumor", "rumors", "rumour", "rumours", "talk", "chatter", "reports", "whispers"}


def _existential_hearsay(noun: Token) -> bool:
    """'There's also been some speculation that Apple could ...', 'there were rumors that the
    plant would close': talk that went round, with what it told in a that-clause, and nobody
    named for it (an anonymous source); not 'there is no speculation', 'there may be talk'."""
    if noun.pos_ != "NOUN" or noun.lower_ not in HEARSAY_NOUNS or noun.dep_ not in {"attr", "nsubj"}:
        return False
    be = noun.head
    if be.lemma_.lower() != "be" and be.lower_ not in {"’s", "'s", "been"}:
        return False
    if not any(c.dep_ == "expl" and c.lower_ == "there" for c in be.children):
        return False
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in be.children) or any(
            c.dep_ in {"det", "amod"} and c.lower_ in {"no", "little"} for c in noun.children):
        return False
    return any(c.dep_ in {"acl", "ccomp"} and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
               for c in noun.children)


# Verbs of answering talk that goes round: "confirmed rumors that", "denied speculation that".
ANSWERING_VERBS = {"confirm", "deny", "dismiss", "refute", "debunk", "quash", "squash", "address", "rebut"}
# ...and with "off": "laughed off rumors that", "shrugged off speculation that".
OFF_ANSWERING_VERBS = {"laugh", "shrug", "brush"}
# Where talk goes round, nobody named: "social media rumours", "online rumors", "internet speculation".
HEARSAY_PLACES = {"media", "online", "internet", "web"}
# Talk that spreads, still nobody's: "growing speculation", "mounting rumours", "online rumors".
GROWING_TALK_WORDS = {"growing", "mounting", "swirling", "online"}


def _answered_hearsay(noun: Token) -> bool:
    """'Lee confirms rumors that Hale punched him', 'she denied speculation that she would quit':
    the rumours a speaker answers, told by nobody named, are an anonymous source (as 'there were
    rumors that'); not rumours of a named teller ('the paper's rumors'), nor ones the subject
    spreads or starts ('spread rumors that', 'sparked speculation that')."""
    if noun.lower_ not in HEARSAY_NOUNS - {"reports", "talk"} or noun.dep_ != "dobj":
        return False
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if noun.pos_ != "NOUN" and not (before is not None and before.lower_ in HEARSAY_PLACES and before.head == noun.head):
        return False  # "dismissed social media rumours", the parser taking "rumours" for a verb
    verb = noun.head
    if verb.lemma_.lower() not in ANSWERING_VERBS and not (
            verb.lemma_.lower() in OFF_ANSWERING_VERBS and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)):
        return False
    if any(c.dep_ in {"det", "poss", "nummod"} or (c.dep_ == "compound" and c.lower_ not in HEARSAY_PLACES) or (
            c.dep_ == "amod" and c.lower_ not in VAGUE_REPORT_WORDS | GROWING_TALK_WORDS) for c in noun.children):
        return False
    return any(c.dep_ in {"acl", "ccomp"} and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
               for c in noun.children)


# Agents of a passive judgement that name nobody in particular: "is seen by many as", "by most".
UNNAMED_JUDGES = {"many", "some", "most", "others", "all", "few", "several", "everyone", "everybody",
                  "anyone", "people", "observers", "fans", "users", "viewers", "readers", "critics"}


def _judged_by_agent(verb: Token) -> list[Token]:
    """'Kelly is considered by the Murdochs to be the future of the network', 'the suspect is
    believed by police to have acted alone', 'the deal is seen by the government as a defeat': a
    judgement held by the passive's agent, named or in office, told as a fact. Not 'seen by
    Reuters' (a document read), 'is seen by many as' (nobody named), 'may be considered by the
    board' (a possibility), nor 'is regarded by them as' (a pronoun, cited where it was named)."""
    from newsfacts.extract.citations.clauses import _holds_views_on_record
    from newsfacts.extract.citations.spans import _is_hypothetical
    from newsfacts.extract.citations.vocabulary import PASSIVE_JUDGING_VERBS

    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or verb.lemma_.lower() not in PASSIVE_JUDGING_VERBS:
        return []
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children) and verb.dep_ != "acl":
        return []
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in children) or _is_hypothetical(verb):
        return []
    agents = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if len(agents) != 1:
        return []
    agent = agents[0]
    if agent.pos_ == "PRON" or agent.lower_ in UNNAMED_JUDGES or agent.like_num or agent.ent_type_ in {
            "CARDINAL", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"}:
        return []
    judged_as = any(
        (c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        or c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as")
        for c in [*children, *agent.children])
    return [agent] if judged_as and _holds_views_on_record(agent) else []


# Whom a speaker leads to believe something: its public ("leads his audience to believe").
LED_PUBLICS = {"audience", "viewer", "listener", "reader", "follower", "supporter", "voter", "public",
               "investor", "shareholder", "customer", "fan", "base", "constituent", "consumer", "patient"}


def _led_to_believe(verb: Token) -> list[Token]:
    """'Sean Hannity leads his audience to believe immigrants are prone to crime', 'the firm led
    investors to believe that sales were growing': a named speaker who conveys a view to a public;
    not 'the evidence leads us to believe' (a thing, a reasoning), 'was led to believe' (nobody
    named), nor 'may lead voters to think' (a possibility)."""
    from newsfacts.extract.citations.clauses import _is_finite_clause
    from newsfacts.extract.citations.spans import _is_hypothetical

    if verb.pos_ != "VERB" or verb.lemma_.lower() != "lead" or verb.tag_ not in {"VBD", "VBZ", "VBP", "VBN"}:
        return []
    children = list(verb.children)
    if any(c.dep_ in {"neg", "auxpass"} or (c.dep_ == "aux" and c.tag_ == "MD") for c in children) or (
            _is_hypothetical(verb)):
        return []
    public = next((c for c in children if c.dep_ == "dobj"), None)
    if public is None or public.lemma_.lower() not in LED_PUBLICS:
        return []
    believing = any(c.dep_ == "xcomp" and c.lemma_.lower() in {"believe", "think"} and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and any(
        g.dep_ == "ccomp" and _is_finite_clause(g) for g in c.children) for c in children)
    if not believing:
        return []
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ not in {"PERSON", "ORG", "GPE", "NORP", ""}:
        return []
    if not subject.ent_type_ and not _names_in_full(subject) and not any(
            g.dep_ == "poss" and g.lower_ in {"his", "her"} for g in public.children):
        return []  # "Tesla led investors to believe": a lone word the recogniser names nothing, read as a person
    return [subject]


def _names_in_full(subject: Token) -> bool:
    """'Sean Hannity', 'the American Civil Liberties Union': a name of more than one word."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in subject.children)


# Verbs of putting data together, and the data so put together: "the ACLU has compiled a list of
# 76 agencies", "the group keeps a tally of".
COMPILING_VERBS = {"compile", "assemble"}
COMPILED_DATA = {"list", "tally", "database", "count", "tracker", "dataset", "inventory"}


def _data_compilers(verb: Token) -> list[Token]:
    """'the American Civil Liberties Union has assembled a list of 76 agencies', 'Amnesty compiled
    a tally of the dead': a named body or person who put the figures together is their source; not
    'the coach assembled a list of players' (a list with no count), 'will compile a database' (not
    yet), nor 'they compiled a list' (a pronoun, cited where named)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in COMPILING_VERBS or verb.tag_ not in {"VBD", "VBZ", "VBP", "VBN"}:
        return []
    children = list(verb.children)
    if any(c.dep_ in {"neg", "auxpass"} or (c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to")) for c in children):
        return []
    data = next((c for c in children if c.dep_ == "dobj" and c.lemma_.lower() in COMPILED_DATA), None)
    if data is None:
        return []
    counted = any(g.dep_ == "nummod" or g.like_num for p in data.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj" for g in o.children)
    if data.lemma_.lower() == "list" and not counted:
        return []
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ not in {"ORG", "PERSON", "GPE", "NORP", ""}:
        return []
    if not subject.ent_type_ and not _names_in_full(subject):
        return []  # "Lego assembled a count of 3,000 bricks": a lone word the recogniser names nothing
    return [subject]
