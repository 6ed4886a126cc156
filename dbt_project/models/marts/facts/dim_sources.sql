with

sources as (

    select * from {{ ref('int_sources_unioned') }}

),

final as (

    select
        source_id,
        mode(name) as name,
        any_value(source_type) as source_type,
        count(distinct article_id) as n_articles,
        count(distinct article_id) filter (where role = 'publisher') as n_articles_published,
        count(distinct article_id) filter (where role = 'cited') as n_articles_cited_in,
        bool_or(role = 'publisher') as is_publisher
    from sources
    group by source_id

)

select * from final
