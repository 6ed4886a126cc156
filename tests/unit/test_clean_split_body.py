"""A body the page splits into containers of one class between ad rows is read whole."""

from __future__ import annotations

from newsfacts.clean.html import clean_html_document
from newsfacts.clean.metadata import load_tree
from newsfacts.clean.split_body import MAX_BODY_PARTS, missing_paragraphs

PARAGRAPH = ("<p>{n}. The council voted on the budget for the coming year after a long debate "
             "about schools, roads and the harbour, and the mayor said the plan would hold.</p>")


def _page(part_class: str, parts: int, aside: bool = False) -> str:
    """An article of `parts` containers of `part_class`, three paragraphs each, ads between."""
    blocks = []
    for part in range(parts):
        paragraphs = "".join(PARAGRAPH.format(n=part * 3 + i + 1) for i in range(3))
        container = f'<div class="{part_class}">{paragraphs}</div>'
        if aside and part == parts - 1:
            container = f"<aside>{container}</aside>"
        blocks.append(container)
        blocks.append('<div class="ad-row"><span class="ad-label">Advertisement</span></div>')
    return ("<html><head><title>Council passes budget</title></head><body><article>"
            "<h1>Council passes budget</h1>" + "".join(blocks) + "</article></body></html>")


def _numbers(body: str) -> list[int]:
    return [int(line.split(".")[0]) for line in body.split("\n") if line[:1].isdigit()]


def test_every_part_of_a_body_split_by_ad_rows_is_kept_in_page_order():
    cleaned = clean_html_document(_page("grid--item body article__body", parts=3))
    assert _numbers(cleaned.body_text) == list(range(1, 10))


def _first_part_text() -> str:
    return "\n".join(" ".join(PARAGRAPH.format(n=i)[3:-4].split()) for i in (1, 2, 3))


def test_a_generic_class_shared_by_other_blocks_is_not_taken_for_the_body():
    # Comments, teasers and widgets share classes such as "row" or "text": never appended.
    tree = load_tree(_page("row", parts=3))
    assert missing_paragraphs(tree, _first_part_text()) == []


def test_many_containers_of_a_body_class_are_a_list_not_one_body():
    tree = load_tree(_page("article-body", parts=MAX_BODY_PARTS + 1))
    assert missing_paragraphs(tree, _first_part_text()) == []
    tree = load_tree(_page("article-body", parts=MAX_BODY_PARTS))
    assert len(missing_paragraphs(tree, _first_part_text())) == 3 * (MAX_BODY_PARTS - 1)


def test_a_part_inside_an_aside_is_not_the_article():
    cleaned = clean_html_document(_page("story-body", parts=3, aside=True))
    assert 7 not in _numbers(cleaned.body_text)
