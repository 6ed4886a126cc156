with

source as (

    select * from {{ source('raw', 'articles') }}

),

renamed as (

    select
        article_id,
        source_uri,
        nullif(trim(url), '') as url,
        nullif(trim(title), '') as title,
        nullif(trim(publisher), '') as publisher,
        nullif(trim(author), '') as author,
        published_date,
        published_date_source,
        lower(language) as language,
        word_count,
        body_text,
        content_hash,
        raw_sha256,
        raw_path,
        input_format,
        ingested_at,
        run_id

    from source

)

select * from renamed
