"""A body split around an ad into containers whose classes differ but share an article-text
class (or are all marked itemprop="articleBody") is read whole; lists beside it are not."""

from __future__ import annotations

from newsfacts.clean.html import clean_html_document
from newsfacts.clean.metadata import load_tree
from newsfacts.clean.split_body import missing_paragraphs

PARAGRAPH = ("<p>{n}. The harbour board approved the dredging contract on Thursday after months of "
             "talks with fishermen, and the chair said work would start before the spring tides.</p>")
AD = '<div class="ad-slot"><span>Advertisement</span></div>'


def _paragraphs(numbers) -> str:
    return "".join(PARAGRAPH.format(n=n) for n in numbers)


def _page(first: str, after: str) -> str:
    return ("<html><head><title>Harbour dredging approved</title></head><body>"
            "<h1>Harbour dredging approved</h1>"
            f'<div class="area"><div class="mod-storytext">{first}</div></div>{AD}'
            f'<div class="area">{after}</div></body></html>')


def _numbers(body: str) -> list[int]:
    return [int(line.split(".")[0]) for line in body.split("\n") if line[:1].isdigit()]


def _opening(numbers) -> str:
    return "\n".join(" ".join(PARAGRAPH.format(n=n)[3:-4].split()) for n in numbers)


def test_a_later_part_sharing_an_article_text_class_is_appended_in_order():
    page = _page(_paragraphs([1, 2, 3]),
                 f'<div id="after-ad" class="mod-storytextwithad mod-storytext">{_paragraphs([4, 5, 6, 7])}</div>')
    cleaned = clean_html_document(page)
    assert _numbers(cleaned.body_text) == list(range(1, 8))


def test_parts_marked_as_the_article_body_are_appended():
    page = ("<html><body><h1>Harbour dredging approved</h1>"
            f'<div itemprop="articleBody">{_paragraphs([1, 2, 3])}</div>{AD}'
            f'<div itemprop="articleBody">{_paragraphs([4, 5])}</div></body></html>')
    assert len(missing_paragraphs(load_tree(page), _opening([1, 2, 3]))) == 2


def test_a_related_stories_part_is_not_appended():
    related = ('<div class="related-stories mod-storytext">'
               + "".join(f'<p><a href="/s{i}">Other story number {i} about the town council and '
                         f"its long budget fight</a></p>" for i in range(4)) + "</div>")
    tree = load_tree(_page(_paragraphs([1, 2, 3]), related))
    assert missing_paragraphs(tree, _opening([1, 2, 3])) == []


def test_a_list_of_links_sharing_the_body_class_is_not_appended():
    links = ('<div class="mod-storytext">'
             + "".join(f'<p><a href="/s{i}">Read the earlier story number {i} about the harbour board '
                       f"and its dredging plans</a></p>" for i in range(4)) + "</div>")
    tree = load_tree(_page(_paragraphs([1, 2, 3]), links))
    assert missing_paragraphs(tree, _opening([1, 2, 3])) == []


def test_a_part_before_the_first_one_is_not_appended_when_classes_differ():
    page = ("<html><body><h1>Harbour dredging approved</h1>"
            f'<div class="teaser-x mod-storytext">{_paragraphs([8, 9])}</div>'
            f'<div class="mod-storytext">{_paragraphs([1, 2, 3])}</div>{AD}'
            f'<div class="x mod-storytext">{_paragraphs([4])}</div></body></html>')
    missing = missing_paragraphs(load_tree(page), _opening([1, 2, 3]))
    assert _numbers("\n".join(missing)) == [4]


def test_a_comment_part_sharing_a_body_class_is_not_appended():
    page = _page(_paragraphs([1, 2, 3]), f'<div class="comment mod-storytext">{_paragraphs([4, 5])}</div>')
    assert missing_paragraphs(load_tree(page), _opening([1, 2, 3])) == []
