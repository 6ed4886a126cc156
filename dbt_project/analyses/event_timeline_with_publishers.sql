-- Timeline of events, with how many independent publishers report each one.
with events as (
    select * from {{ ref('fct_events') }}
),

timeline as (
    select
        events.event_date,
        events.date_precision,
        events.event_type,
        events.locations,
        events.actors,
        events.n_publishers,
        events.n_articles,
        events.n_mentions
    from events
)

select * from timeline
order by event_date, event_type
