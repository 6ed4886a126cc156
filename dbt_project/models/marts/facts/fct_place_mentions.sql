-- One row per article and place name, resolved or not: the share resolved is a quality result.
with

mentions as (

    select * from {{ ref('int_place_mentions') }}

),

final as (

    select
        place_mention_id,
        article_id,
        mention_text,
        mention_kind,
        place_id,
        geo_precision,
        country_code,
        latitude,
        longitude,
        resolution_method,
        coordinates_missing_reason
    from mentions

)

select * from final
