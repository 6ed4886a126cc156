with

mentions as (

    select * from {{ ref('stg_raw__entity_mentions') }}

),

final as (

    select
        {{ short_hash("label || '|' || lower(name)") }} as entity_id,
        {{ most_common('name') }} as name,
        mentions.label,
        count(distinct mentions.article_id) as n_articles,
        cast(sum(mentions.mention_count) as bigint) as n_mentions
    from mentions
    group by mentions.label, lower(name)

)

select * from final
