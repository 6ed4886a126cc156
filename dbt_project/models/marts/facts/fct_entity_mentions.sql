-- One row per article and named entity, with how often the article names it.
with

mentions as (

    select * from {{ ref('int_entity_mentions') }}

),

final as (

    select
        article_id,
        entity_id,
        min(first_char_start) as first_char_start,
        cast(sum(mention_count) as bigint) as n_mentions
    from mentions
    group by article_id, entity_id

)

select * from final
