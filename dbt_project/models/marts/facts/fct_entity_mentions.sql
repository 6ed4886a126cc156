-- One row per article and named entity, with how often the article names it and, for a
-- place or a demonym, the place it was resolved to in that article.
with

mentions as (

    select * from {{ ref('int_entity_mentions') }}

),

places as (

    select * from {{ ref('int_place_mentions') }}

),

final as (

    select
        mentions.article_id,
        mentions.entity_id,
        min(mentions.first_char_start) as first_char_start,
        cast(sum(mentions.mention_count) as bigint) as n_mentions,
        -- of the entity's names in the article, the place of the most mentioned resolved one
        arg_max(places.place_id, (mentions.mention_count, places.place_id))
        filter (where places.place_id is not null) as place_id
    from mentions
    left join places
        on mentions.article_id = places.article_id and mentions.name = places.mention_text
    group by mentions.article_id, mentions.entity_id

)

select * from final
