-- Place names per article with their place, where a curated place takes its attributes from
-- the places_curated seed (so a corrected coordinate needs no re-extraction), and the reason
-- a name has no coordinates when it has none.
with

mentions as (

    select * from {{ ref('stg_raw__place_mentions') }}

),

curated as (

    select * from {{ ref('places_curated') }}

),

final as (

    select
        mentions.place_mention_id,
        mentions.article_id,
        mentions.mention_text,
        mentions.mention_kind,
        mentions.place_id,
        coalesce(curated.name, mentions.place_name) as place_name,
        coalesce(curated.feature_class, mentions.feature_class) as feature_class,
        coalesce(curated.precision, mentions.geo_precision) as geo_precision,
        case when curated.place_id is not null then curated.country_code else mentions.country_code end
            as country_code,
        coalesce(curated.admin1, mentions.admin1) as admin1,
        coalesce(curated.latitude, mentions.latitude) as latitude,
        coalesce(curated.longitude, mentions.longitude) as longitude,
        coalesce(curated.population, mentions.population) as population,
        mentions.gazetteer,
        mentions.gazetteer_id,
        mentions.resolution_method,
        case
            when mentions.place_id is null then 'name not in the gazetteer'
            when coalesce(curated.latitude, mentions.latitude) is null
                then 'the gazetteer has no coordinates for this ' || replace(mentions.feature_class, '_', ' ')
        end as coordinates_missing_reason
    from mentions
    left join curated on mentions.place_id = curated.place_id

)

select * from final
