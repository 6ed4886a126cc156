"""Named crash points for tests: the process SIGKILLs itself where NEWSFACTS_TEST_KILL_AT says.

Production code calls `maybe_die("<point>")` once at each point below; unless the variable
names that point, the call does nothing. SIGKILL cannot be caught, so no `finally`, `except`
or atexit handler runs: exactly what a power cut, the OOM killer or `kill -9` of a worker does.
"""

from __future__ import annotations

import os
import signal
import sys

from newsfacts.config import load_settings

KILL_POINTS = {
    "load.after_insert": "inside the load transaction, after every insert, before commit",
    "publish.before_rename": "new snapshot copied and fsynced beside the warehouse, not yet renamed",
}


def maybe_die(point: str) -> None:
    """SIGKILL this process when NEWSFACTS_TEST_KILL_AT names this point; otherwise do nothing."""
    if point not in KILL_POINTS:
        raise ValueError(f"unknown fault point {point!r}; add it to newsfacts.faults.KILL_POINTS")
    if load_settings().kill_at != point:
        return
    sys.stdout.flush()
    print(f"newsfacts: SIGKILL at fault point {point}", file=sys.stderr, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
