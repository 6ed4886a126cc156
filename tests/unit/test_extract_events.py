"""Event mentions and time resolution: table-driven, real spaCy model."""

from __future__ import annotations

from datetime import date

import pytest

from newsfacts.extract.events import extract_events
from newsfacts.extract.nlp import parse_articles
from tests.factories import make_article

JAN_2024 = date(2024, 1, 26)
JUL_2024 = date(2024, 7, 22)



def events_of(body: str, published: date | None) -> list:
    (parsed,) = parse_articles([make_article(body, published)])
    return extract_events(parsed)


def topic_of(body: str, published: date | None = None) -> str | None:
    """The topic the article's typed events vote for (published on NOV_2019 unless given)."""
    from newsfacts.extract.events.rules import article_topic

    (parsed,) = parse_articles([make_article(body, published or NOV_2019)])
    return article_topic(parsed)


def dated_events(body: str, published: date) -> dict[str, tuple[date, str]]:
    """Each event's time expression -> (its date, its precision)."""
    return {e.date_text: (e.event_date, e.date_precision) for e in events_of(body, published)}


NOV_2019 = date(2019, 11, 19)  # a Tuesday

# (sentence, published_date, [(event_type, trigger, event_date, date_precision), ...])
MUST_MATCH = [
    ("The coalition that was established in 2014 will end its mission.", JAN_2024,
     [("other", "establish", date(2014, 1, 1), "year")]),
    ("Since the invasion of Iraq in 2003, the United States has been present there.", None,
     [("armed_conflict", "invasion", date(2003, 1, 1), "year")]),
    ("US-led forces withdrew in 2011 after years of fighting.", JUL_2024,
     [("military_movement", "withdraw", date(2011, 1, 1), "year")]),
    ("Washington and Baghdad began negotiations on the coalition's future in January.", JUL_2024,
     [("meeting", "negotiation", date(2024, 1, 1), "month")]),
    ("Iraq wants the coalition to begin withdrawing in September.", JUL_2024,
     [("military_movement", "withdraw", date(2024, 9, 1), "month")]),
    ("Iraq wants to formally end the coalition's work by September 2025.", JUL_2024,
     [("other", "end", date(2025, 9, 1), "month")]),
    ("Calls grew after a US air strike in January 2020 that killed Qassem Soleimani.", None,
     [("armed_conflict", "strike", date(2020, 1, 1), "month")]),
    ("The talks are part of the military commission that was decided upon seven months ago.",
     JAN_2024, [("policy_decision", "decide", date(2023, 6, 1), "month")]),
    ("The group was declared defeated in Iraq in 2017 and in Syria in 2019.", JUL_2024,
     [("other", "defeat", date(2017, 1, 1), "year"), ("other", "defeat", date(2019, 1, 1), "year")]),
    ("Tens of thousands of soldiers were deployed to Iraq in 2014.", None,
     [("military_movement", "deploy", date(2014, 1, 1), "year")]),
    ("The withdrawal was a topic that was first broached last year.", JAN_2024,
     [("statement", "broach", date(2023, 1, 1), "year")]),
    ("The ministers met in Baghdad on October 7 to sign the deal.", JAN_2024,
     [("meeting", "meet", date(2023, 10, 7), "day")]),
    ("The dialogue was held between the two countries in August.", JAN_2024,
     [("meeting", "dialogue", date(2023, 8, 1), "month")]),
    ("Both sides signed the agreement on January 26th, 2024 in Baghdad.", None,
     [("agreement", "sign", date(2024, 1, 26), "day")]),
    # News beyond the sample story: weekdays, weeks, quarters, abbreviations, states since a year.
    ("The company said Tuesday that profits rose.", NOV_2019,
     [("statement", "say", date(2019, 11, 19), "day")]),
    ("He was arrested on Oct. 7 in Dallas.", NOV_2019,
     [("legal_judicial", "arrest", date(2019, 10, 7), "day")]),
    ("The group carried out attacks in Oman last week for the first time.", JUL_2024,
     [("armed_conflict", "attack", date(2024, 7, 15), "week")]),
    ("Mexico's economy grew by 1.1% in the first quarter of 2023.", NOV_2019,
     [("economic_release", "grow", date(2023, 1, 1), "quarter")]),
    ("The central bank will meet next Wednesday.", NOV_2019,
     [("meeting", "meet", date(2019, 11, 27), "day")]),
    ("Two people died in a crash on Friday night.", NOV_2019,
     [("disaster_accident", "crash", date(2019, 11, 15), "day")]),
    ("This coalition has been present there since 2014.", JAN_2024,
     [("other", "be", date(2014, 1, 1), "year")]),
    ("Iraqi officials expressed their discontent in 2024.", JAN_2024,
     [("statement", "express", date(2024, 1, 1), "year")]),
    ("Voters went to the polls in the 1990s.", NOV_2019,
     [("election_vote", "poll", date(1990, 1, 1), "decade")]),
    # A verb that says how something happened to a typed event noun takes the noun's type.
    ("Swedish prosecutors dropped the investigation in 2017.", NOV_2019,
     [("legal_judicial", "investigation", date(2017, 1, 1), "year")]),
    ("The company dropped its lawsuit on Monday.", NOV_2019,
     [("legal_judicial", "lawsuit", date(2019, 11, 18), "day")]),
    # Announcing an event dates the event; other saying verbs keep their own type.
    ("The White House announced the deal on Monday.", NOV_2019,
     [("agreement", "deal", date(2019, 11, 18), "day")]),
    ("The White House praised the deal on Monday.", NOV_2019,
     [("statement", "praise", date(2019, 11, 18), "day")]),
    # An untyped happening takes the type most of the article's event words name...
    ("The storm flooded roads and a fire burned homes after a crash. The town reopened schools "
     "on Monday.", NOV_2019, [("disaster_accident", "reopen", date(2019, 11, 18), "day")]),
    # "Later in the day" and a quotation's "today" mean the day the report narrates...
    ("The committee heard Vindman on Monday. Later in the day, Volker testified.", NOV_2019,
     [("other", "hear", date(2019, 11, 18), "day"),
      ("statement", "testify", date(2019, 11, 18), "day")]),
    ("The panel met on Monday. “Today's hearing exposed nothing,” a spokesman said.", NOV_2019,
     [("meeting", "meet", date(2019, 11, 18), "day"),
      ("legal_judicial", "hearing", date(2019, 11, 18), "day")]),
    # ...the publication day when no day was named, or outside a quotation.
    ("Later in the day, Volker testified.", NOV_2019,
     [("statement", "testify", date(2019, 11, 19), "day")]),
    ("Today's hearing exposed nothing, a spokesman said on Monday.", NOV_2019,
     [("legal_judicial", "hearing", date(2019, 11, 19), "day"),
      ("statement", "say", date(2019, 11, 18), "day")]),
    # "The September quarter" is the quarter that ends in September.
    ("The September quarter earnings beat forecasts.", NOV_2019,
     [("economic_release", "earning", date(2019, 7, 1), "quarter")]),
    # ...but a happening of the distant past is background, not the story's news.
    ("The storm flooded roads and a fire burned homes after a crash. The town was founded in 1905 "
     "and reopened schools on Monday.", NOV_2019,
     [("other", "found", date(1905, 1, 1), "year"),
      ("disaster_accident", "reopen", date(2019, 11, 18), "day")]),
    # A trigger with several senses takes the one of the article's topic.
    ("The plague outbreak spread. Doctors treated the infection and the disease killed two. A "
     "third case was reported on November 16.", NOV_2019,
     [("health", "case", date(2019, 11, 16), "day")]),
    ("The trial opened and the judge heard the lawsuit. A third case was reported on November 16.",
     NOV_2019, [("legal_judicial", "case", date(2019, 11, 16), "day")]),
    # A date names no event: "since March" is no march.
    ("Its jets have been grounded since March.", NOV_2019,
     [("policy_decision", "ground", date(2019, 3, 1), "month")]),
    # "Later that evening" and an opening "In the morning," are the last day named before.
    ("The man was seen with the girl on Saturday, May 18. Later that evening, he drove her to a "
     "motel.", NOV_2019, [("other", "see", date(2019, 5, 18), "day"),
                          ("other", "drive", date(2019, 5, 18), "day")]),
    ("The committee met on Monday. In the morning, lawmakers questioned the envoy.", NOV_2019,
     [("meeting", "meet", date(2019, 11, 18), "day"), ("other", "question", date(2019, 11, 18), "day")]),
    # A verb's object, a trigger's modifier or a relative clause's noun names the sense.
    ("The chief executive left the company in October.", NOV_2019,
     [("appointment_resignation", "leave", date(2019, 10, 1), "month")]),
    ("The governor lost his reelection bid this month.", NOV_2019,
     [("election_vote", "bid", date(2019, 11, 1), "month")]),
    ("She also faced a fraud allegation, which was dropped in 2015.", NOV_2019,
     [("legal_judicial", "allegation", date(2015, 1, 1), "year")]),
    ("Britain would leave the EU on Oct. 31.", NOV_2019,
     [("policy_decision", "leave", date(2019, 10, 31), "day")]),
    ("He managed last week's rollout of the service.", NOV_2019,
     [("business", "rollout", date(2019, 11, 11), "week")]),
    ("The purchases touted by Trump in October were large.", NOV_2019,
     [("statement", "tout", date(2019, 10, 1), "month")]),
    # A particle can name the sense: "shot down" is a military act, "called off" a decision.
    ("His jet was shot down over the city in 1967.", NOV_2019,
     [("armed_conflict", "shoot", date(1967, 1, 1), "year")]),
    ("The president called off the talks in September.", NOV_2019,
     [("policy_decision", "call", date(2019, 9, 1), "month")]),
    # A noun that groups happenings takes their type.
    ("A series of attacks hit the city in March.", NOV_2019,
     [("armed_conflict", "series", date(2019, 3, 1), "month")]),
    ("Shares rose at the New York Stock Exchange on Monday.", NOV_2019,
     [("economic_release", "rise", date(2019, 11, 18), "day")]),
    # In a sports report two sides that meet play a game.
    ("The team won the match and scored two goals in the final. The two clubs had not met since "
     "1999.", NOV_2019, [("sport", "meet", date(1999, 1, 1), "year")]),
    # An untyped happening stays `other` when no type stands out in the article.
    ("The storm flooded roads. The town reopened schools on Monday.", NOV_2019,
     [("other", "reopen", date(2019, 11, 18), "day")]),
    # In a sports report, "earned a spot" and "lifted a team" are sport.
    ("Spain beat Chile in the final. Italy won its group and scored twice. Portugal beat Serbia 2-1 "
     "to earn the last spot on Sunday.", NOV_2019,
     [("sport", "earn", date(2019, 11, 17), "day")]),
    # Putting out words or pictures is a statement, whatever the article is about.
    ("In March 2018, the rebels released a video of the hostages.", NOV_2019,
     [("statement", "release", date(2018, 3, 1), "month")]),
    # A participle the tagger took for an adjective is still the clause's verb.
    ("France, Belgium, Wales and Turkey all qualified Sunday.", NOV_2019,
     [("sport", "qualified", date(2019, 11, 17), "day")]),
    # Space missions are science; an undertaking takes the kind the noun before it names.
    ("The agency will send two robotic landers to Mars next year.", NOV_2019,
     [("science", "lander", date(2020, 1, 1), "year")]),
    ("The firm said its rover missions could start in 2022.", NOV_2019,
     [("science", "mission", date(2022, 1, 1), "year")]),
    # A verb's preposition and its object name a sense: "goes on sale", "went on strike".
    ("The new phone goes on sale in March.", NOV_2019,
     [("business", "sale", date(2020, 3, 1), "month")]),
    ("The treaty came into force in 2005.", NOV_2019,
     [("policy_decision", "force", date(2005, 1, 1), "year")]),
    ("The former senator went on trial in May.", NOV_2019,
     [("legal_judicial", "trial", date(2019, 5, 1), "month")]),
    ("Nurses at the hospital went on strike on Monday.", NOV_2019,
     [("protest", "strike", date(2019, 11, 18), "day")]),
    ("She took office in January.", NOV_2019,
     [("appointment_resignation", "take", date(2019, 1, 1), "month")]),
    ("The new rules took effect on Friday.", NOV_2019,
     [("policy_decision", "take", date(2019, 11, 15), "day")]),
    # Reactions drawn and words put on a platform, or a series of them, are statements.
    ("The proposal drew criticism on Monday.", NOV_2019,
     [("statement", "draw", date(2019, 11, 18), "day")]),
    ("The singer posted on Instagram on Sunday.", NOV_2019,
     [("statement", "post", date(2019, 11, 17), "day")]),
    ("The rebels posted a series of videos on Sunday.", NOV_2019,
     [("statement", "post", date(2019, 11, 17), "day")]),
    # The place where something was said is its setting: the saying is the event.
    ("The senator spoke at a rally in Ohio on Monday.", NOV_2019,
     [("statement", "speak", date(2019, 11, 18), "day")]),
    # What someone is arrested for is the offence.
    ("Police arrested the man for a March 3 phone call to the mayor.", NOV_2019,
     [("crime", "call", date(2019, 3, 3), "day")]),
    # What an announcement made public, in a reduced relative clause.
    ("The accord announced in October was modest.", NOV_2019,
     [("agreement", "accord", date(2019, 10, 1), "month")]),
    # Families of news words: reporting verbs, conversations and events, curfews and duties.
    ("The minister stressed on Tuesday that talks would continue.", NOV_2019,
     [("statement", "stress", date(2019, 11, 19), "day")]),
    ("The economist projected in May that growth would slow.", NOV_2019,
     [("statement", "project", date(2019, 5, 1), "month")]),
    ("The firm held a launch event on Tuesday.", NOV_2019,
     [("meeting", "event", date(2019, 11, 19), "day")]),
    ("The two leaders had a conversation in September.", NOV_2019,
     [("meeting", "conversation", date(2019, 9, 1), "month")]),
    ("Anti-dumping duties on steel imports have applied since July 2013.", NOV_2019,
     [("policy_decision", "duty", date(2013, 7, 1), "month")]),
    ("Investors purchased the stake in June.", NOV_2019,
     [("business", "purchase", date(2019, 6, 1), "month")]),
    # A date inside what a saying verb reports dates the content; right after the verb, the saying.
    ('The analyst said, "2019 was a weak year for the industry."', NOV_2019,
     [("other", "be", date(2019, 1, 1), "year")]),
    ("Officials said Monday the victim was a local man.", NOV_2019,
     [("statement", "say", date(2019, 11, 18), "day")]),
    # A clause that says what a noun reports is an event of its own.
    ("The singer's announcement that she had suffered a miscarriage over the weekend drew sympathy.",
     NOV_2019, [("health", "miscarriage", date(2019, 11, 11), "week")]),
    # Seeing or visiting a doctor is health care.
    ("The man visited his doctor in November 2016.", NOV_2019,
     [("health", "visit", date(2016, 11, 1), "month")]),
    ("She saw a specialist last week.", NOV_2019,
     [("health", "see", date(2019, 11, 11), "week")]),
    # A weak verb under "due to", "set to" names what its raised subject does; a when-clause
    # says what began; a grouping noun keeps the sense of what it groups in any story.
    ("Stocks fell, prices dropped and shares slid. The next round of tariffs is due to start in "
     "December.", NOV_2019, [("policy_decision", "round", date(2019, 12, 1), "month")]),
    ("Talks are set to resume in May.", NOV_2019, [("meeting", "talk", date(2020, 5, 1), "month")]),
    ("The feud began in May when the firm bought the label.", NOV_2019,
     [("business", "buy", date(2019, 5, 1), "month")]),
    # A relative clause of intent describes its noun: the rover is what flies.
    ("Engineers tested a rover that NASA plans to fly in 2022.", NOV_2019,
     [("science", "rover", date(2022, 1, 1), "year")]),
    ("The treaty both sides hope to finalize in May has stalled.", NOV_2019,
     [("agreement", "treaty", date(2020, 5, 1), "month")]),
    # A modifier names another sense of an event noun: a trade war, a heart attack.
    ("The trade war between the two countries began in 2018.", NOV_2019,
     [("policy_decision", "war", date(2018, 1, 1), "year")]),
    ("The senator suffered a heart attack on Sunday.", NOV_2019,
     [("health", "attack", date(2019, 11, 17), "day")]),
    ("Prisoners began a hunger strike on Monday.", NOV_2019,
     [("protest", "strike", date(2019, 11, 18), "day")]),
    # The object names the sense: rates cut are a decision, a panel appointed (the relative
    # clause's noun is its object) a decision, troops sent a deployment, a person sent none.
    ("The central bank cut its benchmark interest rate last month.", NOV_2019,
     [("policy_decision", "cut", date(2019, 10, 1), "month")]),
    ("The mayor praised the panel she appointed in February.", NOV_2019,
     [("policy_decision", "appoint", date(2019, 2, 1), "month")]),
    ("The Pentagon sent 3,000 troops to Saudi Arabia in October.", NOV_2019,
     [("military_movement", "send", date(2019, 10, 1), "month")]),
    ("The smuggler sent him to Mexico on May 2.", NOV_2019,
     [("other", "send", date(2019, 5, 2), "day")]),
    ("The charity sent letters to the troops on Monday.", NOV_2019,
     [("statement", "letter", date(2019, 11, 18), "day")]),
    # A present participle depicts the object or agent of the clause's verb, which the date dates.
    ("The club posted a photo of the coach holding a scarf on Wednesday.", NOV_2019,
     [("statement", "post", date(2019, 11, 13), "day")]),
    ("The tourists were kidnapped by gunmen wearing uniforms in August 2016.", NOV_2019,
     [("crime", "kidnap", date(2016, 8, 1), "month")]),
    # Who moves names a verb of motion: troops arriving deploy, products arriving do not.
    ("American troops arrived in Poland on Monday.", NOV_2019,
     [("military_movement", "arrive", date(2019, 11, 18), "day")]),
    ("The new subscription plans arrive in early 2020.", NOV_2019,
     [("other", "arrive", date(2020, 1, 1), "year")]),
    ("US forces withdrew in 2011, only to return in 2014.", NOV_2019,
     [("military_movement", "withdraw", date(2011, 1, 1), "year"),
      ("military_movement", "return", date(2014, 1, 1), "year")]),
    # Job cuts are a company's; an auto show is a trade fair, a show a performance.
    ("Job cuts will be announced later this week.", NOV_2019,
     [("business", "cut", date(2019, 11, 18), "week")]),
    ("Visitors flocked to the Los Angeles auto show on Friday.", NOV_2019,
     [("business", "show", date(2019, 11, 15), "day")]),
    ("Fans flocked to the show on Friday.", NOV_2019,
     [("culture_entertainment", "show", date(2019, 11, 15), "day")]),
    # A market hitting a high moves; a request is of the kind its modifier names; what expires
    # is the event.
    ("The yield hit a record high on Monday.", NOV_2019,
     [("economic_release", "hit", date(2019, 11, 18), "day")]),
    ("The home secretary approved an extradition request in June.", NOV_2019,
     [("legal_judicial", "request", date(2019, 6, 1), "month")]),
    ("The ceasefire expired on Sunday.", NOV_2019,
     [("armed_conflict", "ceasefire", date(2019, 11, 17), "day")]),
    # A product revealed is a launch; a merger that closes completes, stocks that close move;
    # what plays out unfolds.
    ("Earlier this year, the carmaker revealed a new electric SUV.", NOV_2019,
     [("business", "reveal", date(2019, 1, 1), "year")]),
    ("The merger closed in June 2018.", NOV_2019, [("business", "close", date(2018, 6, 1), "month")]),
    ("Stocks closed higher on Monday.", NOV_2019,
     [("economic_release", "close", date(2019, 11, 18), "day")]),
    ("The dispute will play out in court next year.", NOV_2019,
     [("other", "play", date(2020, 1, 1), "year")]),
    # Families of news words: deliveries and recalls of products, rallies of markets, clinical
    # trials, towns recaptured, laws revoked.
    ("European deliveries begin in spring 2020.", NOV_2019,
     [("business", "delivery", date(2020, 3, 1), "quarter")]),
    ("The carmaker recalled 50,000 vehicles in March.", NOV_2019,
     [("business", "recall", date(2019, 3, 1), "month")]),
    ("Stocks rallied on Tuesday as oil prices fell and the index gained and shares rose.", NOV_2019,
     [("economic_release", "rally", date(2019, 11, 19), "day")]),
    ("The drug entered clinical trials in 2018.", NOV_2019,
     [("health", "trial", date(2018, 1, 1), "year")]),
    ("Rebels recaptured the town on Sunday.", NOV_2019,
     [("armed_conflict", "recapture", date(2019, 11, 17), "day")]),
    ("Parliament revoked the law in May.", NOV_2019,
     [("policy_decision", "revoke", date(2019, 5, 1), "month")]),
    # What comes to light becomes known; a backlash faced is a reaction said.
    ("The first cases came to light last week.", NOV_2019,
     [("statement", "light", date(2019, 11, 11), "week")]),
    ("The government faced a backlash on Tuesday over its decision.", NOV_2019,
     [("statement", "face", date(2019, 11, 19), "day")]),
    # A company expanding its fleet acts; an economy that expands grows.
    ("The airline plans to expand its fleet by 30% by 2025.", NOV_2019,
     [("business", "expand", date(2025, 1, 1), "year")]),
    ("The economy expanded by 2% in the third quarter.", NOV_2019,
     [("economic_release", "expand", date(2019, 7, 1), "quarter")]),
    # A call set on a day is a conversation, however the model tags the day.
    ("The envoy will face questions from senators about Trump’s July 25 call.", NOV_2019,
     [("meeting", "call", date(2019, 7, 25), "day")]),
]

# (sentence, published_date): no event mention expected.
MUST_NOT_MATCH = [
    ("July 22, 2024", JUL_2024),
    ("The process is anticipated to take several months.", JAN_2024),
    ("The meetings will take place in the coming days.", JAN_2024),
    ("The decision was first broached last year.", None),  # relative date, no publish date
    ("Washington and Baghdad began negotiations in January.", None),
    ("The US has around 2,500 troops in Iraq.", JAN_2024),
    ("He may meet the minister soon.", JAN_2024),
    ("The report covers the period from 2010 in detail.", JAN_2024),
    ("The 2014 coalition remains active in the region.", JAN_2024),
    ("Published in Dawn, January 26th, 2024", JAN_2024),
    ("Sales were down 10 percent from a year ago, according to the data.", JAN_2024),
    ("Prices rose 3 percent compared with 2018.", NOV_2019),
    ("Sales have fallen over the last year.", NOV_2019),
    ("The market is open every Tuesday.", NOV_2019),
    ("Revenue was up from a year earlier.", NOV_2019),
    ("Researchers looked at surveys completed between 2008 and 2016.", NOV_2019),
    ("Data from 2010 to 2015 were used.", NOV_2019),
    ("Today, plague infections are rare.", NOV_2019),
    # A date word inside a title, a name or a publication note names a thing, not a time.
    ("Fans still quote 2001: A Space Odyssey at conventions.", NOV_2019),
    ("Her memoir about the war (Penguin Books, 2017) is out now.", NOV_2019),
    ("The team qualified for Euro 2020 with a win.", NOV_2019),
    ("The mayor told USA Today that he would run.", NOV_2019),
    # A narrated day needs a day named before it; a morning session is no narrated day.
    ("Later that evening, he left the hotel.", NOV_2019),
    ("Traders sold shares in the morning session.", NOV_2019),
    # A period with a qualifier inside it is still a period.
    ("Investigators said the fraud ran from at least 2011 to 2014.", NOV_2019),
    # A weekday before a noun names a kind of thing, not a day.
    ("The newspaper will stop its Sunday print edition.", NOV_2019),
]


def _as_tuple(event) -> tuple:
    return (event.event_type, event.trigger, event.event_date, event.date_precision)


@pytest.mark.parametrize(("sentence", "published", "expected"), MUST_MATCH,
                         ids=[s[:40] for s, _, _ in MUST_MATCH])
def test_events_match(sentence: str, published: date | None, expected: list[tuple]) -> None:
    assert [_as_tuple(e) for e in events_of(sentence, published)] == expected


@pytest.mark.parametrize(("sentence", "published"), MUST_NOT_MATCH,
                         ids=[s[:40] for s, _ in MUST_NOT_MATCH])
def test_events_do_not_match(sentence: str, published: date | None) -> None:
    assert events_of(sentence, published) == []


def test_actors_and_locations() -> None:
    body = ("US-led forces invaded Iraq in 2003. The group was declared defeated in Iraq in 2017 "
            "and in Syria in 2019. Washington and Baghdad initiated talks in January.")
    events = events_of(body, JUL_2024)
    got = [(e.trigger, e.actors, e.location) for e in events]
    assert got == [
        ("invade", ("US",), "Iraq"),
        ("defeat", ("group",), "Iraq"),
        ("defeat", ("group",), "Syria"),
        ("talk", ("Washington", "Baghdad"), None),
    ]
    assert all(body[e.char_start : e.char_end] for e in events)
    assert body[events[0].char_start : events[0].char_end] == "invaded Iraq in 2003"


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Talks began in December.", JAN_2024, date(2023, 12, 1)),
        ("Talks will begin in December.", JAN_2024, date(2024, 12, 1)),
        ("Talks will begin in February.", JAN_2024, date(2024, 2, 1)),
        ("Talks began in January.", JAN_2024, date(2024, 1, 1)),
        ("The troops withdrew two years ago.", JAN_2024, date(2022, 1, 1)),
        ("The troops withdrew yesterday.", JAN_2024, date(2024, 1, 25)),
        ("The minister spoke on Monday.", NOV_2019, date(2019, 11, 18)),
        ("The minister spoke Tuesday.", NOV_2019, date(2019, 11, 19)),
        ("The minister will speak on Thursday.", NOV_2019, date(2019, 11, 21)),
        ("The minister will speak on Tuesday.", NOV_2019, date(2019, 11, 19)),
        ("The minister spoke last weekend.", NOV_2019, date(2019, 11, 11)),
        ("He quit last spring.", NOV_2019, date(2019, 3, 1)),
        ("Prices fell earlier in the day.", NOV_2019, date(2019, 11, 19)),
        ("Sales rose in the third-quarter of 2018.", NOV_2019, date(2018, 7, 1)),
        ("The minister spoke last Tuesday.", NOV_2019, date(2019, 11, 12)),
        ("The minister will speak tomorrow.", NOV_2019, date(2019, 11, 20)),
        ("Results were released in the third quarter.", NOV_2019, date(2019, 7, 1)),
        ("Results will be released in the first quarter.", NOV_2019, date(2020, 1, 1)),
        ("The vote was held this week.", NOV_2019, date(2019, 11, 18)),
        ("The vote was held a week ago.", NOV_2019, date(2019, 11, 11)),
        # A month of a year named relatively.
        ("The ministry cut subsidies at the end of May last year.", NOV_2019, date(2018, 5, 1)),
        ("The plant will open in March next year.", NOV_2019, date(2020, 3, 1)),
        # A future seen from the past: the nearest such month.
        ("The prisoner was due to be freed in September.", NOV_2019, date(2019, 9, 1)),
        ("The prisoner is due to be freed in September.", NOV_2019, date(2020, 9, 1)),
    ],
)
def test_month_and_relative_resolution(sentence: str, published: date, expected: date) -> None:
    (event,) = events_of(sentence, published)
    assert event.event_date == expected


def test_event_types_seed_lists_the_taxonomy() -> None:
    """dbt's event_types seed (the marts' relationships test) and taxonomy.yml name the same types."""
    import csv

    from newsfacts.config import PROJECT_ROOT
    from newsfacts.extract.events.taxonomy import load_taxonomy

    with (PROJECT_ROOT / "dbt_project" / "seeds" / "event_types.csv").open() as seed:
        rows = {row["event_type"]: row["description"] for row in csv.DictReader(seed)}
    assert rows == load_taxonomy().descriptions


def test_every_trigger_lemma_names_one_type_per_part_of_speech() -> None:
    import yaml

    from newsfacts.extract.events.taxonomy import TAXONOMY_PATH

    raw = yaml.safe_load(TAXONOMY_PATH.read_text())
    for pos in ("verbs", "nouns"):
        seen: dict[str, str] = {}
        for name, spec in raw["types"].items():
            for lemma in spec.get(pos) or []:
                assert lemma not in seen, f"{lemma!r} is a {pos[:-1]} of both {seen[lemma]} and {name}"
                seen[lemma] = name


def test_a_number_after_of_is_no_year() -> None:
    assert events_of("The new chip earned a total score of 2072 in the benchmark.", NOV_2019) == []
    (event,) = events_of("The plant will close by the end of 2021.", NOV_2019)
    assert (event.event_date, event.date_precision) == (date(2021, 1, 1), "year")


def test_wont_is_future() -> None:
    (event,) = events_of("The team won't have its captain in the lineup Wednesday night.", NOV_2019)
    assert event.event_date == date(2019, 11, 20)


@pytest.mark.parametrize(("sentence", "expected"), [
    # A dated present tense schedules: the next such day or date after publication.
    ("The retailer releases its quarterly results Thursday.", date(2019, 11, 21)),
    ("The two clubs meet Saturday in the league final.", date(2019, 11, 23)),
    ("The festival opens March 3rd in the old harbour.", date(2020, 3, 3)),
    ("The delegation is travelling to Geneva on Friday.", date(2019, 11, 22)),
    # Saying verbs and past verbs keep looking back.
    ("The ministry says Monday's vote went smoothly.", date(2019, 11, 18)),
    ("The mayor opened the bridge Saturday.", date(2019, 11, 16)),
])
def test_a_dated_present_tense_looks_ahead(sentence: str, expected: date) -> None:
    assert [e.event_date for e in events_of(sentence, NOV_2019)] == [expected]


def test_lines_of_a_dated_list_are_events() -> None:
    body = ("The singer will tour again next year; the tour kicks off May 2nd in Denver.\n"
            "Tour Dates\n"
            "May 2 – Denver, CO @ Red Rocks Park\n"
            "May 5 – Austin, TX @ Moody Center at the University\n"
            "Sept. 12 – Portland, OR @ Moda Center")
    events = events_of(body, NOV_2019)
    listed = [(e.date_text, e.event_date) for e in events if e.sentence.startswith(e.date_text)]
    assert listed == [("May 2", date(2020, 5, 2)), ("May 5", date(2020, 5, 5)),
                      ("Sept. 12", date(2020, 9, 12))]


def test_a_dated_list_of_past_results_looks_back() -> None:
    body = ("The team lost again on Sunday.\n"
            "Oct. 2 – Beat Leeds at home\n"
            "Oct. 9 – Lost to Hull away")
    dates = [e.event_date for e in events_of(body, NOV_2019)]
    assert dates == [date(2019, 11, 17), date(2019, 10, 2), date(2019, 10, 9)]


def test_a_quarter_of_a_match_is_no_calendar_quarter() -> None:
    body = ("The Eagles beat the Hawks 31-10 on Saturday, their first win of the season. "
            "The Eagles scored 17 points in the third quarter and the coach praised the defense. "
            "The Hawks play again next week after the game, and their quarterback threw two touchdowns.")
    assert [e.date_text for e in events_of(body, NOV_2019) if "quarter" in e.date_text] == []


def test_more_than_decades_ago_is_a_decade() -> None:
    (event,) = events_of("More than two decades ago, a probe found evidence of an ocean.", NOV_2019)
    assert (event.event_date, event.date_precision) == (date(1990, 1, 1), "decade")


def test_today_in_a_possible_present_is_nowadays() -> None:
    assert events_of("The car may only be a concept today.", NOV_2019) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # "published" inside a sentence dates what was published; only a stamp is furniture.
    ("The trial results were published Monday in a medical journal.", [("Monday", date(2019, 11, 18))]),
    ("Updated Monday with comments from the ministry.", []),
    # A date set on a noun names that one-off happening, whatever tense the verb around has.
    ("The minister will face questions about her Sept. 3 speech to donors.", [("Sept. 3", date(2019, 9, 3))]),
    # A count held on a date is a value, not a happening.
    ("The charity had 4,200 volunteers on May 31 and more since.", []),
    # A reporting verb in the present does not schedule what it reports.
    ("Analysts believe Q3 sales would have risen without the storm.", [("Q3", date(2019, 7, 1))]),
    # A year before a possessive title names the record or film.
    ("The band played songs from 1975’s Blue Horizon and 1979's “Night Roads” on the night.", []),
])
def test_stamps_values_titles_and_dates_on_nouns(sentence: str, expected: list) -> None:
    assert [(e.date_text, e.event_date) for e in events_of(sentence, NOV_2019)] == expected


def test_a_day_set_on_a_noun_dates_it_however_deep_the_parse() -> None:
    body = ("The envoy is likely to face hard questions from members of both chambers about "
            "the mayor’s Aug. 14 call when she asked the governor for funds.")
    assert [(e.date_text, e.event_date) for e in events_of(body, NOV_2019)] == [("Aug. 14", date(2019, 8, 14))]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The senator described the president's Aug. 2 call with the premier.", ["meeting"]),
    ("The two leaders held a phone call on Friday.", ["meeting"]),
])
def test_a_call_with_someone_is_a_meeting(sentence: str, expected: list[str]) -> None:
    assert [e.event_type for e in events_of(sentence, NOV_2019)] == expected


def test_a_weekday_before_one_report_dates_it() -> None:
    events = events_of("The analyst wrote in a Monday research note that sales slowed.", NOV_2019)
    assert [(e.date_text, e.event_date) for e in events] == [("Monday", date(2019, 11, 18))]


def test_a_list_line_may_use_a_double_hyphen_and_runs_forward_in_order() -> None:
    body = ("The choir will tour again next year.\n"
            "Nov. 12 -- Leeds, Town Hall\n"
            "Dec. 3 -- York, Minster Hall\n"
            "Jan. 4 -- Hull, City Hall")
    listed = [e.event_date for e in events_of(body, NOV_2019) if e.date_text != "next year"]
    assert listed == [date(2020, 11, 12), date(2020, 12, 3), date(2021, 1, 4)]


def test_a_list_heading_that_names_a_year_dates_its_lines() -> None:
    body = ("The quartet was nominated for an award last month.\n"
            "Their 2020 concert dates:\n"
            "March 30 -- Oslo, Spektrum\n"
            "March 31 -- Bergen, Grieghallen")
    listed = [e.event_date for e in events_of(body, NOV_2019) if e.date_text.startswith("March")]
    assert listed == [date(2020, 3, 30), date(2020, 3, 31)]


def test_the_last_days_of_a_month_resolve_like_the_others() -> None:
    (event,) = events_of("The museum will reopen on June 30.", date(2019, 6, 29))
    assert event.event_date == date(2019, 6, 30)


def test_a_word_after_a_possessive_is_no_verb_of_intent() -> None:
    events = events_of("Fans cheered during the singer’s set Friday night at the arena.", NOV_2019)
    assert [e.event_date for e in events] == [date(2019, 11, 15)]


def test_a_title_case_list_line_with_a_double_hyphen_is_no_heading() -> None:
    body = ("The trio will play six shows next year.\n"
            "Oct. 14 -- Grand Lake Theater at Lakeshore Park, Oakland, CA")
    listed = [e.event_date for e in events_of(body, NOV_2019) if e.date_text == "Oct. 14"]
    assert listed == [date(2020, 10, 14)]


@pytest.mark.parametrize(("body", "expected"), [
    # A date counted from the last one named: the next year, the following morning, months later.
    ("The mill shut in March 2015. The next year, the town sold the site.", date(2016, 1, 1)),
    ("The suspect was seized on Aug. 3. He was charged the following morning.", date(2019, 8, 4)),
    ("Talks opened in April. The union walked out three months later.", date(2019, 7, 1)),
    ("The court ruled on Thursday. The day before, lawyers filed a last appeal.", date(2019, 11, 13)),
    ("The mayor quit on Oct. 2. Her deputy had resigned the previous week.", date(2019, 9, 23)),
    ("The bank cut rates in June. At the time, the governor warned of a slowdown.", date(2019, 6, 1)),
    ("The final was played on Sunday. Earlier in the week, the hosts beat Wales.", date(2019, 11, 11)),
])
def test_a_date_counted_from_the_last_one_named(body: str, expected: date) -> None:
    assert events_of(body, NOV_2019)[-1].event_date == expected


@pytest.mark.parametrize("body", [
    "Shipments should rise over the next year.",  # a span from now
    "The mill shut in March. Output fell 4 percent from the previous year.",  # a baseline
    "The mill shut in March. The day before the vote, workers marched.",  # anchored on an event
    "The mill shut in March. At the time of the closure, it had 300 staff.",
    "The mill shut in 2015. The next day, workers marched.",  # a day counted from a year
    "At the time, workers marched.",  # nothing named before
])
def test_a_counted_date_needs_a_date_named_before_it(body: str) -> None:
    counted = [e for e in events_of(body, NOV_2019) if e.date_text.lower().startswith(("the", "at"))]
    assert counted == []


@pytest.mark.parametrize(("body", "expected"), [
    # A verb's particle or complement names its sense.
    ("The coach weighed in on the brawl on Monday.", "statement"),
    ("The chipmaker went public on Friday.", "business"),
    ("Its owners took the bakery chain public in 2015.", "business"),
    ("The minister stepped aside in March.", "appointment_resignation"),
    ("The state stepped in on Monday to save the mill.", "other"),
    # The subject of a passive is what the verb acts on: a released video is a statement.
    ("The footage was released on Monday.", "statement"),
    # A verb joined to another shares its subject: a reopened inquiry stays legal.
    ("The inquiry was shelved in 2016 but reopened in March.", "legal_judicial"),
])
def test_particles_complements_and_shared_subjects_name_the_sense(body: str, expected: str) -> None:
    assert events_of(body, NOV_2019)[-1].event_type == expected


@pytest.mark.parametrize(("body", "expected"), [
    # In an entertainment story viewers vote, artists are nominated and bands play.
    ("The singer released an album and a film, and her concert tour sold out. On Monday, viewers "
     "voted to keep the dancer.", "culture_entertainment"),
    ("The singer released an album and a film, and her concert tour sold out. The duo was "
     "nominated in October.", "culture_entertainment"),
    ("The singer released an album and a film, and her concert tour sold out. The trio will play "
     "in Dublin on Friday.", "culture_entertainment"),
    # In a science story a map is unveiled as a finding.
    ("The telescope study found water and the survey detected ice. Researchers unveiled a new map "
     "of the moon on Monday.", "science"),
    # In a court story a decision is a ruling.
    ("The trial opened and the judge heard the lawsuit in court. The decision on Monday ended the "
     "case.", "legal_judicial"),
])
def test_a_trigger_of_several_senses_takes_the_story_topic(body: str, expected: str) -> None:
    assert events_of(body, NOV_2019)[-1].event_type == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "As of" a date, a value holds; in a future clause it says when something starts.
    ("The fund owned 12% of the lender as of March 31.", []),
    ("As of March 1, the new fares will apply on all routes.", [("March 1", date(2020, 3, 1))]),
    # A date that closes a reporting period dates the period, not a happening.
    ("The brewer lost $12 million in the six months ended Aug. 31.", []),
    # A present tense in a relative clause describes nowadays.
    ("Few of the phones that sell today have a headphone jack.", []),
])
def test_values_periods_and_nowadays_are_no_events(sentence: str, expected: list) -> None:
    assert [(e.date_text, e.event_date) for e in events_of(sentence, NOV_2019)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A weekday between a possessive and an event noun dates that one happening...
    ("The agency's Friday announcement surprised traders.", [("Friday", date(2019, 11, 15))]),
    ("Fans praised the choir's Sunday night concert in Leeds.", [("Sunday night", date(2019, 11, 17))]),
    # ...but not a kind of thing ("its Sunday edition").
    ("The weekly will drop its Saturday supplement.", []),
])
def test_a_weekday_after_a_possessive_dates_an_event_noun(sentence: str, expected: list) -> None:
    assert [(e.date_text, e.event_date) for e in events_of(sentence, NOV_2019)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # Reporting results is a release a present tense schedules.
    ("The grocer reports earnings Thursday.", [("Thursday", date(2019, 11, 21))]),
    ("The grocer reports that sales rose Thursday.", [("Thursday", date(2019, 11, 14))]),
    # "The last weekend of" something is a part of it, not last weekend.
    ("Prizes will be handed out in the last weekend of the fair.", []),
    # A credit line is no event.
    ("Exhibition views, photos © Studio Nord, 2017", []),
])
def test_schedules_parts_and_credits(sentence: str, expected: list) -> None:
    assert [(e.date_text, e.event_date) for e in events_of(sentence, NOV_2019)] == expected


def test_a_joined_verb_acts_on_the_shared_subject() -> None:
    body = ("The trial opened and the judge heard the lawsuit in court. The clip was filmed in May "
            "and released on Monday.")
    assert [e.event_type for e in events_of(body, NOV_2019) if e.date_text == "Monday"] == ["statement"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # A century resolves to its first decade (no precision is coarser).
    ("The abbey was built in the 12th century.", [("the 12th century", date(1100, 1, 1), "decade")]),
    ("Since the start of the 20th century, the river is less clean.",
     [("the 20th century", date(1900, 1, 1), "decade")]),
    # ...but a century that names a kind, or a present state, is no event.
    ("Schools must teach 21st century skills.", []),
    ("In the 21st century, the disease is rare.", []),
])
def test_centuries(sentence: str, expected: list) -> None:
    assert [(e.date_text, e.event_date, e.date_precision) for e in events_of(sentence, NOV_2019)] == expected


def test_games_in_a_story_about_consoles_are_products() -> None:
    body = ("The console maker will launch its new gaming handset with 30 games and five exclusive "
            "titles. Rival consoles offer more games. Preorders opened and the device ships with a "
            "launch bundle after the merger. The company will release the handset on Friday.")
    assert [e.event_type for e in events_of(body, NOV_2019)] == ["business"]


@pytest.mark.parametrize(("body", "expected"), [
    ("The team won the match and scored two goals in the final. Their loss on Sunday ended the "
     "season.", "sport"),
    ("The singer released an album and a film, and her concert tour sold out. The drummer joined "
     "the band in 1998.", "culture_entertainment"),
    ("The retailer's acquisition and merger lifted its listing. The retailer introduced a "
     "loyalty card in 2016.", "business"),
    ("The trial opened and the judge heard the lawsuit in court. Court papers obtained on Monday "
     "showed the bank lied.", "legal_judicial"),
    ("The treasury extended the export licence on Monday.", "policy_decision"),
])
def test_more_senses_that_follow_the_story_or_the_object(body: str, expected: str) -> None:
    assert events_of(body, NOV_2019)[-1].event_type == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A part of the current period, and "this past" week or weekend.
    ("The merger should close by the end of the month.", [("the end of the month", date(2019, 11, 1), "month")]),
    ("The mayor will step down at the start of the year.", [("the start of the year", date(2020, 1, 1), "year")]),
    ("The mayor stepped down at the start of the year.", [("the start of the year", date(2019, 1, 1), "year")]),
    ("The rebels shelled the port this past weekend.", [("this past weekend", date(2019, 11, 11), "week")]),
    ("Dockers walked out this past week.", [("this past week", date(2019, 11, 11), "week")]),
])
def test_parts_of_this_period_and_this_past_week(sentence: str, expected: list) -> None:
    assert [(e.date_text, e.event_date, e.date_precision) for e in events_of(sentence, NOV_2019)] == expected


def test_a_heading_year_dates_every_line_of_its_list() -> None:
    body = ("The club looked back on its season.\n"
            "2018 results:\n"
            "Nov. 10 – Won at Leeds\n"
            "Nov. 3 – Lost to Hull")
    listed = [e.event_date for e in events_of(body, NOV_2019) if e.date_text.startswith("Nov.")]
    assert listed == [date(2018, 11, 10), date(2018, 11, 3)]


def test_an_embedded_tweet_stamp_is_a_statement_on_its_day() -> None:
    body = ("Others were less kind. No one will take your slogan. https://t.co/XPxUJuyIAC\n"
            "— Robert Maguire (@RobertMaguire_) November 18, 2019\n"
            "The state defended the campaign.")
    (event,) = events_of(body, NOV_2019)
    assert (event.event_type, event.event_date, event.date_precision) == ("statement", date(2019, 11, 18), "day")
    assert body[event.char_start : event.char_end] == "— Robert Maguire (@RobertMaguire_) November 18, 2019"


@pytest.mark.parametrize(("sentence", "expected"), [
    # "last"/"next" with a month: the last such month before the current one, or the next after.
    ("That relationship began last November.", ("last November", date(2018, 11, 1), "month")),
    ("He walked out of a meeting last February in Hanoi.", ("last February", date(2019, 2, 1), "month")),
    ("The final will be played next March.", ("next March", date(2020, 3, 1), "month")),
    ("The firm launched a laptop as recently as May of this year.", ("May of this year", date(2019, 5, 1), "month")),
    ("The plant opened in March of last year.", ("March of last year", date(2018, 3, 1), "month")),
])
def test_a_month_named_from_this_one(sentence: str, expected: tuple) -> None:
    (event,) = events_of(sentence, NOV_2019)
    assert (event.date_text, event.event_date, event.date_precision) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A season is its first month at quarter precision.
    ("Since her decision to leave the label last fall, sales have grown.", (date(2018, 9, 1), "quarter")),
    ("The agency was paid $449,000 this fall for the work.", (date(2019, 9, 1), "quarter")),
    ("The convertible will go on sale in summer 2020.", (date(2020, 6, 1), "quarter")),
    ("The firm opened 2 plants in the spring of 2018.", (date(2018, 3, 1), "quarter")),
    ("The 2 models go on sale in the summer.", (date(2020, 6, 1), "quarter")),
])
def test_a_season_is_its_first_month_at_quarter_precision(sentence: str, expected: tuple) -> None:
    (event,) = events_of(sentence, NOV_2019)
    assert (event.event_date, event.date_precision) == expected


def test_a_season_spent_is_no_date() -> None:
    assert events_of("Sales of 2 models fell during the summer.", NOV_2019) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # "N units after/before <clause>" dates the clause, counted from the time of the sentence.
    ("The crash comes a day after the Taliban swapped two hostages.",
     [("military_movement", date(2019, 11, 18), "day")]),
    ("Roughly 13,000 US troops remain in Afghanistan, 18 years after Washington invaded the country.",
     [("armed_conflict", date(2001, 1, 1), "year")]),
    ("The news came a month after the actor announced that his wife was expecting.",
     [("statement", date(2019, 10, 1), "month")]),
    ("The map was made seven years before the agency is set to launch its Dragonfly mission.",
     [("business", date(2026, 1, 1), "year")]),
    # A date named before it in the sentence is the reference.
    ("He resigned on March 3, two days after he was charged.",
     [("appointment_resignation", date(2019, 3, 3), "day"), ("legal_judicial", date(2019, 3, 1), "day")]),
    # No clause of its own, or a main clause set back in the past perfect: no date.
    ("Two days after winning the title, the duo won 2 more matches.", []),
    ("Three weeks before he died, he had been found in his cell.", []),
])
def test_an_offset_dates_the_clause_it_introduces(sentence: str, expected: list) -> None:
    got = [(e.event_type, e.event_date, e.date_precision) for e in events_of(sentence, NOV_2019)]
    assert got == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # Idioms whose particle, subject or object names the sense.
    ("On Thursday, the singer took to social media and accused the label of lying.", "statement"),
    ("Shortly after news broke on Monday that the firms had agreed, the producer denied it.", "statement"),
    ("He said the interview aired at the weekend was a great success.", "statement"),
    ("The hunter was admitted to hospital on Saturday.", "health"),
    ("A man was set on fire last week, apparently by a protester.", "crime"),
    # A phone call held on a day; an annual physical is a medical exam.
    ("I feared at the time of the call on July 25 how its disclosure would play.", "meeting"),
    ("In his previous physical conducted in 2018, he was diagnosed with heart disease.", "health"),
    # A noun after a possessive that the tagger reads as a verb ("the band's set") is no trigger.
    ("The singer teased the tour during the band’s set Monday night at the Ryman.", "statement"),
])
def test_idioms_and_misread_nouns_name_the_sense(sentence: str, expected: str) -> None:
    assert [e.event_type for e in events_of(sentence, NOV_2019)] == [expected]


def test_an_up_next_block_lists_coming_games() -> None:
    body = ("The Lakers beat the Thunder 112-107 on Tuesday night. LeBron James scored 23 points in "
            "the game and the Lakers won their fifth straight game.\n"
            "UP NEXT\n"
            "Thunder: Host the Lakers on Friday.\n"
            "Lakers: Visit the Thunder on Friday.")
    events = events_of(body, date(2019, 11, 20))
    assert [(e.event_type, e.event_date) for e in events if e.date_text == "Friday"] == [
        ("sport", date(2019, 11, 22)), ("sport", date(2019, 11, 22))]


def test_a_month_told_right_after_an_earlier_years_month_takes_that_year() -> None:
    body = ("The man had suffered months of dizziness by the time he visited his doctor in November "
            "2016. At first, his doctor assumed he had an infection. But by December, his symptoms "
            "worsened. He was weaned off treatment a year later.")
    got = [(e.date_text, e.event_date) for e in events_of(body, NOV_2019)]
    assert got == [("November 2016", date(2016, 11, 1)), ("December", date(2016, 12, 1)),
                   ("a year later", date(2017, 1, 1))]


def test_a_state_since_an_earlier_year_sets_no_episode() -> None:
    body = ("China has imposed duties on polysilicon imports since July 2013. According to data "
            "released by the ministry in August, installed capacity reached 1.64 GW.")
    got = [(e.date_text, e.event_date) for e in events_of(body, NOV_2019)]
    assert got == [("July 2013", date(2013, 7, 1)), ("August", date(2019, 8, 1))]


@pytest.mark.parametrize(("sentence", "expected"), [
    # A vague count of periods ago: several and a few are three, a couple two.
    ("She turned the account into a business one several weeks ago.", ("several weeks ago", date(2019, 10, 28), "week")),
    ("Since his injury a couple of weeks ago, the team has won 2 games.", ("a couple of weeks ago", date(2019, 11, 4), "week")),
    ("The firm was sold a few months ago.", ("a few months ago", date(2019, 8, 1), "month")),
    # The start of a week is its Monday.
    ("The stock added more than 2% to begin the week.", ("to begin the week", date(2019, 11, 18), "day")),
    ("Coty took a 51% stake, a deal announced at the beginning of the week.",
     ("the beginning of the week", date(2019, 11, 18), "day")),
    # A change 'from X to Y in <date>' is dated; 'down 5% from <date>' is a baseline.
    ("Tariffs were increased from 10% to 25% in May 2019.", ("May 2019", date(2019, 5, 1), "month")),
])
def test_vague_counts_week_starts_and_dated_changes(sentence: str, expected: tuple) -> None:
    (event,) = events_of(sentence, NOV_2019)
    assert (event.date_text, event.event_date, event.date_precision) == expected


def test_a_year_to_date_baseline_is_no_date() -> None:
    assert events_of("Buyers bought 208,560 cars this year, down 5 percent from the year-to-date period "
                     "last year.", NOV_2019)[-1].date_text == "this year"
    assert len(events_of("Buyers bought 208,560 cars this year, down 5 percent from the year-to-date "
                         "period last year.", NOV_2019)) == 1


def test_a_stock_that_adds_a_percentage_moves() -> None:
    (event,) = events_of("The stock added more than 2% to begin the week.", NOV_2019)
    assert event.event_type == "economic_release"


def test_a_deal_in_a_business_story_is_a_corporate_action() -> None:
    body = ("The retailer's acquisition and merger lifted its listing, and its shares and revenue "
            "rose. Coty acquired a 51% stake in the brand, a deal announced on Monday.")
    assert events_of(body, NOV_2019)[-1].event_type == "business"
    assert events_of("The two countries signed a peace deal on Monday.", NOV_2019)[-1].event_type == "agreement"


@pytest.mark.parametrize(("sentence", "expected"), [
    # A hazard that strikes or hits is a disaster; jets that strike attack.
    ("A 6.4-magnitude earthquake struck the region on Monday.", "disaster_accident"),
    ("The storm hit the coast on Sunday.", "disaster_accident"),
    ("Israeli jets struck 2 targets in Gaza on Tuesday.", "armed_conflict"),
    # A candidate who concedes defeat loses an election.
    ("The candidate conceded defeat on Tuesday night.", "election_vote"),
])
def test_subjects_and_objects_that_name_a_sense(sentence: str, expected: str) -> None:
    assert [e.event_type for e in events_of(sentence, NOV_2019)] == [expected]


def test_a_part_of_a_year_written_as_one_word_is_that_year() -> None:
    (event,) = events_of("The law takes effect in mid-2020.", NOV_2019)
    assert (event.date_text, event.event_date, event.date_precision) == ("mid-2020", date(2020, 1, 1), "year")


@pytest.mark.parametrize(("sentence", "expected"), [
    # A past form the lemmatizer cuts wrong ('fined' -> 'fin') still finds its verb.
    ("The firm was fined $2 million in Jan. 2018.", "legal_judicial"),
    # What collapses names the sense: talks, deals, buildings.
    ("The talks collapsed in early 2019.", "meeting"),
    ("The ceasefire collapsed last week.", "agreement"),
    ("The building collapsed on Monday, killing 3.", "disaster_accident"),
])
def test_misread_lemmas_and_what_collapses(sentence: str, expected: str) -> None:
    assert [e.event_type for e in events_of(sentence, NOV_2019)] == [expected]
