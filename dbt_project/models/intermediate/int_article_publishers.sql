-- Each article's publisher under one canonical name: the publisher_aliases seed maps the
-- spellings and host names of an outlet ("AP News", "apnews.com", "The Associated Press")
-- to one name, so one outlet never counts as two independent publishers.
with

articles as (

    select * from {{ ref('stg_raw__articles') }}

),

aliases as (

    select * from {{ ref('publisher_aliases') }}

),

keyed as (

    select
        article_id,
        publisher,
        {{ publisher_lookup_key('publisher') }} as lookup_key
    from articles

),

final as (

    select
        keyed.article_id,
        keyed.publisher,
        coalesce(aliases.publisher, keyed.publisher) as publisher_name,
        coalesce(lower(aliases.publisher), keyed.lookup_key) as publisher_key
    from keyed
    left join aliases on keyed.lookup_key = aliases.alias

)

select * from final
