"""Review of session 31's cited-source rules (docs and views): regressions on ordinary news, made-up sentences."""

from tests.factories import citations_of, source_types_of


def _cited(body: str) -> set[tuple[str, str]]:
    return {(c.canonical_name, c.source_type) for c in citations_of(body)}


# A name line over a quotation is no speaker when the quotation's own line says whose it is.

def test_a_name_line_over_a_quotation_said_by_another_is_no_speaker():
    cited = _cited('Ann Lee\n"I never said that and I never will," Tom Baker told reporters after the hearing.')
    assert {name for name, _ in cited} == {"Tom Baker"}


def test_a_name_line_over_a_quotation_credited_to_a_lawyer_is_no_speaker():
    cited = _cited('Ann Lee\n"The trees were planted in 1990 and have grown a great deal since," her lawyer said.')
    assert "Ann Lee" not in {name for name, _ in cited}


def test_a_name_line_over_a_quotation_in_a_sentence_is_no_speaker():
    assert _cited('Mark Twain\n"The reports of my death are greatly exaggerated," is a line often misquoted.') == set()


def test_a_panel_of_name_lines_still_names_its_speakers():
    cited = _cited('Voices from the rally\nAnn Lee\n"I came because my rent doubled in a year and nobody listens."\n'
                   'Tom Baker\n"I have lived here forty years and never seen it this bad."')
    assert cited == {("Ann Lee", "person"), ("Tom Baker", "person")}


# One rule for a message's sender (two were merged); a colon after a word that tells nothing of
# the message ("was late:") states no message.

def test_a_late_message_with_a_colon_cites_no_one():
    assert _cited("The message from the White House was late: it arrived after the vote.") == set()


def test_a_weak_signal_cites_no_one():
    assert _cited("The signal from the satellite was weak: engineers lost contact at noon.") == set()


def test_a_clear_message_and_a_that_clause_still_cite_the_sender():
    assert ("White House", "government_body") in _cited(
        "The message from the White House was clear: the oil was disappearing.")
    assert ("Paris", "government_body") in _cited("The message from Paris was that the talks would go on.")


# An update is a post only as a status update (not a software or a weather update).

def test_a_software_update_that_said_is_no_source():
    assert _cited("The software update that said it would fix the bug crashed phones.") == set()


def test_a_weather_update_is_no_source():
    assert _cited("The weather update said storms would hit by noon.") == set()


# A public body's word first in an account's name heads it only before "of" or a place.

def test_a_fan_account_named_after_police_academy_is_a_person():
    types = source_types_of('"Great win tonight for the lads!"\n— Police Academy Fan (@pafan) May 3, 2023')
    assert types.get("Police Academy Fan") == "person"


def test_a_bar_named_senate_is_no_government_body():
    types = source_types_of('"Thanks for the support, everyone!"\n— Senate Bar And Grill (@senatebar) May 3, 2023')
    assert types.get("Senate Bar And Grill") != "government_body"


# An acronym in brackets after a lone word the recogniser names nothing keeps it a firm.

def test_a_ticker_after_a_lone_firm_name_keeps_it_a_firm():
    types = source_types_of("Apple (AAPL) said profit rose 10%.")
    assert set(types.values()) == {"organization"}


def test_an_acronym_after_a_long_name_is_still_left_out():
    assert source_types_of("The World Health Organization (WHO) said the outbreak was over.") == {
        "World Health Organization": "organization"}
