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

{% macro claim_key(value, value_high, unit, noun, place) -%}
    {{ short_hash("concat_ws('|', cast(" ~ value ~ " as varchar), coalesce(cast(" ~ value_high ~ " as varchar), ''), coalesce(" ~ unit ~ ", ''), coalesce(" ~ noun ~ ", ''), coalesce(" ~ place ~ ", ''))") }}
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

{#- A name folded to letters and digits only: 'U.S.' = 'US', 'al-Sudani' = 'Al Sudani'. -#}
{% macro folded_name(column) -%}
    regexp_replace(lower({{ column }}), '[^\p{L}\p{N}]+', '', 'g')
{%- endmacro %}

{#- A publisher's name or host as a lookup key: 'www.reuters.com' -> 'reuters', 'AP News' -> 'ap news'. -#}
{% macro publisher_lookup_key(column) -%}
    nullif(trim(regexp_replace(
        regexp_replace(
            regexp_replace(lower(trim({{ column }})), '^(https?://)?(www\.)?', ''),
            '\.(com|co\.uk|org|net|co|in|ca|com\.au|de|fr|ru|it|jp|co\.kr|com\.br|info|news)(/.*)?$', ''
        ),
        '[^\p{L}\p{N}]+', ' ', 'g'
    )), '')
{%- endmacro %}

{#- A person's name folded without particles: 'Mohammed al-Shia al-Sudani' = 'Mohammed Shia al-Sudani'. -#}
{% macro person_name_key(column) -%}
    {{ folded_name("regexp_replace(lower(" ~ column ~ "), '(^|[\s-])(al|el|bin|ibn)[\s-]', '\1', 'g')") }}
{%- endmacro %}

{% macro place_in_position(sentence, place) -%}
    {#- Where "in <place>" starts in the sentence, up to two lower-case words allowed between
        ("in neighbouring Syria", "in northern Iraq"); null when it does not occur. -#}
    strpos({{ sentence }}, nullif(regexp_extract({{ sentence }}, ' in (?:[a-z][a-z-]* ){0,2}' || regexp_escape({{ place }}) || '\b'), ''))
{%- endmacro %}
