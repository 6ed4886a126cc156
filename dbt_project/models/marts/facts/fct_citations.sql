{{
    config(
        materialized='incremental',
        unique_key='citation_id',
        incremental_strategy='delete+insert',
        on_schema_change='fail',
        post_hook="{{ delete_stale_article_rows() }}",
    )
}}

-- One row per article × cited source; several attributions to the same source in one
-- article are one citation with n_mentions.
with

loads as (

    select * from {{ ref('int_article_loads') }}
    where {{ loaded_since_last_build('loaded_at') }}

),

citations as (

    select
        named.*,
        loads.loaded_at
    from {{ ref('int_citations_named') }} as named
    inner join loads on named.article_id = loads.article_id

),

final as (

    select
        {{ short_hash("article_id || '|' || source_id") }} as citation_id,
        article_id,
        source_id,
        arg_min(cited_as, char_start) as cited_as,
        arg_min(cue, char_start) as cue,
        arg_min(sentence, char_start) as sentence,
        min(char_start) as char_start,
        arg_min(char_end, char_start) as char_end,
        count(*) as n_mentions,
        max(loaded_at) as loaded_at
    from citations
    group by article_id, source_id

)

select * from final
