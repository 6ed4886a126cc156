"""Articles whose body the page splits into several containers of one kind, between ad rows.

Some publishers' templates (Condé Nast's Wired among them) close the article's body container
at every mid-article advertisement and open a new one of the same tag and class after it.
trafilatura keeps the first container only, so everything after the first ad was lost (on two
of the 181 benchmark pages, 60% of the article). This module finds the container that holds the
body's first paragraph and, when its class says it holds a body, the few other containers with
exactly its tag and class, and returns their paragraphs that the body lacks.
"""

from __future__ import annotations

import re

from newsfacts.clean.metadata import squash as _squash

# A paragraph shorter than this is not matched or added (captions, "Advertisement" labels).
MIN_PARAGRAPH_WORDS = 8
# The first body line used to find the body's container in the page.
PROBE_CHARS = 60
# Ancestors whose contents are never the article (sidebars, navigation, footers).
NOT_ARTICLE_TAGS = {"aside", "nav", "footer", "header", "form"}
# More containers of one class than this are a list (comments, teasers, widgets), not one body.
MAX_BODY_PARTS = 6


def _names_a_body(class_attribute: str) -> bool:
    """'article__body', 'story-body', 'articleBody', 'body': a class that says it holds a body.

    Generic layout classes ('row', 'text', 'widget-container') are shared by comments, teasers
    and newsletter boxes, which are never read as the article's continuation.
    """
    return any(_is_body_token(token) for token in class_attribute.split())


# A class token that says its element holds the article's text: 'article__body', 'story-body',
# 'mod-articletext', 'article-text', 'storytext'.
BODY_TOKEN = re.compile(r"body|(?:article|story)[-_]*text", re.IGNORECASE)
# A part whose class or id says it is furniture is never read as the article's continuation,
# whatever body class it shares ('comment-body', 'related-body', 'caption body').
FURNITURE_NAME = re.compile(r"comment|related|caption|promo|teaser|recommend|newsletter|sidebar|more[-_]",
                            re.IGNORECASE)
# A paragraph whose letters are mostly link text is a list entry, not the article's prose.
MAX_PARAGRAPH_LINK_SHARE = 0.5


def _is_body_token(token: str) -> bool:
    return BODY_TOKEN.search(token) is not None


def _body_tokens(element) -> set[str]:
    return {t for t in (element.get("class") or "").split() if _is_body_token(t)}


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())


def _link_share(paragraph) -> float:
    letters = len(re.sub(r"\W+", "", paragraph.text_content()))
    linked = sum(len(re.sub(r"\W+", "", a.text_content())) for a in paragraph.iter("a"))
    return linked / letters if letters else 0.0


def _paragraphs(container) -> list[str]:
    texts = (_squash(p.text_content()) for p in container.iter("p")
             if _link_share(p) <= MAX_PARAGRAPH_LINK_SHARE)
    return [t for t in texts if len(t.split()) >= MIN_PARAGRAPH_WORDS]


def _outside_article(element) -> bool:
    return any(a.tag in NOT_ARTICLE_TAGS for a in element.iterancestors())


def _body_container(tree, body: str):
    """The classed element (or the one marked as the article's body) around the first <p> that
    opens one of the body's lines."""
    probes = {_key(line)[:PROBE_CHARS] for line in body.split("\n")[:5]
              if len(line.split()) >= MIN_PARAGRAPH_WORDS}
    if not probes:
        return None
    for paragraph in tree.iter("p"):
        if _key(paragraph.text_content())[:PROBE_CHARS] in probes:
            for ancestor in paragraph.iterancestors():
                if ancestor.get("class") or ancestor.get("itemprop") == "articleBody":
                    return ancestor
            return None
    return None


def _parts(tree, first) -> list:
    """The containers of the body: those of the first one's tag and class, or, when its classes
    differ part by part ('mod-articletext' first, 'mod-articletextwithad mod-articletext' after
    the ad), the first one and those after it that share one of its body classes; or the
    elements marked, like the first one, as the article's body (itemprop="articleBody")."""
    if first.get("itemprop") == "articleBody":
        return [e for e in tree.iter(first.tag) if e.get("itemprop") == "articleBody"]
    same = [e for e in tree.iter(first.tag) if e.get("class") == first.get("class")]
    if len(same) >= 2:
        return same
    tokens = _body_tokens(first)
    parts, seen_first = [], False
    for element in tree.iter(first.tag):
        seen_first = seen_first or element is first
        if seen_first and (element is first or tokens & _body_tokens(element)):
            parts.append(element)
    return parts


def _is_furniture(container) -> bool:
    return FURNITURE_NAME.search(f"{container.get('class') or ''} {container.get('id') or ''}") is not None


def missing_paragraphs(tree, body: str) -> list[str]:
    """Paragraphs of the body's later containers of its kind that the body does not hold."""
    if tree is None or not body:
        return []
    first = _body_container(tree, body)
    if first is None or not (_names_a_body(first.get("class") or "") or first.get("itemprop") == "articleBody"):
        return []
    siblings = _parts(tree, first)
    if not 2 <= len(siblings) <= MAX_BODY_PARTS:
        return []
    present = _key(body)
    listed = set(siblings)
    missing = []
    for container in siblings:
        if container is first or _outside_article(container) or _is_furniture(container):
            continue
        if any(ancestor in listed for ancestor in container.iterancestors()):
            continue  # nested in another container of the list: read with it
        missing += [p for p in _paragraphs(container) if _key(p)[:PROBE_CHARS] not in present]
    return missing


def with_continuations(tree, body: str) -> str:
    """The body with the paragraphs of its later containers appended, in page order."""
    missing = missing_paragraphs(tree, body)
    return "\n".join([body, *missing]) if missing else body


# Block elements after which a container's loose text (the element's tail) is a line of its own.
BLOCK_TAGS = {"div", "p", "table", "ul", "ol", "blockquote", "h2", "h3", "h4", "h5", "h6", "figure"}
# Containers whose loose text is read: a blog template's post body is a <div> of text and <br>s.
LOOSE_TEXT_PARENTS = {"div", "article", "section", "td", "main"}


SENTENCE_ENDS = (".", "!", "?", "”", '"', ":")
# Elements of running text a loose line may hold ("See <a>our map</a> of closures.").
PHRASING_TAGS = {"a", "b", "strong", "em", "i", "u", "span", "abbr", "cite", "code", "q", "small", "sub", "sup",
                 "mark", "time"}


def _inline_run(block) -> list:
    """The inline elements between a block element's tail and the next block element or <br>,
    when all of them are plain running text; [] otherwise (then only the tail is read)."""
    if len(_squash(block.tail).split()) < 2:
        return []  # a loose line opens with words of its own
    run = []
    following = block.getnext()
    while following is not None and following.tag not in BLOCK_TAGS and following.tag != "br":
        if following.tag not in PHRASING_TAGS or following.get("itemprop") is not None or any(
                d.tag in BLOCK_TAGS or d.tag == "br" or d.get("itemprop") is not None
                for d in following.iterdescendants()):
            return []  # a box, a line break, or a template's hidden schema.org fields
        run.append(following)
        following = following.getnext()
    return run


def wrap_loose_lines(tree) -> int:
    """Wrap (in place) each line of text a container holds loose after a block element into a
    paragraph of its own; the number wrapped.

    A blog editor writes a post as one <div> of text and <br>s, with empty `<div><br></div>`
    spacers between its lines: the line after a spacer is the spacer's tail, which trafilatura
    drops ("Maintenance releases will follow in the first quarter" lost between two kept lines).
    Only a tail of MIN_PARAGRAPH_WORDS words or more that ends like a sentence is wrapped, so
    a menu's loose "|" or a label after a box stays as it is.
    """
    from lxml.html import Element

    wrapped = 0
    for child in list(tree.iter(*BLOCK_TAGS)):
        parent = child.getparent()
        tail = child.tail or ""
        if parent is None or parent.tag not in LOOSE_TEXT_PARENTS:
            continue
        # The line runs on through inline elements ("See <a>our map</a> of closures.") to the
        # next block element or <br>: wrapping only the text before a link would split the line
        # and leave its rest loose (trafilatura then read the post as one run of text).
        run = _inline_run(child)
        line = _squash(tail + "".join(e.text_content() + (e.tail or "") for e in run))
        if run and (len(line.split()) < MIN_PARAGRAPH_WORDS or not line.endswith(SENTENCE_ENDS)):
            run, line = [], _squash(tail)
        if len(line.split()) < MIN_PARAGRAPH_WORDS or not line.endswith(SENTENCE_ENDS):
            continue
        if _outside_article(child):
            continue  # asked last: a walk up the ancestors of every block element is the cost
        paragraph = Element("p")
        paragraph.text = tail.lstrip()
        child.tail = "\n"
        child.addnext(paragraph)
        for element in run:
            paragraph.append(element)  # moves the element with its tail
        wrapped += 1
        # The container's opening text becomes a paragraph too, so that all its lines are read
        # alike, when it is a whole line (a block element, not a link inside it, follows it).
        opening = _squash(parent.text)
        if len(opening.split()) >= MIN_PARAGRAPH_WORDS and parent[0].tag in BLOCK_TAGS:
            first = Element("p")
            first.text = parent.text.strip()
            parent.text = "\n"
            parent.insert(0, first)
    return wrapped
