-- A table, not a view: marts and tests read it many times, and a view would compute the
-- cross-article joins again for each of them (about 6 s each at 1,000 articles).
{{ config(materialized='table') }}

-- Which publisher each article's claims count for: a near-duplicate counts for the
-- publisher of the earliest article in its pair, so copies do not inflate n_publishers.
-- Publishers are compared by canonical name (int_article_publishers), so "AP News" and
-- "The Associated Press" are one publisher.
with

articles as (

    select
        staged.article_id,
        publishers.publisher_name as publisher,
        staged.published_date,
        staged.ingested_at,
        coalesce(publishers.publisher_key, 'article:' || staged.article_id) as publisher_key
    from {{ ref('stg_raw__articles') }} as staged
    inner join {{ ref('int_article_publishers') }} as publishers
        on staged.article_id = publishers.article_id

),

near_duplicate_pairs as (

    select
        article_id,
        other_article_id
    from {{ ref('int_article_similarity') }}
    union all
    select
        other_article_id as article_id,
        article_id as other_article_id
    from {{ ref('int_article_similarity') }}

),

candidates as (

    select
        article_id,
        article_id as candidate_id
    from articles
    union all
    select
        article_id,
        other_article_id as candidate_id
    from near_duplicate_pairs

),

ranked as (

    select
        candidates.article_id,
        candidates.candidate_id,
        row_number() over (
            partition by candidates.article_id
            order by original.published_date asc nulls last, original.ingested_at asc, original.article_id asc
        ) as rank_in_story
    from candidates
    inner join articles as original on candidates.candidate_id = original.article_id

),

final as (

    select
        articles.article_id,
        articles.publisher,
        articles.published_date,
        articles.publisher_key,
        ranked.candidate_id as original_article_id,
        original.publisher_key as independent_publisher_key,
        ranked.candidate_id <> articles.article_id as is_near_duplicate
    from articles
    inner join ranked on articles.article_id = ranked.article_id and ranked.rank_in_story = 1
    inner join articles as original on ranked.candidate_id = original.article_id

)

select * from final
