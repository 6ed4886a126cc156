"""Event types on news beyond conflict and politics (session 10): the article's domain picks the
sense of a trigger of several senses, words of one domain name no event in another, and the past
a field's story recounts is the field's own."""

from __future__ import annotations

from datetime import date

from tests.unit.test_extract_events import NOV_2019, events_of

# A space story: "launch" (business, science, election or war) is its most frequent event word.
SPACE_STORY = (
    "The agency wants the rover and the lander to study the crater, and the spacecraft carries a "
    "telescope for observations of the planet. The launch was delayed, the launch pad is being "
    "rebuilt, and the launch window is narrow. Engineers said the probe will launch "
    "in 2021. The launch team and the launch director agree that the launch schedule, the launch "
    "site and the launch crew matter."
)


def _typed(body: str, published: date = NOV_2019) -> dict[str, str]:
    return {e.date_text: e.event_type for e in events_of(body, published)}


def test_a_trigger_of_several_senses_does_not_choose_the_topic() -> None:
    # "launch" six times does not make a space story business news: the rover, the lander and
    # the telescope make it science, and science is the sense of its launches and rockets.
    assert _typed(SPACE_STORY)["2021"] == "science"


def test_a_rocket_in_a_space_story_is_no_weapon() -> None:
    body = SPACE_STORY + " There will be three rockets produced by 2024."
    assert _typed(body)["2024"] == "science"


def test_a_goal_outside_sport_is_an_aim() -> None:
    # In a space story "the goal" names no match: the mention takes the story's topic.
    body = SPACE_STORY + " The goal of the agency was moved in March."
    assert _typed(body)["March"] == "science"
    # In a match report it is still a goal scored.
    match = (
        "The striker scored in the final of the cup, and the league title race goes on. The team "
        "won the match and the championship. The goal of the club was moved on Saturday."
    )
    assert _typed(match)["Saturday"] == "sport"


def test_the_old_past_of_a_field_story_is_the_field_s_own() -> None:
    # A feature on research: what the researchers did years ago is research too.
    science = (
        "The study found the receptor, and the researchers discovered more in a second experiment. "
        "The findings were observed again in a later study and published. In 2011, the biologist "
        "became fascinated with the cells."
    )
    assert _typed(science)["2011"] == "science"
    # A trial story: the distant past of a defendant is background, no court event.
    trial = (
        "The trial of the former officer began with the indictment and the charges. The court "
        "heard the prosecution, and the verdict and the sentence follow. In 2011, the man "
        "became fascinated with the cells."
    )
    assert _typed(trial)["2011"] == "other"


def test_a_present_copula_puts_a_happening_on_the_coming_weekday() -> None:
    # Published on Tuesday, Nov. 19, 2019: "is on Thursday" is the coming Thursday, "was" the last.
    assert [(e.event_date, e.event_type) for e in events_of("The vote is on Thursday.", NOV_2019)] == [
        (date(2019, 11, 21), "election_vote")]
    assert [e.event_date for e in events_of("The vote was on Thursday.", NOV_2019)] == [date(2019, 11, 14)]
    assert [e.event_date for e in events_of("The launch is Friday.", NOV_2019)] == [date(2019, 11, 22)]


def test_at_the_time_a_paragraph_later_names_no_date() -> None:
    body = (
        "Three years ago, my sister handed me the novel.\n"
        "The novel is a cabinet of wonders.\n"
        "I wanted to buy a copy of it. At the time, used copies started at $200 online."
    )
    assert [e.date_text for e in events_of(body, NOV_2019)] == ["Three years ago"]
    # In the same paragraph it is the date just named.
    same = "In August, the agency announced its plan. At the time, the agency said it would wait."
    assert [(e.date_text, e.event_date) for e in events_of(same, NOV_2019)] == [
        ("August", date(2019, 8, 1)), ("At the time", date(2019, 8, 1))]


def test_a_possessive_period_that_ranks_names_no_happening() -> None:
    assert events_of("The droid is, for my money, this year’s best new character.", NOV_2019) == []
    # A possessive period on an event noun still dates it.
    assert [e.event_type for e in events_of("He lost last year’s election.", NOV_2019)] == ["election_vote"]


def test_words_a_negated_saying_verb_reports_were_not_said() -> None:
    sentence = "I can’t say ‘I don’t know the answer, so can you give me until tomorrow?’"
    assert events_of(sentence, NOV_2019) == []
    assert events_of("He never said the deal would close in May.", NOV_2019) == []
    assert [e.date_text for e in events_of("He said the deal would close in May.", NOV_2019)] == ["May"]


def test_a_day_set_off_by_a_comma_after_a_noun_dates_it() -> None:
    # A calendar line without a verb of its own: each day dates the gathering before it.
    line = "A members' cocktail hour, Oct. 26, and an evening reception/lecture, Oct. 27."
    events = events_of(line, date(2018, 10, 4))
    assert [(e.date_text, e.event_date) for e in events] == [
        ("Oct. 26", date(2018, 10, 26)), ("Oct. 27", date(2018, 10, 27))]
    assert events[-1].event_type == "meeting"
    # A place before the comma is a dateline, no happening.
    assert events_of("BERLIN, Oct. 26 (Reuters)", date(2018, 10, 26)) == []


def test_a_finding_outside_a_science_story_is_no_discovery() -> None:
    court = (
        "The trial of the officer began after the indictment and the charges were read. The court "
        "heard the prosecution and the defence. The jury found him guilty in May."
    )
    assert _typed(court)["May"] == "legal_judicial"
    science = (
        "The study and the experiment were published, and the researchers observed the comet. "
        "The telescope survey found water in May."
    )
    assert _typed(science)["May"] == "science"


def test_a_hearing_on_appropriations_is_a_session_of_lawmakers() -> None:
    assert [e.event_type for e in events_of("At the October appropriations hearing, he was skeptical.",
                                            NOV_2019)] == ["meeting"]
    assert [e.event_type for e in events_of("The extradition hearing was held in October.",
                                            NOV_2019)] == ["legal_judicial"]


def test_writing_a_song_or_a_book_is_culture() -> None:
    assert [e.event_type for e in events_of("She wrote the song in 2009.", NOV_2019)] == [
        "culture_entertainment"]
    assert [e.event_type for e in events_of("She wrote a letter in 2009.", NOV_2019)] == ["statement"]


def test_a_season_outside_sport_is_no_sports_season() -> None:
    # In a story about a television drama, the season that began names no sports season.
    body = (
        "The film and the show won an award, and the album and the concert tour followed. The "
        "premiere of the documentary drew fans. The second season started in October."
    )
    assert _typed(body)["October"] == "culture_entertainment"
