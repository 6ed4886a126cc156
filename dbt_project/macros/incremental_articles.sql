{#- Incremental marts keyed on articles: each row carries its article's loaded_at
    (int_article_loads). A run adds the rows of articles loaded after the mart's newest
    loaded_at, then drops every row whose article is gone or was loaded again since. -#}

{% macro loaded_since_last_build(loaded_at_column) -%}
    {%- if is_incremental() -%}
        {{ loaded_at_column }} > (select coalesce(max(loaded_at), '-infinity'::timestamptz) from {{ this }})
    {%- else -%}
        true
    {%- endif -%}
{%- endmacro %}

{% macro delete_stale_article_rows() -%}
    {%- if is_incremental() -%}
        delete from {{ this }} as kept
        where not exists (
            select 1 from {{ ref('int_article_loads') }} as loads
            where loads.article_id = kept.article_id and loads.loaded_at = kept.loaded_at
        )
    {%- endif -%}
{%- endmacro %}
