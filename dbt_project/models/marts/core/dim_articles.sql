{{
    config(
        materialized='incremental',
        unique_key='article_id',
        incremental_strategy='delete+insert',
        on_schema_change='fail',
        post_hook="{{ delete_stale_article_rows() }}",
    )
}}

with

articles as (

    select * from {{ ref('stg_raw__articles') }}

),

publishers as (

    select * from {{ ref('int_article_publishers') }}

),

loads as (

    select * from {{ ref('int_article_loads') }}
    where {{ loaded_since_last_build('loaded_at') }}

),

final as (

    select
        articles.article_id,
        articles.source_uri,
        articles.url,
        articles.title,
        articles.publisher,
        publishers.publisher_name,
        articles.author,
        articles.published_date,
        articles.published_date_source,
        articles.language,
        articles.word_count,
        articles.body_text,
        articles.content_hash,
        articles.ingested_at,
        loads.loaded_at

    from articles
    inner join loads on articles.article_id = loads.article_id
    inner join publishers on articles.article_id = publishers.article_id

)

select * from final
