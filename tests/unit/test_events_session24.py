"""Dated events of session 24 (set V's errors): possessive periods that cast a role, levels of
"today's", "since" bounding a tally or a change, credit lines and photo captions, acts said not
to happen, minutes ago, quoted "last night" on the day its post names, a post from a holiday,
rulings to pay, emergency calls, burials, contract ends in roster lines and campaign appearances.
Sentences are from news pages (set V) or made up like them; each fix has a near miss that keeps
its old reading."""

from __future__ import annotations

from datetime import date

from tests.unit.test_extract_events import events_of

DEC_2016 = date(2016, 12, 6)  # a Tuesday
DEC_1_2016 = date(2016, 12, 1)  # a Thursday


def _dates(body: str, published: date = DEC_2016) -> dict[str, date]:
    return {e.date_text: e.event_date for e in events_of(body, published)}


def _type(body: str, date_text: str, published: date = DEC_2016) -> str:
    return {e.date_text: e.event_type for e in events_of(body, published)}[date_text]


def test_a_possessive_period_on_what_a_copula_says_a_thing_is_casts_a_role() -> None:
    assert _dates("Really, the Red Sox are this year’s Dodgers, with starters that go nine deep.") == {}
    # Near misses: a happening of that year, and the copula's subject, keep their dates.
    assert "this year" in _dates("He watched this year's Super Bowl at home.")
    assert "Saturday" in _dates("Saturday was this year's final, which Chelsea won.")


def test_todays_rates_are_a_level_not_a_day() -> None:
    assert _dates("No one is suggesting that it’s a big money maker for Apple or anyone else at today’s "
                  "low interest rates.") == {}
    assert "today" in _dates("Analysts expect today's rate decision to surprise.")


def test_since_bounds_a_change_or_a_tally() -> None:
    assert _dates("Apple, which has more than doubled those holdings of Treasuries to $42 billion since 2012, "
                  "received the most in interest payments.") == {}
    assert _dates("That means he’s in a rotation that’s combined for 11 Cy Young vote finishes, two Cy Young "
                  "awards, and 14 All-Star appearances since 2010.") == {}
    assert _dates("Shares have risen 20 percent since January.") == {}
    # Near misses: what has held since a date, and a first since a date, are dated.
    assert "1962" in _dates("The current exemption has been in place since 1962.")
    assert "2011" in _dates("It was the club's first away win since 2011.")


def test_a_credit_line_and_a_photo_caption_date_no_happening() -> None:
    assert _dates("From “Tony Dorsett Is Losing His Mind,” February 2014.") == {}
    assert _dates("Dorsett, photographed in his home December 19, 2013, faces his old, battle-scarred helmet.") == {}
    # Near misses: "from" opening a clause, and a photograph the story reports.
    assert "January 2014" in _dates("From January 2014, the league paid out $5 million.")
    assert "Monday" in _dates("The suspect was photographed by a camera on Monday.")


def test_an_act_said_not_to_happen_is_no_event() -> None:
    assert _dates("They shouldn’t have to wonder who’s starting their postseason games, and they aren’t "
                  "punting a huge roster decision to July.") == {}
    assert _dates("They were not made aware of any flight mission in the area today.") == {}
    assert _dates("The board did not make a decision on Monday.") == {}
    # Near misses: the act done, and a denial negated.
    assert "Monday" in _dates("The board made a decision on Monday.")
    assert "Monday" in _dates("He did not deny the meeting on Monday.")


def test_minutes_ago_is_the_day_of_the_post() -> None:
    dated = {e.date_text: (e.event_date, e.event_type)
             for e in events_of("Said they found out 5 min ago.", date(2016, 12, 13))}
    assert dated == {"5 min ago": (date(2016, 12, 13), "other")}  # found out: learned, no discovery
    assert _dates("The race lasted 5 minutes.") == {}


def test_quoted_last_night_counts_from_the_day_its_post_was_put_out() -> None:
    body = ("This is another image Elizabeth Snyder posted to Facebook on Sunday. It says, \"I cannot describe "
            "what this necklace means to me. Last night I had dinner with a couple amazing friends.\"")
    assert _dates(body, DEC_1_2016)["Last night"] == date(2016, 11, 26)
    # Near miss: a day named in another paragraph leaves the quote's "last night" to publication.
    body = ("The family posted to Facebook on Sunday.\n"
            "\"Last night I had dinner with a couple amazing friends,\" she told reporters.")
    assert _dates(body, DEC_1_2016)["Last night"] == date(2016, 11, 30)


def test_a_post_from_a_holiday_is_a_statement_that_day() -> None:
    events = events_of("This is Elizabeth Snyder's Facebook post from Thanksgiving.", DEC_1_2016)
    assert [(e.date_text, e.event_date, e.event_type) for e in events] == [
        ("Thanksgiving", date(2016, 11, 24), "statement")]
    assert _dates("The stores stay open from Thanksgiving to Christmas.", DEC_1_2016) == {}


def test_ordered_to_pay_is_a_ruling() -> None:
    assert _type("Regulators ordered Apple to pay $14.5 billion in back taxes in August after concluding it "
                 "paid an effective tax rate of 0.005 percent.", "August") == "legal_judicial"
    assert _type("A judge ordered the company to pay $5 million in damages on Monday.", "Monday") == "legal_judicial"
    # Near miss: an order to move troops is the movement.
    assert _type("The president ordered troops to withdraw in August.", "August") == "military_movement"


def test_an_emergency_call_is_no_conversation() -> None:
    assert _type("Officer Snyder and his partner were responding to a disturbance call in the early morning "
                 "hours on October 6 at a home in Green Park.", "October 6", DEC_1_2016) not in {"meeting", "statement"}
    assert _type("The president called Putin on Monday.", "Monday") == "statement"


def test_laid_to_rest_is_a_burial() -> None:
    assert _type("Blake Snyder was laid to rest Thursday, October 13 following a service at St. Louis Family "
                 "Church.", "Thursday, October 13", DEC_1_2016) == "other"
    assert _type("The company laid off 300 workers on Monday.", "Monday") == "business"


def test_a_roster_line_dates_the_end_of_a_contract() -> None:
    assert _dates("Steven Wright, under team control through 2020.") == {"2020": date(2020, 1, 1)}
    # Near miss: a line with no binding noun dates nothing.
    assert _dates("Smith, in office since 2010.") == {}


def test_an_appearance_to_boost_a_candidacy_is_campaigning() -> None:
    assert _type("Instead, Sanders will appear in both Iowa and Wisconsin on Monday to boost her candidacy "
                 "without her.", "Monday", date(2016, 10, 3)) == "election_vote"
    assert _type("She flew to Paris on Monday to boost sales.", "Monday", date(2016, 10, 3)) == "other"


def test_what_a_generic_subject_cannot_do_today_is_nowadays() -> None:
    assert _dates("You can’t just go to Mars today because Elon says you can go.", date(2016, 9, 30)) == {}
    # Near misses: an offer to the reader, and one person's day.
    assert "today" in _dates("You can buy the phone today for $99.", date(2016, 9, 30))
    assert "today" in _dates("He can't attend the hearing today, his lawyer said.", date(2016, 9, 30))


def test_a_persons_pay_for_a_year_dates_a_value() -> None:
    assert _dates("He’ll make $13.5 million this year, and he should probably get a chance to start somewhere.") == {}
    # Near miss: a company's earnings for a year are a result released.
    assert _type("Apple earned $5 billion in 2015.", "2015") == "economic_release"


def test_a_military_aircraft_in_flight_moves_forces() -> None:
    assert _type("A large military-style plane, which looked remarkably like a C-130, circled Manhattan for at "
                 "least 30 minutes on Tuesday afternoon.", "Tuesday afternoon", date(2016, 12, 13)) == "military_movement"
    assert _type("The airliner circled the airport on Tuesday.", "Tuesday", date(2016, 12, 13)) != "military_movement"


def test_what_an_act_follows_is_not_the_act() -> None:
    assert _type("He cleared two borders since fleeing Berlin Monday after the attack that killed 12.",
                 "Monday", date(2016, 12, 23)) == "other"
    # Near miss: the attack itself, dated.
    assert _type("The attack on Monday killed 12.", "Monday", date(2016, 12, 23)) == "armed_conflict"
