-- Claims that rest on one source: figures only one independent publisher states.
with claims as (
    select * from {{ ref('fct_figure_claims') }}
),

single_source as (
    select
        claims.noun,
        claims.value,
        claims.value_high,
        claims.unit,
        claims.context_place,
        claims.n_articles,
        claims.has_disagreement,
        claims.first_reported_date,
        claims.example_sentence
    from claims
    where claims.n_publishers = 1
)

select * from single_source
order by has_disagreement desc, noun asc, value asc
