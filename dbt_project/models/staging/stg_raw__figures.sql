with

source as (

    select * from {{ source('raw', 'figures') }}

),

renamed as (

    select
        figure_id,
        article_id,
        value,
        value_high,
        nullif(unit, '') as unit,
        nullif(lower(noun), '') as noun,
        qualifier,
        is_approximate,
        text as figure_text,
        sentence,
        char_start,
        char_end

    from source

)

select * from renamed
