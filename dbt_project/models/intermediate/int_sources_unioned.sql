-- Publishers and cited sources in one list, named the same way, so "Reuters" the
-- publisher and "Reuters" the cited agency are one source.
with

publishers as (

    select
        article_id,
        trim(publisher_name) as name,
        'publisher' as role
    from {{ ref('int_article_publishers') }}
    where publisher_name is not null

),

cited as (

    select
        article_id,
        source_name as name,
        'cited' as role,
        source_type
    from {{ ref('int_citations_named') }}

),

typed_names as (

    select
        lower(cited.name) as name_key,
        {{ most_common('source_type') }} as source_type
    from cited
    group by lower(cited.name)

),

unioned as (

    select
        article_id,
        name,
        role
    from publishers
    union all
    select
        article_id,
        name,
        role
    from cited

),

final as (

    select
        {{ short_hash('lower(unioned.name)') }} as source_id,
        unioned.article_id,
        unioned.name,
        unioned.role,
        coalesce(typed_names.source_type, 'media_outlet') as source_type
    from unioned
    left join typed_names on lower(unioned.name) = typed_names.name_key

)

select * from final
