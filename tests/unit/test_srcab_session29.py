"""Session 29's sources rules written from set AB's errors. Every sentence is made up."""

from __future__ import annotations

from tests.factories import citations_of, source_types_of

# A transcript labels each turn with its speaker in capitals and a colon.

def test_a_transcript_label_by_office_is_the_office_holder_named_in_full() -> None:
    body = ("Remarks of Governor Ann Cole and Mayor Tom Hale at the harbour opening.\n"
            "THE GOVERNOR: Good morning to all of you who came out in the rain today.\n"
            "THE MAYOR: We waited ten years for this harbour, and now it is finally open.\n"
            "THE GOVERNOR: And we will keep it open for the fishermen of this town.")
    found = source_types_of(body)
    assert found.get("Ann Cole") == "official"
    assert found.get("Tom Hale") == "official"
    assert sum(c.canonical_name == "Ann Cole" for c in citations_of(body)) == 1  # once per speaker


def test_a_transcript_label_by_honorific_is_a_person_but_a_bare_name_is_not_taken() -> None:
    body = ("The committee heard two witnesses on Tuesday.\n"
            "MS. RUIZ: I never saw the contract before it was signed by the board.\n"
            "BRIAN TATE: Ms. Ruiz, did the board ask you to keep the numbers out of the report?")
    found = source_types_of(body)
    assert found.get("Ms. Ruiz") == "person"
    # a bare name labels a broadcast's own presenter as often as a guest
    assert "Brian Tate" not in found


def test_notes_datelines_and_credit_lines_in_capitals_are_no_speakers() -> None:
    assert not source_types_of("UPDATE: The bridge was reopened to traffic late on Monday evening.")
    assert not source_types_of("PARIS: The museum will close its doors for the whole of the winter.")
    found = source_types_of("The film opens on Friday.\nDIRECTOR: Greta Lund\nSTARRING: Ann Cole, Tom Hale")
    assert "Greta Lund" not in found and "Ann Cole" not in found
    # a heading in capitals, no sentence after the colon
    assert not source_types_of("THE PRESIDENT: A LIFE IN PICTURES\nThe book sold well in its first week.")


# A name set right after a kind of work is the work's title, never a "he".

def test_a_title_after_a_kind_of_work_is_no_person_a_pronoun_can_be() -> None:
    body = ("Tom Hale will win no prizes for his favourite role.\n"
            "With his musical Harry Lime in cinemas, Hale has a lot to do. But what the actor likes most "
            "is life at home with his two sons.\n"
            "As a boy, Hale was the only boy in his dance class. So, when Harry Lime came around, he "
            "feared that audiences might not accept it. \"There's nothing cynical about this movie. We "
            "can't be ironic about it,\" he says.")
    found = source_types_of(body)
    assert "Harry Lime" not in found
    assert "Hale" in " ".join(found)


def test_a_person_named_after_a_work_noun_as_its_maker_stays_a_person() -> None:
    body = ("Critics loved the movie Ann Lee directed last year. "
            "Lee is proud of it, and she said the cast carried the film.")
    assert source_types_of(body).get("Ann Lee") == "person"


# Rumours a speaker answers are told by nobody named.

def test_rumours_a_speaker_confirms_or_denies_are_an_anonymous_source() -> None:
    found = source_types_of("Tom Hale also confirms rumors that the director shouted at him on set.")
    assert found.get("rumors") == "anonymous"
    found = source_types_of("Ann Cole denied speculation that she would leave the club in January.")
    assert found.get("speculation") == "anonymous"


def test_rumours_someone_spreads_or_owns_are_no_unnamed_teller() -> None:
    assert "anonymous" not in source_types_of("The gang spread rumors that the mayor had fled the city.").values()
    assert "rumors" not in source_types_of("He confirmed the tabloid's rumors that the band would split.")


# The answer to a supposed question is said in no world.

def test_what_a_speaker_would_say_if_asked_is_no_source() -> None:
    assert "Ann Cole" not in source_types_of("If you asked Ann Cole about the merger, she would say the price was too high.")
    assert "Acme" not in source_types_of("So if you asked it for the weather, the Acme speaker would say it will rain.")


def test_what_a_speaker_said_when_asked_is_still_a_source() -> None:
    assert source_types_of("When reporters asked Ann Cole about the merger, she said the price was too high.").get(
        "Ann Cole") == "person"
    assert source_types_of("Ann Cole said she would resign if the board approved the merger.").get("Ann Cole") == "person"
