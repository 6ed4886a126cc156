"""Cited sources, session 26 (helper "src2"): views held inside a report, groups described by a
relative clause, forecasts of a level, and "the government" after one of its offices. Real spaCy
model, no mocks; sentences written here."""

from __future__ import annotations

from tests.unit.test_extract_citations_session9 import sources_of

# --- a view held, reported by someone else ---------------------------------------------------------


def test_a_body_whose_view_others_report_is_cited_with_them() -> None:
    body = "The ministry believes that the rebels have rearmed in the north, diplomats in the capital say."
    found = sources_of(body)
    assert ("Ministry", "government_body") in found or ("ministry", "government_body") in found
    assert any(kind == "anonymous" for _, kind in found)


def test_officials_believing_inside_a_report_are_cited() -> None:
    body = "A former aide has reported that senior party officials firmly believe that the vote was rigged."
    names = [name for name, _ in sources_of(body)]
    assert any("officials" in name or "official" in name for name in names)


def test_a_speaker_saying_what_he_believes_adds_no_one() -> None:
    body = "Ruiz said he believes that the plan will fail."
    assert [name for name, _ in sources_of(body)] == ["Ruiz"]


# --- those who ... ----------------------------------------------------------------------------------


def test_those_described_by_a_relative_clause_are_one_anonymous_group() -> None:
    body = "But those who worked with him believe that he will run again next year."
    assert sources_of(body) == [("those who worked with him", "anonymous")]


def test_those_who_said_as_an_object_are_not_cited() -> None:
    assert sources_of("The mayor thanked those who said the park should stay open.") == []


def test_those_who_believe_as_a_subject_of_being_is_no_source() -> None:
    assert sources_of("Those who believe the plan will work are few.") == []


# --- a forecast of a level ---------------------------------------------------------------------------


def test_watchers_anticipating_a_higher_level_are_cited() -> None:
    body = "Bond market watchers are anticipating higher interest rates next spring."
    assert [kind for _, kind in sources_of(body)] == ["anonymous"]


def test_economists_expecting_lower_rates_are_cited() -> None:
    assert [kind for _, kind in sources_of("Economists expect lower mortgage rates next year.")] == ["anonymous"]


def test_fans_anticipating_higher_prices_are_no_source() -> None:
    assert sources_of("Fans are anticipating higher ticket prices at the new stadium.") == []


def test_anticipating_an_event_is_no_source() -> None:
    assert sources_of("Investors are anticipating the central bank meeting.") == []


# --- "the government" after one of its offices -------------------------------------------------------


def test_the_government_is_not_the_office_cited_before() -> None:
    body = ("The county sheriff's office said deputies used pepper spray. While the government asserts "
            "that the land is federal, the tribe says it holds treaty rights.")
    names = [name for name, _ in sources_of(body)]
    assert "Government" in names or "government" in names


def test_the_government_after_a_named_government_stays_it() -> None:
    body = "The French government said it would act. Later the government said it would cut taxes."
    assert sources_of(body) == [("French Government", "government_body")] * 2


# --- a cause given: attributing or ascribing something to something ---------------------------------


def test_a_company_attributing_a_decline_to_a_cause_is_cited() -> None:
    body = "The company attributed the decline to weaker demand in Europe."
    assert [kind for _, kind in sources_of(body)] == ["organization"]


def test_a_quote_attributed_to_a_writer_cites_no_one() -> None:
    assert sources_of("The line is often attributed to Mark Twain.") == []


def test_a_crowd_ascribing_a_loss_to_luck_is_no_source() -> None:
    assert sources_of("Fans attributed the loss to bad luck.") == []


def test_many_people_of_a_nation_ascribing_a_cause_are_one_anonymous_group() -> None:
    body = "Many Native Americans living near the site ascribe the clashes to racism."
    found = sources_of(body)
    assert len(found) == 1 and found[0][1] == "anonymous"


def test_many_members_of_a_party_stay_the_party() -> None:
    assert sources_of("Many Republicans said the bill was dead.") == [("Republicans", "organization")]


def test_some_people_of_a_nation_saying_something_are_anonymous() -> None:
    assert sources_of("Some Americans say the tactics were racist.") == [("Americans", "anonymous")]


# --- by all accounts ---------------------------------------------------------------------------------


def test_by_all_accounts_is_an_anonymous_source() -> None:
    assert sources_of("By all accounts, the new coach has rebuilt the defense.") == [("accounts", "anonymous")]


def test_by_his_own_account_cites_no_one_new() -> None:
    assert sources_of("By his own account, the coach was never consulted.") == []
