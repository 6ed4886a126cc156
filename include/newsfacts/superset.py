"""Superset as the analysts' BI client: the published warehouse read-only, the dashboard as code.

Superset pins SQLAlchemy < 2 and pandas < 2.2, so it lives in its own virtual environment
(.venv-bi, from requirements-bi.lock). This module runs there too and only starts the
`superset` command; it imports nothing of Superset's.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
import urllib.request
import zipfile
from pathlib import Path

from newsfacts.config import Settings, child_environment, load_settings

# Local only: the server listens on 127.0.0.1, and the warehouse it shows is read-only.
ADMIN_USER = "admin"
ADMIN_PASSWORD = "admin"  # noqa: S105
DASHBOARD_SLUG = "newsfacts"
BUNDLE_ROOT = "newsfacts_dashboard"


def superset_dir(settings: Settings) -> Path:
    """The repo's Superset folder: superset_config.py and the dashboard in export format."""
    return settings.project_root / "bi" / "superset"


def superset_environment(settings: Settings) -> dict[str, str]:
    """Environment of every superset child process: our config, our home, telemetry off."""
    return child_environment({
        "SUPERSET_CONFIG_PATH": str(superset_dir(settings) / "superset_config.py"),
        "SUPERSET_HOME": str(settings.bi_dir / "superset"),
        "FLASK_APP": "superset.app:create_app()",
        "SUPERSET_LOAD_EXAMPLES": "no",
    })


def superset_executable() -> str:
    """The superset command of the running interpreter's environment (.venv-bi)."""
    candidate = Path(sys.executable).parent / "superset"
    if not candidate.exists():
        raise FileNotFoundError(f"no superset beside {sys.executable}; run `make bi-venv` first")
    return str(candidate)


def run_superset(settings: Settings, *args: str) -> str:
    """Run one superset CLI command to completion; raise with its output when it fails."""
    completed = subprocess.run(
        [superset_executable(), *args], env=superset_environment(settings),
        capture_output=True, text=True, check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"superset {args[0]} failed:\n{completed.stdout}\n{completed.stderr}")
    return completed.stdout


def dashboard_bundle(settings: Settings, destination: Path) -> Path:
    """Zip the dashboard folder in Superset's export format, pointing it at this warehouse."""
    source = superset_dir(settings) / "dashboard"
    destination.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(destination, "w") as bundle:
        for path in sorted(source.rglob("*.yaml")):
            text = path.read_text()
            if path.parent.name == "databases":
                text = text.replace("{warehouse}", str(settings.warehouse))
            bundle.writestr(f"{BUNDLE_ROOT}/{path.relative_to(source)}", text)
    return destination


def set_up(settings: Settings) -> Path:
    """Create Superset's metadata database, its admin, and import the dashboard; return the bundle."""
    if not settings.warehouse.exists():
        raise FileNotFoundError(f"no published warehouse at {settings.warehouse}; run `make demo` first")
    (settings.bi_dir / "superset").mkdir(parents=True, exist_ok=True)
    run_superset(settings, "db", "upgrade")
    users = run_superset(settings, "fab", "list-users")
    if f"username:{ADMIN_USER} |" not in users:
        run_superset(settings, "fab", "create-admin", "--username", ADMIN_USER,
                     "--firstname", "News", "--lastname", "Facts", "--email", "admin@localhost",
                     "--password", ADMIN_PASSWORD)
    run_superset(settings, "init")
    bundle = dashboard_bundle(settings, settings.bi_dir / "dashboard.zip")
    run_superset(settings, "import-dashboards", "--path", str(bundle), "--username", ADMIN_USER)
    return bundle


def start_server(settings: Settings, port: int, log_path: Path | None = None) -> subprocess.Popen:
    """Start Superset's web server on 127.0.0.1:port; the caller stops it."""
    log = log_path.open("w") if log_path else None
    return subprocess.Popen(
        [superset_executable(), "run", "--host", "127.0.0.1", "--port", str(port), "--with-threads"],
        env=superset_environment(settings), stdout=log, stderr=subprocess.STDOUT,
    )


def wait_until_healthy(base_url: str, server: subprocess.Popen, timeout_s: float = 180) -> None:
    """Return once /health answers OK; raise if the server exits or the deadline passes."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"superset exited with code {server.returncode} before it was healthy")
        try:
            with urllib.request.urlopen(f"{base_url}/health", timeout=5) as response:  # noqa: S310
                if response.status == 200:
                    return
        except OSError:
            pass
        # Polling a server that is starting: the wait is bounded by the deadline above.
        time.sleep(0.5)
    raise TimeoutError(f"superset at {base_url} was not healthy after {timeout_s:.0f}s")


def serve(settings: Settings, port: int) -> int:
    """Set up, then serve the dashboard on 127.0.0.1 until Ctrl-C."""
    set_up(settings)
    server = start_server(settings, port)
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(base_url, server)
        print(f"\nSuperset: {base_url}/superset/dashboard/{DASHBOARD_SLUG}/ "
              f"(user {ADMIN_USER}, password {ADMIN_PASSWORD}); warehouse {settings.warehouse} "
              "read-only. Ctrl-C stops it.", flush=True)
        return server.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        server.terminate()
        server.wait(timeout=30)


def main(argv: list[str] | None = None) -> int:
    """`python -m newsfacts.superset setup|serve` (run with .venv-bi's python)."""
    parser = argparse.ArgumentParser(prog="python -m newsfacts.superset", description=__doc__)
    parser.add_argument("action", choices=["setup", "serve"])
    parser.add_argument("--warehouse", help="published DuckDB file (default: the settings')")
    parser.add_argument("--port", type=int, default=8088)
    args = parser.parse_args(argv)
    settings = load_settings().with_run_paths(None, args.warehouse)
    if args.action == "setup":
        print(f"dashboard imported from {set_up(settings)}")
        return 0
    return serve(settings, args.port)


if __name__ == "__main__":
    sys.exit(main())
