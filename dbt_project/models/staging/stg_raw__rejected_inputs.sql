with

source as (

    select * from {{ source('raw', 'rejected_inputs') }}

),

renamed as (

    select
        source_uri,
        reason,
        detail,
        raw_sha256,
        raw_path,
        rejected_at,
        run_id

    from source

)

select * from renamed
