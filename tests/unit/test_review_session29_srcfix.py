"""The review of session 29's sources rules: made-up news sentences the session-28 rules got
right and session 29's got wrong, and answered rumours the rule was too narrow for."""

from __future__ import annotations

from tests.factories import citations_of, source_types_of

# A name after a kind of work that makes a clause with a verb is the work's maker, a person.

def test_a_maker_named_after_a_kind_of_work_is_a_person_a_pronoun_can_be() -> None:
    assert source_types_of("The album Taylor Swift released in October broke records. "
                    "She said she wrote it in lockdown.").get("Taylor Swift") == "person"
    assert source_types_of("The movie Greta Gerwig directed last year made $1 billion. "
                    "She said she never expected it.").get("Greta Gerwig") == "person"


def test_a_maker_named_after_a_kind_of_work_gives_the_full_name_to_the_surname() -> None:
    assert source_types_of("The album Taylor Swift released in October broke records. "
                    "Swift said she wrote it in lockdown.").get("Taylor Swift") == "person"
    assert source_types_of("The thriller John Grisham published last year sold well. "
                    "Grisham said he writes every morning.").get("John Grisham") == "person"
    assert source_types_of("The sitcom Jerry Seinfeld created ran for nine seasons. "
                    "Seinfeld said he never watches reruns.").get("Jerry Seinfeld") == "person"


# A heading in capitals with a colon is no transcript's turn.

def test_a_heading_in_capitals_with_a_colon_is_no_speaker() -> None:
    found = source_types_of("THE GOVERNOR: A record of broken promises and missed deadlines\n"
                     "Governor Kathy Hochul has promised to fix the subway since 2021, but riders say little has changed.")
    assert all(c.cited_as != "THE GOVERNOR" for c in citations_of(
        "THE GOVERNOR: A record of broken promises and missed deadlines\n"
        "Governor Kathy Hochul has promised to fix the subway since 2021, but riders say little has changed."))
    assert found.get("Kathy Hochul") == "official"  # her promise, not the heading
    assert "Joe Biden" not in source_types_of("THE PRESIDENT: What his budget means for your taxes\n"
                                       "President Joe Biden sent his budget to Congress on Monday.")
    assert "Penny Wong" not in source_types_of("THE MINISTER: How a career diplomat rose to the top of the party\n"
                                        "Foreign Minister Penny Wong has held the post since 2022.")


# A transcript's label by office is its present holder, not a former or foreign one.

def test_a_transcript_label_is_not_given_to_a_former_office_holder() -> None:
    found = [c for c in citations_of("Former President Donald Trump has criticised the plan.\n"
                                   "THE PRESIDENT: We will not back down from this fight, not now.\n"
                                   "President Joe Biden spoke in Philadelphia.") if c.cited_as == "THE PRESIDENT"]
    assert [c.canonical_name for c in found] == ["Joe Biden"]


def test_a_transcript_label_is_not_given_to_a_foreign_office_holder() -> None:
    found = [c for c in citations_of("Chinese President Xi Jinping met the delegation in Bali.\n"
                                   "THE PRESIDENT: We had a very candid conversation today.\n"
                                   "President Joe Biden flew home on Wednesday.") if c.cited_as == "THE PRESIDENT"]
    assert [c.canonical_name for c in found] == ["Joe Biden"]


# Rumours a speaker answers are told by nobody named, however they are described.

def test_growing_online_and_social_media_rumours_answered_are_an_anonymous_source() -> None:
    assert source_types_of("She denied online rumors that she had quit the band.").get("rumors") == "anonymous"
    assert source_types_of("The coach denied growing speculation that he would leave.").get("speculation") == "anonymous"
    assert source_types_of("Police dismissed social media rumours that a second suspect was at large.").get(
        "rumours") == "anonymous"


def test_rumours_laughed_off_are_an_anonymous_source() -> None:
    assert source_types_of("The star laughed off rumors that she was dating her co-star.").get("rumors") == "anonymous"


def test_rumours_not_denied_still_went_round() -> None:
    # the rumours exist whether or not the company answers them; the company declining is no source
    found = source_types_of("The company refused to confirm rumors that it was cutting jobs.")
    assert found.get("rumors") == "anonymous" and "company" not in found


def test_rumours_someone_owns_or_laughs_at_without_a_clause_are_no_source() -> None:
    assert "rumors" not in source_types_of("The White House denied the tabloid's rumors that the president was ill.")
    assert not source_types_of("The star laughed off rumors of a split.")
    assert "anonymous" not in source_types_of("The fans laughed at rumors that the band would split.").values()
