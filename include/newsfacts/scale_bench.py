"""`newsfacts bench`: the whole pipeline at N pages, per stage, against a bare loop, and incrementally.

N pages come from a corpus folder, reused with a per-copy variation (a word added to every
paragraph) so that copies are distinct articles, not duplicates. The full pipeline runs as
`newsfacts run` does; per-stage times come from Airflow's own task records. A bare
single-process loop (trafilatura.extract, then the fact extractors) over a sample of the inbox's
pages (the same copies the pipeline read) gives the ceiling of one core with no pipeline around it. Then 1% new pages are added
and the pipeline runs again: the incremental cost; then once more over the unchanged inbox.
Beside wall seconds it counts CPU seconds (its children's rusage), which a shared machine's other
processes move far less: the pipeline's CPU per page against the bare loop's.
"""

from __future__ import annotations

import re
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from dataclasses import replace
from pathlib import Path

from newsfacts.config import child_environment, load_settings

PAGE_SUFFIXES = (".html", ".htm")
PARAGRAPH_RE = re.compile(rb"(<p\b[^>]*>)", re.IGNORECASE)
# The bare loop reads as many inbox pages as the corpus has, spread over the inbox: a 40-page
# sample missed the corpus's mean page cost by up to a sixth, which moved the ratio more than any
# code change, and the corpus's own pages (no copy word) were cheaper than the copies the pipeline read.
BARE_WARM_UP = 5
STAGES = ("discover", "extract", "load", "anything_new", "transform", "validate", "publish", "report",
          "analyst_docs")
# discover's own line in the run's log ends with its seconds; the rest of the discover task's time
# is Airflow's: dag.test() starts its in-process execution API with the first task.
DISCOVERED_RE = re.compile(r"^discovered .*\((\d+(?:\.\d+)?) s\)$", re.MULTILINE)


def corpus_pages(corpus: Path) -> list[Path]:
    """The corpus's HTML pages, in a fixed order."""
    return sorted(p for p in corpus.rglob("*") if p.suffix.lower() in PAGE_SUFFIXES and p.is_file())


def copy_word(copy: int) -> str:
    """A word naming copy number `copy` in letters only ("Copyb", "Copyba"): a digit would make
    every paragraph's opening sentence a fact candidate, and the copies dearer to read than news."""
    letters = ""
    while True:
        copy, digit = divmod(copy, 26)
        letters = "abcdefghijklmnopqrstuvwxyz"[digit] + letters
        if copy == 0:
            return "Copy" + letters


def page_copy(page: bytes, copy: int) -> bytes:
    """The page itself for copy 0; otherwise with a copy word opening every paragraph."""
    if copy == 0:
        return page
    return PARAGRAPH_RE.sub(lambda m: m.group(1) + f"{copy_word(copy)} ".encode(), page)


def fill_inbox(inbox: Path, pages: list[Path], start: int, stop: int) -> None:
    """Write inputs number start..stop-1 into the inbox, cycling over the pages."""
    inbox.mkdir(parents=True, exist_ok=True)
    for number in range(start, stop):
        copy, index = divmod(number, len(pages))
        target = inbox / f"{number:06d}-{pages[index].stem[:16]}.html"
        target.write_bytes(page_copy(pages[index].read_bytes(), copy))


def children_cpu_seconds() -> float:
    """CPU seconds (user + system) of every finished child process and its waited-for children:
    after `newsfacts run` returns, its extract workers and dbt included."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cpu_use(cpu_seconds: float, wall_seconds: float, cores: int) -> dict[str, float]:
    """What a run cost in CPU, which other processes on a shared machine do not change, beside
    the wall time, which they do: its CPU seconds, and the share of the cores' time it used
    (1.0: every core busy with it throughout; less: serial steps, waiting, or cores taken by others)."""
    return {"cpu_seconds": round(cpu_seconds, 1),
            "core_share": round(cpu_seconds / (wall_seconds * cores), 2) if wall_seconds > 0 and cores > 0 else 0.0}


def run_pipeline(inbox: Path, warehouse: Path, log: Path) -> float:
    """Run `newsfacts run` once; return its wall seconds. Its output goes to the log."""
    started = time.perf_counter()
    with log.open("a") as out:
        result = subprocess.run(
            [str(Path(sys.executable).parent / "newsfacts"), "run", "--inbox", str(inbox),
             "--warehouse", str(warehouse)],
            env=child_environment(), stdout=out, stderr=subprocess.STDOUT, check=False,
        )
    if result.returncode != 0:
        raise RuntimeError(f"newsfacts run failed ({result.returncode}); see {log}:\n"
                           + log.read_text()[-3000:])
    return time.perf_counter() - started


def discovery_seconds(log: Path) -> float | None:
    """Seconds of discovery's own work in the latest run, from its line in the log."""
    found = DISCOVERED_RE.findall(log.read_text(errors="replace"))
    return float(found[-1]) if found else None


def load_average() -> float:
    """The machine's 1-minute load average: on a shared machine, how much of it was ours."""
    import os

    return round(os.getloadavg()[0], 2)


def stage_seconds(airflow_db: Path) -> dict[str, float]:
    """Wall seconds of each task of the latest pipeline run, from Airflow's task records."""
    with closing(sqlite3.connect(f"file:{airflow_db}?mode=ro", uri=True)) as con:
        (run_id,) = con.execute(
            "select run_id from dag_run where dag_id = 'newsfacts_pipeline' order by id desc limit 1"
        ).fetchone()
        rows = con.execute(
            "select task_id, (julianday(max(end_date)) - julianday(min(start_date))) * 86400 "
            "from task_instance where dag_id = 'newsfacts_pipeline' and run_id = ? group by task_id",
            [run_id],
        ).fetchall()
    return {task: round(seconds or 0.0, 2) for task, seconds in rows}


def run_counts(warehouse: Path) -> tuple[int, int, int, int]:
    """The latest run's accounting: inputs, landed, already landed, rejected.

    Read from the working database: the published snapshot holds only the analysts' tables.
    """
    import duckdb

    working_db = load_settings().with_run_paths(None, warehouse).working_db
    with duckdb.connect(str(working_db), read_only=True) as con:
        return con.execute(
            "select n_inputs, n_landed, n_already_landed, n_rejected from raw.load_runs "
            "order by loaded_at desc limit 1"
        ).fetchone()


def bare_sample(inbox: Path, size: int) -> list[Path]:
    """`size` of the inbox's pages, evenly spread over it: the copies the pipeline read, in their
    mix, so that the bare loop does the same per-page work (at most one page per corpus page when
    size is the corpus's length and that length is prime to the spacing)."""
    pages = corpus_pages(inbox)
    step = max(1, len(pages) // max(1, size))
    return pages[::step][:size]


def bare_loop(pages: list[Path]) -> dict[str, float]:
    """Docs/s of trafilatura.extract + the fact extractors, one process, nothing else, warm.

    Every model is loaded before the clock starts, as the pipeline's extract task loads them
    before it forks: the gazetteer's first build and dateparser's locales alone took 2.2 s of
    a 7.2 s loop over 40 pages, which made the pipeline look faster than it is beside it.
    """
    import trafilatura

    from newsfacts.clean import load_models as load_cleaning_models
    from newsfacts.extract import extract_facts
    from newsfacts.extract import load_models as load_extraction_models
    from newsfacts.extract.bench import _articles

    load_cleaning_models()
    load_extraction_models()
    payloads = [page.read_bytes() for page in pages]
    # Untimed warm-up, as the pipeline's parent warms up on its first chunk: the first pages
    # pay spaCy's and the parsers' one-off lazy set-up (about a second).
    extract_facts(_articles([t for t in (trafilatura.extract(p) for p in payloads[:BARE_WARM_UP]) if t]))
    started, cpu_started = time.perf_counter(), time.process_time()
    texts = [text for text in (trafilatura.extract(p) for p in payloads) if text]
    extract_facts(_articles(texts))
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    return {"docs": len(pages), "seconds": round(seconds, 2), "docs_per_s": round(len(pages) / seconds, 2),
            "cpu_seconds": round(cpu_seconds, 2), "cpu_ms_per_doc": round(1000 * cpu_seconds / len(pages), 1)}


def run_bench(corpus: Path, n_docs: int, scratch: Path) -> dict:
    """Full run at n_docs, the bare loop, then an incremental run with 1% new pages."""
    pages = corpus_pages(corpus)
    if not pages:
        raise FileNotFoundError(f"no .html pages under {corpus}")
    inbox, warehouse, log = scratch / "inbox", scratch / "out" / "bench.duckdb", scratch / "run.log"
    airflow_db = load_settings().airflow_home / "airflow.db"
    fill_inbox(inbox, pages, 0, n_docs)

    load_before, cpu_before = load_average(), children_cpu_seconds()
    full_seconds = run_pipeline(inbox, warehouse, log)
    full_cpu = children_cpu_seconds() - cpu_before
    cores = load_settings().extract_processes
    report: dict = {"docs": n_docs, "corpus": str(corpus), "cores": cores}
    stages = stage_seconds(airflow_db)
    counts = run_counts(warehouse)
    report["full"] = {
        "seconds": round(full_seconds, 1),
        "load_average_before_after": [load_before, load_average()],
        "discovery_own_seconds": discovery_seconds(log),
        "docs_per_s": round(n_docs / full_seconds, 2),
        "inputs_landed_already_rejected": counts,
        "stage_seconds": stages,
        "stage_docs_per_s": {s: round(n_docs / stages[s], 1) for s in STAGES if stages.get(s)},
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
        **cpu_use(full_cpu, full_seconds, cores),
        "cpu_ms_per_doc": round(1000 * full_cpu / n_docs, 1),
    }

    bare = bare_loop(bare_sample(inbox, len(pages)))
    report["bare_single_process"] = bare
    report["pipeline_vs_bare"] = round(report["full"]["docs_per_s"] / bare["docs_per_s"], 2)
    # The same comparison in CPU time, which a shared machine's other processes move far less
    # than wall time: how much CPU the whole pipeline spends per page beyond the bare loop's.
    report["pipeline_cpu_per_doc_vs_bare"] = round(report["full"]["cpu_ms_per_doc"] / bare["cpu_ms_per_doc"], 2)

    n_new = max(1, n_docs // 100)
    fill_inbox(inbox, pages, n_docs, n_docs + n_new)
    load_before, cpu_before = load_average(), children_cpu_seconds()
    incremental_seconds = run_pipeline(inbox, warehouse, log)
    incremental_cpu = children_cpu_seconds() - cpu_before
    counts = run_counts(warehouse)
    report["incremental"] = {
        "new_docs": n_new,
        "seconds": round(incremental_seconds, 1),
        "load_average_before_after": [load_before, load_average()],
        "discovery_own_seconds": discovery_seconds(log),
        "fraction_of_full": round(incremental_seconds / full_seconds, 3),
        "cpu_fraction_of_full": round(incremental_cpu / full_cpu, 3) if full_cpu else 0.0,
        **cpu_use(incremental_cpu, incremental_seconds, cores),
        "inputs_landed_already_rejected": counts,
        "stage_seconds": stage_seconds(airflow_db),
    }
    load_before, cpu_before = load_average(), children_cpu_seconds()
    unchanged_seconds = run_pipeline(inbox, warehouse, log)
    report["unchanged"] = {
        "seconds": round(unchanged_seconds, 1),
        **cpu_use(children_cpu_seconds() - cpu_before, unchanged_seconds, cores),
        "load_average_before_after": [load_before, load_average()],
        "discovery_own_seconds": discovery_seconds(log),
        "fraction_of_full": round(unchanged_seconds / full_seconds, 3),
        "stage_seconds": stage_seconds(airflow_db),
    }
    return report


def print_report(report: dict) -> None:
    """The numbers as a short table, then all of them as JSON."""
    import json

    full, inc, bare = report["full"], report["incremental"], report["bare_single_process"]
    print(f"\nnewsfacts bench: {report['docs']} pages from {report['corpus']}, "
          f"{report['cores']} extract process(es)")
    print(f"{'stage':<12}{'seconds':>10}{'docs/s':>10}")
    for stage in STAGES:
        seconds = full["stage_seconds"].get(stage, 0.0)
        print(f"{stage:<12}{seconds:>10.1f}{full['stage_docs_per_s'].get(stage, 0.0):>10.1f}")
    print(f"{'end to end':<12}{full['seconds']:>10.1f}{full['docs_per_s']:>10.2f}")
    print(f"peak RSS (largest process): {full['peak_rss_mb']} MB")
    print(f"CPU: {full['cpu_seconds']} s, {full['cpu_ms_per_doc']} ms per page; "
          f"{full['core_share']:.0%} of {report['cores']} cores' time over the run")
    print(f"bare loop, one process, {bare['docs']} pages: {bare['docs_per_s']} docs/s, "
          f"{bare['cpu_ms_per_doc']} CPU ms per page; pipeline / bare = {report['pipeline_vs_bare']} "
          f"(CPU per page: {report['pipeline_cpu_per_doc_vs_bare']}x the bare loop's)")
    print(f"incremental run, {inc['new_docs']} new pages: {inc['seconds']} s = "
          f"{inc['fraction_of_full']:.1%} of the full run ({inc['cpu_fraction_of_full']:.1%} of its CPU)")
    unchanged = report["unchanged"]
    print(f"unchanged inbox: {unchanged['seconds']} s = {unchanged['fraction_of_full']:.1%} of the full run")
    print(f"{'pass':<12}{'seconds':>9}{'load':>12}{'own disc.':>10}  " + " ".join(f"{stage[:9]:>9}" for stage in STAGES))
    for name, run in (("full", full), ("+1%", inc), ("unchanged", unchanged)):
        loads = "-".join(f"{value:.1f}" for value in run["load_average_before_after"])
        own = run["discovery_own_seconds"]
        print(f"{name:<12}{run['seconds']:>9.1f}{loads:>12}{'' if own is None else own:>10}  "
              + " ".join(f"{run['stage_seconds'].get(stage, 0.0):>9.1f}" for stage in STAGES))
    print(json.dumps(report, indent=2))


def bench_command(corpus: Path, n_docs: int) -> int:
    """Run the benchmark in a scratch folder and print its report."""
    with tempfile.TemporaryDirectory(prefix="newsfacts-scale-bench-") as scratch:
        report = run_bench(corpus, n_docs, Path(scratch))
    print_report(report)
    return 0


EXTRACTION_VARIANTS = ("one_process", "forked_workers", "spacy_n_process")


def time_extraction_variant(variant: str, corpus: Path, n_docs: int, processes: int) -> dict:
    """Clean and extract n_docs corpus pages in batches, one way; wall and CPU seconds, peak RSS.

    one_process: today's extract task. forked_workers: the batch split over forked workers
    (what `newsfacts run` does). spacy_n_process: cleaning in one process, spaCy's
    `nlp.pipe(n_process=...)` for the parse.
    """
    import os
    from datetime import UTC, datetime

    from newsfacts import pipeline
    from newsfacts.clean import clean_kept_input
    from newsfacts.extract import extract_facts
    from newsfacts.extract.nlp import load_nlp
    from newsfacts.lake import read_parquet
    from newsfacts.records import Article, RawInput, from_table

    with tempfile.TemporaryDirectory(prefix="newsfacts-extract-bench-") as scratch:
        inbox = Path(scratch) / "inbox"
        fill_inbox(inbox, corpus_pages(corpus), 0, n_docs)
        # Runtime files beside the scratch warehouse, whatever NEWSFACTS_DATA_DIR says.
        settings = replace(pipeline.settings_for_run(str(inbox), str(Path(scratch) / "out" / "bench.duckdb")),
                           data_dir=None)
        manifests = pipeline.discover(settings, "extract-bench", full_refresh=True)
        load_nlp()
        load_average = os.getloadavg()[0]
        before, started = os.times(), time.perf_counter()
        for manifest in manifests:
            if variant == "spacy_n_process":
                now = datetime.now(UTC)
                cleaned = [clean_kept_input(raw, now) for raw in from_table(read_parquet(Path(manifest)), RawInput)]
                extract_facts([a for a in cleaned if isinstance(a, Article) and a.language == "en"],
                              n_process=processes)
            else:
                pipeline.extract_batch(manifest, processes=1 if variant == "one_process" else processes)
        seconds, after = time.perf_counter() - started, os.times()
    cpu = sum(after[:4]) - sum(before[:4])
    return {
        "variant": variant, "docs": n_docs, "processes": processes, "seconds": round(seconds, 1),
        "docs_per_s": round(n_docs / seconds, 2), "cpu_seconds": round(cpu, 1),
        "load_average_before": round(load_average, 1),
        "peak_rss_mb": {"main": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                        "largest_worker": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)},
    }


def compare_extraction(corpus: Path, n_docs: int, processes: int) -> int:
    """Each extraction variant in a fresh process on the same pages; one JSON line each."""
    import json

    for variant in EXTRACTION_VARIANTS:
        code = ("import json, sys; from pathlib import Path; from newsfacts.scale_bench import "
                "time_extraction_variant as t; print('RESULT ' + json.dumps(t(sys.argv[1], "
                "Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))))")
        result = subprocess.run(
            [sys.executable, "-c", code, variant, str(corpus), str(n_docs), str(processes)],
            env=child_environment(), capture_output=True, text=True, check=False,
        )
        lines = [line for line in result.stdout.splitlines() if line.startswith("RESULT ")]
        if result.returncode != 0 or not lines:
            print(f"{variant}: failed\n{result.stderr[-2000:]}", file=sys.stderr)
            return 1
        print(json.dumps(json.loads(lines[-1].removeprefix("RESULT "))), flush=True)
    return 0


def time_discovery(corpus: Path, n_docs: int) -> dict:
    """Discovery over n_docs inputs, first with none landed, then with all but 1% landed.

    The landed rows are written straight into raw.articles (only the columns discovery reads
    are real), so the figure is discovery's own cost, without extracting n_docs pages first.
    """
    import duckdb

    from newsfacts import pipeline
    from newsfacts.lake import read_parquet
    from newsfacts.load import RAW_DDL

    n_landed = n_docs - max(1, n_docs // 100)
    with tempfile.TemporaryDirectory(prefix="newsfacts-discovery-bench-") as scratch:
        inbox = Path(scratch) / "inbox"
        fill_inbox(inbox, corpus_pages(corpus), 0, n_docs)
        megabytes = sum(p.stat().st_size for p in inbox.iterdir()) / 1e6
        settings = pipeline.settings_for_run(str(inbox), str(Path(scratch) / "out" / "bench.duckdb"))
        settings = replace(settings, data_dir=None)
        started = time.perf_counter()
        manifests = pipeline.discover(settings, "none-landed")
        first = time.perf_counter() - started
        pairs = sorted(
            pair for manifest in manifests for pair in zip(
                read_parquet(Path(manifest)).column("source_uri").to_pylist(),
                read_parquet(Path(manifest)).column("raw_sha256").to_pylist(), strict=True)
        )[:n_landed]
        settings.working_db.parent.mkdir(parents=True, exist_ok=True)
        with duckdb.connect(str(settings.working_db)) as con:
            con.execute(RAW_DDL)
            con.executemany(
                "insert into raw.articles (article_id, source_uri, word_count, body_text, content_hash,"
                " raw_sha256, raw_path, input_format, ingested_at, run_id)"
                " values (?, ?, 1, '', '', ?, '', 'html', now(), 'bench')",
                [(f"{number:016x}", uri, sha256) for number, (uri, sha256) in enumerate(pairs)],
            )
        started = time.perf_counter()
        manifests = pipeline.discover(settings, "mostly-landed")
        again = time.perf_counter() - started
        to_extract = sum(read_parquet(Path(manifest)).num_rows for manifest in manifests)
    return {"inputs": n_docs, "megabytes": round(megabytes), "first_discovery_s": round(first, 1),
            "landed_before": n_landed, "discovery_s": round(again, 1), "sent_to_extraction": to_extract}
