"""Credits outside the sentences: embedded posts, and outlets credited in brackets or by "via"."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from newsfacts.extract.citations.vocabulary import (
    BRACKET_CREDIT_RE,
    DASH_CREDIT_RE,
    EMBEDDED_POST_RE,
    FIRST_PERSON_RE,
    HEADED_QUOTE_RE,
    HEARSAY_RE,
    NOT_CREDIT_WORDS,
    NOT_CREDITS,
    PAREN_CREDIT_RE,
    PLAIN_DASH_CREDIT_RE,
    PLATFORMS,
    SIGNATURE_OFFICES,
    SIGNATURE_VERBS,
    SIGNED_PARAGRAPH_RE,
    SOMEONE_TOLD_RE,
    TRANSCRIPT_HONORIFICS,
    TRANSCRIPT_LABEL_RE,
    TRANSCRIPT_OFFICES,
    VIA_CREDIT_RE,
    VIA_SERVICES,
)
from newsfacts.extract.schemas import Citation, fact_id

if TYPE_CHECKING:

    from newsfacts.extract.citations.context import _ArticleContext
    from newsfacts.extract.nlp import ParsedArticle


def _post_author(name: str, canonical: str, start: int, context: _ArticleContext) -> tuple[str, str]:
    """(name, type) of the account signing an embedded post: a known outlet, an organisation the
    article names as one and never as a person ('Digital Foundry', 'Acme Labs'), a person with an
    office in the article ('Gov. Ann Cole' earlier), else a person."""
    from newsfacts.extract.sources import MEDIA_OUTLETS, NEWS_AGENCIES

    lower = name.lower()
    if lower in NEWS_AGENCIES:
        return NEWS_AGENCIES[lower], "news_agency"
    if lower in MEDIA_OUTLETS:
        return MEDIA_OUTLETS[lower], "media_outlet"
    organisations = {ent.text.removeprefix("the ").removeprefix("The ") for at, ent in context.org_mentions
                     if not start <= at < start + len(name)}  # (not the sign-off read as a firm's name)
    # (The recogniser reads the sign-off itself as a person's name; other mentions decide.)
    if name in organisations and not any(full == canonical for at, full in context.person_mentions
                                         if not start <= at < start + len(name)):
        return name, "organization"
    if _names_a_public_body(name):
        return name, "government_body"  # "— The Nigerian Senate (@NGRSenate)": a chamber's account
    return canonical, "official" if canonical in context.titled else "person"


# Words of a public body that also end people's names ("Margaret Court"), left out below.
SURNAME_LIKE_BODY_WORDS = {"court", "force", "command", "office"}


def _names_a_public_body(name: str) -> bool:
    """'The Nigerian Senate', 'Ministry of Health', 'Kenya Police': an account named as a
    government's body, by the body's word first or last in the name (not 'Margaret Court')."""
    from newsfacts.extract.sources import GOVERNMENT_WORDS

    words = name.removeprefix("The ").removeprefix("the ").split()
    if len(words) < 2 or not all(w[:1].isupper() or w in {"of", "for", "and", "&"} for w in words):
        return False
    body_words = GOVERNMENT_WORDS - SURNAME_LIKE_BODY_WORDS
    # a body's word first heads its name only before "of"/"for" or a place ("Ministry of Health",
    # "Police Scotland"), not "Police Academy Fan", "Senate Bar And Grill" (a fan's, a bar's account)
    heads = words[0].lower() in body_words and (len(words) == 2 or words[1].lower() in {"of", "for"})
    return heads or words[-1].lower() in body_words


# The most characters a signed post's line can print: 280 of text, with a link or a picture's
# address shown whole.
POST_LENGTH_MOST = 320


def _post_text(body: str, sign_off_start: int) -> str:
    """The text of the embedded post signed on the line at `sign_off_start`: the lines just
    before it, back to the one the embed opens with a space (a post may run over lines) or to
    the sign-off of the post before."""
    lines: list[str] = []
    end = sign_off_start - 1
    while end > 0 and len(lines) < 4:
        start = body.rfind("\n", 0, end) + 1
        line = body[start:end]
        if EMBEDDED_POST_RE.search(line) or (lines and len(line) > POST_LENGTH_MOST):
            break  # (a line longer than any post is the article's paragraph before the embed)
        lines.insert(0, line)
        if line.startswith((" ", "\t")) or start == 0:
            break
        end = start - 1
    return " ".join(lines)


# Words that make a line of a post a question though it ends otherwise: "I was asking myself the
# same thing!", "Just wondering."
ASKING_WORDS = {"ask", "asking", "asked", "wonder", "wondering", "wondered"}


def _only_asks(text: str) -> bool:
    """A post that only asks ("Anybody know about the plane circling Manhattan right now?"),
    its links, pictures and handles aside: a question, which cites no one (the labelling rules);
    a post that asks and also states something ("C-130? Circling around Manhattan.") is kept."""
    text = re.sub(r"(?:https?://|pic\.twitter\.com/)\S+|[@#]\w+|:\(|:\)", " ", text)
    sentences = [s.strip() for s in re.findall(r"[^?!.]+[?!.]*", text) if re.search(r"\w", s)]
    if not sentences:
        return False
    return any("?" in s for s in sentences) and all(
        "?" in s[-3:] or set(re.findall(r"[a-z]+", s.lower())) & ASKING_WORDS for s in sentences)


def _embedded_posts(parsed: ParsedArticle, context: _ArticleContext) -> list[Citation]:
    """The authors of social-media posts embedded in the body are sources of what they posted."""
    body = parsed.article.body_text or ""
    citations = []
    for match in EMBEDDED_POST_RE.finditer(body):
        name = match["name"].strip()
        start, end = match.start("name"), match.start("name") + len(name)
        line_start = body.rfind("\n", 0, match.start()) + 1
        line_end = body.find("\n", match.end())
        if _only_asks(_post_text(body, line_start)):
            continue  # "Anybody know about the #plane circling #Manhattan right now?": a question cites no one
        canonical = context.full_names.get(name.split()[-1], name) if name.split() else name
        canonical, source_type = _post_author(name, canonical, start, context)
        citations.append(Citation(
            citation_id=fact_id(context.article_id, "citation", start),
            article_id=context.article_id,
            cited_as=name,
            canonical_name=canonical,
            source_type=source_type,
            cue="post",
            sentence=body[line_start : line_end if line_end != -1 else len(body)],
            char_start=start,
            char_end=end,
        ))
    return citations


# Words of the labels a line may close with in brackets: parts, servings, warnings, kinds of piece.
BRACKET_LABEL_WORDS = {
    "part", "parts", "chapter", "episode", "season", "serves", "makes", "spoiler", "spoilers", "ahead",
    "review", "opinion", "analysis", "live", "updated", "update", "video", "photos", "photo", "gallery",
    "watch", "listen", "audio", "podcast", "recipe", "sponsored", "advertisement", "exclusive", "explainer",
    "interview", "transcript", "continued", "cont", "pictured", "above", "below", "left", "right", "file",
}


def _credited_outlet(name: str, bracketed: bool, loose: bool = False) -> tuple[str, str] | None:
    """(canonical name, type) of an outlet credit; a parenthesis credits only a known outlet,
    unless `loose` (a paywall mark, or a digest whose other lines credit outlets alike) lets any
    capitalised name or acronym through ("(WSJ $)", "(New Yorker)")."""
    from newsfacts.extract.sources import MEDIA_OUTLETS, MEDIA_WORDS, NEWS_AGENCIES

    lower = name.lower()
    if lower in NOT_CREDITS or any(c.isdigit() for c in name) or (
            set(re.split(r"[\s’']+", lower)) & NOT_CREDIT_WORDS):
        return None
    if lower in NEWS_AGENCIES:
        return NEWS_AGENCIES[lower], "news_agency"
    if lower in MEDIA_OUTLETS:
        return MEDIA_OUTLETS[lower], "media_outlet"
    if loose:
        return name, "media_outlet"
    if name.isupper():
        return None  # "[WARNING]", "[INSIGHT]": a section tag, unless a known outlet ("[ CNN ]")
    if bracketed or lower.split()[-1] in MEDIA_WORDS:
        return name, "media_outlet"
    return None


def _spells_out_before(body: str, match: re.Match) -> bool:
    """'... the World Health Organization (WHO)': an acronym of the words just before it, which it
    abbreviates, credits no one."""
    name = match["name"]
    if not name.isupper() or len(name) < 2:
        return False
    words = [w for w in re.findall(r"[\w’'-]+", body[max(0, match.start() - 200) : match.start()])
             if w[:1].isupper()]
    return "".join(w[0] for w in words[-len(name):]).upper() == name.upper()


def _via_credit_closes(match: re.Match) -> bool:
    """'(via X)' and '[via X]' close their brackets; a bare 'Via X' line is the whole line."""
    opened = match.group(0).lstrip()[:1]
    closed = match.group(0).rstrip()[-1:]
    return (opened == "(" and closed == ")") or (opened == "[" and closed == "]") or (
        opened not in "([" and closed not in ")]")


def _via_credit_stands_apart(body: str, match: re.Match) -> bool:
    """'...of the week.\n(via Pixel Gazette)', '... today. (via Pixel Gazette)': a credit after a
    line or a sentence has ended; not 'Tickets go on sale on Friday (via Ticketmaster)', the means
    by which something in the running sentence is done."""
    before = body[: match.start()].rstrip(" \t")
    return not before or before[-1] in "\n.!?\"”’')]"


def _outlet_credits(parsed: ParsedArticle, context: _ArticleContext) -> list[Citation]:
    """Outlets credited in brackets at the end of a line are sources of what the line sums up."""
    body = parsed.article.body_text or ""
    credited: list[tuple[re.Match, tuple[str, str]]] = []
    unknown: list[re.Match] = []
    for pattern, bracketed in ((BRACKET_CREDIT_RE, True), (PAREN_CREDIT_RE, False), (VIA_CREDIT_RE, True)):
        for match in pattern.finditer(body):
            if pattern is VIA_CREDIT_RE and not (_via_credit_closes(match) and _via_credit_stands_apart(body, match)):
                continue
            paywalled = pattern is PAREN_CREDIT_RE and match["paywall"] is not None
            outlet = _credited_outlet(match["name"], bracketed, loose=paywalled)
            if outlet is None and pattern is PAREN_CREDIT_RE:
                unknown.append(match)
            elif outlet is not None:
                credited.append((match, outlet))
    # A digest crediting two or more items to outlets in brackets credits its other bracketed
    # line ends alike: "(New Yorker)", "(NYT)" among "(Bloomberg)" and "(WSJ $)".
    if len({body.count("\n", 0, m.start()) for m, _ in credited}) >= 2:
        for match in unknown:
            if set(re.split(r"[\s’'-]+", match["name"].lower())) & BRACKET_LABEL_WORDS:
                continue  # "(Part Two)", "(Serves Four)", "(Spoilers Ahead)": a label, not a credit
            outlet = _credited_outlet(match["name"], False, loose=True)
            if outlet is not None and not _spells_out_before(body, match):
                credited.append((match, outlet))
    citations = []
    for match, (canonical, kind) in credited:
        if canonical.lower() in PLATFORMS | VIA_SERVICES:
            continue  # "(via Twitter)", "(via Zoom)": where a post was put or a thing done
        start, end = match.span("name")
        line_start = body.rfind("\n", 0, start) + 1
        citations.append(Citation(
            citation_id=fact_id(context.article_id, "citation", start),
            article_id=context.article_id, cited_as=match["name"], canonical_name=canonical,
            source_type=kind, cue="credit", sentence=body[line_start : match.end()],
            char_start=start, char_end=end,
        ))
    return sorted(citations, key=lambda c: c.char_start) + _site_credits(body, context)


# A web site credited in brackets at the end of a sentence: "The CEO makes $37 million (equilar.com)."
_SITE_CREDIT_RE = re.compile(
    r"(?<=\S) \((?P<name>(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|io))\)(?=[.;]?[ \t]*$|[.;][ \t])",
    re.MULTILINE)


def _site_credits(body: str, context: _ArticleContext) -> list[Citation]:
    """'The 10th highest-paid CEO makes $37 million (equilar.com).': a site named in brackets after
    a sentence's figure is the source of that figure (a known outlet by its kind, else an
    organization); a bracketed site after a sentence with no figure is a link, no credit."""
    from newsfacts.extract.sources import MEDIA_OUTLETS, NEWS_AGENCIES

    citations = []
    for match in _SITE_CREDIT_RE.finditer(body):
        start, end = match.span("name")
        sentence_start = max(body.rfind(". ", 0, start), body.rfind("\n", 0, start)) + 1
        if not re.search(r"\d", body[sentence_start:match.start()]):
            continue
        name = match["name"]
        host = name.removeprefix("www.").rsplit(".", 1)[0]
        canonical, kind = name, "organization"
        if host in NEWS_AGENCIES:
            canonical, kind = NEWS_AGENCIES[host], "news_agency"
        elif host in MEDIA_OUTLETS:
            canonical, kind = MEDIA_OUTLETS[host], "media_outlet"
        citations.append(Citation(
            citation_id=fact_id(context.article_id, "citation", start),
            article_id=context.article_id, cited_as=name, canonical_name=canonical,
            source_type=kind, cue="credit", sentence=body[sentence_start : match.end()].strip(),
            char_start=start, char_end=end,
        ))
    return citations


# The name just before an outlet's name and a slash: "an NBC News/Wall Street Journal poll".
_PARTNER_BEFORE_RE = re.compile(r"(?:\b(?:A|An|The)\s)?(?P<name>(?:[A-Z][\w&.’'-]*\s)*[A-Z][\w&.’'-]*)\s?/\s?$")


def _joint_outlets(citation: Citation, body: str) -> list[Citation]:
    """'an NBC News/Wall Street Journal poll', 'an ABC News/Washington Post survey': outlets
    joined by a slash each stand behind the work, whichever of them the parse took for the
    speaker."""
    if citation.source_type not in {"media_outlet", "news_agency"}:
        return [citation]
    parts = [(citation.char_start + m.start(), m.group(0)) for m in re.finditer(r"[^/\s](?:[^/]*[^/\s])?", citation.cited_as)]
    window_start = max(0, citation.char_start - 60)
    before = _PARTNER_BEFORE_RE.search(body[window_start : citation.char_start])
    if before is not None:
        parts.insert(0, (window_start + before.start("name"), before["name"]))
    outlets = [(start, name, _credited_outlet(name, False)) for start, name in parts]
    if len(parts) < 2 or any(outlet is None for _, _, outlet in outlets):
        return [citation]
    joint = [citation] if "/" not in citation.cited_as else []
    for start, name, (canonical, kind) in outlets:
        if joint and start == citation.char_start:
            continue  # the outlet the parse found, already cited
        joint.append(replace(citation, citation_id=fact_id(citation.article_id, "citation", start),
                             cited_as=name, canonical_name=canonical, source_type=kind,
                             char_start=start, char_end=start + len(name)))
    return joint


def _pull_quote_speakers(parsed: ParsedArticle, context: _ArticleContext) -> list[Citation]:
    """'“We never list such markets.”\n—Ann Ruiz, CEO of Acme, defends ...': a name on the line
    after a quotation, opened by a dash, is who said it; an office in the words after the name
    makes it an official. A dash line after plain text is a writer's credit, no source."""
    from newsfacts.extract.sources import TITLE_WORDS

    body = parsed.article.body_text or ""
    citations = []
    for match in [*DASH_CREDIT_RE.finditer(body), *_unmarked_block_quotes(parsed)]:
        name = match["name"]
        canonical = context.full_names.get(name.split()[-1], name)
        described = re.split(r"[,;]", match["rest"].lstrip(" ,"), maxsplit=1)[0] if match["rest"].startswith(",") else ""
        titled = canonical in context.titled or bool(set(re.findall(r"[a-z.]+", described.lower())) & TITLE_WORDS)
        start, end = match.span("name")
        citations.append(Citation(
            citation_id=fact_id(context.article_id, "citation", start),
            article_id=context.article_id, cited_as=name, canonical_name=canonical,
            source_type="official" if titled else "person", cue="quote",
            sentence=body[match.start("dash") : match.end()], char_start=start, char_end=end,
        ))
    return citations


def _unmarked_block_quotes(parsed: ParsedArticle) -> list[re.Match]:
    """A first-person paragraph of twelve words or more, then '— Ada Brook, On Cycles': a block
    quotation that lost its marks, when the article's known author is someone else (a writer
    signing off their own letter is no source)."""
    author = (parsed.article.author or "").lower()
    if not author:
        return []
    return [m for m in PLAIN_DASH_CREDIT_RE.finditer(parsed.article.body_text or "")
            if not m["para"].lstrip().startswith(("“", '"')) and len(m["para"].split()) >= 12
            and m["name"].split()[-1].lower() not in author]


def _headed_quotations(parsed: ParsedArticle, context: _ArticleContext) -> list[Citation]:
    """'Ann Lee\nThe statement: "I take the bus ..."', 'Ann Lee\n“I take the bus ...”': a person's
    name alone on a line, heading a quotation that opens the next one, is whose words they are (a
    panel of answers, a vox pop, a round-up of views); once per person. The name must be read as
    a person's (not a section heading, "Public Transport"), and not be the article's author."""
    from newsfacts.extract.nlp import load_nlp
    from newsfacts.extract.sources import COMPANY_WORDS

    body = parsed.article.body_text or ""
    author = (parsed.article.author or "").lower()
    people: list[tuple[re.Match, str]] = []
    unsure: list[tuple[re.Match, str]] = []
    for match in HEADED_QUOTE_RE.finditer(body):
        name = match["name"]
        canonical = context.full_names.get(name.split()[-1], name)
        if (author and name.split()[-1].lower() in author) or _quotation_said_by_another(body, match):
            continue
        # (a heading line is no sentence the parse reads: the name is read alone, as a speaker)
        if any(e.label_ == "PERSON" and e.text == name for e in load_nlp()("according to " + name).ents):
            people.append((match, canonical))
        elif FIRST_PERSON_SINGULAR_RE.search(match["said"]) and not (
                set(name.lower().split()) & COMPANY_WORDS):
            unsure.append((match, canonical))  # "Amber Ibarreche" read as a firm's name
    # In a panel of two named speakers or more, a heading of the same shape over words in the
    # first person singular names a speaker too (a firm speaks as "we").
    if len(people) >= 2:
        people = sorted(people + unsure, key=lambda mc: mc[0].start())
    citations: list[Citation] = []
    cited: set[str] = set()
    for match, canonical in people:
        if canonical in cited:
            continue  # once per person
        start, end = match.span("name")
        cited.add(canonical)
        citations.append(Citation(
            citation_id=fact_id(context.article_id, "citation", start),
            article_id=context.article_id, cited_as=match["name"], canonical_name=canonical,
            source_type="official" if canonical in context.titled else "person", cue="quote",
            sentence=match.group(0), char_start=start, char_end=end,
        ))
    return citations


def _quotation_said_by_another(body: str, match: re.Match) -> bool:
    """'Ann Lee\n"The trees were planted in 1990 ...," her lawyer said.', '"The reports of my death
    are greatly exaggerated," is a line often misquoted': a quotation whose own line goes on past
    its closing mark, in the sentence it ends, with words other than its speaker's pronoun or
    name, is attributed there (or is no one's words), not by the name heading it."""
    end = match.end("said")
    line_end = body.find("\n", end)
    tail = body[end : len(body) if line_end < 0 else line_end]
    if tail[:1] not in {"”", '"'}:
        return False  # the quotation goes on past its line
    if match["said"].rstrip()[-1:] == ".":
        return False  # a sentence ended inside the marks: what follows is a new one
    words = re.findall(r"[\w’'-]+", tail)
    if not words:
        return False
    own = {w.lower() for w in match["name"].split()} | {"he", "she", "they", "i", "we"}
    return words[0].lower() not in own


# The first person singular: "I", "my", "me", "I'm", "I've", "I'd", "I'll".
FIRST_PERSON_SINGULAR_RE = re.compile(r"\b(?:I|my|My|me|I[’'](?:m|d|ve|ll))\b")


# Entity kinds that read a signature's name as no person's.
_NOT_PEOPLE = {"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT"}


def _signed_paragraphs(parsed: ParsedArticle, context: _ArticleContext) -> list[Citation]:
    """'... I use the Metromover to get from one place to the next ...\nAda Brook, regional
    director, Acme Group': a line holding only a person's name, a comma and their role or place
    (no verb), right after a paragraph in the first person, signs that paragraph; its writer is a
    cited source, an official when the role is an office. Only where two paragraphs or more are
    signed so (a panel of answers, a letters page, a vox pop): one signature under a first-person
    text is its author's sign-off. Not the article's author, not a caption's photo credit (an
    outlet, agency or picture service after the comma), not a list of names, not a name after a
    third-person paragraph or one whose first person is all inside a quotation."""
    from newsfacts.extract.nlp import load_nlp
    from newsfacts.extract.sources import MEDIA_OUTLETS, NEWS_AGENCIES, TITLE_WORDS

    body = parsed.article.body_text or ""
    author = (parsed.article.author or "").lower()
    nlp = load_nlp()
    signed, loose = [], []
    for match in SIGNED_PARAGRAPH_RE.finditer(body):
        para, name = match["para"], match["name"]
        unquoted = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", para)
        if len(para.split()) < 5:
            continue  # a caption's credit, a heading: no paragraph to sign
        if author and name.split()[-1].lower() in author:
            continue  # the writer signing off their own piece
        segments = [s.strip() for s in match["rest"].lstrip(",").split(",") if s.strip()]
        words = re.findall(r"[\w’'-]+", match["rest"].lower())
        if not segments or set(words) & SIGNATURE_VERBS or match["rest"].rstrip().endswith(("?", "!", ":")):
            continue  # "Ann Lee, who chairs the board, said ...": a sentence, no signature
        if any(s.lower() in MEDIA_OUTLETS or s.lower() in NEWS_AGENCIES
               or re.search(r"(?i)\b(?:photo|photos|images?|getty|staff)\b", s) for s in segments):
            continue  # "Ann Lee, Reuters", "Bo Li, Getty Images": a photo credit
        if any(e.label_ in _NOT_PEOPLE and e.end_char > len("according to ") + len(name) - len(name.split()[-1])
               for e in nlp("according to " + name).ents):
            continue  # "Acme Group, Miami": a body's name, no person's
        if not any(s[:1].islower() for s in segments) and all(
                any(e.label_ == "PERSON" and e.text == s for e in nlp(s).ents) for s in segments):
            continue  # "Ann Lee, Bo Li, Cy Young": a list of names signs nothing
        first_person = len(para.split()) >= 12 and FIRST_PERSON_RE.search(unquoted)
        (signed if first_person else loose).append((match, words))
    # In a panel of first-person answers, a short answer in the same shape is signed too ("Never.
    # More direct routes ...\nAnn Lee, president, Acme").
    if len(signed) >= 2:
        signed = sorted(signed + loose,
                        key=lambda mw: mw[0].start())
    if len(signed) < 2:
        return []
    citations: list[Citation] = []
    cited = {c.canonical_name for c in context.citations}
    for match, words in signed:
        name = match["name"]
        canonical = name
        if canonical in cited:
            continue  # once per person
        cited.add(canonical)
        titled = canonical in context.titled or bool(set(words) & (TITLE_WORDS | SIGNATURE_OFFICES))
        start, end = match.span("name")
        citations.append(Citation(
            citation_id=fact_id(context.article_id, "citation", start),
            article_id=context.article_id, cited_as=name, canonical_name=canonical,
            source_type="official" if titled else "person", cue="signature",
            sentence=match["para"] + "\n" + body[start : match.end()], char_start=start, char_end=end,
        ))
    return citations


# A turn said in sentences ends in a full stop, a question or exclamation mark (a quote may close it).
_TURN_END_RE = re.compile(r"[.!?…][”\"’')]*[ \t]*$")


def _office_holder(body: str, title: str, label_at: int) -> str | None:
    """The holder of the office a transcript's label names ("THE PRESIDENT:"): a name the text
    gives with the office ("President Joe Biden"), not a former or foreign one ("Former President
    Donald Trump", "Chinese President Xi Jinping"); of several, the one named last before the
    label, else the first after it."""
    from newsfacts.extract.sources import DEMONYMS, FORMER_WORDS

    demonym_words = {demonym.lower() for demonym in DEMONYMS.values()}
    holders: list[tuple[int, str]] = []
    for named in re.finditer(rf"(?<![\w-])(?<!Vice ){re.escape(title)}[ \t]+(?P<name>[A-Z][a-z’'-]+"
                             r"(?:[ \t][A-Z]\.)?(?:[ \t][A-Z][a-z’'-]+){1,2})", body):
        before = re.search(r"([\w’'-]+)[ \t-]*$", body[max(0, named.start() - 40) : named.start()])
        word = before[1].lower() if before else ""
        if word in FORMER_WORDS or word.rstrip("-") in FORMER_WORDS or word in demonym_words or word == "then":
            continue
        holders.append((named.start(), named["name"]))
    if not holders:
        return None
    earlier = [name for at, name in holders if at < label_at]
    return earlier[-1] if earlier else holders[0][1]


# A transcript's header naming who speaks: "Remarks of Vice President Joe Biden", "Remarks by
# President Ann Cole and First Lady Tom Hale as Delivered", a line of its own.
_REMARKS_HEADER_RE = re.compile(
    r"^[ \t]*(?:Prepared[ \t]+)?Remarks[ \t]+(?:of|by)[ \t]+(?P<who>[A-Z][\w .’'-]+?)"
    r"(?:,?[ \t]+as[ \t]+(?:Prepared[ \t]+for[ \t]+)?Delivered)?[ \t]*$", re.MULTILINE)
# An office and the name of its holder: "Vice President Joe Biden", "First Lady Michelle Obama".
_OFFICE_AND_NAME_RE = re.compile(
    r"^(?P<office>(?:[A-Z][a-z]+[ \t]+){1,3}?)(?P<name>[A-Z][a-z’'-]+(?:[ \t][A-Z]\.)?[ \t][A-Z][a-z’'-]+)$")


def _remarks_header_speakers(body: str, context: _ArticleContext) -> list[Citation]:
    """'Remarks of Vice President Joe Biden' on a line of its own heads the transcript of what
    the office-holder it names said (a weekly address, a speech): each is a source, an official.
    Only a name given with its office ("Remarks by the President at ..." names nobody)."""
    from newsfacts.extract.sources import TITLE_WORDS

    citations: list[Citation] = []
    for match in _REMARKS_HEADER_RE.finditer(body):
        offset = match.start("who")
        for part in re.split(r"([ \t]+and[ \t]+)", match["who"]):
            held = _OFFICE_AND_NAME_RE.match(part)
            if held and held["office"].split()[-1].lower() in TITLE_WORDS | {"lady", "gentleman"}:
                start = offset + held.start()
                citations.append(Citation(
                    citation_id=fact_id(context.article_id, "citation", start),
                    article_id=context.article_id, cited_as=part, canonical_name=held["name"],
                    source_type="official", cue="say", sentence=match.group(0).strip(),
                    char_start=start, char_end=start + len(part),
                ))
            offset += len(part)
    return citations


def _transcript_speakers(parsed: ParsedArticle, context: _ArticleContext) -> list[Citation]:
    """'THE PRESIDENT: Merry Christmas ...', 'SEN. COLE: We will ...': a transcript labels each
    turn with its speaker in capitals and a colon; the speaker is a source, once. The label is an
    office (named in full where the text gives "President Ann Cole"), an office or honorific with
    a surname; not a bare name ("ANN LEE:"), which in a broadcast's transcript labels its own
    presenter and reporter as well as its guests. What follows is a sentence (words in lower
    case), not a heading, a credit line ("DIRECTOR: Ann Lee") or a note ("UPDATE: ...", a dateline
    "PARIS: ...")."""
    from newsfacts.extract.citations.references import _inside_quotation
    from newsfacts.extract.sources import TITLE_WORDS

    body = parsed.article.body_text or ""
    citations: list[Citation] = []
    cited: set[str] = set()
    for match in TRANSCRIPT_LABEL_RE.finditer(body):
        if len(re.findall(r"(?<![\w’'-])[a-z][\w’'-]*", match["said"])) < 3 or _inside_quotation(match.start(), context):
            continue
        if not _TURN_END_RE.search(match["said"]):
            continue  # a turn is said in sentences; "THE GOVERNOR: A record of broken promises", a heading, stops short
        label = " ".join(match["label"].split())
        words = label.lower().split()
        words = words[1:] if words[0] == "the" else words
        if not words:
            continue
        office = " ".join(words)
        if label.lower().startswith("the ") or len(words) == 1:
            if not (office in TRANSCRIPT_OFFICES or (len(words) == 1 and words[0] in TITLE_WORDS)):
                continue
            title = " ".join(w.capitalize() for w in words)  # "First Lady"
            named = _office_holder(body, title, match.start())
            canonical, kind = (named or f"the {title}"), "official"
        else:
            surname = words[-1].title()
            if words[0] in TITLE_WORDS or words[0] in TRANSCRIPT_HONORIFICS:
                canonical = context.full_names.get(surname, label.title())
                titled = words[0] in TITLE_WORDS or canonical in context.titled
            else:
                continue  # "ANN LEE:": a broadcast's own presenter or reporter as often as a guest
            kind = "official" if titled else "person"
        if canonical in cited:
            continue  # once per speaker
        cited.add(canonical)
        start, end = match.span("label")
        citations.append(Citation(
            citation_id=fact_id(context.article_id, "citation", start),
            article_id=context.article_id, cited_as=label, canonical_name=canonical,
            source_type=kind, cue="say", sentence=match.group(0), char_start=start, char_end=end,
        ))
    if not citations:
        citations = _remarks_header_speakers(body, context)  # (a labelled transcript has named its own)
    return citations


def _writer_hearsay(parsed: ParsedArticle, context: _ArticleContext) -> list[Citation]:
    """'I'm hearing positive noises about the new model': the writer passes on what unnamed
    people say, one anonymous source, as with "I'm told"; so is "a story someone told me". Not
    inside a speaker's quoted words."""
    from newsfacts.extract.citations.references import _inside_quotation

    body = parsed.article.body_text or ""
    citations = []
    matches = [(m, "unnamed sources", m.group(0)) for m in HEARSAY_RE.finditer(body)]
    # "a story someone told me": the informant is named by the pronoun itself
    matches += [(m, m["who"].lower(), m["who"]) for m in SOMEONE_TOLD_RE.finditer(body)]
    for match, canonical, cited in matches:
        start, end = match.start(), match.end()
        if _inside_quotation(start, context):
            continue
        line_start = body.rfind("\n", 0, start) + 1
        line_end = body.find("\n", end)
        citations.append(Citation(
            citation_id=fact_id(context.article_id, "citation", start),
            article_id=context.article_id, cited_as=cited, canonical_name=canonical,
            source_type="anonymous", cue="hear", sentence=body[line_start : line_end if line_end != -1 else len(body)],
            char_start=start, char_end=end,
        ))
    return citations
