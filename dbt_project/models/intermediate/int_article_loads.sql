-- When each article or its facts last changed: the latest of the load that landed the
-- article and the load that last wrote its facts. Incremental marts rebuild the rows of
-- articles loaded after their own newest loaded_at, and drop rows older than this.
with

articles as (

    select
        article_id,
        run_id,
        ingested_at
    from {{ ref('stg_raw__articles') }}

),

fact_runs as (

    select * from {{ ref('stg_raw__article_fact_runs') }}

),

load_runs as (

    select * from {{ ref('stg_raw__load_runs') }}

),

final as (

    select
        articles.article_id,
        -- an article landed by hand, outside a load run, counts from when it was ingested
        coalesce(
            greatest(article_load.loaded_at, fact_load.loaded_at), articles.ingested_at
        ) as loaded_at
    from articles
    left join load_runs as article_load on articles.run_id = article_load.run_id
    left join fact_runs on articles.article_id = fact_runs.article_id
    left join load_runs as fact_load on fact_runs.run_id = fact_load.run_id

)

select * from final
