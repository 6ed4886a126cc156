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
