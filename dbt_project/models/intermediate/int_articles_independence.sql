-- Which publisher each article's claims count for: a near-duplicate counts for the
-- publisher of the earliest article in its pair, so copies do not inflate n_publishers.
with

articles as (

    select
        article_id,
        publisher,
        published_date,
        ingested_at,
        coalesce(lower(trim(publisher)), 'article:' || article_id) as publisher_key
    from {{ ref('stg_raw__articles') }}

),

near_duplicate_pairs as (

    select
        article_id,
        other_article_id
    from {{ ref('int_article_similarity') }}
    where is_near_duplicate
    union all
    select
        other_article_id as article_id,
        article_id as other_article_id
    from {{ ref('int_article_similarity') }}
    where is_near_duplicate

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
