"""Who a mention points back to and what kind of source a name is: pronouns, bare surnames,
"the company", acronyms, unnamed spokespeople, anonymous groups, offices and kin."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from newsfacts.extract.citations.spans import _closes_quotation, _speaker_span
from newsfacts.extract.citations.vocabulary import (
    ACRONYM_SMALL_WORDS,
    AGAIN_WORDS,
    AGENT_ENDINGS,
    AUTHORED_WRITINGS,
    BARE_SPEECH_VERBS,
    BODY_REACH,
    BODY_REFERENCE_TYPES,
    BOOK_NOUNS,
    CASE_PARTY_WORDS,
    CHORUS_NOUNS,
    COPULAS,
    DEFINITE_KIN_WORDS,
    DEFINITE_WORDS,
    DOCUMENT_REACH,
    FEMALE_PRONOUNS,
    FIGURE_WRITINGS,
    FIRM_KINDS,
    GOVERNMENT_KINDS,
    HONORIFICS,
    INDEFINITE_SPEAKERS,
    ISSUER_ADJECTIVES,
    MALE_PRONOUNS,
    NAME_REACH,
    NON_FIRM_NAME_WORDS,
    NOT_A_PERSON_ENTITIES,
    NOT_AGENT_ENDINGS,
    NOT_PERSONAL_WORDS,
    NOT_SPEAKING_IN,
    OFFICE_ABBREVIATIONS,
    ORG_REACH,
    OTHER_BODY_WORDS,
    PARTY_AND_STATE,
    PARTY_NOUNS,
    PERSON_ROLE_NOUNS,
    PERSON_TYPES,
    PERSONAL_NAME,
    POLLED_NOUNS,
    PROFESSION_ENDINGS,
    PROFESSION_WORDS,
    QUOTE_MARKS,
    RESEARCH_NOUNS,
    ROLE_WORDS,
    SPEECH_VERBS,
    SPOKEN_FOR_KINDS,
    SPOKES_RE,
    SUBJECT_REACH,
    SUBORDINATE_CLAUSES,
    THINGS_LIKE_AGENTS,
    TIME_NAMES,
    TOPIC_PREPOSITIONS,
    UNSPECIFIED_WORDS,
    VAGUE_WRITINGS,
    VIEW_HOLDERS,
    WRITING_VERBS,
    _speaker_nouns,
)
from newsfacts.extract.nlp import doc_text, doc_tokens
from newsfacts.extract.schemas import Citation, fact_id
from newsfacts.extract.sources import ANONYMOUS_NOUNS as ANONYMOUS_NOUNS_OF_PEOPLE
from newsfacts.extract.sources import (
    FORMER_WORDS,
    PARTY_MEMBER_WORDS,
    SPOKES_NOUNS,
    TITLE_WORDS,
    classify_source,
    names_an_office,
    office_held_before,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from newsfacts.extract.citations.context import _ArticleContext


def _inside_quotation(position: int, context: _ArticleContext) -> bool:
    return _within(position, context.quoted)


def _within(position: int, spans: list[tuple[int, int]]) -> bool:
    at = bisect_right(spans, (position, float("inf"))) - 1
    return at >= 0 and spans[at][0] <= position < spans[at][1]


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


def _office_in_apposition_before(ent: Span) -> bool:
    """'the leader of the far-right People's Party (DF), Morten Hansen, said': a name set after
    the office it holds, in apposition, in a parsed sentence (not 'the president's daughter, Ann
    Cole', 'a former minister, Bo Li', nor 'his bid for president ..., Patrick')."""
    doc = ent.doc
    if ent.start < 3 or doc[ent.start - 1].text != "," or not doc[ent.start - 2].pos_:
        return False
    for token in reversed(doc[max(0, ent.start - 14) : ent.start - 1]):
        if token.pos_ in {"VERB", "AUX"} or token.text in {",", ".", ";", ":"}:
            return False
        if names_an_office(token):
            following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
            return (following not in {"'s", "’s", "'"} and doc[token.i - 1].pos_ != "ADP"
                    and not office_held_before(list(doc[max(0, token.i - 3) : token.i + 1])))
    return False


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


def _without_possessive(span: Span) -> Span:
    """'the central bank's' -> 'the central bank': an issuer named as a possessor."""
    if len(span) > 1 and span[-1].tag_ == "POS":
        return span[:-1]
    return span


def _type_of_person(name: str, context: _ArticleContext) -> str:
    earlier = [c.source_type for c in context.citations if c.canonical_name == name]
    return "official" if "official" in earlier or name in context.titled else "person"


def _is_age_noun(head: Token) -> bool:
    """'the 56-year-old', tokenised 56 - year - old with the adjective 'old' as its head."""
    doc = head.doc
    return head.lower_ == "old" and head.i >= 2 and doc[head.i - 1].text == "-" and (
        doc[head.i - 2].lower_ in {"year", "years"})


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


POSSESSIVE_PRONOUNS = {"his", "her", "its", "their"}


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


def _role_of_someone_else(span: Span, head: Token, offset: int, context: _ArticleContext) -> bool:
    """'his lawyer', 'their spokesman': a role owned by someone named before is another person
    than that one, unless the article cited somebody by that role already ("Ana Ruiz, his
    lawyer, said ... his lawyer added")."""
    if span[0].lower_ not in POSSESSIVE_PRONOUNS or head.pos_ != "NOUN":
        return False
    role = re.compile(rf"\b{re.escape(head.lower_)}\b", re.IGNORECASE)
    position = offset + head.idx
    return not any(c.char_start < position and role.search(c.cited_as) for c in context.citations)


def _is_party_and_state(token: Token) -> bool:
    """'Sen. Ben Sasse, R-Neb., said': the party and state after a lawmaker's name."""
    subtree = sorted(t.i for t in token.subtree)
    return PARTY_AND_STATE.match(token.doc[subtree[0] : subtree[-1] + 1].text) is not None


def _looks_like_personal_name(text: str) -> bool:
    """'Eva-Marie Persson': a first and last name the NER may have taken for an organisation."""
    return (PERSONAL_NAME.match(text.strip()) is not None and not set(text.split()) & NOT_PERSONAL_WORDS
            and not text.startswith("The "))  # "The Doobie Brothers"


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
        return head.ent_type_ == "ORG" and _looks_like_personal_name(name) and (any(
            c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in PERSON_ROLE_NOUNS
            for c in head.children) or _his_or_her_own(head))
    # Only what the text says of the name tells: an age or a person's role set beside it
    # ("Jan Smit, 54, said", "Jan Smit, a local farmer, said"); the spelling alone does not
    # ("Big Machine", "Wall Street").
    return any(c.dep_ == "appos" and (c.like_num or c.lemma_.lower() in PERSON_ROLE_NOUNS | ANONYMOUS_NOUNS)
               for c in head.children) or any(
        c.dep_ == "appos" and c.lower_.endswith("-old") for c in head.children)


def _his_or_her_own(subject: Token) -> bool:
    """'Sean Hannity leads his audience to believe ...': the subject's verb takes as object a
    public that is 'his' or 'her' own, which only a person has (not 'its audience'; not 'would say
    his age', someone else's)."""
    from newsfacts.extract.citations.named import LED_PUBLICS

    if subject.dep_ != "nsubj":
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in LED_PUBLICS and any(
        g.dep_ == "poss" and g.lower_ in {"his", "her"} for g in c.children) for c in subject.head.children)


def _is_spokes_noun(token: Token) -> bool:
    return token.lower_ in SPOKES_NOUNS or token.lemma_.lower() in SPOKES_NOUNS


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
    ahead = _named_after_opening_clause(pronoun, context)
    if ahead is not None:
        name = context.full_names.get(ahead.text, ahead.text)
        return name, _type_of_person(name, context)
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
            if pronoun.pos_ == "PRON" and named and _named_under_pronoun_subject(named[-1][0], pronoun.lower_, context):
                # "He pointed to a 2004 tax holiday under President George W. Bush. ... he said":
                # the "he" of that sentence is not Bush, so neither is the "he" that goes on
                named = [(start, name) for start, name in named if name != named[-1][1]]
        if not named:
            if pronoun.pos_ == "PRON" and _inside_quotation(position, context):
                return _named_earlier_in_quote(pronoun, position, context)
            return None
        if pronoun.pos_ != "PRON" and named[-1][0] in context.heading_mentions and named[-1][1] and any(
                t.text == named[-1][1].split()[-1] for t in pronoun.sent if t.i > pronoun.i):
            return None  # "Joe Biden" heading an entry; "The senator said Biden was tired": somebody else
        if pronoun.pos_ == "PRON":
            if _inside_quotation(position, context):
                # '“We hired a writer and he has written a book,” she said'; but '“Ana was
                # worried. She said the guards were spies,” he recalled': the one person the quote
                # named before reports it.
                return _named_earlier_in_quote(pronoun, position, context)
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
            main = _main_subject_instead(named, position, sign, cited, context)
            if main is not None:
                named = [*named, main]
            if named[-1][0] < _chained_reach(position, sign, NAME_REACH, context):
                return None  # nobody named for paragraphs, nor talked of as "she" since
        kin = _writer_kin_instead(named[-1], position, pronoun, cited, context)
        if kin is not None:
            return kin, "anonymous"
        before = [name for _, name in named]
        if pronoun.pos_ == "NOUN" and pronoun.lower_ in TITLE_WORDS:
            return before[-1], "official"
        return before[-1], _type_of_person(before[-1], context)
    if pronoun.lower_ == "they" and _inside_quotation(position, context):
        # '“I met the Ortiz family. They said ‘keep it’,” he recalled': the group the quote named
        return _described_earlier_in_quote(pronoun, position, context)
    if pronoun.lower_ == "it":
        own = _body_of_its_relative_clause(pronoun)
        if own is not None:
            name, kind = classify_source(own, own.root)
            if kind not in PERSON_TYPES:
                # (the name as written: "D-Wave Systems" unknown to the recogniser keeps its "D-")
                return (own.text if own[0].text[:1].isupper() else name), kind
        return _resolve_it(position, context)
    return None


def _writer_kin_instead(last: tuple[int, str | None], position: int, pronoun: Token, cited: set[int],
                        context: _ArticleContext) -> str | None:
    """'My mother ... She told me that ...': in a memoir, "she" after the writer's kin of her sex is
    that kin (unnamed), not a person named since in passing ('like Margaret Thatcher'), nor one
    named before the kin; a person named since as a subject or speaker stays the one."""
    if pronoun.pos_ != "PRON" or pronoun.lower_ not in {"he", "she"}:
        return None
    sign = 1 if pronoun.lower_ == "he" else -1
    kin = [(at, word) for at, word, sex in context.writer_kin
           if sex == sign and at < position and not _inside_quotation(at, context)]  # (a speaker's mother)
    if not kin or kin[-1][0] < position - NAME_REACH:
        return None
    at, word = kin[-1]
    if last[0] > at and (last[0] in context.subject_mentions or last[0] in cited):
        return None
    if last[0] > at and not _named_in_passing_of_kin(last[0], at, pronoun.lower_, context):
        return None  # "Last week I met Senator Ann Berg. She said ...": the person met since
    return word


def _named_in_passing_of_kin(named_at: int, kin_at: int, pronoun: str, context: _ArticleContext) -> bool:
    """'My mother ... She admired Margaret Thatcher.', 'my mother met Margaret Thatcher': a name
    dropped in a sentence about the kin (the kin or "she" before it), not one in a sentence of
    its own ('Last week I met Senator Ann Berg.', 'Her neighbour, Ruth Kline, ran the bakery.'),
    unless it ends a roll of names ('my heroes: Orwell, Woolf, Nina Simone'), all named in passing."""
    for start, doc in context.parses:
        if start <= named_at < start + len(doc.text):
            if start <= kin_at < named_at:
                return True
            before = doc.text[: named_at - start]
            if len(doc.ents) >= 3 and re.search(r"\b[A-Z][\w.'’-]*\s*(?:,|—|–|\band)\s*$", before):
                return True
            return re.search(rf"\b{pronoun}\b", before, re.IGNORECASE) is not None
    return True


def _body_of_its_relative_clause(pronoun: Token) -> Span | None:
    """'D-Wave Systems, a Canadian company that caused a stir when it announced ...': "it" inside
    a relative clause on a body, set beside its name, is that body (the name, or the named noun
    the clause hangs on), not the last one cited before."""
    clause = next((a for a in pronoun.ancestors if a.dep_ == "relcl"), None)
    if clause is None or pronoun.dep_ != "nsubj" or pronoun.head == clause:
        return None  # (the clause's own subject is its relative pronoun, not "it")
    if any(t.lower_ == "it" and t.dep_ == "nsubj" and t.i < pronoun.i for t in clause.subtree):
        return None
    head = clause.head
    if head.pos_ == "NOUN" and head.dep_ == "appos" and head.head.pos_ == "PROPN":
        head = head.head  # "D-Wave Systems, a Canadian company that ..."
    if head.pos_ != "PROPN" or head.ent_type_ not in {"ORG", ""}:
        return None
    compounds = [t for t in head.subtree if t.i <= head.i and (t.dep_ == "compound" or t == head)]
    start = min(t.i for t in compounds)
    doc = head.doc
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and (
            not doc[start - 1].whitespace_ and doc[start - 2].text[:1].isalnum()):
        start -= 2  # "D-Wave Systems": a hyphenated name the tokenizer cut apart
    if any(t.dep_ != "compound" and t != head and not t.is_punct for t in doc[start : head.i + 1]):
        return None
    return doc[start : head.i + 1]


def _named_under_pronoun_subject(start: int, word: str, context: _ArticleContext) -> bool:
    """The name at body offset `start` stands in a clause whose subject, before it, is the
    pronoun `word` ("He pointed to a tax holiday under President George W. Bush"): that
    pronoun is somebody else, named before, whom the next one continues."""
    for offset, doc in context.parses:
        if not offset <= start < offset + len(doc_text(doc)):
            continue
        token = next((t for t in doc_tokens(doc) if offset + t.idx == start), None)
        if token is None or token.dep_ in {"nsubj", "nsubjpass"} or not doc.has_annotation("DEP"):
            return False  # (an unparsed sentence has no clauses to tell)
        root = token.sent.root
        if root.pos_ not in {"VERB", "AUX"} or token.i < root.i or root not in token.ancestors:
            return False
        # (the pronoun opening the sentence, outside any quotation: '"He will be prosecuted,"
        # Ann Cole said' names Cole as the speaker)
        return any(c.dep_ == "nsubj" and c.lower_ == word and c.i < root.i and not any(
            t.text in QUOTE_MARKS for t in doc[token.sent.start : c.i]) for c in root.children)
    return False


def _main_subject_instead(named: list[tuple[int, str | None]], position: int, sign: int, cited: set[int],
                          context: _ArticleContext) -> tuple[int, str] | None:
    """The article's main subject (a profile's, named far more often than anybody else, and shown
    to be a he or a she as the pronoun says), named within reach, for a pronoun whose nearest
    candidate is someone named in passing: once in the whole article, in a list of names, never
    as a subject nor as a speaker, and of no gender the article shows ("a troupe whose alumni
    include Ann Lee and Tom Hale. The idea was, she says, less scary"); else None."""
    main = context.main_subject
    start, name = named[-1]
    if not main or name is None or name == main or context.pronoun_votes.get(main, 0) * sign <= 0:
        return None
    if context.pronoun_votes.get(name, 0) or start in context.subject_mentions or start in cited:
        return None
    if not _listed_name(start, context):
        return None
    if sum(other == name for _, other in context.person_mentions) > 1 or any(
            c.canonical_name == name for c in context.citations):
        return None
    last = max((at for at, other in named if other == main), default=None)
    if last is None or last < position - NAME_REACH:
        return None
    return last, main


def _listed_name(start: int, context: _ArticleContext) -> bool:
    """The name at body offset `start` is one of a list of names ("stars such as Ann Lee, Bo Chan
    and Tom Hale"): the name before or after it is set apart from it by a comma or "and"/"or"
    alone."""
    starts = [at for at, _ in context.person_mentions]
    at = starts.index(start) if start in starts else -1
    if at < 0:
        return False
    pairs = []
    if at > 0:
        pairs.append((starts[at - 1], start))
    if at + 1 < len(starts):
        pairs.append((start, starts[at + 1]))
    for first, second in pairs:
        # what stands between the two names, the first name's words left out ("" when a lost
        # space glued the "and" to it: "Conan O'Brienand Will Ferrell")
        gap = context.body[first:second]
        between = re.sub(r"^(?:[A-Z][\w'’.-]*\s*)+", "", gap).strip()
        if between in {",", "and", ", and", "or", ", or", "&"} or (
                not between and re.search(r"[A-Za-z]and\s+$", gap)):
            return True
    return False


def _named_earlier_in_quote(pronoun: Token, position: int, context: _ArticleContext) -> tuple[str, str] | None:
    """The one person a quotation named before a sentence of it that opens with 'He said' or
    'She said'; nobody when the pronoun does not open its sentence or the quote named two people."""
    if not _opens_its_sentence(pronoun) or pronoun.dep_ != "nsubj" or pronoun.head.lemma_.lower() != "say":
        return None
    at = bisect_right(context.quoted, (position, float("inf"))) - 1
    start = context.quoted[at][0]
    named = {name for mention, name in context.person_mentions if start <= mention < position}
    if not named:
        # '“A man sat next to me. He said, ‘You have history,’” she said': a person the quote
        # described, never the quote's own speaker.
        return _described_earlier_in_quote(pronoun, position, context)
    if len(named) != 1:
        return None
    (name,) = named
    sign = 1 if pronoun.lower_ == "he" else -1
    if context.pronoun_votes.get(name, 0) * sign < 0:
        return None
    return name, _type_of_person(name, context)


def _opens_its_sentence(token: Token) -> bool:
    """The token opens its sentence, after quotation marks at most ('“He said, ...')."""
    return all(t.text in QUOTE_MARKS for t in token.doc[token.sent.start: token.i])


# Nouns for a man or a woman, which only "he" or only "she" takes up.
MALE_NOUNS = {"man", "guy", "gentleman", "boy", "father", "husband", "son", "brother", "uncle", "grandfather",
              "dad", "king", "prince", "businessman", "policeman", "chairman", "spokesman"}
FEMALE_NOUNS = {"woman", "lady", "girl", "mother", "wife", "daughter", "sister", "aunt", "grandmother",
                "mom", "mum", "queen", "princess", "businesswoman", "policewoman", "chairwoman", "spokeswoman"}
# Nouns for a group of people that "they" takes up: "the Turner family", "the board".
GROUP_NOUNS = {"family", "team", "board", "committee", "council", "company", "firm", "studio", "network",
               "government", "ministry", "department", "agency", "police", "band", "couple", "panel", "jury"}


def _described_earlier_in_quote(pronoun: Token, position: int, context: _ArticleContext) -> tuple[str, str] | None:
    """The nearest person ('a man in uniform') or, for 'they', group ('the Turner family', 'two
    nurses', an organisation) a quotation described in the sentence before one that opens with
    the pronoun as the subject of 'say'. Never one the speaker owns ('my grandfather': the
    speaker's kin, who may be long dead) nor one with a name (handled by the names)."""
    if not _opens_its_sentence(pronoun) or pronoun.dep_ != "nsubj" or pronoun.head.lemma_.lower() != "say":
        return None
    at = bisect_right(context.quoted, (position, float("inf"))) - 1
    start = context.quoted[at][0]
    opening = position - pronoun.idx + pronoun.sent.start_char
    earlier = []
    for offset, doc in context.parses:
        if offset >= opening or not doc.has_annotation("DEP"):
            continue
        earlier += [(offset, sentence) for sentence in doc.sents if offset + sentence.end_char <= opening]
    they = pronoun.lower_ == "they"
    fitting = []
    # The nearest of the three sentences before, all inside the quotation and its paragraph.
    for offset, sentence in reversed(earlier[-3:]):
        if offset + sentence.start_char < start - 1 or "\n" in context.body[offset + sentence.end_char: opening]:
            break
        fitting = [token for token in sentence if _fits_pronoun(token, they, pronoun.lower_)]
        if fitting:
            break
    if not fitting:
        return None
    head = fitting[-1]
    if head.ent_type_ == "ORG":
        ent = next(e for e in head.doc.ents if e.start <= head.i < e.end)
        name, kind = classify_source(ent, ent.root)
        return name, kind
    words = [t for t in head.subtree if t.i <= head.i or t.dep_ in {"prep", "pobj", "acl", "amod", "advmod"}
             or t.head.i > head.i and t.head.dep_ in {"prep", "pobj", "acl"}]
    words = [t for t in words if t.i <= head.i or t.pos_ != "VERB" or any(t.children)]  # "A man called."
    span = head.doc[min(t.i for t in words): max(t.i for t in words) + 1]
    if len(span) > 10:
        span = head.doc[min(t.i for t in head.subtree): head.i + 1]
    _, kind = classify_source(span, head)
    return span.text, kind


def _fits_pronoun(token: Token, they: bool, pronoun: str) -> bool:
    """A person ('a man', 'the nurse') for 'he' or 'she' by the noun's sex, a group ('two nurses',
    'the board', an organisation) for 'they'; never one owned ('my father')."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ in {"compound", "poss"} or any(
            c.dep_ == "poss" for c in token.children):
        return False
    lemma = token.lemma_.lower()
    if they:
        return (token.tag_ == "NNS" and lemma in ANONYMOUS_NOUNS_OF_PEOPLE) or token.ent_type_ == "ORG" or (
            token.pos_ == "NOUN" and lemma in GROUP_NOUNS)
    return token.pos_ == "NOUN" and token.tag_ == "NN" and lemma in (MALE_NOUNS if pronoun == "he" else FEMALE_NOUNS)


def _named_after_opening_clause(pronoun: Token, context: _ArticleContext) -> Token | None:
    """'Though he outlined the work in emails, Ruiz insisted ...': 'he' in a concession that opens
    the sentence is the person named as the subject of the main clause after it (not 'After he
    left, Ruiz said ...', where 'he' is often someone named before)."""
    asked = _asked_in_opening_clause(pronoun, context)
    if asked is not None:
        return asked
    clause = pronoun.head
    if pronoun.lower_ not in {"he", "she"} or pronoun.dep_ != "nsubj" or clause.dep_ != "advcl":
        return None
    main = clause.head
    if not any(c.dep_ == "mark" and c.lower_ in {"though", "although", "while"} for c in clause.children) or (
            main.i < clause.i):
        return None
    subject = next((c for c in main.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and (
        subject.ent_type_ == "PERSON" or (subject.pos_ == "PROPN" and subject.text in context.full_names)) else None


# Verbs of putting a question to someone: "When I asked Ana Ruiz about it, she said".
ASKING_VERBS = {"ask", "contact", "reach", "interview", "question", "press", "approach", "email", "phone"}


def _asked_in_opening_clause(pronoun: Token, context: _ArticleContext) -> Token | None:
    """'When I asked the firm's director, Ana Ruiz, about the searches, she said ...': 'he' or
    'she' answering in the main clause is the person the opening clause put the question to (not
    someone named sentences before); nobody when that clause's asker is a named person ('When
    Ruiz asked Tom Lee, he said' may be either) or the article has the name for the other sex."""
    if pronoun.lower_ not in {"he", "she"} or pronoun.dep_ != "nsubj":
        return None
    main = pronoun.head
    # ('..., she said, “I can't ...”' may hang "said" and the opening clause on the quote's verb)
    heads = [main, main.head] if main.dep_ in {"parataxis", "ccomp"} else [main]
    for clause in (c for head in heads for c in head.children if c.dep_ == "advcl" and c.i < pronoun.i):
        if clause.lemma_.lower() not in ASKING_VERBS or not any(
                c.dep_ in {"mark", "advmod"} and c.lower_ in {"when", "after", "once", "as"} for c in clause.children):
            continue
        asker = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if asker is not None and (asker.pos_ == "PROPN" or asker.ent_type_ == "PERSON"):
            continue
        for asked in (c for c in clause.children if c.dep_ == "dobj"):
            person = asked if asked.ent_type_ == "PERSON" else next(
                (a for a in asked.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"), None)
            if person is None:
                continue
            name = context.full_names.get(person.text, person.text)
            sign = 1 if pronoun.lower_ == "he" else -1
            if context.pronoun_votes.get(name, 0) * sign < 0:
                return None
            return person
    return None


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
    token = next((t for offset, doc in context.parses for t in doc_tokens(doc) if offset + t.idx == start), None)
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
                  if c.source_type in types and c.char_start < position
                  and not _part_of_government(head, c.canonical_name)), None)
    # A body cited paragraphs back yields to one of the kind named within reach ("... the World
    # Health Organization says. [...] He did not work for FedEx, the company said"; "... WeWork.
    # [...] Amazon is now letting you listen ... The company published"), but only to one the text
    # speaks of as a subject, unless the body cited is named as no firm: "Acme Corp", cited at the
    # top of a business story, stays "the company" after "batteries made by Panasonic".
    near = cited is not None and cited[0] >= position - BODY_REACH
    other_kind = cited is not None and head.lower_ in FIRM_KINDS and (
        cited[1].split()[-1].lower() in NON_FIRM_NAME_WORDS)
    named = None
    for start, ent in [*reversed(same_sentence), *(() if near else reversed(context.org_mentions))]:
        if not position - BODY_REACH <= start < position:
            continue
        if cited is not None and not other_kind and ent.doc is not head.doc and (
                ent.root.dep_ not in {"nsubj", "nsubjpass"}):
            continue
        while len(ent) > 1 and (ent[-1].tag_ == "POS" or ent[-1].lower_ in {"’s", "'s"}):
            ent = ent[:-1]  # "Facebook’s platforms": the possessive is no part of the name
        name, kind = classify_source(ent, ent.root)
        if kind in types and not _part_of_government(head, name):
            named = (start, name, kind)
            break
    best = named if named is not None and any(named[0] == s for s, _ in same_sentence) else (
        cited if near else named or cited)
    return (best[1], best[2]) if best is not None else None


def _part_of_government(head: Token, name: str) -> bool:
    """'the government' is a government, not one of its offices cited before ('the Morton County
    sheriff's office ... While the government asserts that'): a body named by a kind of part
    (office, department, agency, police, court) is no antecedent of it."""
    words = name.lower().split()
    return head.lower_ == "government" and bool(words) and words[-1] in GOVERNMENT_KINDS - {
        "government", "administration", "state", "parliament", "legislature"}


def _earlier_issuer(document: Token, position: int, context: _ArticleContext) -> tuple[str, str] | None:
    """'The ministry issued a statement. The statement said ...': 'the statement' points back at
    the source cited, shortly before, in a sentence that spoke of such a document."""
    word = re.compile(rf"\b{re.escape(document.lower_)}\b", re.IGNORECASE)
    for citation in reversed(context.citations):
        if citation.char_start >= position or citation.source_type == "document":
            continue
        if citation.char_start < position - DOCUMENT_REACH:
            return None
        sentence = citation.sentence
        if sentence == document.sent.text:
            # (its own sentence: "Someone told police ..., according to the report" speaks of
            # no such document before the one named, which is not the speaker's)
            sentence = sentence[: document.idx - document.sent.start_char]
        if word.search(sentence):
            return citation.canonical_name, citation.source_type
    return None


def _author_of_writing(noun: Token, offset: int, context: _ArticleContext) -> tuple[str, str] | None:
    """Who a research writing is by, from its own sentence: 'in a new paper published in X, he
    warns' (the subject acting in it), 'his new paper', 'Hansen's study'; a person or a body."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB":
        verb = noun.head.head
        if verb.lemma_.lower() not in NOT_SPEAKING_IN and verb.tag_ != "VBN":
            owner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if owner is None and noun.dep_ == "dobj" and noun.lemma_.lower() in BOOK_NOUNS and (
            noun.head.lemma_.lower() in WRITING_VERBS):
        owner = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)  # "Ruiz wrote a biography"
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


def _is_indefinite_speaker(speaker: Token) -> bool:
    """'Some said ...', 'Another reportedly said ...'; not 'some of them said' (them speaks)
    nor 'some expect' (a plain verb)."""
    from newsfacts.extract.citations.clauses import _is_habitual_saying

    verb = speaker.head
    said = next((c for c in verb.children if c.dep_ == "xcomp" and _is_habitual_saying(c)), None)
    if said is not None:
        verb = said  # "Some like to argue that ...": what they like to do is say
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


OPEN_ENDS = {"more", "others"}


def _coordinated_kinds_of_people(head: Token) -> list[Token] | None:
    """'analysts and activists working in the region', 'students, teachers and parents': bare
    plural kinds of people coordinated, which the labels cite as one unnamed group; None when
    any conjunct is a name, a body or people counted or determined ('economists and the central
    bank' are two sources)."""
    if not _is_bare_kind_of_people(head):
        return None
    conjuncts = [c for c in head.subtree if c.dep_ == "conj" and c.head.i in {head.i} | {
        t.i for t in head.subtree if t.dep_ == "conj"}]
    # ("students, teachers and more", "analysts, traders and others": an open end adds no kind)
    kinds = [c for c in conjuncts if not (c.lower_ in OPEN_ENDS and c == conjuncts[-1] and len(conjuncts) > 1)]
    if not kinds or not all(_is_bare_kind_of_people(c) for c in kinds):
        return None
    if any(g.dep_ == "amod" and g.i < c.i for c in kinds for g in c.children):
        return None  # "researchers and environmental observers": a later kind with its own description is apart
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


def _is_speaker_noun(noun: Token) -> bool:
    """A common noun that can head a source: a person, an office, a body, a group or a document
    ('the guard', 'protesters', 'the regulator', 'the company', 'the report'); not a thing or an
    abstraction ('the script', 'her eyes', 'the agreement', 'Stadia's performance')."""
    doc = noun.doc
    if noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-" and doc[noun.i + 2].pos_ == "NOUN":
        noun = doc[noun.i + 2]  # "co-author", "ex-wife": the noun after the hyphen names the kind
    if noun.text[:1].isupper():
        return True  # "Wikileaks", "Intel": a name the tagger took for a common noun
    from newsfacts.extract.citations.groups import _speaks_as_a_group

    if _speaks_as_a_group(noun):
        return True  # "advocates argued", "the inmates observed", "former greats say"
    lemma, lower = noun.lemma_.lower(), noun.lower_
    if lemma in CHORUS_NOUNS and any(g.dep_ == "pobj" and _is_speaker_noun(g) for c in noun.children
                                     if c.dep_ == "prep" and c.lower_ == "of" for g in c.children):
        return True  # "a growing chorus of experts say": the experts speak through their number
    known = _speaker_nouns()
    if lemma in known or lower in known:
        return True
    from newsfacts.extract.sources import ROLE_AND_WRITING_NOUNS, held_formerly

    if held_formerly(noun) and lemma in ROLE_AND_WRITING_NOUNS:
        return True  # "a former model told me": a role once held is a person's, not a paper's
    if _tellers_accounts(noun):
        return True  # "One account reported that ...", "Some accounts said": tellings, unnamed
    word = lemma if lemma.isalpha() else lower
    return word.endswith(AGENT_ENDINGS) and not word.endswith(NOT_AGENT_ENDINGS) and word not in THINGS_LIKE_AGENTS


# Words that count or sort unnamed accounts of a happening: "One account", "Some accounts".
ACCOUNT_QUANTIFIERS = {"one", "another", "some", "all", "other", "several", "many", "most", "both",
                       "conflicting", "differing", "early", "initial", "later", "multiple", "various"}


# Unnamed tellings or replies that speak for their unnamed authors: "Some accounts said",
# "Other responses noted that ..." (replies to a call for comment), "Several submissions argued".
TELLING_NOUNS = {"account", "response", "submission"}


def _tellers_accounts(noun: Token) -> bool:
    """'One account reported that Amri tried to flee', 'Some accounts said', 'All accounts
    agreed', 'Other responses noted that': unnamed tellings or replies, speaking as the subject;
    not 'his account' (his own words), 'a bank account' or 'the Twitter account' (a thing held)."""
    if noun.lemma_.lower() not in TELLING_NOUNS or noun.dep_ != "nsubj":
        return False
    if any(c.dep_ in {"poss", "compound"} or c.pos_ == "PROPN" for c in noun.children):
        return False
    return any(c.lower_ in ACCOUNT_QUANTIFIERS and c.dep_ in {"det", "nummod", "amod", "predet"} for c in noun.children)


def _writing_without_issuer(span: Span, head: Token) -> bool:
    """'studies show', 'a preliminary study in rats hints', 'every exploration study indicated',
    'according to one estimate': research nobody is named for is no source (a study with an
    issuer is: 'a Harvard study found', 'a study by the IMF', 'the agency's report')."""
    # ("online documents suggest": papers nobody is named for, like a study without an issuer)
    if head.lemma_.lower() not in RESEARCH_NOUNS and head.lower_ not in RESEARCH_NOUNS | {"documents"}:
        return False
    from newsfacts.extract.sources import ROLE_AND_WRITING_NOUNS, held_formerly

    if held_formerly(head) and head.lemma_.lower() in ROLE_AND_WRITING_NOUNS:
        return False  # "a former model": a person who once held the role, no writing
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
    # "according to one analysis" cites a single piece of work, like "according to a study";
    # "according to one estimate" gives a figure nobody is named for, and is no source.
    return plural or (head.lemma_.lower() in FIGURE_WRITINGS and any(c.lower_ == "one" for c in modifiers))


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
