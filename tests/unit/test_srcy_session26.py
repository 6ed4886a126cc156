"""Cited sources, session 26 (helper "srcy"): attribution shapes from set Y, each with near misses
that must not change. Real spaCy model, no mocks; sentences written here."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of

# --- a time set between the speaker and the saying verb -------------------------------------------


def test_a_speaker_before_a_time_and_its_verb_is_cited() -> None:
    body = "Shares rose after Acme earlier this week said it would buy back $2 billion of its stock."
    assert sources_of(body) == [("Acme", "organization")]


# --- going so far as to accuse ---------------------------------------------------------------------


def test_a_body_that_went_so_far_as_to_accuse_is_cited() -> None:
    body = "Last month, the Federal Trade Commission went so far as to accuse Acme of misleading buyers."
    assert sources_of(body) == [("Federal Trade Commission", "government_body")]


# --- an outlet quoting someone ---------------------------------------------------------------------


def test_an_outlet_quoting_someone_is_cited() -> None:
    body = "The Washington Post quoted a neighbor who had heard the shots."
    assert sources_of(body) == [("The Washington Post", "media_outlet")]


def test_an_outlets_article_quoting_someone_cites_the_outlet() -> None:
    body = "A Boston Globe article at the time quoted a neighbor who had heard the shots."
    assert sources_of(body) == [("Boston Globe", "media_outlet")]


def test_a_price_quoted_by_a_firm_cites_no_outlet() -> None:
    assert sources_of("Acme quoted a price of 5 dollars a share.") == []


# --- a view held in a relative clause without its pronoun ------------------------------------------


def test_a_contact_clause_holder_of_a_view_is_cited() -> None:
    body = "The party won by taking states forecasters believed would stay Republican."
    assert sources_of(body) == [("forecaster", "anonymous")]


def test_fans_who_believed_in_a_relative_clause_are_still_no_source() -> None:
    assert sources_of("She was among the fans who believed the team would win.") == []


# --- demands from the bench and in filings ---------------------------------------------------------


@pytest.mark.parametrize("body", [
    "He dropped the case after a Texas judge demanded he identify his former partners.",
    "Lawyers plan to file a lawsuit demanding that the land be returned to the tribe.",
])
def test_a_judge_or_a_lawsuit_demanding_is_no_source(body: str) -> None:
    assert sources_of(body) == []


def test_a_union_demanding_with_a_clause_is_still_cited() -> None:
    assert sources_of("The union demanded that the city pay the workers.") == [("union", "organization")]


# --- a teaser line with an inverted attribution ----------------------------------------------------


def test_a_teaser_headline_with_an_inverted_admission_is_no_source() -> None:
    body = ("The house went on sale this week.\n"
            "Meryl Streep made me nervous, admits co-star Tom Holt\n"
            "The listing says the singer lived here.")
    assert ("Meryl Streep", "organization") not in sources_of(body)
    assert not any(name.startswith("Meryl") for name, _ in sources_of(body))


# --- a campaign manager holds an office ------------------------------------------------------------


def test_a_campaign_manager_is_an_official() -> None:
    body = ("The senator has named Ann Cole, the campaign manager who ran his race, chief of staff. "
            "Cole said she would start in January.")
    assert sources_of(body) == [("Ann Cole", "official")]


def test_a_store_manager_is_still_a_person() -> None:
    assert sources_of("Ann Lee, the store manager, said sales fell.") == [("Ann Lee", "person")]


# --- an account printed in an outlet ----------------------------------------------------------------


def test_an_account_printed_in_an_outlet_cites_the_outlet() -> None:
    body = "The mayor said that nobody read the damning account of his debts in the New York Times."
    assert ("The New York Times", "media_outlet") in sources_of(body)


def test_an_op_ed_written_in_an_outlet_cites_no_outlet() -> None:
    assert sources_of("She wrote an op-ed in the New York Times saying he was unfit.") == []
