-- Who is cited most, by source type: citing articles and attributions per source.
with citations as (
    select * from {{ ref('fct_citations') }}
),

sources as (
    select * from {{ ref('dim_sources') }}
),

cited as (
    select
        sources.source_type,
        sources.name as source_name,
        count(distinct citations.article_id) as n_citing_articles,
        sum(citations.n_mentions) as n_attributions
    from citations
    inner join sources on citations.source_id = sources.source_id
    group by sources.source_type, sources.name
),

ranked as (
    select
        cited.*,
        row_number() over (
            partition by cited.source_type
            order by cited.n_citing_articles desc, cited.n_attributions desc, cited.source_name asc
        ) as rank_in_type
    from cited
)

select * from ranked
where rank_in_type <= 10
order by source_type, rank_in_type
