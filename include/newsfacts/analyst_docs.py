"""dbt's documentation site for analysts: one static page, built after each run, served locally."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import subprocess
from pathlib import Path

from newsfacts.config import Settings


class DbtDocsError(RuntimeError):
    """`dbt docs generate` failed."""


def build_dbt_docs(settings: Settings) -> Path:
    """Run `dbt docs generate --static` on the working database; copy the page beside the warehouse."""
    from newsfacts.transform import dbt_environment, dbt_executable

    environment = dbt_environment(settings)
    completed = subprocess.run(
        [dbt_executable(), "docs", "generate", "--static", "--no-use-colors", "--quiet"],
        cwd=settings.dbt_project_dir, env=environment, capture_output=True, text=True, check=False,
    )
    if completed.returncode != 0:
        raise DbtDocsError(f"dbt docs generate failed (exit {completed.returncode}):\n"
                           f"{completed.stdout}\n{completed.stderr}")
    settings.analyst_docs_dir.mkdir(parents=True, exist_ok=True)
    target = settings.analyst_docs_dir / "index.html"
    staging = target.with_name(".index.html.incoming")
    shutil.copyfile(Path(environment["DBT_TARGET_PATH"]) / "static_index.html", staging)
    os.replace(staging, target)
    print(f"analyst docs: {target}")
    return target


def serve_dbt_docs(docs_dir: Path, port: int) -> None:
    """Serve the docs folder on 127.0.0.1:port until interrupted."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(docs_dir))
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        print(f"dbt docs: http://127.0.0.1:{server.server_address[1]}/ (Ctrl-C stops it)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
