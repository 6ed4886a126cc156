"""`extract_citations`: every cited source of one parsed article, from each cue family."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from newsfacts.extract.citations.clauses import (
    _according_to_speakers,
    _excerpt_introduced,
    _holds_views_on_record,
    _is_dateline,
    _is_finite_clause,
    _is_speaker_kind,
    _named_apposition,
    _names_speaker_before_colon,
    _quotation_speakers,
    _speakers_on_behalf,
    _speaks_in_statement,
    _speech_verb_speakers,
    _states_content,
    _with_conjuncts,
    _words_introduced_below,
)
from newsfacts.extract.citations.context import (
    _ArticleContext,
    _context,
    _people_like,
    unglued_name,
)
from newsfacts.extract.citations.credits import (
    _embedded_posts,
    _headed_quotations,
    _joint_outlets,
    _outlet_credits,
    _pull_quote_speakers,
    _signed_paragraphs,
    _transcript_speakers,
    _writer_hearsay,
)
from newsfacts.extract.citations.digests import _shouted_writers
from newsfacts.extract.citations.documents import (
    _issued_document_speakers,
    _issuer,
    _name_read_as_gerund,
    _obtaining_outlet,
    _owner_of_work,
    _viewed_documents,
)
from newsfacts.extract.citations.groups import (
    QUANTIFIED_SAYING_VERBS,
    VIEW_QUANTIFIERS,
    _body_judging_as,
    _consensus_holders,
    _each_alike,
    _group_view_holders,
    _others_than_some,
    _people_at_large,
    _quantifier_view_holders,
    _view_takers,
)
from newsfacts.extract.citations.named import (
    _answered_hearsay,
    _data_compilers,
    _existential_hearsay,
    _judged_by_agent,
    _led_to_believe,
    _named_examples,
    _unattributed_reports,
    _unnamed_press_reports,
)
from newsfacts.extract.citations.recollections import (
    _ellipsis_speakers,
    _memory_tellers,
    _press_reports,
    _quoted_people,
)
from newsfacts.extract.citations.references import (
    _anonymous_citation,
    _body_of_acronym,
    _body_of_its_people,
    _body_of_unnamed_spokesperson,
    _coordinated_kinds_of_people,
    _earlier_author,
    _earlier_issuer,
    _group_citation,
    _inside_quotation,
    _is_age_noun,
    _is_body_reference,
    _is_indefinite_speaker,
    _is_party_and_state,
    _is_role_reference,
    _is_speaker_noun,
    _issues_polls,
    _issuing_kind,
    _kin_introduced,
    _misparsed_name,
    _named_like_a_person,
    _note_authored_writing,
    _outlet_written_for,
    _people_talked_about_in_quote,
    _resolve_body,
    _resolve_pronoun,
    _role_of_someone_else,
    _type_of_person,
    _unrecognised_personal_name,
    _unspecified_writings,
    _without_possessive,
    _writing_without_issuer,
)
from newsfacts.extract.citations.spans import _is_hypothetical, _speaker_span, closes_a_quote
from newsfacts.extract.citations.unnamed import (
    _claim_spreaders,
    _close_associate,
    _described_citation,
    _documents_obtained_apart,
    _each_unnamed_apart,
    _figure_setters,
    _hearsay_promise,
    _offered_that,
    _offices_to_come_named,
    _others_speaking,
    _own_group_publishing,
    _party_member_citation,
    _phrasal_rebutters,
    _pollster_named_before,
    _ready_sayers,
    _someone_speaking,
    _unnamed_office_holders,
    _unnamed_party_member,
    _view_voicing_group_who,
    _voiced_to_an_outlet,
)
from newsfacts.extract.citations.vocabulary import (
    ASKED_FOR_HEADS,
    BOOK_NOUNS,
    CITING_VERBS,
    CLAIM_NOUNS,
    CREDITED_INFORMATION,
    CRITIQUE_NOUNS,
    DASHES,
    DATA_NOUNS,
    ENDURED_VERBS,
    EVIDENCE_NOUNS,
    EXCLUDED_SPEAKERS,
    FINDING_VERBS,
    FUTURE_AUXES,
    GATHERED_VERBS,
    GIVEN_DOCUMENTS,
    GIVING_VERBS,
    GROUP_QUANTIFIERS,
    HEADLINE_ENDINGS,
    HITTING_REBUKE_VERBS,
    HONORIFICS,
    INFORMATION_NOUNS,
    ISSUED_NOUNS,
    ISSUED_REPLIES,
    ISSUING_VERBS,
    JUDGED_NEWS,
    LAUNCHING_VERBS,
    NOTICE_VERBS,
    OBTAINING_VERBS,
    OFFERING_VERBS,
    OUTLOOK_HOLDERS,
    OUTLOOK_NOUNS,
    PANNED_THINGS,
    PICTURE_WORDS,
    PLACE_PREPOSITIONS,
    PLATFORMS,
    POSTED_NOUNS,
    POSTED_UPDATES,
    PRESS_NOUNS,
    PUBLISHED_NOUNS,
    PUBLISHING_VERBS,
    QUOTE_MARKS,
    RANKING_NOUNS,
    REBUKING_VERBS,
    RELATIVE_PRONOUNS,
    REMARK_NOUNS,
    REMOVING_VERBS,
    RUMOR_NOUNS,
    SAID_IN_NOUNS,
    SAY_DETERMINERS,
    SHOWING_DOCUMENTS,
    SPEAKING_NOUNS,
    SPEECH_VERBS,
    STANCE_VERBS,
    SURVEYING_VERBS,
    THING_NOUNS,
    TIME_NAMES,
    TOLD_NOUNS,
    TOLD_WRITERS,
    VERBAL_ATTACK_WORDS,
    VIEW_ADJECTIVES,
    VIEW_NOUNS,
    VOICING_ADVERBS,
)
from newsfacts.extract.nlp import doc_text, doc_tokens
from newsfacts.extract.schemas import Citation, fact_id
from newsfacts.extract.sources import (
    COMPANY_WORDS,
    DOCUMENT_NOUNS,
    FIRM_KINDS_BEFORE_NAME,
    LAW_NOUNS,
    TITLE_WORDS,
    classify_source,
    is_kind_before_name,
    names_an_office,
    normalise_body_name,
    without_leading_modifiers,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from newsfacts.extract.citations.context import _ArticleContext
    from newsfacts.extract.nlp import ParsedArticle


def _quoted_view_holder(holder: Token, verb: Token, offset: int, context: _ArticleContext) -> bool:
    """'"It is a law that many say is unfair," the senator said', '"... a wall that engineers
    believe will hold," the mayor said': a group in a relative clause (or 'many' saying) inside a
    speaker's quotation is the speaker's talk, no source of its own (left to the other rules)."""
    if holder.lower_ in VIEW_QUANTIFIERS and verb.lemma_.lower() not in QUANTIFIED_SAYING_VERBS:
        return False  # ("that many think": read as before)
    return _inside_quote_marks(holder) or _inside_quotation(offset + holder.idx, context)


def _keep_once(citation: Citation, seen: set[int], context: _ArticleContext) -> None:
    """Add a citation to the article's list unless one already starts at its offset."""
    if citation.char_start not in seen:
        seen.add(citation.char_start)
        context.citations.append(citation)


def extract_citations(parsed: ParsedArticle) -> list[Citation]:
    """All cited sources in the parsed sentences of one article, in body order."""
    context = _context(parsed)
    seen: set[int] = set()
    body = parsed.article.body_text or ""
    # The cue of the saying verb heading the sentence just before, for "So did X." after it.
    previous_cue: str | None = None
    previous_end = -1
    for chunk in parsed.chunks:
        if previous_end < 0 or body[previous_end:chunk.offset].strip():
            previous_cue = None  # only a sentence right before, with nothing between, is repeated
        cue_here, previous_end = previous_cue, chunk.offset + len(doc_text(chunk.doc))
        previous_cue = None
        if not chunk.is_parsed or doc_text(chunk.doc).count(" | ") >= 2:
            continue  # "Story one | Story two | Story three": a row of links to other stories
        if _is_headline_line(chunk.doc, chunk.offset, body):
            continue  # "Palm oil firm promises to protect forests": a heading, no sentence of the body
        # Only a sentence with a quotation mark can attribute one by its shape.
        quoting = any(t.text in QUOTE_MARKS for t in doc_tokens(chunk.doc))
        for token in doc_tokens(chunk.doc):
            _note_authored_writing(token, chunk.offset, context)
            verb = token.pos_ in {"VERB", "AUX"}
            press_quote = dated_outlet = False
            informants = _informants_of_writer(token, chunk.offset, context)
            if informants is not None:
                if informants.char_start not in seen:
                    seen.add(informants.char_start)
                    context.citations.append(informants)
                continue
            if token.lower_ == "according":
                cue, heads = "according_to", _according_to_speakers(token)
            elif token.pos_ == "NOUN" and (heads := _press_reports(token)):
                cue = "report"  # "despite press reports to the contrary"
            elif _unattributed_reports(token) or _existential_hearsay(token) or _answered_hearsay(token):
                # "has received reports that ...", "amid reports of looting", "confirms rumors that": nobody named
                citation = _anonymous_citation(token, "report", chunk.offset, context)
                _keep_once(citation, seen, context)
                continue
            elif _unnamed_press_reports(token):
                # "as reports of a crackdown spurred speculation": the press, unnamed
                citation = replace(_anonymous_citation(token, "report", chunk.offset, context),
                                   source_type="media_outlet")
                _keep_once(citation, seen, context)
                continue
            elif token.i == 1 and (heads := _ellipsis_speakers(token, cue_here)):
                cue = cue_here or "say"  # "... said the idea was naive. So did his coach, Tom Lee."
            elif (heads := _memory_tellers(token)):
                cue = "recall"  # "Ana Ruiz remembers once spotting him in the hall"
            elif token.lemma_.lower() in SURVEYING_VERBS and token.tag_ == "VBN":
                cue = token.lemma_.lower()
                heads = [g for c in token.children if c.dep_ == "agent" for g in c.children
                         if g.dep_ == "pobj"]
            elif verb and _hearsay_promise(token):
                continue  # "X reportedly pledged to deliver Y": a commitment others tell of, nobody's words
            elif token.pos_ == "VERB" and (heads := _ready_sayers(token)):
                cue = token.lemma_.lower()  # "his first critic was quick to point out that ..."
            elif token.pos_ == "VERB" and (heads := _voiced_to_an_outlet(token)):
                cue = "tell"  # "Tim Miller ridiculed this idea to the Washington Post"
            elif token.pos_ == "VERB" and (heads := _view_voicing_group_who(token)):
                # "alarming critics who fear he has ...": the group by its kind alone
                citation = _anonymous_citation(heads[0], token.lemma_.lower(), chunk.offset, context)
                _keep_once(citation, seen, context)
                continue
            elif verb and (heads := _reviews_judging(token)):
                # "The reviews haven't been kind either": the critics' verdict, unnamed
                citation = _anonymous_citation(heads[0], "review", chunk.offset, context)
                _keep_once(citation, seen, context)
                continue
            elif token.pos_ == "VERB" and (heads := _tellings_to_be_believed(token)):
                # "If accounts are to be believed, she was briefly married": unnamed tellings
                citation = _anonymous_citation(heads[0], "according_to", chunk.offset, context)
                _keep_once(citation, seen, context)
                continue
            elif verb and (heads := _quantifier_view_holders(token)) and not _quoted_view_holder(
                    heads[0], token, chunk.offset, context):
                # "stories that many thought were racist": unnamed people by a bare quantifier
                holder = heads[0]
                if holder.lower_ not in VIEW_QUANTIFIERS:
                    # "a temple that experts believe dates back": the group named as elsewhere
                    # ("critic", as "Critics said" makes it), not a second source by its plural
                    citation = _citation(holder, token.lemma_.lower(), chunk.offset, context)
                else:
                    citation = _anonymous_citation(holder, token.lemma_.lower(), chunk.offset, context)
                if citation is not None:
                    _keep_once(citation, seen, context)
                continue
            elif verb and (heads := _contact_clause_holders(token)):
                cue = token.lemma_.lower()  # "winning states pollsters believed would go Democrat"
            elif token.pos_ == "VERB" and (heads := _data_compilers(token)):
                cue = "data"  # "the ACLU has assembled a list of 76 agencies"
            elif token.pos_ == "VERB" and (heads := _led_to_believe(token)):
                cue = "suggest"  # "Sean Hannity leads his audience to believe immigrants are ..."
            elif token.pos_ == "VERB" and (heads := _judged_by_agent(token)):
                cue = "as_by"  # "is considered by the Murdochs to be the future of the network"
            elif verb and token.lemma_.lower() in CITING_VERBS and token.dep_ != "amod" and not _say_as_noun(token):
                # ("Stadia's recommended Chromecast", "the reported deaths": a participle
                # before a noun describes it and says nothing)
                heads = (_speech_verb_speakers(token) or (_quotation_speakers(token) if quoting else [])
                         or _group_view_holders(token)  # "critics fear ...", "advocates point to X as evidence"
                         or _words_introduced_below(token)  # "Here's how Ruiz responded to critics:"
                         or _speakers_on_behalf(token))  # "Ana Ruiz spoke on behalf of the family."
                heads = [h for h in heads if not _people_at_large(h, token)] or _agent_members(token)
                cue = "as_by" if heads and heads[0].dep_ == "pobj" else token.lemma_.lower()
                heads += _included_members(heads) + _named_examples(heads)
                if token.lemma_.lower() == "cite" and token.tag_ == "VBG":
                    heads += [c for c in token.children if c.dep_ == "dobj" and _can_be_cited(c)]
                if heads and token.dep_ == "ROOT":
                    previous_cue = cue  # "Brin said ...": a next "So did X." says it too
            elif token.pos_ == "PROPN" and (heads := _outlet_of_account(token)):
                cue = "report"  # "a devastating account of his conflicts in Sunday's New York Times"
                dated_outlet = True  # ("Sunday's New York Times": the day's issue of the outlet)
            elif verb and (heads := _quoting_press(token)):
                cue = "quote"  # "A New York Post article at the time quoted a fan"
                # (whose article quotes people publishes news: "a Boston Globe article quoted")
                press_quote = heads[0].lemma_.lower() in SAID_IN_NOUNS | PRESS_NOUNS
            elif token.lower_ == "quoting" and (heads := _quoted_people(token)):
                cue = "quote"  # "The Times reports, quoting family and neighbors, that ..."
            elif verb and quoting and (heads := _quotation_speakers(token)):
                cue = token.lemma_.lower()
            elif verb and (heads := _words_introduced_below(token)):
                cue = "quote"  # "Here's how Ruiz responded:" before her words set out below
            elif token.lower_ in {"from", "is", "’s", "'s"} and (heads := _excerpt_introduced(token)):
                cue = "quote"  # "From Goldman on the FOMC announcement:" before its words set out below
            elif (token.pos_ == "VERB" and (heads := _speaks_in_statement(token))) or (
                    token.pos_ == "NOUN" and (heads := _issued_document_speakers(token))):
                cue = "statement"  # "in a statement, X expressed ...", "X's statement"
            elif token.pos_ == "NOUN" and (heads := _pollster_named_before(token)):
                cue = "statement"  # "in a 2014 Pew study, 78 percent of respondents ..."
            elif verb and token.lemma_.lower() in {"be", "make"} and (heads := _view_stated(token)):
                cue = token.lemma_.lower()
            elif token.lower_ in VIEW_NOUNS and (heads := _words_of(token)):
                cue = "according_to"
            elif token.pos_ == "PROPN" and quoting and _names_speaker_before_colon(token):
                cue, heads = "quote", [token]
            elif token.pos_ == "NOUN" and _misread_speakers(token):
                cue, heads = _saying_lemma(token), _misread_speakers(token)
            elif token.lower_ == "by" and (heads := _by_all_accounts(token)):
                cue = "according_to"  # "by all accounts, he played a key role": the accounts
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
            elif token.pos_ == "NOUN" and (heads := _critics(token) or _verbal_attackers(token)):
                cue = "critique"
            elif token.pos_ == "VERB" and (heads := _outlook_holders(token)):
                cue = "see"
            elif token.pos_ == "VERB" and (heads := _information_providers(token)):
                cue = "obtained"
            elif token.pos_ == "VERB" and (heads := _document_givers(token)):
                cue = "obtained"  # "a witness provided the paper with photographs"
            elif token.pos_ == "VERB" and (heads := _heard_from(token)):
                cue = "as_by"  # "we heard from teachers in Turkey"
            elif token.pos_ == "VERB" and (heads := _own_guesses_given(token)):
                cue = "estimate"  # "Fandom editor Nick Nunziata will also be providing his guesses"
            elif token.pos_ == "VERB" and (heads := _public_bodies_deeming(token)):
                cue = "deem"  # "the U.S. government deemed the problem an unsustainable one"
            elif token.pos_ == "VERB" and (heads := _records_checked(token) or _records_based_on(token)):
                cue = "as_by"  # "we checked Minnesota court records ... no dice", "based on tax records"
            elif heads := _outlet_rankings(token):
                cue = "ranking"  # "on Forbes' list of the wealthiest", "Maxim ranked her"
            elif token.pos_ == "NOUN" and (heads := _consensus_holders(token)):
                cue = "consensus"  # "the consensus among many developers is that ..."
            elif verb and (heads := _group_view_holders(token) or _body_judging_as(token) or _view_takers(token)):
                cue = token.lemma_.lower()  # "critics see it as", "many economists compare it to"
            elif token.pos_ == "VERB" and (heads := _stance_voiced(token) or _rebukers(token)):
                cue = token.lemma_.lower()  # "Google vocally supported the rules", "slammed her for"
            elif token.pos_ == "VERB" and (heads := _figure_setters(token)):
                cue = "estimate"  # "Forbes pegged it at $4 billion", "officials put the toll at 50"
            elif token.pos_ == "VERB" and (heads := _phrasal_rebutters(token)):
                cue = "deny"  # "the singer's representatives swiftly shut down his claim"
            elif token.pos_ == "VERB" and (heads := _offered_that(token)):
                cue = "offer"  # "he diplomatically offered that the band would be touring then"
            elif token.pos_ == "VERB" and (heads := _claim_spreaders(token)):
                cue = "claim"  # "conspiracy theories that his allies have spread"
            elif token.pos_ == "AUX" and (heads := _named_critic(token)):
                cue = "criticize"  # "Ruiz was openly critical of the plan"
            else:
                continue
            for head in heads:
                group = _coordinated_kinds_of_people(head)
                if group is not None and not _each_alike(head):
                    # "according to analysts and activists working in the region": one group
                    citation = _group_citation(head, group, cue, chunk.offset, context)
                    if citation is not None and citation.char_start not in seen:
                        seen.add(citation.char_start)
                        context.citations.append(citation)
                    continue
                speakers = _with_conjuncts(head)
                if len(speakers) == 1 and (named := _firms_named_together(head)):
                    speakers = named  # "BMW and Kia ..., as the companies announced": each firm
                for speaker in speakers:
                    if _own_people_in_report(speaker, token) or _title_joined_to_a_name(speaker, speakers):
                        continue
                    if speaker is not head and speaker.pos_ == "NOUN" and speaker.lemma_.lower() in SPOKEN_MEANS:
                        continue  # "via a statement by Trump and a phone interview with Fox News": a means
                    citation = _citation(speaker, cue, chunk.offset, context)
                    if citation is not None and citation.source_type == "person" and _listed_among_bodies(speaker):
                        citation = replace(citation, source_type="organization")
                    if citation is not None and press_quote and citation.source_type == "organization":
                        citation = replace(citation, source_type="media_outlet")
                    if citation is not None and dated_outlet:
                        issue = re.match(r"^(\w+)[’']s\s+", citation.canonical_name)
                        if issue and issue.group(1).lower() in TIME_NAMES | {"today", "yesterday"}:
                            citation = replace(citation, canonical_name=citation.canonical_name[issue.end():])
                    for one in _split_coordinated(citation, speaker, chunk.offset):
                        if one.char_start not in seen and not _within_same_citation(one, context):
                            seen.add(one.char_start)
                            context.citations.append(one)
    # Writers named in capitals take the place of what the parse made of their names ("ANN and
    # BO RUIZ" read as one organisation).
    shouted = _shouted_writers(parsed, context)
    context.citations = [c for c in context.citations
                         if not any(w.char_start < c.char_end and c.char_start < w.char_end for w in shouted)]
    seen = {c.char_start for c in context.citations}
    for citation in [*shouted, *_embedded_posts(parsed, context), *_outlet_credits(parsed, context),
                     *_pull_quote_speakers(parsed, context), *_writer_hearsay(parsed, context),
                     *_signed_paragraphs(parsed, context), *_transcript_speakers(parsed, context),
                     *_headed_quotations(parsed, context),
                     *_shown_documents(parsed, context), *_viewed_documents(parsed, context)]:
        _keep_once(citation, seen, context)
    context.citations = [one for citation in context.citations for one in _joint_outlets(citation, body)]
    context.citations = _one_and_many_apart(context.citations)
    context.citations = _unnamed_office_holders(context.citations)  # "one former adviser said"
    context.citations = _offices_to_come_named(context.citations)  # "President-elect Donald Trump's"
    context.citations = _each_unnamed_apart(context.citations)  # "an official ... an official": two
    context.citations = _documents_obtained_apart(context.citations, body)  # "documents obtained by the Post"
    # The outlet publishing the article is no source of its own story ("HP, as Gizmodo very
    # recently explained, ..." on Gizmodo).
    kept = [c for c in context.citations
            if not (c.source_type in {"media_outlet", "news_agency"} and context.publishes(c.canonical_name)
                    and (context.publishes(c.cited_as) or _own_work_of(c)))]
    return sorted(kept, key=lambda c: c.char_start)


def _one_and_many_apart(citations: list[Citation]) -> list[Citation]:
    """'A source told 247Sports that ...' and later 'sources told 247Sports ...': one unnamed
    person and a group of that kind are two sources (the labelling rules count each unnamed
    description), though both read as "source"; the group takes its plural."""
    plural_of: dict[int, str] = {}
    by_name: dict[str, list[int]] = {}
    for i, c in enumerate(citations):
        if c.source_type == "anonymous":
            by_name.setdefault(c.canonical_name, []).append(i)
    for name, members in by_name.items():
        kind = name.split()[-1] if name.split() else ""
        if not kind.isalpha():
            continue
        words = {i: re.findall(r"[a-z]+", citations[i].cited_as.lower()) for i in members}
        plural = _plural_of_kind(kind)
        many = [i for i in members if plural in words[i] and kind not in words[i]]
        if many and any(kind in words[i] for i in members):
            for i in many:
                plural_of[i] = name[: len(name) - len(kind)] + plural
    return [replace(c, canonical_name=plural_of[i]) if i in plural_of else c for i, c in enumerate(citations)]


# Words ending in "man" that are no compound of "man" and take an "s": "humans", "Germans".
_MAN_BUT_MANS = ("human", "german", "roman", "norman", "shaman", "ottoman", "talisman", "caiman", "brahman")


def _plural_of_kind(kind: str) -> str:
    """'source' -> 'sources', 'woman' -> 'women', 'witness' -> 'witnesses', 'ally' -> 'allies'."""
    if kind.endswith(_MAN_BUT_MANS):
        return kind + "s"  # "human", "German", "Roman", "shaman": no "-men"
    if kind.endswith("man"):
        return kind[:-3] + "men"  # "woman", "spokesman", "fireman"
    if kind.endswith(("arch", "czech")):
        return kind + "s"  # "monarch", "matriarch", "Czech": a hard "ch"
    if kind in {"person", "child"}:
        return {"person": "people", "child": "children"}[kind]
    if kind.endswith(("ss", "sh", "ch", "x")):
        return kind + "es"
    if kind.endswith("y") and kind[-2:-1] not in "aeiou":
        return kind[:-1] + "ies"
    return kind + "s"


# Writings an outlet makes of its own reporting: "a Bloomberg review of its regulatory filings
# shows", "a recent Reuters poll", "a CNN analysis found".
OWN_WORK_NOUNS = {"review", "analysis", "poll", "survey", "investigation", "tally", "count", "calculation",
                  "calculations", "examination", "study", "estimate", "estimates", "data"}


def _own_work_of(citation: Citation) -> bool:
    """A citation of an outlet through a writing of its own ("a Bloomberg review of ... shows"):
    on that outlet's page, the publisher's own analysis, no source."""
    words = citation.cited_as.lower().split()
    name = citation.canonical_name.lower().split()
    at = next((i for i in range(len(words)) if words[i : i + len(name)] == name), None)
    return at is not None and any(w.strip(".,;:") in OWN_WORK_NOUNS for w in words[at + len(name) : at + len(name) + 3])


CONTACT_CLAUSE_VERBS = {"believe", "think", "expect", "predict", "say", "fear", "suspect"}


def _family_in_office(name: str, context: _ArticleContext) -> bool:
    """'the Murdochs', 'the Kochs': a family named in the plural, whose members the article names
    with an office ("Rupert Murdoch, the executive chairman"), speaks in their office."""
    family = name.removeprefix("the ").removeprefix("The ")
    if not family.endswith("s") or " " in family or not family[:1].isupper():
        return False
    surname = family[:-1]
    return any(full.split()[-1] == surname and len(full.split()) > 1 for full in context.titled)


def _contact_clause_holders(verb: Token) -> list[Token]:
    """'winning states pollsters believed would go solidly Democrat': a relative clause without
    its pronoun whose gap is the subject of the clause held ("states [that] pollsters believed
    [they] would go"), parsed as a participle hung on the holder; the plural or named holder
    right before the verb holds the view. Not 'pollsters believed it would go' (a main clause)."""
    doc = verb.doc
    if verb.lemma_.lower() not in CONTACT_CLAUSE_VERBS or verb.tag_ not in {"VBD", "VBN"} or (
            verb.dep_ not in {"acl", "relcl"}) or verb.i < 2 or verb.i + 2 >= len(doc):
        return []
    holder = verb.head
    if holder.i != verb.i - 1 or doc[verb.i + 1].tag_ != "MD" or doc[verb.i + 2].pos_ not in {"VERB", "AUX"}:
        return []
    before = doc[holder.i - 1]
    if not (holder.tag_ == "NNS" or holder.ent_type_ in {"ORG", "PERSON", "NORP"}) or holder.ent_type_ in {
            "DATE", "TIME"} or not (before.pos_ in {"NOUN", "PROPN"} or (before.tag_ == "VBZ" and before.dep_ != "ROOT")):
        return []  # (the gap's noun stands right before the holder, "states" at times tagged a verb)
    return [holder] if _is_speaker_kind(holder) or holder.lemma_.lower() in OUTLOOK_HOLDERS or holder.pos_ == "PROPN" else []


# What an outlet prints that tells what happened: "an account ... in the Times", "a report in the Post".
PRINTED_ACCOUNTS = {"account", "report", "story", "article", "investigation", "exposé", "expose", "series"}


def _outlet_of_account(name: Token) -> list[Token]:
    """'a devastating account of his conflicts of interest in Sunday's New York Times', 'a
    report in the Guardian': an outlet that printed an account of what happened reports it.
    Not 'wrote in the Times' (a venue, the writer speaks), nor 'an op-ed by Ann Lee in the
    Times' (a named writer's own piece)."""
    if name.dep_ != "pobj" or name.head.lower_ != "in" or name.ent_type_ != "ORG":
        return []
    account = name.head.head
    while account.dep_ == "pobj" and account.head.lower_ == "of" and account.head.head.pos_ == "NOUN":
        account = account.head.head
    if account.pos_ != "NOUN" or account.lemma_.lower() not in PRINTED_ACCOUNTS or any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in account.children):
        return []
    outlet = next((e for e in name.doc.ents if e.start <= name.i < e.end and e.label_ == "ORG"), None)
    if outlet is None or classify_source(outlet, name)[1] not in {"media_outlet", "news_agency"}:
        return []
    return [name]


def _quoting_press(verb: Token) -> list[Token]:
    """'A New York Post article at the time quoted a fan', 'The Times quoted a fan': an outlet
    or its article that quotes someone reports what was said, a source of its own. Not 'Trump
    quoted Lincoln' (a speaker borrowing words), nor 'was quoted' (the one quoted speaks)."""
    if verb.lemma_.lower() != "quote" or verb.tag_ not in {"VBD", "VBZ", "VBP", "VBN"} or any(
            c.dep_ in {"neg", "auxpass", "nsubjpass"} for c in verb.children):
        return []
    quoted = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if quoted is None:
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None:
        return []
    lemma = subject.lemma_.lower()
    if lemma in SAID_IN_NOUNS | PRESS_NOUNS and any(
            c.dep_ in {"compound", "poss"} and c.ent_type_ == "ORG" for c in subject.children):
        return [subject]  # "a New York Post article", "the Post's story"
    name = next((e for e in subject.doc.ents if e.start <= subject.i < e.end and e.label_ == "ORG"), None)
    someone = quoted.ent_type_ == "PERSON" or _is_speaker_kind(quoted)
    if name is not None and subject.pos_ == "PROPN" and (
            someone or classify_source(name, subject)[1] in {"media_outlet", "news_agency"}):
        return [subject]  # "The Times quoted a fan", "the Globe quoted a neighbor"
    return []


def _stance_voiced(verb: Token) -> list[Token]:
    """'Others like Facebook, Google and KickStarter all also vocally supported the rules', 'Layton
    likewise advocated against the rules': a stance taken out loud, a view on the record of a
    named body or person (each example named speaks, not the 'others' they stand for). Not
    'quietly backed the bid' nor 'supports 4K video' (a stance not voiced), nor 'fans support
    the team' (a crowd)."""
    lemma = verb.lemma_.lower()
    if lemma in STANCE_VERBS:
        if not any(c.dep_ == "advmod" and c.lower_ in VOICING_ADVERBS for c in verb.children):
            return []
    elif lemma != "advocate" or verb.tag_ not in {"VBD", "VBN"} or not any(
            c.dep_ == "prep" and c.lower_ in {"for", "against"} for c in verb.children):
        return []  # ("she is advocating for female fans": a cause worked for, no stance on record)
    if any(c.dep_ == "neg" for c in verb.children) or _is_hypothetical(verb):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS or _inside_quote_marks(subject):
        return []
    if subject.tag_ == "NNS":
        # "Others like Facebook, Google and KickStarter": the names given, whatever entity the
        # tagger made of the first
        return [g for p in subject.children if p.dep_ == "prep" and p.lower_ == "like"
                for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"] or _named_examples([subject])
    return [subject] if subject.pos_ in {"PROPN", "PRON"} or subject.ent_type_ in {"PERSON", "ORG"} else []


def _rebukers(verb: Token) -> list[Token]:
    """'lawmakers slammed her for raising the age limit', 'the senator rebuked the agency':
    criticism voiced at someone, by a person or a body on the record. 'Slam', 'blast' and 'rip'
    criticise only with what for ("slammed her for ..."; not "a storm slammed the coast", "was
    slammed by critics" in the passive); the others always do. Not a crowd ('fans berated the
    referee')."""
    lemma = verb.lemma_.lower()
    if lemma not in REBUKING_VERBS | HITTING_REBUKE_VERBS or verb.tag_ == "VBN" or any(
            c.dep_ in {"neg", "auxpass"} for c in verb.children) or _is_hypothetical(verb):
        return []
    if not any(c.dep_ == "dobj" for c in verb.children):
        return []
    if lemma in HITTING_REBUKE_VERBS and not any(c.dep_ == "prep" and c.lower_ in {"for", "as", "over"}
                                                 for c in verb.children):
        return []
    if lemma == "pan" and any(c.dep_ == "dobj" and c.lemma_.lower() in PANNED_THINGS for c in verb.children):
        return []  # "the director panned the camera across the crowd"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in {"who", "that"} and verb.dep_ == "relcl":
        subject = verb.head  # "critics who slammed the plan for ...": the ones the clause is about
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS or _inside_quote_marks(subject):
        return []
    return [subject] if _holds_views_on_record(subject) else []


def _inside_quote_marks(token: Token) -> bool:
    """A word inside a quotation of its sentence (an odd number of double marks before it)."""
    return sum(t.text in {'"', "“", "”"} for t in token.doc[: token.i]) % 2 == 1


def _is_headline_line(doc: Doc, offset: int, body: str) -> bool:
    """'Major palm oil firm promises to protect forests': a short line of its own that ends in no
    stop, in the headline's present tense, set above the text it heads (a teaser's or a section's
    headline), which the labels leave out of the body. Not a sentence with its full stop, one in
    the past tense that lost its stop ("Acme said profits rose"), nor the body's last line."""
    text = doc_text(doc)
    stripped = text.strip()
    end = offset + len(text)
    if not stripped or stripped.endswith(HEADLINE_ENDINGS) or len(stripped.split()) > 14:
        return False
    own_line = (offset == 0 or body[offset - 1] == "\n") and body[end : end + 1] == "\n"
    if not own_line or not body[end + 1 :].strip():
        return False
    # (the tags last: the cheap tests of the text rule out most sentences)
    # (a headline's quoted words take single quotes: "Doctor who called her ‘monkey face’
    # resigns"; a past tense inside a relative clause leaves the line in the present)
    # ("Denzel made me nervous, admits co-star Jovan Adepo": a teaser's inverted attribution in
    # the present, the past tense before it the words reported)
    inverted = next((t.i for t in doc_tokens(doc) if t.tag_ == "VBZ" and t.lemma_.lower() in CITING_VERBS and t.i > 1
                     and doc[t.i - 1].text == "," and not any(c.dep_ == "nsubj" and c.i < t.i for c in t.children)), 0)
    return (stripped[:1].isupper() and not any(mark in stripped for mark in DOUBLE_QUOTE_MARKS)
            and not _quotes_unpaired(stripped)
            and not any(t.tag_ == "VBD" and t.dep_ not in {"relcl", "acl"} and t.i >= inverted for t in doc_tokens(doc)))


DOUBLE_QUOTE_MARKS = {'"', "“", "”", "«", "»"}


def _quotes_unpaired(text: str) -> bool:
    """'‘We will win’' is paired; 'We’ll win,’ she says' leaves a closing mark open (an apostrophe
    inside a word is no quotation mark)."""
    opening = len(re.findall(r"(?:^|(?<=\s))[‘']", text))
    closing = len(re.findall(r"[’'](?=[\s,.;:!?]|$)", text))
    return opening != closing


# How often or how the writer was told, which makes it a life's refrain, not a tip: "I was often
# told that", "we were always told", "we've been subconsciously told".
HABITUAL_TELLING = {"often", "always", "constantly", "repeatedly", "frequently", "forever", "usually",
                    "regularly", "routinely", "subconsciously", "unconsciously", "implicitly"}


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
    if any(c.dep_ == "advmod" and c.lower_ in HABITUAL_TELLING for c in children):
        return None  # "As a child, I was often told that ...": what people kept saying, no informants
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
    if _named_apposition(speaker) is not None:
        return False  # "Holt said his lawyer, Ann Ruiz, had ...": the one named speaks
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


def _remark_makers(noun: Token) -> list[Token]:
    """'After an off-the-cuff remark from a winemaker in Beaune, I ...', 'a warning by police':
    who made the remark; not 'a request for comment from the firm' (asked for, nothing said),
    'no comment from the club' nor 'comments from readers are welcome' in a quotation."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in REMARK_NOUNS:
        return []
    if noun.head.lower_ in ASKED_FOR_HEADS or any(c.lower_ in {"no", "any"} for c in noun.children):
        return []
    if noun.lemma_.lower() in CRITIQUE_NOUNS and (noun.head.lemma_.lower() in ENDURED_VERBS or noun.head.lower_ == "under"):
        return []  # "faced criticism from its staff", "came under criticism from": borne, not voiced here
    makers = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}
              for g in c.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}]
    if not makers and noun.lemma_.lower() in CRITIQUE_NOUNS:
        # "criticism of the budget by Ana Ruiz": the parse hangs the critic on what is criticised
        makers = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
                  for p in o.children if p.dep_ == "prep" and p.lower_ in {"from", "by"}
                  for g in p.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}]
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


def _verbal_attackers(noun: Token) -> list[Token]:
    """'Verdi launched a scathing attack on the budget': who attacks in words criticises; not 'the army launched an attack on the town'."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() != "attack" or noun.dep_ != "dobj":
        return []
    if noun.head.lemma_.lower() not in LAUNCHING_VERBS or not any(
            c.dep_ == "amod" and c.lower_ in VERBAL_ATTACK_WORDS for c in noun.children):
        return []
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return [subject] if subject is not None and (
        subject.pos_ == "PROPN" or subject.lower_ in {"he", "she"} or _is_speaker_noun(subject)) else []


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


def _document_givers(verb: Token) -> list[Token]:
    """'One witness provided the paper with photographs', 'a source provided to CNN a memo', 'the
    ministry gave reporters a copy of the letter': whoever hands a document or a picture to
    someone is the source of what it shows; not 'will provide the data' nor 'provided funding'."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in GIVING_VERBS:
        return []
    children = list(verb.children)
    if any(c.dep_ == "neg" or c.lower_ in FUTURE_AUXES for c in children) or _is_hypothetical(verb):
        return []
    given = [c for c in children if c.dep_ == "dobj"]
    given += [g for c in children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    given += [g for d in list(given) if d.lemma_.lower() in {"copy", "copies"}
              for c in d.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if not any(g.pos_ == "NOUN" and (g.lemma_.lower() in GIVEN_DOCUMENTS or g.lower_ in GIVEN_DOCUMENTS)
               for g in given):
        return []
    if not any(c.dep_ in {"dative", "dobj"} and c.pos_ in {"PROPN", "NOUN", "PRON"}
               and c.lemma_.lower() not in GIVEN_DOCUMENTS for c in children) and not any(
            c.dep_ in {"prep", "dative"} and c.lower_ == "to" for c in children):
        return []  # "the agency provided photographs": to nobody in particular
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN" and (
            _is_speaker_noun(verb.head)) and verb.head.lemma_.lower() not in GIVEN_DOCUMENTS:
        subject = verb.head  # "A party source provided to CNN a memo": the parse hung the verb on its subject
    if subject is None or subject.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return []
    return [subject]


def _outlet_rankings(token: Token) -> list[Token]:
    """'in the top 10 of Forbes' list of the wealthiest Americans', 'No. 26 on the New York Times
    best-seller list', 'Maxim magazine, which ranked her the 96th hottest woman': an outlet's
    ranking is the outlet's judgement; not a list of anyone else ('the list of goods')."""
    if token.pos_ == "NOUN" and token.lemma_.lower() in RANKING_NOUNS:
        owners = [c for c in token.children if c.dep_ in {"poss", "compound", "nmod"} and c.pos_ == "PROPN"]
    elif token.pos_ == "VERB" and token.lemma_.lower() == "rank" and token.tag_ == "VBD":
        owners = [c for c in token.children if c.dep_ == "nsubj"]
        if owners and owners[0].lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
            # "the screen of Maxim magazine, which ranked her": the noun just before the pronoun
            # when the parse hung the clause higher up
            before = owners[0].doc[owners[0].i - 1]
            before = before.doc[before.i - 1] if before.is_punct and before.i > 0 else before
            owners = [token.head, before]
    else:
        return []
    return [o for o in owners if o.pos_ in {"PROPN", "NOUN"}
            and classify_source(_speaker_span(o), o)[1] in {"media_outlet", "news_agency"}][:1]


def _heard_from(verb: Token) -> list[Token]:
    """'We heard from students and teachers in Turkey', 'the paper heard from three people
    familiar with the talks': those heard from speak; not 'have not heard from him' nor 'will
    hear from the minister', nor a place a sound came from."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "hear" or verb.tag_ not in {"VBD", "VBN"}:
        return []
    children = list(verb.children)
    if any(c.dep_ == "neg" or c.lower_ in FUTURE_AUXES for c in children) or _is_hypothetical(verb):
        return []
    heard = [g for c in children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
    # "heard from lots of customers", "from dozens of teachers": the people counted are heard
    heard = [next((p for o in g.children if o.dep_ == "prep" and o.lower_ == "of"
                   for p in o.children if p.dep_ == "pobj" and p.tag_ == "NNS"), g)
             if g.lower_ in HEARD_AMOUNTS else g for g in heard]
    return [g for g in heard if (g.pos_ == "NOUN" and _is_speaker_noun(g))
            or (g.pos_ == "PROPN" and g.ent_type_ in {"PERSON", "ORG", "NORP"})]


# Figures foreseen and the verbs of handing them out: "providing his guesses", "gave her forecast".
GUESS_NOUNS = {"guess", "prediction", "forecast", "projection", "estimate"}
GUESS_GIVING_VERBS = {"provide", "give", "offer", "share", "make"}


def _own_guesses_given(verb: Token) -> list[Token]:
    """'Fandom editor Nick Nunziata will also be providing his guesses', 'the bank gave its
    forecast': who hands out their own guesses or forecasts tells what they expect (not 'made
    a guess' with no owner, not 'did not give his forecast', not 'gave us your guesses')."""
    if verb.lemma_.lower() not in GUESS_GIVING_VERBS or any(
            c.dep_ in {"neg", "auxpass"} or (c.dep_ == "aux" and c.lower_ in {"can", "could", "may", "might", "should"})
            for c in verb.children):
        return []  # ("readers can give their guesses in the comments": an invitation)
    owned = any(c.dep_ == "dobj" and c.lemma_.lower() in GUESS_NOUNS and any(
        g.dep_ == "poss" and g.lower_ in {"his", "her", "its", "their"} for g in c.children) for c in verb.children)
    if not owned or _is_hypothetical(verb):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in {"PROPN", "NOUN"}]


# What reviews of a work can be: "the reviews haven't been kind", "reviews were mostly positive".
REVIEW_VERDICTS = {"kind", "unkind", "positive", "negative", "mixed", "glowing", "harsh", "favorable", "favourable",
                   "unfavorable", "unfavourable", "scathing", "lukewarm", "brutal", "rave", "warm", "tepid"}


def _reviews_judging(verb: Token) -> list[Token]:
    """'The reviews haven't been kind either', 'Reviews for the film were mostly positive': the
    critics' unnamed verdict on a work (not 'his performance reviews', not 'reviews are due')."""
    if verb.lemma_.lower() != "be" or not any(c.dep_ == "acomp" and c.lower_ in REVIEW_VERDICTS for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "reviews"
            and not any(g.dep_ in {"compound", "poss"} for g in c.children)]


# Unnamed tellings a writer passes on with a doubt: "if accounts are to be believed".
BELIEVED_TELLINGS = {"accounts", "reports", "rumours", "rumors", "sources"}


def _tellings_to_be_believed(verb: Token) -> list[Token]:
    """'If accounts are to be believed, she was briefly married': what unnamed accounts tell,
    passed on (not 'if he is to be believed', a speaker cited elsewhere; not 'if the polls are to
    be believed', figures)."""
    if verb.lemma_.lower() != "believe" or verb.tag_ != "VBN" or verb.dep_ != "xcomp":
        return []
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    be = verb.head
    if not any(c.dep_ == "mark" and c.lower_ == "if" for c in be.children):
        return []
    return [c for c in be.children if c.dep_ == "nsubj" and c.lower_ in BELIEVED_TELLINGS
            and not any(g.dep_ in {"det", "poss"} for g in c.children)]


def _public_bodies_deeming(verb: Token) -> list[Token]:
    """'the U.S. government deemed the problem an unsustainable one': a public body's judgement
    on something, given as its finding; not 'the problem was deemed unsustainable' (no one), not
    'fans deemed it a classic' (a crowd's taste), not 'may deem it necessary'."""
    if verb.lemma_.lower() != "deem" or verb.tag_ not in {"VBD", "VBZ", "VBN"}:
        return []
    children = list(verb.children)
    if any(c.dep_ in {"auxpass", "nsubjpass", "neg"} or c.lower_ in FUTURE_AUXES for c in children) or (
            _is_hypothetical(verb)):
        return []
    if not any(c.dep_ in {"dobj", "ccomp", "oprd", "xcomp"} for c in children):
        return []
    subjects = [c for c in children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}]
    return [c for c in subjects if classify_source(_speaker_span(c), c)[1] in {"government_body", "official"}]


# Records a writer looks up, and the verbs of looking them up: "we checked Minnesota court records".
CHECKED_RECORDS = {"records", "filings", "archives", "registries", "registers"}
CHECKING_VERBS = {"check", "search", "review", "examine", "consult", "scour", "comb"}


def _records_checked(verb: Token) -> list[Token]:
    """'we checked Minnesota court records ... no dice', 'I searched state property records': the
    records the writers looked up tell what they found (issued by a court, a registry, not the
    writers); not 'they will check the records', nor 'police checked his phone records'."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CHECKING_VERBS or verb.tag_ not in {"VBD", "VBN"}:
        return []
    children = list(verb.children)
    if any(c.dep_ == "neg" or c.lower_ in FUTURE_AUXES for c in children) or _is_hypothetical(verb):
        return []
    if not any(c.dep_ == "nsubj" and c.lower_ in {"we", "i"} for c in children):
        return []
    return [c for c in children if c.dep_ == "dobj" and c.lower_ in CHECKED_RECORDS
            and not any(g.dep_ == "poss" for g in c.children)
            and any(g.dep_ in {"compound", "amod"} for g in c.children)]


def _records_based_on(verb: Token) -> list[Token]:
    """'a number based on Florida tax appraisal records', 'based on county court filings': a figure
    or finding drawn from records that an office keeps (the records cited, as in "according to court
    records"); not 'based on his records' (whose own), nor 'based on records' of no kind."""
    if verb.lower_ != "based" or verb.tag_ != "VBN":
        return []
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
            for g in c.children if g.dep_ == "pobj" and g.lower_ in CHECKED_RECORDS
            and not any(t.dep_ == "poss" or t.lower_ in {"our", "my", "his", "her", "their", "its"}
                        for t in g.children)
            and any(t.dep_ in {"compound", "amod", "nmod"} and (t.pos_ == "PROPN" or t.lemma_.lower() in RECORD_KEEPERS)
                    for t in g.subtree if t.i < g.i)]


# Who keeps records, or of what, in "based on court records", "state property records" (not a
# team's "win-loss records" nor "real records").
RECORD_KEEPERS = {"court", "tax", "property", "police", "prison", "arrest", "land", "census", "public",
                  "state", "county", "city", "federal", "government", "official", "corporate", "company",
                  "campaign", "voter", "election", "hospital", "payroll", "customs", "immigration",
                  "bankruptcy", "probate", "appraisal", "municipal", "judicial", "financial", "securities"}


# Means of speaking, which a speaker's conjunct can be but no source is: "a statement by Trump and a
# phone interview with Fox News".
SPOKEN_MEANS = {"interview", "tweet", "post", "email", "message", "remarks", "call", "appearance"}


# Amounts of people heard from: "we heard from lots of customers", "from dozens of teachers".
HEARD_AMOUNTS = {"lots", "lot", "plenty", "dozens", "hundreds", "thousands", "scores", "number", "many"}


def _shown_documents(parsed: ParsedArticle, context: _ArticleContext) -> list[Citation]:
    """'As you can see from the trailer, it is ...', 'as seen in the video above': a document
    the article points its reader at, cited as a document; not 'you can see the trailer below'
    (an invitation, no "as") nor 'as seen from the hill' (a place)."""
    citations = []
    for chunk in parsed.chunks:
        if not chunk.is_parsed:
            continue
        for verb in doc_tokens(chunk.doc):
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


def _say_as_noun(token: Token) -> bool:
    """'wanted some say in the disposition', 'without a say over it': 'say' as a noun (a share
    in deciding) after a determiner that itself follows a verb or a preposition, which the
    tagger may read as a verb with 'some' as its subject; 'Some say that ...' still cites."""
    doc = token.doc
    if token.lower_ != "say" or token.i < 2 or any(c.dep_ == "aux" for c in token.children):
        return False
    return doc[token.i - 1].lower_ in SAY_DETERMINERS and doc[token.i - 2].pos_ in {"VERB", "AUX", "ADP"}


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
    if _people_around_saying(token):
        stems.append(lower)
    if lower.endswith("ed") and closes_a_quote(token):
        stems += [lower[:-2], lower[:-1]]  # '"...," a former aide recalled.': "recalled" read as a noun
    return next((stem for stem in stems if stem in CITING_VERBS), None)


def _people_around_saying(token: Token) -> bool:
    """'Those around Trump admit he has not ...': the verb read as the object of 'around' after
    its subject's name, a clause with its own subject following it."""
    doc = token.doc
    return (token.tag_ == "NN" and token.dep_ == "pobj" and token.head.lower_ in {"around", "near"}
            and token.head.head.lower_ == "those" and token.i + 1 < len(doc)
            and doc[token.i + 1].dep_ == "nsubj" and doc[token.i + 1].pos_ in {"PRON", "PROPN", "NOUN"}
            and any(c.dep_ == "compound" for c in token.children))


def _misread_speakers(token: Token) -> list[Token]:
    """Saying verbs the parse took for nouns, with their speaker glued on as a compound:
    '..., a new study reports.' (an inverted attribution closing the sentence) and
    '..., with Foreign Minister Ayman Safadi warning of ...' ('with' X saying)."""
    if _saying_lemma(token) is None:
        return []
    if _people_around_saying(token):
        return [token.head.head]  # "Those around Trump admit he ...": the verb glued onto its subject
    doc = token.doc
    children = list(token.children)
    if token.tag_ in {"NNS", "NN"} and any(c.dep_ == "ccomp" and _is_finite_clause(c) for c in children):
        # "the Budget Office projects that ...": a subject and a clause make it a verb.
        subjects = [c for c in children if c.dep_ == "nsubj" and c.i < token.i]
        if subjects:
            return subjects
    speakers = [c for c in children if c.i == token.i - 1 and (c.dep_ in {"compound", "nsubj"} or (
        c.dep_ == "amod" and c.pos_ == "NOUN" and closes_a_quote(token)))]  # '"...," a former executive recalled.'
    if not speakers:
        return []
    first = min([token.i, *(c.i for c in token.lefts if c.dep_ in {"det", "amod", "compound", "nummod"})])
    closing = (token.tag_ == "NNS" and token.i + 1 < len(doc) and doc[token.i + 1].text in {".", "!"}
               and first > 0 and doc[first - 1].text == ",") or closes_a_quote(token)
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
                named = [g for g in child.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
                # "including the Greens, the Liberals and the Moderates": every member listed
                members += named + [c for g in named for c in g.conjuncts if c.pos_ == "PROPN" and c.i > g.i]
            elif (child.dep_ == "appos" and child.pos_ == "PROPN" and child.ent_type_ in {"GPE", "ORG", "NORP"}
                  and child.i > 0 and child.doc[child.i - 1].text in DASHES
                  and not _is_party_and_state(child)):
                members.append(child)  # "The two neighbours - Chile and Peru - condemned"
    return members


def _listed_among_bodies(member: Token) -> bool:
    """'other parties including the Greens and Radikale Venstre': a name listed among bodies is a
    body, whatever the name recogniser makes of it."""
    from newsfacts.extract.sources import BODY_NOUNS

    while member.dep_ in {"conj", "appos"} and member.head != member:
        member = member.head
    including = member.head
    return (member.dep_ == "pobj" and including.lower_ == "including"
            and including.head.lemma_.lower() in BODY_NOUNS | COMPANY_WORDS)


def _agent_members(verb: Token) -> list[Token]:
    """'was criticised by other parties including the Greens and the Liberals': an unnamed
    group as a passive verb's agent is no source, but the members it names are."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return _included_members([a for a in agents if a.tag_ == "NNS"])


def _within_same_citation(citation: Citation, context: _ArticleContext) -> bool:
    """'Retired players like Ana Ruiz say': the name inside a speaker's words already cited as
    that name is no second source."""
    return any(c.canonical_name == citation.canonical_name and c.char_start < citation.char_start < c.char_end
               for c in context.citations[-5:])


def _publishers(verb: Token) -> list[Token]:
    """'The agency released two reports that ...', 'X issued a statement': the issuer is a source."""
    children = list(verb.children)
    if any(c.dep_ == "neg" or c.lower_ in FUTURE_AUXES for c in children) or _is_hypothetical(verb):
        return []  # "did not issue a statement", "will publish its report in May"
    interviewed = _published_interviewees(verb)
    outlets = _outlets_publishing(verb)
    if outlets:
        return outlets + interviewed
    if not interviewed and not any(c.dep_ == "dobj" and c.pos_ == "NOUN" and (
            c.lower_ in PUBLISHED_NOUNS or c.lemma_.lower() in PUBLISHED_NOUNS
            # "published rumors that the firm will sell TVs": claims put out, given by their clause
            or (c.lemma_.lower() in CLAIM_NOUNS | RUMOR_NOUNS and _states_content(c))
            or c.lemma_.lower() in ISSUED_REPLIES) for c in children):
        return []
    return [c for c in children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN", "PRON"}] + interviewed


def _outlets_publishing(verb: Token) -> list[Token]:
    """'The Guardian was already publishing articles about it', 'the memo, which Drudge
    published': a newspaper or site that publishes something reports it, whatever it put out
    (not 'the firm published its results': only a named outlet; not 'Gizmodo will publish')."""
    if verb.lemma_.lower() != "publish" or verb.tag_ == "VBN" and verb.dep_ in {"amod", "acl"}:
        return []
    return [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"
            and classify_source(_speaker_span(c), c)[1] in {"media_outlet", "news_agency"}]


def _published_interviewees(verb: Token) -> list[Token]:
    """'The Tribune published an interview with Acme CEO Jane Doe': the outlet putting the
    interview out and the person it interviewed are both sources of what the interview tells
    (not 'said in an interview with Fox News', where the outlet is the audience)."""
    return [g for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "interview"
            for p in c.children if p.dep_ == "prep" and p.lower_ == "with"
            for g in p.children if g.dep_ == "pobj" and (
                (g.pos_ == "PROPN" and g.ent_type_ == "PERSON") or (g.pos_ == "NOUN" and _is_speaker_noun(g)))]


def _can_be_cited(noun: Token) -> bool:
    """'citing an anonymous source', 'citing a ministry report', 'citing Reuters'; not 'citing
    Taliban violence' (a reason)."""
    from newsfacts.extract.sources import ANONYMOUS_NOUNS

    lemma = noun.lemma_.lower()
    return (noun.pos_ == "PROPN" and noun.ent_type_ in {"PERSON", "ORG", "GPE"}) or (
        lemma in ANONYMOUS_NOUNS | TITLE_WORDS | SPEAKING_NOUNS | DOCUMENT_NOUNS)


def _by_all_accounts(by: Token) -> list[Token]:
    """'By all accounts, Stephen has played a key role': what every account says, an unnamed
    source like 'All accounts agreed' (not 'by his own account', the speaker's own)."""
    return [c for c in by.children if c.dep_ == "pobj" and c.lower_ == "accounts"
            and any(g.lower_ == "all" and g.i == c.i - 1 for g in c.children)]


def _is_attribution(per: Token) -> bool:
    """'Per the report, ...', '..., per Reuters': 'per' set off as an attribution, not a rate
    ('$5 per share')."""
    doc = per.doc
    set_off = per.i == per.sent.start or doc[per.i - 1].text in {",", "(", "—", "–"}
    pobj = next((c for c in per.children if c.dep_ == "pobj"), None)
    return set_off and pobj is not None and (
        pobj.pos_ == "PROPN" or pobj.lemma_.lower() in DOCUMENT_NOUNS | SPEAKING_NOUNS)


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


def _one_of_people(one: Token) -> bool:
    """'one of the engineers', 'one of his neighbours': a member of a group of people (not 'one of
    them', a pronoun the group was named by, nor 'one of the reports', a thing)."""
    if any(c.dep_ == "appos" for c in one.children):
        return False  # "one of the bill's authors, Sen. Ana Ruiz": the name set beside speaks
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.pos_ == "NOUN" and g.tag_ == "NNS" and not g.text[:1].isupper()
        and _is_speaker_noun(g) and g.lemma_.lower() not in DOCUMENT_NOUNS for g in c.children)
        for c in one.children)


def _named_critic(verb: Token) -> list[Token]:
    """'Ruiz was openly critical of the coach', 'the senator is highly critical of the deal': a
    named person (one, by name) stated to be critical of someone or something voices criticism on
    record, a source. Not negated or hedged ('was never critical of', 'may be critical of'), nor
    'critical to' (vital), nor a plural or unnamed group ('Other Republicans ... were critical of')."""
    if verb.lemma_.lower() != "be" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or any(
            c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
        return []
    if not any(c.dep_ == "acomp" and c.lower_ == "critical" and not any(g.dep_ == "neg" for g in c.children)
               and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children) for c in verb.children):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "NNP" or _inside_quote_marks(subject) or subject.ent_type_ not in {"PERSON", ""}:
        return []
    return [subject]


def _surname_read_as_noun(speaker: Token, span: Span) -> bool:
    """'Trump says he is ready', 'Cook said': a capitalised surname opening the sentence, which
    the tagger took for the common noun it spells ("trump", "cook"), alone as the subject of its
    verb; the caller checks it is the surname of a person the article names in full."""
    return (speaker.pos_ == "NOUN" and speaker.tag_ == "NN" and speaker.dep_ == "nsubj" and speaker.i == speaker.sent.start
            and speaker.text[:1].isupper() and not speaker.text.isupper() and len(span) == 1)


# A model designation: letters, then a hyphen or at least two digits ("An-124", "A350", "F-16",
# "MQ-9B"); not "MI5" or "NBC4", names of an agency or a station.
_MODEL_CODE = re.compile(r"[A-Z][A-Za-z]{0,2}(?:-\d{1,4}|\d{2,4})[A-Za-z]?")


def _model_of_a_maker(speaker: Token) -> bool:
    """'the Antonov An-124 demands 28', 'Sukhoi Su-57 requires': a product named by its maker and a
    model code, no source (not '32BJ', a union local, nor 'Channel 4': no letters before the number;
    nor 'UK MI5' or 'Washington NBC4': a place or an acronym before the code is no maker)."""
    return speaker.pos_ in {"PROPN", "NOUN"} and bool(_MODEL_CODE.fullmatch(speaker.text)) and any(
        c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" and c.i < speaker.i
        and c.ent_type_ not in {"GPE", "LOC", "NORP"} and not c.text.isupper() for c in speaker.children)


def _firms_named_together(speaker: Token) -> list[Token]:
    """'BMW and Kia vehicles will get it, as the companies announced': "the companies" (or "both
    companies", "the two firms") pointing back at two firms named together, "X and Y", earlier in the
    same sentence: each firm speaks. Nothing when the sentence names no such pair."""
    if speaker.pos_ != "NOUN" or speaker.tag_ != "NNS" or speaker.lemma_.lower() not in COMPANY_WORDS:
        return []
    if not any(c.dep_ in {"det", "predet"} and c.lower_ in {"the", "both"} for c in speaker.children) or any(
            c.dep_ in {"amod", "compound", "prep", "poss", "relcl", "acl"} for c in speaker.children):
        return []
    orgs = [e for e in speaker.sent.ents if e.label_ == "ORG" and e.end <= speaker.i]
    doc = speaker.doc
    for first, second in zip(orgs, orgs[1:], strict=False):
        if second.start == first.end + 1 and doc[first.end].lower_ == "and":
            if doc[second.end:second.end + 1].text in {"’s", "'s"}:
                return []  # "Ford and Toyota's joint venture": one owner, not two firms
            return [first.root, second.root]
    return []


# Kinds of periodical whose title follows them: "in the journal Nature", "in the magazine Wired".
_PERIODICAL_KINDS = {"journal", "magazine", "newspaper", "periodical"}


def _title_where_published(speaker: Token) -> bool:
    """'A 2012 study in the journal Brain Research suggests ...': the title of the periodical a
    piece appeared in, which the parse may take for the subject; the piece says it, not the title."""
    if speaker.pos_ != "PROPN":
        return False
    doc = speaker.doc
    first = speaker.i
    while first > speaker.sent.start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ == "compound":
        first -= 1
    return first >= 3 and doc[first - 1].lower_ in _PERIODICAL_KINDS and doc[first - 2].lower_ == "the" and (
        doc[first - 3].lower_ in {"in", "from"})


# Words that open an idiom of saying, no speaker: "Enough said.", "Nuff said", "Easier said than done".
IDIOM_SAYERS = {"enough", "nuff", "'nuff", "’nuff", "easier", "sooner", "needless"}


def _citation(speaker: Token, cue: str, offset: int, context: _ArticleContext) -> Citation | None:
    lower = speaker.lower_
    person_by_who = False
    if lower in IDIOM_SAYERS and speaker.head.lemma_.lower() == "say":
        return None  # "Enough said.": an idiom, nobody says anything
    if lower == "which" and speaker.head.dep_ == "relcl" and speaker.head.lemma_.lower() in OFFERING_VERBS and not any(
            c.dep_ in {"ccomp", "xcomp", "parataxis"} for c in speaker.head.children):
        return None  # "agentic AI, which promises new levels of automation": what a thing offers
    if lower in RELATIVE_PRONOUNS and speaker.head.dep_ == "relcl":
        who = lower == "who"
        pronoun = speaker
        speaker = speaker.head.head
        # "in line with the science and the Obama administration, which has spoken about ...":
        # a relative clause set off after a coordination, which the parse hung on the first
        # conjunct, is about the nearest one, just before its comma
        nearest = [c for c in speaker.children if c.dep_ == "conj" and speaker.i < c.i < pronoun.i
                   and c.right_edge.i in {pronoun.i - 2, pronoun.i - 1} and pronoun.doc[pronoun.i - 1].text == ","]
        if nearest:
            speaker = nearest[-1]
        lower = speaker.lower_
        # "Ann Ruiz, the head of the Ohio Farm Bureau, who has urged ...": "who" is a person's,
        # so a clause the parse hung on the body closing the named person's description is hers
        role_noun = speaker.head.head if speaker.dep_ == "pobj" and speaker.head.lower_ == "of" else None
        if who and speaker.ent_type_ in {"ORG", "GPE", "NORP", "FAC", "LOC"} and role_noun is not None and (
                role_noun.dep_ == "appos" and role_noun.pos_ == "NOUN"
                and role_noun.head.ent_type_ == "PERSON" and speaker.i < pronoun.i):
            speaker = role_noun
            lower = speaker.lower_
        # ("Ann Ruiz, a member of the team who revealed ...": "who" is a person's, whatever
        # the recogniser made of the name)
        if speaker.dep_ == "appos" and speaker.pos_ == "NOUN" and (
                speaker.head.ent_type_ == "PERSON" or (who and speaker.head.pos_ == "PROPN")):
            # "Ana Ruiz, a local resident who tweeted about the smoke": the named person tweeted
            speaker = speaker.head
            lower = speaker.lower_
            person_by_who = who
    named_one = next((c for c in speaker.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if lower == "one" and named_one is not None:
        speaker, lower = named_one, named_one.lower_  # "One of the organizers, Ana Ruiz, said"
    # ("those who know her believe that ...": a group by what its members are or do)
    described_by = next((c for c in speaker.children if c.dep_ == "relcl"), None)
    if lower != "those" or speaker.dep_ != "nsubj" or described_by is None or described_by.i < speaker.i or (
            described_by.lemma_.lower() == cue):
        described_by = None  # ("He thanked those who said ...": what they said is their own clause)
    described = (lower == "those" and (described_by is not None or any(
        c.dep_ in {"prep", "acl", "amod"} for c in speaker.children))) or (
        # "many in the space community note", "some within the party said": a group by where it is
        lower in GROUP_QUANTIFIERS and speaker.dep_ == "nsubj"
        and any(c.dep_ == "prep" and c.lower_ in PLACE_PREPOSITIONS for c in speaker.children)) or (
        # "one of the engineers present said later": one unnamed member of a group of people
        lower == "one" and speaker.dep_ == "nsubj" and _one_of_people(speaker))
    if described:
        # "those familiar with the talks said", "those in favor of punishment have said": an
        # anonymous group by its description.
        span = _speaker_span(speaker)
        if described_by is not None:
            span = speaker.doc[speaker.i:described_by.right_edge.i + 1]
        glued = next((t for t in span if _people_around_saying(t)), None)
        if glued is not None:
            span = speaker.doc[span.start:glued.i]  # "Those around Trump [admit]"
        return Citation(
            citation_id=fact_id(context.article_id, "citation", offset + span.start_char),
            article_id=context.article_id, cited_as=span.text, canonical_name=span.text.lower(),
            source_type="anonymous", cue=cue, sentence=speaker.sent.text,
            char_start=offset + span.start_char, char_end=offset + span.end_char)
    if _people_like(speaker):
        return None  # "as the Malcolm Gladwells of the world say": a kind of writer, nobody cited
    if _is_indefinite_speaker(speaker):
        return _anonymous_citation(speaker, cue, offset, context)
    if _unnamed_party_member(speaker):
        return _party_member_citation(speaker, cue, offset, context)  # "an Iowa Republican said"
    if _others_speaking(speaker) or (_others_than_some(speaker) and _group_view_holders(speaker.head)):
        return _anonymous_citation(speaker, cue, offset, context)  # "But others said ...", "others see it as"
    if _someone_speaking(speaker):
        # "Someone once told me that ...", not inside a speaker's quoted words
        if _inside_quote_marks(speaker) or _inside_quotation(offset + speaker.idx, context):
            return None
        return _anonymous_citation(speaker, cue, offset, context)
    if _own_group_publishing(speaker):
        return None  # "his team published a study": the researcher's own work, cited through him
    if _close_associate(speaker):
        return _described_citation(speaker, cue, offset, context)  # "one close associate said"
    if _office_to_come(speaker):
        # "the president-elect said": the person named before with that office to come
        position = offset + speaker.idx
        holders = [name for start, title, name in context.offices if title == "elect" and start < position]
        if not holders:
            return None
        doc = speaker.doc
        start, end = offset + doc[speaker.i - 3].idx, offset + speaker.idx + len(speaker.text)
        return Citation(
            citation_id=fact_id(context.article_id, "citation", start), article_id=context.article_id,
            cited_as=doc[speaker.i - 3 : speaker.i + 1].text, canonical_name=holders[-1], source_type="official",
            cue=cue, sentence=speaker.sent.text, char_start=start, char_end=end)
    if lower in EXCLUDED_SPEAKERS or (speaker.pos_ not in {"NOUN", "PROPN", "PRON"} and not _is_age_noun(speaker)
                                      and not _misparsed_name(speaker) and not _name_read_as_gerund(speaker)):
        return None
    if speaker.lemma_.lower() in EVIDENCE_NOUNS:
        return None  # "blood tests revealed": a finding, not a source
    if speaker.lemma_.lower() == "finding" and speaker.pos_ == "NOUN" and not any(
            c.dep_ in {"poss", "prep", "compound", "amod", "nmod"} for c in speaker.children):
        return None  # "The findings revealed": a result, like "the results showed", with no issuer
    if _model_of_a_maker(speaker):
        return None  # "the Antonov An-124 demands 28 tires": a machine by its maker and model code
    if _title_where_published(speaker):
        return None  # "a study in the journal Brain Research suggests": the study's, no one's
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
    issuer_of_document = issuer_of_document or (cue == "ranking" and speaker.dep_ == "poss")  # "Forbes' list"
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
    # "Uber's delivery service Uber Eats announced": a name set beside a kind of firm is a firm
    firm_named = named is not None and speaker.lemma_.lower() in FIRM_KINDS_BEFORE_NAME | COMPANY_WORDS
    if named is not None:
        speaker = named  # "WeWork's parent company, The We Company, announced": the name speaks
    span = _speaker_span(speaker)
    if issuer_of_document:
        span = _without_possessive(span)
    if cue == "quote" and span.end > speaker.i + 1:
        span = span.doc[span.start : speaker.i + 1]  # "Holt on the vote: ..." -> "Holt"
    if speaker.pos_ == "PRON" or (_is_role_reference(span, speaker) and _kin_introduced(speaker, offset, context)
                                  and not _role_of_someone_else(span, speaker, offset, context)):
        resolved = _resolve_pronoun(speaker, offset, context)
        if resolved is None:
            return None
        canonical, source_type = resolved
    elif (speaker.pos_ == "PROPN" or _surname_read_as_noun(speaker, span)) and speaker.text in context.full_names and (
        # ("the law firm Scott & Scott announced": a firm named by its partners, no person)
        not any(t.text == "&" for t in span)) and (
        len(span) == 1 or all(t.i >= speaker.i or t.is_punct for t in span)
        or without_leading_modifiers(list(span), speaker)[0] == speaker  # "both Vindman"
        or all(t.i >= speaker.i or t.lower_.rstrip(".") in HONORIFICS for t in span)  # "Ms Persson"
    ):
        # "Miller said", "Mayer, Disney's chairman, said": the surname of a person named before.
        canonical = context.full_names[speaker.text]
        titled = any(names_an_office(t) for t in span)
        source_type = "official" if titled else _type_of_person(canonical, context)
        if is_kind_before_name(span[0]) and span[0].lower_ in FIRM_KINDS_BEFORE_NAME and span[0].i < speaker.i and not titled:
            # "Startup Skyward Labs says": a firm, though the recogniser read a person's name
            canonical, source_type = span[1:].text, "organization"
    elif speaker.pos_ == "PROPN" and span.text in context.full_names and "-" in span.text:
        # '"...," Waller-Bridge said': the hyphenated surname of a person named before
        canonical = context.full_names[span.text]
        source_type = _type_of_person(canonical, context)
    elif speaker.pos_ == "PROPN" and len(span) == 1 and speaker.text in context.first_names and (
            speaker.text not in context.full_names and speaker.ent_type_ in {"", "PERSON"}):
        # '"...," Sasha says' after "Sasha Bikoff": the first name of the one person named in
        # full with it, as a surname is
        canonical = re.sub(r"\s*[’']s$", "", context.first_names[speaker.text])
        source_type = _type_of_person(canonical, context)
    elif speaker.pos_ == "NOUN" and speaker.lemma_.lower() in BOOK_NOUNS:
        # '"...," the biography concludes': a book named again speaks for its author, when known
        author = _earlier_author(span.doc[span.start : speaker.i + 1], speaker, offset + speaker.idx, context)
        if author is None:
            return None
        canonical, source_type = author
    else:
        owner = _owner_of_work(speaker) if cue == "according_to" else None
        if owner is not None:
            # "according to Google's recent parsing of searches": whose work it is says it.
            span, speaker, cue = _without_possessive(_speaker_span(owner)), owner, "statement"
        if speaker.lemma_.lower() in DOCUMENT_NOUNS or speaker.lower_ in DOCUMENT_NOUNS or (
                speaker.pos_ == "NOUN" and speaker.lemma_.lower() in POSTED_NOUNS):
            issuer = _issuer(speaker)  # "data" has the lemma "datum"
            if issuer is not None and (named_issuer := _named_apposition(issuer)) is not None:
                issuer = named_issuer  # "the posts of his wife, Ana Ruiz": the name issues them
            if issuer is not None:
                span, speaker, cue = _without_possessive(_speaker_span(issuer)), issuer, "statement"
        if speaker.pos_ == "NOUN" and (speaker.lemma_.lower() in DOCUMENT_NOUNS | ISSUED_NOUNS
                                       or speaker.lower_ in DOCUMENT_NOUNS | ISSUED_NOUNS) and (
                _inside_quotation(offset + speaker.idx, context)):
            return None  # '"since the forecast said ...," she said': the one quoted speaks
        if speaker.pos_ == "NOUN" and speaker.lemma_.lower() == "update" and not any(
                c.dep_ in {"compound", "amod"} and c.lower_ in POSTED_UPDATES for c in speaker.children):
            return None  # "the software update that said it would fix the bug": no post (a status update is)
        # A word in lower case is no name even when tagged one ("a separate op-ed", "ed" a PERSON).
        lower_name = speaker.pos_ == "PROPN" and not any(
            t.pos_ == "PROPN" and not t.text.islower() for t in span)  # ("Cheuk Hau-yip" is a name)
        if ((speaker.pos_ == "NOUN" and speaker.ent_type_ in {"", "CARDINAL", "DATE", "ORDINAL"}) or lower_name) and (
                cue != "according_to" and not _is_speaker_noun(speaker) and not _law_says(speaker)):
            return None  # "The script called for ...", "her eyes aglow, telling me": no speaker
        if speaker.pos_ == "NOUN" and cue not in {"according_to", "report"} and _writing_without_issuer(span, speaker):
            return None
        if cue == "according_to" and _unspecified_writings(speaker):
            return None  # "according to reports", "according to one estimate": no one is cited
        canonical, source_type = classify_source(span, speaker)
        if source_type == "person" and speaker.pos_ == "PROPN" and len(span) == 2 and (
                span[0].lower_.rstrip(".") in HONORIFICS and span[1] == speaker):
            # '"...," Mr. Obama said' after "President Obama": the one surname, whom an earlier
            # office may name an official (below)
            canonical = speaker.text
        if speaker.pos_ == "NOUN" and speaker.lemma_.lower() in POSTED_NOUNS and source_type == "organization":
            source_type = "anonymous"  # "the tweet shown above claimed": a post whose author is unknown
        body = (_body_of_unnamed_spokesperson(span, speaker, offset, context) or _outlet_written_for(speaker)
                or _body_of_its_people(speaker, offset, context)
                or _body_placed_at(speaker)
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
        elif source_type == "organization" and span[0].lower_ in FIRM_KINDS_BEFORE_NAME:
            pass  # "Startup Ann Wells says": a firm by its kind, whatever its name looks like
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
    if source_type == "person" and firm_named:
        source_type = "organization"
    if source_type == "organization" and person_by_who:
        source_type = "person"  # "Ann Ruiz, a member of the team who revealed ...": a who
    if source_type == "person" and canonical in context.titled:
        source_type = "official"  # named with an office earlier in the article
    if source_type == "person" and speaker.tag_ == "NNPS" and _family_in_office(canonical, context):
        source_type = "official"  # "the Murdochs", a family whose members the article gives an office
    if source_type == "anonymous" and _people_talked_about_in_quote(span, speaker, offset, context):
        return None
    if _quoted_own_words(span):
        return None  # 'He told her that "our client" wanted cameras': a speaker's phrase, quoted
    if source_type in {"person", "official"}:
        canonical = unglued_name(canonical)  # "andAnnie Mumolo said": "and" glued on by a lost space
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


def _office_to_come(speaker: Token) -> bool:
    """'the president-elect' (parsed "president", "-", "elect"): an office its holder takes up
    soon, written after "the" as a role that points back at the person named with it."""
    doc = speaker.doc
    return (speaker.lower_ == "elect" and speaker.i >= 3 and doc[speaker.i - 1].text in {"-", "–"}
            and names_an_office(doc[speaker.i - 2]) and doc[speaker.i - 3].lower_ == "the")


def _body_placed_at(speaker: Token) -> tuple[str, str] | None:
    """'At the State Department, however, officials quietly applauded ...': unnamed officials
    placed at a named body at the head of their clause speak for it (the labelling rules); not
    'At the hospital, officials said' (no name) nor 'at a briefing on Monday'."""
    verb = speaker.head
    if speaker.dep_ != "nsubj" or speaker.lemma_.lower() != "official" or speaker.tag_ != "NNS" or any(
            c.dep_ in {"det", "amod", "compound", "poss", "nummod", "prep"} for c in speaker.children):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "at" and prep.i < speaker.i and prep.i == prep.sent.start:
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if place is None or place.pos_ != "PROPN" or place.ent_type_ not in {"ORG", "FAC"}:
                return None
            canonical, source_type = classify_source(_speaker_span(place), place)
            if source_type in {"government_body", "organization"}:
                return canonical, source_type
    return None


def _law_says(noun: Token) -> bool:
    """'Federal ethics regulations say that an employee cannot accept any gifts', 'the
    constitution states that ...': a written rule cited for what it says is a document source
    (as 'according to electoral law'); not 'the law requires' nor 'the rules say nothing'
    (no clause for what is said)."""
    verb = noun.head
    return (noun.dep_ == "nsubj" and noun.pos_ == "NOUN" and noun.lemma_.lower() in LAW_NOUNS
            and verb.lemma_.lower() in {"say", "state"} and any(
                c.dep_ == "ccomp" and c.i > verb.i and _has_that_or_finite(c) for c in verb.children))


def _has_that_or_finite(clause: Token) -> bool:
    """'that an employee cannot accept gifts', 'employees must disclose gifts': a finite clause."""
    return clause.tag_ in {"VBD", "VBZ", "VBP", "MD"} or any(
        c.dep_ in {"aux", "auxpass", "mark", "nsubj", "nsubjpass"} for c in clause.children)


def _title_joined_to_a_name(head: Token, heads: list[Token]) -> bool:
    """'former Acme engineer and Mailbox inventor Tom Hale told ...': a singular title with no
    article, joined by "and" to a person's name that also speaks, is that person's first title,
    not somebody else (not "the mayor and Tom Hale said", "officials and Tom Hale said")."""
    return (head.pos_ == "NOUN" and head.tag_ == "NN" and head.text.islower()
            and not any(c.dep_ in {"det", "poss", "nummod"} for c in head.children)
            and any(c.dep_ == "conj" and c in heads and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
                    for c in head.children))  # (`heads`: the speakers joined by "and")


def _quoted_own_words(span: Span) -> bool:
    """'"our client"', '"my boss"': a first-person phrase inside quotation marks of its own is a
    quoted speaker's wording for someone, not whom the article cites."""
    doc = span.doc
    return (span[0].lower_ in {"our", "my"} and span.start > 0 and doc[span.start - 1].text in QUOTE_MARKS
            and span.end < len(doc) and doc[span.end].text in QUOTE_MARKS)
