"""Headline, authors and publication date of an HTML page, read from the page itself.

trafilatura's metadata is the starting point; these rules fix what it gets wrong on real news:
- Headline: the page's own `<h1>` (the headline as displayed, typographic characters kept),
  choosing among several the one that shares most words with the page's title tags; failing
  that, `og:title`/`<title>` without the site name, section or tagline pages add around it
  ("... - Reuters", "Opinion | ...", "... | MoreBikes").
- Authors: the names in JSON-LD (persons, not organizations), `rel=author` links, author meta
  tags or a labelled field ("Author: ...") (whichever lists the most people), character
  references decoded, without "By", roles ("AP Auto Writer", "MS, RD"), outlets ("Associated
  Press", "Condé Nast", the site itself, the page's named publisher) or CMS accounts ("admin").
  The first line printed as "By <names>" counts as one of the page's own fields (a job title after
  the name cut: "Ann Lee Senior Washington Correspondent"; a byline naming an outlet, "By: CNN
  Wire", credits nobody). An entry with lowercase words other than name particles is a sentence,
  not a name ("Account You're logged"). trafilatura's author only when the page's own fields name
  nobody, and a closing "-- By Ann Lee" paragraph only when nothing else does.
- Date: the first-publication timestamp; when one carries its own UTC offset, its local date.
  Without timestamps, a date in the URL (also "/2010/POLITICS/08/13/") or a labelled field ("Date
  19.01.2020") before the text extractor's guess, and the byline's own stamp ("10/ 5/11 09:19 PM
  ET", a UTC stamp on a US page) when that date is a day later.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from html import unescape
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

if TYPE_CHECKING:
    from collections.abc import Callable

    from lxml.html import HtmlElement

# Between a headline and the site's name: "Story | Site", "Story - Site", "Story « Blog" (a
# guillemet that no » closes; "Le « mot » du jour" quotes).
TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|«(?![^»]*»)|/)\s+")
SECTION_PREFIXES = {"opinion", "editorial", "analysis", "commentary", "column", "review", "video",
                    "watch", "live", "exclusive"}
AUTHOR_PREFIX = re.compile(
    r"^(?:by|text|текст|analysis by|written by|posted by|reporting by|story by|words by|"
    r"publicado por|por|von|par|di|от)\s*[:\-–]?\s+", re.IGNORECASE)
# Words that make a whole byline entry a collective: a desk, a team, an account.
COLLECTIVE_WORDS = {"staff", "bureau", "editorial", "desk", "team", "wire", "wires", "services",
                    "reports", "admin", "administrator", "newsroom", "editors", "webmaster"}
# Words that make what is left of an entry, once roles are cut, an outlet rather than a person.
NOT_PERSON_WORDS = {
    "staff", "bureau", "editorial", "desk", "team", "wire", "wires", "services", "reports",
    "admin", "administrator", "newsroom", "media", "news", "press", "agency", "blog", "weekly",
    "magazine", "editors", "sport", "sports", "reuters", "afp", "ap", "pti", "ians", "cnn",
    "bbc", "nast", "online", "digital", "contributor", "contributors", "guest",
    "webmaster", "redaktion", "redacción", "rédaction", "network", "com", "inc", "ltd",
    "ministry", "ministries", "department", "office", "government", "prefeitura", "municipal",
    "council", "university", "institute", "association", "company", "group", "foundation",
}
# Words a byline appends after the name: roles, outlets, dates.
TRAILING_WORDS = {
    "news", "reporter", "writer", "staff", "ap", "auto", "sports", "national", "political",
    "security", "associated", "press", "editor", "editor-at-large", "cnn", "business",
    "correspondent", "columnist", "contributor", "senior", "chief", "published", "updated",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "sputnik", "international", "reuters", "afp", "is", "a", "the",
    "at", "for", "of", "and", "science", "health", "tech", "technology", "politics",
    "entertainment", "world", "us", "u.s.", "global", "foreign", "affairs", "white", "house",
    "investigative", "special", "contributing", "deputy", "managing", "executive",
}
# Words that open a job title printed after the name ("Ann Lee Senior Washington Correspondent",
# "Ann Lee Staff Writer"): the name ends before the first of them.
ROLE_WORDS = {"reporter", "writer", "correspondent", "columnist", "editor", "editor-at-large",
              "contributor", "senior", "chief", "staff", "deputy", "managing", "executive",
              "contributing", "investigative", "special"}
# Lowercase words a Latin-script name may hold ("Ludwig van Beethoven", "Ana de la Cruz").
NAME_PARTICLES = {"de", "del", "della", "der", "den", "van", "von", "da", "das", "do", "dos", "du",
                  "di", "la", "le", "y", "e", "bin", "ibn", "al", "el", "ter", "ten", "zu", "st",
                  "dela", "degli", "dei", "delle", "des", "bint", "ben", "abu", "ould"}
# Lowercase particles joined to the name by a hyphen or an apostrophe ("Mohammed al-Qahtani",
# "Ahmed el-Sayed", "Mariam as-Sayed", "Jean d'Alembert", "Nico dell'Orto").
JOINED_PARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ud", "ul", "abu", "bin",
                    "ben", "ibn", "d", "l", "dell", "dall", "degl", "'t"}


def _name_particle(word: str) -> bool:
    """Whether a lowercase word may stand in a person's name."""
    word = word.lower()
    return word in NAME_PARTICLES or re.split(r"(?<=.)[-'’]", word, maxsplit=1)[0] in JOINED_PARTICLES


ROLE_SUFFIX = re.compile(r",\s*(?:[A-Z]{2,5}\b|M\.?D\.?|Ph\.?D\.?|RDN?|MS|MPH|RN).*$")
DATE_KEYS = ("article:published_time", "og:published_time", "datepublished", "date",
             "dc.date", "dc.date.issued", "pubdate", "publishdate", "sailthru.date",
             "parsely-pub-date", "article.published", "publication_date", "article_date_original",
             "original-publish-date", "publish-date")
ISO_TIMESTAMP = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2})(?:[T ](?P<time>\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)"
    r"\s*(?P<zone>Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?")
# Time zones pages name beside a time ("10:01 pm PST"), as hours from UTC (standard, daylight).
ZONE_NAMES = {"EST": (-5, -5), "EDT": (-4, -4), "ET": (-5, -4), "CST": (-6, -6), "CDT": (-5, -5),
              "CT": (-6, -5), "MST": (-7, -7), "MDT": (-6, -6), "MT": (-7, -6), "PST": (-8, -8),
              "PDT": (-7, -7), "PT": (-8, -7), "HST": (-10, -10), "AKST": (-9, -9),
              "BST": (1, 1), "CET": (1, 1), "CEST": (2, 2), "IST": (5.5, 5.5), "JST": (9, 9),
              "KST": (9, 9), "AEST": (10, 10), "AEDT": (11, 11), "SGT": (8, 8), "HKT": (8, 8)}
ZONE_RE = re.compile(r"\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(" + "|".join(ZONE_NAMES) + r")\b",
                     re.IGNORECASE)
# The same, with the clock time's parts: "3:53 p.m. EST".
ZONED_CLOCK_RE = re.compile(r"\b(?P<hour>\d{1,2}):(?P<minute>\d{2})\s*(?P<half>[ap])?\.?(?:m\.?)?\s*(?:"
                            + "|".join(ZONE_NAMES) + r")\b", re.IGNORECASE)


def load_tree(html: bytes | str) -> HtmlElement | None:
    """The page parsed with trafilatura's loader (which detects the encoding)."""
    from trafilatura.utils import load_html

    return load_html(html)


def squash(text: str | None) -> str:
    """Whitespace collapsed to single spaces, ends stripped.

    str.split() splits on exactly the characters re's \\s matches, at a fifth of re.sub's cost:
    cleaning squashes every short element's text of a page, some 1,200 calls a page.
    """
    return " ".join((text or "").split())


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _site_keys(sitename: str | None, hostname: str | None) -> set[str]:
    keys = set()
    if sitename:
        keys.add(_key(sitename))
        # "Deutsche Welle (www.dw.com)": the name without the address in brackets
        keys.add(_key(re.sub(r"\s*\([^)]*\)", "", sitename)))
    if hostname:
        labels = [label for label in hostname.lower().split(".") if label not in {"www", "m", "amp"}]
        keys |= {_key(label) for label in labels[:-1] if len(label) > 2}
        keys.add(_key(".".join(labels)))
    return keys - {""}


def _is_site_segment(segment: str, site_keys: set[str]) -> bool:
    key = _key(segment)
    if not key:
        return True
    return any(key == k or (len(k) >= 5 and abs(len(key) - len(k)) <= 6
                            and (key.startswith(k) or k.startswith(key)))
               for k in site_keys)


def strip_site_affixes(title: str, sitename: str | None, hostname: str | None) -> str:
    """'Story - Reuters' -> 'Story'; 'Opinion | Story' -> 'Story'; keeps inner separators."""
    site_keys = _site_keys(sitename, hostname)
    parts = TITLE_SEPARATORS.split(title)
    separators = TITLE_SEPARATORS.findall(title)
    if len(parts) == 1:
        return title.strip()
    # Drop the site name and everything after it (taglines), or before it when it leads.
    for i in range(len(parts) - 1, 0, -1):
        if _is_site_segment(parts[i], site_keys):
            parts, separators = parts[:i], separators[: i - 1]
            break
    if len(parts) > 1 and (_is_site_segment(parts[0], site_keys)
                           or parts[0].strip().lower() in SECTION_PREFIXES):
        parts, separators = parts[1:], separators[1:]
    out = parts[0]
    for separator, part in zip(separators, parts[1:], strict=False):
        out += separator + part
    return out.strip()


# A block that offers a newsletter or a subscription ("newsletter-signup", "subscribe-modal"): its
# h1 ("Thank you for your subscription!", "Get our daily briefing") is a form's heading.
SIGNUP_BLOCK = re.compile(r"newsletter|sign-?up|subscri", re.IGNORECASE)


def _in_signup_block(element: HtmlElement) -> bool:
    return any(SIGNUP_BLOCK.search(f'{a.get("class") or ""} {a.get("id") or ""}')
               for a in element.iterancestors() if a.tag not in {"body", "html"})


# The class of a blog's or a section's banner ("blog-banner-title", "section-masthead"): its h1
# prints the blog's name ("The Schmooze: Your Jewish Pop Culture Fix"), not the post's headline.
BANNER_CLASS = re.compile(r"banner|masthead", re.IGNORECASE)


def _is_banner(h1: HtmlElement, text: str, og: str | None) -> bool:
    """An h1 whose class calls it a banner and that shares no content word with the og:title while
    another heading does: the blog's name over every post (a headline styled as a "hero banner"
    shares its words)."""
    def content(words: str) -> set[str]:
        return {w for w in _words(words) if len(w) > 4}  # "the", "your", "about": any two lines share them

    if not (og and BANNER_CLASS.search(h1.get("class") or "") and not content(text) & content(og)):
        return False
    # Only when another heading prints the og:title's words is the banner not the headline: a short
    # headline ("Biden wins Georgia") may share no long word with a longer og:title.
    return any(content(squash(h.text_content())) & content(og) for h in h1.getroottree().iter("h1", "h2", "h3")
               if h is not h1 and not _in_signup_block(h))


def _moved_out_text(h1: HtmlElement, og: str | None) -> str:
    """A template that wraps its headline in a <p> inside the h1 ('<h1><p>Headline</p></h1>'):
    lxml closes the h1 before the <p>, leaving the h1 empty and the headline in the paragraph
    right after it, which the browser shows inside the h1. That paragraph, when most of its words
    are the og:title's, is the h1's text; else none."""
    after = h1.getnext()
    if og is None or h1.getchildren() or after is None or after.tag != "p" or (h1.tail or "").strip():
        return ""
    text = squash(after.text_content())
    words = _words(text)
    return text if words and len(words & _words(og)) >= 0.6 * len(words) else ""


def _h1_texts(tree: HtmlElement, og: str | None = None) -> list[tuple[str, bool]]:
    """(text, is inside article/main) of every non-empty h1 outside a sign-up block and no blog's
    banner, in page order."""
    out = []
    for h1 in tree.iter("h1"):
        if _in_signup_block(h1):
            continue
        text = squash(h1.text_content()) or _moved_out_text(h1, og)
        if _is_banner(h1, text, og):
            continue
        if text and len(text) <= 300:
            inside = any(a.tag in {"article", "main"} for a in h1.iterancestors())
            out.append((text, inside))
    return out


def meta_keys(meta: HtmlElement) -> set[str]:
    """The names a meta tag answers to: its property, name and itemprop, lower-cased. A tag may
    carry two ("<meta itemprop=datePublished name=article:published>"), each a key of its own."""
    return {key.lower() for key in (meta.get("property"), meta.get("name"), meta.get("itemprop")) if key}


_METAS_BY_TREE: WeakKeyDictionary = WeakKeyDictionary()


def meta_pairs(tree: HtmlElement) -> list[tuple[set[str], str]]:
    """(keys, value) of each named meta tag with a value, in page order. A value is the tag's
    content, or its value attribute on a page that writes its metas so ("<meta name=author
    value=...>": some templates, and pages saved by a parser that normalises metas); on a page
    that writes content, a lone value attribute is a theme's leftover (a template author's name)."""
    if tree in _METAS_BY_TREE:
        return _METAS_BY_TREE[tree]
    metas = [meta for meta in tree.iter("meta") if meta_keys(meta)]
    by_value = sum(1 for m in metas if m.get("value") and not m.get("content")) > sum(1 for m in metas if m.get("content"))
    pairs = [(meta_keys(m), value) for m in metas
             if (value := m.get("content") or (m.get("value") if by_value else None))]
    _METAS_BY_TREE[tree] = pairs
    return pairs


def _meta(tree: HtmlElement, *names: str) -> str | None:
    wanted = {n.lower() for n in names}
    for keys, value in meta_pairs(tree):
        if keys & wanted and value.strip():
            return squash(value)
    return None


def _looks_like_headline(text: str, site_keys: set[str]) -> bool:
    if _is_site_segment(text, site_keys):
        return False
    spaced = len(text.split()) >= 3
    return spaced or (len(text) >= 8 and not re.search(r"[A-Za-z]", text))


def _page_urls(tree: HtmlElement) -> list[str]:
    """The page's own address: its canonical link(s), then og:url."""
    links = [link.get("href") for link in tree.iter("link") if (link.get("rel") or "").lower() == "canonical"]
    return [url for url in [*links, _meta(tree, "og:url")] if url]


def page_hostname(tree: HtmlElement | None, hostname: str | None) -> str | None:
    """The site's host name, from the URL or else the page's canonical link or og:url."""
    if hostname or tree is None:
        return hostname
    from urllib.parse import urlsplit

    for candidate in _page_urls(tree):
        if candidate.startswith(("http://", "https://")):
            return urlsplit(candidate).hostname
    return None


def headline(tree: HtmlElement | None, meta_title: str | None, sitename: str | None,
             hostname: str | None) -> str | None:
    """The article's headline as the page shows it."""
    hostname = page_hostname(tree, hostname)
    og = _meta(tree, "og:title", "twitter:title") if tree is not None else None
    if sitename and og and squash(sitename) == squash(og):
        # a site name that is the story's own og:title was misread from the page (a template
        # that writes its metas "<meta name=og:site_name value=TMZ>"): no site name to strip
        sitename = None
    site_keys = _site_keys(sitename, hostname)
    title_tag = None
    if tree is not None:
        found = tree.find(".//title")
        title_tag = squash(found.text_content()) if found is not None else None
    reference = og or title_tag or meta_title
    cleaned = strip_site_affixes(reference, sitename, hostname) if reference else None
    marked = _headline_over_alternative(tree, site_keys) if tree is not None else None
    if marked is not None and _agrees_with_title(marked := strip_site_affixes(marked, sitename, hostname), cleaned):
        # (only when the page's og:title or <title> names the same headline: a lone
        # itemprop=headline may mark a related story's card or a dek under the h1)
        return marked
    if tree is not None:
        h1_texts = _h1_texts(tree, og)
        candidates = [(t, inside) for t, inside in h1_texts if _looks_like_headline(t, site_keys)]
        if h1_texts and not candidates and (header := _header_h2(tree, site_keys)) is not None:
            return header  # every h1 is the site's logo: the article header's h2 is the headline
        if candidates:
            ref_words = _words(" ".join(x for x in (og, title_tag, meta_title) if x))

            def overlap(text: str) -> float:
                words = _words(text)
                return len(words & ref_words) / len(words) if words else 0.0

            best = max(candidates, key=lambda c: (overlap(c[0]), c[1]))
            if overlap(best[0]) >= 0.3 or len(candidates) == 1 or best[1]:
                return strip_site_affixes(best[0], sitename, hostname)
        # No h1 and no og:title: a headline the page marks as such beats a <title> that does not
        # name the story ("News from The Associated Press", the site's generic title).
        elif not og and (marked := marked_headline(tree, site_keys)) is not None and (
                not cleaned or len(_words(marked) & _words(cleaned)) < 0.5 * len(_words(marked))):
            return marked
    if cleaned and tree is not None and (printed := _printed_first_part(tree, cleaned)) is not None:
        return printed
    return cleaned or None


def _agrees_with_title(marked: str | None, title: str | None) -> bool:
    """Whether a heading and the page's own title (og:title or <title>, site name stripped) name
    the same headline: one holds the other, letters and digits compared."""
    if not marked or not title:
        return False
    a, b = (re.sub(r"[^a-z0-9]+", " ", text.lower()).strip() for text in (marked, title))
    return bool(a and b) and (a in b or b in a)


def _headline_over_alternative(tree: HtmlElement, site_keys: set[str]) -> str | None:
    """A page whose h1 it marks itemprop="alternativeHeadline" (a short kicker over the story,
    "Millennial Decorating Mistakes") and another visible heading itemprop="headline": the one it
    marks as the headline is the title, the alternative yields to it."""
    if not any((h1.get("itemprop") or "").lower() == "alternativeheadline" for h1 in tree.iter("h1")):
        return None
    texts = []
    for element in tree.xpath('//*[@itemprop="headline"]'):
        if element.tag in {"meta", "link", "script", "style", "body", "html"}:
            continue
        if any(a.tag in TEASER_ANCESTORS for a in element.iterancestors()):
            continue
        text = squash(element.text_content())
        if text and len(text) <= 300 and _looks_like_headline(text, site_keys) and text not in texts:
            texts.append(text)
    return texts[0] if len(texts) == 1 else None


# Classes that hide a heading from the eye (kept for screen readers): "Site Navigation", "Related".
HIDDEN_HEADING_CLASS = re.compile(r"sr-only|screen-reader|visually-hidden|visuallyhidden|hidden", re.IGNORECASE)


def _header_h2(tree: HtmlElement, site_keys: set[str]) -> str | None:
    """The one visible h2 inside a <header> element, outside menus, sidebars and links, that reads
    as a headline: a template that gives its h1s to the logo prints the story's headline so."""
    texts = []
    for h2 in tree.iter("h2"):
        if HIDDEN_HEADING_CLASS.search(h2.get("class") or ""):
            continue
        ancestors = list(h2.iterancestors())
        if not any(a.tag == "header" for a in ancestors) or any(a.tag in TEASER_ANCESTORS for a in ancestors):
            continue
        text = squash(h2.text_content())
        if text and len(text) <= 300 and _looks_like_headline(text, site_keys) and text not in texts:
            texts.append(text)
    return texts[0] if len(texts) == 1 else None


def _printed_first_part(tree: HtmlElement, title: str) -> str | None:
    """The first part of a title still joined to others ("Anti-patterns: things to avoid - Agentic
    Engineering Patterns": a chapter and its guide) when a heading of the page prints that part
    alone: the page's own headline, the rest a series' or a guide's name."""
    parts = TITLE_SEPARATORS.split(title)
    if len(parts) < 2 or len(parts[0].split()) < 2:
        return None
    for heading in tree.iter("h1", "h2"):
        if any(a.tag in TEASER_ANCESTORS for a in heading.iterancestors()):
            continue
        if squash(heading.text_content()) == parts[0]:
            return parts[0]
    return None


# Elements a template marks as the story's headline when it has no h1: hAtom's "entry-title",
# a "headline" class, schema.org's itemprop="headline".
MARKED_HEADLINE_XPATH = ('//*[@itemprop="headline"] | //*[contains(concat(" ", normalize-space(@class), " "),'
                         ' " entry-title ")] | //*[contains(concat(" ", normalize-space(@class), " "), " headline ")]')


# Where a marked headline is another story's: inside a link, a sidebar, a menu or the footer.
TEASER_ANCESTORS = {"a", "aside", "nav", "footer"}
# The names of weekdays and months: a byline entry holding one of each is a date line's start.
WEEKDAY_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december"}


def marked_headline(tree: HtmlElement, site_keys: set[str]) -> str | None:
    """The text of the one headline a page marks (several different ones: a list of stories)."""
    texts = []
    for element in tree.xpath(MARKED_HEADLINE_XPATH):
        if element.tag in {"meta", "link", "script", "style", "body", "html"}:
            continue
        if any(a.tag in TEASER_ANCESTORS for a in element.iterancestors()):
            continue  # another story's teaser: a linked headline, or one in a sidebar or menu
        text = squash(element.text_content())
        if text and len(text) <= 300 and _looks_like_headline(text, site_keys) and text not in texts:
            texts.append(text)
    return texts[0] if len(texts) == 1 else None


# The JSON-LD objects of each tree still in use: the byline and the date both read them, three
# or four times a page. Keyed weakly, so a page's objects go with its tree; a tree's scripts are
# read once, and the metadata readers never change them.
_JSONLD_BY_TREE: WeakKeyDictionary = WeakKeyDictionary()


def _jsonld_objects(tree: HtmlElement) -> list[dict]:
    """Every object (nested ones too) of the page's JSON-LD scripts, in document order."""
    objects = _JSONLD_BY_TREE.get(tree)
    if objects is None:
        objects = _JSONLD_BY_TREE[tree] = _parsed_jsonld(tree)
    return objects


def _parsed_jsonld(tree: HtmlElement) -> list[dict]:
    objects: list[dict] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            objects.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            walk(json.loads(script.text))
        except ValueError:
            continue
    return objects


ORGANIZATION_TYPES = {"organization", "newsmediaorganization", "corporation", "brand"}


def _jsonld_authors(objects: list[dict]) -> list[str]:
    names: list[str] = []
    for obj in objects:
        if "author" not in obj or not str(obj.get("@type", "")).lower().endswith(
            ("article", "posting", "report", "webpage", "blogposting", "newsarticle")
        ):
            continue
        authors = obj["author"] if isinstance(obj["author"], list) else [obj["author"]]
        for author in authors:
            if isinstance(author, dict) and str(author.get("@type", "")).lower() in ORGANIZATION_TYPES:
                continue  # the outlet credited as author, not a person
            name = author.get("name") if isinstance(author, dict) else author
            if isinstance(name, str) and name.strip():
                names.append(name)
        if names:
            return names
    return names


def _publisher_keys(tree: HtmlElement, objects: list[dict]) -> set[str]:
    """Keys of the names the page gives its publisher (meta publisher, og:site_name, JSON-LD
    publisher): the outlet credited as author ("Deutsche Welle (www.dw.com)") is no person."""
    names = [_meta(tree, "publisher"), _meta(tree, "og:site_name"), _meta(tree, "application-name")]
    for obj in objects:
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            names.append(publisher["name"])
    keys = set()
    for name in names:
        if name:
            name = unescape(name)
            keys |= {_key(name), _key(re.sub(r"\s*\([^)]*\)", "", name))}
    return keys - {""}


# A label the page sets before a value in its own element: "<strong>Author</strong> Ann Lee",
# "<span>Author: </span><a>Ann Lee</a>", "<dt>Date</dt><dd>19.01.2020</dd>".
LABEL_TAGS = ("strong", "b", "span", "dt", "th", "label", "em", "h4", "h5", "div", "p")
AUTHOR_LABEL = re.compile(r"(?:authors?|written by|autor(?:in|en)?|auteurs?|autore)\s*:?", re.IGNORECASE)
DATE_LABEL = re.compile(r"(?:date|published(?: on)?|publication date|date published|"
                        r"datum|veröffentlicht(?: am)?|fecha|publié le)\s*:?", re.IGNORECASE)
MAX_LABELLED_CHARS = 80


def labelled_value(tree: HtmlElement, label: re.Pattern) -> str | None:
    """The text a page shows right after the first element that holds only `label`: the rest
    of its parent's text, or the next cell of a `<dt>`/`<th>`. None when that text is empty or
    longer than MAX_LABELLED_CHARS (a label over a block of text, not a field)."""
    for element in tree.iter(*LABEL_TAGS):
        if len(element) > 1:
            continue  # tested first: it spares squashing the text of every container of the page
        text = squash(element.text_content())
        if not text or not label.fullmatch(text):
            continue
        if element.tag in {"dt", "th"}:
            following = element.getnext()
            value = squash(following.text_content()) if following is not None else ""
        else:
            parent = element.getparent()
            whole = squash(parent.text_content()) if parent is not None else ""
            value = whole[len(text):] if whole.startswith(text) else ""
        value = value.strip(" :|")
        if value and len(value) <= MAX_LABELLED_CHARS:
            return value
    return None


# The label of an author's archive link printed before the name ("Show all articles of Ann Lee",
# "More from Ann Lee", "View all posts by Ann Lee"): the link's name is the author's.
ARCHIVE_PREFIX = re.compile(r"^(?:(?:see|view|read|browse|show)\s+)?(?:(?:all|more)\s+)?(?:posts|articles|"
                            r"stories|entries|columns)\s+(?:by|from|of)\s+|^more\s+(?:from|by)\s+",
                            re.IGNORECASE)


def text_with_breaks(element: HtmlElement, separator: str = " ") -> str:
    """An element's text with each <br> read as `separator` ("Show all articles of<br>Ann Lee"
    is two lines, not "ofAnn"), whitespace collapsed in each line."""
    parts: list[str] = []

    def walk(node: HtmlElement) -> None:
        if node.tag == "br":
            parts.append("\n")
        elif isinstance(node.tag, str) and node.tag not in NOT_TEXT_TAGS:
            parts.append(node.text or "")
            for child in node:
                walk(child)
                parts.append(child.tail or "")

    walk(element)
    lines = (squash(line) for line in "".join(parts).split("\n"))
    return separator.join(line for line in lines if line)


def clean_author(name: str, site_keys: set[str]) -> str | None:
    """A byline entry as a plain person's name, or None when it names no person."""
    from newsfacts.extract.sources import MEDIA_OUTLETS, NEWS_AGENCIES

    name = squash(unescape(name))
    if not name or name.startswith(("http://", "https://", "@")) or "@" in name:
        return None
    if _words(name) & COLLECTIVE_WORDS or re.match(r"(?i)^(?:the|follow)\b", name):
        return None
    name = AUTHOR_PREFIX.sub("", ARCHIVE_PREFIX.sub("", name))
    name = ROLE_SUFFIX.sub("", name)
    name = re.split(r"\s*(?:,|\||\s-\s|–|—|/|\bis an?\b)\s*|\s+(?:in|for)\s+(?=[A-Z])", name)[0]
    words = name.split()
    for i in range(2, len(words)):
        if words[i].lower().strip(".,") in ROLE_WORDS:
            words = words[:i]  # the job title under the name: "Ann Lee Senior Washington Correspondent"
            break
    while len(words) > 2 and words[-1].lower().strip(".,") in TRAILING_WORDS:
        words.pop()
    name = " ".join(words).strip(" .,:;-–—|")
    lower = name.lower()
    if not name or lower in NEWS_AGENCIES or lower in MEDIA_OUTLETS or _key(name) in site_keys:
        return None
    if _names_site_unit(words, site_keys):
        return None  # the outlet's own unit: "MIT Technology Review Insights", "Example Times Wire"
    if _words(name) & NOT_PERSON_WORDS:
        return None
    if all(w.lower().strip(".,") in ROLE_WORDS | MONTH_NAMES | WEEKDAY_NAMES or w.strip(".,").isdigit()
           for w in words) and (
            any(w.lower().strip(".,") in ROLE_WORDS for w in words)):
        return None  # a role alone as the byline ("Editor"), the date line glued to it ("Editor December")
    if _words(name) & WEEKDAY_NAMES and _words(name) & MONTH_NAMES:
        return None  # a date line's weekday and month ("Wednesday January 18, 2017"), not a person
    latin = re.search(r"[A-Za-z]", name) is not None
    if latin and any(w[0].islower() and not _name_particle(w) for w in name.split()) and not (
            name.islower() and len(words) <= 3):
        return None  # words of a sentence, not a name: a login widget's "Account You're logged"
    if len(words) < 2 and (latin or re.search(r"[\u0400-\u04ff]", name)):
        return None  # a first name, a handle or an account ("Josh", "jdadmin", "Vortex")
    if name.isupper() and latin:
        name = name.title()
    return name


def _names_site_unit(words: list[str], site_keys: set[str]) -> bool:
    """Whether a byline holds the site's name (two words or more) beside other words: a unit of
    the publisher ("MIT Technology Review Insights"), not a person."""
    for start in range(len(words)):
        for end in range(start + 2, len(words) + 1):
            if end - start < len(words) and _key(" ".join(words[start:end])) in site_keys:
                return True
    return False


# A site named for its owner: "Ann Lee's Weblog", "Ann Lee’s blog". The owner's name is also the
# site's (annlee.net), yet a person, the author of the site's posts.
SITE_OWNER = re.compile(r"(?P<name>.+?)\s*['’]s\s+(?:web\s?log|blog|web\s?site|site|newsletter|journal|"
                        r"notebook|home\s?page|notes|substack)", re.IGNORECASE)


def site_owner_key(tree: HtmlElement, sitename: str | None) -> str | None:
    """The key of the person a site is named for (og:site_name "Ann Lee's Weblog"), or None."""
    for name in (_meta(tree, "og:site_name", "application-name"), sitename):
        match = SITE_OWNER.fullmatch(squash(unescape(name or "")))
        if match and len(match["name"].split()) >= 2:
            return _key(match["name"])
    return None


# A meta byline lists its people with commas, semicolons, "and" or "&", the last often after an
# Oxford comma ("A, B, and C"): the comma and the "and" are one separator.
META_AUTHOR_SPLIT = re.compile(r"\s*(?:[;,]\s*(?:and|&)\s+|;|,|\s+and\s+|\s+&\s+)\s*", re.IGNORECASE)
NAMES_JOINED = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)


# "Department of Health and Social Care", "Office for Science and Technology": a body's name
# whose own "and" joins no two people.
BODY_NAME_WORDS = re.compile(r"\s(?:of|for|on)\s")


def _joined_names(entries: list[str]) -> list[str]:
    """Entries as one name each: "MEG KINNARD and ERRIN HAINES" in one JSON-LD author is two
    people when each side is a name of two words or more; a leading "and" ("and Tom Watkins", the
    end of a list cut at its commas) is no part of a name."""
    out: list[str] = []
    for entry in entries:
        entry = re.sub(r"(?i)^\s*(?:and|&)\s+", "", entry)
        parts = NAMES_JOINED.split(entry)
        if len(parts) > 1 and all(len(p.split()) >= 2 for p in parts) and not BODY_NAME_WORDS.search(entry):
            out += parts
        else:
            out.append(entry)
    return out


def _unique(names: list[str]) -> list[str]:
    """Drop repeats and shorter spellings ('Troy Smith' beside 'Troy L. Smith')."""
    out: list[str] = []
    for name in names:
        words = _words(name)
        if any(words <= _words(kept) for kept in out):
            continue
        out = [kept for kept in out if not _words(kept) <= words]
        out.append(name)
    return out


def authors(tree: HtmlElement | None, fallback: str | Callable[[], str | None] | None,
            sitename: str | None, hostname: str | None) -> list[str]:
    """The people credited in the byline, in byline order. `fallback` is the text extractor's
    author, or a function that finds it: called only when the page's own fields name nobody
    (trafilatura's author search copies the whole tree)."""
    site_keys = _site_keys(sitename, page_hostname(tree, hostname))
    lists: list[list[str]] = []
    meta_at = None  # where the author meta's names stand in `lists`
    if tree is not None:
        objects = _jsonld_objects(tree)
        site_keys |= _publisher_keys(tree, objects)
        site_keys.discard(site_owner_key(tree, sitename))
        lists.append(_jsonld_authors(objects))
        # (a rel=author link in a block of other stories credits that story: "More from ...")
        # (so does one in another story's <article> card than the headline's: a sidebar widget's)
        headline_article = _headline_article(tree)
        lists.append([text_with_breaks(e) for e in tree.xpath('//*[@rel="author"]')
                      if not _in_teaser_block(e) and not _in_other_article(e, headline_article)][:10])
        meta = _meta(tree, "author", "article:author", "parsely-author", "sailthru.author", "byl",
                     "dc.creator")
        # Entities are decoded before the split: "O&#039;Donnell" holds a ';'.
        meta_at = len(lists)
        lists.append(META_AUTHOR_SPLIT.split(unescape(meta)) if meta else [])
        labelled = labelled_value(tree, AUTHOR_LABEL)
        lists.append(META_AUTHOR_SPLIT.split(labelled) if labelled else [])
        lists.append(by_line_names(tree))
    best: list[str] = []
    cleaned = [_cleaned_names(candidates, site_keys) for candidates in lists]
    meta_names = cleaned[meta_at] if meta_at is not None else []
    # The text extractor's author only when the page's own fields name nobody: it merges them
    # with whatever else it took for a byline (a CMS producer's meta author, a name near the
    # headline), so it adds people to a complete JSON-LD list.
    for names in cleaned:
        # A list may add people to the one before only when it keeps them all: rel=author links
        # also mark the authors of related stories in a sidebar.
        keeps_best = {n.lower() for n in best} <= {n.lower() for n in names}
        if len(names) > len(best) and (not best or (keeps_best and len(names) <= 4)):
            best = names
    if best and len(best) > 1 and best == meta_names and author_page_link(tree, site_keys) == best[:1] and (
            not _byline_joins(tree, best[0], best[1:])):
        # An author meta that lists the byline's one linked writer first and then more people
        # ("Connie Wang,Ann Roe,Bo Lee at Muse Models"): the shoot's credits (photographer, models,
        # stylists) a template fills the meta with; the byline credits the writer alone.
        return best[:1]
    if best:
        return best
    if callable(fallback):
        fallback = fallback()
    extractor = _cleaned_names(re.split(r"\s*;\s*", unescape(fallback)) if fallback else [], site_keys)
    if tree is not None:
        extractor = [name for name in extractor if not _only_in_comments(tree, name)]
    if extractor or tree is None:
        return extractor
    return (archive_link_author(tree, site_keys) or single_name_byline(tree, site_keys)
            or closing_byline(tree, site_keys) or credit_line(tree, site_keys)
            or dated_block_author(tree, site_keys) or author_page_link(tree, site_keys))


def _cleaned_names(candidates: list[str], site_keys: set[str]) -> list[str]:
    return _unique([n for n in (clean_author(c, site_keys) for c in _joined_names(candidates)) if n])


# A byline printed as its own line of text: "By Ann Lee", "By: ANN LEE and BOB ROE" (a text node
# between tags or <br>s), or "By" followed by the names in their own elements ("By <b>Ann Lee</b>,
# CNN", "By <a>Ann Lee</a>, <a>Bob Roe</a>", "<em>By</em> <a>Ann Lee</a>").
# (names may be listed with commas: "By Stefan Becket, Kathryn Watson, Grace Segers")
BY_LINE = re.compile(r"^\s*by\s*:?\s+(?P<names>[^\W\d_][\w.'’-]*,?(?:\s+[\w.'’&-]+,?){1,11}?)\s*$",
                     re.IGNORECASE)
BY_ALONE = re.compile(r"^\s*by\s*:?\s*$", re.IGNORECASE)
# Where a name printed after "By" may be, and what may join two of them.
NAME_TAGS = {"a", "b", "strong", "span", "em", "i"}
NAMES_SEPARATOR = re.compile(r"^\s*(?:,|;|and|&|,\s*and)\s*$", re.IGNORECASE)
# Elements whose text is no byline.
NOT_TEXT_TAGS = {"script", "style", "noscript", "template", "textarea", "option", "title", "head"}


TRAILING_SEPARATOR = re.compile(r"^(?P<name>.*?)\s*(?:,|;|&|,?\s+and)$", re.IGNORECASE)


def _names_after(element: HtmlElement | None) -> list[str]:
    """The texts of `element` and of the name elements that follow it joined by "," or "and".

    A template may wrap each name with its separator in an element of its own ("<span>By <a>ANN
    LEE</a>, </span><span><a>BOB ROE</a> and </span><span>CY DOE</span>"): a separator at the end
    of a name element's text joins it to the next element, and a name's last element leads on to
    the element after its wrapper."""
    out: list[str] = []
    while element is not None and isinstance(element.tag, str) and element.tag in NAME_TAGS:
        text = squash(element.text_content())
        inner = TRAILING_SEPARATOR.match(text)
        out.append(inner["name"] if inner else text)
        joined = NAMES_SEPARATOR.match(element.tail or "") or (inner and not squash(element.tail))
        following = element.getnext()
        parent = element.getparent()
        if following is None and joined and parent is not None and parent.tag in NAME_TAGS and (
                not squash(parent.tail)):
            following = parent.getnext()  # the wrapper of this name ends; the next one follows
        if following is None or not joined:
            break
        element = following
    return out


# How BY_LINE and BY_ALONE open, once spacing is stripped: a text opening otherwise is skipped
# before them (_by_line asks this of every element's own text and every tail of a page).
BY_OPENINGS = {"by", "bY", "By", "BY"}


# A date stamp, then "by", before the byline's name element: "Jan 18, 2017 11:44 am PST by",
# "January 17, 2017 at 6:08 PM ET by".
STAMP_THEN_BY = re.compile(r"^\s*(?P<stamp>(?:[A-Z][a-z]+,?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+"
                           r"(?:19|20)\d\d(?:,?\s+at(?=\s+\d))?[^A-Za-z]{0,12}(?:[aApP]\.?[mM]\.?\s*)?"
                           r"(?:[A-Z]{2,4}\s*)?)by\s*:?\s*$")


def _by_line_entries(element: HtmlElement) -> list[str] | None:
    """The names of a "By ..." line that starts in `element`'s own text or in a child's tail."""
    text = element.text
    if text and text.lstrip()[:2] in BY_OPENINGS:
        if match := BY_LINE.match(text):
            return META_AUTHOR_SPLIT.split(match["names"])
        if BY_ALONE.match(text):
            if len(element):
                return _names_after(element[0])
            # "<span>By:</span> CNN Wire", "<em>By</em> <a>Ann Lee</a>": the names follow the
            # element that holds only "By".
            if squash(element.tail):
                return META_AUTHOR_SPLIT.split(squash(element.tail))
            return _names_after(element.getnext())
    if text and len(element) and (stamp := STAMP_THEN_BY.match(text)) and not _reads_as_sentence(
            stamp["stamp"], SHOWN_DATE.search(stamp["stamp"]) or EMPTY_MATCH):
        # A date line that ends in "by" before the name's element ("Wednesday January 18, 2017
        # 11:44 am PST by <a>Ann Lee</a>").
        return _names_after(element[0])
    for child in element:
        text = child.tail
        if not text or not text.lstrip().startswith(("By", "BY")):
            continue  # "a paper by <a>Ann Lee</a>" inside a sentence
        if match := BY_LINE.match(text):
            return META_AUTHOR_SPLIT.split(match["names"])
        if BY_ALONE.match(text) and (following := child.getnext()) is not None:
            return _names_after(following)
    return None


# A block of other stories by its class or id ("related-stories", "trending", "most-read",
# "latest-news", a "micro-carousel" of story cards): its cards' "By Jane Roe" lines credit other
# stories. Not "sidebar" or "recommended": templates put them on <body> or on the article's own
# wrapper ("one-sidebar", "bgr-recommended").
TEASER_BLOCK_CLASS = re.compile(r"(?:^|[-_])(?:related|trending|teasers?|most-?(?:read|popular|viewed)|"
                                r"(?:more-|top-)?stories|latest-news|carousel|navigation)(?:$|[-_])")


def _headline_article(tree: HtmlElement) -> HtmlElement | None:
    """The <article> element that holds the page's first <h1>, if one does."""
    heading = next(iter(tree.iter("h1")), None)
    return None if heading is None else next(heading.iterancestors("article"), None)


def _in_other_article(element: HtmlElement, headline_article: HtmlElement | None) -> bool:
    """Whether an element sits in an <article> other than the one of the page's headline: a card of
    another story in a list or a sidebar widget ("<section class=widget><article>..."), whose
    author link credits that story."""
    if headline_article is None:
        return False
    own = next(element.iterancestors("article"), None)
    return own is not None and own is not headline_article and headline_article not in own.iterancestors()


def _in_teaser_block(element: HtmlElement) -> bool:
    """Whether an element sits in a block of other stories, by the block's class or id."""
    return any(TEASER_BLOCK_CLASS.search(word) for a in element.iterancestors() if a.tag not in {"body", "html"}
               for word in ((a.get("class") or "") + " " + (a.get("id") or "")).lower().split())


def _by_line(tree: HtmlElement) -> tuple[HtmlElement, list[str]] | None:
    """The element of the page's first "By <names>" line, outside links, sidebars, menus, footers
    and comments, with the entries it names."""
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in NOT_TEXT_TAGS:
            continue
        entries = _by_line_entries(element)
        if not entries:
            continue
        if element.tag in TEASER_ANCESTORS or any(a.tag in TEASER_ANCESTORS for a in element.iterancestors()):
            continue  # another story's byline in a teaser, a sidebar or a menu
        if _in_comments(element) or _in_teaser_block(element):
            continue
        if element.tag == "figcaption" or any(a.tag == "figcaption" for a in element.iterancestors()):
            continue  # a photo's credit ("by Tom Jones"), not the story's byline
        if element.tag in {"h1", "h2"}:
            continue  # a headline or a section's title ("By Popular Demand", "By Any Means Necessary")
        return element, entries
    return None


def by_line_names(tree: HtmlElement) -> list[str]:
    """The people of the page's first line that reads only "By <names>" (the byline as printed);
    [] when that line names no person ("By: CNN Wire").

    A name is cleaned as any byline entry (roles and outlets dropped), and every entry must be a
    person's name: "By the way" or "By 2030" is a sentence, not a byline."""
    found = _by_line(tree)
    if found is None:
        return []
    # A printed byline is capitalised ("By signing in" is a sign-up form's sentence), and a name
    # holds no digits ("By Ann Lee 18 Nov 2019" runs into its date).
    # (a role listed after the names with a comma is no entry: "By Ann Lee, Senior Writer")
    entries = [entry for entry in _joined_names(found[1])
               if not (entry.split() and all(word.lower().strip(".") in ROLE_WORDS for word in entry.split()))]
    cleaned = [clean_author(entry, set()) if entry != entry.lower() and not re.search(r"\d", entry) else None
               for entry in entries]
    return _unique([name for name in cleaned if name]) if all(cleaned) else []


# US time zones: a stamp in one of them writes its numeric date month first ("10/5/11 9:19 PM ET").
US_ZONES = {"EST", "EDT", "ET", "CST", "CDT", "CT", "MST", "MDT", "MT", "PST", "PDT", "PT", "HST", "AKST"}
# A byline's stamp: a date, then a time with its zone ("10/ 5/11 09:19 PM ET", "Aug 24, 2011 9:40 pm EDT").
BYLINE_STAMP = re.compile(
    r"(?P<date>\d{1,2}/\s?\d{1,2}/\s?\d{2,4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+(?:19|20)\d\d)"
    r",?\s+(?:at\s+)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?P<zone>" + "|".join(ZONE_NAMES) + r")\b",
    re.IGNORECASE)
# Before this hour a UTC time is still the day before in every mainland US time zone.
US_MIDNIGHT_UTC_HOUR = 4


# The byline's line is the byline element and the short pieces beside it; a stamp in a piece that
# reads as a sentence is a time the story tells ("The game kicked off Oct. 8, 2011 at 8:20 p.m. ET").
MAX_LINE_PIECE_CHARS = 150
EMPTY_MATCH = re.match("", "")
STAMP_LABEL_WORDS = {"on", "at", "and", "by", "updated", "update", "published", "posted", "last",
                     "modified", "am", "pm", "a.m.", "p.m.", "ago", "hrs", "hr", "hours", "hour",
                     "mins", "min", "minutes", "days", "day", "read"}


def _byline_pieces(element: HtmlElement) -> list[tuple[str, list[HtmlElement]]]:
    """The texts of the byline's line, each with the elements it comes from: the byline element,
    then the parent's own text, its other children and their tails, each when short (a story's
    paragraph or a whole article container beside the byline is no part of its line)."""
    pieces = [(squash(element.text_content()), [element])]
    parent = element.getparent()
    if parent is None:
        return pieces
    loose = [parent.text or ""]
    for child in parent:
        if child is not element and isinstance(child.tag, str) and child.tag not in NOT_TEXT_TAGS:
            pieces.append((squash(child.text_content()), [child]))
        loose.append(child.tail or "")
    pieces.append((squash(" ".join(loose)), []))
    return [(text, elements) for text, elements in pieces
            if len(text) <= MAX_LINE_PIECE_CHARS or elements == [element]]


def _reads_as_sentence(text: str, stamp: re.Match) -> bool:
    """Whether the words around a stamp make a sentence rather than a byline's label."""
    rest = text[:stamp.start()] + " " + text[stamp.end():]
    words = [w for w in re.findall(r"[^\W\d_][\w.'’]*", rest) if w[0].islower()]
    return any(w.lower().strip(".") not in STAMP_LABEL_WORDS and w not in STAMP_LABEL_WORDS for w in words)


def byline_stamp_date(tree: HtmlElement) -> date | None:
    """The local date of the time stamp printed in the byline ("By Ann Lee | 10/5/11 09:19 PM ET"):
    a date written with its time and zone in the byline's line, or else a UTC timestamp the byline
    holds in an attribute (`<abbr title="2011-08-25T01:40:40Z">`) on a US page, which before
    04:00 UTC is still the day before in every US time zone."""
    from datetime import datetime

    found = _by_line(tree)
    if found is None:
        return None
    pieces = _byline_pieces(found[0])
    # The byline element's own short text is the line itself ("By Ann Lee - AP Science Writer |
    # 2 hrs ago"); any other piece must not read as a sentence of the story.
    trusted = {0} if len(pieces[0][0]) <= 2 * MAX_LINE_PIECE_CHARS else set()
    for i, (text, _) in enumerate(pieces):
        match = BYLINE_STAMP.search(text)
        if match and (i in trusted or not _reads_as_sentence(text, match)):
            written = re.sub(r"/\s+", "/", match["date"])
            day_first = False if match["zone"].upper() in US_ZONES else day_first_page(tree)
            return written_date(written) or short_date(written, day_first)
    us_page = day_first_page(tree) is False
    in_line = [element for i, (text, elements) in enumerate(pieces) for element in elements
               if i in trusted or not _reads_as_sentence(text, EMPTY_MATCH)]
    for stamped in (e for element in in_line for e in element.iter("abbr", "time")):
        value = (stamped.get("title") or stamped.get("datetime") or "").strip()
        moment = ISO_TIMESTAMP.match(value)
        if not us_page or moment is None or not moment["time"] or (moment["zone"] or "").upper() not in {"Z", "UTC", "GMT", "+00:00", "+0000"}:
            continue
        when = datetime.fromisoformat(f"{moment['date']}T{moment['time'][:8]}")
        return when.date() - timedelta(days=1) if when.hour < US_MIDNIGHT_UTC_HOUR else when.date()
    return None


# A sign-off paragraph that credits the writer after the story ("-- By Ann Lee"), on pages whose
# top byline is a desk: a dash, "By", then the name in capitals (two to four words).
CLOSING_BYLINE = re.compile(
    r"^\s*(?:--|—|–)\s*By\s+(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|del|van|von|da)){1,3})\s*$")


# A byline's author element: a rel=author link, or the name ("fn") of an author vcard.
BYLINE_NAME_XPATH = ('//*[@rel="author"] | //*[contains(concat(" ", normalize-space(@class), " "), " vcard ")]'
                     '//*[contains(concat(" ", normalize-space(@class), " "), " fn ")]')
SINGLE_NAME = re.compile(r"[A-Z][a-z]{2,}(?:[A-Z][a-z]+)?")
NOT_A_NAME = {"admin", "administrator", "editor", "editors", "guest", "staff", "team", "author",
              "webmaster", "moderator", "contributor", "anonymous", "unknown", "user", "home"}


# A site's sections, which some templates link as the author: "Politics", "Opinion".
SECTION_WORDS = {"politics", "opinion", "opinions", "business", "world", "culture", "science", "health",
                 "weather", "tech", "technology", "lifestyle", "entertainment", "travel", "food",
                 "economy", "markets", "local", "national", "features", "comment", "analysis"}


# Class or id words of a comments section and of one comment's parts ("comments-open", a page
# state, and "content--comment", a section of opinion, are not among them).
COMMENT_CLASS = re.compile(r"^(?:comments?|commentlist|comment-(?:list|author|body|content|meta)"
                           r"|comments-(?:area|list|section)|disqus_thread)$")


def _in_comments(element: HtmlElement) -> bool:
    """Whether an element sits in a comments section (WordPress: "comment-author vcard")."""
    return any(COMMENT_CLASS.match(word) for a in element.iterancestors()
               for word in ((a.get("class") or "") + " " + (a.get("id") or "")).lower().split())


def _only_in_comments(tree: HtmlElement, name: str) -> bool:
    """Whether a name the text extractor took for the byline is printed only in the comments
    section: a reader who signed a comment ("<ul class=commentlist>... <div class=commentauthor>"),
    not the writer."""
    places = _smallest_holders(tree, name)
    return bool(places) and all(_in_comments(e) for e in places)


def _smallest_holders(element: HtmlElement, name: str) -> list[HtmlElement]:
    """The innermost elements whose text, tails of their children included, prints the name: a
    byline split across elements ('<div>By <span>Ann</span> <span>Lee</span></div>') is its div."""
    if not isinstance(element.tag, str) or element.tag in {"script", "style", "meta"}:
        return []
    if name not in squash(element.text_content()):
        return []
    inner = [e for child in element for e in _smallest_holders(child, name)]
    return inner or [element]


# A link to a writer's page on the site ("/author/craiglloyd/", "/authors/ann-lee"): its last step.
AUTHOR_PAGE = re.compile(r"/(?:author|authors|writers?|staff)/(?P<slug>[a-z][a-z0-9._-]*)/?$", re.IGNORECASE)


# Class or id of a box naming a post's writer ("authorinfobox", "author-bio", "byline", "contributor").
AUTHOR_BOX = re.compile(r"author|byline|writer|contributor|(?:^|[-_ ])bio(?:$|[-_ ]|graph)", re.IGNORECASE)


def _in_author_box(link: HtmlElement) -> bool:
    """Whether a link sits in a box about the writer, or says so itself (rel=author): a colleague
    linked in the text or a list of the site's columnists in a sidebar is no byline."""
    if (link.get("rel") or "").lower() == "author":
        return True
    return any(AUTHOR_BOX.search(f"{a.get('class') or ''} {a.get('id') or ''}") for a in link.iterancestors()
               if a.tag not in {"body", "html"})


def _byline_joins(tree: HtmlElement, writer: str, others: list[str]) -> bool:
    """Whether the short line around the writer's link joins another of `others` to the writer as a
    co-author ("By <a>Ann Lee</a> and Bo Roe", "Ann Lee, Bo Roe"): then the author meta lists the
    byline's writers, not a shoot's credits ("Photographs by Bo Roe" joins no one)."""
    joined = [re.compile(r"(?:\band|&|,)\s+" + re.escape(name.lower()) + r"\b") for name in others]
    for link in tree.iter("a"):
        if squash(link.text_content()).lower() != writer.lower():
            continue
        for element in (link, *link.iterancestors()):
            text = squash(element.text_content()).lower()
            if len(text) > 300 or element.tag == "body":
                break
            if any(pattern.search(text) for pattern in joined):
                return True
    return False


def author_page_link(tree: HtmlElement, site_keys: set[str]) -> list[str]:
    """The one person named by links to their author page whose address spells the name ("<a
    href=/author/craiglloyd/>Craig Lloyd</a>"), outside comments and blocks of other stories: the
    "about the author" box under a post that prints no byline; [] when the links name several."""
    names: list[str] = []
    for link in tree.iter("a"):
        match = AUTHOR_PAGE.search(link.get("href") or "")
        if match is None or _in_comments(link) or _in_teaser_block(link) or not _in_author_box(link):
            continue
        name = clean_author(squash(link.text_content()), site_keys)
        if name and len(name.split()) >= 2 and re.sub(r"[^a-z]", "", name.lower()) == re.sub(
                r"[^a-z]", "", match["slug"].lower()) and name not in names:
            names.append(name)
    return names if len(names) == 1 else []


# The label of a link to an author's page of posts ("All posts from Ann Lee", WordPress's "Posts by
# Ann Lee"), in its title or aria-label: a blog's header names its author this way.
ARCHIVE_LABEL = re.compile(r"(?:(?:see|view|read|browse|show)\s+)?(?:(?:all|more)\s+)?(?:posts|articles|stories|"
                           r"entries|columns)\s+(?:by|from|of)\s+(?P<name>.+)", re.IGNORECASE)


def archive_link_author(tree: HtmlElement, site_keys: set[str]) -> list[str]:
    """The one person whose page of posts the page links to by its label ("All posts from Ann
    Lee"), outside comments and blocks of other stories; [] when the links name several."""
    names: list[str] = []
    for link in tree.iter("a"):
        label = squash(link.get("aria-label") or link.get("title") or "")
        match = ARCHIVE_LABEL.fullmatch(label) if label else None
        if match is None or _in_comments(link) or _in_teaser_block(link):
            continue
        name = clean_author(match["name"], site_keys)
        if name and name not in names:
            names.append(name)
    return names if len(names) == 1 else []


def single_name_byline(tree: HtmlElement, site_keys: set[str]) -> list[str]:
    """A byline that credits one name of one word ("by Regan", a blog's pen name "Blackswan"),
    kept as printed when the page credits nobody else: the first rel=author link or author vcard
    name, a capitalised word that is neither the site's name (or the start of it: "Vortex" on
    vortexcannon.org) nor an outlet ("Reuters") or account word ("Admin", "Editorial")."""
    from newsfacts.extract.sources import MEDIA_OUTLETS, NEWS_AGENCIES

    for element in tree.xpath(BYLINE_NAME_XPATH)[:10]:
        if _in_comments(element):
            continue  # a reader's comment signed "Dave" (WordPress: "comment-author vcard")
        name = squash(element.text_content())
        name = AUTHOR_PREFIX.sub("", name)
        lower = name.lower()
        if not SINGLE_NAME.fullmatch(name) or lower in NOT_A_NAME | NOT_PERSON_WORDS | COLLECTIVE_WORDS | SECTION_WORDS:
            continue
        if lower in NEWS_AGENCIES or lower in MEDIA_OUTLETS:
            continue
        key = _key(name)
        if any(k.startswith(key) or key.startswith(k) for k in site_keys if len(k) >= 3):
            continue
        return [name]
    return []


# A credit line that opens or closes the article's text, when the byline is the outlet that
# reprints it: "Written by: Ann Lee", "Words by Ann Lee". Not plain "By" (a caption's credit).
CREDIT_LINE = re.compile(
    r"^\s*(?i:written|words|text|story|reporting)\s+(?i:by)\s*:?\s*"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|del|van|von|da)){1,3})\s*$")


# A story's own credits, as a newsroom lists its makers: "Produced by ..., Photographs by ...,
# Written by ..., Graphics by ...": roles of reporting, never of a performance.
NEWSROOM_CREDITS = re.compile(
    r"^(?!.*\b(?:directed|starring|choreographed|screenplay|cast)\b)(?=.*\bwritten\s+by\b)"
    r"(?=.*\b(?:photographs|photos|graphics|video|interviews|reporting)\s+by\b)", re.IGNORECASE)


# A line of a work's credits (a play, a film, a song under review): "Directed by ...", "Starring ...".
WORK_CREDIT = re.compile(
    r"^\s*(?:(?:directed|produced|composed|choreographed|music|lyrics|screenplay)\s+by\b|starring\b|cast\s*:)",
    re.IGNORECASE)


def credit_line(tree: HtmlElement, site_keys: set[str]) -> list[str]:
    """The name of the first paragraph that is only a credit line ("Written by: Ann Lee"), unless
    the page lists a work's credits ("Written by Lucy Prebble / Directed by Ann Lee": the play's
    writer, not the article's)."""
    paragraphs = list(tree.iter("p"))
    if any(WORK_CREDIT.match(text) and not NEWSROOM_CREDITS.match(text)
           for text in (squash(p.text_content()) for p in paragraphs)):
        return []
    for paragraph in paragraphs:
        text = squash(paragraph.text_content())
        # A newsroom's line of credits lists the writer among the story's other makers
        # ("Produced by Ann Lee, Photographs by Bob Roe, Written by Cy Doe, Graphics by ...").
        pieces = re.split(r"\s*[,;|]\s*", text) if NEWSROOM_CREDITS.match(text) else [text]
        match = next((m for m in map(CREDIT_LINE.match, pieces) if m), None)
        if match:
            name = clean_author(match["name"], site_keys)
            if name:
                return [name]
    return []


def closing_byline(tree: HtmlElement, site_keys: set[str]) -> list[str]:
    """The name of the last sign-off paragraph ("-- By Ann Lee"), read from the paragraph's own
    leading text, or else its whole text (when the name is a link)."""
    for paragraph in reversed(list(tree.iter("p"))):
        for text in (paragraph.text or "", paragraph.text_content()):
            match = CLOSING_BYLINE.match(squash(text))
            if match:
                name = clean_author(match["name"], site_keys)
                return [name] if name else []
    return []


# Keys that name the first publication itself; the others ("date", "dc.date") are generic, and
# some templates fill them with the last modification.
PUBLISHED_KEYS = {"article:published_time", "og:published_time", "datepublished", "article_date_original",
                  "original-publish-date"}
MODIFIED_KEYS = {"article:modified_time", "og:updated_time", "datemodified", "last-modified",
                 "dc.date.modified", "lastmod", "article_date_updated"}


def _stamp_shown_first(tree: HtmlElement, day: date) -> bool:
    """Whether a publication meta ("article:published_time") holds `day` and the page's first
    `<time datetime>` element, in page order, shows the same day."""
    in_meta = {match["date"] for keys, value in meta_pairs(tree)
               if keys & PUBLISHED_KEYS and (match := ISO_TIMESTAMP.match(value.strip()))}
    if day.isoformat() not in in_meta:
        return False
    for time in tree.iter("time"):
        match = ISO_TIMESTAMP.match((time.get("datetime") or "").strip())
        if match:
            return match["date"] == day.isoformat()
    return False


def _modified_stamps(tree: HtmlElement) -> set[str]:
    """The page's "modified"/"updated" timestamps (meta tags and JSON-LD dateModified)."""
    stamps = set()
    for keys, value in meta_pairs(tree):
        if keys & MODIFIED_KEYS:
            stamps.add(value.strip())
    for obj in _jsonld_objects(tree):
        value = obj.get("dateModified")
        if isinstance(value, str):
            stamps.add(value.strip())
    return stamps


def _timestamps(tree: HtmlElement) -> list[str]:
    """The page's first-publication timestamps: those of publication keys first, then generic
    date keys, without a generic stamp that only repeats the modification stamp."""
    specific, generic = [], []
    for keys, value in meta_pairs(tree):
        if keys & set(DATE_KEYS):
            (specific if keys & PUBLISHED_KEYS else generic).append(value.strip())
    for obj in _jsonld_objects(tree):
        value = obj.get("datePublished")
        if isinstance(value, str):
            specific.append(value.strip())
    for time in tree.iter("time"):
        marked = (time.get("itemprop") or "").lower() == "datepublished" or "pubdate" in time.attrib
        # schema.org microdata may give the stamp as content ("<time itemprop=datePublished
        # content=2016-11-28>December 5, 2016 Issue</time>": a magazine's issue date shown, the
        # web publication marked)
        stamp = time.get("datetime") or (time.get("content") if ISO_TIMESTAMP.match((time.get("content") or "").strip())
                                         else None)
        if marked and stamp:
            specific.append(stamp.strip())
    modified = _modified_stamps(tree) - set(specific)
    if specific and modified:
        generic = [stamp for stamp in generic if stamp not in modified]
    return specific + generic


def _written_meta_dates(tree: HtmlElement) -> set[date]:
    """The days of the page's generic date meta tags ("date": "March 4, 2026") that are not a
    copy of its modification stamp."""
    modified = _modified_stamps(tree)
    days = set()
    for keys, value in meta_pairs(tree):
        value = value.strip()
        if (keys & set(DATE_KEYS) and not keys & PUBLISHED_KEYS and value and value not in modified
                and (when := written_date(value)) is not None):
            days.add(when)
    return days


def written_meta_published(tree: HtmlElement) -> date | None:
    """The day of the first publication meta tag that writes its date out rather than as a
    timestamp ("<meta name=article_date_original content='Tuesday, December 13, 2016, 4:51 PM'>"),
    publication keys first."""
    found = [(not keys & PUBLISHED_KEYS, when) for keys, value in meta_pairs(tree)
             if keys & set(DATE_KEYS) and not ISO_TIMESTAMP.match(value.strip())
             and (when := written_date(value)) is not None]
    return min(found, key=lambda pair: pair[0])[1] if found else None


def _stated_zone(tree: HtmlElement) -> str | None:
    """The time zone a page names beside a time ("10:01 pm PST"): <time> elements first."""
    texts = [t.text_content() for t in tree.iter("time")]
    body = tree.find(".//body")
    texts.append((body if body is not None else tree).text_content()[:200_000])
    for text in texts:
        match = ZONE_RE.search(text)
        if match:
            return match.group(1).upper()
    return None


def _naive_stamps_are_local(tree: HtmlElement) -> bool:
    """A stamp without a zone ("2014-01-25T15:53:10") whose clock time the page prints beside a
    zone ("3:53 p.m. EST") shows that the template writes local time, not UTC."""
    naive = [m for m in (ISO_TIMESTAMP.match(s) for s in [*_timestamps(tree), *_modified_stamps(tree)])
             if m and m["time"] and not m["zone"]]
    if not naive:
        return False
    body = tree.find(".//body")
    printed = set()
    for clock in ZONED_CLOCK_RE.finditer((body if body is not None else tree).text_content()[:200_000]):
        hour = int(clock["hour"]) % 12 + (12 if (clock["half"] or "").lower() == "p" else 0)
        printed.add(f"{hour if clock['half'] else int(clock['hour']):02d}:{clock['minute']}")
    return any(m["time"][:5] in printed for m in naive)


def _hours_from_utc(zone: str, when: date) -> float:
    standard, daylight = ZONE_NAMES[zone]
    in_daylight = date(when.year, 3, 10) <= when < date(when.year, 11, 3)
    return daylight if in_daylight else standard


def _unswapped(tree: HtmlElement, found: date | None) -> date | None:
    """The text extractor's date, or that date with day and month swapped when the page says the
    swapped one: "10/04/16" printed on a US page, read day-first as 10 April, beside its own
    machine-readable `<time datetime="2016-10-04T05:07-0400">` stamps, or under a URL whose year and
    month ("/2016/10/") are the swapped date's and not the date's."""
    if found is None or found.day > 12 or found.day == found.month:
        return found
    swapped = date(found.year, found.day, found.month)
    stamped = {m["date"] for m in (ISO_TIMESTAMP.match((t.get("datetime") or "").strip()) for t in tree.iter("time")) if m}
    if swapped.isoformat() in stamped and found.isoformat() not in stamped:
        return swapped
    return swapped if url_month(tree) == (swapped.year, swapped.month) else found


def _marked_time_content(tree: HtmlElement, found: date) -> date | None:
    """The machine-readable day of a `<time itemprop="datePublished" content=...>` whose shown text
    is the date the text extractor found: the page shows another day there (a magazine's "December
    5, 2016 Issue", the print cover date) and marks its web publication in the attribute."""
    for time in tree.iter("time"):
        if (time.get("itemprop") or "").lower() != "datepublished" or time.get("datetime"):
            continue
        match = ISO_TIMESTAMP.match((time.get("content") or "").strip())
        shown = squash(time.text_content())
        # (only a shown issue's date: a shown day of its own that the stamp's UTC time or a
        # template's stale attribute contradicts stays the date)
        if match and match["date"] != found.isoformat() and ISSUE_WORDS.search(shown) and written_date(shown) == found:
            return date.fromisoformat(match["date"])
    return None


# What a print issue's date shown in a time element says of itself: "December 5, 2016 Issue".
ISSUE_WORDS = re.compile(r"\b(?:issue|edition|print)\b", re.IGNORECASE)


def local_published_date(tree: HtmlElement | None, found: date | None) -> date | None:
    """The first-publication date where it was published.

    A timestamp written with its own offset gives its local date ("2019-11-19T21:07:00-05:00"
    is the 19th); a UTC timestamp is moved into the time zone the page names beside a time
    ("10:01 pm PST"). The result replaces trafilatura's date only when they are a day apart, or
    when trafilatura found none.
    """
    from datetime import datetime, timedelta

    if tree is None:
        return found
    found = _unswapped(tree, found)
    utc = {"Z", "UTC", "GMT", "+00:00", "+0000"}
    parsed = [m for m in (ISO_TIMESTAMP.match(stamp) for stamp in _timestamps(tree))
              if m and m["date"] >= "1990"]
    if not parsed:
        # No structured timestamp: a full date in the article's own URL beats a date the
        # text extractor found somewhere on the page; a "published on ..." line comes next.
        # A "Date: 19.01.2020" field beats it too: the text extractor's date can be a teaser's.
        line = headline_date_line(tree)
        if line is not None and found is not None and (line - found).days > 1:
            line = None  # a date ahead of the page's own: the day of the match or concert it announces
        chosen = (url_date(tree) or labelled_date(tree) or line or written_meta_published(tree) or found
                  or stated_publication_date(tree) or updated_stamp_date(tree))
        # The stamp by the byline is the publisher's local date: a URL or a text extractor's date
        # a day later is the same moment in UTC.
        stamp = byline_stamp_date(tree)
        if stamp is not None and chosen is not None and 0 < (chosen - stamp).days <= 1:
            return stamp
        return chosen
    with_offset = [m for m in parsed if m["time"] and m["zone"] and m["zone"].upper() not in utc]
    in_utc = [m for m in parsed if m["time"] and m["zone"] and m["zone"].upper() in utc]
    if not with_offset and not _naive_stamps_are_local(tree):
        # A time without a zone is UTC on most templates, unless an offset stamp says otherwise
        # ("2019-11-19 05:45:00" beside "2019-11-19T05:45:00-08:00" is local time) or the page
        # prints one of those clock times beside its zone.
        in_utc += [m for m in parsed if m["time"] and not m["zone"]]
    zone = _stated_zone(tree) if in_utc else None
    if zone is not None:
        # The zone the page shows beside its times beats an offset some template wrote.
        first = in_utc[0]
        moment = datetime.fromisoformat(f"{first['date']}T{first['time'][:8]}")
        local = (moment + timedelta(hours=_hours_from_utc(zone, moment.date()))).date()
    elif with_offset:
        local = date.fromisoformat(with_offset[0]["date"])
    else:
        local = date.fromisoformat(parsed[0]["date"])
    if found is not None and (marked := _marked_time_content(tree, found)) is not None:
        return marked  # "<time itemprop=datePublished content=2016-11-28>December 5, 2016 Issue</time>"
    modified_days = {m["date"] for m in (ISO_TIMESTAMP.match(s) for s in _modified_stamps(tree)) if m}
    swapped = found is not None and (found.year, found.month, found.day) == (local.year, local.day, local.month)
    if found is not None and abs((local - found).days) > 1 and found.isoformat() not in modified_days and (
            not swapped) and not _stamp_shown_first(tree, local):
        # (not when a publication meta's day is also the page's first <time>: two fields agree,
        # and the text extractor took a listed post's date further down)
        # (not when it is the stamp's day and month swapped: a numeric date read the other way)
        # The text extractor's date beats a stamp far from it, unless it is the page's
        # modification date (a page showing its update date near the headline).
        local = found
    printed = headline_date_line(tree)
    if printed is not None and printed != local and (
            abs((printed - local).days) <= 1 or printed in _written_meta_dates(tree)):
        # The day the page prints under its headline is the publisher's own: a stamp in another
        # zone falls a day off, and a lone datePublished the page's date meta contradicts (a
        # CMS's first save before a scheduled release) is no publication.
        return printed
    shown = shown_publication_date(tree, local)
    if shown is not None:
        return shown
    # Without a stated zone, a full date in the article's own URL ("/2019/11/19/") is the
    # publisher's local date; a stamp written with its own offset is that already, and a URL a
    # day off it is a print edition's day ("/2016/09/20/" for a story posted on the 19th).
    in_url = url_date(tree) if zone is None and not with_offset else None
    if in_url is not None and abs((in_url - local).days) <= 1:
        return in_url
    return local


SHOWN_DATE = re.compile(
    r"\b(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?P<day>\d{1,2})"
    r"(?!\d)(?:(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d))?"
    r"|\b(?P<day2>\d{1,2})\.?\s+(?P<month2>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"(?:,?\s+(?P<year2>(?:19|20)\d\d))?", re.IGNORECASE)
MAX_OWN_TIMES = 3
UPDATE_WORDS = re.compile(r"\b(?:updated?|modified|edited|revised|last)\b", re.IGNORECASE)


def shown_publication_date(tree: HtmlElement, near: date) -> date | None:
    """The publication date a page shows its readers in a `<time>` element ("Posted Nov 18,
    8:19 PM", "November 18, 2019 -- 19:14 GMT"), when it is within a day of the timestamps.

    The date a publisher displays is in its own time zone, and the earliest one shown is the
    first publication: a UTC stamp past midnight, or a `datePublished` rewritten on an update,
    is a day late. So a shown date only moves the stamp's date back, by one day at most. Times
    labelled "Updated" or "Modified" are not publication dates, and a page with more than
    MAX_OWN_TIMES `<time>` elements lists other stories' times too, so none is read.
    """
    shown: list[date] = []
    times = list(tree.iter("time"))
    if len(times) > MAX_OWN_TIMES:
        return None
    for time in times:
        text = squash(time.text_content())
        if not text or UPDATE_WORDS.search(text):
            continue
        match = SHOWN_DATE.search(text)
        if match is None:
            continue
        month = (match["month"] or match["month2"]).lower()[:3]
        day = int(match["day"] or match["day2"])
        year = int(match["year"] or match["year2"] or near.year)
        try:
            when = date(year, MONTH_ABBREVIATIONS.index(month) + 1, day)
        except ValueError:
            continue
        if 0 <= (near - when).days <= 1:
            shown.append(when)
    return min(shown) if shown else None


DOTTED_DATE = re.compile(r"\b(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d\d)\b")
# "02.12.19", "2/12/19", "12/02/2019": a numeric date with a two-digit year, or with slashes,
# whose order of day and month depends on the page (see day_first_page).
SHORT_DATE = re.compile(r"(?<![\d.,/])(?P<first>\d{1,2})(?P<sep>[./])(?P<second>\d{1,2})(?P=sep)"
                        r"(?P<year>(?:19|20)?\d\d)(?![\d.,/]*\d)")
# Regions that write the month first ("12/02/19" is December 2): the United States and a few.
MONTH_FIRST_REGIONS = {"us", "ph", "fm", "mh", "pw"}


# A language given by its name rather than its code.
LANGUAGE_NAMES = {"english": "en", "eng": "en"}


def day_first_page(tree: HtmlElement | None, hostname: str | None = None) -> bool | None:
    """Whether the page writes numeric dates day first: True for a page in any language but
    English, or in the English of a region that writes the day first ("en-GB", "en-IN", a
    German site's "de-DE"), or plain English on a country's domain other than .us; False for
    US English ("en-US"); None when nothing says (plain "en" on a .com or .org)."""
    if tree is None:
        return None
    root = tree.getroottree().getroot()
    lang = (root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
            or _meta(tree, "og:locale", "content-language", "language", "dc.language") or next(
                (m.get("content") for m in tree.iter("meta")
                 if (m.get("http-equiv") or "").lower() == "content-language" and m.get("content")), "") or "")
    parts = re.split(r"[-_]", lang.strip().lower())
    language, region = parts[0], (parts[1] if len(parts) > 1 else "")
    language = LANGUAGE_NAMES.get(language, language)  # <meta name="language" content="English">
    if language and language != "en":
        return True
    if region:
        return region not in MONTH_FIRST_REGIONS
    host = page_hostname(tree, hostname)
    tld = host.rsplit(".", 1)[-1].lower() if host and "." in host else ""
    if len(tld) == 2:
        return tld not in MONTH_FIRST_REGIONS
    return None


def short_date(text: str, day_first: bool | None) -> date | None:
    """A numeric date with a two-digit year or slashes: dots are read day first
    ("02.12.19" is 2 December 2019) unless the page writes month first (a US page's "12.09.16"
    is December 9); slashes by the page's convention `day_first`, or by the
    one reading possible when a part is above 12; None when the order stays open."""
    match = SHORT_DATE.search(text)
    if match is None:
        return None
    first, second = int(match["first"]), int(match["second"])
    year = int(match["year"]) if len(match["year"]) == 4 else 2000 + int(match["year"])
    if year > date.today().year + 1:
        year -= 100  # "12/03/98" is 1998: a page is not dated decades ahead
    if first > 12 or (match["sep"] == "." and day_first is not False):
        order = True
    elif second > 12:
        order = False
    else:
        order = day_first
    if order is None:
        return None
    day, month = (first, second) if order else (second, first)
    try:
        return date(year, month, day)
    except ValueError:
        return None


# The C library's and Java's Date.toString stamp: "Mon Aug 03 12:45:00 EDT 2015" (a meta some
# Java CMSs write as article:published_time).
CLOCK_STAMP_DATE = re.compile(
    r"\b(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\s+(?P<day>\d{1,2})\s+"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:\s+[A-Z]{2,5})?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


def written_date(text: str) -> date | None:
    """A full date written out: "19.01.2020" (day first, as everywhere dots are used),
    "2020-01-19", "Nov 19, 2019", "19 November 2019", "Mon Aug 03 12:45:00 EDT 2015". Not
    "1 day ago", not "01/02/2020"."""
    iso = re.search(r"\b((?:19|20)\d\d)-(\d{2})-(\d{2})\b", text)
    dotted = DOTTED_DATE.search(text)
    named = SHOWN_DATE.search(text)
    clock = CLOCK_STAMP_DATE.search(text)
    try:
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        if clock:
            return date(int(clock["year"]), MONTH_ABBREVIATIONS.index(clock["month"].lower()) + 1, int(clock["day"]))
        if dotted:
            return date(int(dotted["year"]), int(dotted["month"]), int(dotted["day"]))
        if named and (named["year"] or named["year2"]):
            month = (named["month"] or named["month2"]).lower()[:3]
            return date(int(named["year"] or named["year2"]), MONTH_ABBREVIATIONS.index(month) + 1,
                        int(named["day"] or named["day2"]))
    except ValueError:
        return None
    return None


# A stamp line that is only an update time: "Updated: Dec 15, 2016 2:57 PM UTC", "Last updated on 4 March 2026".
UPDATED_STAMP = re.compile(r"^(?:last\s+)?updated\s*:?\s*(?:on\s+)?(?P<when>\S.{5,40})$", re.IGNORECASE)
MAX_STAMP_LINE_CHARS = 60


def updated_stamp_date(tree: HtmlElement) -> date | None:
    """The date of a page's "Updated: <date>" stamp, when the page shows no other date (the
    caller asks only then) and all its update stamps give one day that its canonical URL does
    not contradict: a page that prints only its update time was published that day, as far as
    it says (set L)."""
    found: set[date] = set()
    for element in tree.iter():
        # a stamp is a short line: an element with many children (the body, a column) is none,
        # and reading its whole text for each of them would cost the page's size many times over
        if not isinstance(element.tag, str) or element.tag in NOT_TEXT_TAGS or len(element) > 4:
            continue
        text = squash(element.text_content())
        if len(text) > MAX_STAMP_LINE_CHARS or not (match := UPDATED_STAMP.match(text)):
            continue
        if (when := written_date(match["when"])) is not None:
            found.add(when)
    if len(found) != 1:
        return None
    (when,) = found
    in_url = url_date(tree)
    return when if in_url is None or in_url == when else None


def labelled_date(tree: HtmlElement) -> date | None:
    """The date of a labelled field the page shows ("<strong>Date</strong> 19.01.2020")."""
    value = labelled_value(tree, DATE_LABEL)
    when = written_date(value) if value else None
    return when if when is not None and when.year >= 1990 else None


# "/2019/11/19/", "/2019-nov-19", and the year, section, month and day of "/2010/POLITICS/08/13/".
# The section is in capitals and month and day have two digits: "/2019/week/12/3-takeaways" and
# "/2018/page/2/3" are no dates.
URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d{1,2}|[a-z]{3})[/-](\d{1,2})(?=[/_-]|$)", re.IGNORECASE)
SECTIONED_URL_DATE = re.compile(r"/((?:19|20)\d\d)/[A-Z][A-Z_-]{3,}/(\d\d)/(\d\d)(?=[/_-]|$)")
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


URL_MONTH = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/")


def url_month(tree: HtmlElement) -> tuple[int, int] | None:
    """The year and month written in the page's canonical URL (or og:url): "/2016/10/"."""
    for candidate in _page_urls(tree):
        match = URL_MONTH.search(candidate)
        if match:
            return int(match[1]), int(match[2])
    return None


def url_date(tree: HtmlElement) -> date | None:
    """The date written in the page's canonical URL (or og:url), if it has a full one."""
    for candidate in _page_urls(tree):
        match = URL_DATE.search(candidate) or SECTIONED_URL_DATE.search(candidate)
        if match:
            month = match[2].lower()
            month_number = MONTH_ABBREVIATIONS.index(month) + 1 if month in MONTH_ABBREVIATIONS else None
            try:
                return date(int(match[1]), month_number or int(match[2]), int(match[3]))
            except ValueError:
                return None
    return None


# "Published on", in the languages of the news we read, before a written date; "Created:" as a
# field's label (a page's metabox: "Created: 4th March 2026", not "was created on" in a sentence).
PUBLISHED_CUE = re.compile(
    r"\b(?:published(?: on)?|posted(?: on)?|created(?=\s*:)|publiziert am|veröffentlicht am|erschienen am|"
    r"publié le|mis en ligne le|publicado(?: el| em)?|pubblicato(?: il)?|gepubliceerd op)\s*:?\s*"
    r"(?P<when>[^\n|•·]{6,40})",
    re.IGNORECASE,
)


def stated_publication_date(tree: HtmlElement) -> date | None:
    """The date of a visible "published on <date>" line, in any language dateparser reads."""
    import dateparser

    body = tree.find(".//body")
    text = squash(" ".join((body if body is not None else tree).itertext())[:100_000])
    for match in PUBLISHED_CUE.finditer(text):
        when = dateparser.parse(
            match["when"], settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
                                     "RETURN_AS_TIMEZONE_AWARE": False},
        )
        if when is None:
            # The cue's date may be followed by other words: try its first three or four words.
            words = match["when"].split()
            for size in (4, 3):
                when = dateparser.parse(" ".join(words[:size]), settings={
                    "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})
                if when is not None:
                    break
        if when is not None and when.year >= 1990:
            return when.date()
    return None


WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+"
# A line that is only a date, as blogs print it under or over the headline: "January 22, 2014",
# "Thursday, May 30, 2019", "22 January 2014 at 10:15 am", "Posted on 19.01.2020".
DATE_LINE = re.compile(
    r"(?:(?:posted|published)(?:\s+on)?\s*:?\s*)?(?:" + WEEKDAY + r")?"
    r"(?:[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?\.?\s+[a-z]{3,9}\.?,?\s+"
    r"(?:19|20)\d\d|\d{1,2}\.\d{1,2}\.(?:(?:19|20)\d\d|\d\d)|\d{1,2}/\d{1,2}/(?:(?:19|20)\d\d|\d\d)"
    r"|(?:19|20)\d\d-\d{2}-\d{2})"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)?",
    re.IGNORECASE)
# How many elements before and after the headline's own are read for a date line.
DATE_LINE_REACH = 3
# A block beside the headline whose small elements are read for a date line: a line of labels
# ("opinion", "Mar 4, 2026", "4 mins"), not the story's text.
MAX_DATE_BLOCK_CHARS = 200


def headline_date_line(tree: HtmlElement) -> date | None:
    """The date of a line next to the article's headline that holds nothing but a date (a blog
    post's "January 22, 2014" under its h1, or "Mar 4, 2026" in a small element of the block
    under it). Only the sibling elements right before and after the headline, or its parent's,
    and the innermost elements inside them, are read: a date in the text is the date of
    something else. A page without an h1 sets its headline in another heading (a blog's h2 that
    repeats og:title)."""
    for element in _headline_neighbours(tree):
        # The element itself, then, in a small block, its innermost elements ("<div><span>Mar 4,
        # 2026</span><span>4 mins</span></div>" runs the date into the reading time); a date in a
        # table or a list of the story's text is the date of something else.
        whole = squash(element.text_content())
        small = len(whole) <= MAX_DATE_BLOCK_CHARS
        parts = [e for e in element.iterdescendants() if isinstance(e.tag, str) and not len(e)] if small else []
        texts = [whole if part is element else squash(part.text_content())
                 for part in [element, *parts] if part.tag not in NOT_TEXT_TAGS]
        if small and element.find(".//br") is not None:
            # A byline block of lines split by <br> ("Ann Lee<br>Example News<br>Thu, 14 May 2020
            # 17:55 UTC"): each line is read as its own.
            texts += _block_lines(element)
        for text in texts:
            if text and len(text) <= 60 and DATE_LINE.fullmatch(text):
                when = written_date(text) or short_date(text, day_first_page(tree))
                if when is not None and when.year >= 1990:
                    return when
    return None


def _headline_neighbours(tree: HtmlElement) -> list[HtmlElement]:
    """The elements right before and after the headline and its parent (DATE_LINE_REACH each
    way), nearest first."""
    heading = _headline_heading(tree)
    if heading is None:
        return []
    neighbours = []
    for element in (heading, heading.getparent()):
        if element is None:
            continue
        following, preceding = element.getnext(), element.getprevious()
        for _ in range(DATE_LINE_REACH):
            if following is not None:
                neighbours.append(following)
                following = following.getnext()
            if preceding is not None:
                neighbours.append(preceding)
                preceding = preceding.getprevious()
    return [element for element in neighbours if isinstance(element.tag, str)]


def dated_block_author(tree: HtmlElement, site_keys: set[str]) -> list[str]:
    """The person named on the first line of a byline block by the headline whose lines, split
    by <br>, hold a line that is only a date ("Ann Lee<br>Example News<br>Thu, 14 May 2020 17:55
    UTC"): a repost's block with the writer, the original outlet and the stamp. Only the first
    line is read (the next ones name the outlet), and only when it is a name of two words or more
    that is no section of the site ("World News")."""
    for element in _headline_neighbours(tree):
        if len(squash(element.text_content())) > MAX_DATE_BLOCK_CHARS:
            continue
        if (name := _name_before_date(element)) is not None:
            return [name]
        for block in element.iter():
            if not isinstance(block.tag, str) or block.find("br") is None:
                continue
            lines = text_with_breaks(block, "\n").split("\n")
            if len(lines) < 2 or not any(len(line) <= 60 and DATE_LINE.fullmatch(line) for line in lines[1:]):
                continue
            name = clean_author(lines[0], site_keys)
            if name and len(name.split()) >= 2 and not _words(name) & SECTION_WORDS:
                return [name]
    return []


# An author line of a name and the date after a colon, a bar or a dash ("Martin Fowler: 25 Feb 2026").
NAME_THEN_DATE = re.compile(r"^(?P<name>[^:|–—]{3,60}?)\s*[:|–—]\s*(?P<when>.{6,60})$")
AUTHOR_CLASS = re.compile(r"(?:^|[-_ ])(?:author|byline)(?:$|[-_ ])", re.IGNORECASE)


def _name_before_date(element: HtmlElement) -> str | None:
    """The name of an element the template marks as the author's ("<div class=author>") by the
    headline, whose text is a name and a date: "Martin Fowler: 25 Feb 2026"."""
    if not AUTHOR_CLASS.search(element.get("class") or ""):
        return None
    match = NAME_THEN_DATE.match(squash(element.text_content()))
    if match is None or not DATE_LINE.fullmatch(match["when"].strip()):
        return None
    # (a site named after its author, "martinfowler.com", does not make the author's name the site's)
    name = clean_author(match["name"], set())
    return name if name and len(name.split()) >= 2 and not _words(name) & SECTION_WORDS else None


def _block_lines(element: HtmlElement) -> list[str]:
    """The lines of the elements of a block that split their text with <br>s."""
    return [line for block in element.iter() if isinstance(block.tag, str) and block.find("br") is not None
            for line in text_with_breaks(block, "\n").split("\n")]


def _headline_heading(tree: HtmlElement) -> HtmlElement | None:
    """The element of the page's headline: its one h1 (or the one that is the headline), else,
    with no h1, the one h2 or h3 whose text is the headline."""
    headings = list(tree.iter("h1"))
    if len(headings) != 1:
        shown = headline(tree, None, None, None)
        tags = ("h1",) if headings else ("h2", "h3")
        headings = [h for h in tree.iter(*tags) if squash(h.text_content()) == shown]
    return headings[0] if len(headings) == 1 else None
