-- A table, not a view: marts and tests read it many times, and a view would compute the
-- cross-article joins again for each of them (about 6 s each at 1,000 articles).
{{ config(materialized='table') }}

-- Pairs of articles whose vocabulary overlaps enough to be copies of one story.
-- Terms are weighted by inverse document frequency, so words every article on the
-- story shares (Iraq, coalition, troops) count for little and rare ones for much;
-- terms found in very many articles are dropped before the pair join.
with

articles as (

    select
        article_id,
        {{ word_list('body_text') }} as words
    from {{ ref('stg_raw__articles') }}
    where word_count >= {{ var('near_duplicate_min_words') }}

),

terms as (

    select distinct
        article_id,
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

weighted_terms as (

    select
        terms.article_id,
        terms.term,
        -- smoothed idf: never zero, so two articles alone can still be one story
        ln(1 + (select count(*) from articles) / document_frequency.n_articles) as weight
    from terms
    inner join document_frequency on terms.term = document_frequency.term
    where
        length(terms.term) > 3
        -- words in most articles say nothing about copying and would make the pair join quadratic
        and document_frequency.n_articles
        <= greatest({{ var('near_duplicate_max_df') }}, 0.1 * (select count(*) from articles))

),

article_weight as (

    select
        article_id,
        sum(weight) as total_weight
    from weighted_terms
    group by article_id

),

shared as (

    select
        left_terms.article_id,
        right_terms.article_id as other_article_id,
        sum(left_terms.weight) as shared_weight
    from weighted_terms as left_terms
    inner join weighted_terms as right_terms
        on
            left_terms.term = right_terms.term
            and left_terms.article_id < right_terms.article_id
    group by left_terms.article_id, right_terms.article_id

),

final as (

    select
        shared.article_id,
        shared.other_article_id,
        shared.shared_weight / nullif(least(left_weight.total_weight, right_weight.total_weight), 0)
            as containment,
        shared.shared_weight
        / nullif(left_weight.total_weight + right_weight.total_weight - shared.shared_weight, 0)
            as weighted_jaccard
    from shared
    inner join article_weight as left_weight on shared.article_id = left_weight.article_id
    inner join article_weight as right_weight on shared.other_article_id = right_weight.article_id

)

select
    *,
    containment >= {{ var('near_duplicate_containment') }} as is_near_duplicate
from final
