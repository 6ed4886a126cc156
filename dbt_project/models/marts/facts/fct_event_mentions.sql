with

mentions as (

    select * from {{ ref('stg_raw__event_mentions') }}

),

final as (

    select
        event_mention_id,
        article_id,
        {{ short_hash("event_type || '|' || date_precision || '|' || cast(event_date as varchar)") }}
            as event_id,
        event_date,
        date_precision,
        event_type,
        trigger,
        date_text,
        actors,
        location,
        sentence,
        char_start,
        char_end

    from mentions

)

select * from final
