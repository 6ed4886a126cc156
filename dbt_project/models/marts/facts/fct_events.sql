-- Mentions of one real event (same type, date, precision and anchor), rolled up across articles.
with

mentions as (

    select * from {{ ref('fct_event_mentions') }}

),

independence as (

    select * from {{ ref('int_articles_independence') }}

),

places as (

    select * from {{ ref('dim_places') }}

),

rolled_up as (

    select
        mentions.event_id,
        any_value(mentions.event_type) as event_type,
        any_value(mentions.event_date) as event_date,
        any_value(mentions.date_precision) as date_precision,
        list(distinct mentions.trigger order by mentions.trigger) as triggers,
        list(distinct mentions.location order by mentions.location)
        filter (where mentions.location is not null) as locations,
        list_sort(list_distinct(flatten(list(mentions.actors)))) as actors,
        -- Mentions anchored to a place share it; the others of the event have none.
        max(mentions.place_id) as place_id,
        count(*) as n_mentions,
        count(distinct mentions.article_id) as n_articles,
        count(distinct independence.independent_publisher_key) as n_publishers,
        min(independence.published_date) as first_reported_date,
        arg_min(
            mentions.sentence,
            (coalesce(independence.published_date, date '9999-12-31'), mentions.article_id, mentions.char_start)
        )
            as example_sentence
    from mentions
    inner join independence on mentions.article_id = independence.article_id
    group by mentions.event_id

),

final as (

    select
        rolled_up.event_id,
        rolled_up.event_type,
        rolled_up.event_date,
        rolled_up.date_precision,
        rolled_up.triggers,
        rolled_up.locations,
        rolled_up.actors,
        rolled_up.place_id,
        places.place_name,
        places.country_code,
        places.geo_precision,
        places.latitude,
        places.longitude,
        rolled_up.n_mentions,
        rolled_up.n_articles,
        rolled_up.n_publishers,
        rolled_up.first_reported_date,
        rolled_up.example_sentence
    from rolled_up
    left join places on rolled_up.place_id = places.place_id

)

select * from final
