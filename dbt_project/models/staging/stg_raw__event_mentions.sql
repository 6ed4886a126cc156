with

source as (

    select * from {{ source('raw', 'event_mentions') }}

),

renamed as (

    select
        event_id as event_mention_id,
        article_id,
        event_type,
        trigger,
        event_date,
        date_precision,
        date_text,
        actors,
        location,
        sentence,
        char_start,
        char_end

    from source

)

select * from renamed
