{% test every_fetched_url_has_one_place(model) %}
{#- A URL that was fetched or rejected ends in dim_articles or rejected_inputs, never nowhere. -#}
select run_id, source_name, listed_url, fetch_outcome, input_uri
from {{ model }}
where needs_place and ends_in is null
{% endtest %}
