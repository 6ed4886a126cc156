"""Review of session 31's cited-source rules (groups, refs): regressions the rules made on ordinary news, made-up sentences."""

from tests.factories import citations_of


def _cited(body: str) -> set[tuple[str, str]]:
    return {(c.canonical_name, c.source_type) for c in citations_of(body)}


def _cited_as(body: str) -> set[tuple[str, str]]:
    return {(c.cited_as, c.canonical_name) for c in citations_of(body)}


# "Someone" with a saying verb is a source only with what was said: a clause, a quotation, the one
# told ('told me'), not an object that tells nothing ('said nothing', 'said grace', 'told a story').

def test_someone_said_nothing_is_no_source():
    assert _cited("Someone said nothing when the verdict was read.") == set()


def test_someone_said_grace_is_no_source():
    assert _cited("Someone said grace before the dinner at the shelter.") == set()


def test_someone_said_goodbye_to_the_crew_is_no_source():
    assert _cited("Someone said goodbye to the crew before the ship left.") == set()


def test_someone_said_a_prayer_is_no_source():
    assert _cited("Someone said a prayer for the victims.") == set()


def test_someone_told_the_story_is_no_source():
    assert _cited("Someone told the story of the town at the festival.") == set()


def test_someone_explained_to_me_that_still_cites_someone():
    assert _cited("Someone explained to me that the tax would rise.") == {("someone", "anonymous")}


def test_someone_once_told_me_with_a_quotation_still_cites_someone():
    assert _cited('Someone once told me: "Never trust a banker."') == {("someone", "anonymous")}


# "the report" in the sentence of an unnamed teller is not that teller's: it is the report.

def test_according_to_the_report_after_someone_told_police_is_the_report():
    cited = _cited("Someone told police the driver had fled, according to the report.")
    assert ("report", "document") in cited


def test_the_report_said_after_a_witness_told_police_is_the_report():
    assert ("the report", "report") in _cited_as("A witness told the police the driver had fled, the report said.")


# Recalling or remembering something "as part of" or "as a precaution" is no judgement.

def test_doctors_recall_the_product_as_part_of_a_review_is_no_view():
    assert _cited("Doctors recall the product as part of a safety review.") == set()


def test_residents_recall_the_blast_as_a_roar_is_still_a_view():
    assert _cited("Residents recall the blast as a deafening roar.") == {("resident", "anonymous")}


# A list entry headed by a person's name: the next entry's heading, a person's name too, ends the
# reach of the one before ('the pop star' under "Taylor Swift" is not Garth Brooks); and a surname
# taken up only in the possessive ('diners at Allen's') is a place named for someone, not a person.

def test_the_pop_star_under_the_next_heading_is_not_the_country_star():
    body = ("Top earners\n\nGarth Brooks\n\nAsked if he would perform, the country star replied that he was busy. "
            "The Wrap reports that Brooks will not tour.\n\nTaylor Swift\n\nThe pop star said she would tour in May.")
    cited = _cited_as(body)
    assert ("the country star", "Garth Brooks") in cited
    assert ("The pop star", "Garth Brooks") not in cited


def test_restaurant_heading_taken_up_in_the_possessive_is_no_person():
    body = ("Where to eat\n\nJoe Allen\n\nThe restaurant on West 46th Street serves burgers. "
            "The chef said the menu rarely changes. Diners at Allen's love the pies.")
    assert ("Joe Allen", "person") not in _cited(body)


# A group holding a view in a relative clause is named as the same group is elsewhere ("critic",
# not a second source "critics"), and inside a speaker's quotation it is the speaker's talk.

def test_critics_in_a_relative_clause_are_the_critics_cited_before():
    cited = citations_of("Critics said the bill was rushed. Lawmakers passed a bill that critics say goes too far.")
    assert {c.canonical_name for c in cited} == {"critic"}


def test_experts_in_a_relative_clause_are_the_experts_cited_before():
    cited = citations_of("Experts believe the temple is old. It is a temple that experts believe dates back to 700 BCE.")
    assert {c.canonical_name for c in cited} == {"expert"}


def test_many_say_inside_a_senators_quotation_is_no_source():
    assert _cited('"It is a law that many say is unfair," Senator Ann Lee said.') == {("Ann Lee", "official")}


def test_engineers_believe_inside_a_mayors_quotation_is_no_source():
    assert _cited('"It is a wall that engineers believe will hold," Mayor Tom Hall said.') == {("Tom Hall", "official")}



def test_regulators_recalled_the_pills_as_unsafe_is_a_product_recall():
    assert _cited("Regulators recalled the pills as unsafe.") == set()


def test_others_recalled_the_striker_as_a_traitor_is_still_a_view():
    assert _cited("Some fans cheered; others recalled the striker as a traitor.") == {("others", "anonymous")}


# The plural of a kind of unnamed person: "-man" only where the word is a compound of "man".

def test_plural_of_kind_keeps_humans_germans_and_monarchs():
    from newsfacts.extract.citations.extract import _plural_of_kind

    assert _plural_of_kind("human") == "humans"
    assert _plural_of_kind("german") == "germans"
    assert _plural_of_kind("shaman") == "shamans"
    assert _plural_of_kind("monarch") == "monarchs"
    assert _plural_of_kind("woman") == "women"
    assert _plural_of_kind("witness") == "witnesses"
    assert _plural_of_kind("coach") == "coaches"


# Under a heading of a person's name, a role noun whose own sentence says the surname ('The
# coach said that Messi was ...') is somebody else talking about the person, not the person.

def test_the_coach_saying_messi_under_his_heading_is_not_messi():
    body = ("Winners\n\nLionel Messi\n\nThe striker scored twice. "
            "The coach said that Messi was the best player he had seen.")
    assert ("Lionel Messi", "person") not in _cited(body)


def test_the_director_saying_stone_under_her_heading_is_not_stone():
    body = ("Cast list\n\nEmma Stone\n\nThe actress, 35, said she loved the role. "
            "The director said Stone was brilliant.")
    assert _cited_as(body) == {("The actress, 35", "Emma Stone")}
