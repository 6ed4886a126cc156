"""Session 30 (set AC's source errors): made-up sentences for each rule, with counter-examples."""

from tests.factories import citations_of, source_types_of


def _names(body: str) -> set[str]:
    return {c.canonical_name for c in citations_of(body)}


# A past saying verb the parse reads as a noun after its speaker, closing a quotation.

def test_recalled_after_a_quote_cites_the_described_speaker():
    types = source_types_of("“The budget was gone by March,” a former director recalled.")
    assert types == {"former director": "anonymous"}


def test_joked_after_a_quote_keeps_the_whole_description():
    cited = citations_of("“We never sleep,” a senior engineer joked.")
    assert [c.cited_as for c in cited] == ["a senior engineer"]


def test_past_participle_noun_without_a_quote_is_no_citation():
    assert citations_of("The new levy was widely opposed. He bought a used tractor.") == []


# One unnamed person described by a job only a person holds, maybe at a named workplace.

def test_anchor_at_a_named_network_is_an_unnamed_person():
    types = source_types_of("“The ratings are falling,” a Northwind anchor said.")
    assert types == {"Northwind anchor": "anonymous"}


def test_one_host_and_another_assistant_are_unnamed_people():
    types = source_types_of("“There will be layoffs,” predicts one host. "
                            "I spoke with another Acme administrative assistant who said the files were lost.")
    assert types == {"host": "anonymous", "Acme administrative assistant": "anonymous"}


def test_a_host_of_experts_is_not_one_worker():
    types = source_types_of("A host of experts said the bridge was unsafe.")
    assert types.get("host") != "anonymous"


def test_a_reporter_of_an_outlet_still_gives_the_outlet():
    types = source_types_of("A Reuters reporter said the road was shut.")
    assert types == {"Reuters": "news_agency"}


# "One prominent Republican told me": one party member, unnamed.

def test_one_party_member_is_anonymous():
    types = source_types_of("One prominent Republican told me that the plan would fail.")
    assert types == {"prominent republican": "anonymous"}


def test_the_party_itself_is_not_made_anonymous():
    types = source_types_of("Republicans said the plan would fail.")
    assert "anonymous" not in types.values()


# Distinct unnamed sources stay apart by what sets them apart: knowledge, presence, interviews.

def test_official_who_was_in_the_room_is_apart_from_an_official():
    names = _names("According to an official who was in the room, the vote was delayed. "
                   "“We are ready,” an official said.")
    assert "official who was in the room" in names
    assert "official" in names


def test_sources_with_direct_knowledge_keep_their_knowledge():
    names = _names("According to two sources with direct knowledge of the merger, the bid was raised.")
    assert names == {"source with direct knowledge of the merger"}


def test_relative_clause_of_anonymity_is_not_kept():
    names = _names("A source who spoke on condition of anonymity said the bid was raised.")
    assert names == {"source"}


def test_people_the_writer_spoke_with_hold_a_view_on_record():
    types = source_types_of("Many people I spoke with believe that the merger is dead.")
    assert list(types.values()) == ["anonymous"]


def test_people_believing_in_general_cite_nobody():
    assert citations_of("Many people believe that the merger is dead.") == []
    assert citations_of("People I admire believe that the merger is dead.") == []


# In a memoir, "she" after the writer's own kin of her sex is that kin, not a name in passing.

def test_she_after_my_mother_is_not_a_name_mentioned_in_passing():
    cited = citations_of("My mother grew up in Leeds. She admired Margaret Thatcher for her accent. "
                         "She told me that the school was cruel.")
    assert [(c.canonical_name, c.source_type) for c in cited] == [("mother", "anonymous")]


def test_a_person_named_since_as_a_speaker_keeps_the_pronoun():
    cited = citations_of("My mother grew up in Leeds. Ann Ruiz, a neighbour, said the street was loud. "
                         "She said the house was cold.")
    assert {c.canonical_name for c in cited} == {"Ann Ruiz"}


def test_a_speakers_own_mother_inside_a_quote_is_not_the_writers():
    cited = citations_of("Ann Ruiz runs the bakery. “My mother worked here once,” Ruiz said. "
                         "She said the ovens were old.")
    assert {c.canonical_name for c in cited} == {"Ann Ruiz"}
