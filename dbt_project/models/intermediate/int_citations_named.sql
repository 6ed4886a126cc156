-- Citations with the name their source is filed under: a cited news outlet takes its
-- canonical publisher name (seed publisher_aliases), so "AP" cited and "AP News" publishing
-- are one source in dim_sources. A bare description ("report", "analysts", "the company": no
-- capital letter in it) names a different source in every article, so it is filed per article.
with

citations as (

    select * from {{ ref('stg_raw__citations') }}

),

aliases as (

    select * from {{ ref('publisher_aliases') }}

),

named as (

    select
        citations.*,
        coalesce(aliases.publisher, citations.canonical_name) as source_name
    from citations
    left join aliases
        on
            citations.source_type in ('news_agency', 'media_outlet')
            and {{ publisher_lookup_key('citations.canonical_name') }} = aliases.alias

),

final as (

    select
        *,
        source_name = lower(source_name) as is_description,
        {{ short_hash(
            "lower(source_name) || case when source_name = lower(source_name)"
            ~ " then '|' || article_id else '' end"
        ) }} as source_id
    from named

)

select * from final
