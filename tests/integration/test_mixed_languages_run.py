"""One `newsfacts run` over a small mixed-language inbox: every language of the README's table
lands facts, and the language nothing reads (Japanese) is named in the quality results and the
run summary."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from newsfacts.evaluation.languages import LANGUAGE_GOLD_DIR
from tests.conftest import SAMPLES, run_cli

JAPANESE_BODY = (
    "東京都は火曜日、来年度の予算案を発表した。総額は八兆円を超え、過去最大となる見通しだ。"
    "知事は記者会見で、子育て支援と防災対策に重点を置くと述べた。都議会は来月、予算案を審議する予定である。"
    "専門家によると、税収の増加が予算の拡大を支えているという。"
)
PAGES = ["lang-de-01", "lang-de-02", "lang-fr-01", "lang-fr-03", "lang-es-03", "lang-es-04"]


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory, airflow_env):
    inbox = tmp_path_factory.mktemp("mixed-inbox")
    shutil.copy(SAMPLES / "000_32bc6b8e7723048c.txt", inbox / "english.txt")
    for page in PAGES:
        shutil.copy(LANGUAGE_GOLD_DIR / "pages" / f"{page}.html", inbox / f"{page}.html")
    (inbox / "tokyo.html").write_text(
        "<html lang='ja'><head><meta charset='utf-8'><title>予算案</title></head><body><article>"
        f"<h1>東京都が予算案を発表</h1><p>{JAPANESE_BODY}</p><p>{JAPANESE_BODY}</p></article></body></html>",
        encoding="utf-8")
    warehouse = tmp_path_factory.mktemp("mixed-out") / "newsfacts.duckdb"
    result = run_cli(["run", "--inbox", str(inbox), "--warehouse", str(warehouse)], airflow_env)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return warehouse, result


def query(warehouse: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_every_language_of_the_table_lands_facts(mixed_run):
    warehouse, _ = mixed_run
    counts = {language: (figures, citations, events) for language, figures, citations, events in query(warehouse, """
        select a.language,
            (select count(*) from fct_figures f join dim_articles x using (article_id) where x.language = a.language),
            (select count(*) from fct_citations c join dim_articles x using (article_id) where x.language = a.language),
            (select count(*) from fct_event_mentions e join dim_articles x using (article_id) where x.language = a.language)
        from (select distinct language from dim_articles) a""")}
    assert set(counts) == {"en", "de", "fr", "es", "ja"}
    for language in ("en", "de", "fr", "es"):
        assert all(n > 0 for n in counts[language]), (language, counts[language])
    assert counts["ja"] == (0, 0, 0)
    french_entities = query(warehouse, "select count(*) from fct_entity_mentions m join dim_articles a "
                                       "using (article_id) where a.language = 'fr'")[0][0]
    assert french_entities > 0


def test_quality_results_and_summary_name_the_language_without_facts(mixed_run):
    warehouse, result = mixed_run
    rows = query(warehouse, "select column_name, success, observed_value from quality_results "
                            "where suite = 'language_coverage'")
    by_language = {language: (success, json.loads(observed)) for language, success, observed in rows}
    assert {language: success for language, (success, _) in by_language.items()} == {
        "de": True, "en": True, "es": True, "fr": True, "ja": False}
    assert by_language["ja"][1]["articles"] == 1 and by_language["de"][1]["articles"] == 2
    assert "WARNING: no facts for language(s) ja" in result.stdout


def test_japanese_words_are_counted_by_character(mixed_run):
    warehouse, _ = mixed_run
    ((word_count, n_chars),) = query(warehouse, "select word_count, length(body_text) from dim_articles where language = 'ja'")
    assert word_count > 0.8 * n_chars - 20
