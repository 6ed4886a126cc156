"""A text the fact extractors fail on costs that text, never the batch it came in."""

from __future__ import annotations

import dataclasses
from datetime import date

from newsfacts import pipeline
from newsfacts.extract.bench import _articles


def test_one_failing_text_goes_to_quarantine_and_the_rest_keep_their_facts() -> None:
    good, bad = _articles([
        "The council approved the budget on Tuesday, its chair said.",
        "The ministry said on Monday that 40 schools would reopen.",
    ])
    good = dataclasses.replace(good, source_uri="inbox/good.txt", published_date=date(2019, 11, 20),
                               raw_sha256="a" * 64, raw_path="raw/a")
    # A record the extractors cannot read: its body is not text.
    bad = dataclasses.replace(bad, source_uri="inbox/bad.txt", body_text=None,
                              raw_sha256="b" * 64, raw_path="raw/b")

    facts, failed = pipeline._extract_tagged_facts([good, bad])

    assert list(failed) == ["inbox/bad.txt"]
    assert failed["inbox/bad.txt"].startswith("facts could not be extracted: ")
    assert set(facts["event_mentions"].column("source_uri").to_pylist()) == {"inbox/good.txt"}
    assert facts["citations"].num_rows >= 1


def test_without_failures_nothing_is_quarantined() -> None:
    (article,) = _articles(["Officials said on Friday that the bridge would close."])
    article = dataclasses.replace(article, source_uri="inbox/one.txt", published_date=date(2019, 11, 22))
    facts, failed = pipeline._extract_tagged_facts([article])
    assert failed == {}
    assert facts["event_mentions"].num_rows == 1
