"""`make bench`: extraction quality and speed on the shared corpus (benchmarks, not tests).

Runs the pipeline over ../shared/corpus/aeb/html into a scratch warehouse, scores
body_text against the article-extraction benchmark's ground truth, and times the
cleaning (trafilatura) and fact extraction (spaCy) stages on their own.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from newsfacts.config import PROJECT_ROOT
from newsfacts.scoring import corpus_f1

AEB_DIR = PROJECT_ROOT.parent / "shared" / "corpus" / "aeb"


def aeb_expected(aeb_dir: Path = AEB_DIR) -> dict[str, str]:
    """Ground-truth article bodies keyed by page id."""
    truth = json.loads((aeb_dir / "ground-truth.json").read_text(encoding="utf-8"))
    return {page_id: entry["articleBody"] for page_id, entry in truth.items()}


def aeb_predicted(warehouse: Path) -> dict[str, str]:
    """body_text of each landed aeb page, keyed by page id (the file's stem)."""
    from newsfacts.publish import connect_read_only

    with connect_read_only(warehouse) as con:
        rows = con.execute("select source_uri, body_text from dim_articles").fetchall()
    return {Path(uri).stem: body for uri, body in rows}


def time_cleaning(html_dir: Path) -> dict[str, float]:
    """Docs/s of trafilatura cleaning alone, one core."""
    from newsfacts.clean.html import clean_html_document

    pages = [path.read_bytes() for path in sorted(html_dir.glob("*.html"))]
    started = time.perf_counter()
    for page in pages:
        clean_html_document(page)
    elapsed = time.perf_counter() - started
    return {"pages": len(pages), "seconds": round(elapsed, 2), "docs_per_s": round(len(pages) / elapsed, 1)}


def time_extraction(warehouse: Path) -> dict[str, float]:
    """Docs/s and tokens/s of the spaCy fact extractors on the landed English bodies."""
    from newsfacts.extract.bench import benchmark_extraction
    from newsfacts.publish import connect_read_only

    with connect_read_only(warehouse) as con:
        texts = [row[0] for row in con.execute("select body_text from dim_articles where language = 'en'").fetchall()]
    result = benchmark_extraction(texts)
    return {key: round(value, 3) if isinstance(value, float) else value for key, value in result.items()}


def main() -> int:
    """Run the benchmark and print a JSON report."""
    if not AEB_DIR.is_dir():
        print(f"bench: corpus not found at {AEB_DIR}", file=sys.stderr)
        return 2
    from newsfacts.cli import main as cli_main

    report: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-") as scratch:
        warehouse = Path(scratch) / "aeb.duckdb"
        started = time.perf_counter()
        if cli_main(["run", "--inbox", str(AEB_DIR / "html"), "--warehouse", str(warehouse)]) != 0:
            return 1
        report["pipeline_seconds"] = round(time.perf_counter() - started, 1)
        predicted = aeb_predicted(warehouse)
        report["aeb_landed"] = len(predicted)
        report["aeb_body_text"] = {k: round(v, 4) for k, v in corpus_f1(predicted, aeb_expected()).items()}
        report["extraction"] = time_extraction(warehouse)
    report["cleaning"] = time_cleaning(AEB_DIR / "html")
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
