-- The same quantity about the same thing in the same place, rolled up across articles.
-- Copies count once per independent publisher; disagreement means another claim gives a
-- different value for the same noun, unit and place. Bare numbers make no claim.
with

figures as (

    select * from {{ ref('int_figures_in_context') }}
    where claim_id is not null

),

claims as (

    select
        figures.claim_id,
        any_value(value) as value,
        any_value(value_high) as value_high,
        any_value(unit) as unit,
        any_value(noun) as noun,
        {{ most_common('context_place') }} as context_place,
        min(figures.story_id) as story_id,
        bool_and(is_approximate) as is_approximate,
        count(*) as n_mentions,
        count(distinct figures.article_id) as n_articles,
        count(distinct figures.independent_publisher_key) as n_publishers,
        min(figures.published_date) as first_reported_date,
        max(figures.published_date) as last_reported_date,
        arg_min(
            figures.sentence,
            (coalesce(figures.published_date, date '9999-12-31'), figures.article_id, figures.char_start)
        ) as example_sentence
    from figures
    group by figures.claim_id

),

comparable as (

    -- Mentions, not claims, carry the place: "900 troops" in Syria and in Iraq are compared
    -- each with what others say about its own place.
    select
        claim_id,
        value,
        unit,
        noun,
        context_place
    from figures
    where not is_vague and noun is not null and context_place is not null

),

conflicts as (

    select
        claim.claim_id,
        list(distinct other.value order by other.value) as conflicting_values
    from comparable as claim
    inner join comparable as other
        on
            claim.noun = other.noun
            and claim.unit is not distinct from other.unit
            and claim.context_place = other.context_place
            and claim.claim_id != other.claim_id
            and abs(claim.value - other.value)
            > {{ var('disagreement_tolerance') }} * greatest(abs(claim.value), abs(other.value))
    group by claim.claim_id

),

final as (

    select
        claims.claim_id,
        claims.value,
        claims.value_high,
        claims.unit,
        claims.noun,
        claims.context_place,
        claims.story_id,
        claims.is_approximate,
        claims.n_mentions,
        claims.n_articles,
        claims.n_publishers,
        claims.first_reported_date,
        claims.last_reported_date,
        conflicts.claim_id is not null as has_disagreement,
        coalesce(conflicts.conflicting_values, []::double[]) as conflicting_values,
        claims.example_sentence
    from claims
    left join conflicts on claims.claim_id = conflicts.claim_id

)

select * from final
