-- Publishers and cited sources in one list, named the same way, so "Reuters" the
-- publisher and "Reuters" the cited agency are one source.
with

publishers as (

    select
        {{ short_hash('lower(trim(publisher_name))') }} as source_id,
        article_id,
        trim(publisher_name) as name,
        'publisher' as role
    from {{ ref('int_article_publishers') }}
    where publisher_name is not null

),

cited as (

    select
        source_id,
        article_id,
        source_name as name,
        'cited' as role,
        source_type
    from {{ ref('int_citations_named') }}

),

typed_sources as (

    select
        cited.source_id,
        {{ most_common('cited.source_type') }} as source_type
    from cited
    group by cited.source_id

),

unioned as (

    select
        source_id,
        article_id,
        name,
        role
    from publishers
    union all
    select
        source_id,
        article_id,
        name,
        role
    from cited

),

final as (

    select
        unioned.source_id,
        unioned.article_id,
        unioned.name,
        unioned.role,
        coalesce(typed_sources.source_type, 'media_outlet') as source_type
    from unioned
    left join typed_sources on unioned.source_id = typed_sources.source_id

)

select * from final
