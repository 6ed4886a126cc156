"""Documents and their issuers: "X's statement", "a study by X", "a report released by X",
"according to a statement by X"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.extract.citations.spans import (
    _is_hypothetical,
    _is_unrealised,
    _names_a_time,
    _speaker_span,
)
from newsfacts.extract.citations.vocabulary import (
    ANSWERING_VERBS,
    CLAIM_NOUNS,
    FUNDING_VERBS,
    FUTURE_AUXES,
    ISSUED_NOUNS,
    ISSUING_VERBS,
    MESSAGE_NOUNS,
    MESSAGE_TOLD_WORDS,
    NOT_YET_WORDS,
    OBTAINING_VERBS,
    ORGANIZATION_KINDS,
    PLATFORMS,
    RELATIVE_PRONOUNS,
    ROLE_WORDS,
    SPEAKING_NOUNS,
    TIME_NAMES,
    VIEW_NOUNS,
    VIEWED_DOCUMENTS,
    VIEWING_VERBS,
    _people_office_and_document_nouns,
)
from newsfacts.extract.sources import (
    DOCUMENT_NOUNS,
    TITLE_WORDS,
    classify_source,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsfacts.extract.citations.context import _ArticleContext
    from newsfacts.extract.nlp import ParsedArticle


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
    if document.dep_ == "nsubj" and verb.dep_ in {"advcl", "ccomp"} and verb.tag_ == "VBG" and document.i > verb.head.i:
        # "X published a blog post explaining that ...": the parse made the post the subject of
        # the participle that describes it, and the participle a clause of "published"
        verb = verb.head
    if document.dep_ in {"dobj", "nsubj"} and verb.lemma_.lower() in ISSUING_VERBS and document.i > verb.i:
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

    pobj = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
    if pobj is None or any(t.lower_ == "journal" for t in pobj.subtree):
        return None
    _, kind = classify_source(_speaker_span(pobj), pobj)
    return pobj if kind in {"media_outlet", "news_agency"} else None


def _claimants(noun: Token) -> list[Token]:
    """The named possessor of a claim noun whose that-clause states the claim, else nobody."""
    states_content = any(c.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "that"
                                                            for m in c.children)
                         for c in noun.children)
    doc = noun.doc
    if not states_content and noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "that":
        # "a break from the administration's assertion that the accusations were false": the
        # clause right after the noun, which the parse hung on a noun before it
        mark = doc[noun.i + 1]
        states_content = mark.dep_ == "mark" and mark.head.i > mark.i and any(
            c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in mark.head.children)
    if not states_content:
        return []
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"} and _can_issue(c)]
    if not owners and noun.i >= 2 and doc[noun.i - 1].tag_ == "POS" and doc[noun.i - 1].head != noun and (
            doc[noun.i - 2].pos_ in {"NOUN", "PROPN"} and _can_issue(doc[noun.i - 2])):
        owners = [doc[noun.i - 2]]  # "the agency ’s finding that ...", the "’s" parsed apart
    return owners[:1]


# Verbs that send someone to a writing without saying what it says: "referred reporters to the
# company's filings", "directed questions to the agency's statement".
REFERRING_VERBS = {"refer", "direct", "redirect", "point"}


def _issued_document_speakers(document: Token) -> list[Token]:
    """The issuer of a statement, report or study mentioned anywhere in a sentence: its possessor
    ("Greenpeace's statement"), its 'by' or 'from' phrase, its agent ("a report released by X")
    or an organisation named before it ("a NASA statement"). A pronoun possessor ("his
    statement") adds nobody new; "a report of a fire" names what it is about. A claim noun
    (CLAIM_NOUNS) gives its possessor when a that-clause states the claim."""
    if document.pos_ != "NOUN":
        return []
    if document.lemma_.lower() in MESSAGE_NOUNS:
        return _message_senders(document)
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
    if document.dep_ == "pobj" and document.head.lower_ == "to" and document.head.head.lemma_.lower() in REFERRING_VERBS:
        return []  # "referred Bloomberg to the company's annual financial statements": a pointer, no claim
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


def _message_senders(message: Token) -> list[Token]:
    """'the message from the White House was clear: the oil was disappearing', 'the signal from
    the bank is that rates will stay high': the body a message comes from speaks when the
    sentence states what it says (after a colon, or in a that-clause); not 'a message from his
    mother arrived', 'the message from the White House was late: it came after the vote' (a
    colon after a word that says nothing of what the message told), nor 'would be clear'."""
    verb = message.head
    if message.dep_ != "nsubj" or verb.lemma_.lower() != "be" or any(
            c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
        return []
    doc = message.doc
    colon = next((t for t in doc[verb.i + 1 : verb.i + 5] if t.text == ":"), None)
    if colon is not None and not (colon.i + 1 < len(doc) and not doc[colon.i + 1].is_punct and all(
            t.lower_ in MESSAGE_TOLD_WORDS for t in doc[verb.i + 1 : colon.i])):
        colon = None  # "was late: it arrived after the vote"
    clause = any(c.dep_ in {"ccomp", "attr"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                 for c in verb.children)
    if colon is None and not clause:
        return []
    sender = next((g for c in message.children if c.dep_ == "prep" and c.lower_ == "from"
                   for g in c.children if g.dep_ == "pobj"), None)
    return [_named_conjunct(sender)] if sender is not None and _can_issue(sender) else []


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
    if names and names[-1].ent_type_ == "GPE" and document.lower_ in KEPT_RECORDS and any(
            t.pos_ == "NOUN" for t in document.doc[names[-1].i + 1 : document.i]):
        return None  # "Florida tax appraisal records": an office's records, named by its place
    return names[-1] if names else None


# Records kept by an office of a place ("Minnesota court records"), cited as the records.
KEPT_RECORDS = {"records", "filings", "archives"}


def _obtaining_outlet(verb: Token, context: _ArticleContext) -> list[Token]:
    """'The statement, which was obtained by Variety', 'documents leaked to the New York Times',
    'a memo seen by Reuters': an outlet that got hold of a document reports it, unless it is the
    one publishing the article ('(Reuters) - ... an email reviewed by Reuters')."""

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


FIRST_PERSON_PRONOUNS = {"i", "we"}


def _viewed_by_writer(verb: Token) -> Token | None:
    """The document a relative clause says the writer saw or was shown: 'The check, which I
    viewed, was signed by ...', 'the settlement documents, which Ruiz also showed me, were
    signed ...'; not a clause that denies it ('which I never saw'), a hoped-for one ('which I
    hope to see') nor a thing the writer saw that is no paper ('the house, which I viewed')."""
    document = verb.head
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in VIEWING_VERBS or document.pos_ != "NOUN":
        return None
    if document.lemma_.lower() not in VIEWED_DOCUMENTS and document.lower_ not in VIEWED_DOCUMENTS:
        return None
    children = list(verb.children)
    if any(c.dep_ == "neg" or c.lower_ in FUTURE_AUXES | {"never"} for c in children) or _is_hypothetical(verb):
        return None
    if verb.lemma_.lower() == "show":
        shown = any(c.dep_ in {"dative", "dobj"} and c.lower_ in {"me", "us"} for c in children)
    else:
        shown = any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON_PRONOUNS for c in children)
    return document if shown else None


def _viewed_documents(parsed: ParsedArticle, context: _ArticleContext) -> list:
    """Papers the writer saw or was shown, cited as documents: what the writer reports from them
    rests on them ('The check, which I viewed, was signed by the lawyer')."""
    from newsfacts.extract.citations.references import _inside_quotation
    from newsfacts.extract.nlp import doc_tokens
    from newsfacts.extract.schemas import Citation, fact_id

    citations = []
    for chunk in parsed.chunks:
        if not chunk.is_parsed:
            continue
        for verb in doc_tokens(chunk.doc):
            document = _viewed_by_writer(verb) if verb.dep_ == "relcl" else None
            if document is None or _inside_quotation(chunk.offset + document.idx, context):
                continue
            words = [c for c in document.children if c.dep_ in {"compound", "amod"} and c.i < document.i]
            first = min([document.i, *(t.i for w in words for t in w.subtree)])
            span = document.doc[first : document.i + 1]
            determiner = next((c for c in document.children if c.dep_ == "det" and c.i < first), None)
            cited = document.doc[determiner.i : document.i + 1] if determiner is not None else span
            start = chunk.offset + cited.start_char
            citations.append(Citation(
                citation_id=fact_id(context.article_id, "citation", start), article_id=context.article_id,
                cited_as=cited.text, canonical_name=span.text.lower(), source_type="document", cue="see",
                sentence=verb.sent.text, char_start=start, char_end=chunk.offset + cited.end_char))
    return citations
