-- A table, not a view: marts and tests read it many times, and a view would compute the
-- cross-article joins again for each of them (about 6 s each at 1,000 articles).
{{ config(materialized='table') }}

-- Which story each article tells: articles that share at least two of their five most
-- named entities (or are near-duplicates) are one story, named after the smallest article id
-- among them. Claims corroborate only within a story: "28 people" in two unrelated articles
-- is not one claim.
with

mentions as (

    select
        article_id,
        entity_id,
        row_number() over (
            partition by article_id order by sum(mention_count) desc, entity_id
        ) as rank_in_article
    from {{ ref('int_entity_mentions') }}
    where label in ('PERSON', 'ORG', 'GPE', 'LOC', 'NORP')
    group by article_id, entity_id

),

salient as (

    select
        article_id,
        entity_id
    from mentions
    where rank_in_article <= {{ var('story_salient_entities') }}

),

shared as (

    select
        one.article_id,
        other.article_id as other_article_id
    from salient as one
    inner join salient as other
        on one.entity_id = other.entity_id and one.article_id != other.article_id
    group by one.article_id, other.article_id
    having count(*) >= {{ var('story_shared_entities') }}

),

near_duplicates as (

    select
        article_id,
        original_article_id as other_article_id
    from {{ ref('int_articles_independence') }}
    where is_near_duplicate

),

neighbours as (

    select
        article_id,
        article_id as other_article_id
    from {{ ref('stg_raw__articles') }}
    union all
    select * from shared
    union all
    select * from near_duplicates
    union all
    select
        other_article_id as article_id,
        article_id as other_article_id
    from near_duplicates

),

final as (

    select
        article_id,
        min(other_article_id) as story_id
    from neighbours
    group by article_id

)

select * from final
