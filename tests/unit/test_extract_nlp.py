"""Which sentences get the full parse, and which get NER."""

from __future__ import annotations

import pytest

from newsfacts.extract.nlp import _cue_re, is_fact_candidate, may_name_something


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The weather stayed mild and nobody complained about it.", False),
        ("When they didn’t hear back, they assumed there wasn’t.", False),
        ("“We will keep trying until the end of the season.", False),
        ("Xi's problem is simple enough to state.", True),
        ("US range is yet to be tested on the road.", True),
        ("They liked it better than the iPad they owned.", True),
        ("The plan was backed by the council in a late vote.", False),
        ("The plan was backed by Lagos in a late vote.", True),
    ],
)
def test_may_name_something(sentence, expected):
    assert may_name_something(sentence) is expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The council met again and nothing changed.", "Officials said the plan would work.",
        "It rose by a third.", "They met last night in the hall.", "She wrote it in May.",
        "may we go?", "The SAID project ended.", "Prices rose 5% in Q3.", "It happened at the time",
        "Per the filing, the firm lost money.", "pay per view", "He scored only once.",
        "It was a saidx moment, according_to nobody.", "Dozens gathered outside.",
        "the following week, a pair of boots", "He had one meeting.", "THE END OF THE YEAR",
    ],
)
def test_the_candidate_test_gives_the_cue_patterns_answer(sentence):
    assert is_fact_candidate(sentence) is (_cue_re().search(sentence) is not None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("There was just one problem with the plan.", True),
        ("Each novel has at least one long digression.", True),
        ("More than one witness came forward.", True),
        ("Only once did the system fail.", True),
        ("No one came to the hearing.", False),
        ("The one thing they liked was the garden.", False),
    ],
)
def test_one_counted_against_others_makes_a_sentence_a_candidate(sentence, expected):
    assert is_fact_candidate(sentence) is expected
