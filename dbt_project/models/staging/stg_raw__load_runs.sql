with

source as (

    select * from {{ source('raw', 'load_runs') }}

),

renamed as (

    select
        run_id,
        loaded_at

    from source

)

select * from renamed
