{#- DuckDB-specific text functions live here, so an adapter switch touches only this file. -#}

{% macro word_list(column) -%}
    regexp_extract_all(lower({{ column }}), '\p{L}[\p{L}''-]+')
{%- endmacro %}

{% macro short_hash(expression) -%}
    left(md5({{ expression }}), 16)
{%- endmacro %}

{% macro text_position(haystack, needle) -%}
    strpos({{ haystack }}, {{ needle }})
{%- endmacro %}

{% macro claim_key(value, unit, noun) -%}
    {{ short_hash("concat_ws('|', cast(" ~ value ~ " as varchar), coalesce(" ~ unit ~ ", ''), coalesce(" ~ noun ~ ", ''))") }}
{%- endmacro %}

{#- The most frequent value of a group; ties go to the smallest value, so re-runs agree
    (DuckDB's mode() picks among ties arbitrarily). -#}
{% macro most_common(column) -%}
    list_sort(
        list_transform(map_entries(histogram({{ column }})), lambda e: {'n': -cast(e.value as bigint), 'v': e.key})
    )[1].v
{%- endmacro %}

{#- A name folded for matching: lower case, no leading 'the', no possessive, single spaces. -#}
{% macro normalised_name(column) -%}
    nullif(trim(regexp_replace(regexp_replace(lower({{ column }}), '^the\s+|[''’]s$', '', 'g'), '\s+', ' ', 'g')), '')
{%- endmacro %}
