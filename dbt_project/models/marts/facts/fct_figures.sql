with

figures as (

    select * from {{ ref('int_figures_in_context') }}

),

places as (

    select * from {{ ref('int_place_mentions') }}

),

final as (

    select
        figures.figure_id,
        figures.article_id,
        figures.claim_id,
        figures.value,
        figures.value_high,
        figures.unit,
        figures.noun,
        figures.qualifier,
        figures.is_approximate,
        figures.context_place,
        places.place_id as context_place_id,
        figures.figure_text,
        figures.sentence,
        figures.char_start,
        figures.char_end

    from figures
    left join places
        on figures.article_id = places.article_id and figures.context_place = places.mention_text

)

select * from final
