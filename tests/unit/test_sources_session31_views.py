"""Session 31: views held by named people, bodies and governments without a plain saying verb.
Made-up news sentences."""

from tests.factories import citations_of, source_types_of


def _names(body: str) -> set[str]:
    return {c.canonical_name for c in citations_of(body)}


# A claim owned, with its that-clause: the possessor is a source, though the noun is no cue word
# and the parse may hang the clause on a noun before it.

def test_possessed_assertion_with_clause_cites_the_body():
    types = source_types_of("It was a sharp break from the ministry's longstanding assertion that the "
                            "border was secure.")
    assert types.get("Ministry") == "government_body"


def test_possessed_announcement_with_clause_cites_the_firm():
    assert "Acme" in _names("Acme's announcement that it would close the plant stunned the town.")


def test_claim_noun_with_a_relative_that_cites_nobody():
    assert _names("He opposed the company's announcement that was made on Monday.") == set()


def test_possessed_claim_without_clause_cites_nobody():
    assert _names("The ministry's announcement came on a quiet Monday morning.") == set()


def test_pronoun_possessor_of_a_claim_adds_nobody():
    assert _names("It was a sharp break from his longstanding assertion that the border was secure.") == set()


# A passive judgement with its agent: "is considered by X to be", "is believed by police to have".

def test_considered_by_a_named_family_to_be():
    assert "Hartleys" in _names("The anchor is considered by the Hartleys to be the future of the network.")


def test_believed_by_police_to_have():
    assert source_types_of("The suspect is believed by police to have acted alone.") == {"Police": "government_body"}


def test_seen_by_a_government_as():
    assert source_types_of("The deal is seen by the government as a defeat for the union.") == {
        "Government": "government_body"}


def test_seen_by_many_as_names_nobody():
    assert _names("The deal is seen by many as a defeat for the union.") == set()


def test_a_possible_judgement_cites_nobody():
    assert _names("The plan may be considered by the board to be too costly.") == set()


def test_judged_by_a_pronoun_cites_nobody_new():
    assert _names("The painting is regarded by them as a masterpiece.") == set()


def test_viewed_by_millions_is_an_audience():
    assert _names("The clip was viewed by millions of fans within a day.") == set()


def test_deemed_legal_by_agencies_is_no_view_cited():
    assert _names("The programs had been deemed legal by internal agencies before the ruling.") == set()


# A family named in the plural speaks in the office its members hold in the article.

def test_family_whose_member_holds_an_office_is_official():
    types = source_types_of("Rupert Hartley, the executive chairman of the network, met the anchor. "
                            "She is considered by the Hartleys to be the future of the network.")
    assert types.get("Hartleys") == "official"


def test_family_without_an_office_stays_a_person():
    types = source_types_of("The anchor is considered by the Hartleys to be the future of the network.")
    assert types.get("Hartleys") == "person"


# An embedded post signed by a public body's account is the body's.

def test_post_signed_by_a_senate_is_a_government_body():
    types = source_types_of("The senators met on Tuesday.\n"
                            "We thank all senators for the vote.— The Ruritanian Senate (@RuriSenate) October 9, 2018")
    assert types.get("The Ruritanian Senate") == "government_body"


def test_post_signed_by_a_person_named_court_stays_a_person():
    types = source_types_of("Fans cheered the result.\n"
                            "What a match! Great win today.— Margaret Court (@MCourt) October 9, 2018")
    assert types.get("Margaret Court") == "person"


# A firm named by its partners ("Scott & Scott") is the firm, not a person of that surname.

def test_firm_named_by_partners_is_not_the_person_with_that_surname():
    types = source_types_of("Dana Marsh, a network executive, declined to comment. Last week, the law firm "
                            "Marsh & Marsh announced it was investigating the network.")
    assert types.get("Marsh & Marsh") == "organization"
    assert "Dana Marsh" not in types


def test_surname_alone_still_the_person_named_before():
    types = source_types_of("Dana Marsh, a network executive, met the board. Marsh said the talks went well.")
    assert types == {"Dana Marsh": "official"}


# A named sender's message, with what it told after a colon or in a that-clause.

def test_message_from_a_named_body_with_a_colon():
    types = source_types_of("Though the data were early, the message from the Kremlin was clear: the talks "
                            "would go on.")
    assert types.get("Kremlin") == "government_body"


def test_message_from_a_named_body_with_a_that_clause():
    assert "Kremlin" in _names("The message from the Kremlin was that the talks would go on.")


def test_message_that_arrived_tells_nothing():
    assert _names("The message from the Kremlin arrived on Friday.") == set()


def test_message_from_a_relative_is_no_source():
    assert _names("The message from his mother was short.") == set()


def test_denied_message_tells_nothing():
    assert _names("The message from the Kremlin was not that the talks would go on.") == set()


# A named speaker who leads a public to believe something conveys that view.

def test_host_leading_his_audience_to_believe():
    types = source_types_of("It is a channel where Tom Vance leads his audience to believe migrants are "
                            "prone to crime.")
    assert types.get("Tom Vance") == "person"


def test_evidence_leading_us_to_believe_cites_nobody():
    assert _names("The evidence leads us to believe that the fire was set.") == set()


def test_voters_led_to_believe_name_nobody():
    assert _names("Voters were led to believe the tax would fall.") == set()


def test_a_possible_leading_cites_nobody():
    assert _names("Acme may lead investors to think that sales are growing.") == set()


def test_losses_leading_investors_to_believe_cite_nobody():
    assert _names("The losses led investors to believe the firm would fail.") == set()


# Figures a named body put together: "the ACLU has assembled a list of 76 agencies".

def test_named_body_assembling_a_counted_list():
    types = source_types_of("But the Civil Rights Alliance has assembled a list of 76 agencies that sent "
                            "officers to the protests.")
    assert types.get("Civil Rights Alliance") == "organization"


def test_named_group_compiling_a_tally():
    assert "Human Rights Watch" in _names("Human Rights Watch compiled a tally of the dead.")


def test_coach_assembling_a_list_of_players_is_no_source():
    assert _names("Coach Tom Berg assembled a list of players for the camp.") == set()


def test_a_tally_still_to_compile_is_no_source():
    assert _names("Amnesty will compile a tally of 300 cases.") == set()


def test_a_pronoun_compiling_adds_nobody():
    assert _names("They compiled a list of 40 agencies.") == set()


# An acronym in brackets after a body's name is no part of the name.

def test_acronym_in_brackets_left_out_of_the_name():
    assert _names("The Global Health Council (GHC) said cases rose.") == {"Global Health Council"}

