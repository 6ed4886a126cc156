-- One row per real person, organisation or place, across articles.
with

mentions as (

    select * from {{ ref('int_entity_mentions') }}

),

final as (

    select
        mentions.entity_id,
        -- the seed's canonical name, else the spelling most mentions use
        case
            when bool_or(mentions.is_seed_alias) then arg_max(mentions.entity_name, mentions.is_seed_alias)
            else {{ most_common('mentions.entity_name') }}
        end as name,
        any_value(mentions.label) as label,
        count(distinct mentions.article_id) as n_articles,
        cast(sum(mentions.mention_count) as bigint) as n_mentions
    from mentions
    group by mentions.entity_id

)

select * from final
