"""Sources over sets H to AB: the header of a transcript names who speaks. Sentences made up."""

from __future__ import annotations

from tests.factories import citations_of, source_types_of


def test_a_remarks_header_names_the_office_holder_who_speaks() -> None:
    body = ("In this week's address, the Mayor laid out her plan for the harbour.\n"
            "Remarks of Mayor Ann Cole\nWeekly Address\nCity Hall\n"
            "Good morning, everybody. This week we opened the new harbour.")
    assert source_types_of(body).get("Ann Cole") == "official"


def test_a_remarks_header_names_each_office_holder_it_gives() -> None:
    found = source_types_of("Remarks of Governor Ann Cole and First Lady Tom Hale as Delivered\n"
                     "We are glad to be here with all of you tonight.")
    assert found.get("Ann Cole") == "official" and found.get("Tom Hale") == "official"


def test_remarks_with_no_name_or_inside_a_sentence_are_no_header() -> None:
    assert not source_types_of("Remarks by the Governor at the harbour opening\nWe are glad to be here.")
    assert "Tom Hale" not in source_types_of("The paper printed remarks of Mayor Tom Hale on its front page.")


def test_a_labelled_transcript_credits_its_speakers_once() -> None:
    body = ("Remarks of Governor Ann Cole and Mayor Tom Hale\n"
            "THE GOVERNOR: Good morning to all of you who came out in the rain today.\n"
            "THE MAYOR: We waited ten years for this harbour, and now it is finally open.")
    assert sum(c.canonical_name == "Ann Cole" for c in citations_of(body)) == 1
