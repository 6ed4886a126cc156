"""Figures extractor: table-driven, real spaCy model."""

from __future__ import annotations

import pytest

from newsfacts.extract.figures import extract_figures
from newsfacts.extract.nlp import parse_articles
from newsfacts.extract.numbers import words_value
from tests.factories import make_article


def figures_of(body: str) -> list:
    (parsed,) = parse_articles([make_article(body)])
    return extract_figures(parsed)


# (sentence, [(value, value_high, unit, noun, qualifier, is_approximate), ...])
MUST_MATCH = [
    ("The coalition comprises around 2,500 US troops in the country.",
     [(2500, None, None, "troop", "approximately", True)]),
    ("There are approximately 2,500 US troops still situated in Iraq.",
     [(2500, None, None, "troop", "approximately", True)]),
    ("The US has 2,500 troops in Iraq.", [(2500, None, None, "troop", None, False)]),
    # A stock index's points, percentages and levels measure the index.
    ("The Dow fell 310 points on Friday.", [(310, None, "point", "index", None, False)]),
    ("The Nasdaq Composite .IXIC added 0.8% to 8,102.5.",
     [(0.8, None, "percent", "index", None, False), (8102.5, None, None, "index", None, False)]),
    ("Japan's Nikkei closed 1.1% higher.", [(1.1, None, "percent", "index", None, False)]),
    # ...a singular noun that counts people is still counted; a size of a part is a measure.
    ("The 20 staff were sent home.", [(20, None, None, "staff", None, False)]),
    # A count before a model number counts the things the model names; the model is no count.
    ("The airline added six 737 jets to its fleet.", [(6, None, None, "jet", None, False)]),
    # The whole a part is counted against is a count of the same things; a rating's is not.
    ("The side has won nine games out of 12 this season.",
     [(9, None, None, "game", None, False), (12, None, None, "game", None, False)]),
    # ...a quoted count that names no doctrine is still a count.
    ('She said "two people were hurt" in the crash.', [(2, None, None, "people", None, False)]),
    ("A 15-inch screen is standard.", [(15, None, "inch", "screen", None, False)]),
    ("It leads a more than 80-member coalition that was formed to repel Daesh.",
     [(80, None, None, "member", "more_than", False)]),
    ("They are housed at three main bases across the country.",
     [(3, None, None, "base", None, False)]),
    ("The plan was confirmed by four Iraqi sources on Monday.",
     [(4, None, None, "source", None, False)]),
    ("Attacks on US forces may decrease by 75 percent after the talks.",
     [(75, None, "percent", "attack", None, False)]),
    ("Hundreds of troops from mostly European countries are also part of it.",
     [(100, None, None, "troop", None, True)]),
    ("Tens of thousands of US combat soldiers were deployed to the region.",
     [(10000, None, None, "soldier", None, True)]),
    ("The forum aims to boost trade to $10B over the next period.",
     [(1e10, None, "USD", "trade", None, False)]),
    ("The government will spend $1.5 billion on new roads.",
     [(1.5e9, None, "USD", "spending", None, False)]),
    ("The fund received €20 million from donors.", [(2e7, None, "EUR", None, None, False)]),
    ("Output changed by -3 percent in the quarter.",
     [(-3, None, "percent", "output", None, False)]),
    ("Between 2,000 and 3,000 people fled the fighting.",
     [(2000, 3000, None, "people", None, False)]),
    ("Officials expect 2,000 to 3,000 refugees at the border.",
     [(2000, 3000, None, "refugee", None, False)]),
    ("Twenty-five soldiers were wounded in the attack.", [(25, None, None, "soldier", None, False)]),
    ("At least 12 civilians were killed in the strike.",
     [(12, None, None, "civilian", "at_least", False)]),
    ("Up to 300 advisers could stay under the deal.", [(300, None, None, "adviser", "up_to", False)]),
    ("Nearly 40 percent of voters backed the plan.",
     [(40, None, "percent", "voter", "nearly", True)]),
    ("The group has dozens of fighters in the desert.", [(12, None, None, "fighter", None, True)]),
    ("Inflation reached 3.5% while unemployment fell 2 percentage points.",
     [(3.5, None, "percent", "inflation", None, False),
      (2, None, "percentage_point", "unemployment", None, False)]),
    ("The convoy travelled 40 km to the base.", [(40, None, "km", "distance", None, False)]),
    # News beyond the sample story: what is measured, currencies, fractions, measures.
    ("Mexico's economy grew by 1.1% in the first quarter.",
     [(1.1, None, "percent", "economy", None, False)]),
    ("MEXICO CITY (AP) — Mexico's economy grew by 1.1% in the first quarter.",
     [(1.1, None, "percent", "economy", None, False)]),
    ("The central bank raised interest rates to 11.25% on Thursday.",
     [(11.25, None, "percent", "rate", None, False)]),
    ("The Hang Seng index rose 1.02 per cent in early trade.",
     [(1.02, None, "percent", "index", None, False)]),
    ("The state will spend R50bn on new roads.", [(5e10, None, "ZAR", "spending", None, False)]),
    ("The utility still needs R4-billion of new funding.",
     [(4e9, None, "ZAR", "funding", None, False)]),
    ("The country received C$3 billion of aid.", [(3e9, None, "CAD", "aid", None, False)]),
    ("The fund is worth 50 billion rand.", [(5e10, None, "ZAR", "fund", None, False)]),
    ("The deal is valued at $5-billion.", [(5e9, None, "USD", "deal", None, False)]),
    ("Soldiers fired two 120 mm rounds at the tank.",
     [(2, None, None, "round", None, False), (120, None, "mm", "round", None, False)]),
    ("The temperature fell to 32°F overnight.",
     [(32, None, "degree_f", "temperature", None, False)]),
    ("The package weighs 3 pounds.", [(3, None, "lb", "weight", None, False)]),
    ("Half of the state's school districts closed.",
     [(50, None, "percent", "district", None, False)]),
    ("Roughly two-thirds of voters backed him.",
     [(66.67, None, "percent", "voter", "approximately", True)]),
    ("The bank cut its benchmark rate by a quarter-point.",
     [(0.25, None, "percentage_point", "rate", None, False)]),
    ("A crowd of several dozen people gathered outside.", [(36, None, None, "people", None, True)]),
    ("He told a few thousand teachers to go home.", [(3000, None, None, "teacher", None, True)]),
    ("The government freed three Taliban prisoners on Tuesday.",
     [(3, None, None, "prisoner", None, False)]),
    ("Each share will cost 176 Hong Kong dollars, the final price.",
     [(176, None, "HKD", "cost", None, False)]),
    ("Winds gusted to 55 mph (88.5 kph) in the hills.",
     [(55, None, "mph", "wind", None, False), (88.5, None, "km/h", "wind", None, False)]),
    # A figure that restates or compares with the one before keeps its measured thing.
    ("The average price of a new car was $39,014, up from $38,373 a year ago.",
     [(39014, None, "USD", "price", None, False), (38373, None, "USD", "price", None, False)]),
    ("The listing brought proceeds of $12.9bn (£10bn) on Tuesday.",
     [(12.9e9, None, "USD", "proceeds", None, False), (10e9, None, "GBP", "proceeds", None, False)]),
    ("Critics laughed at several points during the debate.", [(3, None, None, None, None, True)]),
    # A number standing for a noun said before still counts it.
    ("NASA picked more landers. The newly selected five are listed below.",
     [(5, None, None, None, None, False)]),
    ("Winnipeg has won three in a row.", [(3, None, None, "win", None, False)]),
    ("The Islanders trailed by two late in the game.", [(2, None, None, None, None, False)]),
    # ...and the whole of a record counts the games played.
    ("Winnipeg has won three in a row and five of six.",
     [(3, None, None, "win", None, False), (5, None, None, "win", None, False),
      (6, None, None, "game", None, False)]),
    # ...the start of a change "by X to Y" counts what its end counts.
    ("The order was cut by 30 to 126 jets.",
     [(30, None, None, "jet", None, False), (126, None, None, "jet", None, False)]),
    ("The spacecraft mass could be reduced by a third.", [(33.33, None, "percent", "mass", None, False)]),
    # How many times: "scored twice", "just once"; not "once a thriving city" or "twice a week".
    ("Wild 4, Sabres 1: Parise scored twice for the hosts.", [(2, None, None, "goal", None, False)]),
    # A share of a measure written without "of" is a percentage of that measure.
    ("Branch offices are often half the size after a merger.",
     [(50, None, "percent", "size", None, False)]),
    # A multiplier is a figure, in words as in digits ("10 times as many").
    ("The city now has twice as many residents as before.", [(2, None, None, None, None, False)]),
    ("The chain cut staff at about twice the rate of its rivals.",
     [(2, None, None, "rate", "approximately", True)]),
    ("He had scored just once in ten games.",
     [(1, None, None, "goal", None, False), (10, None, None, "game", None, False)]),
    ("Having scored four times in three games, Parise is brimming with confidence.",
     [(4, None, None, "goal", None, False), (3, None, None, "game", None, False)]),
    # What a number measures when the noun is not next to it.
    ("Teachers chanted as hundreds of them lined the entrances.",
     [(100, None, None, "teacher", None, True)]),
    ("The five companies join nine others selected in November.",
     [(5, None, None, "company", None, False), (9, None, None, "company", None, False)]),
    ("Consumers have purchased 208,560 new vehicles this year, down 5 percent from last year.",
     [(208560, None, None, "vehicle", None, False), (5, None, "percent", "vehicle", None, False)]),
    ("The dollar index rose 0.05%, with the euro EUR= up 0.05% to $1.1075.",
     [(0.05, None, "percent", "index", None, False), (0.05, None, "percent", "euro", None, False),
      (1.1075, None, "USD", "euro", None, False)]),
    ("The Japanese yen strengthened 0.13% versus the greenback.",
     [(0.13, None, "percent", "yen", None, False)]),
    ("Of the total participants who filled in the survey, 65 percent were white.",
     [(65, None, "percent", "participant", None, False)]),
    ("The number of young people who have reported using meth was 3.8 percent.",
     [(3.8, None, "percent", "people", None, False)]),
    ("Neymar was among the more than 12,000 in attendance.",
     [(12000, None, None, "attendance", "more_than", False)]),
    ("The Wild won 4-1 in front of 15,522 in KeyBank Center.", [(15522, None, None, "crowd", None, False)]),
    ("He was taken to a hospital around 185 miles northwest of Beijing.",
     [(185, None, "mile", "distance", "approximately", True)]),
    ("The probe will study the 1,900-mile-wide moon.", [(1900, None, "mile", "width", None, False)]),
    ("Anders Nilsson made 35 saves, including 15 in the third period.",
     [(35, None, None, "save", None, False), (15, None, None, "save", None, False)]),
    ("WeWork agreed to accept close to 1,000 maintenance and cleaning workers.",
     [(1000, None, None, "worker", "nearly", True)]),
    ("The tariffs hit about $125 billion worth of Chinese goods.",
     [(125e9, None, "USD", "good", "approximately", True)]),
    ("Alibaba priced its shares at a 2.8 per cent discount to their close.",
     [(2.8, None, "percent", "discount", None, False)]),
    # ("only one of" counts the matches, as the labels have it)
    ("Only one of the matches reached three sets.",
     [(1, None, None, "match", None, False), (3, None, None, "set", None, False)]),
    # A table row is the context of its cells, signed changes included.
    ("| HD | THE HOME DEPOT INC. | 225.86 | -12.99 | -5.44% |",
     [(225.86, None, None, None, None, False), (-12.99, None, None, None, None, False),
      (-5.44, None, "percent", None, None, False)]),
    ("The Dow Jones index fell 102.2 points, or 0.36%, on Monday.",
     [(102.2, None, "point", "index", None, False), (0.36, None, "percent", "index", None, False)]),
    # "from X-Y" is a range written with a dash; only "from X to Y" is a change.
    # ...megawatts with nothing else named measure generating capacity.
    ("The new wind farms range from 40-250 MW in size.", [(40, 250, "MW", "capacity", None, False)]),
    # The start of a change measures what its end does.
    ("The bank had its reserves cut from $9 billion to $4 billion.",
     [(9e9, None, "USD", "reserve", None, False), (4e9, None, "USD", "reserve", None, False)]),
    # A price per unit written with a slash is money; the unit it is per measures nothing.
    ("Power prices rose to $0.12/kWh in July.", [(0.12, None, "USD", None, None, False)]),
    # (what something sells for is its price: session 11's shopping rule)
    ("Diesel sold for €1.52/L in the spring.", [(1.52, None, "EUR", "price", None, False)]),
    # An em dash glued to a number does not hide it.
    ("The region saw few floods over the decade—14 floods and 3 deaths in all.",
     [(14, None, None, "flood", None, False), (3, None, None, "death", None, False)]),
]

# Sentences with numbers that are not figures (years, dates, ordinals, ages, furniture, names).
MUST_NOT_MATCH = [
    # A number that names a programme, a road or a product variant, or a kind, is no count.
    "The 737 programme was halted for a review.",
    "Drivers avoided the 101 freeway after the crash.",
    "The cheaper 15-inch models were refreshed last spring.",
    "The airline flies them in a three-class layout.",
    'Officials defended the "one nation, two economies" model at the summit.',
    "The coalition has been present there since 2014.",
    "The US invaded Iraq in 2003 and withdrew in 2011.",
    "Published in Dawn, January 26th, 2024 for readers.",
    "The decision was made prior to October 7 by the cabinet.",
    "This marks the first bilateral dialogue between Iraq and the US.",
    "A 13-year-old Australian boy swims for hours to rescue family.",
    "The talks were decided upon seven months ago by the commission.",
    "They left the country three years earlier than planned.",
    "4 MIN READ",
    "The meeting starts at 10:30 am on Tuesday in the capital.",
    "UN Resolution 2334 was adopted by the council.",
    "One in Baghdad and one in western Anbar province remain open.",
    "The process is anticipated to take several months, if not more.",
    "The group is on track to double its attacks this year compared to 2023.",
    "It will commence in the coming days, the adviser said.",
    "Many troops and a few advisers stayed behind in the country.",
    "Secondly, attacks on US forces may decrease soon.",
    "He was seen at the COP29 summit and at the G7 meeting.",
    "Our one-time occupier is pushing out the country's allies again.",
    "The treaty of 1648 ended the war for good in that region.",
    "The F-16 flew over Baghdad in the morning.",
    "It happened on 14 Nov, 2024 in the afternoon.",
    "The party decided to abort the early 2020 campaign.",
    # Labels, ranks, ages, clock times, roads, scores, names and idioms.
    "He lives at No 10 Downing Street in London.",
    "Residents of Zone 1 were told to leave.",
    "The alert stands at Level 3 out of 5 in the region.",
    "Traffic stopped on Highway 287 near the town.",
    "The STOXX 600 index was flat in early trade.",
    "The sales were below expectations of our One Home Depot strategic investments.",
    "He scored just three four times in his first games.",
    "She trains twice a week with the team in 2019.",
    "Mosul was once a thriving city on the river.",
    "“Don't hide things like this,” one commenter said on the site.",
    "The carrier flies 737 Max jets on the route.",
    "The song reached No. 1 in the charts.",
    "The attack happened at about 10 p.m. on the road.",
    "The suspect, 47, was arrested by the police.",
    "They won 4-1 at home against the leaders.",
    "Nadal won 6-3, 7-6 (7) in the final.",
    "The new 5G networks are fast and cheap.",
    "The 737 Max jets remain grounded worldwide.",
    "A family friend spotted the car and called 911.",
    "One expert said the deal is fragile.",
    "The company was founded in 1998 by the brothers.",
    "It was one of the worst storms on record.",
    "The airline ordered the Airbus A350-900 for its long routes.",
    "Officers arrested a man who resides at 2134 Caldwell Place downtown.",
    # A calibre or gauge names a kind of weapon.
    "Police found a .38-caliber revolver and a 20-gauge shotgun in the car.",
    # "one" standing for a noun said before is a pronoun, not a count.
    "Her request competes with the one from the city council, filed in 2018.",
    "The 2021 edition of the car replaced the old one.",
    "He was praised by a neighbour and thanked by another one after the 2017 storm.",
    "The agency will issue a call for the landers in 2020, as well as one for the rovers.",
]


def _as_tuple(figure) -> tuple:
    return (figure.value, figure.value_high, figure.unit, figure.noun, figure.qualifier,
            figure.is_approximate)


@pytest.mark.parametrize(("sentence", "expected"), MUST_MATCH, ids=[s[:40] for s, _ in MUST_MATCH])
def test_figures_match(sentence: str, expected: list[tuple]) -> None:
    got = [_as_tuple(f) for f in figures_of(sentence)]
    assert got == [tuple(float(v) if isinstance(v, int) and i < 2 else v for i, v in enumerate(e))
                   for e in expected]


@pytest.mark.parametrize("sentence", MUST_NOT_MATCH, ids=[s[:40] for s in MUST_NOT_MATCH])
def test_figures_do_not_match(sentence: str) -> None:
    assert figures_of(sentence) == []


def test_figure_offsets_point_into_body() -> None:
    body = "Intro line without facts here.\n\nThe US has around 2,500 troops and hundreds of advisers."
    figures = figures_of(body)
    assert [body[f.char_start : f.char_end] for f in figures] == ["around 2,500", "hundreds"]
    assert all(f.text == body[f.char_start : f.char_end] for f in figures)
    assert all(f.sentence.startswith("The US has") for f in figures)
    assert len({f.figure_id for f in figures}) == 2


def test_from_to_is_two_figures() -> None:
    got = [(f.value, f.value_high, f.unit) for f in figures_of("Prices rose from 5 percent to 7 percent.")]
    assert got == [(5.0, None, "percent"), (7.0, None, "percent")]


@pytest.mark.parametrize(
    ("words", "value"),
    [(["2,500"], 2500), (["two"], 2), (["1.5", "billion"], 1.5e9), (["10B"], 1e10),
     (["-3"], -3), (["twenty", "-", "five"], 25), (["two", "hundred"], 200), (["a", "dozen"], 12),
     (["1,00"], None), (["first"], None)],
)
def test_words_value(words: list[str], value: float | None) -> None:
    assert words_value(words) == value


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Apple sells a new 16-inch laptop this year.", 16, "inch"),
        ("The car gets a 2.0-liter engine.", 2.0, "litre"),
        ("The road is 40 km long.", 40, "km"),
        ("The package weighs 8 oz in total.", 8, "ounce"),
    ],
)
def test_measures_are_units(sentence, value, unit):
    found = [(f.value, f.unit) for f in figures_of(sentence)]
    assert (value, unit) in found


@pytest.mark.parametrize(
    "sentence",
    ["The coalition has more than 80-member states.", "A 12-person team arrived in Baghdad."],
)
def test_hyphenated_nouns_are_not_units(sentence):
    found = figures_of(sentence)
    assert found and all(f.unit is None and f.noun for f in found)


@pytest.mark.parametrize("line", ["SEE MORE: Hong Kong protests: 800 students under siege in university",
                                  "Read more: Alibaba poised to launch record-breaking $13.4bn listing"])
def test_links_to_other_stories_hold_no_figures(line):
    assert figures_of(f"The council met on Monday.\n{line}\nThe vote is due soon.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Units of power, torque, fuel economy, frame rate, compute and distance, spaced or glued.
        ("The hatchback makes 148 hp and 180 lb-ft of torque.", [(148, None, "hp"), (180, None, "lb-ft")]),
        ("The diesel puts out 110 PS and 260 Nm from its engine.", [(110, None, "PS"), (260, None, "Nm")]),
        ("The van returns 38 mpg on the highway.", [(38, None, "mpg")]),
        ("The port holds a steady 30fps, and 60 frames per second in menus.", [(30, None, "fps"), (60, None, "fps")]),
        ("The new console offers 10 teraflops of power.", [(10, None, "teraflop")]),
        ("The tank holds 500 cubic feet of gas.", [(500, None, "cubic_foot")]),
        ("The cloud lies some 40 million light-years from Earth.", [(4e7, None, "light_year")]),
        # Currency symbols and letters: rupees in lakh and crore, naira, an upper-case scale.
        ("The council approved Rs 12 lakh for the repairs.", [(1.2e6, None, "INR")]),
        ("The project will cost Rs 2.5 crore in total.", [(2.5e7, None, "INR")]),
        ("The state unveiled a Rs 1.2 lakh crore package.", [(1.2e12, None, "INR")]),
        ("The court fined the firm N250m for the spill.", [(2.5e8, None, "NGN")]),
        ("The startup raised $45M from investors.", [(4.5e7, None, "USD")]),
        # A range written with a dash and one scale word is one figure.
        ("Estimates put the harvest at 120–150 million tonnes.", [(1.2e8, 1.5e8, "tonne")]),
        ("Officials expect 2-3 million visitors at the fair.", [(2e6, 3e6, None)]),
        # A vague amount takes the unit after its "of"; said twice, it is one amount.
        ("The storm caused billions and billions of dollars in damage.", [(1e9, None, "USD")]),
        ("The jets of gas stretch for thousands of light-years.", [(1000, None, "light_year")]),
        ("Tens of thousands of marching farmers filled the square.", [(10000, None, None)]),
        # "a pair of" counts two things; a count in millions is no model number.
        ("The museum bought a pair of bronze statues.", [(2, None, None)]),
        ("The firm has sold more than 3 million Corolla cars there.", [(3e6, None, None)]),
        # Bond prices move in 32nds and 64ths of a point.
        ("The 10-year note rose 5/32 in price and the 30-year bond 3/64.", [(5 / 32, None, "point"), (3 / 64, None, "point")]),
    ],
)
def test_units_currencies_and_amounts(sentence: str, expected: list[tuple]) -> None:
    got = [(f.value, f.value_high, f.unit) for f in figures_of(sentence)]
    assert got == [(float(v), float(h) if h is not None else None, u) for v, h, u in expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The sedan has a four-cylinder engine and a 10-speed gearbox.",
        "The compact four-door goes on sale in the spring.",
        "Games stream in 4k or 4K on the Xbox One X.",
        "The V8 version was dropped from the range.",
        "Rocks on the plateau formed over billions of years.",
        "He wore a pair of jeans to the hearing.",
        "Doctors are trying to zero in on the cause.",
        "Masks such as the N95 were handed out.",
        "There should be zero tolerance for bullying, the head said.",
        "Players can get Outriders 2 for free this week.",
        "The camera is in the Pixel 5 and 5 Pro models.",
    ],
)
def test_labels_and_durations_are_no_figures(sentence: str) -> None:
    assert figures_of(sentence) == []


@pytest.mark.parametrize(
    ("words", "value"),
    [(["24", "lakh"], 2.4e6), (["1.5", "lakh", "crore"], 1.5e12), (["3", "crore"], 3e7),
     (["a", "thousand", "million"], 1e9), (["two", "million", "three", "hundred", "thousand"], 2.3e6)],
)
def test_indian_and_chained_scales(words: list[str], value: float) -> None:
    assert words_value(words) == value


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [("The console runs the game at a steady 30fps experience.", "frame"),
     ("A 101 hp electric drive powers the front wheels.", "power"),
     ("The engine offers 335 horsepower and 517 lb-ft of torque.", "power"),
     ("Gusts reached 55 mph on the coast.", "gust")],
)
def test_units_that_name_their_dimension(sentence: str, noun: str) -> None:
    assert figures_of(sentence)[0].noun == noun


@pytest.mark.parametrize("sentence", [
    "3.",  # a numbered list item's marker on its own line
    "The review compares the Switch Lite and the Playstation Four Pro editions.",
    "The sequel, Halo 5 on the new console, sold out fast.",
    "The model simulated every Round 9 league match again.",
    'She rejected the label "four horsemen" outright.',
    "The tablet shows films in 8k on its screen.",
    "The party backs a two-state solution and a two-party system.",
    "They bought a four-door sedan with a six-speed gearbox.",
    "The fighters kept punching after the two were separated.",
    "She moved the sofa from one wall of the room to the other.",
    "Walking to the shop was a 20 min[ute] trip for her.",
    "The coupe does 0-100 km/h in 4.2 seconds.",
    "Enter our Weekly $50,000 Fantasy Contest.",
])
def test_names_markers_and_idioms_are_no_figures(sentence: str) -> None:
    assert figures_of(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The engine makes 250 hp and 280 lb-ft of torque.", [(250, None, "hp"), (280, None, "lb-ft")]),
    ("The console renders at 60 fps on 11 teraflops of power.", [(60, None, "fps"), (11, None, "teraflop")]),
    ("The trunk holds 15.1 cubic feet of luggage.", [(15.1, None, "cubic_foot")]),
    ("Analysts see a [1.5% to 2%] drag on margins.", [(1.5, 2, "percent")]),
    ("The fare is 3 euros to 4 euros a ride.", [(3, 4, "EUR")]),
    ("Margins rose 2% to 5% of sales.", [(2, None, "percent"), (5, None, "percent")]),
    ("The shares are up 25% year to date.", [(25, None, "percent")]),
])
def test_review_units_and_repeated_unit_ranges(sentence: str, expected: list) -> None:
    assert [(f.value, f.value_high, f.unit) for f in figures_of(sentence)] == expected


@pytest.mark.parametrize(("sentence", "nouns"), [
    # A plural demonym counted is the people measured, not a place or nationality to skip.
    ("Nearly 40,000 Hungarians live in the border region.", ["hungarian"]),
    # Stat units that are themselves what is counted when nothing else is named.
    ("The running back rushed for 87 yards on 14 carries.", ["yard", "carry"]),
    ("The visitors scored 17 points after the break.", ["point"]),
    # ...an engine's power unit measures power, beside a noun or not (rules.UNIT_DIMENSIONS).
    ("The new coupe will offer 410 horsepower.", ["power"]),
    # A stock index still measures its own points.
    ("The Nikkei fell 150 points in early trade.", ["index"]),
])
def test_counted_demonyms_and_stat_units(sentence: str, nouns: list[str]) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


@pytest.mark.parametrize(("sentence", "nouns"), [
    # Money a verb takes as its object is what the verb's noun names.
    ("The robotics startup raised $25 million from venture investors.", ["funding"]),
    ("The carrier lost $800 million in the second quarter.", ["loss"]),
    ("Investors poured $3 billion into bond funds in June.", ["investment"]),
    # ...money raised by selling shares is proceeds.
    ("The flotation could raise up to $4 billion.", ["proceeds"]),
    ("The miner plans to raise $600 million from a share sale.", ["proceeds"]),
    # ...a price move of shares is no loss.
    ("The brewer's stock lost $1.30 on Tuesday.", ["stock"]),
    # A percentage of a company is a stake in it; of its staff, the staff.
    ("The pension fund owns 7 percent of Boeing.", ["stake"]),
    ("The founder still holds 31% of the company.", ["stake"]),
    ("About 10% of the company's staff were laid off.", ["staff"]),
])
def test_the_measured_thing_of_money_and_shares(sentence: str, nouns: list[str]) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


@pytest.mark.parametrize(("sentence", "nouns"), [
    # A change over a period the parse glued to the percentage still measures the subject.
    ("The chipmaker's shares are up 35% year to date.", ["share"]),
    # A share of GDP measures what is set against the economy.
    ("The budget deficit will reach 5.2% of GDP next year.", ["deficit"]),
    # "a record of", "a high of" only frame the amount.
    ("Unemployment hit a record of 14.7 percent in April.", ["unemployment"]),
    # Money raised in a sale of securities is proceeds; in a funding round, funding.
    ("The utility raised $900 million in a bond sale.", ["proceeds"]),
    ("The app maker raised $12 million in a round led by two funds.", ["funding", "fund"]),
])
def test_the_measured_thing_of_percentages_and_amounts_in_frames(sentence: str, nouns: list[str]) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


@pytest.mark.parametrize(("sentence", "nouns"), [
    # A distance on a charge, or of range, is an electric vehicle's range.
    ("The compact crossover can go 250 miles on a single charge.", ["range"]),
    ("The sedan offers up to 400 km of range.", ["range"]),
    # "a net worth of $X" measures worth.
    ("The investor has a net worth of $40 million.", ["worth"]),
    # How often something happened counts times; a multiplier does not.
    ("The goalkeeper was beaten four times in the first half.", ["time"]),
    ("The label has twice denied the claims.", ["time"]),
    # Power units with nothing else named: kilowatts are power, gigawatts capacity.
    ("The electric motor delivers 150 kW in boost mode.", ["power"]),
    ("The country plans to install 12 GW by 2030.", ["capacity"]),
    # ...acres and hectares with nothing else named measure an area.
    ("The wildfire has burned more than 20,000 acres.", ["area"]),
])
def test_ranges_worth_times_and_power_units(sentence: str, nouns: list) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


@pytest.mark.parametrize(("sentence", "values"), [
    # "zero to 60 mph" names an acceleration benchmark, with its conversion in brackets.
    ("The hatchback goes from zero to 60 mph (97 kph) in 6.1 seconds.", []),
    ("The car goes from zero to 60 mph in 5.8 seconds.", []),
    # A speed reached is still a figure.
    ("The coupe can reach 155 mph (249 kph) on a test track.", [155, 249]),
])
def test_acceleration_benchmarks_are_no_figures(sentence: str, values: list) -> None:
    assert [f.value for f in figures_of(sentence)] == values


@pytest.mark.parametrize(("sentence", "nouns"), [
    # "fined" is lemmatised "fin"; the amount is still a fine.
    ("The midfielder was fined $20,000 by the league.", ["fine"]),
    # Money invested "in" something goes there; the amount is the investment.
    ("The state will invest $4 billion in new rail lines.", ["investment"]),
    # ...money injected "in debt" is debt.
    ("The fund agreed to inject $2 billion in debt into the chain.", ["debt"]),
])
def test_money_fined_invested_and_injected(sentence: str, nouns: list) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


@pytest.mark.parametrize(("sentence", "values"), [
    # "one" in set phrases is no count...
    ("He could not walk from one room to another without resting.", []),
    ("In one case, snipers fired into the crowd.", []),
    ("The shift has so far been mostly a rhetorical one.", []),
    # ...a case counted still is.
    ("Officials confirmed one case of measles on Monday.", [1]),
])
def test_one_in_set_phrases(sentence: str, values: list) -> None:
    assert [f.value for f in figures_of(sentence)] == values


def test_a_duration_abbreviated_before_its_noun_is_no_figure() -> None:
    assert figures_of("Climbing the stairs became a 30 min ordeal for him.") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # A share of a round whole is a percentage of what the whole counts...
    ("Pollsters found that nine out of 10 voters backed the plan.", [(90, "percent", "voter")]),
    ("Analysts say seven out of ten firms now use the software.", [(70, "percent", "firm")]),
    # ...a rating is no share, and a whole that is not round leaves two counts.
    ("Critics rated the album eight out of ten.", []),
    ("The club has won nine games out of 12 this season.", [(9, None, "game"), (12, None, "game")]),
])
def test_share_out_of_ten(sentence: str, expected: list) -> None:
    assert [(f.value, f.unit, f.noun) for f in figures_of(sentence)] == expected


def test_made_of_attempted_line_is_two_counts() -> None:
    figures = figures_of("The rookie was 18-of-27 passing for 240 yards.")
    assert [(f.value, f.noun) for f in figures] == [(18, "pass"), (27, "pass"), (240, "yard")]
    assert [f.value for f in figures_of("The guard went 7-for-15 from the field.")] == [7, 15]


def test_percent_range_with_a_dash_between_signs() -> None:
    (figure,) = figures_of("Her oxygen saturation is usually 95%–97% at rest.")
    assert (figure.value, figure.value_high, figure.unit) == (95, 97, "percent")


def test_price_per_unit_is_a_figure() -> None:
    figures = figures_of("Makers aim to cut panel costs from $0.31/W now to $0.15/W in ten years.")
    assert [(f.value, f.unit) for f in figures][:2] == [(0.31, "USD"), (0.15, "USD")]


@pytest.mark.parametrize(("sentence", "values"), [
    # A dot between thousands in a count of whole things...
    ("The fair drew 2.500 visitors on its first day.", [2500]),
    # ...but a measure keeps its decimals.
    ("The index rose 1.250 points.", [1.25]),
])
def test_dot_as_thousands_separator_in_counts(sentence: str, values: list) -> None:
    assert [f.value for f in figures_of(sentence)] == values


def test_cubic_feet_abbreviated() -> None:
    figures = figures_of("The boot holds 14.2 cu.ft. with the seats up, or 40 cu ft with them down.")
    assert [(f.value, f.unit) for f in figures] == [(14.2, "cubic_foot"), (40, "cubic_foot")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # "one" after a word that asks for a number is a count...
    ("Only one of the ten bids met the rules.", [(1, "bid"), (10, "bid")]),
    ("The driver was charged with one count of reckless driving.", [(1, "count")]),
    ("Only one title in the catalogue is exclusive.", [(1, "title")]),
    # ...and still a pronoun in "one of the best".
    ("She is one of the best players in the league.", []),
])
def test_one_as_a_count(sentence: str, expected: list) -> None:
    assert [(f.value, f.noun) for f in figures_of(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "Of the two, only the senator will be on stage tonight.",
    "Fans asked how these two came to power.",
])
def test_the_two_named_before_is_no_count(sentence: str) -> None:
    assert figures_of(sentence) == []


@pytest.mark.parametrize(("sentence", "nouns"), [
    # A distance covered on a charge, a tank or a test cycle is a range...
    ("The hatchback will be able to go 250 miles on a single charge.", ["range"]),
    ("It could be more like 300 km on the WLTP cycle.", ["range"]),
    # ...a trip is not.
    ("She drove 300 miles to see her mother.", [None]),
    # An engine size written alone is the engine's; kWh with nothing named is a capacity.
    ("The new 1.5-liter will deliver better mileage than the old 1.6-liter.", ["engine", "engine"]),
    ("They will have 64 kWh and 80 kWh of battery capacity.", ["capacity", "capacity"]),
])
def test_vehicle_ranges_engines_and_batteries(sentence: str, nouns: list) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


@pytest.mark.parametrize(("sentence", "nouns"), [
    # A frame noun ("level", "total") names no thing; the noun before it does.
    ("The water level was 3 meters on Monday.", ["water"]),
    ("Her blood sugar level is usually 90 to 110 mg.", ["sugar"]),
])
def test_frame_noun_subject_names_its_compound(sentence: str, nouns: list) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


@pytest.mark.parametrize(("sentence", "values"), [
    # A suspension's links and a 360-degree view name a kind, not a measure...
    ("The wagon has five-link rear suspension.", []),
    ("A 360-degree camera comes as standard.", []),
    # ...an angle or a full turn written out is a measure.
    ("The wall leans at a 10-degree angle.", [10]),
    ("The skater turned 360 degrees in the air.", [360]),
])
def test_kind_labels_of_parts(sentence: str, values: list) -> None:
    assert [f.value for f in figures_of(sentence)] == values


@pytest.mark.parametrize(("sentence", "values"), [
    # A number standing for things named before: with a relative clause, after "only" as a
    # subject, or owned ("their last seven") is a count, not a pronoun or a period.
    ("The winners were picked from eight that applied.", [8]),
    ("The agency tapped three of those firms, but only two committed to the plan.", [3, 2]),
    ("The champion has lost his past three.", [3]),
    # A period without an owner is still a period.
    ("Sales rose in the last seven days.", []),
])
def test_elliptical_counts(sentence: str, values: list) -> None:
    assert [f.value for f in figures_of(sentence)] == values


def test_elliptical_count_takes_the_plural_said_before() -> None:
    figures = figures_of("The agency tapped three of those firms, but only two committed to the plan.")
    assert [(f.value, f.noun) for f in figures] == [(3, "firm"), (2, "firm")]


@pytest.mark.parametrize(("sentence", "values"), [
    # A gallery's or a series' counter is a label, its total too...
    ("Photo 3 of 12 shows the flooded square.", []),
    ("Part 2 of 5 airs on Sunday.", []),
    # ...a capital M glued to a number is a name, not metres...
    ("The firm moved to 3M headquarters last year.", []),
    # ...while metres and amounts in millions stay figures.
    ("The wall is 3m high.", [3]),
    ("The startup raised $300M last year.", [300e6]),
])
def test_counters_and_glued_capitals(sentence: str, values: list) -> None:
    assert [f.value for f in figures_of(sentence)] == values


@pytest.mark.parametrize(("sentence", "expected"), [
    # A C or F glued to a number is a temperature...
    ("Temperatures hit 41C in the capital, or 106F in the shade.",
     [(41, "degree_c"), (106, "degree_f")]),
    # ...unless a noun follows and makes it a name.
    ("The 3C group met on Monday.", []),
])
def test_glued_temperatures(sentence: str, expected: list) -> None:
    assert [(f.value, f.unit) for f in figures_of(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A rate over a period is a figure, and measures the wage or price, not the period...
    ("The bill would raise the minimum wage to $12 an hour.", [(12, "USD", "wage")]),
    ("Rents rise 4% a year in the city.", [(4, "percent", "rent")]),
    # ...a duration stays no figure.
    ("He works 20 hours a week.", []),
])
def test_rates_over_a_period(sentence: str, expected: list) -> None:
    assert [(f.value, f.unit, f.noun) for f in figures_of(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "one in five" is a share like "two out of ten"...
    ("The company cut 1 in 5 jobs.", [(20, "percent")]),
    ("Nearly one in four adults smoke.", [(25, "percent")]),
    # ...a count over a stretch of games is not.
    ("He scored three in five games.", [(3, None), (5, None)]),
    # A fraction of several parts after "about" or "by" is a share without "of".
    ("Turnout was about two-thirds.", [(66.67, "percent")]),
    ("Sales fell by two-thirds.", [(66.67, "percent")]),
])
def test_shares_in_words(sentence: str, expected: list) -> None:
    assert [(f.value, f.unit) for f in figures_of(sentence)] == expected


@pytest.mark.parametrize(("sentence", "values"), [
    # "the other" one of two makes "one" no count; "the other games" are many and do not.
    ("Only one title is exclusive to the service, while the other games are on sale elsewhere.", [1]),
    ("He walked from one room to the other.", []),
])
def test_one_against_the_other(sentence: str, values: list) -> None:
    assert [f.value for f in figures_of(sentence)] == values


@pytest.mark.parametrize(("sentence", "values"), [
    # The price of a named product is money...
    ("Buyers can order a $79.99 Deluxe Edition of the game.", [79.99]),
    ("The carmaker sells a $42,000 Model S in Europe.", [42000]),
    # ...an amount between the capitalised words of a prize's name is not; a size in a product's
    # name is its display's size (README: figures at every mention).
    ("Enter the Free $1,000,000 Parlay Challenge today.", []),
    ("The 13-inch MacBook is thin.", [13]),
])
def test_prices_of_named_products(sentence: str, values: list) -> None:
    assert [f.value for f in figures_of(sentence)] == values


@pytest.mark.parametrize(("sentence", "values"), [
    # "once" closing a clause counts how many times...
    ("The minister has revised her statement once.", [1]),
    ("The striker tried once, then gave up.", [1]),
    # ..."at once" and "once" opening a clause do not.
    ("Everyone left the hall at once.", []),
    ("Once the vote is held, the bill will pass.", []),
])
def test_once_closing_a_clause(sentence: str, values: list) -> None:
    assert [f.value for f in figures_of(sentence)] == values


@pytest.mark.parametrize("sentence", [
    "The chain is running a 2-for-1 deal on pizzas.",
    "The board approved a 3-for-2 stock split.",
])
def test_more_got_than_given_is_a_ratio(sentence: str) -> None:
    assert figures_of(sentence) == []


@pytest.mark.parametrize(("sentence", "nouns"), [
    # The subject of the verb that governs the number, however far from it.
    ("Chile's economy, hurt by weeks of unrest and a weaker copper price, shrank by 0.4% in May.",
     ["economy"]),
    ("Factory orders jumped 2% in March after falling 0.5% in February.", ["order", "order"]),
    ("The current account deficit narrowed 8% in the quarter.", ["deficit"]),
    # ...plural shares of a company are its stock; the share of a group counts the group.
    ("Shares of the insurer, which missed forecasts, slid 6 percent on Thursday.", ["share"]),
    ("The share of renters in the city climbed to 45 percent.", ["renter"]),
])
def test_the_subject_of_the_governing_verb(sentence: str, nouns: list[str]) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


@pytest.mark.parametrize(("sentence", "nouns"), [
    # A list or coordination gives its noun once: the other counts count the same things.
    ("The city bought 40 buses for the north, 25 for the south and 10 for the centre.", ["bus"] * 3),
    ("The army sent 300 soldiers to the border and 200 to the capital.", ["soldier"] * 2),
    ("The carrier took 12 new jets last year: seven from Airbus and five from Embraer.", ["jet"] * 3),
    ("Three soldiers were killed and 12 wounded in the attack.", ["soldier", "soldier"]),
    ("The club signed four strikers and two goalkeepers.", ["striker", "goalkeeper"]),
    ("Imports rose 4 percent and exports 2 percent.", ["import", "export"]),
    ("The factory built 4,000 tractors and aims to build 5,500 next year.", ["tractor", "tractor"]),
    ("The airline flew 80 planes last year and will fly 95 this year.", ["plane", "plane"]),
    # A count in apposition restates the noun it follows.
    ("A record number of visitors, 4.5 million, came to the park.", ["visitor"]),
    # The start of a change "by X to Y" measures what its end does.
    ("Weekly jobless claims fell by 9,000 to 211,000.", ["claim", "claim"]),
])
def test_counts_in_lists_and_coordination(sentence: str, nouns: list[str]) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


@pytest.mark.parametrize(("sentence", "nouns"), [
    # A generic head ("the amount of", "the volume of") frames the noun after it.
    ("The volume of cargo at the port rose to 12 million tonnes.", ["cargo"]),
    ("The amount of debt held by foreigners rose to $7 trillion.", ["debt"]),
    # Money "of" a noun per unit is that noun: earnings per share are earnings.
    ("The bank expects earnings of $3.40 a share this year.", ["earnings"]),
    # A subject pronoun stands for the subject before it that agrees in number.
    ("Exports were weak: they fell 3 percent in May.", ["export"]),
    ("The retailer said it grew 5% last year.", ["retailer"]),
    # A verb the tagger took for a noun still has its subject.
    ("The FTSE 100 opened lower, but was last trading up 0.3%.", ["index"]),
])
def test_generic_heads_pronouns_and_mistagged_verbs(sentence: str, nouns: list[str]) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


@pytest.mark.parametrize(("sentence", "nouns"), [
    # "N more" counts the noun counted before it.
    ("The floods swept away 40 bridges and damaged 300 more.", ["bridge", "bridge"]),
    # A change stated after a counted object is a change of the things counted.
    ("The plant built 80,000 trucks last year, down 4% from 2018.", ["truck", "truck"]),
    ("The chain employs 9,000 people, up from 7,500 a year ago.", ["people", "people"]),
    # "one" counts the noun a singular modifier belongs to.
    ("The side has one away game left this season.", ["game"]),
    # Passing a mark is a change of the subject.
    ("The group's market value passed $500 billion on Friday.", ["value"]),
    # A buyer's money is the purchase.
    ("The fund purchased the building for $90 million.", ["purchase"]),
])
def test_more_changes_of_counted_objects_and_marks(sentence: str, nouns: list[str]) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


@pytest.mark.parametrize(("body", "nouns"), [
    # A count after a determiner stands for the group the sentence before counted.
    ("The ministry shortlisted 12 bidders in March. These 12 must submit final offers by June.",
     ["bidder", "bidder"]),
    ("Four new judges joined the court this year. The four will hear appeals.", ["judge", "judge"]),
    # ...with no count of its own number before it, "the" alone names no group.
    ("The league fined 20 players last season. The 12 remaining on the list were warned.",
     ["player", None]),
])
def test_a_count_standing_for_a_group_counted_in_the_sentence_before(body: str, nouns: list) -> None:
    assert [f.noun for f in figures_of(body)] == nouns


@pytest.mark.parametrize(("sentence", "nouns"), [
    # A change noun measures what the change is in.
    ("The insurer reported an 8% increase in premiums.", ["premium"]),
    ("The survey found a 20 percent drop in tourism.", ["tourism"]),
    ("Doctors saw a rise in infections from 150 to 410.", ["infection", "infection"]),
    # ...with nothing it is in, the change itself is measured.
    ("The agency recorded an increase of 0.6 percent.", ["increase"]),
    # The second end of a range hangs on the first, and measures what it does (one range since
    # session 23: both ends carry the unit, README set U's "between 0.50 percent and 0.75 percent").
    ("Rents are expected to climb between 4% and 6% next year.", ["rent"]),
    # A percentage of a people counts those people.
    ("A poll found 58% of Canadians favour the tax.", ["canadian"]),
])
def test_changes_in_things_ranges_and_peoples(sentence: str, nouns: list[str]) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


@pytest.mark.parametrize(("sentence", "nouns"), [
    # Money a verb takes, with a bare noun right after it, is that noun...
    ("The firm agreed to pay $3 million in penalties.", ["penalty"]),
    # ...not a place or time with a determiner.
    ("The chain spent $40 million in the region last year.", ["spending"]),
    # A distance away in light-years is a distance.
    ("The star is about 600 light-years away.", ["distance"]),
    # A player's points are points, not the player.
    ("Jones finished with 31 points and nine assists.", ["point", "assist"]),
])
def test_money_in_a_bare_noun_distances_and_stat_lines(sentence: str, nouns: list[str]) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


@pytest.mark.parametrize(("sentence", "nouns"), [
    # An amount worth or measuring something hangs on the noun it describes.
    ("The navy signed a contract worth $4 billion.", ["contract"]),
    # "another N" counts the noun counted before.
    ("The bank shut 90 branches in May and will shut another 40 in June.", ["branch", "branch"]),
    # "N of them" counts the plural counted before it, not the subject.
    ("Officers questioned 60 fans, and 12 of them were charged.", ["fan", "fan"]),
])
def test_worth_another_and_of_them(sentence: str, nouns: list[str]) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


@pytest.mark.parametrize(("sentence", "nouns"), [
    # An amount in apposition or in brackets restates the noun before it.
    ("The award, $250,000, goes to a young scientist.", ["award"]),
    ("Annual revenue ($3.4 billion) topped forecasts.", ["revenue"]),
    # ...a table's cell separator is no noun.
    ("| AB | ACME CORP. | 12.50 | -0.25 | -1.96% |", [None, None, None]),
])
def test_amounts_in_apposition(sentence: str, nouns: list) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


@pytest.mark.parametrize(("sentence", "nouns"), [
    # What a verb takes to or by an amount is what changes, a generic object its complement.
    ("The order raised the number of police officers on duty to 9,000.", ["officer"]),
    ("The merger lifts the total of member banks to 31.", ["bank"]),
    ("The floods brought the death toll to 63.", ["toll"]),
    ("Engineers cut the number of faults by 40 percent.", ["fault"]),
    # What a unit is of names what it measures.
    ("The valley has seen a fraction of an inch of rain in the past month instead of the usual 4 inches.",
     ["rain"]),
])
def test_objects_changed_to_or_by_an_amount(sentence: str, nouns: list) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


@pytest.mark.parametrize(("body", "nouns"), [
    # A subject pronoun of a change stands for the subject of the sentence before.
    ("Car exports rose 4% in May. They fell 2% in June.", ["export", "export"]),
    # ...not a dummy "it" of a copula.
    ("The town recorded 12 storms last year. It was 41 degrees on Monday.", ["storm", None]),
])
def test_a_pronoun_subject_stands_for_the_subject_before(body: str, nouns: list) -> None:
    assert [f.noun for f in figures_of(body)] == nouns


@pytest.mark.parametrize(("sentence", "nouns"), [
    # A record, high or peak only frames the mark its verb's subject is at.
    ("The Kospi index touched a record high of 2,600 on Tuesday.", ["index"]),
    ("The benchmark stock gauge set a new peak of 3,400 in early trade.", ["gauge"]),
    # "up" as a particle of a verb the tagger took for a noun still says a change of the subject.
    ("The Hang Seng slumped 1%, then recovered and was last trading up 0.6%.", ["index", "index"]),
])
def test_marks_and_particles_of_change(sentence: str, nouns: list[str]) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


@pytest.mark.parametrize(("sentence", "nouns"), [
    # What a product starts at or retails for is its price...
    ("The phone starts at $799 in the US.", ["price"]),
    ("The console will retail for $499.", ["price"]),
    # ...but a subject that is a price itself is kept.
    ("Salaries for the role start at $60,000.", ["salary"]),
])
def test_prices_a_product_starts_at(sentence: str, nouns: list[str]) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


@pytest.mark.parametrize(("sentence", "nouns"), [
    # A rate over a base measures what the phrase is said of; the base counts its own noun.
    ("The region's suicide rate rose to 18 per 100,000 residents.", ["rate", "resident"]),
    ("Infant deaths fell to 4 per 1,000 births last year.", ["death", "birth"]),
])
def test_rates_per_base(sentence: str, nouns: list[str]) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


@pytest.mark.parametrize(("sentence", "nouns"), [
    # A bare count a team lost or won, straight or in a row, counts losses or wins.
    ("The Rangers have lost six straight.", ["loss"]),
    ("The Bruins have won seven consecutive.", ["win"]),
    ("The Jets have lost four in a row.", ["loss"]),
])
def test_streaks_count_wins_and_losses(sentence: str, nouns: list[str]) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


@pytest.mark.parametrize(("sentence", "nouns"), [
    # "respectively": the n-th amount measures the n-th conjunct.
    ("Exports and imports fell 4% and 7%, respectively.", ["export", "import"]),
    # "to the tune of" only frames the amount.
    ("Farmers received payments to the tune of $28 billion.", ["payment"]),
])
def test_respectively_and_frames(sentence: str, nouns: list[str]) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


@pytest.mark.parametrize(("sentence", "nouns"), [
    # Points a number counts are a statistic's points, even said once for two counts.
    ("The guard had eight points and five rebounds.", ["point", "rebound"]),
    ("She scored 20 of her 31 points in the first half.", ["point", "point"]),
    ("The pair squandered two match points in the final set.", ["point"]),
])
def test_counted_points_are_what_a_statistic_counts(sentence: str, nouns: list[str]) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


@pytest.mark.parametrize(("sentence", "nouns"), [
    # The whole a bare count of wins or losses is taken of counts games.
    ("The Lakers have won 12 of 13 at home.", ["win", "game"]),
    ("Winnipeg has won five of six.", ["win", "game"]),
])
def test_the_whole_of_a_record_counts_games(sentence: str, nouns: list[str]) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


@pytest.mark.parametrize(("sentence", "nouns"), [
    # A count hyphenated to a word that names nothing of its own counts the noun after it.
    ("The stories will be released as a ten-part series.", ["series"]),
    # A noun written with a hyphen is one word.
    ("He has five triple-doubles this season.", ["triple-double"]),
    # An amount hung on its scale letter is still read from the verb.
    ("The firm purchased the label for $300M last year.", ["purchase"]),
])
def test_hyphenated_words_and_scale_letters(sentence: str, nouns: list[str]) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


def test_a_shot_or_a_vehicle_named_by_a_number_is_no_figure() -> None:
    assert figures_of("He hit a 3-pointer and an 18-wheeler crashed nearby.") == []


@pytest.mark.parametrize(("sentence", "nouns"), [
    # A multiplier before "the" measures the noun it multiplies.
    ("Ads on phones generate twice the clicks of ads on desktops.", ["click"]),
])
def test_a_multiplier_measures_what_it_multiplies(sentence: str, nouns: list[str]) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


def test_a_count_the_parse_hung_on_a_table_bar_counts_the_noun_after_it() -> None:
    nouns = [f.noun for f in figures_of("| DL | Sam Jones | 49 | 66% | 2 tackles, 1 assist (3 combined). |")]
    assert "tackle" in nouns


@pytest.mark.parametrize(("sentence", "nouns"), [
    # A size in a product's name measures the product line its name opens with.
    ("The 13-inch MacBook Pro will follow suit.", ["macbook"]),
    ("The new 16-inch MacBook Pro is a heck of a lot like the old 15-inch MacBook Pro, save for "
     "a few features.", ["macbook", "macbook"]),
])
def test_a_size_in_a_product_name_measures_the_product(sentence: str, nouns: list[str]) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


@pytest.mark.parametrize("sentence", [
    # A footnote mark and a number word in capitals inside a name are no quantities.
    "[1] Alarm fatigue: impacts on patient safety.",
    "Its shares are listed on the SIX Swiss Exchange in Zurich.",
])
def test_footnote_marks_and_capitalised_names_are_no_figures(sentence: str) -> None:
    assert figures_of(sentence) == []


@pytest.mark.parametrize(("sentence", "values"), [
    # A number and a half is one figure, with its scale.
    ("Hood lost the race by five-and-a-half points.", [5.5]),
    ("The project cost two and a half million dollars.", [2.5e6]),
    # "a year or two" is a vague duration, no figure.
    ("The crackdown would spark a year or two of international fury.", []),
])
def test_a_number_and_a_half_and_a_vague_duration(sentence: str, values: list) -> None:
    assert [f.value for f in figures_of(sentence)] == values


@pytest.mark.parametrize(("sentence", "nouns"), [
    # A vague amount of a currency measures money itself, named by its currency noun.
    ("They will walk away with hundreds of millions of dollars.", ["dollar"]),
    # A list of shares after "Of the X," measures X, also where it goes on without a verb.
    ("Of the participants, 65 percent were white and 15.36 percent Hispanic.",
     ["participant", "participant"]),
])
def test_vague_money_and_a_fronted_whole(sentence: str, nouns: list[str]) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


@pytest.mark.parametrize(("sentence", "nouns"), [
    # A length before a comparative measures the dimension it compares.
    ("The new underpinnings make it two inches wider than the outgoing model.", ["width"]),
    ("The tower is 30 metres taller than the old one.", ["height"]),
])
def test_a_length_before_a_comparative_measures_a_dimension(sentence: str, nouns: list[str]) -> None:
    assert [f.noun for f in figures_of(sentence)] == nouns


def test_a_comparative_before_a_noun_is_no_dimension() -> None:
    assert [f.noun for f in figures_of("The 8.6-inch lower display is focused on HVAC.")] == ["display"]
