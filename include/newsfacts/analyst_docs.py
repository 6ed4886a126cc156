"""dbt's documentation site for analysts: one static page, built after each run, served locally.

The page shows the dbt project (models, columns, descriptions, lineage) and the catalog of the
working database (every table's and view's columns, types and comments); no row counts or data.
A run whose project and catalog are those of the page already built keeps that page: it would
come out the same but for its timestamp, and `dbt docs generate` costs a dbt start-up, a parse
and a catalog query (about 18 s at 1,000 pages on a loaded machine).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import http.server
import os
import shutil
import subprocess
from pathlib import Path

from newsfacts.config import Settings


class DbtDocsError(RuntimeError):
    """`dbt docs generate` failed."""


# Beside the page: what it was built from (newsfacts' own file; dbt writes nothing there).
DOCS_KEY = ".newsfacts-docs.key"


def catalog_digest(working_db: Path) -> str:
    """sha256 of what dbt's catalog reads: every table's and view's columns, types and comments."""
    import duckdb

    with duckdb.connect(str(working_db), read_only=True) as con:
        rows = con.execute(
            "select schema_name, table_name, column_index, column_name, data_type, comment "
            "from duckdb_columns() where database_name = current_database() "
            "union all select schema_name, table_name, null, null, 'table', comment from duckdb_tables() "
            "where database_name = current_database() "
            "union all select schema_name, view_name, null, null, 'view', comment from duckdb_views() "
            "where database_name = current_database() and not internal "
            "order by all"
        ).fetchall()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def docs_key(settings: Settings) -> str:
    """What the docs page of this working database is built from: the dbt project, the catalog, the path."""
    from newsfacts.fingerprint import files_digest

    return (f"{settings.working_db}\nproject {files_digest([settings.dbt_project_dir])}\n"
            f"catalog {catalog_digest(settings.working_db)}")


def build_dbt_docs(settings: Settings, force: bool = False) -> Path:
    """Run `dbt docs generate --static` on the working database; copy the page beside the warehouse.

    Kept as it is, unless `force`, when the page there was built from the same dbt project and
    catalog (see the module's docstring).
    """
    from newsfacts.transform import dbt_environment, dbt_executable

    target = settings.analyst_docs_dir / "index.html"
    key_file = settings.analyst_docs_dir / DOCS_KEY
    key = docs_key(settings)
    if not force and target.exists() and key_file.exists() and key_file.read_text() == key:
        print(f"analyst docs: unchanged, same dbt project and catalog ({target})")
        return target
    environment = dbt_environment(settings)
    # --no-compile: the run's `dbt build` compiled every node into the same target folder just
    # before; compiling again gave the same page (but for its timestamp) in 3.5 s instead of 2.
    completed = subprocess.run(
        [dbt_executable(), "docs", "generate", "--static", "--no-compile", "--no-use-colors", "--quiet",
         "--log-level-file", "info"],
        cwd=settings.dbt_project_dir, env=environment, capture_output=True, text=True, check=False,
    )
    if completed.returncode != 0:
        raise DbtDocsError(f"dbt docs generate failed (exit {completed.returncode}):\n"
                           f"{completed.stdout}\n{completed.stderr}")
    settings.analyst_docs_dir.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(".index.html.incoming")
    shutil.copyfile(Path(environment["DBT_TARGET_PATH"]) / "static_index.html", staging)
    # The key goes last and only with the page it describes: a crash between leaves no key.
    key_file.unlink(missing_ok=True)
    os.replace(staging, target)
    staging_key = key_file.with_name(f"{DOCS_KEY}.incoming")
    staging_key.write_text(key)
    os.replace(staging_key, key_file)
    print(f"analyst docs: {target}")
    return target


def serve_dbt_docs(docs_dir: Path, port: int) -> None:
    """Serve the docs folder on 127.0.0.1:port until interrupted."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(docs_dir))
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        print(f"dbt docs: http://127.0.0.1:{server.server_address[1]}/ (Ctrl-C stops it)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
