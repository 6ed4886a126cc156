-- One row per article and named entity, with how often the article names it.
with

mentions as (

    select * from {{ ref('stg_raw__entity_mentions') }}

),

final as (

    select
        article_id,
        {{ short_hash("label || '|' || lower(name)") }} as entity_id,
        min(first_char_start) as first_char_start,
        cast(sum(mention_count) as bigint) as n_mentions
    from mentions
    group by article_id, label, lower(name)

)

select * from final
