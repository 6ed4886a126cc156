"""Session 30, second round (misses over sets H..AC): made-up sentences for each rule, with counter-examples."""

from tests.factories import citations_of, source_types_of


def _names(body: str) -> set[str]:
    return {c.canonical_name for c in citations_of(body)}


# A named news outlet that publishes something reports it, whatever it put out.

def test_outlet_publishing_articles_is_a_source():
    types = source_types_of("The Guardian was already publishing articles about the bribes in 2009.")
    assert types == {"The Guardian": "media_outlet"}


def test_firm_publishing_results_is_no_outlet():
    assert "Acme" not in _names("Acme published its annual results on Monday.")


def test_outlet_that_will_publish_or_did_not_is_no_source():
    assert _names("The Washington Post will publish the letter next week.") == set()
    assert _names("The New York Times did not publish the photos.") == set()


def test_book_published_by_a_house_is_no_source():
    assert _names("The book was published by Penguin in 2003.") == set()


# A role once held ("former", "retired") is a person's, even when the noun also names a writing.

def test_former_model_is_an_unnamed_person():
    types = source_types_of("A former model told me that her agent had lied to her.")
    assert types == {"former model": "anonymous"}


def test_model_without_former_stays_a_writing():
    assert source_types_of("The new model predicts that rates will rise.") == {"model": "document"}


# A first name alone after the full name of the one person named with it is that person.

def test_first_name_after_full_name_is_the_person():
    types = source_types_of('Dana Pollard paints murals in Leeds. "Walls want colour," Dana says.')
    assert types == {"Dana Pollard": "person"}


def test_first_name_shared_by_two_people_stays_as_written():
    names = _names('Dana Pollard and Dana Whitlow run the shop. "We sell shoes," Dana said.')
    assert "Dana Pollard" not in names and "Dana Whitlow" not in names


# "point out" makes a sentence worth a parse, though "point" alone is too common a word.

def test_as_someone_points_out_cites_the_named_person():
    types = source_types_of("As the economist Rhea Castell frequently points out, wages have stalled.")
    assert types == {"Rhea Castell": "person"}


def test_pointed_out_that_cites_the_speaker():
    assert _names("Rhea Castell pointed out that the depot had closed.") == {"Rhea Castell"}


def test_pointing_at_a_thing_is_no_citation():
    assert _names("The guide pointed out the old mill on the hill.") == set()
    assert _names("He pointed the camera out of the window.") == set()


# A telling the writer heard again and again is a life's refrain, no informant.

def test_often_told_that_is_no_unnamed_source():
    assert _names("As a boy, I was often told that I talked too much.") == set()
    assert _names("We have been subconsciously told that thin is better.") == set()


def test_told_that_once_stays_an_unnamed_source():
    assert _names("I am told that the mill will close in June.") == {"unnamed sources"}


# Page artefacts in brackets and idioms of saying name no source.

def test_bracketed_embed_mark_is_no_outlet():
    assert _names("A reader from Leeds sent this photo of the flood.\n[Embed]") == set()


def test_bracketed_agency_credit_still_counts():
    assert source_types_of("Prices fell again on Monday. [Reuters]") == {"Reuters": "news_agency"}


def test_enough_said_is_no_speaker():
    assert _names("The car costs $90,000 and seats two. Enough said.") == set()


def test_enough_people_said_is_still_a_group():
    assert _names("Enough people said no that the plan was dropped.") == {"Enough people"}
