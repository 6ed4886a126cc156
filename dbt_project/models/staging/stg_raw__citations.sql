with

source as (

    select * from {{ source('raw', 'citations') }}

),

renamed as (

    select
        citation_id,
        article_id,
        cited_as,
        canonical_name,
        source_type,
        cue,
        sentence,
        char_start,
        char_end

    from source

)

select * from renamed
