"""Scratch virtual environments with an analyst's client stack, pinned in tests/clients/*.txt.

Each is built once with pip's configured index (no other network) and cached under the
git-ignored `.venv-clients/`, keyed by the pin file's digest, so a changed pin builds anew.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import PROJECT_ROOT

PINS = PROJECT_ROOT / "tests" / "clients"
CACHE = PROJECT_ROOT / ".venv-clients"


def client_python(name: str) -> Path:
    """The Python of a venv holding exactly the packages pinned in tests/clients/<name>.txt."""
    pins = PINS / f"{name}.txt"
    venv = CACHE / f"{name}-{hashlib.sha256(pins.read_bytes()).hexdigest()[:12]}"
    python, stamp = venv / "bin" / "python", venv / ".installed"
    if stamp.exists():
        return python
    shutil.rmtree(venv, ignore_errors=True)  # a build that died half-way
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    installed = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-deps",
         "-r", str(pins)],
        check=False, capture_output=True, text=True,
    )
    if installed.returncode != 0:
        raise RuntimeError(f"pip could not install {pins}:\n{installed.stderr[-3000:]}")
    stamp.touch()
    return python


def run_client(name: str, script: str, *args: str) -> object:
    """Run a script in the client venv; return the JSON it prints on its last line."""
    completed = subprocess.run([str(client_python(name)), "-c", script, *args],
                               capture_output=True, text=True, check=False, timeout=300)
    assert completed.returncode == 0, completed.stderr[-3000:]
    return json.loads(completed.stdout.splitlines()[-1])
