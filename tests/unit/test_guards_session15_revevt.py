"""Guards from the review of session 15's event rules: sentences of ordinary news where the new
rules fired wrongly (an indirect question read as a counterfactual, a present passive of a one-off
release read as nowadays, "Today, ... can finally", "That year" as a subject or after a news day, a
bare background year taken as a story's time, "throughout the year" with a lasting state), and the
near misses each narrowed rule still serves. Every sentence here is made up."""

from __future__ import annotations

from datetime import date

from tests.unit.test_extract_events import dated_events

NOV_2019 = date(2019, 11, 19)  # a Tuesday
JUN_2019 = date(2019, 6, 26)
APR_2014 = date(2014, 4, 24)


def test_an_if_clause_that_asks_is_no_counterfactual() -> None:
    # "asked if", "investigating if": whether a real past happened, no "would have" answers it.
    assert dated_events("Reporters asked the senator if he had spoken to the president on Sunday.", NOV_2019) == {
        "Sunday": (date(2019, 11, 17), "day")}
    assert dated_events("Police are investigating if the victim had been threatened in October.", NOV_2019) == {
        "October": (date(2019, 10, 1), "month")}
    # Near misses: a supposed past answered by "would have" dates nothing.
    assert dated_events("If the company had filed for bankruptcy in 2015, thousands of jobs would have been lost.",
                  NOV_2019) == {}
    assert dated_events("Had he been elected in 2016, Sanders said, he would have raised the minimum wage.",
                  NOV_2019) == {}


def test_a_present_passive_of_a_release_today_is_this_day() -> None:
    assert dated_events("The report, which is published today, shows unemployment fell.", NOV_2019) == {
        "today": (NOV_2019, "day")}
    assert dated_events("The figures that are released today show a sharp drop in exports.", NOV_2019) == {
        "today": (NOV_2019, "day")}
    # Near miss: how a thing is done nowadays.
    assert dated_events("The dam changed the way most of the valley's power is generated today.", NOV_2019) == {}


def test_today_can_finally_is_a_change_of_this_day() -> None:
    assert dated_events("Today, the company can finally sell its drug in Europe after regulators approved it.",
                  NOV_2019) == {"Today": (NOV_2019, "day")}
    # Near miss: what can be done nowadays.
    assert dated_events("Today, visitors to the old fort can read its history on a plaque.", NOV_2019) == {}


def test_that_year_as_a_subject_or_after_a_news_day() -> None:
    assert dated_events("In 2016, the team won the league title.\nThat year was the best in the club's history.",
                  NOV_2019) == {"2016": (date(2016, 1, 1), "year")}
    dated = dated_events("Prices fell in October, official data showed on Friday. That month, the central bank cut rates.",
                   NOV_2019)
    assert "That month" not in dated
    # Near miss: after a date the story tells, "That year" is that date's year.
    assert dated_events("The drought began in 2012. Later that year, farmers started selling their cattle.",
                  NOV_2019)["Later that year"] == (date(2012, 1, 1), "year")


def test_a_background_year_sets_no_story_time() -> None:
    assert dated_events("The suspect, who was convicted of fraud in 2012, had been arrested in May on a separate charge.",
                  NOV_2019)["May"] == (date(2019, 5, 1), "month")
    assert dated_events("The film premiered in 2017.\nThe director had announced in January that he would make a sequel.",
                  NOV_2019)["January"] == (date(2019, 1, 1), "month")
    # Near miss: a story set at a month of an earlier year counts from it.
    body = "One day in July 2001, the founder decided to fire his managers. In March, the chairman had joined from a rival."
    assert dated_events(body, APR_2014)["March"] == (date(2001, 3, 1), "month")


def test_throughout_the_year_with_a_lasting_state_is_a_span() -> None:
    assert dated_events("Prices will remain high throughout the year, the ministry warned.", JUN_2019) == {}
    assert dated_events("Protests are expected to continue throughout the year, analysts said.", JUN_2019) == {}
    assert "throughout the year" not in dated_events("He will be remembered throughout the year 2020 as a hero.", JUN_2019)
    # Near miss: what will happen during the year ahead is dated this year.
    assert dated_events("The museum will host exhibitions throughout the year.", JUN_2019) == {
        "throughout the year": (date(2019, 1, 1), "year")}


def test_years_since_told_in_the_past_counts_from_the_story_not_a_quote_or_a_plan() -> None:
    # A date inside someone's words sets no time of the story; a future date is not when it is told.
    assert "ten years since" not in dated_events('"I was born in 1960," he said. It was ten years since he had seen his brother.',
                                          NOV_2019)
    assert dated_events("The new stadium will open in 2021. It was 20 years since the club last won a trophy.",
                  NOV_2019)["20 years since"] == (date(1999, 1, 1), "year")
    # Near miss: after a news day, "It was three years since" counts from that day.
    assert dated_events("On Monday he returned to the ring. It was three years since his last fight.",
                  NOV_2019)["three years since"] == (date(2016, 1, 1), "year")
