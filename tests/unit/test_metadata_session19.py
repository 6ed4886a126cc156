"""Session 19: an archive link's label glued to the author's name."""

from __future__ import annotations

import pytest

from newsfacts.clean.metadata import authors, clean_author, text_with_breaks
from tests.unit.test_metadata_session13 import _page

# Authors -------------------------------------------------------------------------------------

def test_an_archive_links_label_is_no_second_author() -> None:
    body = ('<h1>Harbour rates rise again</h1><div class="meta"><a rel="author" href="/a/ines">Ines Valtonen</a>'
            '</div><p>Text.</p><div class="author-box"><a rel="author" href="/a/ines">VIEW ALL POSTS BY<br>'
            'Ines Valtonen</a></div>')
    assert authors(_page(body=body), None, None, "harbourledger.example") == ["Ines Valtonen"]


@pytest.mark.parametrize("label", ["Show all articles of Ines Valtonen", "More from Ines Valtonen",
                                   "See all stories by Ines Valtonen", "All posts by Ines Valtonen"])
def test_an_archive_label_before_a_name_is_cut(label: str) -> None:
    assert clean_author(label, set()) == "Ines Valtonen"


def test_a_line_break_separates_the_lines_of_a_link() -> None:
    element = _page(body='<a id="x">More from<br>Ines <b>Valtonen</b></a>').get_element_by_id("x")
    assert text_with_breaks(element) == "More from Ines Valtonen"
    assert text_with_breaks(element, "\n") == "More from\nInes Valtonen"
