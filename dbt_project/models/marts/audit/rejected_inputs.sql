with

rejections as (

    select * from {{ ref('stg_raw__rejected_inputs') }}

),

final as (

    select
        source_uri,
        reason,
        detail,
        raw_sha256,
        raw_path,
        rejected_at,
        run_id

    from rejections

)

select * from final
