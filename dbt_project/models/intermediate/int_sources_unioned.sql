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

aliases as (

    select * from {{ ref('publisher_aliases') }}

),

cited as (

    -- A cited outlet takes its publisher name, so "AP" cited and "AP News" publishing match.
    select
        citations.article_id,
        coalesce(aliases.publisher, citations.canonical_name) as name,
        'cited' as role,
        citations.source_type
    from {{ ref('stg_raw__citations') }} as citations
    left join aliases
        on
            citations.source_type in ('news_agency', 'media_outlet')
            and {{ publisher_lookup_key('citations.canonical_name') }} = aliases.alias

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
