"""Spread one step's work over the machine's cores: forked worker processes, one chunk each."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


def available_cores() -> int:
    """Cores this process may run on (its CPU affinity, which containers and taskset narrow)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def map_chunks(
    function: Callable[[list[Item]], Result], items: list[Item], processes: int
) -> list[Result]:
    """function(chunk) for up to `processes` interleaved chunks of items, in parallel when > 1.

    The calling process works on the first chunk itself and forks one worker for each other
    chunk. Workers are forked, so what the parent loaded before (the spaCy model) costs them
    nothing; each holds only its own chunk. The parent lives for the whole run, so what it
    learns on the way (spaCy's vocabulary, tokenizer and lemma caches) stays warm for its next
    chunks and for the workers it forks next; a worker's own is lost when it exits. A worker
    that dies fails the call, as the step would.
    """
    n_chunks = max(1, min(processes, len(items)))
    if n_chunks == 1:
        return [function(items)]
    # Interleaved rather than contiguous: long and short pages spread evenly over workers.
    chunks = [items[start::n_chunks] for start in range(n_chunks)]
    with ProcessPoolExecutor(max_workers=n_chunks - 1, mp_context=multiprocessing.get_context("fork")) as pool:
        # Submitted (and so forked) before the parent starts on its own chunk.
        futures = [pool.submit(function, chunk) for chunk in chunks[1:]]
        first = function(chunks[0])
        return [first, *(future.result() for future in futures)]
