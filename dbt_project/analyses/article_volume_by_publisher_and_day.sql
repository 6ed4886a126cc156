-- Article volume by publisher and day (undated articles under a null day).
with articles as (
    select * from {{ ref('dim_articles') }}
),

volume as (
    select
        articles.publisher_name,
        articles.published_date,
        count(*) as n_articles,
        sum(articles.word_count) as n_words
    from articles
    group by articles.publisher_name, articles.published_date
)

select * from volume
order by published_date asc nulls last, n_articles desc, publisher_name asc
