"""The plain-text cleaner reads metadata lines and cuts site leftovers (seeds in data/samples)."""

from __future__ import annotations

from datetime import date

import pytest

from newsfacts.clean.text import clean_text_document
from tests.conftest import SAMPLES


def seed(prefix: str):
    path = next(SAMPLES.glob(f"{prefix}_*.txt"))
    return clean_text_document(path.read_text(encoding="utf-8"))


def test_dawn_publisher_and_date_come_from_the_published_in_line():
    cleaned = seed("004")
    assert cleaned.publisher == "Dawn"
    assert cleaned.published_date == date(2024, 1, 26)
    assert cleaned.body_text.startswith("BAGHDAD: Baghdad and Washington have agreed")
    assert cleaned.body_text.endswith("the statement said.")


@pytest.mark.parametrize(
    "leftover", ["Published in Dawn", "Opinion", "Editorial", "China security ties", "Steep price",
                 "Bara’s businesswomen", "14 Nov, 2024"],
)
def test_dawn_editorial_sidebar_is_cut(leftover):
    assert leftover not in seed("004").body_text


def test_trt_reuters_metadata():
    cleaned = seed("003")
    assert cleaned.published_date == date(2024, 7, 22)
    assert cleaned.title == "Iraq targets September for start of US-led forces drawdown"
    assert cleaned.publisher == "Reuters"
    assert cleaned.author == "Sadiq S Bhat"
    assert cleaned.body_text.startswith("Washington and Baghdad began negotiations")
    assert cleaned.body_text.endswith("an ally of both Washington and Tehran.")


@pytest.mark.parametrize(
    "leftover",
    ["4 MIN READ", "RECOMMENDED", "WORLD", "SOURCE", "Explore", "Tom Cruise", "Elon Musk",
     "Saudi–Turkish investment forum", "Relatedİ", "RelatedTürkiye", "/Photo:", "Sadiq S Bhat",
     "July 22, 2024", "13-year-old Australian boy"],
)
def test_trt_leftovers_are_cut(leftover):
    assert leftover not in seed("003").body_text


def test_trt_title_is_not_repeated_in_body():
    assert "Iraq targets September for start of US-led forces drawdown" not in seed("003").body_text


def test_leading_date_line_with_title_on_the_same_line():
    cleaned = seed("000")
    assert cleaned.published_date == date(2024, 1, 26)
    assert cleaned.title.startswith("Has the countdown begun")
    assert cleaned.body_text.startswith("This coalition has been present there since 2014")
    assert "date 2024" not in cleaned.body_text


def test_comment_form_prompts_are_cut_and_section_label_dropped_from_title():
    cleaned = seed("001")
    assert cleaned.title == "US and Iraq initiate formal discussions on phasing out the US-led military coalition"
    assert "Please enter" not in cleaned.body_text
    assert cleaned.published_date is None
    assert cleaned.body_text.endswith("continuing attacks.")


def test_article_without_metadata_keeps_every_paragraph():
    cleaned = seed("002")
    assert cleaned.title is None and cleaned.publisher is None and cleaned.published_date is None
    assert "ISIS Revival" in cleaned.body_text  # a subheading is article text
    assert len(cleaned.body_text.splitlines()) == 11


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("date 2023-12-31 Title of a story here\nBody line one is long enough.", (date(2023, 12, 31), None)),
        ("Some title of the story\nBody.\nPublished in The Nation, March 3rd, 2022", (date(2022, 3, 3), "The Nation")),
        ("A headline about things\nText.\nSOURCE: AFP", (None, "AFP")),
        ("A headline about things\nText.\nSOURCE:Reuters\nExplore\nOther headline 4", (None, "Reuters")),
        # must not match: dates and sources that are article text
        ("A headline about things\nThe date 2023-12-31 was chosen.", (None, None)),
        ("A headline about things\nThe minister published in Dawn, an op-ed, in 2020.", (None, None)),
        ("A headline about things\nSOURCES say the talks failed.", (None, None)),
    ],
)
def test_metadata_lines(text, expected):
    cleaned = clean_text_document(text)
    assert (cleaned.published_date, cleaned.publisher) == expected


@pytest.mark.parametrize(
    ("line", "is_cut"),
    [
        ("12 MIN READ", True),
        ("1 min read", True),
        ("RECOMMENDED", True),
        ("Please enter your name here", True),
        ("Your email address will not be published. Required fields are marked *", True),
        ("RelatedAnother story headline", True),
        ("Troops read the 12 minute briefing.", False),
        ("Officials recommended a timetable.", False),
        ("Related talks will follow next week.", False),
        ("Please note the figures are estimates.", False),
    ],
)
def test_furniture_lines(line, is_cut):
    cleaned = clean_text_document(f"A headline about the talks\nFirst paragraph.\n{line}\nLast paragraph.")
    assert (line not in cleaned.body_text) is is_cut
