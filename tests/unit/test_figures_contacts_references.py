"""Telephone numbers of a contact block and entries of a numbered reference list are no figures
(figures/exclusions.is_phone_or_reference)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from newsfacts.extract import extract_facts
from newsfacts.records import Article


def figures_of(text: str) -> list[tuple[str, float]]:
    article = Article(
        article_id="t", source_uri="", url=None, title=None, publisher=None, author=None,
        published_date=date(2021, 5, 4), language="en", word_count=len(text.split()), body_text=text,
        content_hash="", raw_sha256="", raw_path="", input_format="text", ingested_at=datetime.now(UTC),
    )
    return [(f.text, f.value) for f in extract_facts([article]).figures]


@pytest.mark.parametrize("text", [
    "Press: Maria Lund, Sweden, +46 8 555 0123. Investors: US, + 1 415 555 0199.",
    "For tickets call (415) 555-0142 or 1-800-555-0199 before Friday.",
    "Contact the newsroom on 415-555-0142.",
])
def test_telephone_numbers_are_no_figures(text: str) -> None:
    assert figures_of(text) == []


def test_a_reference_list_gives_no_figures() -> None:
    text = ("Patients treated early did better, the company said.\n"
            "| 1. | Okafor T, Lind M. Outcomes after transplant. J Clin Haem. 2015;12:211–219 |\n"
            "| 2. | Brandt K et al. Early care in the ward. Lancet Haem. 2012;7(3):45-52 |\n"
            "3. Ruiz P. Long-term follow-up. Blood Rev. 2018;31:88–97.")
    assert figures_of(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a price beside a phone number stays
    ("Tickets cost $25; call (415) 555-0142 to book.", [("$25", 25.0)]),
    # a study cited inside a sentence keeps the sentence's figures
    ("Okafor et al. found that 45% of 2,000 patients improved (Blood 2015;12:211).",
     [("45%", 45.0), ("2,000", 2000.0)]),
    # counts that merely look like digit groups are figures
    ("The firm sold 650 cars in 2019 and 496 in 2018.", [("650", 650.0), ("496", 496.0)]),
])
def test_figures_beside_them_stay(text: str, expected: list[tuple[str, float]]) -> None:
    assert figures_of(text) == expected
