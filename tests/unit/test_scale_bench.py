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
    assert result["cpu_seconds"] > 0
    # (cpu_seconds is rounded to 10 ms, cpu_ms_per_doc computed before rounding)
    assert abs(result["cpu_ms_per_doc"] - 1000 * result["cpu_seconds"] / len(pages)) <= 5 / len(pages) + 0.1


def test_copy_words_are_letters_only_and_distinct():
    from newsfacts.scale_bench import copy_word

    words = [copy_word(n) for n in range(1, 800)]
    assert len(set(words)) == len(words)
    assert all(w.isalpha() and w.startswith("Copy") for w in words)
    assert (copy_word(1), copy_word(26), copy_word(27)) == ("Copyb", "Copyba", "Copybb")


def test_a_copy_adds_no_fact_candidate():
    from newsfacts.extract.nlp import is_fact_candidate
    from newsfacts.scale_bench import copy_word

    sentence = "The committee met behind closed doors."
    assert not is_fact_candidate(sentence)
    assert not is_fact_candidate(f"{copy_word(12)} {sentence}")


def test_the_bare_loop_reads_the_inbox_copies_spread_over_the_inbox(tmp_path):
    from newsfacts.scale_bench import bare_sample, fill_inbox

    pages = corpus_pages(SAMPLES / "html")
    fill_inbox(tmp_path, pages, 0, 5 * len(pages) + 3)
    sample = bare_sample(tmp_path, len(pages))
    assert len(sample) == len(pages)
    assert len({p.name.split("-", 1)[1] for p in sample}) > len(pages) // 2
    numbers = [int(p.name.split("-", 1)[0]) for p in sample]
    assert numbers[-1] >= 3 * len(pages)


def test_cpu_use_is_the_share_of_the_cores_time_a_run_used():
    from newsfacts.scale_bench import cpu_use

    assert cpu_use(150.0, 100.0, 2) == {"cpu_seconds": 150.0, "core_share": 0.75}
    assert cpu_use(10.0, 0.0, 2)["core_share"] == 0.0


def test_children_cpu_seconds_count_a_finished_child_process():
    import subprocess
    import sys

    from newsfacts.scale_bench import children_cpu_seconds

    before = children_cpu_seconds()
    subprocess.run([sys.executable, "-c", "sum(i * i for i in range(3_000_000))"], check=True)
    assert children_cpu_seconds() - before > 0.05
