"""What the whole article tells the citation rules, gathered once: its quotations, people,
bodies, sources named so far and their genders."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsfacts.extract.citations.references import (
    _has_office_after,
    _has_office_before,
    _main_clause_subject,
    _office_as_predicate,
    _office_in_apposition_before,
    _within,
)
from newsfacts.extract.citations.vocabulary import (
    FEMALE_PRONOUNS,
    HONORIFICS,
    KIN_GENDER,
    MALE_PRONOUNS,
    NOT_PERSONAL_WORDS,
    PERSONAL_NAME,
    PLATFORMS,
)
from newsfacts.extract.nlp import doc_text, doc_tokens
from newsfacts.extract.schemas import Citation
from newsfacts.extract.sources import (
    names_an_office,
    reads_as_personal_name,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from newsfacts.extract.nlp import ParsedArticle


@dataclass
class _ArticleContext:
    """What earlier sentences of the article tell about the people a speaker may be."""

    article_id: str
    full_names: dict[str, str]  # surname -> full name, from multi-token PERSON entities
    person_mentions: list[tuple[int, str]]  # (body offset, full name) of PERSON entities
    citations: list[Citation] = field(default_factory=list)
    heading_mentions: set[int] = field(default_factory=set)  # offsets of list headings of a person's name
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
    # The person the article is about, named far more often than anybody else (a profile's
    # subject), or "" when no one stands out.
    main_subject: str = ""
    # (body offset, kin word, +1 man / -1 woman) of the writer's own kin, "my mother", "Mother".
    writer_kin: list[tuple[int, str, int]] = field(default_factory=list)
    # A first name -> the one person named in full with it ("Ana" -> "Ana Ruiz"), no surname.
    first_names: dict[str, str] = field(default_factory=dict)

    def publishes(self, outlet: str) -> bool:
        """The outlet publishing the article: its publisher ("The Real Deal New York") or the
        agency of its dateline ("(Reuters) -")."""
        lower = outlet.lower().removeprefix("the ")
        if not lower:
            return False
        named = re.search(rf"(?<!\w){re.escape(lower)}(?!\w)", self.publisher) is not None
        # "The Post" on washingtonpost.com, "The Times" on nytimes.com: the one word a paper
        # calls itself by ends the name its host spells without spaces.
        named = named or (" " not in lower and len(lower) >= 4 and any(
            label.endswith(lower) and label != lower for label in _host_labels(self.publisher)))
        # "(Reuters) — ...", "WASHINGTON (AP) - ...", "REUTERS: ...": the agency of the dateline,
        # which opens the body or the line after a headline the page kept in it ("| Storm hits
        # coast |\n| MIAMI (AP) -- ...")
        lines = self.opening.split("\n")[:2]
        if len(lines) == 2 and not (len(lines[0]) <= 120 and lines[0].rstrip(" |")[-1:] not in {".", "!", "?"}):
            lines = lines[:1]
        dateline = any(re.match(rf"[|\s]*(?:[^.\n]{{0,40}}\({re.escape(lower)}\)|{re.escape(lower)})\s*[-–—:]",
                                line) is not None for line in lines)
        return named or dateline


def _host_labels(publisher: str) -> list[str]:
    """'www.washingtonpost.com' -> ['washingtonpost']: the labels of a host name before its
    top-level domain, without "www"; [] when the publisher is no host name."""
    if " " in publisher or not re.fullmatch(r"[a-z0-9.-]+\.[a-z]{2,}", publisher):
        return []
    return [label for label in publisher.split(".")[:-1] if label not in {"www", "m", "amp", "co", "com"}]


# "Tesla was a brilliant man.": a name said to be a man or a woman is a person, whatever the
# recogniser made of it (a company's name, or nothing).
_SAID_TO_BE_A_PERSON = re.compile(
    r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) (?:is|was) an? (?:[\w-]+ ){0,3}(?P<kind>man|woman)\b")

# Capitalised openers of such a sentence that name nobody: "Here was a man who ...", "What is a
# woman?", "Everyone is a ...".
_NOT_NAMES = {"He", "She", "It", "This", "That", "There", "The", "Here", "What", "Who", "Which", "Each",
              "Every", "Everyone", "Everybody", "Someone", "Somebody", "Anyone", "Anybody", "Nobody", "One",
              "Neither", "Either", "Such", "His", "Her", "Their", "Our", "My", "Your", "Mine"}


def _named_as_man_or_woman(chunk_text: str) -> tuple[str, int] | None:
    """The name a sentence opens by calling a man or a woman, with +1 for a man, -1 for a woman."""
    match = _SAID_TO_BE_A_PERSON.match(chunk_text)
    if match is None or match["name"].split()[0] in _NOT_NAMES:
        return None
    return match["name"], 1 if match["kind"] == "man" else -1


# A picture's credit on a line of its own: "(Scott Heins/Gothamist)", "(Photo: Ann Lee/Reuters)".
_PICTURE_CREDIT_RE = re.compile(
    r"\s*\((?:(?:Photos?|Image|Picture)(?: by)?:?\s+)?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}\s?/\s?"
    r"[A-Z][\w.&’' -]{0,40}\)\s*$")


def _context(parsed: ParsedArticle) -> _ArticleContext:
    titled: set[str] = set()
    offices: list[tuple[int, str, str]] = []
    full_names: dict[str, str] = {}
    mentions: list[tuple[int, str]] = []
    subjects: set[int] = set()
    orgs: list[tuple[int, Span]] = []
    openers: list[tuple[int, str]] = []
    org_subjects: set[int] = set()
    works = _work_titles(parsed)
    for chunk in parsed.chunks:
        if _PICTURE_CREDIT_RE.match(doc_text(chunk.doc)):
            continue  # "(Scott Heins/Gothamist)": a photographer's credit, nobody in the story
        for ent in chunk.doc.ents:
            if ent.label_ == "ORG":
                orgs.append((chunk.offset + ent.start_char, ent))
                if chunk.is_parsed and _main_clause_subject(ent, strict=True):
                    org_subjects.add(chunk.offset + ent.start_char)
            if ent.label_ != "PERSON" or _thing_named_with_the(ent) or not _can_be_a_person(ent) or (
                    _people_like(ent.root)) or ent.text in works:
                continue
            tokens = [t for t in ent if t.tag_ != "POS"]
            name = unglued_name("".join(t.text_with_ws for t in tokens).strip())
            if len(tokens) >= 2:
                full_names.setdefault(tokens[-1].text, name)
            if len(tokens) >= 4 and tokens[-2].text == "-" and not tokens[-3].whitespace_:
                # "Phoebe Waller-Bridge": the hyphenated surname stands for her too
                full_names.setdefault(tokens[-3].text + "-" + tokens[-1].text, name)
            mentions.append((chunk.offset + ent.start_char, full_names.get(name, name)))
            if _main_clause_subject(ent):
                subjects.add(chunk.offset + ent.start_char)
            if (_has_office_before(ent) or _has_office_after(ent) or _office_as_predicate(ent)
                    or _office_in_apposition_before(ent)):
                titled.add(full_names.get(name, name))
            if ent.start > 0 and names_an_office(ent.doc[ent.start - 1]):
                offices.append((chunk.offset + ent.start_char, ent.doc[ent.start - 1].lower_,
                                full_names.get(name, name)))  # "President Donald Trump"
            elif ent.start > 2 and ent.doc[ent.start - 1].lower_ == "elect" and ent.doc[ent.start - 2].text in {"-", "–"} and (
                    names_an_office(ent.doc[ent.start - 3])):
                # "President-elect Donald Trump", later "the president-elect said": the office to come
                offices.append((chunk.offset + ent.start_char, "elect", full_names.get(name, name)))
    # A first name of one person named in full ("Ana Ruiz ... Ana, 21, a nurse, said"), the
    # NER missing it as a subject later, is a mention of that person; a first name two people
    # share is nobody's.
    gendered: dict[str, int] = {}  # people the text calls a man (+) or a woman (-)
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
        for token in doc_tokens(chunk.doc):
            if (not token.ent_type_ and token.text in full_names and token.text[:1].isupper()
                    and _office_as_predicate(chunk.doc[token.i : token.i + 1])):
                titled.add(full_names[token.text])  # "Hege is the CEO of DH", the NER missing "Hege"
        called = _named_as_man_or_woman(doc_text(chunk.doc))
        if called is not None and not any(e.label_ == "PERSON" for e in chunk.doc.ents):
            name = full_names.get(called[0], called[0])
            mentions.append((chunk.offset, name))
            subjects.add(chunk.offset)
            gendered[name] = gendered.get(name, 0) + 2 * called[1]
        opener = next((t for t in doc_tokens(chunk.doc) if not t.is_punct and not t.is_space), None)
        if opener is not None and not chunk.is_parsed and opener.text[:1].isupper() and (
                not _PICTURE_CREDIT_RE.match(doc_text(chunk.doc))):
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
            mentions.extend((chunk.offset + t.idx, full_names[t.text]) for t in _surnames_in_passing(chunk.doc, full_names)
                            if t.i != (opener.i if opener is not None else -1))
            continue
        if (opener is not None and opener.text in full_names and len(opener.text) > 1
                and opener.text[:1].isupper() and opener.dep_ not in {"nsubj", "nsubjpass"}
                and opener.ent_type_ in {"", "PERSON"} and opener.ent_iob_ != "I"
                and (opener.i + 1 == len(chunk.doc) or not chunk.doc[opener.i + 1].text[:1].isupper())):
            # "Fontenot bristles at ...": a surname opening a sentence, whatever the tagger made of
            # it (a common noun, an adjective), is that person as its subject
            if not opener.ent_type_:
                mentions.append((chunk.offset + opener.idx, full_names[opener.text]))
            subjects.add(chunk.offset + opener.idx)
        for token in doc_tokens(chunk.doc):
            # (the NER taking the surname alone for an organisation too: "Dunn declined to say")
            lone_org = (token.ent_type_ == "ORG" and token.ent_iob_ == "B"
                        and (token.i + 1 == len(chunk.doc) or chunk.doc[token.i + 1].ent_iob_ != "I"))
            if (token.pos_ == "PROPN" and (not token.ent_type_ or lone_org) and token.text in full_names
                    and token.dep_ in {"nsubj", "nsubjpass"}
                    and not (token.i > 0 and chunk.doc[token.i - 1].pos_ == "PROPN")):
                mentions.append((chunk.offset + token.idx, full_names[token.text]))
                subjects.add(chunk.offset + token.idx)
            elif (token.pos_ == "PROPN" and (not token.ent_type_ or lone_org) and token.text in full_names
                  and token.dep_ == "poss" and token.i + 1 < len(chunk.doc) and chunk.doc[token.i + 1].tag_ == "POS"
                  and token.head.dep_ == "nsubj" and token.head.head.dep_ == "ROOT"
                  and not any(e.label_ == "PERSON" for e in chunk.doc.ents)
                  and not (token.i > 0 and chunk.doc[token.i - 1].pos_ == "PROPN")):
                # "Berlanti’s shows are fun", the NER taking the surname for a firm's: the one
                # person of the sentence, named in full before, owns what it is about
                mentions.append((chunk.offset + token.idx, full_names[token.text]))
            elif (token.pos_ == "PROPN" and not token.ent_type_ and token.text in first_names
                  and token.dep_ in {"nsubj", "nsubjpass"}
                  and not (token.i > 0 and chunk.doc[token.i - 1].pos_ == "PROPN")
                  and not (token.i + 1 < len(chunk.doc) and chunk.doc[token.i + 1].pos_ == "PROPN")):
                mentions.append((chunk.offset + token.idx, first_names[token.text]))
                subjects.add(chunk.offset + token.idx)
    body_text = parsed.article.body_text or ""
    headings = _people_heading_sections(body_text, {chunk.offset for chunk in parsed.chunks})
    for start, name in headings:
        full_names.setdefault(name.split()[-1], name)
        mentions.append((start, name))
    mentions.sort(key=lambda m: m[0])
    votes: dict[str, int] = dict(gendered)
    strong: dict[str, int] = dict(gendered)
    for chunk in parsed.chunks:
        for ent in chunk.doc.ents:
            title = chunk.doc[ent.start - 1].lower_.rstrip(".") if ent.start > 0 else ""
            if ent.label_ == "PERSON" and title in HONORIFICS:
                name = full_names.get(ent.text, ent.text)
                votes[name] = votes.get(name, 0) + HONORIFICS[title]  # "Mr Assange", "Ms Persson"
                strong[name] = strong.get(name, 0) + 2 * HONORIFICS[title]
            elif ent.label_ == "PERSON" and (kin := _kin_before(ent)):
                name = full_names.get(unglued_name(ent.text), unglued_name(ent.text))
                votes[name] = votes.get(name, 0) + 2 * kin  # "his wife Kali", "her husband, Tom Hale"
                strong[name] = strong.get(name, 0) + 2 * kin
        people = {full_names.get(e.text, e.text) for e in chunk.doc.ents if e.label_ == "PERSON"}
        if len(people) == 1:
            # One person in the sentence: the pronouns after the name are theirs.
            (name,) = people
            first = next(e for e in chunk.doc.ents if e.label_ == "PERSON")
            after = [t.lower_ for t in doc_tokens(chunk.doc)[first.end:]]
            vote = sum(w in MALE_PRONOUNS for w in after) - sum(w in FEMALE_PRONOUNS for w in after)
            votes[name] = votes.get(name, 0) + max(-1, min(1, vote))
            vote = sum(w == "he" for w in after) - sum(w == "she" for w in after)
            strong[name] = strong.get(name, 0) + max(-1, min(1, vote))
        elif not people:
            # The same of a sentence whose one person is a surname the NER missed ("Lopez grew up
            # in Ohio, where her father ...").
            end = chunk.offset + len(doc_text(chunk.doc))
            inside = [(at, name) for at, name in mentions if chunk.offset <= at < end]
            if len({name for _, name in inside}) == 1:
                name = inside[0][1]
                after = [t.lower_ for t in doc_tokens(chunk.doc) if chunk.offset + t.idx > inside[0][0]]
                vote = sum(w in MALE_PRONOUNS for w in after) - sum(w in FEMALE_PRONOUNS for w in after)
                votes[name] = votes.get(name, 0) + max(-1, min(1, vote))
    body = parsed.article.body_text or ""
    quoted = quoted_spans(body)
    marks = [(chunk.offset + t.idx, t.lower_) for chunk in parsed.chunks for t in doc_tokens(chunk.doc)
             if t.lower_ in MALE_PRONOUNS | FEMALE_PRONOUNS]
    marks = [(at, word) for at, word in marks if not _within(at, quoted)]
    return _ArticleContext(parsed.article.article_id, full_names, mentions, titled=titled,
                           heading_mentions={start for start, _ in headings},
                           pronoun_votes=votes, subject_votes=strong, subject_mentions=subjects, org_mentions=orgs,
                           org_subjects=org_subjects,
                           person_names={name for _, name in mentions if " " not in name} | set(full_names),
                           offices=offices,
                           publisher=(parsed.article.publisher or "").lower(),
                           quoted=quoted, pronoun_marks=marks, openers=openers,
                           opening=body[:240].lower(), body_lower=body.lower(), body=body,
                           parses=[(chunk.offset, chunk.doc) for chunk in parsed.chunks],
                           main_subject=_main_subject(mentions), writer_kin=_writer_kin(parsed),
                           first_names={word: name for word, name in first_names.items()
                                        if not _introduced_alone(word, body)})


# Kin and companions a first name alone can introduce as somebody else: "her daughter, Dana,".
_COMPANION_NOUNS = (r"(?:daughter|son|wife|husband|sister|brother|mother|father|partner|girlfriend|boyfriend"
                    r"|niece|nephew|cousin|friend|granddaughter|grandson|child|neighbou?r)")


# How far into its section a heading's name must come back, by its surname alone, to be a person's.
_HEADING_REACH = 1500


def _people_heading_sections(body: str, chunk_starts: set[int]) -> list[tuple[int, str]]:
    """'Garth Brooks' on a line of its own over a list entry ('Asked if he would perform, the
    country star replied ... the Wrap reports that Brooks will not'): a heading of a first and
    last name, which the sentences do not parse, names the person its section is about when the
    section takes the surname up alone inside a sentence. (body offset, name) of each."""
    found = []
    at = 0
    for raw_line in body.splitlines(keepends=True):
        line_start, at = at, at + len(raw_line)
        text = raw_line.strip()
        if not text or PERSONAL_NAME.match(text) is None or set(text.split()) & NOT_PERSONAL_WORDS:
            continue
        start = line_start + raw_line.index(text)
        if start in chunk_starts or text.split()[0] in _NOT_NAMES:
            continue  # a sentence the text parses, or "The Beatles"
        surname = text.split()[-1]
        section = body[at : at + _HEADING_REACH]
        # (inside a sentence, after a lower-case word: not "Street" opening one, nor "Wall Street";
        # not in the possessive, "diners at Allen's", a restaurant or a shop named for someone)
        if re.search(rf"(?:\b[a-z][a-z’']*,?|,) {re.escape(surname)}\b(?! [A-Z])(?![’']s\b)", section) is not None and (
                reads_as_personal_name(text)):  # (not "Popular Video", "Weekly Address")
            found.append((start, text))
        elif found and reads_as_personal_name(text):
            # the next entry of a list of people ("Taylor Swift" after "Garth Brooks"), its surname
            # not taken up: its section's "the pop star" is that person, not the one before
            found.append((start, text))
    return found


def _introduced_alone(first: str, body: str) -> bool:
    """'Her daughter, Dana, now runs it', 'a volunteer named Dana': the text brings in somebody
    else by the first name alone, so that name said alone is not the person named in full."""
    name = re.escape(first)
    return re.search(rf"\b(?:named|called|nicknamed)\s+{name}\b(?!\s+[A-Z])"
                     rf"|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:[a-z-]+\s+)?{_COMPANION_NOUNS}s?,?\s+"
                     rf"{name}\b(?!\s+[A-Z])", body) is not None


# The writer's kin by sex: "my mother" and "Mother" in a memoir are one woman, never named.
WRITER_KIN_SEX = {"mother": -1, "mum": -1, "mom": -1, "grandmother": -1, "sister": -1, "wife": -1, "aunt": -1,
                  "daughter": -1, "father": 1, "dad": 1, "grandfather": 1, "brother": 1, "husband": 1,
                  "uncle": 1, "son": 1}


def _writer_kin(parsed: ParsedArticle) -> list[tuple[int, str, int]]:
    """'my mother', 'our father', and 'Mother' written as a name ('Mother remembered'): the
    writer's own kin, in body order (most sentences of a memoir go unparsed: read from the text;
    not 'Mother Teresa', 'Father Brown', titles before a name)."""
    body = parsed.article.body_text or ""
    found = [(m.start(), m.group(1).lower(), WRITER_KIN_SEX[m.group(1).lower()]) for m in _OWN_KIN_RE.finditer(body)]
    found += [(m.start(), m.group(1).lower(), WRITER_KIN_SEX[m.group(1).lower()]) for m in _KIN_AS_NAME_RE.finditer(body)]
    return sorted(found)


_OWN_KIN_RE = re.compile(r"\b(?:[Mm]y|[Oo]ur)\s+(" + "|".join(WRITER_KIN_SEX) + r")\b")
_KIN_AS_NAME_RE = re.compile(r"(?<!the )(?<!The )(?<!his )(?<!His )(?<!her )(?<!Her )(?<!a )(?<!A )(?<!your )"
                             r"(?<!their )(?<!our )(?<!my )\b(Mother|Father|Mum|Dad|Mom)\b(?!\s+[A-Z])")


# How many times more often the subject of a profile is named than anybody else, and how often
# at least.
MAIN_SUBJECT_LEAD = 3
MAIN_SUBJECT_MENTIONS = 6


def _main_subject(mentions: list[tuple[int, str]]) -> str:
    """The person an article is about: named at least MAIN_SUBJECT_MENTIONS times and
    MAIN_SUBJECT_LEAD times as often as anybody else; "" when nobody stands out so."""
    counts = Counter(name for _, name in mentions)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MAIN_SUBJECT_MENTIONS:
        return ""
    if len(ranked) == 2 and ranked[0][1] < MAIN_SUBJECT_LEAD * ranked[1][1]:
        return ""
    return ranked[0][0]


# Small words a page may glue to the name after them when it drops a space ("andAnnie Mumolo").
_GLUED_WORDS = ("and", "or", "nor", "but", "of", "the", "with", "by", "to", "in", "for", "from", "as", "at",
                "on", "than", "like", "via")
_GLUED_NAME = re.compile(rf"^(?:{'|'.join(_GLUED_WORDS)})(?=[A-Z][a-z])")


def unglued_name(name: str) -> str:
    """'andAnnie Mumolo' -> 'Annie Mumolo': a small word glued to a name by a missing space is
    no part of it (names that open in lower case, 'deGrasse Tyson', 'van Gogh', stay)."""
    return _GLUED_NAME.sub("", name, count=1)


def _kin_before(ent: Span) -> int:
    """+1 / -1 when a kin word of a man / a woman stands just before the name, or before the
    comma that sets the name beside it ("his wife Kali", "her then-husband, Tom Hale"); else 0."""
    doc = ent.doc
    at = ent.start - 1
    if at >= 1 and doc[at].text == ",":
        at -= 1
    return KIN_GENDER.get(doc[at].lower_, 0) if at >= 0 else 0


def _surnames_in_passing(doc: Doc, full_names: dict[str, str]) -> list[Token]:
    """In a sentence left unparsed, the surnames of people named in full before that the NER
    missed or took for an organisation and that stand as a subject would ("Despite the attack,
    Butler is critical ..."): alone, a word in lower case after them, no preposition before."""
    found = []
    for token in doc:
        if token.text not in full_names or len(token.text) < 2 or not token.text[:1].isupper():
            continue
        if token.ent_type_ not in {"", "ORG"} or (token.ent_type_ == "ORG" and (
                token.ent_iob_ != "B" or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I"))):
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (before is not None and before.text[:1].isupper()) or after is None or not (
                after.is_alpha and after.is_lower):
            continue  # part of a longer name, or no verb after it ("yelling at Page.")
        if before is not None and before.lower_ in _BEFORE_AN_OBJECT:
            continue  # "yelling at Page every day": the object of a preposition is no subject
        found.append(token)
    return found


# Words after which a name is an object, not the subject a verb follows.
_BEFORE_AN_OBJECT = {"at", "to", "with", "by", "for", "from", "of", "on", "in", "about", "against", "over",
                     "like", "than", "into", "onto", "toward", "towards", "under", "without", "told", "asked",
                     "called", "met", "the", "a", "an"}


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


# Kinds of works a review or a profile names by their title: "his musical La La Land".
_WORK_NOUNS = {"film", "movie", "documentary", "musical", "sitcom", "album", "novel", "sequel", "thriller",
               "comedy", "drama", "franchise", "memoir", "opera"}
# Words that may follow a title where its phrase ends: "the film Rust in cinemas", "... at Cannes".
_AFTER_A_TITLE = {"in", "at", "on", "for", "with", "from", "this", "last", "next"}


def _work_titles(parsed: ParsedArticle) -> set[str]:
    """'his musical La La Land', 'the action movie Blade Runner 2049': a name set right after a
    kind of work, as its apposition or with the kind as its modifier, is the work's title, and
    the recogniser's PERSON of that name is no person anywhere in the article (no "he" is it).
    Not 'the movie Ann Lee directed' (a name that is the subject of a clause after the noun)."""
    titles = set()
    for chunk in parsed.chunks:
        for ent in chunk.doc.ents:
            if ent.start == 0 or ent.label_ in {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"}:
                continue
            kind = ent.doc[ent.start - 1]
            if kind.lower_ not in _WORK_NOUNS:
                continue
            after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
            if chunk.is_parsed:
                if after is not None and after.tag_ in {"VBD", "VBN", "VBZ", "VBP", "MD"} and (
                        ent.label_ == "PERSON"):
                    continue  # "the album Taylor Swift released", which the parser may take for apposition
                if (ent.root.dep_ == "appos" and ent.root.head == kind) or (
                        kind.head == ent.root and kind.dep_ in {"amod", "compound"}):
                    titles.add(ent.text)
                continue
            # Unparsed: the name closes its phrase (a comma, a number, "in cinemas"), no verb after it.
            if after is None or after.is_punct or after.like_num or after.lower_ in _AFTER_A_TITLE:
                titles.add(ent.text)
    return titles


def _thing_named_with_the(ent: Span) -> bool:
    """'the Moon', 'the Gateway': one capitalised word after 'the' that the recogniser took for a
    person names a thing; people go without the article ('the late Ann Cole' keeps two words)."""
    return len(ent) == 1 and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"


def _people_like(speaker: Token) -> bool:
    """'the Ann Lees of the world', 'the Tom Hales of this town': a name made plural stands for
    a kind of people like its bearer, not for anybody who spoke."""
    return speaker.pos_ == "PROPN" and speaker.text.endswith("s") and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and g.lower_ in {"world", "town", "city", "country", "industry", "internet", "planet"}
            for g in c.children)
        for c in speaker.children) and any(c.dep_ == "det" and c.lower_ == "the" for c in speaker.children)


def _can_be_a_person(ent: Span) -> bool:
    """'posted on Twitter': a platform the recogniser took for a person is where words were put,
    never somebody a later 'he' or 'she' can be."""
    return not (len(ent) == 1 and ent.root.lower_ in PLATFORMS)
