-- Every name an entity goes by: the spellings articles use and the seed's aliases.
with

mentions as (

    select * from {{ ref('int_entity_mentions') }}

),

spellings as (

    select
        entity_id,
        article_id,
        unnest(surface_forms) as alias
    from mentions

),

entities as (

    select distinct
        entity_id,
        entity_name,
        label
    from mentions

),

seed_aliases as (

    select
        entities.entity_id,
        aliases.alias
    from {{ ref('entity_aliases') }} as aliases
    inner join entities
        on aliases.entity = entities.entity_name and aliases.label = entities.label

),

spelled as (

    select
        entity_id,
        alias,
        count(distinct article_id) as n_articles
    from spellings
    group by entity_id, alias

),

final as (

    select
        coalesce(spelled.entity_id, seeded.entity_id) as entity_id,
        coalesce(spelled.alias, seeded.alias) as alias,
        coalesce(spelled.n_articles, 0) as n_articles,
        seeded.alias is not null as is_seed_alias
    from spelled
    full outer join seed_aliases as seeded
        on spelled.entity_id = seeded.entity_id and lower(spelled.alias) = seeded.alias

)

select * from final
