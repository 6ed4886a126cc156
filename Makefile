# Every target sets itself up from nothing: the venv is created and filled from requirements.lock.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8080
INBOX ?= data/samples
WAREHOUSE ?= data/warehouse/newsfacts.duckdb

export DBT_SEND_ANONYMOUS_USAGE_STATS := False
export GX_ANALYTICS_ENABLED := False
export AIRFLOW__COSMOS__ENABLE_TELEMETRY := False
export DO_NOT_TRACK := 1

.PHONY: venv demo test bench lint airflow clean

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $(STAMP)

venv: $(STAMP)

demo: venv  ## run the pipeline DAG once on data/samples and show the warehouse
	$(BIN)/newsfacts run --inbox $(INBOX) --warehouse $(WAREHOUSE)

test: venv  ## the whole test suite (real Airflow, DuckDB, dbt, GX, spaCy)
	$(BIN)/pytest

bench: venv  ## extraction quality and speed on ../shared/corpus
	$(BIN)/python -m newsfacts.bench

lint: venv
	$(BIN)/ruff check dags include tests

airflow: venv  ## Airflow standalone on 127.0.0.1:$(PORT) with the scheduler; Ctrl-C stops it all
	$(BIN)/newsfacts airflow --port $(PORT)

clean:
	rm -rf .airflow data/work data/warehouse data/raw data/quality dbt_project/target dbt_project/logs
