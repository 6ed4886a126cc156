"""One quality result per language of the landed articles: does the language get facts?

A language with articles and no figure, citation, event or entity is named in a warning, so that
"no facts for language X" is visible in quality_results and in the run summary, never silent.
"""

from __future__ import annotations

import json

COVERAGE_SUITE = "language_coverage"
COVERAGE_EXPECTATION = "expect_language_to_get_facts"

COVERAGE_QUERY = """
with articles as (
    select article_id, coalesce(language, 'unknown') as language from dim_articles
),
facts as (
    select article_id, 'figures' as kind from fct_figures
    union all select article_id, 'citations' from fct_citations
    union all select article_id, 'events' from fct_event_mentions
    union all select article_id, 'entities' from fct_entity_mentions
)
select
    a.language,
    count(distinct a.article_id) as n_articles,
    count(f.article_id) filter (where f.kind = 'figures') as n_figures,
    count(f.article_id) filter (where f.kind = 'citations') as n_citations,
    count(f.article_id) filter (where f.kind = 'events') as n_events,
    count(f.article_id) filter (where f.kind = 'entities') as n_entities,
from articles as a
left join facts as f using (article_id)
group by a.language
order by a.language
"""


def coverage_rows(con) -> list[dict]:
    """One result row per language: success when its articles got at least one fact."""
    rows = []
    for language, *counts in con.execute(COVERAGE_QUERY).fetchall():
        observed = dict(zip(["articles", "figures", "citations", "events", "entities"], counts, strict=True))
        rows.append({
            "suite": COVERAGE_SUITE, "expectation": COVERAGE_EXPECTATION, "column_name": language,
            "severity": "warning", "success": sum(counts[1:]) > 0,
            "observed_value": json.dumps(observed), "unexpected_count": 0 if sum(counts[1:]) else counts[0],
        })
    return rows


def languages_without_facts(rows: list[dict]) -> list[str]:
    """The languages whose articles got no facts at all."""
    return [row["column_name"] for row in rows if row["suite"] == COVERAGE_SUITE and not row["success"]]
