"""Session 31, unnamed and anonymous sources: made-up news sentences."""

from tests.factories import citations_of


def _cited(body: str) -> set[tuple[str, str]]:
    return {(c.canonical_name, c.source_type) for c in citations_of(body)}


# "Someone" who spoke at a time past is one unnamed source ("someone told me" is anonymous).

def test_someone_once_said_to_me_with_a_quotation():
    assert _cited('Someone once said to me, "That coat is lovely! Try it in blue next time."') == {
        ("someone", "anonymous")}


def test_someone_pointed_out_that():
    assert ("someone", "anonymous") in _cited("Someone pointed out at the meeting that the bridge had been closed for years.")


def test_somebody_noted_that():
    assert _cited("Somebody noted that the ferry was late again.") == {("somebody", "anonymous")}


def test_someone_in_a_condition_is_no_source():
    assert _cited("If someone says the bridge is unsafe, the council closes it.") == set()


def test_someone_who_might_argue_is_no_source():
    assert _cited("Someone might argue that the plan is flawed.") == set()


def test_someone_who_will_say_is_no_source():
    assert _cited("Someone will say it is too late to act.") == set()


def test_someone_in_a_when_clause_is_no_source():
    assert _cited("When someone said the bridge was closed, the drivers turned back.") == set()


def test_someone_who_said_is_a_person_picked_out_not_a_source():
    assert ("someone", "anonymous") not in _cited("The fire was started by someone who said he hated the neighbours.")


def test_someone_who_did_something_else_is_no_source():
    assert _cited("Someone stole the mayor's bike and left a note on the gate.") == set()


def test_someone_did_not_say_is_no_source():
    assert _cited("Someone did not say that the plan would work.") == set()


def test_someone_inside_a_speakers_quotation_is_no_source():
    assert ("someone", "anonymous") not in _cited("“Someone said the dam would hold,” the engineer told reporters.")


# A saying verb closing a quotation, read by the parse as a noun with the speaker hung on it as a
# modifier ('"...," a former executive recalled.'), still cites the unnamed speaker.

def test_former_executive_recalled_after_a_quotation_fragment():
    cited = _cited("Another aide moved to payroll, where she was “told to keep the books quiet,” a former executive recalled.")
    assert ("former executive", "anonymous") in cited


def test_executive_as_a_modifier_of_a_noun_is_no_source():
    assert _cited("The merger was a former executive decision.") == set()


def test_recalled_without_a_quotation_before_it_is_no_source():
    assert _cited("She was hired by a former executive recalled.") == set()


# A bare quantifier that says, argues or claims a view in a relative clause on the thing judged.

def test_stadium_that_some_say_is_the_oldest():
    assert _cited("The city owns a stadium that some say is the oldest in Europe.") == {("some", "anonymous")}


def test_law_that_many_say_is_unfair():
    assert _cited("The council passed a law that many say is unfair.") == {("many", "anonymous")}


def test_aside_which_some_argue_is_what_makes_it():
    body = "If you want to stream music to every room (which some argue is what makes these speakers worth buying), get two."
    assert ("some", "anonymous") in _cited(body)


def test_rents_which_many_say_is_what_drives_families_out():
    assert _cited("Rents are rising fast, which many say is what drives families out of the city.") == {("many", "anonymous")}


def test_words_that_many_say_every_day_are_no_view():
    assert _cited("These are the words that many say every day.") == set()


def test_quantifier_with_a_modal_is_no_source():
    assert _cited("The council passed a law that many may say is unfair.") == set()


def test_quantifier_of_a_noun_is_no_bare_holder():
    assert ("many", "anonymous") not in _cited("The council passed a law that many residents use every day.")


# An unnamed group that remembers or recalls something as something holds a view of it; a bare
# "others" set against "some" people before it is more of that group.

def test_residents_remember_the_flood_as_the_worst():
    assert _cited("Residents remember the 1998 flood as the worst in living memory.") == {("resident", "anonymous")}


def test_others_after_some_critics_see_it_as():
    assert ("others", "anonymous") in _cited("Some critics loved the film; others see it as a cynical cash grab.")


def test_others_after_some_viewers_recall_him_as():
    body = "Some viewers know the actor for his stage work; others recall him as a TV detective."
    assert ("others", "anonymous") in _cited(body)


def test_others_alone_is_no_source():
    assert _cited("Others recall him as a quiet man.") == set()


def test_others_after_some_shops_is_no_group_of_people():
    assert _cited("Some shops closed early; others remember the storm as a blessing.") == set()


def test_a_body_that_will_remember_is_no_source():
    assert _cited("The museum will remember her as its founder.") == set()


def test_the_writer_recalling_is_no_source():
    assert _cited("I recall him as a quiet man.") == set()


# One unnamed person and a group of that kind are two sources, irregular plurals too.

def test_a_woman_and_two_women_are_two_sources():
    body = '"It was terrifying," a woman who lives nearby said. Two women who work at the store said the doors were locked.'
    assert _cited(body) == {("woman", "anonymous"), ("women", "anonymous")}


def test_a_witness_and_witnesses_are_two_sources():
    assert _cited("A witness said the car was speeding. Witnesses said the driver fled.") == {
        ("witness", "anonymous"), ("witnesses", "anonymous")}


def test_a_woman_and_the_woman_stay_one_source():
    assert _cited('"We are safe," a woman said. The woman added that the power was out.') == {("woman", "anonymous")}


# An unnamed group holding a view in a relative clause on the thing judged, as a bare quantifier does.

def test_temple_that_experts_believe_dates_back():
    assert ("expert", "anonymous") in {(n.rstrip("s"), t) for n, t in _cited(
        "Last month, divers found a temple that experts believe dates back to 700 BCE.")}


def test_tax_that_some_economists_say_will_hurt_firms():
    assert {t for _, t in _cited("The council passed a tax that some economists say will hurt small firms.")} == {"anonymous"}


def test_group_with_a_modal_in_the_relative_clause_is_no_source():
    assert _cited("The council passed a tax that economists may say will hurt small firms.") == set()


def test_crowd_in_the_relative_clause_is_no_source():
    assert _cited("The council passed a tax that voters think is unfair.") == set()


def test_negated_group_view_in_the_relative_clause_is_no_source():
    assert _cited("The council passed a tax that critics do not believe will work.") == set()


def test_group_that_found_a_thing_is_no_view():
    assert _cited("It is a fossil that researchers found last year.") == set()
