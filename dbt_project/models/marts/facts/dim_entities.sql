-- One row per real person, organisation or place, across articles.
with

mentions as (

    select * from {{ ref('int_entity_mentions') }}

),

final as (

    select
        entity_id,
        -- the seed's canonical name, else the spelling most mentions use
        case
            when bool_or(is_seed_alias) then arg_max(entity_name, is_seed_alias)
            else {{ most_common('entity_name') }}
        end as name,
        any_value(label) as label,
        count(distinct article_id) as n_articles,
        cast(sum(mention_count) as bigint) as n_mentions
    from mentions
    group by entity_id

)

select * from final
