"""Throughput of the extractors on a list of texts (model loading is timed separately)."""

from __future__ import annotations

import time
from datetime import UTC, datetime


def _articles(texts: list[str]) -> list:
    from newsfacts.records import Article

    now = datetime.now(UTC)
    return [
        Article(
            article_id=f"bench-{i}", source_uri="", url=None, title=None, publisher=None,
            author=None, published_date=None, language="en", word_count=len(text.split()),
            body_text=text, content_hash="", raw_sha256="", raw_path="", input_format="text",
            ingested_at=now,
        )
        for i, text in enumerate(texts)
    ]


def benchmark_extraction(
    texts: list[str], batch_size: int = 64, ner_all_chunks: bool = True, n_process: int = 1
) -> dict:
    """Docs/s and tokens/s of parse + all extractors, with tokens fully parsed vs. total."""
    from newsfacts.extract.citations import extract_citations
    from newsfacts.extract.entities import extract_entities
    from newsfacts.extract.events import extract_events
    from newsfacts.extract.figures import extract_figures
    from newsfacts.extract.nlp import load_nlp, parse_articles

    started = time.perf_counter()
    nlp = load_nlp()
    model_load_s = time.perf_counter() - started
    articles = _articles(texts)
    tokens_total = sum(len(nlp.make_doc(text)) for text in texts)

    started = time.perf_counter()
    parsed = parse_articles(
        articles, batch_size=batch_size, ner_all_chunks=ner_all_chunks, n_process=n_process
    )
    parse_s = time.perf_counter() - started
    n_facts = 0
    for item in parsed:
        n_facts += len(extract_figures(item)) + len(extract_citations(item))
        n_facts += len(extract_events(item)) + len(extract_entities(item))
    total_s = time.perf_counter() - started

    tokens_parsed = sum(len(c.doc) for p in parsed for c in p.chunks if c.is_parsed)
    tokens_ner_only = sum(len(c.doc) for p in parsed for c in p.chunks if not c.is_parsed)
    return {
        "docs": len(texts),
        "tokens_total": tokens_total,
        "tokens_parsed": tokens_parsed,
        "tokens_ner_only": tokens_ner_only,
        "parsed_share": tokens_parsed / tokens_total if tokens_total else 0.0,
        "facts": n_facts,
        "model_load_s": round(model_load_s, 3),
        "parse_s": round(parse_s, 3),
        "total_s": round(total_s, 3),
        "docs_per_s": len(texts) / total_s if total_s else 0.0,
        "tokens_per_s": tokens_total / total_s if total_s else 0.0,
        "parsed_tokens_per_s": tokens_parsed / total_s if total_s else 0.0,
    }
