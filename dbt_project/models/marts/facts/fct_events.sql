-- Mentions of one real event (same type, date, precision and anchor), rolled up across articles.
with

mentions as (

    select * from {{ ref('fct_event_mentions') }}

),

independence as (

    select * from {{ ref('int_articles_independence') }}

),

final as (

    select
        mentions.event_id,
        any_value(mentions.event_type) as event_type,
        any_value(mentions.event_date) as event_date,
        any_value(mentions.date_precision) as date_precision,
        list(distinct mentions.trigger order by mentions.trigger) as triggers,
        list(distinct mentions.location order by mentions.location)
        filter (where mentions.location is not null) as locations,
        list_sort(list_distinct(flatten(list(mentions.actors)))) as actors,
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

)

select * from final
