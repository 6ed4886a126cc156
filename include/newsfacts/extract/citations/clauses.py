"""Speakers found through the clause: speech verbs and their subjects, quotations closed or opened
by a short clause, views held or stated, "according to", reactions and findings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.extract.citations.documents import _issuer, _name_read_as_gerund
from newsfacts.extract.citations.named import (
    _agrees_with_someone,
    _calls_quoted,
    _determined_on_record,
    _is_passive_form,
    _shown_in_writing,
)
from newsfacts.extract.citations.spans import (
    _closed_quotation_before,
    _closes_quotation,
    _is_embedded_question,
    _is_hypothetical,
    _is_unrealised,
    _names_a_time,
    _one_name_with,
    _speaker_span,
    is_apposition_after_and,
    is_attempted_saying,
)
from newsfacts.extract.citations.vocabulary import (
    AGREEING_VERBS,
    ANSWERED_NOUNS,
    APPOINTED_NOUNS,
    APPROVING_BODIES,
    ATTRIBUTION_DEPS,
    AUDIENCE_NOUNS,
    AUTHORED_WRITINGS,
    BARE_SPEECH_VERBS,
    BELIEF_VERBS,
    CAUSING_HEADS,
    CLAUSE_ONLY_SAYING_VERBS,
    COLLECTIVE_BODIES,
    CONFORMITY_NOUNS,
    COURT_NOUNS,
    DASHES,
    DATA_NOUNS,
    DECISION_NOUNS,
    DEMANDING_HEADS,
    DENIABLE_NOUNS,
    DISPARAGING_VERBS,
    DOCUMENT_ONLY_VERBS,
    EFFORT_NOUNS,
    ENABLING_HEADS,
    FIGURE_EXPECTING_VERBS,
    FINDING_VERBS,
    FORECAST_OBJECT_VERBS,
    GROUNDING_MARKS,
    HABIT_HEADS,
    ILLUSTRATION_NOUNS,
    INFERENCE_VERBS,
    INFORMING_VERBS,
    MEDIA_KINDS,
    NAMING_VERBS,
    NOT_NAME_ENTITIES,
    NOT_SPEAKING_IN,
    OBJECT_SPEECH_VERBS,
    OBLIGATION_MODALS,
    ORGANIZATION_KINDS,
    PASSIVE_SPEECH_VERBS,
    PLATFORMS,
    POSSIBLE_MODALS,
    POSTED_NOUNS,
    PRESS_NOUNS,
    PROFESSION_WORDS,
    PROOF_NOUNS,
    PUBLISHED_NOUNS,
    QUESTION_VERBS,
    QUOTE_MARKS,
    QUOTE_PAIRS,
    QUOTING_VERBS,
    REACTION_VERBS,
    REBUTTED_NOUNS,
    REBUTTING_VERBS,
    RELATIVE_PRONOUNS,
    RELEASED_RESULTS,
    ROLE_WORDS,
    RULING_VERBS,
    SAID_IN_NOUNS,
    SHAPED_SPEECH_VERBS,
    SHARED_VIEW_NOUNS,
    SIGNED_STATEMENTS,
    SPEAKING_NOUNS,
    SPEECH_VERBS,
    SPOKEN_IN_NOUNS,
    THING_CAN_DO_VERBS,
    TIME_NAMES,
    UNREALISED_HEADS,
    VERDICT_WORDS,
    VIEW_HOLDERS,
    VOICED_NOUNS,
    VOICING_VERBS,
    VOTING_MEMBERS,
    WELCOMING_VERBS,
    WRITTEN_WORKS,
)
from newsfacts.extract.nlp import doc_tokens
from newsfacts.extract.sources import (
    DOCUMENT_NOUNS,
    TITLE_WORDS,
    classify_source,
    interviewed_by_writer,
    names_an_office,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


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
    if verb.lemma_.lower() == "echo":
        return True  # "echo Mann's concerns about geoengineering": another's view voiced again
    clause = any(c.dep_ in {"acl", "ccomp", "relcl"} and verb.doc[min(t.i for t in c.subtree)].lower_ == "that"
                 for c in [*stance.children, *verb.children])
    return clause or _has_statement_prep(verb)


def _holds_views_on_record(subject: Token) -> bool:
    """A named person or body, a pronoun for one, an office or an expert; not a crowd
    ('protesters', 'fans', 'voters') whose beliefs the text describes."""
    from newsfacts.extract.sources import BODY_NOUNS, GOVERNMENT_WORDS

    if subject.pos_ in {"PROPN", "PRON"} or subject.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return True
    if any(interviewed_by_writer(c) for c in subject.children if c.i > subject.i):
        return True  # "Many people I spoke with believe ...": the writer's interviewees
    lemma = subject.lemma_.lower()
    return lemma in (VIEW_HOLDERS | ROLE_WORDS | TITLE_WORDS | GOVERNMENT_WORDS | SPEAKING_NOUNS
                     | ORGANIZATION_KINDS | BODY_NOUNS)


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


def _reasons_from_view(verb: Token) -> bool:
    """'given that many analysts believe ...', 'because police suspect ...'."""
    if verb.dep_ == "pcomp":
        return verb.head.lower_ == "given"
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in GROUNDING_MARKS
                                        for c in verb.children)


def _forecasts_a_change(verb: Token) -> bool:
    """'are anticipating higher economic growth', 'expect lower rates': the object a level said to
    move (a comparative), a forecast; not 'expect a visit' or 'anticipating the game'."""
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and any(a.dep_ == "amod" and a.tag_ == "JJR" for a in c.children)
               for c in verb.children)


def _explains_by_a_cause(verb: Token) -> bool:
    """'attributed the decline to weaker demand': a cause given for a thing, active, with both
    the thing and its cause (not 'a quote attributed to Twain')."""
    return (not _is_passive_form(verb) and any(c.dep_ == "dobj" for c in verb.children)
            and any(c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children)
                    for c in verb.children))


def _view_reported(verb: Token) -> bool:
    """'The Kremlin believes that ..., observers say', 'A source reported that officials firmly
    believe that ...': a view held, itself the clause of a saying verb with a subject of its own
    (the view is on the record through the report)."""
    head = verb.head
    # (its own subject before it and the view after it: not '..., think Trump versus Obama')
    return (verb.dep_ == "ccomp" and head.lemma_.lower() in SPEECH_VERBS and head.pos_ == "VERB"
            and any(c.dep_ == "nsubj" for c in head.children)
            and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i for c in verb.children)
            and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children))


def _holds_a_view(verb: Token, subject: Token) -> bool:
    """'Police believe the fire was set', 'analysts fear that ...': a view held, stated in a main
    clause with a finite clause; not 'those who believe ...', 'may still believe', 'made him think'."""
    if not (verb.dep_ in {"ROOT", "conj"} or _reasons_from_view(verb) or _view_reported(verb)) or (
            subject.lower_ in RELATIVE_PRONOUNS):
        return False
    if not _holds_views_on_record(subject):
        return False  # "Protesters believe the bill is ...": what moves a crowd, not a source
    if subject.tag_ == "NNS" and subject.pos_ == "NOUN" and subject.lower_ not in COLLECTIVE_BODIES and any(
            c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        # "the researchers believe": the people named before, already cited; not "the police
        # believe", "the authorities believe" (the body itself, whose view is on the record)
        return False
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
    if verb.lemma_.lower() not in REBUTTING_VERBS:
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and (subject.lemma_.lower() in COURT_NOUNS | {"judge", "jury"}
                                or not _holds_views_on_record(subject)):
        return False  # "the court rejected the claim" rules, "voters rejected the idea" vote
    return lemma in REBUTTED_NOUNS and not any(
        c.dep_ == "prep" and any(g.lemma_.lower() in {"vote", "margin"} for g in c.children)
        for c in verb.children)  # "rejected the report by a vote of 7-2": a vote


def _greets_a_decision(verb: Token) -> bool:
    """'welcomed the Swedish move', 'hailed the court's ruling': a decision greeted in words;
    so are someone's words ('officials quietly applauded Ms. Haley's strong words on Russia'),
    though not a speech clapped at its end ('the audience applauded his speech')."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in DECISION_NOUNS | GREETED_WORDS for c in verb.children)


# What was said, greeted as a stand taken: "welcomed her remarks", "applauded his strong words".
GREETED_WORDS = {"word", "remark", "comment", "stance"}


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


def _expects_a_figure(verb: Token) -> bool:
    """'more than 43 million Americans expected by AAA to travel': the participle describes a
    counted noun (or is the passive of a clause about one); 'a ruling expected by lawyers' is no figure."""
    described = verb.head if verb.dep_ == "acl" else next(
        (c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return described is not None and any(
        c.dep_ in {"nummod", "quantmod"} or c.like_num or c.ent_type_ in {"CARDINAL", "MONEY", "PERCENT"}
        for c in described.subtree if c.i < verb.i)


def _with_conjuncts(head: Token) -> list[Token]:
    if _apposed_name_chain(head):
        return [head]
    heads = [head]
    for child in head.children:
        if child.dep_ == "conj" and _one_name_with(head, child):
            continue
        # "Mayer, Disney's chairman, said": a conjunct marked as a possessor owns, not speaks.
        possessor = any(g.tag_ == "POS" for g in child.children)
        if child.dep_ == "conj" and child.pos_ in {"NOUN", "PROPN"} and not possessor and not (
                _is_office_after_name(head, child)):
            heads.extend(_with_conjuncts(child))
        elif is_apposition_after_and(head, child):
            heads.extend(_with_conjuncts(child))  # "the Army Corps and the state government"
    return heads


def _apposed_name_chain(head: Token) -> bool:
    """'The Mandan, North Dakota, police chief, Jason Ziegler, has asserted': a string of commas
    with no "and" or "or" that ends in a person's name set off as an apposition describes one
    speaker, whatever conjuncts the parse made of the place and the office before the name."""
    chain = [head]
    for token in chain:
        chain.extend(c for c in token.children if c.dep_ == "conj" and c not in chain)
    if len(chain) == 1 or any(c.dep_ in {"cc", "preconj"} for t in chain for c in t.children):
        return False
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.pos_ == "PROPN" for c in head.children)


def _is_office_after_name(name: Token, conjunct: Token) -> bool:
    """'says Chris Early, senior vp partnerships and revenue at Acme': the office set after a
    person's name, parsed as a conjunct, describes the person and does not speak."""
    first = min(t.i for t in conjunct.subtree)
    return (name.ent_type_ == "PERSON" and conjunct.pos_ == "NOUN" and first > 0
            and name.doc[first - 1].text == "," and not any(c.dep_ == "det" for c in conjunct.children))


def _has_statement_prep(verb: Token) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ == "in"
        and any(g.lemma_.lower() in DOCUMENT_NOUNS | WRITTEN_WORKS for g in c.children)
        for c in verb.children
    )


def _under_according(verb: Token) -> bool:
    return any(a.lower_ == "according" for a in verb.ancestors)


def _negated_with_first(verb: Token) -> bool:
    """'Separate teams didn't just build parts and tell engineers they had to fit': a bare verb
    joined to a first one under its "did not" shares the negation (not 'did not build parts and
    told engineers', a second verb of its own tense)."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ == "VB" and head.pos_ in {"VERB", "AUX"} and head.i < verb.i and (
        not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children)) and any(
        c.dep_ == "aux" and c.lemma_.lower() == "do" for c in head.children) and any(
        c.dep_ == "neg" for c in head.children)


def _speech_verb_speakers(verb: Token) -> list[Token]:
    """Speaker heads of one speech verb, or [] when the verb does not cite anybody."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    deps = {c.dep_ for c in children}
    negated = any(c.dep_ == "neg" and not _quote_between(c, verb) for c in children) or _negated_with_first(verb)
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
    doc = verb.doc
    if verb.lower_ == "said" and verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ == "to" and (
            doc[verb.i + 2].lower_ in {"be", "have"}):
        return []  # "one of the men said to be involved was arrested": what is said of them, by no one
    if _says_in_general(verb):
        return []
    if verb.dep_ == "relcl" and verb.tag_ in {"VBZ", "VBP"} and verb.head.dep_ == "attr" and verb.head.pos_ == "NOUN":
        return []  # "Obama is the calm dad who tells his injured child ...": what one is like
    agent = next((g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                 None)
    if agent is not None and any(c.dep_ == "mark" and c.lower_ == "as" for c in children):
        return [agent]
    if agent is not None and lemma in {"state", "confirm", "report", "announce"} and verb.dep_ == "advcl":
        return [agent]
    if agent is not None and lemma in PASSIVE_SPEECH_VERBS | FIGURE_EXPECTING_VERBS and _is_passive_form(verb) and (
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
    subjects = [c for c in children if c.dep_ == "nsubj" and not _is_dateline(c)
                # "There's interest after SoftBank earlier this month said": a verb misread as
                # the subject of a saying verb set after a time, its speaker hung elsewhere
                and not (c.pos_ in {"VERB", "AUX"} and _time_modifier_before(verb) is not None)]
    if lemma == "tell" and any(c.i < verb.i for c in subjects):
        # '"...," Jack Buser tells The Hollywood Reporter': who is told follows the verb.
        subjects = [c for c in subjects if c.i < verb.i]
    subject = min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None
    if subject is not None and lemma in INFERENCE_VERBS and subject.lower_ in {"it", "this"} and (
            sum(t.text in {'"', "“", "”"} for t in doc[: verb.i]) % 2 == 1):
        return []  # '"... I think it signals to the Pentagon that ...,"': in a quote, what a deed means
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
    if subject is None and verb.dep_ == "acl" and verb.tag_ in {"VBD", "VBN"} and _reports_on(verb) and (
            verb.head.dep_ == "ROOT" and verb.head.i < verb.i
            and (verb.head.pos_ == "PROPN" or verb.head.lemma_.lower() in MEDIA_KINDS | PRESS_NOUNS)
            and not any(t.pos_ in {"VERB", "AUX"} and t.dep_ == "ROOT" for t in verb.sent)):
        # "The Post and Courier newspaper reported on the closing argument": the sentence's
        # finite verb, which the parse hung as a participle on its subject (the root left verbless)
        subject = verb.head
    if subject is None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in LISTING_VERBS:
        return []  # "Examples of good work include responding to emails": an activity named, by no one
    if subject is None and verb.dep_ in {"conj", "advcl", "xcomp"} and verb.head.pos_ in {"VERB", "AUX"}:
        # "responded and confirmed that ...", "welcomed the exchange, saying ..."
        # "The commission is frustrated ..., saying": a passive subject speaks only through -ing.
        subject_deps = {"nsubj", "nsubjpass"} if verb.tag_ == "VBG" and verb.dep_ == "advcl" else {"nsubj"}
        if lemma in INFERENCE_VERBS:
            # "Claude was reportedly used in the strikes, suggesting that ...": what was done to
            # the subject suggests it; the subject says nothing
            subject_deps = {"nsubj"}
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
    if subject is None and verb.dep_ in {"advcl", "xcomp"} and verb.head.lower_ == "far" and (
            verb.head.head.lemma_.lower() == "go" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)):
        # "the agency went so far as to accuse AT&T of ...": who went that far said it.
        subject = next((c for c in verb.head.head.children if c.dep_ == "nsubj" and not _is_dateline(c)), None)
    if subject is None and is_attempted_saying(verb):
        # "Officials have tried to assure parents that ...", "sought to explain that ...":
        # who tried to say it, in words the text reports, said it.
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj" and not _is_dateline(c)), None)
    if subject is None and _is_habitual_saying(verb):
        # "Some like to argue that ...", "critics continue to insist that ...".
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj" and not _is_dateline(c)), None)
    if subject is None and _is_taking_pains_to_say(verb):
        # "OpenAI has taken great pains to say that ...", "made every effort to stress that ...".
        subject = next((c for c in verb.head.head.children if c.dep_ == "nsubj" and not _is_dateline(c)), None)
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
        decliner = _declined_but_for_saying(verb)
        if decliner is not None:
            # "A spokesman declined to comment, other than to say ...", "Police declined to
            # comment beyond confirming that ...": what was said all the same has its speaker.
            subject = next((c for c in decliner.children if c.dep_ == "nsubj" and not _is_dateline(c)), None)
    if subject is None:
        subject = _noun_phrase_just_before(verb)
    if subject is None:
        return []
    subject = _members_listed_among(subject)
    subject = _body_after_places(subject, verb)
    if _backs_someone_for_a_post(verb, subject):
        return []  # "recommended Tillerson for the job", "the Senate confirmed the nominee": an act
    if lemma == "demand" and subject.lemma_.lower() in COURT_NOUNS | JUDGING_NOUNS | LEGAL_FILINGS:
        # "after a judge demanded Loeb identify ...": an order from the bench; "a lawsuit
        # demanding that the embryos be shipped": relief sought in a filing; neither tells anything
        return []
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
    if lemma == "speak" and _speaks_of_quoted_words(verb) and (_can_speak(subject) or subject.lower_ in RELATIVE_PRONOUNS):
        return [subject]  # 'which has spoken about "the urgent imperatives of climate change"'
    if lemma == "speak" and _speaks_of_a_held_view(verb) and _can_speak(subject):
        return [subject]  # "spoke about his belief that transgender people are ill": a view voiced
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
    if lemma == "share" and any(c.dep_ == "dobj" and c.lemma_.lower() in SHARED_VIEW_NOUNS
                                and any(g.dep_ == "poss" for g in c.children) for c in children):
        return [subject]  # "Ruiz (CTO) shares her reflections on the retreat": a view voiced
    if lemma == "share" and ("dobj" in deps or not any(
            c.dep_ == "ccomp" and _is_finite_clause(c) for c in children)):
        return []  # "shared with reporters that ..." cites; "share their views" does not
    if lemma == "continue" and not _closes_quotation(subject):
        return []  # '"...," she continued' cites; "revenues continue to decline" does not
    if lemma == "sign":
        # (what it says follows: "an open letter calling for ...", "a petition that warns ...")
        signed = any(c.dep_ == "dobj" and c.lemma_.lower() in SIGNED_STATEMENTS and any(
            g.dep_ in {"acl", "relcl"} or (g.dep_ == "amod" and g.lower_ == "open") for g in c.children)
            for c in children)
        return [subject] if signed and _can_speak(subject) else []
    if lemma in DISPARAGING_VERBS:
        # "Moreno denigrated Assange as a hacker", "whom he branded as a Trojan horse": a
        # speaker's verdict on someone; not "the film portrays him as a hero" (a thing)
        as_what = any(c.dep_ == "prep" and c.lower_ == "as" for c in children)
        active = verb.dep_ != "acl" and not _is_passive_form(verb)  # ("X, branded as a hacker by Y")
        if as_what and active and subject.pos_ in {"PROPN", "PRON"} and subject.lower_ not in {"it", "they"}:
            return [subject]
        if lemma not in NAMING_VERBS:
            return []  # (naming verbs also cite with a quoted name, below)
    if lemma in SHAPED_SPEECH_VERBS:
        following = verb.doc[verb.i + 1].lower_ if verb.i + 1 < len(verb.doc) else ""
        if lemma == "call" and (any(c.dep_ == "prt" for c in children) or following in {"in", "off", "up"}):
            return []  # "called in experts", "called off the talks"
        if lemma == "find" and _finds_proof_that(verb, subject):
            return [subject]  # "dug through the filings and found evidence that ...": a finding
        if lemma in DOCUMENT_ONLY_VERBS and _shown_in_writing(verb, subject):
            return [subject]  # "Ruiz showed in a 2010 paper that ...": a researcher's finding
        if not _determined_on_record(verb):
            return []  # "the data will determine how seats are shared": no finding made
        if lemma in FINDING_VERBS and not any(c.dep_ == "ccomp" and _is_finite_clause(c) for c in children):
            return []  # "found a man bleeding" is what was seen, "found that ..." is a finding
        if lemma in DOCUMENT_ONLY_VERBS and not (_is_document(subject) or _shows_a_finding(verb, subject)):
            return []
        if lemma in DOCUMENT_ONLY_VERBS and subject.lower_ in DATA_NOUNS and _issuer(subject) is None:
            return []  # "the figures show ...": data with no issuer cite nobody
        if lemma == "propose" and not any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that"
                                                                    for m in c.children) for c in children):
            return []  # "proposed what is known as Rule 31": a measure put forward, not a view

        if lemma in {"attribute", "ascribe"} and _explains_by_a_cause(verb) and _holds_views_on_record(subject):
            return [subject]  # "one official attributed her statement to confusion": a cause given
        if lemma in FORECAST_OBJECT_VERBS and _forecasts_a_change(verb) and _holds_views_on_record(subject):
            return [subject]
        return [subject] if deps & SHAPED_SPEECH_VERBS[lemma] or _calls_quoted(verb) else []
    if lemma in AGREEING_VERBS and ("xcomp" in deps or any(
            c.dep_ == "prep" and c.lower_ in {"to", "on", "upon"} for c in children)):
        return []  # "agreed to return the cash", "agreed to the talks", "agreed on a plan": a deal made
    said = {c.dep_ for c in children if c.dep_ in {"ccomp", "parataxis"} and not _is_embedded_question(c)
            # ("so the team can maintain the technology going forward": a verb that says only
            # with a clause takes no bare participle clause for one)
            and not (lemma in CLAUSE_ONLY_SAYING_VERBS and c.dep_ == "ccomp" and c.tag_ == "VBG"
                     and not _is_finite_clause(c))
            # ("When fear was running high, New York boasted thousands of shelters": a clause
            # set before a verb that has its own object is no clause said, as "..., X said" is)
            and not (c.i < verb.i and lemma not in SPEECH_VERBS and any(
                o.dep_ == "dobj" and o.i > verb.i and o.pos_ != "PRON" for o in children))}
    cites = (
        lemma in BARE_SPEECH_VERBS
        or said
        or verb.dep_ in {"parataxis"}
        or _under_according(verb)
        or _has_statement_prep(verb)
        or (lemma in OBJECT_SPEECH_VERBS and "dobj" in deps and not _refers_someone(verb))
        or _writing_highlights(verb, subject)
        or _reports_on(verb)
        or any(c.dep_ == "ccomp" for c in verb.head.children if verb.dep_ == "conj")
        or any(c.dep_ == "punct" and c.text in QUOTE_MARKS for c in children)
        or _follows_quotation(subject)
        or any(c.dep_ == "mark" and c.lower_ == "as" for c in children)  # "as Reuters reported"
        or _clause_told(verb)
        or _agrees_with_someone(verb)
        or _recounts_doing(verb)
        or _inverted_after_clause(verb, subject)
        or _introduces_an_interview(verb, subject)
    )
    return [subject] if cites else []


# Verbs that hand over to a person's own words set out after the sentence: "Here, she explains
# her approach", "Below, he discusses the film".
INTERVIEW_VERBS = {"explain", "discuss", "describe", "talk", "reflect", "recount"}


def _introduces_an_interview(verb: Token, subject: Token) -> bool:
    """'Here, the 44-year-old explains his approach.', 'Below, she talks about the tour.': a
    sentence opening with "Here" or "Below" that introduces the interview after it, in the
    present, with a person as its subject (he, she, a name, 'the 44-year-old'); not 'Here, the
    chart explains ...' (a thing), 'Here, it explains ...', nor 'Here, she explained' (a past
    happening told)."""
    if verb.lemma_.lower() not in INTERVIEW_VERBS or verb.dep_ != "ROOT" or verb.tag_ not in {"VBZ", "VBP"}:
        return False
    opener = next((t for t in verb.sent if not t.is_punct), None)
    if opener is None or opener.lower_ not in {"here", "below"} or opener.head != verb or subject.i > verb.i:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in {"he", "she", "they"}
    age = subject.lower_ == "old" and subject.i >= 2 and subject.doc[subject.i - 2].lower_ in {"year", "years"}
    return age or (subject.pos_ == "PROPN" and subject.ent_type_ == "PERSON")


def _inverted_after_clause(verb: Token, subject: Token) -> bool:
    """'The native ... has been interviewing candidates, notes the Washington Examiner.': a
    saying verb set after the clause it reports, its speaker after it and nothing after the
    speaker but the full stop (an inverted attribution, like '..., says X.')."""
    doc = verb.doc
    if subject.i < verb.i or verb.i < 2 or doc[verb.i - 1].text != "," or (
            verb.dep_ not in {"conj", "parataxis", "ROOT"} and not _inverted_as_adverbial(verb)):
        return False
    end = max(t.i for t in subject.subtree)
    rest = [t for t in doc[end + 1 : verb.sent.end] if not t.is_space]
    return all(t.is_punct for t in rest) and any(
        t.pos_ in {"VERB", "AUX"} for t in doc[verb.sent.start : verb.i - 1])


def _recounts_doing(verb: Token) -> bool:
    """'One witness, Felicia Sanders, described hiding under a table', 'recounted being woken by
    the blast': a witness telling what they did or went through (a participle clause for what
    was told); not 'described the plan' without one, which needs its own cue. An admission
    tells the same way: 'police have acknowledged using sponge rounds'."""
    return verb.lemma_.lower() in {"describe", "recount", "acknowledge"} and any(
        c.dep_ in {"xcomp", "dobj", "ccomp", "advcl"} and c.tag_ == "VBG" and c.i == verb.i + 1 for c in verb.children)


def _writing_highlights(verb: Token, subject: Token) -> bool:
    """'the posts of Ana Ruiz highlighted their trips', 'a report by the IMF highlights the
    risks': what a writing or a post puts forward it tells (not 'allows the car to highlight
    road markings')."""
    return verb.lemma_.lower() == "highlight" and any(c.dep_ == "dobj" for c in verb.children) and (
        subject.lemma_.lower() in POSTED_NOUNS or _is_document(subject))


def _refers_someone(verb: Token) -> bool:
    """'my sister recommended me for the job': a referral of a person, no information given
    (unlike 'the panel recommended a ban')."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return verb.lemma_.lower() == "recommend" and all(
        o.lower_ in {"me", "him", "her", "them", "us", "you"} or o.ent_type_ == "PERSON" for o in objects)


def _reports_on(verb: Token) -> bool:
    """'the Herald reported on the scheme': reporting about something tells it; not 'reported
    on Tuesday' (a time) nor 'reported for duty on the night shift'."""
    return verb.lemma_.lower() == "report" and any(
        c.dep_ == "prep" and c.lower_ == "on" and c.i == verb.i + 1 and any(
            g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"} and g.lower_ not in TIME_NAMES
            for g in c.children) for c in verb.children)


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


def _to_be_judged(clause: Token) -> bool:
    """'to be a bit gloomier', 'to be a fraud': 'to be' with what something is judged to be."""
    return clause.lemma_.lower() == "be" and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children) and any(
        a.dep_ in {"acomp", "attr"} and a.lemma_.lower() not in VERDICT_WORDS for a in clause.children)


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


def _speaks_to_the_press(verb: Token) -> bool:
    """'Holt spoke to Radio Eins about the budget', 'spoke with reporters on Monday': an interview
    given to the press, whose speaker is a source though the words are not quoted. Not 'spoke to
    her brother about the farm', 'spoke at the conference', nor 'spoke to reporters on condition of
    anonymity' without saying anything (that one is cited where they said it)."""

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


def _is_obliged_or_demanded(verb: Token) -> bool:
    """'The regulator should demand that ...', '(X demanded that) universities disclose ...':
    a saying owed or asked for, which nobody has made."""
    if any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in verb.children):
        return True
    return (verb.dep_ == "ccomp" and verb.tag_ in {"VB", "VBP"} and verb.head.lemma_.lower() in DEMANDING_HEADS
            and not any(c.dep_ == "aux" for c in verb.children))


# Saying verbs that can stand after the words they report, before their speaker: "..., reported
# Ann Lee of WBUR", "..., said Tom Hale".
INVERTED_SAYING_VERBS = {"say", "report", "write", "add"}


def _speaks_of_quoted_words(verb: Token) -> bool:
    """'has spoken about "the urgent imperatives of climate change"', 'spoke of "a new chapter"':
    the words themselves, quoted right after "about" or "of"; not 'spoke about the film' (a
    topic) nor 'spoke at the "Future" summit' (where)."""
    doc = verb.doc
    return any(c.dep_ == "prep" and c.lower_ in {"about", "of"} and c.i + 1 < len(doc)
               and doc[c.i + 1].text in {'"', "“"} for c in verb.children)


def _speaker_after_reported_clause(verb: Token) -> Token | None:
    """'Amazonas declared an emergency, reported Euro News.': an inverted saying verb closing a
    sentence after the clause it reports, whose speaker the parse took for its object. The
    clause stands before the verb and a comma sets the verb off; the speaker is a name or a
    noun for one who speaks, and ends the sentence ('..., reported the firm's records' is no
    object of saying: it ends in a document and stays unattributed)."""
    doc = verb.doc
    if verb.i == 0 or (doc[verb.i - 1].text != "," and not _after_quoted_comma(verb)):
        return None
    # "Roof stood emotionless, reported Alexandra Olgin of South Carolina Public Radio": the
    # reported clause parsed as the head the verb is joined to, with no "and" between
    joined = verb.dep_ == "conj" and verb.head.i < verb.i and verb.lemma_.lower() in INVERTED_SAYING_VERBS and not any(
        c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children)
    joined = joined or _inverted_as_adverbial(verb)
    if not joined and (verb.dep_ not in {"ROOT", "parataxis"} or not any(
            c.dep_ in {"ccomp", "parataxis"} and c.i < verb.i for c in verb.children)):
        return None
    obj = next((c for c in verb.children if (c.dep_ == "dobj" or (c.dep_ == "npadvmod" and c.pos_ == "PROPN"))
                and c.i > verb.i), None)
    if obj is None or not (obj.pos_ == "PROPN" or (obj.pos_ == "NOUN" and _is_speaker_kind(obj) and not joined)):
        return None
    last = max(t.i for t in obj.subtree)
    if last + 1 < len(doc) and not (doc[last + 1].is_punct and doc[last + 1].text in {".", "!", ","}):
        return None
    return obj


def _after_quoted_comma(verb: Token) -> bool:
    """'"... threats to Trump," reported the Washington Post': the comma closing the quotation
    stands inside its closing mark, right before the inverted verb."""
    doc = verb.doc
    return verb.i >= 2 and doc[verb.i - 1].text in QUOTE_MARKS and doc[verb.i - 2].text == ","


def _inverted_as_adverbial(verb: Token) -> bool:
    """'The claims, in no way, reflected reality, reported MSNBC.': the inverted verb parsed as an
    adverbial clause of the reported one before it, with no word joining the two."""
    return (verb.dep_ == "advcl" and verb.head.i < verb.i and verb.lemma_.lower() in INVERTED_SAYING_VERBS
            and verb.tag_ == "VBD" and not any(c.dep_ in {"mark", "nsubj", "nsubjpass", "aux"} for c in verb.children))


def _responds_to_a_happening(verb: Token) -> bool:
    """'officials are responding to the air pollution', 'police responded to the scene': dealing
    with a happening, not answering words ('responded to the allegations in a post' answers), and
    nothing said with it."""
    if any(c.dep_ in {"ccomp", "parataxis"} or (c.dep_ == "punct" and c.text in QUOTE_MARKS)
           or (c.dep_ == "advcl" and c.tag_ == "VBG") for c in verb.children) or _has_statement_prep(verb):
        return False
    targets = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
               for g in c.children if g.dep_ == "pobj"]
    return bool(targets) and all((t.lemma_.lower() not in ANSWERED_NOUNS or _dispatched_call(t)) and t.pos_ == "NOUN"
                                 for t in targets)


# Kinds of call that send police, firefighters or medics out: "a disturbance call", "a 911 call".
DISPATCH_CALL_WORDS = {"disturbance", "911", "999", "emergency", "domestic", "distress", "service", "shooting",
                       "burglary", "alarm", "fire", "rescue", "medical", "welfare", "noise"}


def _dispatched_call(noun: Token) -> bool:
    """'responding to a disturbance call', 'responded to a 911 call': a call out to a scene is a
    happening dealt with, not words answered ('responded to calls for comment', 'to my call')."""
    return noun.lemma_.lower() == "call" and any(
        c.dep_ in {"compound", "amod", "nummod"} and c.lower_ in DISPATCH_CALL_WORDS for c in noun.children)


# Verbs whose "-ing" object names an activity, not something their subject does: "duties include
# answering the phone", "the job involves explaining rules".
LISTING_VERBS = {"include", "involve", "entail", "mean", "require", "consist"}


# What is told for fun, not as news: "he tells a lot of jokes", "told riddles".
JOKE_NOUNS = {"joke", "gag", "pun", "riddle", "wisecrack", "one-liner"}


def _tells_jokes(verb: Token) -> bool:
    """'Her dad tells a lot of jokes', 'he told a joke': telling jokes entertains and reports
    nothing, with no clause or quotation said beside them."""
    if any(c.dep_ in {"ccomp", "parataxis"} and c.i > verb.i for c in verb.children):
        return False  # (not "Her dad, she says, tells ...": the words set in before the verb)
    told = [c for c in verb.children if c.dep_ == "dobj"]
    # ("a lot of jokes", "plenty of jokes": what the quantity is of)
    told += [g for c in told for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in JOKE_NOUNS or t.lower_.rstrip("s") in JOKE_NOUNS for t in told)


def _tells_what_is_wanted(verb: Token) -> bool:
    """'telling the athletes what they want to hear': flattery, whatever is told, reports nothing."""
    return any(c.dep_ == "ccomp" and c.lemma_.lower() in {"want", "like", "need", "expect"} and any(
        g.lemma_.lower() == "hear" and any(w.lower_ == "what" for w in g.children) for g in c.children)
        for c in verb.children)


# Views held, spoken of with what they hold: "spoke about his belief that ...".
HELD_VIEW_NOUNS = {"belief", "view", "opinion", "conviction", "fear", "concern", "worry", "suspicion", "hope"}


def _speaks_of_a_held_view(verb: Token) -> bool:
    """'Yiannopoulos spoke about his belief that transgender people are mentally ill': a view
    voiced with its clause (not 'spoke about the belief of many voters', no clause)."""
    return any(c.dep_ == "prep" and c.lower_ in {"about", "of"} and any(
        g.dep_ == "pobj" and g.lemma_.lower() in HELD_VIEW_NOUNS and any(
            a.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)
            for a in g.children)
        for g in c.children) for c in verb.children)


def _tells_apart(verb: Token) -> bool:
    """'parents can usually tell when something is a subpar effort', 'it is hard to tell whether':
    telling with no one told, able to or asked whether, is discerning, not informing (not 'he can
    tell you that ...')."""
    if any(c.dep_ in {"dobj", "dative"} for c in verb.children):
        return False
    able = any(c.dep_ == "aux" and c.lower_ in {"can", "could", "ca", "cannot"} for c in verb.children)
    asked = any(c.dep_ == "ccomp" and any(g.dep_ in {"mark", "advmod"} and g.lower_ in {"whether", "if", "when"}
                                          and g.i < c.i for g in c.children) for c in verb.children)
    return able or asked


# The subject pronoun of whoever was told, as the clause after "told him" names them again.
HEARER_AS_SUBJECT = {"him": "he", "her": "she", "them": "they", "me": "i", "us": "we", "you": "you"}


def _tells_the_hearer_what_to_do(verb: Token) -> bool:
    """'friends told him he should vote for Clinton': advice to the hearer, what they should or
    must do, informs nobody of anything (not 'told him the bank should cut rates')."""
    told = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)
    if told is None or told.lower_ not in HEARER_AS_SUBJECT:
        return False
    return any(c.dep_ == "ccomp" and any(g.dep_ == "aux" and g.lower_ in {"should", "must", "ought", "needs"}
                                         for g in c.children)
               and any(g.dep_ == "nsubj" and g.lower_ == HEARER_AS_SUBJECT[told.lower_] for g in c.children)
               for c in verb.children)


# What is claimed when claiming means winning or taking it: "claimed the top spot", "claimed the
# title", "claimed three lives".
CLAIMED_PRIZES = {"spot", "place", "title", "crown", "victory", "win", "prize", "trophy", "medal", "championship",
                  "award", "seat", "lead", "position", "life", "record", "throne", "pole", "honor", "honour",
                  "berth", "top", "share"}


def _claims_a_prize(verb: Token) -> bool:
    """'Tim Burton once again claimed the top spot at the box office': a place taken, nothing said
    (not 'claimed responsibility', not 'claimed the vote was rigged')."""
    if any(c.dep_ in {"ccomp", "parataxis", "xcomp"} for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in CLAIMED_PRIZES for c in verb.children)


def _worth_doing(verb: Token) -> bool:
    """'It's worth noting that ...', 'worth pointing out': the writer remarks, nobody is cited."""
    if verb.tag_ != "VBG":
        return False
    head = verb.head
    return head.lower_ == "worth" or (head is not verb and any(
        c.dep_ == "acomp" and c.lower_ == "worth" and c.i < verb.i for c in head.children))


REFLEXIVE_PRONOUNS = {"themselves", "himself", "herself", "itself", "ourselves", "myself", "yourself"}


def _is_action_sense(verb: Token) -> bool:
    """Saying verbs used for an action: 'responded by hitting him', 'the country admitted
    1.4 million refugees' (let in)."""
    lemma = verb.lemma_.lower()
    if lemma in {"respond", "reply"} and any(
            c.dep_ == "prep" and c.lower_ == "by" and any(g.tag_ == "VBG" for g in c.children)
            for c in verb.children):
        return True
    if lemma == "tell" and (_tells_jokes(verb) or _tells_what_is_wanted(verb) or _tells_apart(verb)
                            or _tells_the_hearer_what_to_do(verb)):
        return True
    if lemma == "claim" and _claims_a_prize(verb):
        return True
    if _worth_doing(verb):
        return True  # "It's worth noting she did not attach them": the writer's own aside
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
    if lemma == "add" and not any(c.dep_ in {"ccomp", "parataxis"} or c.text in QUOTE_MARKS for c in verb.children):
        # "the MSCI Asia Pacific Index added 0.4 percent", "the economy added 200,000 jobs": a
        # gain, no words added
        # (the parse makes "0.4 percent" an object or an adverbial noun phrase)
        obj = next((c for c in verb.children if c.dep_ in {"dobj", "npadvmod"}), None)
        if obj is not None and any(c.dep_ in {"nummod", "quantmod"} or c.like_num for c in obj.subtree):
            return True
    if lemma == "call" and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVE_PRONOUNS for c in verb.children):
        # "the protesters, who call themselves "water protectors"": a name taken, not a statement
        return True
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


def _is_scheduled_release(verb: Token) -> bool:
    """'reports earnings Wednesday', 'will report results on Thursday': a release to come."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in RELEASED_RESULTS for c in verb.children):
        return False
    if verb.tag_ not in {"VBZ", "VBP", "VB"}:
        return False
    dated = any(c.ent_type_ == "DATE" and c.dep_ == "npadvmod" for c in verb.children) or any(
        c.dep_ == "prep" and any(g.ent_type_ == "DATE" for g in c.children) for c in verb.children)
    return dated or any(c.dep_ == "aux" and c.lower_ in {"will", "'ll"} for c in verb.children)


def _members_listed_among(subject: Token) -> Token:
    """'Nike, Adidas and Puma are among the companies that said': the members named speak."""
    if subject.lower_ not in RELATIVE_PRONOUNS or subject.head.dep_ != "relcl":
        return subject
    group = subject.head.head
    among = group.head
    if group.dep_ != "pobj" or among.lower_ != "among" or among.head.lemma_ != "be":
        return subject
    return next((c for c in among.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), subject)


def _body_after_places(subject: Token, verb: Token) -> Token:
    """'... killed 300 in Guinea, Liberia and Nigeria, the World Health Organization says': a list
    of places the parse took for the subject, with the body that speaks set beside it right before
    the verb; the body speaks (not 'Egypt and Jordan, two neighbours, said': no name beside)."""
    if subject.ent_type_ not in {"GPE", "LOC"} or subject.i > verb.i:
        return subject
    doc = subject.doc
    first = min(t.i for t in subject.subtree)
    if not (first - 1 > verb.sent.start and (doc[first - 1].pos_ == "ADP" or (
            doc[first - 1].text == "," and doc[first - 2].ent_type_ in {"GPE", "LOC"}))):
        # "Britain, France and Germany, the so-called E3, said": the list opens the clause and the
        # places speak; only a list cut off a place or a preposition before it ("killed 300 in
        # Guinea, Sierra Leone, ... Nigeria, the WHO says") is no subject
        return subject
    for body in (c for c in subject.children if c.dep_ == "appos"):
        last = max(t.i for t in body.subtree)
        between = [t for t in doc[last + 1 : verb.i] if not t.is_punct]
        if (body.ent_type_ == "ORG" or (body.pos_ == "PROPN" and body.ent_type_ not in {"PERSON", "GPE", "LOC", "NORP"})) and (
                not between and all(t.i < body.i for t in subject.subtree if t.dep_ == "conj")):
            return body
    return subject


def _named_apposition(speaker: Token) -> Token | None:
    """The proper name set beside a common-noun speaker: "the parent company, The We Company"."""
    if speaker.pos_ != "NOUN":
        return None
    named = next((c for c in speaker.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                  and c.ent_type_ not in NOT_NAME_ENTITIES), None)
    if named is not None and _title_of_writing(speaker, named):
        return None  # 'the biography, “Quiet Genius,” concludes': the book's title, no speaker's name
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
    return _name_known_by(speaker)


def _title_of_writing(writing: Token, named: Token) -> bool:
    """'the biography, “Quiet Genius,” concludes', 'the report, "Rising Tides," warns': a name in
    quotation marks set beside a writing is its title; the writing speaks for its author."""
    first = min(t.i for t in named.subtree)
    opening = writing.doc[first] if writing.doc[first].text in QUOTE_MARKS else writing.doc[first - 1] if first else None
    return (writing.lemma_.lower() in AUTHORED_WRITINGS or writing.lower_ in AUTHORED_WRITINGS) and (
        opening is not None and opening.text in QUOTE_MARKS)


NAMING_PARTICIPLES = {"know", "call", "name"}


def _name_known_by(speaker: Token) -> Token | None:
    """'a group known as the Harbour Alliance said', 'a body of regulators that sets standards for
    banks, known as the Basel Committee, announced': the name a described speaker goes by speaks,
    when the participle hangs on the speaker or closes its phrase just before the verb."""
    doc = speaker.doc
    for participle in speaker.subtree:
        if participle.dep_ != "acl" or participle.tag_ != "VBN" or participle.lemma_.lower() not in NAMING_PARTICIPLES:
            continue
        objects = [g for c in participle.children if c.dep_ == "prep" and c.lower_ == "as"
                   for g in c.children if g.dep_ == "pobj"]
        objects += [c for c in participle.children if c.dep_ == "oprd"]
        name = next((o for o in objects if o.pos_ == "PROPN" and o.ent_type_ not in NOT_NAME_ENTITIES), None)
        if name is None:
            continue
        if participle.head == speaker:
            return name
        after = max(t.i for t in participle.subtree) + 1
        between = doc[after + 1 : speaker.head.i] if after < len(doc) and doc[after].text == "," else None
        if between is not None and speaker.head.i > after and all(t.pos_ == "ADV" for t in between):
            return name
    return None


def _follows_quotation(subject: Token) -> bool:
    """'"We got her!" officers announced': a sentence that opens with a quote its speaker closes."""
    before = list(subject.doc[: subject.i])  # the chunk: the parser may split at the quote
    return bool(before) and before[0].text in QUOTE_MARKS and before[-1].text in QUOTE_MARKS


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


def _is_habitual_saying(verb: Token) -> bool:
    """'Some like to argue that ...', 'they continue to insist that ...': an infinitive saying verb,
    with the clause it says, under a finite verb of habit or keeping on (not 'would like to say',
    'do not like to argue')."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in HABIT_HEADS or head.tag_ not in {"VBD", "VBP", "VBZ"}:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or any(
            c.dep_ == "neg" or c.tag_ == "MD" for c in head.children):
        return False
    return any(c.dep_ == "ccomp" and _is_finite_clause(c) for c in verb.children)


def _is_taking_pains_to_say(verb: Token) -> bool:
    """'has taken great pains to say that it has not caved', 'made an effort to explain that ...':
    an infinitive saying verb, with the clause it says, on the effort its subject made (not
    'will make an effort to explain', 'made no effort to say')."""
    effort = verb.head
    if verb.dep_ != "acl" or effort.dep_ != "dobj" or effort.lemma_.lower() not in EFFORT_NOUNS or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    deed = effort.head
    if deed.pos_ != "VERB" or deed.lemma_.lower() not in {"take", "make"} or any(
            c.dep_ == "neg" or c.tag_ == "MD" for c in deed.children) or any(c.lower_ == "no" for c in effort.children):
        return False
    return any(c.dep_ == "ccomp" and _is_finite_clause(c) for c in verb.children)


# The words that set what a speaker did say against what he would not: "other than to say",
# "beyond confirming", "except to say".
_BUT_FOR_WORDS = {"than", "beyond", "except", "besides"}


def _declined_but_for_saying(verb: Token) -> Token | None:
    """'declined to comment, other than to say “the inquiry is ongoing”', 'refused to discuss
    the deal beyond confirming that ...': the verb of declining, not negated, whose exception
    says the clause the saying verb gives; None otherwise ('declined to say whether ...')."""
    if not any(c.dep_ == "ccomp" and _is_finite_clause(c) for c in verb.children):
        return None
    marker = next((c for c in verb.children if c.dep_ in {"mark", "prep"} and c.lower_ in _BUT_FOR_WORDS), None)
    if marker is None and verb.dep_ == "pcomp" and verb.head.lower_ in _BUT_FOR_WORDS:
        marker = verb.head
    if marker is None:
        return None
    node = verb
    for _ in range(4):
        if node.head == node:
            return None
        node = node.head
        if node.lemma_.lower() in {"decline", "refuse"} and node.pos_ == "VERB":
            if any(c.dep_ == "neg" or c.tag_ == "MD" for c in node.children):
                return None  # "would not decline to ...", "may refuse to ...": no declining done
            return node if any(c.dep_ == "xcomp" for c in node.children) else None
    return None


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
    said = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]  # "looked at X and reached Y"
    if not spoken_in or not any(c.dep_ in {"dobj", "ccomp", "xcomp", "dative"} for v in said for c in v.children):
        return []  # what is said has content: "in an interview, Reed smiled" says nothing
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and not _is_dateline(c)), None)
    return [subject] if subject is not None and _can_speak(subject) and (
        subject.lemma_.lower() not in DOCUMENT_NOUNS) else []


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
    when = _time_modifier_before(verb)
    if when is not None:
        # "after SoftBank earlier this month said it plans ...": a time set between the speaker
        # and the verb, the parse having hung the speaker elsewhere; the noun before the time speaks.
        i = when
        token = verb.doc[i]
        if token.pos_ != "PROPN" or token.ent_type_ not in {"ORG", "PERSON", "GPE", "NORP"}:
            return None
    if verb.doc[i].text in DASHES and i > verb.sent.start and verb.doc[i - 1].pos_ == "PROPN":
        # "The two states - Egypt and Jordan - also criticised": the names set off by dashes.
        token = verb.doc[i - 1]
        while token.dep_ == "conj" and token.head.pos_ == "PROPN":
            token = token.head
        return token
    if token.text == "," and i == verb.i - 1 and i - 1 > verb.sent.start:
        return _name_before_its_office(verb.doc[i - 1])
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ == "nsubj" or token.ent_type_ in {"DATE", "TIME"}:
        return None
    while token.head.dep_ == "prep" and token.head.lower_ == "of" and token.head.head.pos_ in {"NOUN", "PROPN"}:
        token = token.head.head
    if token.ent_type_ == "ORG" and (person := _person_titled_at_body(verb.doc[verb.i - 1])) is not None:
        return person
    if token.ent_type_ == "ORG" and token.ent_iob_ == "I":
        # "Brazil's National Institute for Space Research predicts": the name the noun ends,
        # not its last word ("Research", the object of "for").
        name = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if name is not None and name.root.pos_ == "PROPN" and name.root.i < token.i:
            token = name.root
    return token


# Who orders from the bench, and the filings that seek relief: their "demands" are orders and
# claims at law, no statements ("a judge demanded he name them", "a suit demanding damages").
JUDGING_NOUNS = {"judge", "justice", "magistrate"}
LEGAL_FILINGS = {"lawsuit", "suit", "petition", "motion", "complaint", "filing", "claim"}


def _time_modifier_before(verb: Token) -> int | None:
    """'SoftBank earlier this month said': the index of the word before a time expression that
    ends right before the verb and modifies it ("earlier this month", "last week"), or None."""
    doc = verb.doc
    i = verb.i - 1
    if i <= verb.sent.start or doc[i].ent_type_ != "DATE":
        return None
    while i > verb.sent.start and doc[i].ent_type_ == "DATE":
        i -= 1
    times = doc[i + 1 : verb.i]
    if not any(t.head == verb and t.dep_ in {"npadvmod", "advmod"} for t in times) or any(
            t.head.i not in range(i + 1, verb.i) and t.head != verb for t in times):
        return None
    return i


def _person_titled_at_body(last: Token) -> Token | None:
    """'Eric Durr, Director of Public Affairs at New York State Division of Military and Naval
    Affairs told Mashable': a named person, then the office held at a body, with no comma before
    the verb; the person speaks, not the body their office is at."""
    doc = last.doc
    body = next((e for e in doc.ents if e.start <= last.i < e.end and e.label_ == "ORG"), None)
    if body is None or body.end != last.i + 1 or body.start < 4 or doc[body.start - 1].lower_ not in {"at", "of", "for"}:
        return None
    for comma in range(body.start - 2, max(body.start - 10, last.sent.start), -1):
        if doc[comma].text in {",", ";", "(", ")", "“", "”", '"'} or doc[comma].is_sent_start:
            break
    else:
        return None
    office = doc[comma + 1 : body.start - 1]
    name = doc[comma - 1] if comma > last.sent.start and doc[comma].text == "," else None
    if name is None or name.ent_type_ != "PERSON" or not any(
            names_an_office(t) or t.lemma_.lower() in TITLE_WORDS for t in office):
        return None
    return name


def _name_before_its_office(last: Token) -> Token | None:
    """'..., Ana Ruiz, chairman of the port authority, told reporters': the name set off before
    the office whose words end at `last`, right before the comma and the verb; None when the
    phrase ending there is no office after a name ('..., in Lagos, Nigeria's port, told')."""
    for office in [last, *last.ancestors]:
        if max(t.i for t in office.subtree if not t.is_punct) != last.i:
            return None
        if office.dep_ != "appos":
            continue
        name = office.head
        if (office.pos_ == "NOUN" and names_an_office(office) and name.pos_ == "PROPN" and name.i < office.i
                and name.ent_type_ not in {"GPE", "LOC", "NORP", "DATE", "TIME"}):
            return name
        return None
    return None


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
    return [c for c in to.children if ((c.dep_ == "pobj" and c.lemma_.lower() not in CONFORMITY_NOUNS)
                                       or _name_read_as_gerund(c)) and not _kind_before_a_name(c)]


def _kind_before_a_name(noun: Token) -> bool:
    """'according to news wire Ritzau's report': a common noun of the kind of source, right before
    the name of the one it describes, which the parse cut off from it ("wire" apart from
    "Ritzau's report"); the name, not its kind, is cited."""
    doc = noun.doc
    following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return (noun.pos_ == "NOUN" and noun.text.islower() and following is not None
            and following.pos_ == "PROPN" and following.head != noun and following.head.i > following.i
            and following.dep_ in {"poss", "compound"})  # (not "a document Ana Lee prepared")


# Verbs that introduce a speaker's own words set out below: "Here's how Ruiz responded:".
WORDS_BELOW_VERBS = {"respond", "reply", "react", "answer", "put", "explain", "describe", "defend", "sum",
                     "frame", "characterize", "characterise", "address"}


def _words_introduced_below(verb: Token) -> list[Token]:
    """'Here’s how Acme CEO Jane Doe responded to the criticism:', 'This is how the mayor put it:':
    a sentence closing on a colon that introduces the speaker's words set out after it (a block
    quotation, an embedded post); the speaker is a source even with no quotation mark in the sentence."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in WORDS_BELOW_VERBS or verb.dep_ != "ccomp":
        return []
    head = verb.head
    if (head.lemma_.lower() != "be" and head.lower_ not in {"’s", "'s", "is"}) or not any(
            (c.dep_ == "advmod" and c.lower_ == "here") or (c.dep_ == "nsubj" and c.lower_ in {"this", "that"})
            for c in head.children):
        return []
    children = list(verb.children)
    if not any(c.lower_ in {"how", "what"} and c.i < verb.i for c in verb.subtree):
        return []
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in children) or verb.tag_ not in {"VBD", "VBZ", "VBN"}:
        return []  # "here's how she might respond:", "here's how to respond:": nothing said yet
    doc = verb.doc
    last = next((t for t in reversed(doc) if not t.is_space), None)
    if last is None or last.text != ":" or any(t.text == ":" for t in doc[verb.i : last.i]):
        return []
    subjects = [c for c in children if c.dep_ == "nsubj" and c.i < verb.i]
    return subjects if len(subjects) == 1 and _can_speak(subjects[0]) and subjects[0].lower_ not in {
        "you", "we", "i", "it"} else []


def _excerpt_introduced(token: Token) -> list[Token]:
    """'From Goldman on the FOMC announcement:', 'Here is Goldman on the jobs report:': a short line
    closing on a colon that hands over to a named speaker's words on a topic, set out below it (a
    blog's excerpt). Not a place ('From Paris on the eve of the summit:') nor a time."""
    doc = token.doc
    words = [t for t in doc_tokens(doc) if not t.is_space]
    if not words or words[-1].text != ":" or len(words) > 16 or any(t.text == ":" for t in words[:-1]):
        return []
    if token.lower_ == "from" and token.dep_ == "ROOT" and token.i == words[0].i:
        named = [c for c in token.children if c.dep_ == "pobj"]
    elif token.dep_ == "ROOT" and token.lemma_.lower() == "be" and any(
            c.dep_ == "advmod" and c.lower_ == "here" and c.i < token.i for c in token.children):
        named = [c for c in token.children if c.dep_ == "nsubj" and c.i > token.i]
    else:
        return []
    return [n for n in named[:1] if n.pos_ == "PROPN" and n.ent_type_ not in {"GPE", "LOC", "DATE", "TIME", "FAC"}
            and any(c.dep_ == "prep" and c.lower_ == "on" for c in n.children)]


def _speakers_on_behalf(verb: Token) -> list[Token]:
    """'Ana Ruiz spoke on behalf of the family': one speaking for others is a source of what is
    told of them; not 'will speak on behalf of', 'did not speak on behalf of'."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "speak" or verb.tag_ not in {"VBD", "VBZ", "VBN"}:
        return []
    children = list(verb.children)
    if not any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "behalf" for g in c.children)
               for c in children):
        return []
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in children) or _is_hypothetical(verb):
        return []
    subjects = [c for c in children if c.dep_ == "nsubj" and c.i < verb.i]
    return subjects if len(subjects) == 1 and _can_speak(subjects[0]) else []
