with

source as (

    select * from {{ source('raw', 'fetch_log') }}

),

renamed as (

    select
        run_id,
        source_name,
        role as url_role,
        listed_url,
        url as requested_url,
        final_url,
        outcome as fetch_outcome,
        input_uri,
        http_status,
        reason as fetch_reason,
        bytes_downloaded,
        fetched_at

    from source

)

select * from renamed
