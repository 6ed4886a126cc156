"""Cited sources, session 23 (helper "sources"): views held by the police, witnesses who describe
what they went through, stances voiced out loud, bodies behind their staff, inverted saying verbs,
and lines that only look like sources (a headline, a father described). Real spaCy model, no
mocks; the sentences are news sentences of the kinds that set T missed."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import citations_of, sources_of


@pytest.mark.parametrize(("body", "expected"), [
    # "the police", "the authorities": the body itself, not people named before
    ("The police believe that he was also responsible for a pipe bomb that exploded on Saturday.",
     [("Police", "government_body")]),
    ("The authorities believe a homemade bomb caused the explosion.", [("authorities", "anonymous")]),
    # ...while "the researchers" point back at people already cited
    ("The researchers believe the fossil is older than the one found in 1990.", []),
])
def test_the_police_and_the_authorities_hold_views_on_record(body: str, expected: list) -> None:
    assert sources_of(body) == expected


def test_a_witness_describing_what_she_did_is_a_source() -> None:
    body = "One witness, Felicia Sanders, described hiding under a table with her granddaughter."
    assert sources_of(body) == [("Felicia Sanders", "person")]


def test_a_manual_describing_a_task_is_no_source() -> None:
    assert sources_of("The manual describes washing the parts in hot water.") == []


@pytest.mark.parametrize(("body", "expected"), [
    ("The F.B.I. said the bag held five bombs.", [("F.B.I.", "government_body")]),
    ("The C.D.C. said the outbreak was over.", [("C.D.C.", "government_body")]),
])
def test_an_agency_spelt_with_full_stops_is_a_government_body(body: str, expected: list) -> None:
    assert sources_of(body) == expected


def test_a_teaser_headline_with_single_quotes_is_no_sentence() -> None:
    body = ("Michelle Obama spoke on Friday. \"We are fine,\" she said.\n"
            "Colorado doctor who called Michelle Obama ‘monkey face’ resigns\n"
            "The rest of the interview airs on Monday.")
    assert sources_of(body) == [("Michelle Obama", "person")]


def test_a_past_tense_headline_line_is_still_read() -> None:
    # "Acme said profits rose": a sentence that lost its stop, not a headline
    assert sources_of("The board met.\nAcme said profits rose\nThe rest.") == [("Acme", "person")]


def test_a_father_described_in_what_someone_says_is_no_source() -> None:
    body = ("Michelle Obama spoke on Friday. She said her husband is the calm dad who tells his injured "
            "child, \"You know what, babe? It's OK.\"")
    assert [name for name, _ in sources_of(body)] == ["Michelle Obama"]


@pytest.mark.parametrize(("body", "expected"), [
    ("Others like Facebook, Google and KickStarter all also vocally supported the rules.",
     [("Facebook", "organization"), ("Google", "organization"), ("KickStarter", "organization")]),
    ("Verizon publicly opposed the merger.", [("Verizon", "organization")]),
    ("Roslyn Layton joined the team. Layton likewise advocated against the network neutrality rules.",
     [("Roslyn Layton", "person")]),
    # a stance not voiced, a thing, a crowd, a cause worked for
    ("Verizon quietly backed the merger.", []),
    ("The phone supports 4K video.", []),
    ("Fans openly back the coach.", []),
    ("I met her this summer, and she is advocating for female fans at the highest levels of the league.", []),
])
def test_a_stance_taken_out_loud_is_cited(body: str, expected: list) -> None:
    assert sources_of(body) == expected


def test_the_staff_of_a_named_commission_is_the_commission() -> None:
    body = ("TVs account for about 10% of household electricity use, the Energy Commission staff "
            "reported.")
    assert sources_of(body) == [("Energy Commission", "government_body")]


def test_a_paper_named_with_and_before_newspaper_is_an_outlet() -> None:
    body = "The Post and Courier newspaper reported on the closing argument."
    assert sources_of(body) == [("Post and Courier", "media_outlet")]


@pytest.mark.parametrize("body", [
    "Before the case could be resolved, a restaurant patron said, the son fled to his home country.",
    "One shopper said the line had stretched around the block since dawn.",
])
def test_people_met_at_a_scene_are_anonymous_sources(body: str) -> None:
    assert [kind for _, kind in sources_of(body)] == ["anonymous"]


def test_an_inverted_reported_after_a_joined_clause_names_its_speaker() -> None:
    body = ("Dylann Roof was sentenced on Wednesday. As the sentence was read, Roof stood emotionless, "
            "reported Alexandra Olgin of South Carolina Public Radio, who was in the courtroom.")
    (citation,) = citations_of(body)
    assert citation.cited_as == "Alexandra Olgin of South Carolina Public Radio"
    assert "Roof" not in citation.canonical_name


def test_a_verb_joined_with_and_keeps_its_subject() -> None:
    # "cut jobs and reported ...": one subject does both; the name after the verb is no speaker
    assert "Tom Hale" not in [name for name, _ in sources_of("Acme cut 200 jobs and reported Tom Hale to the police.")]


def test_a_relative_clause_deep_in_the_speakers_phrase_is_left_out() -> None:
    body = ("\"It makes for better theater,\" said Phil Levy, the chief economist at Flexport, which "
            "coordinates shipments for companies.")
    (citation,) = citations_of(body)
    assert citation.cited_as == "Phil Levy, the chief economist at Flexport"


def test_an_honorific_and_a_surname_are_the_one_named_with_an_office_before() -> None:
    body = ("President Obama arrived in New York on Monday. “Folks around here, they don’t get scared,” "
            "Mr. Obama said. He also warned of the dangers of rumors.")
    assert sources_of(body) == [("Obama", "official"), ("Obama", "official")]


def test_an_honorific_alone_gives_no_office() -> None:
    assert sources_of("Mrs. Clinton said his comments were uninformed.") == [("Clinton", "person")]


@pytest.mark.parametrize(("body", "expected"), [
    ("The payoff could be big, said Ken Rider, a commission staff engineer.", "official"),
    ("Costs should not rise, said Harinder Singh, an Energy Commission staffer on the project.", "official"),
    # staff of a campaign or a magazine hold no public post
    ("The race is close, said Ann Lee, a campaign staffer.", "person"),
    ("The film is long, said Ann Lee, a staff writer at the magazine.", "person"),
])
def test_the_staff_of_a_government_body_are_officials(body: str, expected: str) -> None:
    assert [kind for _, kind in sources_of(body)] == [expected]


def test_the_first_lady_is_an_official() -> None:
    body = "The first lady suggested that the election had drained the country of hope."
    assert [kind for _, kind in sources_of(body)] == ["official"]


@pytest.mark.parametrize(("body", "expected"), [
    ("Merkel spoke of \"a new chapter\" in relations.", [("Merkel", "person")]),
    # the relative clause after "X and the Obama administration," is the administration's
    ("Their work has been in line with the science and the Obama administration, which has spoken "
     "about \"the urgent imperatives of climate change.\"", [("Obama Administration", "government_body")]),
    # a topic, not words quoted; a thing that "spoke of" something
    ("The senator spoke about the film at length.", []),
    ("The film about the war, which spoke of \"a lost generation\", won a prize.", []),
])
def test_words_quoted_after_spoke_about_are_cited(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Senator Ann Cole rebuked the agency on Tuesday.", ["Ann Cole"]),
    ("Tom Hale blasted the Fed for raising rates.", ["Tom Hale"]),
    # a storm, the passive, a crowd, and "blasted" without what for
    ("A storm slammed the coast on Monday.", []),
    ("The plan was slammed by critics.", []),
    ("Fans berated the referee.", []),
    ("The band blasted music all night.", []),
])
def test_criticism_voiced_at_someone_is_cited(body: str, expected: list) -> None:
    assert [name for name, _ in sources_of(body)] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Senator Ann Cole echoed concerns about the budget.", ["Ann Cole"]),
    ("The hall echoed the sound of drums.", []),
])
def test_a_view_echoed_is_voiced(body: str, expected: list) -> None:
    assert [name for name, _ in sources_of(body)] == expected
