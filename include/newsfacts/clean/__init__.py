"""RawInput -> Article: trafilatura for HTML, the text cleaner for .txt, one reason per rejection."""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime, timedelta

from newsfacts.clean.data_text import data_shape
from newsfacts.clean.dateline import dateline_date, edgar_document
from newsfacts.clean.decode import BOMS, UndecodableError, decode_text
from newsfacts.clean.html import CleanedHtml, clean_html_document
from newsfacts.clean.script_body import script_article_page
from newsfacts.clean.teaser import TEASER_MAX_WORDS, WORD, teaser_marker
from newsfacts.clean.text import clean_text_document
from newsfacts.clean.words import count_words
from newsfacts.ingest.rawstore import read_blob
from newsfacts.records import Article, InputFormat, RawInput, Rejection, RejectReason

MIN_WORDS = 20
# The warehouse's critical quality expectations (quality/suites.py) use these same limits: an
# article outside them would stop the publish of the whole run, so it is quarantined here.
MIN_BODY_CHARS = 100
MAX_BODY_CHARS = 2_000_000
MAX_WORDS = 300_000
EARLIEST_DATE = date(1900, 1, 1)
BOM_PREFIXES = tuple(bom for bom, _encoding in BOMS)
# A main text mostly made of link text is a menu or an index of other pages, not an article.
# Real articles in ../shared/corpus/aeb reach 0.43 (a link round-up); a menu is near 1.
MAX_LINK_SHARE = 0.75
MARKUP_SNIFF_BYTES = 64 * 1024
NO_MARKUP = f"no HTML markup in the first {MARKUP_SNIFF_BYTES // 1024} KB"
# What not_html_problem says of prose with no markup at all: it is read as plain text, not rejected.
MARKUP_FREE_PROSE = "prose with no HTML markup"
MAX_JSON_CHECK_BYTES = 20 * 1024 * 1024
MARKUP = re.compile(r"<(?:!doctype|html|head|body|title|meta|p|div|article|main|section|span|br|h[1-6]|table)\b",
                    re.IGNORECASE)
FEED_ROOT = re.compile(r"^(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF|urlset|sitemapindex)\b",
                       re.IGNORECASE | re.DOTALL)


def content_hash(body_text: str) -> str:
    """Digest of the body with case and spacing folded, so trivial reformatting is a duplicate."""
    folded = " ".join(WORD.findall(body_text.lower()))
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def detect_language(body_text: str) -> str | None:
    """ISO 639-1 code of the body's language (py3langid), None for too little text."""
    if len(body_text) < 20:
        return None
    import py3langid

    language, _score = py3langid.classify(body_text[:10_000])
    return language


def load_models() -> None:
    """Load, once in this process, what cleaning otherwise loads on first use.

    Called before workers fork (newsfacts.cores), so that each worker does not load it again
    for every batch: the language identifier, trafilatura's stop lists (its fallback
    extractor reads them) and dateparser's locales (about 2 s, for a page whose only date is a
    written "published on" line).
    """
    import dateparser
    from trafilatura import external

    detect_language("warm the language model up before the workers fork")
    if external.JT_STOPLIST is None:  # jt_stoplist_init builds it again at every call (0.1 s)
        external.jt_stoplist_init()
    # A word no locale reads makes dateparser try, and so load, every one of them.
    dateparser.parse("xqzvk", settings={"STRICT_PARSING": True})


def clean_kept_input(raw: RawInput, now: datetime) -> Article | Rejection:
    """Read an input's kept bytes back from the raw store and clean them."""
    try:
        payload = read_blob(raw.raw_path)
    except OSError as exc:
        return _reject(raw, now, RejectReason.UNREADABLE, f"kept raw bytes cannot be read: {exc}")
    if hashlib.sha256(payload).hexdigest() != raw.raw_sha256:
        return _reject(raw, now, RejectReason.UNREADABLE, "kept raw bytes changed after discovery")
    return clean_input(raw, payload, now)


def clean_input(raw: RawInput, payload: bytes, now: datetime) -> Article | Rejection:
    """Clean one input's bytes into an Article, or say why it cannot land."""
    try:
        return _clean(raw, payload, now)
    # A bug met by one hostile input must cost that input, not the whole run.
    except Exception as exc:  # noqa: BLE001
        return _reject(raw, now, RejectReason.EXTRACTION_FAILED,
                       f"could not be processed: {type(exc).__name__}: {exc}")


def _reject(raw: RawInput, now: datetime, reason: RejectReason, detail: str) -> Rejection:
    return Rejection(raw.source_uri, reason, detail, raw.raw_sha256, raw.raw_path, now)


def _clean(raw: RawInput, payload: bytes, now: datetime) -> Article | Rejection:
    def reject(reason: RejectReason, detail: str) -> Rejection:
        return _reject(raw, now, reason, detail)

    if not payload.strip():
        return reject(RejectReason.EMPTY, "only whitespace")
    as_text = raw.input_format == InputFormat.TEXT
    if not as_text:
        payload = edgar_document(payload)  # an SEC filing's exhibit: the HTML inside its wrapper
        if b"\x00" in payload[:4096] and not payload.startswith(BOM_PREFIXES):
            return reject(RejectReason.UNDECODABLE, "binary content: NUL bytes in an HTML file")
        if problem := not_html_problem(payload):
            if problem != MARKUP_FREE_PROSE:
                return reject(RejectReason.NOT_HTML, problem)
            as_text = True  # prose saved under .html with no markup at all: read as the text it is
    if as_text:
        try:
            text = decode_text(payload)
        except UndecodableError as exc:
            return reject(RejectReason.UNDECODABLE, str(exc))
        if not text.strip():
            return reject(RejectReason.EMPTY, "only whitespace")
        cleaned = clean_text_document(text)
        url = raw.url
    else:
        try:
            cleaned = clean_html_document(payload, url=raw.url)
        # lxml and trafilatura raise many types on hostile markup; any of them means unparsable.
        except Exception as exc:  # noqa: BLE001
            return reject(RejectReason.UNDECODABLE, f"HTML could not be parsed: {type(exc).__name__}: {exc}")
        if cleaned is None or _too_short(cleaned.body_text):
            # ("Loading…": an app that renders its story from script data)
            cleaned = _script_article(payload, raw.url) or cleaned
        if cleaned is None:
            try:
                decode_text(payload)
            except UndecodableError as exc:
                return reject(RejectReason.UNDECODABLE, f"not an HTML page: {exc}")
            return reject(RejectReason.NO_MAIN_TEXT, "trafilatura found no main text")
        if cleaned.link_share > MAX_LINK_SHARE:
            return reject(RejectReason.NO_MAIN_TEXT,
                          f"main text is {cleaned.link_share:.0%} link text: a navigation or index page")
        n_words = len(WORD.findall(cleaned.body_text))
        if marker := teaser_marker(payload, cleaned.body_text, n_words):
            shown = _hidden_article(payload, raw.url)
            if shown is None:
                return reject(RejectReason.TEASER, f"{n_words} words (< {TEASER_MAX_WORDS}) and {marker}: "
                              "a paywall stub or teaser, not the article")
            cleaned = shown
        url = cleaned.url

    body = cleaned.body_text
    word_count = count_words(body)
    if word_count < MIN_WORDS:
        return reject(RejectReason.NO_MAIN_TEXT, f"main text has {word_count} words (< {MIN_WORDS})")
    if len(body) < MIN_BODY_CHARS:
        return reject(RejectReason.NO_MAIN_TEXT, f"main text has {len(body)} characters (< {MIN_BODY_CHARS})")
    if len(body) > MAX_BODY_CHARS or word_count > MAX_WORDS:
        return reject(RejectReason.TOO_LARGE, f"main text has {len(body)} characters and {word_count} words"
                      f" (limits {MAX_BODY_CHARS} and {MAX_WORDS})")
    language = detect_language(body)
    if raw.expected_language and language != raw.expected_language:
        return reject(RejectReason.OTHER_LANGUAGE,
                      f"text is in '{language}', the source asks for '{raw.expected_language}' only")
    digest = content_hash(body)
    published, published_source = _published(cleaned.published_date, raw.listed_date, now)
    if published is None and (published := plausible_date(dateline_date(body), now)) is not None:
        published_source = "dateline"  # "DUBLIN, July 2, 2014 — ...": a release's own date
    return Article(
        article_id=digest[:16],
        source_uri=raw.source_uri,
        url=url,
        title=cleaned.title,
        publisher=raw.publisher_hint or cleaned.publisher,
        author=cleaned.author,
        published_date=published,
        language=language,
        word_count=word_count,
        body_text=body,
        content_hash=digest,
        raw_sha256=raw.raw_sha256,
        raw_path=raw.raw_path,
        input_format=str(raw.input_format),
        ingested_at=now,
        published_date_source=published_source,
    )


def _too_short(body: str) -> bool:
    """A main text too short to land (the checks below quarantine it for no main text)."""
    return count_words(body) < MIN_WORDS or len(body) < MIN_BODY_CHARS


def _script_article(payload: bytes, url: str | None) -> CleanedHtml | None:
    """The article a page with no main text in its markup ships as script data, if any."""
    try:
        page = script_article_page(payload)
        return clean_html_document(page, url=url) if page is not None else None
    except Exception:  # noqa: BLE001 - the page is quarantined for no main text, as before
        return None


def _hidden_article(payload: bytes, url: str | None) -> CleanedHtml | None:
    """The article a metered paywall hid on a page that reads as a teaser, if it holds one whole."""
    try:
        shown = clean_html_document(payload, url=url, show_hidden=True)
    except Exception:  # noqa: BLE001 - the first read parsed this page; a failure here keeps the teaser
        return None
    if shown is None or shown.link_share > MAX_LINK_SHARE:
        return None
    n_words = len(WORD.findall(shown.body_text))
    return None if teaser_marker(payload, shown.body_text, n_words) else shown


def _published(stated: date | None, listed: date | None, now: datetime) -> tuple[date | None, str | None]:
    """The page's own date, else the one its feed or sitemap gave, with where it came from."""
    if (found := plausible_date(stated, now)) is not None:
        return found, "page"
    if (found := plausible_date(listed, now)) is not None:
        return found, "listing"
    return None, None


def not_html_problem(payload: bytes) -> str | None:
    """Why bytes handed in as HTML are no web page (JSON, a feed, data without markup: a table, a
    log), or None; MARKUP_FREE_PROSE for text with no markup at all that is no data."""
    import json

    try:
        text = decode_text(payload[:MARKUP_SNIFF_BYTES]).lstrip("\ufeff \t\r\n")
    except UndecodableError:
        return None  # the HTML reader says why
    if text[:1] in ("{", "[") and len(payload) <= MAX_JSON_CHECK_BYTES:
        try:
            json.loads(decode_text(payload))
        except (ValueError, UndecodableError):
            pass
        else:
            return "a JSON document, not an HTML page"
    if FEED_ROOT.search(text[:2000]):
        return "an RSS/Atom feed or sitemap, not an HTML page"
    if not MARKUP.search(text):
        # A CSV or a log named .html can be long enough to land as text, and is no article.
        if shape := data_shape(text):
            return f"{NO_MARKUP}: {shape}"
        # (what opens like JSON but is none, cut short or too large to check, is data, not prose)
        return NO_MARKUP if text[:1] in ("{", "[") else MARKUP_FREE_PROSE
    return None


def plausible_date(value: date | None, now: datetime) -> date | None:
    """The published date, or None when it is before 1900 or after tomorrow."""
    if value is None or not EARLIEST_DATE <= value <= now.date() + timedelta(days=1):
        return None
    return value
