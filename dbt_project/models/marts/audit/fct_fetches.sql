with

fetches as (

    select * from {{ ref('stg_raw__fetch_log') }}

),

articles as (

    select
        source_uri,
        article_id
    from {{ ref('dim_articles') }}

),

rejections as (

    select
        source_uri,
        min(reason) as reason

    from {{ ref('rejected_inputs') }}
    group by source_uri

),

placed as (

    select
        fetches.*,
        articles.article_id,
        rejections.reason as rejected_reason,
        (
            fetches.fetch_outcome = 'rejected'
            or (fetches.url_role = 'page' and fetches.fetch_outcome = 'fetched')
            or (fetches.fetch_outcome = 'same_as' and fetches.input_uri is not null)
        ) as needs_place

    from fetches
    left join articles on fetches.input_uri = articles.source_uri
    left join rejections on fetches.input_uri = rejections.source_uri

),

final as (

    select
        run_id,
        source_name,
        url_role,
        listed_url,
        requested_url,
        final_url,
        fetch_outcome,
        http_status,
        fetch_reason,
        bytes_downloaded,
        fetched_at,
        input_uri,
        needs_place,
        case
            when not needs_place then null
            when article_id is not null then 'dim_articles'
            when rejected_reason is not null then 'rejected_inputs'
        end as ends_in,
        case when needs_place then article_id end as article_id,
        case when needs_place and article_id is null then rejected_reason end as rejected_reason

    from placed

)

select * from final
