-- One row per article × cited source; several attributions to the same source in one
-- article are one citation with n_mentions.
with

citations as (

    select * from {{ ref('int_citations_named') }}

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
        count(*) as n_mentions
    from citations
    group by article_id, source_id

)

select * from final
