"""`newsfacts bench` builds distinct articles from reused pages, and its discovery timing adds up."""

from __future__ import annotations

from datetime import UTC, datetime

from newsfacts.clean import clean_input
from newsfacts.records import Article, InputFormat, RawInput
from newsfacts.scale_bench import corpus_pages, page_copy, time_discovery
from tests.conftest import SAMPLES

NOW = datetime(2024, 8, 1, tzinfo=UTC)


def test_copies_of_a_page_are_distinct_articles_not_duplicates():
    (page,) = [p for p in corpus_pages(SAMPLES / "html") if p.name.startswith("gulf-ledger")]
    payload = page.read_bytes()
    assert page_copy(payload, 0) == payload
    ids = set()
    for copy in range(3):
        raw = RawInput(f"copy-{copy}.html", InputFormat.HTML, "x", "x", 0)
        article = clean_input(raw, page_copy(payload, copy), NOW)
        assert isinstance(article, Article)
        ids.add(article.article_id)
    assert len(ids) == 3


def test_discovery_timing_sends_only_the_inputs_not_landed():
    result = time_discovery(SAMPLES / "html", 20)
    assert (result["inputs"], result["landed_before"], result["sent_to_extraction"]) == (20, 19, 1)


def test_the_bare_loop_times_every_page_it_is_given_after_an_untimed_warm_up():
    from newsfacts.scale_bench import bare_loop

    pages = corpus_pages(SAMPLES / "html")
    result = bare_loop(pages)
    assert result["docs"] == len(pages) >= 3
    assert result["seconds"] > 0
    assert abs(result["docs_per_s"] - len(pages) / result["seconds"]) < 0.1 * result["docs_per_s"]
