with

source as (

    select * from {{ source('raw', 'article_fact_runs') }}

),

renamed as (

    select
        article_id,
        run_id

    from source

)

select * from renamed
