-- A table, not a view: marts and tests read it many times, and a view would compute the
-- cross-article joins again for each of them (about 6 s each at 1,000 articles).
{{ config(materialized='table') }}

-- Figures with the place they are about (the nearest "in <place>" after the figure in
-- its sentence, else before it; "in neighbouring Syria" counts) and the article's
-- independent publisher. Only places
-- after "in" count: in "2,500 US troops in Iraq" the place is Iraq, not the US.
-- A figure joins a claim only with a measured thing or a unit (bare numbers never
-- corroborate), and claims compare like with like: value, range, unit, measured thing and
-- place, within one story (int_article_stories): the same number about the same thing in
-- unrelated articles is no corroboration. A mention without a place joins the claim of the
-- one place the others state; when they state several, it stays apart.
with

figures as (

    select * from {{ ref('stg_raw__figures') }}

),

places as (

    select
        article_id,
        name
    from {{ ref('stg_raw__entity_mentions') }}
    where label in ('GPE', 'LOC')

),

figure_positions as (

    select
        figures.*,
        {{ text_position('figures.sentence', 'figures.figure_text') }} as position_in_sentence
    from figures

),

place_candidates as (

    select
        figure_positions.figure_id,
        places.name as place,
        {{ place_in_position('figure_positions.sentence', 'places.name') }}
        - figure_positions.position_in_sentence as distance
    from figure_positions
    inner join places
        on
            figure_positions.article_id = places.article_id
            -- the place's name must occur at all before the pattern built from it is tried: the
            -- same pairs, and a pattern compiled for each pair only where it can match (5.2 s
            -- to 0.9 s over 49,701 figures of 4,832 articles)
            and contains(figure_positions.sentence, places.name)
            and {{ place_in_position('figure_positions.sentence', 'places.name') }} > 0

),

nearest_place as (

    select
        figure_id,
        place,
        row_number() over (
            partition by figure_id
            order by case when distance > 0 then 0 else 1 end, abs(distance), place
        ) as rank_by_distance
    from place_candidates

),

placed as (

    select
        figure_positions.*,
        nearest_place.place as context_place,
        stories.story_id,
        count(distinct nearest_place.place) over same_quantity as n_places,
        max(nearest_place.place) over same_quantity as only_place
    from figure_positions
    inner join {{ ref('int_article_stories') }} as stories
        on figure_positions.article_id = stories.article_id
    left join nearest_place
        on
            figure_positions.figure_id = nearest_place.figure_id
            and nearest_place.rank_by_distance = 1
    window same_quantity as (
        partition by
            stories.story_id, figure_positions.value, figure_positions.value_high, figure_positions.unit,
            figure_positions.noun
    )

),

final as (

    select
        figure_positions.figure_id,
        figure_positions.article_id,
        figure_positions.value,
        figure_positions.value_high,
        figure_positions.unit,
        figure_positions.noun,
        figure_positions.qualifier,
        figure_positions.is_approximate,
        -- "hundreds of" is vague; "around 900" is approximate but still a stated value
        (
            figure_positions.is_approximate
            and coalesce(figure_positions.qualifier, '') not in ('approximately', 'nearly')
        ) as is_vague,
        figure_positions.figure_text,
        figure_positions.sentence,
        figure_positions.char_start,
        figure_positions.char_end,
        figure_positions.context_place,
        figure_positions.story_id,
        independence.published_date,
        independence.independent_publisher_key,
        case
            when figure_positions.noun is not null or figure_positions.unit is not null
                then {{ claim_key(
                    'figure_positions.value', 'figure_positions.value_high', 'figure_positions.unit',
                    'figure_positions.noun',
                    "figure_positions.story_id || '|' || coalesce(case when figure_positions.n_places <= 1"
                    ~ " then figure_positions.only_place else figure_positions.context_place end, '')"
                ) }}
        end as claim_id
    from placed as figure_positions
    inner join {{ ref('int_articles_independence') }} as independence
        on figure_positions.article_id = independence.article_id

)

select * from final
