with

source as (

    select * from {{ source('raw', 'place_mentions') }}

),

renamed as (

    select
        place_mention_id,
        article_id,
        mention_text,
        mention_kind,
        place_id,
        place_name,
        feature_class,
        cast(precision as integer) as geo_precision,
        country_code,
        admin1,
        latitude,
        longitude,
        population,
        gazetteer,
        gazetteer_id,
        method as resolution_method

    from source

)

select * from renamed
