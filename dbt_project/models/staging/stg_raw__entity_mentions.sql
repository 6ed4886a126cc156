with

source as (

    select * from {{ source('raw', 'entity_mentions') }}

),

renamed as (

    select
        entity_id as entity_mention_id,
        article_id,
        name,
        label,
        mention_count,
        first_char_start,
        -- rows loaded before surface forms were recorded have only their name
        coalesce(surface_forms, [name]) as surface_forms

    from source

)

select * from renamed
