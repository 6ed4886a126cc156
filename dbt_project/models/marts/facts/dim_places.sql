-- One row per place that any article names, with how many articles and names point at it.
with

mentions as (

    select * from {{ ref('int_place_mentions') }}
    where place_id is not null

),

ranked as (

    select
        *,
        row_number() over (partition by place_id order by place_mention_id) as row_rank
    from mentions

),

counts as (

    select
        place_id,
        count(distinct article_id) as n_articles,
        count(*) as n_place_mentions
    from mentions
    group by place_id

),

final as (

    select
        ranked.place_id,
        ranked.place_name,
        ranked.feature_class,
        ranked.geo_precision,
        ranked.country_code,
        ranked.admin1,
        ranked.latitude,
        ranked.longitude,
        ranked.population,
        ranked.gazetteer,
        ranked.gazetteer_id,
        counts.n_articles,
        counts.n_place_mentions
    from ranked
    inner join counts on ranked.place_id = counts.place_id
    where ranked.row_rank = 1

)

select * from final
