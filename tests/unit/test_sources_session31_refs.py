"""Session 31, sources reached through a reference: made-up news sentences."""

from tests.factories import citations_of


def _cited(body: str) -> set[tuple[str, str]]:
    return {(c.canonical_name, c.source_type) for c in citations_of(body)}


# What a speaker said while declining to say more ("declined to comment, other than to say ...")
# is said all the same; a plain refusal or a question left open is not.

def test_declined_to_comment_other_than_to_say_cites_the_speaker():
    cited = _cited("A spokesman for the county declined to comment, other than to say "
                   "“the review is still under way.”")
    assert cited  # the spokesman (under the body he speaks for, or unnamed)


def test_declined_to_comment_beyond_confirming_cites_the_police():
    assert ("Police", "government_body") in _cited(
        "Police declined to comment beyond confirming that a man had been arrested.")


def test_declined_to_say_whether_is_no_citation():
    assert not _cited("Police declined to say whether a man had been arrested.")


def test_declined_to_comment_alone_is_no_citation():
    assert not _cited("A spokesman for the county declined to comment on the review.")


def test_other_than_a_thing_is_no_saying():
    assert not _cited("The firm declined to comment on anything other than the results that were released.")


def test_would_decline_other_than_to_say_is_no_citation():
    assert not _cited("The mayor would decline to comment, other than to say the city would appeal.")


# An unnamed spokesperson of an executive office-holder speaks for the office (the gold's "his
# office"), as a sheriff's or a governor's spokesperson does; a lawmaker's, a former office-
# holder's or a plain person's spokesperson keeps the name.

def test_spokesman_for_attorney_general_is_his_office():
    cited = _cited("A spokesman for Attorney General Jane Roe said the inquiry was open.")
    assert cited == {("attorney general's office", "government_body")}


def test_spokeswoman_for_governor_is_the_governors_office():
    cited = _cited("A spokeswoman for Gov. Ann Lee said the bill would be signed.")
    assert cited == {("governor's office", "government_body")}


def test_spokesman_for_senator_keeps_the_senator():
    assert ("Ann Lee", "official") in _cited("A spokesman for Sen. Ann Lee said the vote was delayed.")


def test_spokesman_for_former_mayor_is_no_office():
    cited = _cited("A spokesman for former Mayor Ann Lee said she was resting.")
    assert ("mayor's office", "government_body") not in cited


def test_spokesman_for_a_person_without_office_keeps_the_person():
    cited = _cited("A spokesman for Jane Roe said the bill would be signed.")
    assert ("Jane Roe", "government_body") not in cited
    assert {name for name, _ in cited} == {"Jane Roe"}


# "Here, the 44-year-old explains his approach.": a sentence handing over to an interview that
# follows cites the person introduced (reached through the age, a pronoun or the name); a thing
# that "explains", a past happening or an opener other than "Here"/"Below" cites nobody.

def test_here_the_age_explains_is_the_profiled_person():
    cited = _cited("Producer Dana Whitfield has made four shows for the network. "
                   "Here, the 51-year-old explains her approach.")
    assert {name for name, _ in cited} == {"Dana Whitfield"}


def test_here_he_explains_why_is_the_person_named():
    cited = _cited("Marco Bellini opened his first restaurant in 1998. Here, he explains why he left Milan.")
    assert {name for name, _ in cited} == {"Marco Bellini"}


def test_here_a_chart_explains_is_no_citation():
    assert not _cited("Chef Marco Bellini opened his first restaurant in 1998. Here, the chart explains the prices.")


def test_here_it_explains_is_no_citation():
    assert not _cited("Chef Marco Bellini opened his first restaurant in 1998. Here, it explains the prices.")


def test_here_he_explained_in_the_past_is_no_interview():
    assert not _cited("Chef Marco Bellini opened his first restaurant in 1998. "
                      "Here, he explained his menu to a room of 40 students.")


def test_the_age_explains_without_here_is_no_interview():
    assert not _cited("Chef Marco Bellini opened his first restaurant in 1998. "
                      "The 51-year-old explains his menu in a new book.")
