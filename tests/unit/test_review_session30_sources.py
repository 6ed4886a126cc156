"""Review of session 30's cited-source rules: regressions the rules made on ordinary news, made-up sentences."""

from tests.factories import citations_of, source_types_of


def _cited(body: str) -> set[tuple[str, str]]:
    return {(c.canonical_name, c.source_type) for c in citations_of(body)}


# The writer's kin keeps "she" only over a name dropped in a sentence about the kin, not over a
# person the writer met, interviewed or named as a sentence's subject since.

def test_she_after_my_mother_is_a_person_the_writer_met_since():
    cited = _cited("My mother never trusted politicians. Last week I met Senator Ann Berg. "
                   "She said the bill would pass.")
    assert cited == {("Ann Berg", "official")}


def test_she_after_my_wife_is_the_doctor_named_as_a_subject_since():
    cited = _cited("My wife and I visited the clinic. Dr. Ann Berg examined us. She said the test was clear.")
    assert ("wife", "anonymous") not in cited
    assert {name for name, _ in cited} == {"Ann Berg"}


def test_she_after_my_mother_is_the_neighbour_named_beside_the_subject():
    cited = _cited("My mother was born in 1950. Her neighbour, Ruth Kline, ran the bakery. "
                   "She said the town had changed.")
    assert cited == {("Ruth Kline", "person")}


def test_she_after_my_mother_is_still_the_mother_over_a_name_in_her_sentence():
    cited = _cited("My mother was born in Leeds. In 1985, my mother met Margaret Thatcher at a fair. "
                   "She told me the prime minister was rude.")
    assert cited == {("mother", "anonymous")}


# A first name alone is not the one person named in full with it when the text introduces
# somebody else by that first name alone ("her daughter, Dana", "a volunteer named Dana").

def test_first_name_of_a_daughter_introduced_alone_is_not_her_mother():
    cited = _cited('Dana Pollard founded the shelter in 2004. Her daughter, Dana, now runs it. '
                   '"We are full," Dana says.')
    assert ("Dana Pollard", "person") not in cited
    assert ("Dana", "person") in cited


def test_first_name_after_named_is_somebody_else():
    cited = _cited("Dana Pollard founded the shelter. A volunteer named Dana said the beds were full.")
    assert ("Dana Pollard", "person") not in cited


def test_first_name_alone_still_the_full_named_person():
    assert source_types_of('Kim Lee runs the cafe. "We are open," Kim says.') == {"Kim Lee": "person"}


# Contractors and developers are firms as often as people: the job is not one only a person holds.

def test_a_developer_that_stops_building_stays_an_organization():
    types = source_types_of("One major developer said it would stop building.")
    assert types.get("major developer") == "organization"


def test_a_named_contractor_stays_an_organization():
    types = source_types_of("A Pentagon contractor said the jets were late.")
    assert "anonymous" not in types.values()


def test_an_engineer_at_a_named_firm_is_still_an_unnamed_person():
    assert source_types_of("A Siemens engineer said the turbines were faulty.") == {"Siemens engineer": "anonymous"}


# Only a noun that names a person's role as well as a writing ("model") turns into a person
# when marked former; "the former report" is still a writing.

def test_former_report_stays_a_document():
    assert source_types_of("The former report said the dam was safe.") == {"former report": "document"}


def test_former_survey_stays_a_document():
    assert source_types_of("The former survey showed support fell.") == {"former survey": "document"}


def test_retired_model_is_still_a_person():
    assert source_types_of("A retired model said the agency underpaid her.") == {"retired model": "anonymous"}


def test_she_after_my_mother_is_not_the_last_of_a_roll_of_names():
    cited = _cited("My mother and I argued about church. As a student, I pinned up my heroes—Orwell, Woolf, "
                   "Billie Holiday, Nina Simone—on the wall. She told me that she had hated school.")
    assert cited == {("mother", "anonymous")}
