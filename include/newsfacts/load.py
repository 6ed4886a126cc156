"""Land a run's Parquet batches into the working DuckDB file: the pipeline's only writer.

Loading is one transaction and idempotent: an article already landed is not
inserted again, and a rejection already recorded is not recorded twice.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from newsfacts.config import duckdb_config
from newsfacts.faults import maybe_die
from newsfacts.lake import (
    ALREADY_LANDED,
    ALREADY_REJECTED,
    DISCOVERY_REJECTIONS,
    FETCH_LOG,
    read_parquet,
)
from newsfacts.records import ARTICLE_SCHEMA, FETCH_LOG_SCHEMA, RAW_INPUT_SCHEMA, REJECTION_SCHEMA

FACT_TABLES = ("figures", "citations", "event_mentions", "entity_mentions", "place_mentions")
FACT_SOURCE_FIELD = pa.field("source_uri", pa.string())

RAW_DDL = """
create schema if not exists raw;
create table if not exists raw.articles (
    article_id varchar primary key,
    source_uri varchar not null,
    url varchar,
    title varchar,
    publisher varchar,
    author varchar,
    published_date date,
    language varchar,
    word_count integer not null,
    body_text varchar not null,
    content_hash varchar not null,
    raw_sha256 varchar not null,
    raw_path varchar not null,
    input_format varchar not null,
    ingested_at timestamptz not null,
    run_id varchar not null,
    published_date_source varchar
);
-- Added after the first release: a warehouse made before it gains the column, as nulls.
alter table raw.articles add column if not exists published_date_source varchar;
create table if not exists raw.rejected_inputs (
    source_uri varchar not null,
    reason varchar not null,
    detail varchar,
    raw_sha256 varchar,
    raw_path varchar,
    rejected_at timestamptz not null,
    run_id varchar not null
);
create table if not exists raw.article_fact_runs (
    article_id varchar primary key,
    run_id varchar not null
);
create table if not exists raw.load_runs (
    run_id varchar primary key,
    loaded_at timestamptz not null,
    n_inputs integer not null,
    n_landed integer not null,
    n_already_landed integer not null,
    n_rejected integer not null
);
create table if not exists raw.fetch_log (
    source_name varchar not null,
    role varchar not null,
    listed_url varchar not null,
    url varchar,
    outcome varchar not null,
    input_uri varchar,
    final_url varchar,
    http_status integer,
    reason varchar,
    bytes_downloaded bigint not null,
    fetched_at timestamptz,
    run_id varchar not null
);
"""

# Candidates of this run; of several copies of one text, the one already landed wins,
# then the first by source_uri.
RANKED_ARTICLES = """
create or replace temp table run_articles as
select
    incoming.*,
    row_number() over (
        partition by incoming.article_id
        order by coalesce(landed.source_uri = incoming.source_uri, false) desc, incoming.source_uri
    ) as copy_rank
from incoming_articles as incoming
left join raw.articles as landed
    on landed.article_id = incoming.article_id
"""

RUN_DUPLICATES = """
create or replace temp table run_duplicates as
select
    incoming.source_uri,
    'duplicate' as reason,
    'same text as ' || coalesce(landed.source_uri, first_copy.source_uri) as detail,
    incoming.raw_sha256,
    incoming.raw_path,
    incoming.ingested_at as rejected_at
from run_articles as incoming
left join raw.articles as landed
    on landed.article_id = incoming.article_id
left join run_articles as first_copy
    on first_copy.article_id = incoming.article_id and first_copy.copy_rank = 1
where incoming.copy_rank > 1
    or (landed.article_id is not null and landed.source_uri <> incoming.source_uri)
"""

# An input's newest outcome replaces its older one: a landed source that now carries
# other text, or that is now rejected, no longer stands for its old article.
SUPERSEDED_ARTICLES = """
create or replace temp table superseded_articles as
select landed.article_id
from raw.articles as landed
where exists (
    select 1 from incoming_articles as incoming
    where incoming.source_uri = landed.source_uri and incoming.article_id <> landed.article_id
)
or landed.source_uri in (select source_uri from incoming_rejections)
"""

INSERT_ARTICLES = """
insert into raw.articles by name
select
    article_id, source_uri, url, title, publisher, author, published_date, language,
    word_count, body_text, content_hash, raw_sha256, raw_path, input_format, ingested_at,
    published_date_source, ? as run_id
from run_articles
where copy_rank = 1
    and article_id not in (select article_id from raw.articles)
"""

ALL_RUN_REJECTIONS = """
create or replace temp table run_rejections as
select source_uri, reason, detail, raw_sha256, raw_path, rejected_at from incoming_rejections
union all
select source_uri, reason, detail, raw_sha256, raw_path, rejected_at from run_duplicates
"""

# An input's newest outcome replaces its older ones; an identical outcome is kept as it was.
DELETE_SUPERSEDED_REJECTIONS = """
delete from raw.rejected_inputs as old
where old.source_uri in (
    select source_uri from run_rejections
    union all
    select source_uri from run_articles
    where source_uri not in (select source_uri from run_duplicates)
)
and not exists (
    select 1 from run_rejections as new
    where new.source_uri = old.source_uri
        and new.reason = old.reason
        and new.raw_sha256 is not distinct from old.raw_sha256
)
"""

INSERT_REJECTIONS = """
insert into raw.rejected_inputs
select new.*, ? as run_id
from run_rejections as new
where not exists (
    select 1 from raw.rejected_inputs as old
    where old.source_uri = new.source_uri
        and old.reason = new.reason
        and old.raw_sha256 is not distinct from new.raw_sha256
)
"""


def _fact_schemas() -> dict[str, pa.Schema]:
    from newsfacts.extract.schemas import (
        CITATION_SCHEMA,
        ENTITY_MENTION_SCHEMA,
        EVENT_MENTION_SCHEMA,
        FIGURE_SCHEMA,
    )
    from newsfacts.places.records import PLACE_MENTION_SCHEMA

    schemas = (FIGURE_SCHEMA, CITATION_SCHEMA, EVENT_MENTION_SCHEMA, ENTITY_MENTION_SCHEMA,
               PLACE_MENTION_SCHEMA)
    # Batch files tag each fact with the source it was read from (see pipeline.extract_batch).
    return {name: schema.append(FACT_SOURCE_FIELD) for name, schema in zip(FACT_TABLES, schemas, strict=True)}


def _replace_facts(con, names: list[str], run_id: str) -> None:
    """Facts read from a landed article's own source replace the ones stored for it.

    A copy of the text from another source (a duplicate) may resolve dates against
    another published date, so only the landed copy's facts count. raw.article_fact_runs
    keeps which run wrote each article's facts: incremental dbt models rebuild those articles.
    """
    con.execute(
        "create or replace temp table run_landed as "
        "select distinct landed.article_id, landed.source_uri "
        "from raw.articles as landed inner join run_articles as incoming "
        "on incoming.article_id = landed.article_id and incoming.source_uri = landed.source_uri"
    )
    for name in names:
        incoming = f"incoming_{name}"
        # Table names come from FACT_TABLES, never from data.
        con.execute(f"delete from raw.{name} where article_id in (select article_id from run_landed)")  # noqa: S608
        con.execute(
            f"insert into raw.{name} by name select distinct * exclude (source_uri) from {incoming} "  # noqa: S608
            "where (article_id, source_uri) in (select (article_id, source_uri) from run_landed)"
        )
    con.execute("insert or replace into raw.article_fact_runs select distinct article_id, ? from run_landed",
                [run_id])


def _add_missing_columns(con, name: str) -> None:
    """A warehouse made by an older release gains the fact columns added since, as nulls."""
    existing = {row[0] for row in con.execute(
        "select column_name from information_schema.columns "
        "where table_schema = 'raw' and table_name = ?", [name]).fetchall()}
    described = con.execute(f"describe select * exclude (source_uri) from incoming_{name}").fetchall()  # noqa: S608
    for column, column_type, *_ in described:
        if column not in existing:
            con.execute(f'alter table raw.{name} add column "{column}" {column_type}')


def _concat(paths: list[Path], schema: pa.Schema) -> pa.Table:
    tables = [read_parquet(path, schema) for path in paths]
    return pa.concat_tables(tables) if tables else schema.empty_table()


def _expose(con, name: str, paths: list[Path], schema: pa.Schema) -> int:
    """Make a run's Parquet files the view `name`, read by DuckDB as queries go; return its rows.

    DuckDB streams the files within its memory ceiling, so a run of 10,000 pages is never held
    in this process as one Arrow table. No files: an empty table of the schema.
    """
    if not paths:
        con.register(name, schema.empty_table())
        return 0
    con.read_parquet([str(path) for path in paths]).create_view(name, replace=True)
    ((rows,),) = con.execute(f"select count(*) from {name}").fetchall()  # noqa: S608 - a constant name
    return rows


def landed_inputs(working_db: Path) -> set[tuple[str, str]]:
    """(source_uri, raw_sha256) of every input whose article is landed in the working database.

    Only committed rows count: an input read by a run that died before its load committed is
    not landed, so the next run extracts it again.
    """
    import duckdb

    if not working_db.exists():
        return set()
    # Read-only: DuckDB replays a WAL left by a killed writer in memory, and leaves it for the load.
    with duckdb.connect(str(working_db), read_only=True) as con:
        exists = con.execute(
            "select count(*) from information_schema.tables "
            "where table_schema = 'raw' and table_name = 'articles'"
        ).fetchone()[0]
        if not exists:
            return set()
        return set(con.execute("select source_uri, raw_sha256 from raw.articles").fetchall())


# Rejections the same bytes get again whatever else landed (rules change only with --full-refresh).
# A teaser is decided by the page's bytes and its cleaned text alone (newsfacts.clean.teaser).
# A duplicate stays one while the article it copies is still landed from the source it names,
# by the copy's run or an earlier one (the article as it was when the copy was rejected).
REJECTED_FOR_GOOD = """
select
    rejected.source_uri,
    rejected.raw_sha256,
    case when rejected.reason = 'duplicate' then substr(rejected.detail, length('same text as ') + 1) end
from raw.rejected_inputs as rejected
where rejected.raw_sha256 is not null
    and (
        rejected.reason in ('undecodable', 'no_main_text', 'not_html', 'other_language', 'teaser')
        or (rejected.reason = 'duplicate' and exists (
            select 1
            from raw.articles as original
            inner join raw.load_runs as original_load on original.run_id = original_load.run_id
            inner join raw.load_runs as rejection_load on rejected.run_id = rejection_load.run_id
            where rejected.detail = 'same text as ' || original.source_uri
                and original_load.loaded_at <= rejection_load.loaded_at
        ))
    )
"""


def rejected_inputs(working_db: Path) -> dict[tuple[str, str], str | None]:
    """(source_uri, raw_sha256) of every input whose stored rejection reading it again would repeat.

    Each maps to the source of the article a duplicate copies (None for other reasons).
    """
    import duckdb

    if not working_db.exists():
        return {}
    with duckdb.connect(str(working_db), read_only=True) as con:
        exists = con.execute(
            "select count(*) from information_schema.tables "
            "where table_schema = 'raw' and table_name in ('articles', 'rejected_inputs', 'load_runs')"
        ).fetchone()[0]
        if exists < 3:
            return {}
        return {(uri, sha256): original for uri, sha256, original in con.execute(REJECTED_FOR_GOOD).fetchall()}


def load_run(working_db: Path, run_folder: Path, run_id: str) -> dict[str, int]:
    """Insert this run's articles and rejections into raw tables; return the run's counts."""
    import duckdb

    article_files = sorted(run_folder.glob("batch-*/articles.parquet"))
    rejection_files = sorted(run_folder.glob("batch-*/rejections.parquet")) + sorted(
        run_folder.glob(DISCOVERY_REJECTIONS))
    # Inputs discovery found landed already (same source, same bytes): never extracted again.
    n_skipped = _concat(sorted(run_folder.glob(ALREADY_LANDED)), RAW_INPUT_SCHEMA).num_rows
    # Inputs rejected before for a reason their bytes decide: counted as rejected, not read again.
    n_rejected_before = _concat(sorted(run_folder.glob(ALREADY_REJECTED)), RAW_INPUT_SCHEMA).num_rows
    fact_schemas = _fact_schemas()
    working_db.parent.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(working_db), config=duckdb_config()) as con:
        con.execute(RAW_DDL)
        _expose(con, "incoming_fetch_log", sorted(run_folder.glob(FETCH_LOG)), FETCH_LOG_SCHEMA)
        n_articles = _expose(con, "incoming_articles", article_files, ARTICLE_SCHEMA)
        n_rejections = _expose(con, "incoming_rejections", rejection_files, REJECTION_SCHEMA)
        for name, schema in fact_schemas.items():
            _expose(con, f"incoming_{name}", sorted(run_folder.glob(f"batch-*/{name}.parquet")), schema)
            con.execute(
                f"create table if not exists raw.{name} as "  # noqa: S608
                f"select * exclude (source_uri) from incoming_{name} where false"
            )
            _add_missing_columns(con, name)
        con.execute("begin transaction")
        try:
            con.execute(SUPERSEDED_ARTICLES)
            for table in ("articles", "article_fact_runs", *FACT_TABLES):
                # Table names are constants; ids come from the temp table.
                con.execute(
                    f"delete from raw.{table} where article_id in "  # noqa: S608
                    "(select article_id from superseded_articles)"
                )
            con.execute(RANKED_ARTICLES)
            con.execute(RUN_DUPLICATES)
            con.execute(INSERT_ARTICLES, [run_id])
            # Counted by run id, so a retried load of the same run reports what the run landed.
            landed = con.execute(
                "select count(*) from raw.articles where run_id = ?", [run_id]
            ).fetchone()[0]
            _replace_facts(con, list(fact_schemas), run_id)
            # A retried load replaces its run's fetch log rather than adding to it.
            con.execute("delete from raw.fetch_log where run_id = ?", [run_id])
            con.execute("insert into raw.fetch_log select *, ? as run_id from incoming_fetch_log", [run_id])
            con.execute(ALL_RUN_REJECTIONS)
            con.execute(DELETE_SUPERSEDED_REJECTIONS)
            con.execute(INSERT_REJECTIONS, [run_id])
            n_rejected = con.execute("select count(*) from run_rejections").fetchone()[0]
            counts = {
                "n_inputs": n_skipped + n_rejected_before + n_articles + n_rejections,
                "n_landed": landed,
                "n_already_landed": n_skipped + n_articles - landed - (n_rejected - n_rejections),
                "n_rejected": n_rejected + n_rejected_before,
            }
            con.execute(
                "insert or replace into raw.load_runs values (?, now(), ?, ?, ?, ?)",
                [run_id, *counts.values()],
            )
            maybe_die("load.after_insert")
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise
        con.execute("checkpoint")
    print(
        f"loaded run {run_id}: {counts['n_inputs']} inputs = {counts['n_landed']} landed"
        f" + {counts['n_already_landed']} already landed + {counts['n_rejected']} rejected"
    )
    return counts
