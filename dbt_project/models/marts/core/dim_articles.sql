with

articles as (

    select * from {{ ref('stg_raw__articles') }}

),

final as (

    select
        article_id,
        source_uri,
        url,
        title,
        publisher,
        author,
        published_date,
        language,
        word_count,
        body_text,
        content_hash,
        ingested_at

    from articles

)

select * from final
