-- Citations with the name their source is filed under: a cited news outlet takes its
-- canonical publisher name (seed publisher_aliases), so "AP" cited and "AP News" publishing
-- are one source in dim_sources.
with

citations as (

    select * from {{ ref('stg_raw__citations') }}

),

aliases as (

    select * from {{ ref('publisher_aliases') }}

),

final as (

    select
        citations.*,
        coalesce(aliases.publisher, citations.canonical_name) as source_name
    from citations
    left join aliases
        on
            citations.source_type in ('news_agency', 'media_outlet')
            and {{ publisher_lookup_key('citations.canonical_name') }} = aliases.alias

)

select * from final
