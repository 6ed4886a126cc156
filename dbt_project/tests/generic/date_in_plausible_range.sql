{% test date_in_plausible_range(model, column_name, min_date) %}
{#- Dates before min_date or more than a year after today are wrong, not just unusual. -#}
select {{ column_name }}
from {{ model }}
where {{ column_name }} < cast('{{ min_date }}' as date)
    or {{ column_name }} > current_date + interval 1 year
{% endtest %}
