"""Session 15: what a figure measures, from blind set N's errors: a count the NER swept its noun
into, an article taken for a count's root, a count in a list after "about", a "who" clause, the
same verb's counted object, a count elided after the sentence before, money a relative clause's
verb takes, a road's extent, a height "in the air", glued double hyphens and "co-" words."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_figures import figures_of


def _nouns(body: str) -> dict[str, str | None]:
    return {f.text: f.noun for f in figures_of(body)}


@pytest.mark.parametrize(("sentence", "text", "noun"), [
    # a plural the NER put inside the number's entity, a weekday the NER took for a date
    ("Here are seven tips the mayor shared with residents.", "seven", "tip"),
    ("Six Fridays a year, the choir sings at the cathedral.", "Six", "friday"),
    # an article and a number hung side by side on the noun
    ("All 40 or so nurses and a half-dozen doctors came to the vigil.", "a half-dozen", "doctor"),
    # a list item whose amount opens with "about"
    ("The firm has 2.1 million subscribers for cable and about 1.4 million for broadband.",
     "about 1.4 million", "subscriber"),
    # a bare count a "who" clause follows
    ("Of the hundreds who marched, few were arrested.", "hundreds", "person"),
    # the same verb's counted object earlier in the sentence
    ("The city plans to build 300 homes this year, while the county expects to build 120.", "120", "home"),
    # money a relative clause's verb takes as its missing object
    ("Critics compared it with the $90 million the bridge would cost.", "$90 million", "cost"),
    # a road's extent, a height in the air
    ("The trail is a gravel path, winding 12 miles through the forest.", "12 miles", "trail"),
    ("The blast threw debris 50 feet into the air.", "50 feet", "height"),
    # a word glued to a double hyphen, a noun written with "co-"
    ('She broke three fingers--"it was awful"--in the crash.', "three", "finger"),
    ("Neither of the two co-authors would comment.", "two", "co-author"),
    # "maintain" sets the level of its object
    ("The bank decided to maintain its deposit rate at 1.5%.", "1.5%", "rate"),
])
def test_session15_measured_things(sentence: str, text: str, noun: str) -> None:
    assert _nouns(sentence)[text] == noun


def test_a_count_elided_after_the_sentence_before_takes_its_plural() -> None:
    body = "Texas is likely to gain three congressional seats. Florida, too, will gain two."
    assert [f.noun for f in figures_of(body)] == ["seat", "seat"]


@pytest.mark.parametrize(("sentence", "text", "noun"), [
    # a count with its own noun keeps it; a "who" after a counted noun is about that noun
    ("Here are seven tips for renters.", "seven", "tip"),
    ("The 200 nurses who marched were cheered.", "200", "nurse"),
    # a different verb's object is not the count's noun
    # the sentence before counted its plural with another verb: the verb's own noun
    ("Texas will gain three seats. Florida will lose two.", "two", "loss"),
    # a relative clause with its own object says nothing of the amount
    ("She found the $500 that her son lost in the park.", "$500", None),
    # a distance with no verb of extent is not the subject's
    ("The team drove 12 miles to the stadium.", "12 miles", None),
    # a length "in the air" only right after the unit
    ("The tower rises 300 feet above the river, its flag in the air.", "300 feet", "tower"),
])
def test_near_misses_keep_their_reading(sentence: str, text: str, noun: str | None) -> None:
    found = _nouns(sentence)
    assert found[text] == noun, found


def test_a_verb_that_names_what_it_counts_keeps_its_noun_after_a_plural_subject() -> None:
    body = "Health officials warned of more cases. The outbreak has killed 1,200 in the region."
    # (a bare count killed is of people since session 24: the labels' "killed 12" and "injuring 29")
    assert [f.noun for f in figures_of(body)] == ["people"]
