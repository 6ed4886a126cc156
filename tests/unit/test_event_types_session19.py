"""Event types of session 19: what is granted, police raids, headlines hit, words sent and
defended, roles landed, works recorded, press conferences and national output. Every sentence
is made up."""

from __future__ import annotations

from tests.unit.test_extract_events import NOV_2019, events_of


def _type(body: str, date_text: str) -> str:
    return {e.date_text: e.event_type for e in events_of(body, NOV_2019)}[date_text]


def test_what_is_granted_names_the_decision() -> None:
    assert _type("The refugee was granted asylum in 2012 after a long wait.", "2012") == "policy_decision"
    assert _type("The judge granted him bail on Monday.", "Monday") == "legal_judicial"
    # Near miss: an interview granted is no decision.
    assert _type("The minister granted an interview in 2012.", "2012") != "policy_decision"


def test_a_police_raid_is_law_enforcement() -> None:
    assert _type("Police raided the flat of the suspect on Monday.", "Monday") == "legal_judicial"
    assert _type("A police raid on the warehouse on Monday found stolen goods.", "Monday") == "legal_judicial"
    # Near miss: militants who raid a village attack it.
    assert _type("Militants raided the village on Monday.", "Monday") == "armed_conflict"


def test_hitting_the_headlines_is_something_reported() -> None:
    assert _type("The start-up first hit the headlines in March with a leaked memo.", "March") == "statement"
    # Near miss: an index that hits a high moves.
    assert _type("The index hit a record high on Monday.", "Monday") == "economic_release"


def test_words_sent_are_statements() -> None:
    assert _type("On May 3, 2006, he emailed the editor about the deadline.", "May 3, 2006") == "statement"
    assert _type("She texted her brother on Monday about the plan.", "Monday") == "statement"


def test_defending_someone_is_said() -> None:
    assert _type("The former minister on Sunday defended the choice of the new envoy.", "Sunday") == "statement"
    # Near misses: a title defended is sport, a city defended war.
    assert _type("The boxer defended his title on Saturday in Cardiff.", "Saturday") == "sport"
    assert _type("The militia defended the town in March against the rebels.", "March") == "armed_conflict"


def test_a_role_landed_is_a_part_in_a_work() -> None:
    assert _type("The actress landed her first film role in 2004.", "2004") == "culture_entertainment"
    # Near miss: a spacecraft that lands is a mission's.
    assert _type("The probe landed on the moon in 2004.", "2004") == "science"


def test_what_is_recorded_names_the_type() -> None:
    assert _type("The singer recorded the album in Memphis in 1969.", "1969") == "culture_entertainment"
    assert _type("The retailer recorded a loss in 2019.", "2019") == "economic_release"
    # Near miss: a count recorded by a weather station is no work of culture.
    assert _type("The coastal station recorded the highest temperatures in 2019.", "2019") != "culture_entertainment"


def test_an_invitation_arranges_a_meeting() -> None:
    assert _type("In December, two lawmakers invited the professor to Rome to give a talk.", "December") == "meeting"
    # Near miss: inviting bids is a company's act.
    assert _type("The city invited bids for the bridge in December.", "December") == "business"


def test_a_street_named_is_a_decision() -> None:
    assert _type("The council named the square after the poet in 1990.", "1990") == "policy_decision"
    # Near miss: a person named to a post is appointed.
    assert _type("The board named her chief executive in 1990.", "1990") == "appointment_resignation"


def test_a_press_conference_is_for_saying_something() -> None:
    assert _type("The minister appeared at a March 2003 press conference on fraud.", "March 2003") == "statement"
    # Near miss: a conference of scientists is a gathering.
    assert _type("The physicists met at a conference in March 2003.", "March 2003") == "meeting"


def test_gross_domestic_product_is_economic_data() -> None:
    assert _type("The tariffs will reduce gross domestic product by 0.3 percent in 2020.", "2020") == "economic_release"


def test_finding_oneself_somewhere_is_no_discovery() -> None:
    assert _type("The guard found himself in the news again in 2011.", "2011") != "science"
    # Near miss: researchers who find a comet discover it.
    assert _type("Astronomers found the comet in 2011.", "2011") == "science"


def test_public_funding_is_a_budget_decision() -> None:
    assert _type("Lawmakers will not raise school funding again until 2021.", "2021") == "policy_decision"
    # Near miss: a start-up's funding is business.
    assert _type("The start-up closed its seed funding in 2021.", "2021") == "business"


def test_what_is_watched_names_the_type() -> None:
    assert _type("Millions spent the weekend watching the new season of the drama.", "the weekend") == "culture_entertainment"
    assert _type("Fans watched the final on Sunday in the square.", "Sunday") == "sport"


def test_what_is_submitted_names_the_type() -> None:
    assert _type("The firms had until May 3 to submit their bids for the bridge.", "May 3") == "business"
    assert _type("The ministry submitted its energy roadmap to parliament in March.", "March") == "policy_decision"
    assert _type("The defence submitted new evidence on Monday.", "Monday") == "legal_judicial"


def test_a_subscription_tier_that_arrives_is_put_on_sale() -> None:
    assert _type("Cheaper subscription options arrive in March 2020.", "March 2020") == "business"
    # Near miss: a convoy that arrives is a deployment.
    assert _type("The army convoy arrived in the town on Monday.", "Monday") == "military_movement"


def test_a_legislature_that_establishes_a_body_decides() -> None:
    assert _type("Parliament established the coast guard in 1915.", "1915") == "policy_decision"
    # Near miss: a family that establishes a shop names no decision of state.
    assert _type("The family established the bakery in 1915.", "1915") != "policy_decision"


def test_revenue_produced_is_a_figure_reported() -> None:
    assert _type("In 2017, the festival produced record revenue for the town.", "2017") == "economic_release"
    assert _type("The app generated sales of $5 million in 2018.", "2018") == "economic_release"
    # Near miss: a film produced is a work.
    assert _type("The studio produced the film in 2018.", "2018") != "economic_release"
