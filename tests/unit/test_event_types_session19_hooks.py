"""Event types of session 19 taken from the story's topic: a sense taxonomy.yml names `other` by
its object keeps it, a person joining "as" a job is hired, and a domain word's aim by a target date
takes no topic outside science. Every sentence is made up."""

from __future__ import annotations

from tests.unit.test_extract_events import NOV_2019, events_of

# A story whose topic is the courts: an appeal, a sentence, a trial, a verdict, a lawsuit.
COURT_LEAD = ("The court heard the appeal on Monday. The judge sentenced the man after the trial, and the verdict "
              "and the lawsuit followed.\n")
# A story whose topic is culture: an album, a film, a concert tour, a song.
CULTURE_LEAD = ("The band released its new album on Friday. The film premiered at the festival and the concert "
                "tour and the singer's new song followed.\n")
# A story whose topic is business: an acquisition, a merger, a deal, a listing.
BUSINESS_LEAD = ("The firm announced a merger and a takeover and an acquisition on Monday. The deal and the "
                 "listing followed.\n")
# A story whose topic is science: a launch of a probe, a landing, a discovery, an orbit.
SPACE_LEAD = ("The space agency's probe landed on the moon on Monday. The lunar orbiter, the rover and the "
              "telescope and the astronauts followed the discovery.\n")


def _type(body: str, date_text: str) -> str:
    return {e.date_text: e.event_type for e in events_of(body, NOV_2019)}[date_text]


def test_a_sense_named_other_takes_no_topic() -> None:
    assert _type(COURT_LEAD + "Officers discovered the body of the banker on August 10.", "August 10") == "other"
    assert _type(COURT_LEAD + "Officers found the body of the banker on August 10.", "August 10") == "other"
    # Near miss: what officers find that no sense lists still takes the court story's topic.
    assert _type(COURT_LEAD + "Officers found the forged papers on August 10.", "August 10") == "legal_judicial"


def test_joining_as_a_job_inside_a_longer_name_is_a_hiring() -> None:
    assert _type(CULTURE_LEAD + "In June she joined the Fox channel as a Late Night with Jane Doe correspondent.",
                 "June") == "appointment_resignation"
    # Near miss: joining as a fan is no job.
    assert _type(CULTURE_LEAD + "In June she joined the tour as a Late Night with Jane Doe fan.",
                 "June") != "appointment_resignation"


def test_a_domain_word_aimed_at_a_target_date_takes_no_topic() -> None:
    assert _type(BUSINESS_LEAD + "The firm's goal to have removed all plastic from its packaging by 2050 covers "
                 "its shops.", "2050") == "other"
    # Near miss: a space story keeps its aims by a date (a target of science is its news).
    assert _type(SPACE_LEAD + "The goal of the agency is a crewed Mars base by 2040.", "2040") == "science"

