"""Event types of session 23 (events): explosions that are accidents, offices left and ended,
what an undertaking is to do, a bare "one" standing for the noun before, closing arguments, and
people questioned. Sentences are from news pages (set T and others) or made up like them; each
fix has a near miss that keeps its old reading."""

from __future__ import annotations

from datetime import date

from tests.unit.test_extract_events import events_of

DEC_2016 = date(2016, 12, 15)  # a Thursday
SEP_2016 = date(2016, 9, 19)  # a Monday


def _type(body: str, date_text: str, published: date = DEC_2016) -> str:
    return {e.date_text: e.event_type for e in events_of(body, published)}[date_text]


def test_a_launch_vehicle_or_a_machine_that_explodes_is_an_accident() -> None:
    assert _type("Orbital Sciences took a year to return to flight after its Antares rocket exploded in "
                 "October 2014.", "October 2014") == "disaster_accident"
    assert _type("The boiler exploded on Monday, injuring two workers.", "Monday") == "disaster_accident"
    assert _type("A gas explosion on Monday destroyed two houses.", "Monday") == "disaster_accident"
    # Near misses: a rocket nobody owns, fired at a base, and a bomb stay attacks.
    assert _type("A rocket exploded near the base on Monday.", "Monday") == "armed_conflict"
    assert _type("A bomb exploded near the market on Monday.", "Monday") == "armed_conflict"


def test_an_engineers_anomaly_is_an_accident() -> None:
    assert _type('"We\'re continuing to make progress with the investigation into our Sept. 1 anomaly," '
                 "SpaceX spokesman Phil Larson said.", "Sept. 1") == "disaster_accident"


def test_leaving_a_body_or_an_employer_gives_up_a_post() -> None:
    assert _type("Federal Communications Commission chairman Tom Wheeler announced this morning that he will "
                 "leave the agency on Jan. 20 when President-elect Trump is inaugurated.",
                 "Jan. 20") == "appointment_resignation"
    assert _type("Wheeler is the second Democratic FCC commissioner to leave the agency in the past week.",
                 "in the past week") == "appointment_resignation"
    assert _type("In August 2001, Schmidt left Novell and joined Google.", "August 2001") == "appointment_resignation"
    # Near miss: troops that leave a city move.
    assert _type("The troops left Kabul on Monday.", "Monday") == "military_movement"


def test_a_senate_that_fails_to_reconfirm_decides_an_appointment() -> None:
    assert _type("Last Friday, the Senate failed to reconfirm Democratic Commissioner Jessica Rosenworcel.",
                 "Last Friday") == "appointment_resignation"


def test_a_term_in_office_that_ends_is_an_office_left() -> None:
    assert _type("The first lady insinuated that the nation will lose a grownup in the White House when "
                 "President Obama's term ends in January.", "January") == "appointment_resignation"
    assert _type("His term in office ends in May.", "May") == "appointment_resignation"
    # Near miss: a school term has no holder.
    assert _type("The school term ends in January.", "January") != "appointment_resignation"


def test_entering_the_seat_of_an_office_takes_it_up() -> None:
    assert _type("The operations formally began once Donald Trump entered the White House in January 2017.",
                 "January 2017") == "appointment_resignation"
    # Near miss: police who enter a house search it.
    assert _type("Police entered the house on Monday.", "Monday") != "appointment_resignation"


def test_an_undertaking_is_of_the_kind_of_what_it_is_to_do() -> None:
    assert _type("Last month, the commission formally unveiled its proposal to require manufacturers to limit "
                 "television energy consumption.", "Last month") == "policy_decision"
    # Near miss: a plan to expand a fleet is no figure released.
    assert _type("Clark in October revealed lofty plans to expand the Emirates fleet by 30% by the end of 2025.",
                 "October") != "economic_release"


def test_a_bare_one_stands_for_the_noun_of_the_clause_before() -> None:
    body = ("One bombing happened Saturday morning, in Seaside Park, N.J., and one happened Saturday night, "
            "in the Chelsea neighborhood of Manhattan.")
    assert _type(body, "Saturday night", SEP_2016) == "armed_conflict"


def test_closing_arguments_are_pleaded_in_court() -> None:
    assert _type("During closing arguments on Thursday, defense attorney David Bruck asked the jury to consider "
                 "why Roof did what he did.", "Thursday") == "legal_judicial"


def test_a_person_asked_answers_in_words() -> None:
    assert _type('On NBC\'s "Meet The Press" this past Sunday, Boehner was asked if Republicans would be '
                 "campaigning on raising the retirement age.", "Sunday") == "statement"


def test_a_space_flight_is_a_mission() -> None:
    assert _type("SpaceX's first manned flight to the International Space Station has been postponed until 2018, "
                 "NASA announced on Monday.", "2018") == "science"
    assert _type("SpaceX is hoping to return to flight in January.", "January") == "science"


def test_working_to_do_something_looks_ahead() -> None:
    events = events_of('"We are working to safely and reliably return to flight in early January," '
                       "the spokesman said.", DEC_2016)
    assert [(e.event_date, e.event_type) for e in events if "January" in e.date_text] == [
        (date(2017, 1, 1), "science")]


def test_a_month_most_of_a_year_after_an_episode_is_no_part_of_it() -> None:
    body = ("Orbital Sciences took a year to return to flight after its Antares rocket exploded in October 2014. "
            "NASA took years to resume shuttle flights after the Columbia explosion.\n"
            "The September accident has been particularly perplexing for Musk and his team.")
    assert {e.date_text: e.event_date for e in events_of(body, DEC_2016)}["September"] == date(2016, 9, 1)
    # Near miss: a month right after the episode continues it.
    body = ("The man visited his doctor in November 2015 with months of dizziness. "
            "In December, he returned with worse symptoms.")
    assert {e.date_text: e.event_date for e in events_of(body, DEC_2016)}["December"] == date(2015, 12, 1)


def test_today_in_a_quote_that_began_a_sentence_before_is_the_speakers_day() -> None:
    body = ("South Korean thriller Parasite was the upset winner at the SAG awards on Sunday.\n"
            "Speaking through an interpreter he added; “It is true that the momentum is building. But what "
            "happened today, what’s truly important, is that these actors were acknowledged.”")
    assert {e.date_text: e.event_date for e in events_of(body, date(2020, 1, 20))}["today"] == date(2020, 1, 19)
    # Near miss: a quote closed before the sentence leaves "today" the day of publication.
    body = ("The film won at the awards on Sunday.\n"
            "“It is true that the momentum is building,” he said. The studio releases the film today.")
    assert {e.date_text: e.event_date for e in events_of(body, date(2020, 1, 20))}["today"] == date(2020, 1, 20)
