"""Environment for a project-local Airflow: SQLite metadata, LocalExecutor, our DAGs, no telemetry."""

from __future__ import annotations

from newsfacts.config import OFFLINE_ENV, Settings, set_environment_defaults


def airflow_environment(settings: Settings, api_port: int = 8080) -> dict[str, str]:
    """Variables that point Airflow at this project; callers may override any of them."""
    home = settings.airflow_home
    return {
        **OFFLINE_ENV,
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(settings.project_root / "dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
        "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "False",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home / 'airflow.db'}",
        "AIRFLOW__API__HOST": "127.0.0.1",
        "AIRFLOW__API__PORT": str(api_port),
        "AIRFLOW__API__BASE_URL": f"http://127.0.0.1:{api_port}",
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{api_port}/execution/",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": "admin:admin",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(home / "passwords.json"),
        "AIRFLOW__CORE__ALLOWED_DESERIALIZATION_CLASSES_REGEXP": r"newsfacts\..*",
        "AIRFLOW__LOGGING__LOGGING_LEVEL": "WARNING",
        "AIRFLOW__SCHEDULER__MIN_FILE_PROCESS_INTERVAL": "10",
        "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "10",
    }


def apply_airflow_environment(settings: Settings) -> None:
    """Point this process at the project-local Airflow, keeping values the user already set."""
    settings.airflow_home.mkdir(parents=True, exist_ok=True)
    set_environment_defaults(airflow_environment(settings))
