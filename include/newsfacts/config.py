"""One settings object. Nothing else in the package reads os.environ."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from newsfacts.cores import available_cores

PROJECT_ROOT = Path(__file__).resolve().parents[2]

# Telemetry and network switches applied to every child process and to this one.
OFFLINE_ENV = {
    "DBT_SEND_ANONYMOUS_USAGE_STATS": "False",
    "DO_NOT_TRACK": "1",
    "GX_ANALYTICS_ENABLED": "False",
    "AIRFLOW__COSMOS__ENABLE_TELEMETRY": "False",
    "SCARF_ANALYTICS": "false",
    "AIRFLOW__USAGE_DATA_COLLECTION__ENABLED": "False",
    "HF_HUB_OFFLINE": "1",
}


def _env_path(name: str, default: Path | None) -> Path | None:
    value = os.environ.get(name)
    return Path(value).expanduser().resolve() if value else default


@dataclass(frozen=True)
class Settings:
    """Paths and limits for one pipeline; built from the environment by `load_settings`."""

    project_root: Path
    # The one folder the user chose for runtime files (NEWSFACTS_DATA_DIR), else None.
    data_dir: Path | None
    inbox: Path
    warehouse: Path
    dbt_project_dir: Path
    airflow_home: Path
    max_input_bytes: int = 10 * 1024 * 1024
    batch_size: int = 200
    # Forked workers of each extract task; `newsfacts run` uses every core by default.
    extract_processes: int = 1
    schedule: str = "@hourly"
    extra_inboxes: tuple[Path, ...] = field(default_factory=tuple)
    # A sources file (feeds, sitemaps, URL lists...) read instead of the inbox when set.
    sources_file: Path | None = None
    # Fetching from the web: seconds per connect/read (and per whole response), attempts per URL,
    # first backoff pause; the scheduled fetch DAG's cron.
    fetch_timeout_seconds: float = 20.0
    fetch_max_attempts: int = 4
    fetch_backoff_seconds: float = 2.0
    fetch_schedule: str = "*/15 * * * *"
    # Tests only: the fault point (newsfacts.faults) at which the process SIGKILLs itself.
    kill_at: str | None = None
    # Every task of the run in this one process (`newsfacts run`, dag.test()): the transform step
    # then imports Great Expectations while dbt builds, for the validate step that follows.
    one_process_run: bool = False

    @property
    def runtime_dir(self) -> Path:
        """Where this warehouse's runtime files live: the chosen data dir, else beside the warehouse.

        Never the code checkout unless the warehouse is in it: `--warehouse ~/x.duckdb` keeps
        its raw bytes, work files and quality docs in `~/x-data/`.
        """
        return self.data_dir or self.warehouse.parent / f"{self.warehouse.stem}-data"

    @property
    def raw_store(self) -> Path:
        """Content-addressed copies of every input's raw bytes."""
        return self.runtime_dir / "raw"

    @property
    def work_dir(self) -> Path:
        """Private working area of this warehouse: its writer database and batch files."""
        digest = hashlib.sha256(str(self.warehouse).encode()).hexdigest()[:8]
        return self.runtime_dir / "work" / f"{self.warehouse.stem}-{digest}"

    @property
    def working_db(self) -> Path:
        """The only database file the pipeline writes; analysts never open it.

        It shares the published file's name, so views keep resolving their catalog
        (DuckDB names the catalog after the file) once the file is copied out.
        """
        return self.work_dir / self.warehouse.name

    @property
    def fetch_state(self) -> Path:
        """ETag and Last-Modified of every URL this warehouse fetched, for conditional requests."""
        return self.work_dir / "fetch-state.json"

    @property
    def quality_dir(self) -> Path:
        """Great Expectations project: suites, results and Data Docs."""
        return self.runtime_dir / "quality"

    @property
    def report_dir(self) -> Path:
        """The visual report of the last published run, beside the warehouse's folder."""
        return self.warehouse.parent.parent / "report"

    @property
    def analyst_docs_dir(self) -> Path:
        """dbt's static docs site of the last published run, beside the warehouse's folder."""
        return self.warehouse.parent.parent / "docs"

    @property
    def bi_dir(self) -> Path:
        """Superset's home: its SQLite metadata database and the dashboard bundle it imported."""
        return (self.data_dir or self.warehouse.parent.parent) / "bi"

    def with_sources(self, sources_file: str | Path | None) -> Settings:
        """These settings reading a run's own sources file, when it names one."""
        if not sources_file:
            return self
        return replace(self, sources_file=Path(sources_file).expanduser().resolve())

    def with_run_paths(self, inbox: str | Path | None, warehouse: str | Path | None) -> Settings:
        """These settings with a run's own inbox and warehouse, resolved to absolute paths."""
        return replace(
            self,
            inbox=Path(inbox).expanduser().resolve() if inbox else self.inbox,
            warehouse=Path(warehouse).expanduser().resolve() if warehouse else self.warehouse,
        )


def load_settings() -> Settings:
    """Read settings from NEWSFACTS_* environment variables, with project-local defaults."""
    data_dir = _env_path("NEWSFACTS_DATA_DIR", None)
    return Settings(
        project_root=PROJECT_ROOT,
        data_dir=data_dir,
        inbox=_env_path("NEWSFACTS_INBOX", PROJECT_ROOT / "data" / "samples"),
        warehouse=_env_path("NEWSFACTS_WAREHOUSE",
                            (data_dir or PROJECT_ROOT / "data") / "warehouse" / "newsfacts.duckdb"),
        dbt_project_dir=_env_path("NEWSFACTS_DBT_PROJECT_DIR", PROJECT_ROOT / "dbt_project"),
        airflow_home=_env_path("AIRFLOW_HOME", PROJECT_ROOT / ".airflow"),
        max_input_bytes=int(os.environ.get("NEWSFACTS_MAX_INPUT_BYTES", 10 * 1024 * 1024)),
        batch_size=int(os.environ.get("NEWSFACTS_BATCH_SIZE", 200)),
        extract_processes=int(os.environ.get("NEWSFACTS_EXTRACT_PROCESSES") or available_cores()),
        schedule=os.environ.get("NEWSFACTS_SCHEDULE", "@hourly"),
        kill_at=os.environ.get("NEWSFACTS_TEST_KILL_AT") or None,
        one_process_run=os.environ.get("NEWSFACTS_ONE_PROCESS_RUN", "") == "1",
        sources_file=_env_path("NEWSFACTS_SOURCES", None),
        fetch_timeout_seconds=float(os.environ.get("NEWSFACTS_FETCH_TIMEOUT_SECONDS", 20.0)),
        fetch_max_attempts=int(os.environ.get("NEWSFACTS_FETCH_MAX_ATTEMPTS", 4)),
        fetch_backoff_seconds=float(os.environ.get("NEWSFACTS_FETCH_BACKOFF_SECONDS", 2.0)),
        fetch_schedule=os.environ.get("NEWSFACTS_FETCH_SCHEDULE", "*/15 * * * *"),
    )


# DuckDB's own default is 80% of the machine's memory, and its buffers grow with the warehouse.
# With a ceiling, a build or load larger than it spills to disk beside the database instead.
DEFAULT_DUCKDB_MEMORY_LIMIT = "1GB"


def duckdb_memory_limit() -> str:
    """The memory ceiling of every DuckDB database the pipeline opens (NEWSFACTS_DUCKDB_MEMORY_LIMIT)."""
    return os.environ.get("NEWSFACTS_DUCKDB_MEMORY_LIMIT") or DEFAULT_DUCKDB_MEMORY_LIMIT


def duckdb_config(temp_directory: Path | None = None) -> dict[str, str]:
    """Settings for duckdb.connect(config=...): the memory ceiling, and where to spill beyond it."""
    config = {"memory_limit": duckdb_memory_limit()}
    if temp_directory is not None:
        config["temp_directory"] = str(temp_directory)
    return config


def child_environment(overrides: dict[str, str] | None = None) -> dict[str, str]:
    """Environment for a child process: this one's, the offline switches, then the overrides."""
    return {**os.environ, **OFFLINE_ENV, **(overrides or {})}


def set_environment_defaults(values: dict[str, str]) -> None:
    """Set variables in this process unless the user already set them."""
    for key, value in values.items():
        os.environ.setdefault(key, value)


def apply_offline_env() -> None:
    """Switch off telemetry for this process and every child it starts."""
    for key, value in OFFLINE_ENV.items():
        os.environ.setdefault(key, value)


@dataclass(frozen=True)
class DistributedSettings:
    """Which Airflow executor `newsfacts airflow` runs, and the services the CeleryExecutor uses."""

    # "local": SQLite and the LocalExecutor, no service. "celery": PostgreSQL, Redis, Celery workers.
    executor: str = "local"
    metadata_db_url: str = "postgresql+psycopg2://newsfacts@127.0.0.1:5432/newsfacts_airflow"
    # Used once, to create the metadata database and its role when they are missing.
    postgres_admin_url: str = "postgresql://postgres@127.0.0.1:5432/postgres"
    broker_url: str = "redis://127.0.0.1:6379/0"
    queue: str = "newsfacts"
    workers: int = 2
    worker_concurrency: int = 1
    # Shared by every component on every host; generated into AIRFLOW_HOME when unset.
    jwt_secret: str | None = None
    # Where the API server listens, and the address workers on other hosts reach it at.
    api_host: str = "127.0.0.1"
    api_url: str | None = None
    # Airflow pool of the steps that write the working DuckDB; the Celery mode makes it 1 slot.
    writer_pool: str = "default_pool"


def load_distributed_settings() -> DistributedSettings:
    """Read the executor and its services from NEWSFACTS_AIRFLOW_* and NEWSFACTS_CELERY_* variables."""
    defaults = DistributedSettings()
    return DistributedSettings(
        executor=os.environ.get("NEWSFACTS_AIRFLOW_EXECUTOR", defaults.executor).strip().lower(),
        metadata_db_url=os.environ.get("NEWSFACTS_AIRFLOW_DB_URL", defaults.metadata_db_url),
        postgres_admin_url=os.environ.get("NEWSFACTS_POSTGRES_ADMIN_URL", defaults.postgres_admin_url),
        broker_url=os.environ.get("NEWSFACTS_CELERY_BROKER_URL", defaults.broker_url),
        queue=os.environ.get("NEWSFACTS_CELERY_QUEUE", defaults.queue),
        workers=int(os.environ.get("NEWSFACTS_CELERY_WORKERS", defaults.workers)),
        worker_concurrency=int(os.environ.get("NEWSFACTS_CELERY_WORKER_CONCURRENCY",
                                              defaults.worker_concurrency)),
        jwt_secret=os.environ.get("NEWSFACTS_AIRFLOW_JWT_SECRET") or None,
        api_host=os.environ.get("NEWSFACTS_AIRFLOW_API_HOST", defaults.api_host),
        api_url=(os.environ.get("NEWSFACTS_AIRFLOW_API_URL") or "").rstrip("/") or None,
        writer_pool=os.environ.get("NEWSFACTS_WRITER_POOL") or defaults.writer_pool,
    )
