-- Entity mentions resolved to one real thing across articles: a name in the entity_aliases
-- seed takes its canonical name and label ("ISIL", "Daesh" -> Islamic State); otherwise the
-- name is folded ("U.S." = "US") and takes the label most mentions of it carry, so "Trump"
-- tagged ORG in one article is the person of all the others.
with

mentions as (

    select * from {{ ref('stg_raw__entity_mentions') }}

),

aliases as (

    select
        lower(alias) as alias,
        entity,
        label
    from {{ ref('entity_aliases') }}

),

resolved as (

    select
        mentions.*,
        coalesce(aliases.entity, mentions.name) as entity_name,
        aliases.label as seed_label,
        -- people's names also match without particles ("al-", "bin") across articles
        case
            when coalesce(aliases.label, mentions.label) = 'PERSON'
                then {{ person_name_key('coalesce(aliases.entity, mentions.name)') }}
            else {{ folded_name('coalesce(aliases.entity, mentions.name)') }}
        end as name_key
    from mentions
    left join aliases on lower(mentions.name) = aliases.alias

),

label_votes as (

    select
        name_key,
        label,
        sum(mention_count) as n_mentions
    from resolved
    group by all

),

majority_label as (

    select
        name_key,
        arg_max(label, (n_mentions, label)) as label
    from label_votes
    group by name_key

),

final as (

    select
        resolved.entity_mention_id,
        resolved.article_id,
        {{ short_hash("coalesce(resolved.seed_label, majority_label.label) || '|' || resolved.name_key") }}
            as entity_id,
        resolved.entity_name,
        coalesce(resolved.seed_label, majority_label.label) as label,
        resolved.seed_label is not null as is_seed_alias,
        resolved.name,
        resolved.surface_forms,
        resolved.mention_count,
        resolved.first_char_start
    from resolved
    inner join majority_label on resolved.name_key = majority_label.name_key

)

select * from final
