with

figures as (

    select * from {{ ref('int_figures_in_context') }}

),

final as (

    select
        figure_id,
        article_id,
        claim_id,
        value,
        value_high,
        unit,
        noun,
        qualifier,
        is_approximate,
        context_place,
        figure_text,
        sentence,
        char_start,
        char_end

    from figures

)

select * from final
