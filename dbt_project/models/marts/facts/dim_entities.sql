with

mentions as (

    select * from {{ ref('stg_raw__entity_mentions') }}

),

final as (

    select
        {{ short_hash("label || '|' || lower(name)") }} as entity_id,
        mode(name) as name,
        label,
        count(distinct article_id) as n_articles,
        cast(sum(mention_count) as bigint) as n_mentions
    from mentions
    group by label, lower(name)

)

select * from final
