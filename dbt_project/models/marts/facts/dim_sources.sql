with

sources as (

    select * from {{ ref('int_sources_unioned') }}

),

final as (

    select
        sources.source_id,
        {{ most_common('name') }} as name,
        any_value(source_type) as source_type,
        count(distinct sources.article_id) as n_articles,
        count(distinct sources.article_id) filter (where sources.role = 'publisher') as n_articles_published,
        count(distinct sources.article_id) filter (where sources.role = 'cited') as n_articles_cited_in,
        bool_or(sources.role = 'publisher') as is_publisher
    from sources
    group by sources.source_id

)

select * from final
