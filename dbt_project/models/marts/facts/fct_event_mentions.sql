{{
    config(
        materialized='incremental',
        unique_key='event_mention_id',
        incremental_strategy='delete+insert',
        on_schema_change='fail',
        post_hook="{{ delete_stale_article_rows() }}",
    )
}}

with

loads as (

    select * from {{ ref('int_article_loads') }}
    where {{ loaded_since_last_build('loaded_at') }}

),

mentions as (

    select
        staged.*,
        loads.loaded_at
    from {{ ref('stg_raw__event_mentions') }} as staged
    inner join loads on staged.article_id = loads.article_id

),

places as (

    select * from {{ ref('int_place_mentions') }}

),

anchored as (

    -- The resolved place (so "Bagdad", "Baghdad" and "the Iraqi capital" agree), else the folded
    -- place text, else the first actor ties a mention to one real event; with none of them, the
    -- mention is an event of its own article, so unrelated events never merge by date alone.
    select
        mentions.*,
        coalesce(
            'place:' || places.place_id,
            {{ normalised_name('location') }},
            {{ normalised_name('actors[1]') }},
            'article:' || mentions.article_id
        ) as event_anchor,
        places.place_id,
        places.geo_precision,
        places.latitude,
        places.longitude,
        case
            when mentions.location is null then null
            when places.place_mention_id is null then 'the location was never resolved (landed before places)'
            else places.coordinates_missing_reason
        end as coordinates_missing_reason
    from mentions
    left join places
        on mentions.article_id = places.article_id and mentions.location = places.mention_text

),

final as (

    select
        event_mention_id,
        article_id,
        {{ short_hash(
            "concat_ws('|', event_type, date_precision, cast(event_date as varchar), event_anchor,"
            ~ " case when event_type = 'other' then trigger end)"
        ) }}
            as event_id,
        event_date,
        date_precision,
        event_type,
        trigger,
        date_text,
        actors,
        location,
        place_id,
        geo_precision,
        latitude,
        longitude,
        coordinates_missing_reason,
        event_anchor,
        sentence,
        char_start,
        char_end,
        loaded_at

    from anchored

)

select * from final
