"""The matcher prefilter never skips a sentence its matcher matches (invented sentences)."""

from __future__ import annotations

import pytest
from spacy.matcher import Matcher

from newsfacts.extract.events.timex import time_matcher
from newsfacts.extract.figures.quantities import quantity_matcher
from newsfacts.extract.figures.rules import _qualifier_matcher
from newsfacts.extract.nlp import load_nlp
from newsfacts.extract.prefilter import build_prefilter, run_matcher

# One or more sentences for each kind of pattern of the quantity, time and qualifier matchers,
# and sentences with none.
SENTENCES = [
    # quantities: numbers, money, scales, glued currencies and units
    "The town hired 1,250 new teachers and spent $4.5 million on them.",
    "Rents rose 3.2% to Rs 24 lakh, while the firm paid £10m and N500m for land.",
    "A R5-billion plan and a €3-billion fund were approved, worth twenty-five thousand jobs.",
    "Some two and a half million people and five-and-a-half points were counted.",
    "The club spent a billion-five on players and $a million on a dozen coaches.",
    "The pier runs a half mile out, the bar pours half a pint for 40%-off and 30%-off days.",
    "Thousands of fans came, scores of them stayed, and hundreds of thousands watched; dozens left.",
    "A few hundred people and several dozen cars were there, with tens of volunteers.",
    "Half of the voters and two-thirds of the members agreed; one third of them left.",
    "Sales fell by a third and just over half were sold, a quarter more than before.",
    "She scored twice and had scored just once before; the bond rose 7/32 on the day.",
    "Eight out of ten firms and nine in 10 voters, one in every four adults, 3 out of 10 agreed.",
    "He earned a six-figure salary and bought a pair of boots; this trio of studies helped.",
    "Analysts see double-digit growth, and 40,000 fans won't pay triple digits for a seat.",
    "Half a million dollars and a half-dozen managers, half-a-dozen cars, a half dozen eggs.",
    "A multibillion-dollar bid and a multi-million pound deal came with 40-plus engineers.",
    "A hundred-plus billion dollar company built multi-megabyte bundles and a multigigawatt plant.",
    "Up to a foot of snow fell, and more than an inch of rain; a quarter-point cut followed.",
    "Exports increased tenfold in a 10-fold rise, and a three-fold jump; exports have doubled.",
    "They captured only a single animal for 99¢ and a rate of 25bps, then 50bp more.",
    "The 4.57GB—or file and a 32GB/64GB Mac came with a 5-1/4\" drive and 2-1/2 inches of tape.",
    "The magnitude-5.8 quake hit 9-by-6 foot cells, leaving 1/2 a cup of coffee and 3/4 of a mile.",
    "The price tripled and the charge trebled, then quadrupled; one quarter-point was cut.",
    "The suspect is a 5’6” male, and his brother is 6'2\" tall.",
    # time expressions
    "On Oct. 7, 2019 and 7 October 2019 the board met; on 9-19 December 2011 it did not.",
    "The plan starts in September 2025, in March next year, last November and by mid-2020.",
    "The 2015/16 season, the 1990s, the mid-1990's, and the fourteenth century were recalled.",
    "The 14th century, Correction 8/29/10, and the third quarter of 2019 and Q3 2019 came up.",
    "The second-quarter results, the September quarter, and q4 were discussed on Tuesday night.",
    "Next Wednesday, last week, this decade, this past week, and yesterday morning he spoke.",
    "It's been seven years since the team won; ten years have passed since the war ended.",
    "A year since, two years ago, a week earlier, several weeks ago, a couple of months ago.",
    "Twelve hours ago, in the past 24 hours, in the last week, today, tonight and tomorrow.",
    "Last night, earlier in the day, since 9/11, earlier that day, that night, he waited.",
    "In the morning, officials met around 2 pm and at 10am they left the building.",
    "The next year, the day before, two months later, a week later, later in the week.",
    "At the time, on the same day, that year, that same night, the 27th of the same month.",
    "Later that year, a day after the strike, seven years before the launch, the year after.",
    "They meet in three days, in a week, in a few weeks, in a couple of days.",
    "The end of the year, throughout the year, to begin the week, and last weekend.",
    "This past weekend, the deadly weekend attack, next weekend's games, and Thanksgiving Day.",
    "Black Friday, Cyber Monday, Christmas Eve, New Year's Day and the Fourth of July passed.",
    "July fourth, Halloween, Valentine's Day, Memorial Day, Labor Day and Easter Sunday came.",
    "The Thanksgiving holiday weekend last year and next Christmas morning were busy.",
    "Last fall, in the summer, summer 2020, the spring of 2019, in spring of last year.",
    "The bridge was built in 1789 and opened in 2014.",
    "The shop, which dates back to 1750, will reopen in the new year.",
    # qualifiers and none at all
    "At least twenty people, more than a hundred cars and up to 5 buses were seen.",
    "The cat sat quietly on the mat.",
    "Nobody knew why the river smelled of pine.",
    "She said it was fine, and he agreed with her.",
]


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.fixture(scope="module")
def docs(nlp):
    return list(nlp.pipe(SENTENCES))


@pytest.mark.parametrize("matcher_of", [quantity_matcher, time_matcher, _qualifier_matcher])
def test_prefilter_never_skips_a_matched_sentence(nlp, docs, matcher_of):
    matcher = matcher_of(nlp)
    prefilter = build_prefilter(matcher)
    assert prefilter is not None
    matched = 0
    for doc in docs:
        found = matcher(doc)
        matched += bool(found)
        assert not found or prefilter.may_match(doc), doc.text
        assert run_matcher(matcher, doc) == found, doc.text
    assert matched >= 3


@pytest.mark.parametrize("matcher_of", [quantity_matcher, time_matcher, _qualifier_matcher])
def test_prefilter_skips_sentences_without_its_words(nlp, matcher_of):
    prefilter = build_prefilter(matcher_of(nlp))
    assert not prefilter.may_match(nlp("The cat sat quietly on the mat."))


def test_each_pattern_kind_is_matched_by_some_sentence(nlp, docs):
    """The sentences above cover every label of the quantity and time matchers."""
    for matcher_of in (quantity_matcher, time_matcher):
        matcher = matcher_of(nlp)
        labels = {nlp.vocab.strings[m] for doc in docs for m, _s, _e in matcher(doc)}
        assert labels == {nlp.vocab.strings[key] for key in matcher._patterns}


def test_optional_tokens_are_not_required(nlp):
    matcher = Matcher(nlp.vocab)
    matcher.add("X", [[{"LOWER": "very", "OP": "?"}, {"LOWER": {"IN": ["big", "large"]}},
                       {"LOWER": "cats", "OP": "*"}, {"LOWER": "dogs", "OP": "+"}]])
    prefilter = build_prefilter(matcher)
    assert prefilter.may_match(nlp.make_doc("big dogs"))
    assert not prefilter.may_match(nlp.make_doc("very big cats"))


def test_a_pattern_without_string_tests_disables_the_prefilter(nlp):
    matcher = Matcher(nlp.vocab)
    matcher.add("A", [[{"LOWER": "a"}]])
    matcher.add("NUM", [[{"LIKE_NUM": True}]])
    assert build_prefilter(matcher) is None
    doc = nlp.make_doc("seven dwarfs")
    assert run_matcher(matcher, doc) == matcher(doc) != []


def test_callbacks_disable_the_prefilter(nlp):
    matcher = Matcher(nlp.vocab)
    matcher.add("A", [[{"LOWER": "a"}]], on_match=lambda *_: None)
    assert build_prefilter(matcher) is None


def test_other_tests_on_a_token_are_taken_as_met(nlp):
    matcher = Matcher(nlp.vocab)
    matcher.add("A", [[{"LOWER": "in", "IS_SENT_START": True}, {"TEXT": {"REGEX": r"^(?P<y>\d{4})$"}}],
                      [{"LOWER": {"REGEX": r"^(?P<y>\d+)k$"}}]])
    prefilter = build_prefilter(matcher)
    assert prefilter.regex_gates["text"] is not None and prefilter.regex_gates["lower"] is not None
    assert prefilter.may_match(nlp.make_doc("born in 1960"))  # not at a sentence start, still maybe
    assert prefilter.may_match(nlp.make_doc("paid 40k"))
    assert not prefilter.may_match(nlp.make_doc("born in May"))


def test_a_matcher_whose_patterns_cannot_be_read_runs_unfiltered() -> None:
    from newsfacts.extract.prefilter import _prefilter_of

    class OpaqueMatcher:
        """A Matcher of another spaCy, keeping its patterns under another name."""

    assert _prefilter_of(OpaqueMatcher()) is None
