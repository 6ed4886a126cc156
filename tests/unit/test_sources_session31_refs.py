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


# A list article's heading of a first and last name on its own line ("Garth Brooks") names the
# person its section is about when the section takes the surname up alone: "the country star"
# there is that person, not the one named in the section before.

_LIST = ("Several stars have turned down the invitation to the gala. Here is the list so far.\n"
         "Mark Olsen\n"
         "The banker Peter Hale said the gala would be the best ever, according to a local paper.\n"
         "{heading}\n"
         "Asked if he would play at the gala, the rock star replied: “I have other plans.” "
         "{follow}\n")


def test_heading_name_is_the_star_of_its_section():
    cited = _cited(_LIST.format(heading="Tommy Vance",
                                follow="Reports say that Vance will be touring Japan that week."))
    assert ("Tommy Vance", "person") in cited
    assert ("Peter Hale", "person") in cited
    assert not any(c.canonical_name == "Peter Hale" and c.cited_as == "the rock star"
                   for c in citations_of(_LIST.format(heading="Tommy Vance",
                                                      follow="Reports say that Vance will be touring Japan.")))


def test_heading_whose_surname_never_comes_back_names_nobody():
    cited = _cited(_LIST.format(heading="Tommy Vance", follow="Reports say he will be touring Japan that week."))
    assert ("Tommy Vance", "person") not in cited


def test_heading_that_is_no_persons_name_names_nobody():
    cited = _cited(_LIST.format(heading="Weekly Address",
                                follow="The address will be aired in full on the radio."))
    assert not any(name == "Weekly Address" for name, _ in cited)


def test_surname_opening_a_sentence_is_no_evidence():
    cited = _cited(_LIST.format(heading="Tommy Vance", follow="Vance is touring Japan that week."))
    assert ("Tommy Vance", "person") not in cited


# A surname in the possessive owning a sentence's subject ("Marchetti’s shows are fun"), the NER
# taking it for a firm, is a mention of the one person named in full with it: "the 51-year-old"
# after it is that person, not the actor named before.

_PROFILE = ("Producer Lena Marchetti made the show with the actor Sam Reyes. Simply put, {owner} shows are "
            "fun in a way that the studio’s movies aren’t. Here, the 51-year-old explains her approach.")


def test_possessive_surname_is_a_mention_of_the_person():
    cited = _cited(_PROFILE.format(owner="Marchetti’s"))
    assert cited == {("Lena Marchetti", "person")}


def test_possessive_of_another_name_is_no_mention_of_her():
    cited = _cited(_PROFILE.format(owner="Reyes’s"))
    assert ("Lena Marchetti", "person") not in cited

