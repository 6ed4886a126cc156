-- Figures that publishers disagree on: each contested claim beside the values others give.
with claims as (
    select * from {{ ref('fct_figure_claims') }}
),

disagreements as (
    select
        claims.noun,
        claims.unit,
        claims.context_place,
        claims.value,
        claims.value_high,
        claims.conflicting_values,
        claims.n_publishers,
        claims.n_articles,
        claims.first_reported_date,
        claims.example_sentence
    from claims
    where claims.has_disagreement
)

select * from disagreements
order by noun asc, context_place asc nulls last, n_publishers desc, value asc
