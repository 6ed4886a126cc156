with

articles as (

    select * from {{ ref('stg_raw__articles') }}

),

publishers as (

    select * from {{ ref('int_article_publishers') }}

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
        articles.ingested_at

    from articles
    inner join publishers on articles.article_id = publishers.article_id

)

select * from final
