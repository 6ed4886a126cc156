"""Session 15 review guards (measured things): money a verb of its own already names, a 'who'
after a count whose noun the sentence already gave."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_figures import figures_of


@pytest.mark.parametrize(("sentence", "text", "noun"), [
    ("She spent the $200 she earned on books.", "$200", "spending"),
    ("Ford recalled 300,000 vehicles, including 50,000 who were sold in Canada.", "50,000", "vehicle"),
    ("Police questioned the 200 who attended the rally.", "200", "person"),
    ("Critics compared it with the $90 million the bridge would cost.", "$90 million", "cost"),
])
def test_guard(sentence: str, text: str, noun: str) -> None:
    assert {f.text: f.noun for f in figures_of(sentence)}[text] == noun
