"""BI tests: run by `make test-bi` with .venv-bi's pytest, against the published demo warehouse.

They need Superset, Chromium and a warehouse; each is installed or built by `make test-bi`,
so a missing one fails the test instead of skipping it.
"""

from __future__ import annotations

import shutil
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT

CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
ARTIFACTS = PROJECT_ROOT / "data" / "artifacts"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's chromium; .ci/run installs it when missing."""
    path = shutil.which("chromium")
    assert path, "chromium is not installed: apt-get install -y chromium"
    return path


@pytest.fixture(scope="session")
def warehouse() -> Path:
    """The published warehouse `make test-bi` names (the demo's by default)."""
    from newsfacts.config import load_settings

    path = load_settings().warehouse
    assert path.exists(), f"no published warehouse at {path}: run `make demo` first"
    return path


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where screenshots go; CI keeps this folder."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def browser_profile() -> Iterator[Path]:
    """A fresh Chromium user-data-dir, removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="newsfacts-chromium-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)

