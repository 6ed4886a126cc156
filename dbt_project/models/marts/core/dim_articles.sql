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
        source_uri,
        url,
        title,
        articles.publisher,
        publishers.publisher_name,
        author,
        published_date,
        language,
        word_count,
        body_text,
        content_hash,
        ingested_at

    from articles
    inner join publishers on articles.article_id = publishers.article_id

)

select * from final
