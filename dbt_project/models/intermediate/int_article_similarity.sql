-- A table, not a view: marts and tests read it many times, and a view would compute the
-- cross-article joins again for each of them (about 6 s each at 1,000 articles).
{{ config(materialized='table') }}

-- Pairs of articles whose vocabulary overlaps enough to be copies of one story.
-- Terms are weighted by inverse document frequency, so words every article on the
-- story shares (Iraq, coalition, troops) count for little and rare ones for much;
-- terms found in very many articles are dropped before the pair join.
-- The pair join runs on numbers standing for articles and terms, not on their text:
-- hashing and grouping integers halved its time (10.5 s to 5 s over 4,895 articles with
-- 27 copies of each story), with the same pairs and scores.
with

articles as (

    select
        article_id,
        row_number() over (order by article_id) as article_number,
        {{ word_list('body_text') }} as words
    from {{ ref('stg_raw__articles') }}
    where word_count >= {{ var('near_duplicate_min_words') }}

),

article_numbers as (

    select
        article_id,
        article_number
    from articles

),

terms as (

    select distinct
        article_number,
        unnest(words) as term
    from articles

),

document_frequency as (

    select
        term,
        count(*) as n_articles
    from terms
    group by term

),

term_weights as (

    select
        term,
        row_number() over () as term_number,
        -- smoothed idf: never zero, so two articles alone can still be one story
        ln(1 + (select count(*) from articles) / n_articles) as weight
    from document_frequency
    where
        length(term) > 3
        -- words in most articles say nothing about copying and would make the pair join quadratic
        and n_articles <= greatest({{ var('near_duplicate_max_df') }}, 0.1 * (select count(*) from articles))

),

weighted_terms as (

    select
        terms.article_number,
        term_weights.term_number,
        term_weights.weight
    from terms
    inner join term_weights on terms.term = term_weights.term

),

article_weight as (

    select
        article_number,
        sum(weight) as total_weight
    from weighted_terms
    group by article_number

),

shared as (

    select
        left_terms.article_number,
        right_terms.article_number as other_article_number,
        sum(left_terms.weight) as shared_weight
    from weighted_terms as left_terms
    inner join weighted_terms as right_terms
        on
            left_terms.term_number = right_terms.term_number
            and left_terms.article_number < right_terms.article_number
    group by left_terms.article_number, right_terms.article_number

),

scored as (

    select
        shared.article_number,
        shared.other_article_number,
        shared.shared_weight / nullif(least(left_weight.total_weight, right_weight.total_weight), 0)
            as containment,
        shared.shared_weight
        / nullif(left_weight.total_weight + right_weight.total_weight - shared.shared_weight, 0)
            as weighted_jaccard
    from shared
    inner join article_weight as left_weight on shared.article_number = left_weight.article_number
    inner join article_weight as right_weight on shared.other_article_number = right_weight.article_number

)

-- Only the pairs that are one story: the others (99% of the pairs that share a term on the
-- benchmark's pages) are used by nothing.
select
    left_articles.article_id,
    right_articles.article_id as other_article_id,
    scored.containment,
    scored.weighted_jaccard
from scored
inner join article_numbers as left_articles on scored.article_number = left_articles.article_number
inner join article_numbers as right_articles on scored.other_article_number = right_articles.article_number
where scored.containment >= {{ var('near_duplicate_containment') }}
