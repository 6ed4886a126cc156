"""The thing a figure measures, read from the dependency parse.

In order, the first that applies:
1. the noun after "of" (or "worth of"): "40 percent of voters" -> voter, "$125 billion worth of
   goods" -> good, "hundreds of troops" -> troop;
2. the noun the quantity modifies: "2,500 US troops" -> troop, "a 2.8 per cent discount" ->
   discount, "a $2.6 billion contract" -> contract, "15% tariffs" -> tariff;
3. what a verb changes or states: "raised interest rates to 11.25%" -> rate (the object of a
   verb that sets a value), "Mexico's economy grew by 1.1%" -> economy and "revenue rose 3.5
   percent to $27.2 billion" -> revenue (the subject of a change or copula verb);
4. a verb's own noun: "earned $2.8 billion" -> earnings, "cost the state $449,000" -> cost,
   "acquired for $200 million" -> acquisition;
5. a noun the quantity is attached to by a preposition: "an increase of 0.3 percent" -> increase;
   a noun an adverb of change hangs on: "the euro up 0.05%" -> euro;
6. set phrases of news: "more than 12,000 in attendance" -> attendance, "in front of 15,522" ->
   crowd, "185 miles northwest of Beijing" -> distance, "1,900-mile-wide" -> width, "35 saves,
   including 15" -> save, "Of the participants, 65 percent were white" -> participant,
   "hundreds of them" -> what "them" stands for.
7. the whole a part is counted against counts the same things: "seven victories out of eight"
   -> victory;
8. a stock index's points, percentages and levels measure the index: "the Dow fell 200 points",
   "the S&P 500 .SPX lost 0.06%" -> index (names in units.yml, `market_indexes`);
9. points a number counts are a statistic's ("had eight points", "20 of his 31 points"); the
   whole of a record counts games ("have won 12 of 13"); a vague amount of a currency measures
   money ("billions of dollars"); a size in a product's name measures the product line ("the
   16-inch MacBook Pro" -> macbook); a length before a comparative a dimension ("two inches
   wider" -> width); a noun written with a hyphen is one word ("triple-doubles").
A dateline ("MEXICO CITY (AP) -"), a pronoun, a unit word or a time word is never the measured
thing.

Where the noun is not beside its number, the parse is walked to it:
- the subject of the verb that governs the number, through relative clauses, "after rising",
  coordinated verbs, a verb the parse hung on a noun, and a subject pronoun (to the sentence
  before when the sentence names none): "Chile's economy, hurt by ..., shrank by 0.4%";
- a generic head gives its complement, as subject or object: "the number of claims", "the
  amount of plastic", "raised the number of troops to 5,000"; a change noun what it is in: "a
  12% increase in revenue"; a record or high the subject at it: "the Sensex hit a high of X";
- a count in a list, apposition or coordination counts the noun given once: "40 buses for
  Lagos, 25 for Abuja", "five sales: two to X and three to Y", "four people were killed and 20
  injured", "built 4,000 tractors and aims to build 5,500", "1,200 more", "another 300";
- a count after a determiner stands for the group the sentence before counted: "These 11".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

CHANGE_VERBS = {
    "rise", "fall", "grow", "gain", "drop", "increase", "decrease", "decline", "climb", "jump",
    "slip", "slide", "tumble", "soar", "surge", "plunge", "dip", "edge", "ease", "shrink",
    "expand", "contract", "rebound", "lose", "add", "shed", "advance", "retreat", "total",
    "reach", "hit", "stand", "remain", "be", "average", "top", "exceed", "double", "triple",
    "come", "close", "end", "finish", "trade", "settle", "open", "hover", "sink", "spike",
    "rally", "recover", "account", "represent", "amount", "equal", "become", "run", "change",
    "move", "shift", "vary", "swing", "strengthen", "weaken", "firm", "appreciate", "depreciate",
    "slump", "rocket", "skyrocket", "crash", "tank", "dive", "peak", "bottom",
    # changes of size or pace: "the deficit narrowed 5%", "growth slowed to 2%"
    "widen", "narrow", "deepen", "halve", "slow", "accelerate", "quicken", "plummet", "leap",
    "balloon", "swell", "inch", "sag", "soften", "improve", "worsen", "deteriorate",
    "fluctuate", "hold",
    # passing a mark: "its market value passed $1 trillion"
    "pass", "surpass", "near", "approach", "eclipse", "breach", "break", "cross",
}
# Verbs of a road's, a river's or a border's extent: "the highway winds 20 miles", "the wall
# stretches 3 km": a distance they take measures their subject.
EXTENT_VERBS = {"wind", "stretch", "extend", "snake", "meander", "span"}
# Verbs that set a value: what they change is their object ("cut the rate by a quarter-point").
SETTING_VERBS = {"raise", "cut", "lower", "boost", "lift", "trim", "reduce", "increase",
                 "decrease", "hike", "slash", "set", "keep", "hold", "leave", "peg", "fix", "put",
                 "estimate", "forecast", "project", "expect", "see", "revise", "value", "maintain"}
NOMINALISATIONS = {
    "earn": "earnings", "spend": "spending", "cost": "cost", "pay": "payment", "sell": "sale",
    "buy": "purchase", "acquire": "acquisition", "invest": "investment", "lose": "loss",
    "owe": "debt", "borrow": "loan", "lend": "loan", "donate": "donation",
    "contribute": "contribution", "fine": "fine", "value": "value", "price": "price",
    "charge": "charge", "save": "saving", "weigh": "weight", "measure": "size",
    "travel": "distance", "fly": "distance", "bid": "bid", "offer": "offer", "order": "order",
    "award": "award", "budget": "budget", "allocate": "funding", "fund": "funding",
    "grant": "grant", "raise": "funding", "generate": "revenue", "collect": "revenue",
"seat": "seat", "employ": "employee", "kill": "death",
    "injure": "injury", "wound": "injury", "arrest": "arrest", "attract": "visitor",
    "yield": "yield", "score": "goal", "win": "win", "give": "donation", "poll": "support", "vote": "vote", "sign": "deal",
    "pour": "investment", "purchase": "purchase", "gross": "gross", "sue": "suit",
    # money taken: "the ring stole at least $5 million", "embezzled $2 million"
    "steal": "theft", "embezzle": "embezzlement", "swindle": "fraud", "launder": "laundering",
    "own": "ownership",  # "an entity 100 percent owned by Trump"
}
# Verbs of harm whose bare count is of people: "killed 12", "injuring 29".
HARM_VERBS = {"kill", "injure", "wound", "hurt"}
# Verbs of flying, whose height "at" a length is an altitude: "cruising at 35,000 feet".
FLYING_VERBS = {"fly", "circle", "cruise", "hover", "soar", "glide", "orbit"}
# Markets whose losses are price moves, not a loss of money: "shares lost $1.20".
MARKET_SUBJECTS = {"share", "stock", "price", "index", "future", "bond", "dollar", "euro", "yen",
                   "currency", "market"}
# Verbs whose object number is a level reached ("shares hit 52", "the index reached 4,000",
# "the stock closed 45"), not a count like the one an earlier verb in the sentence took.
LEVEL_VERBS = {"hit", "reach", "top", "touch", "near", "exceed", "surpass", "pass", "cross", "approach", "break",
               "rise", "climb", "close", "settle", "peak"}
# Subjects whose number is a level of their own, never a count an earlier clause's noun says:
# "its output index reached 90", "its share price was 45", "the jobless rate hit 9".
LEVEL_SUBJECTS = MARKET_SUBJECTS | {"rate", "level", "value", "valuation", "yield", "ratio", "average",
                                    "gauge", "benchmark", "composite", "temperature", "rating", "score",
                                    "reading", "percentage"}
SKIP_NOUNS = {"percent", "%", "per", "cent", "point", "points", "time", "times", "number",
              "total", "figure", "amount", "level", "year", "month", "week", "day", "one",
              "part", "lot", "couple", "range", "pair", "front", "place", "addition",
              "fraction", "high", "low", "worth", "straight", "consecutive", "tune",
              "equivalent"}
LEMMA_FIXES = {"bases": "base", "basis": "base", "data": "data", "media": "media",
               "forces": "force", "others": "other", "earnings": "earnings", "proceeds": "proceeds",
               "sales": "sale", "savings": "saving", "people": "people", "goods": "good",
               "arms": "arms", "news": "news", "species": "species", "series": "series",
               "doses": "dose",
               # spaCy's exceptions table reads "taxes" as the plural of "taxis" (the Greek word)
               "taxes": "tax",
               # and "cookies" as the plural of "cooky" ("baked 500 holiday cookies")
               "cookies": "cookie"}
PREP_LINKS = {"to", "by", "from", "at", "of", "for", "around", "near", "about", "over",
              "under", "above", "below", "between", "with", "including"}
# "the number of young people ... was 3.8 percent": a count's subject names what it counts.
COUNTING_SUBJECTS = {"number", "share", "proportion", "percentage", "fraction", "majority"}
# "1,900-mile-wide": the dimension a length measures.
DIMENSIONS = {"wide": "width", "long": "length", "tall": "height", "high": "height",
              "deep": "depth", "thick": "thickness"}
# "two inches wider than the outgoing model": a length before a comparative measures a dimension.
COMPARATIVE_DIMENSIONS = {"wider": "width", "longer": "length", "taller": "height", "higher": "height",
                          "deeper": "depth", "thicker": "thickness", "narrower": "width",
                          "shorter": "length", "lower": "height", "thinner": "thickness"}
LENGTH_UNITS = {"inch", "ft", "m", "cm", "mm", "km", "mile", "yard", "metre"}
COMPASS_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
                 "southwest", "north-east", "north-west", "south-east", "south-west", "away"}
# Units that are themselves what a statistic counts when nothing else is named: yards gained,
# points scored, an engine's horsepower.
COUNTED_UNITS = {"yard": "yard", "point": "point", "hp": "horsepower"}
DISTANCE_UNITS = {"km", "mile", "m", "ft", "yard", "metre", "nautical_mile", "light_year"}


def lemma_of(token: Token) -> str:
    """Lower-case lemma, with the lemmatizer's slips on plural-only nouns fixed."""
    if token.tag_ == "NNPS" and token.ent_type_ == "NORP" and token.lower_.endswith("s"):
        return token.lower_[:-1]  # "Israelis" -> israeli
    if token.pos_ == "VERB" and token.dep_ == "pobj" and token.lower_ in PEOPLE_ADJECTIVES:
        return token.lower_  # "of the injured": the people, not the verb "injure"
    if token.lower_ in WEEKDAYS:
        return token.lower_[:-1]  # "Sundays" -> sunday
    glued = _before_glued_dash(token)
    if glued is not None:
        return glued
    return LEMMA_FIXES.get(token.text.lower(), token.lemma_.lower())


GLUED_DASH = re.compile(r"^([a-z]+)(?:--|—|–)")


def _before_glued_dash(token: Token) -> str | None:
    """'ribs--"I got', 'horses"--and': a word the tokenizer left glued to a dash written as two
    hyphens (and what follows it) is the word before the dash; a plural is made singular."""
    text = token.text.lower()
    if "--" not in text and not re.search(r'["”’]--', text):
        return None
    match = GLUED_DASH.match(text) or re.match(r'^([a-z]+)["”’]', text)
    if match is None:
        return None
    word = match.group(1)
    if word in LEMMA_FIXES:
        return LEMMA_FIXES[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _is_dateline(token: Token) -> bool:
    return token.is_upper and len(token.text) > 1 and token.i - token.sent.start < 5


def _is_unit_word(token: Token) -> bool:
    from newsfacts.extract.figures.quantities import vocabulary

    vocab = vocabulary()
    return (token.lower_ in vocab["measures"] or token.lower_ in vocab["currency_words"]
            or token.text in vocab["measures_cased"])


def _is_currency_word(token: Token) -> bool:
    from newsfacts.extract.figures.quantities import vocabulary

    return token.lower_ in vocabulary()["currency_words"]


def _counted_places(token: Token) -> bool:
    """'11 hidden places', 'seven more places to look': places counted, a count and an adjective
    before them ("in first place", "took place" and "climbed three places" in a table stay skipped)."""
    children = list(token.children)
    return token.lower_ == "places" and any(c.dep_ == "nummod" for c in children) and any(
        c.dep_ == "amod" and c.i < token.i for c in children) and (
        token.head.lemma_.lower() not in RANK_MOVES)  # "fell three crucial places", "climbed two more places"


# Verbs of a move in a table or a race, whose "places" are ranks ("climbed two more places").
RANK_MOVES = {"climb", "fall", "drop", "rise", "move", "gain", "slip", "jump", "lose", "slide", "tumble",
              "plummet", "leap", "shoot", "sink", "plunge", "advance", "improve", "go", "fell", "rose", "slid"}


def _usable(token: Token | None, taken: set[int], allow_currency: bool = False) -> bool:
    # People and places are whose or where a figure is, not what it measures ("Europe's
    # population", "Nevada's rainfall").
    if token is not None and token.pos_ == "PROPN" and token.ent_type_ in {"PERSON", "GPE", "LOC",
                                                                           "NORP", "FAC"} and not (
            token.ent_type_ == "NORP" and token.tag_ in {"NNPS", "NNP"}
            and any(c.dep_ == "nummod" for c in token.children)):
        return False  # "600,000 Israelis", "three million Palestinians", "one Democrat": the people counted
    if token is not None and token.i not in taken and _counted_points(token):
        return True
    return (
        token is not None and token.i not in taken and token.pos_ in {"NOUN", "PROPN"}
        and any(ch.isalpha() for ch in token.text)  # a table's "|" tagged as a noun names nothing
        and (lemma_of(token) not in SKIP_NOUNS or _counted_places(token)) and not token.like_num
        and not (_is_unit_word(token) and not (allow_currency and _is_currency_word(token)))
        and (token.ent_type_ not in {"DATE", "TIME", "PERCENT", "MONEY", "CARDINAL", "QUANTITY"}
             or _counted_in_number_entity(token))
        and not _is_dateline(token)
        # "$0.23/W", "€1.45/L": the unit a price is per is not what it measures.
        and not (token.i > 0 and token.doc[token.i - 1].text == "/" and len(token.text) <= 3)
    )


# Days a count may count ("Five Sundays a year"), which the NER tags as a date.
WEEKDAYS = {"mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"}


def _counted_in_number_entity(token: Token) -> bool:
    """'Here are five lessons', 'Five Sundays a year': a plural noun a number counts that the NER
    swept into the number's entity (or, for a weekday, a date) is still the thing counted; the
    number words themselves ('dozen', 'thousands') are not."""
    from newsfacts.extract.numbers import NUMBER_WORDS, SCALE_WORDS, VAGUE_WORDS

    if token.tag_ not in {"NNS", "NNPS"} or (token.tag_ == "NNPS" and token.lower_ not in WEEKDAYS) or (
            token.lower_ in VAGUE_WORDS or token.lower_ in NUMBER_WORDS):
        return False
    if token.ent_type_ == "DATE" and token.lower_ not in WEEKDAYS:
        return False
    if token.ent_type_ not in {"CARDINAL", "QUANTITY", "DATE"} or not token.is_alpha or len(token.text) < 4:
        return False  # (not a unit's abbreviation: "500 ml")
    # (a bare scale is a manner of speaking: "there's a thousand choices")
    return any(c.dep_ == "nummod" and c.i < token.i and c.lower_ not in SCALE_WORDS for c in token.children)


def _counted_points(token: Token) -> bool:
    """'scored 31 points', 'had four points', 'two match points': points a number counts are
    what a statistic counts (a plain "points" after an index or a poll is a unit, read before)."""
    return token.tag_ == "NNS" and token.lower_ == "points" and any(
        c.dep_ == "nummod" and c.pos_ == "NUM" for c in token.children)


def _object_of_participle_after_of(token: Token) -> Token | None:
    """'hundreds of working smart home devices', 'dozens of existing homes': the parse reads the
    participle after "of" as a gerund and the plural noun as its object; the noun is what is
    counted (only a plural noun that ends the participle's phrase, nouns and adjectives between)."""
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == token.i + 1), None)
    if of is None:
        return None
    verb = next((g for g in of.children if g.dep_ == "pcomp" and g.tag_ == "VBG" and g.i == of.i + 1), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb is not None else None
    if obj is None or obj.tag_ != "NNS" or not all(
            t.pos_ in {"ADJ", "NOUN", "PROPN"} for t in token.doc[verb.i + 1 : obj.i]):
        return None
    return obj


def of_object(token: Token, taken: set[int]) -> Token | None:
    """The noun after 'of' (skipping chained amounts: 'tens of thousands of troops')."""
    from newsfacts.extract.numbers import SCALE_WORDS, VAGUE_WORDS

    for _ in range(3):
        heads = [token]
        heads += [c for c in token.children if c.lower_ == "worth"]
        if token.head.lower_ == "worth":
            heads.append(token.head)  # "$125 billion worth of Chinese goods"
        pobj = next(
            (g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"),
            None,
        )
        if pobj is None:
            gerund_object = _object_of_participle_after_of(token)
            if gerund_object is not None:
                return gerund_object if _usable(gerund_object, taken) else None
            nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            if nxt is not None and nxt.text == "." and not token.whitespace_ and _is_unit_word(token) and (
                    nxt.i + 1 < len(token.doc)):
                nxt = token.doc[nxt.i + 1]  # "4.9 million bbl. of oil": the unit's full stop split off
            if nxt is not None and nxt.lower_ == "of" and nxt.i + 1 < len(token.doc):
                candidate = _noun_after(nxt)
                return candidate if _usable(candidate, taken) else None
            return None
        if pobj.lower_ in VAGUE_WORDS or pobj.lower_ in SCALE_WORDS or (
                _is_unit_word(pobj) and not _is_currency_word(pobj) and not _counted_points(pobj)):
            token = pobj  # "a fraction of an inch of rain": what the unit is of
            continue
        if pobj.lower_ in {"them", "those"}:
            return _plural_antecedent(token, taken)  # "hundreds of them"
        owned = _owned_noun(pobj)
        if owned is not None and _usable(owned, taken):
            return owned  # "eight of the nation's 10 largest states": the states, not the nation
        stored = _stored_thing(pobj, taken)
        if stored is not None:
            return stored  # "90 percent of its $238 billion cash hoard": a share of the cash
        of_token = pobj.head
        if _ran_past_a_verb(of_token, pobj):
            # "16 grams of fiber daily increased levels": the parse ran the object past a verb
            candidate = _noun_after(of_token)
            return candidate if _usable(candidate, taken) else None
        if pobj.tag_ == "NNPS" and pobj.ent_type_ == "NORP" and pobj.i not in taken:
            return pobj  # "52% of Americans": a people counted, not a nationality
        if pobj.pos_ in {"ADJ", "VERB"} and pobj.i not in taken and any(
                c.dep_ == "det" and c.lower_ == "the" for c in pobj.children) and pobj.lower_ in PEOPLE_ADJECTIVES:
            return pobj  # "60% of the dead", "half of the injured": the people the adjective names
        return pobj if _usable(pobj, taken) else None
    return None


# Nouns of a store of something that the noun before them names: "a cash hoard", "the cash pile".
STORE_NOUNS = {"hoard", "pile", "stockpile", "stash"}


def _stored_thing(noun: Token, taken: set[int]) -> Token | None:
    """'cash' in 'its cash hoard': a share of a store is a share of what is stored."""
    if noun.lemma_.lower() not in STORE_NOUNS:
        return None
    stored = next((c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1 and c.pos_ == "NOUN"), None)
    return stored if _usable(stored, taken) else None


# Adjectives that name people after "the": "the dead", "the injured", "the poor".
PEOPLE_ADJECTIVES = {"dead", "injured", "wounded", "missing", "poor", "rich", "elderly", "young",
                     "unemployed", "homeless", "sick", "displaced", "accused", "infected", "vaccinated",
                     "unvaccinated", "uninsured", "disabled"}


def _ran_past_a_verb(of_token: Token, pobj: Token) -> bool:
    """'of fiber daily increased levels': a noun, then a verb standing alone (no participle
    joined by a hyphen, 'eye-catching', nor one before the noun, 'of saved mass')."""
    doc = of_token.doc
    between = doc[of_token.i + 1 : pobj.i]
    # (a possessor is no noun the verb follows: "of the world's remaining forested landscapes")
    noun = next((t for t in between if t.pos_ == "NOUN" and t.dep_ != "poss"), None)
    return noun is not None and any(
        t.pos_ == "VERB" and t.i > noun.i and doc[t.i - 1].text != "-" and doc[t.i - 1].whitespace_
        and not (t.i + 1 < len(doc) and doc[t.i + 1].text == "-") for t in between)


def _stands_for_noun(span: Span) -> bool:
    """A count standing for a plural said before it ("the newly selected five")."""
    from newsfacts.extract.figures.exclusions import is_elliptical_count

    head = span.root
    return head.pos_ == "NUM" and not any(c.pos_ in {"NOUN", "PROPN"} for c in head.children) and (
        head.head.pos_ not in {"NOUN", "PROPN"} or head.dep_ not in {"nummod", "compound"}
    ) and is_elliptical_count(span)


def _plural_antecedent(anchor: Token, taken: set[int]) -> Token | None:
    """What "of them" stands for: the nearest plural noun counted before it ("detained 45 people,
    and 30 of them"), else the nearest plural subject, else the nearest plural noun."""
    before = list(reversed(anchor.doc[anchor.sent.start : anchor.i]))
    plurals = [t for t in before if t.tag_ == "NNS" and _usable(t, taken)]
    counted = next((t for t in plurals if any(c.dep_ == "nummod" and c.i not in taken for c in t.children)), None)
    if counted is not None:
        return counted
    return next((t for t in plurals if t.dep_ == "nsubj"), plurals[0] if plurals else None)


def _owned_noun(possessor: Token) -> Token | None:
    """The noun a possessor the parse took for the object of "of" owns: "of the nation's 10 most
    populous states" -> states (None when no possessive marker follows)."""
    doc = possessor.doc
    if possessor.i + 1 >= len(doc) or doc[possessor.i + 1].tag_ != "POS":
        return None
    for token in doc[possessor.i + 2 : possessor.i + 8]:
        if token.pos_ in {"NOUN", "PROPN"} and not (
                token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "NOUN" and doc[token.i + 1].dep_ != "conj"):
            return token
        if token.pos_ not in {"NUM", "ADJ", "ADV", "NOUN", "PROPN"} and token.text != "-":
            return None
    return None


def _noun_after(of_token: Token) -> Token | None:
    """The head noun of the phrase right after 'of' when the parse missed the attachment."""
    doc = of_token.doc
    for token in doc[of_token.i + 1 : of_token.i + 6]:
        if token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "POS":
            continue  # "of Europe's population": the possessor is not the head
        if token.pos_ in {"NOUN", "PROPN"} and not (
            token.i + 1 < len(doc) and doc[token.i + 1].pos_ in {"NOUN", "PROPN"}
            and doc[token.i + 1].dep_ in {"compound", "pobj", "nsubj", "dobj"}
            and doc[token.i + 1].head.i != token.i
        ):
            return token
        if token.tag_ in {"VBG", "VBN"} and token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "NOUN":
            continue  # "tens of thousands of evolving galaxies": a participle before the noun
        if token.pos_ in {"VERB", "AUX", "PUNCT", "ADP"} and token.text != "-":
            return None
    return None


def _is_code(token: Token) -> bool:
    """Tickers and codes ('.DJI', 'LCOc1', 'GBP=') name no measured thing themselves."""
    return any(c.isdigit() or c in ".=" for c in token.text) or (token.is_upper and len(token.text) >= 4 and token.ent_type_ not in {"ORG", "GPE"})


def _is_market_index(token: Token) -> bool:
    """Whether a noun phrase names a stock index: "the Dow", "the S&P 500 .SPX", "the FTSE 100"."""
    from newsfacts.extract.figures.quantities import vocabulary

    names = vocabulary()["market_indexes"]
    phrase = [t for t in token.subtree
              if t == token or (t.i < token.i and t.dep_ in {"compound", "nmod", "amod"})]
    return any(
        t.lower_ in names and (t.pos_ == "PROPN" or t.lower_ in {"index", "indices", "indexes"})
        and t.ent_type_ not in {"PERSON", "GPE", "NORP"}
        for t in phrase
    )


def _named_part(subject: Token, taken: set[int]) -> Token | str | None:
    """'Brent crude LCOc1' -> crude: the noun before a ticker in a subject phrase; 'index' for
    a stock index ("the Dow Jones Industrial Average .DJI fell 102 points")."""
    if _is_market_index(subject):
        return "index"
    # "the share of women" counts women; "shares of Apple" are the stock itself.
    if subject.lemma_.lower() in COUNTING_SUBJECTS and subject.i not in taken and subject.tag_ != "NNS":
        counted = of_object(subject, taken)
        if counted is not None or lemma_of(subject) not in SKIP_NOUNS or subject.dep_ in {"nsubj", "nsubjpass"}:
            return counted if counted is not None else subject
        return None  # "seen a fraction of it": a generic object names nothing
    if subject.lemma_.lower() in FRAME_NOUNS and subject.i not in taken:
        counted = of_object(subject, taken)  # "the amount of plastic", "the level of debt"
        if counted is not None:
            return counted
    if subject.lower_ in {"they", "it"} and subject.dep_ in {"nsubj", "nsubjpass"}:
        return _antecedent(subject, taken)
    framed = _framed_noun(subject, taken)
    if framed is not None:
        return framed
    # A currency that rises or falls is measured itself: "the yen strengthened 0.13%", and so is
    # "the pound" (a weight does not drop 0.5 percent to $1.2611).
    if subject.lower_ == "pound" and subject.dep_ == "nsubj" and subject.i not in taken and (
            verb_lemma(subject.head) in CHANGE_VERBS - {"be", "become", "weigh"}):
        return subject
    if not _is_code(subject):
        return subject if _usable(subject, taken, allow_currency=True) else None
    modifiers = [c for c in subject.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < subject.i]
    for modifier in sorted(modifiers, key=lambda c: -c.i):
        if _usable(modifier, taken, allow_currency=True) and not _is_code(modifier):
            return modifier
    return None


# Nouns that frame an amount named by the noun before them: "the water level", "the sales total",
# or after them: "the amount of plastic", "the volume of trade".
FRAME_NOUNS = {"level", "total", "amount", "figure", "volume", "quantity", "sum", "handful"}


def _antecedent(pronoun: Token, taken: set[int]) -> Token | None:
    """What a subject pronoun stands for: the nearest subject before it in the sentence that
    agrees in number ("Sales were strong: they rose 7 percent", "the firm said it grew 5%")."""
    plural = pronoun.lower_ == "they"
    # "claiming the apartment was 30,000 square feet when it turned out to be 11,000": a common
    # noun the parse left as an object can be what "it" stands for, as a subject can.
    roles = {"nsubj", "nsubjpass"} if plural else {"nsubj", "nsubjpass", "dobj"}
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if token.dep_ in roles and (token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.dep_ != "dobj")) and (
                (token.tag_ in {"NNS", "NNPS"}) == plural):
            return token if _usable(token, taken) else None
    # The first subject of a sentence whose verb is a change: the subject of the sentence before
    # ("Sales slowed in May. They rose 1% after rising 3% in April.").
    previous = pronoun.doc.user_data.get(PREVIOUS_SENTENCE)
    if previous is None or verb_lemma(pronoun.head) not in CHANGE_VERBS - {"be", "become"}:
        return None
    for token in previous:
        if token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ == "ROOT" and token.pos_ in {"NOUN", "PROPN"}:
            agrees = (token.tag_ in {"NNS", "NNPS"}) == plural
            return token if agrees and _usable(token, set()) else None
    return None


# Key in Doc.user_data under which extract_figures puts the parsed sentence before the one it reads.
PREVIOUS_SENTENCE = "newsfacts_previous_sentence"


def _framed_noun(subject: Token, taken: set[int]) -> Token | None:
    """'saturation' in 'my oxygen saturation level is 97%': the frame noun names no thing."""
    if subject.lemma_.lower() not in FRAME_NOUNS:
        return None
    compound = next((c for c in subject.children if c.dep_ == "compound" and c.i == subject.i - 1), None)
    return compound if _usable(compound, taken) else None


def _subject(verb: Token, taken: set[int]) -> Token | str | None:
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    subjects = sorted(subjects, key=lambda c: abs(c.i - verb.i))
    for subject in subjects:
        if subject.lower_ in {"which", "that", "who"} and verb.dep_ == "relcl":
            subject = verb.head  # "WeWork, which was valued at $47 billion"
        named = _named_part(subject, taken)
        if named is not None:
            return named
    if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and verb.head.i < verb.i:
        controller = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i
                           and c.pos_ in {"NOUN", "PROPN"}), None)
        named = _named_part(controller, taken) if controller is not None else None
        if named is not None:
            return named  # "it expects annual viewers to have grown to 303 million": the viewers grow
    if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head.pos_ in {"VERB", "AUX"}:
        return _subject(verb.head, taken)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in {"VERB", "AUX"}:
        return _subject(verb.head.head, taken)  # "prices rose 0.4% after rising 0.1%"
    if verb.dep_ == "acl" and not subjects and verb.head.pos_ in {"NOUN", "PROPN"} and (
            verb_lemma(verb) in CHANGE_VERBS | SETTING_VERBS):
        # A verb that modifies a noun is said of it: "the rate set at 5%". When the parse found
        # no main verb, the verb is the main one and the sentence's head noun its subject:
        # "Mexico's economy, hit by weak demand, shrank by 0.3%" (read as a participle).
        root = verb.sent.root
        noun = root if root.pos_ in {"NOUN", "PROPN"} and root.i < verb.i else verb.head
        return _named_part(noun, taken)
    return None


# Nouns that only frame an amount: "a total of $2.6 billion", "hit a record of 9.1 percent".
AMOUNT_NOUNS = {"total", "sum", "amount", "figure", "record", "high", "low", "peak", "level", "range",
                "maximum", "minimum", "tune", "equivalent"}
# The size of an economy a share is taken of: "a deficit of 4.5% of GDP" measures the deficit.
ECONOMY_DENOMINATORS = {"gdp", "gnp", "output"}
# Events money is raised in, which are not what it measures: "$1.5 billion in a bond sale".
MONEY_EVENTS = {"sale", "deal", "round", "offering", "listing", "ipo", "transaction", "auction"}
# Prepositions that set a level only roughly: "kept rates near zero", "held prices below $5".
BOUND_PREPS = {"near", "around", "below", "above", "under", "toward", "towards"}
# Periods a change is counted over: "up 40% year to date", "3% year on year".
PERIOD_NOUNS = {"year", "month", "week", "day", "quarter"}


def _governor(anchor: Token) -> tuple[Token | None, str | None]:
    """The verb or noun the quantity hangs on, and the preposition between them if any.

    The preposition is "adverb" when an adverb of change stands between ("down 10 percent").
    """
    token, prep = anchor, None
    while token.dep_ in {"conj", "quantmod"} and token.head.i < token.i and (
            token.head.pos_ == "NUM" or token.head.lower_ in {"%", "percent", "pct"} or _is_unit_word(token.head)):
        token = token.head  # "rise between 2% and 3%": the second end hangs on the first
    if token.dep_ == "pobj" and token.head.dep_ in {"prep", "agent", "dative"}:
        prep = token.head.lower_
        token = token.head
    head = token.head
    if token.lower_ in {"%", "percent", "pct"} and head.lemma_.lower() in PERIOD_NOUNS and (
            token.dep_ in {"compound", "nummod"} and head.i == token.i + 1):
        head = head.head  # "up 40% year to date", parsed as a "40% year": the period is no noun
    if head.lower_ in {"times", "time"} and head.dep_ in {"npadvmod", "advmod", "dobj"}:
        head = head.head  # "scored four times": how often the verb happened
    if (head.pos_ == "ADV" or (head.dep_ == "prt" and head.lower_ in {"up", "down"})) and head.head != head:
        # "down 10 percent", "up 4 percent" (an adverb, or a particle of the verb)
        prep = prep or "adverb"
        head = head.head
    if head.pos_ == "ADP" and head.dep_ == "prep":  # "to 126" attached through a preposition
        prep = prep or head.lower_
        head = head.head
    return (head if head != token else None), prep


def measured_thing(span: Span, anchor: Token, taken: set[int], unit: str | None = None) -> str | None:
    """Lemma of what the quantity measures, or None when the sentence does not say."""
    if anchor.dep_ == "det":
        # "a half-dozen project managers": the parse may hang the article and the number on the
        # noun side by side, and the article is taken for the span's root
        # ("a thousand choices", a manner of speaking, is left to the exclusions as it was)
        number = [t for t in span if t.head == anchor.head and t.dep_ in {"nummod", "compound", "quantmod"}]
        anchor = number[-1] if number and number[-1].lower_ not in {"hundred", "thousand", "million"} else anchor
    if anchor.dep_ == "appos" and _is_unit_word(anchor.head):
        anchor = anchor.head  # "55 mph (88.5 kph)": the conversion measures the same thing
    if anchor.lower_ == "cent" and anchor.dep_ == "pobj" and anchor.head.lower_ == "per":
        anchor = anchor.head  # "a 2.8 per cent discount": the parse hangs "per" on the noun
    phrase = _set_phrase(span, anchor, unit)
    if phrase is not None:
        return phrase
    if unit is None and anchor.head.lower_ in {"times", "time"} and _counts_occasions(anchor) and not (
            _is_multiple_of(anchor.head) or verb_lemma(anchor.head.head) in NOMINALISATIONS):
        # "hitting Forster several times", "asked her three times": how often ("scored four
        # times" counts what the verb's own noun names, goals)
        return "time"
    if unit is not None and len(unit) == 3 and unit.isupper() and _after_contract_term(span):
        return "contract"  # "David Price, six years remaining, $188 million": a contract's length and value
    if _periodic_pay(span, anchor, unit):
        return "pay"  # "Some make $10.50 an hour": what a worker is paid by the hour
    change = _times_the_change(anchor)
    if change is not None:
        return change  # "grew by over 2.5 times the increase in students": a multiple of a change
    if unit == "percent" and _earns_more(anchor):
        return "earnings"  # "graduates earn 25% more", "those with a degree make 70% more"
    owed = _amount_after_recipient(anchor, taken)
    if owed is not None:
        return lemma_of(owed)  # "a net benefit to the state of $8.1 billion": the benefit
    numbered = _numbers_of_kind(anchor, taken) if unit is None else None
    if numbered is not None:
        return numbered  # "39 stolen debit card numbers": card numbers, counted by their kind
    if unit == "percent" and _company_moved(anchor):
        return "share"  # "Credit Suisse Group AG gained 6.4 percent": its share price moved
    if unit is not None and len(unit) == 3 and unit.isupper() and _per_commodity_unit(span):
        return "price"  # "crude fell toward $50 a barrel", "coal trades at about $10 per short ton"
    crowd = _by_the_dozens(span, anchor, taken)
    if crowd is not None:
        return crowd
    line = _sized_product_line(anchor, unit)
    if line is not None:
        return line  # "the 15-inch MacBook Pro", "the 16-inch MacBook's keyboard": the product line
    if unit is None and _is_record_whole(anchor):
        return "game"
    whole_of = _part_before_out_of(span)
    if whole_of is not None and lemma_of(whole_of) not in SKIP_NOUNS:  # taken by the part, too
        return lemma_of(whole_of)  # "seven victories out of eight": the whole counts victories
    whole_noun = _whole_after_out_of(span)
    if whole_noun is not None and unit is None and lemma_of(whole_noun) not in SKIP_NOUNS:
        return lemma_of(whole_noun)  # "4.5 out of 5 stars", "three out of 12 jurors": the whole's noun
    kin = _children_of_parent(anchor, unit)
    if kin is not None:
        return kin
    asked = _those_asked(anchor, unit)
    if asked is not None:
        return asked
    ranked = _ranked_noun(anchor, taken)
    if ranked is not None:
        return lemma_of(ranked)
    rate = _rate_per_base(anchor, taken)
    if rate is not None:
        return lemma_of(rate) if not isinstance(rate, str) else rate
    whole = fronted_whole(span) if unit is None else None
    if whole is not None:
        return lemma_of(whole)  # "Of the 12 hostages, seven were freed": seven hostages
    found = of_object(anchor, taken)
    if found is not None and unit == "percent" and _is_company(found):
        return "stake"  # "owns 5 percent of Tesla", "with 24.4% of the company"
    if found is not None and unit == "percent" and (lemma_of(found) in ECONOMY_DENOMINATORS or _spelled_gdp(found)):
        whole = _from_governor(anchor, taken)  # "the deficit will reach 4.5% of GDP"
        found = whole if whole is not None else found
    if found is None and anchor.dep_ in {"nummod", "quantmod", "compound", "amod", "nmod",
                                         "npadvmod", "appos", "predet"}:
        head = anchor.head
        after = anchor.doc[anchor.i + 1] if anchor.i + 1 < len(anchor.doc) else None
        if not any(ch.isalnum() for ch in head.text) and after is not None and after.pos_ == "NOUN" and (
                after.i != head.i):
            head = after  # "| 2 tackles": a table's "|" the parse took for the counted noun
        if anchor.dep_ == "compound" and head.dep_ == "nummod" and head.i == anchor.i + 1 and (
            head.text.isdigit() and len(head.text) >= 3
        ):
            head = head.head  # "five 787 Dreamliner orders": the model number is no count
        elif anchor.dep_ == "nummod" and head.dep_ in {"nummod", "compound"} and head.i == anchor.i + 1 and (
            is_model_code(head.text) and head.head.i > head.i
        ):
            head = head.head  # "four RS-25 engines": the model code names what is counted
        # "two 120 mm rounds": a count that modifies a unit counts what the unit measures.
        while _is_unit_word(head) and head.head != head and head.head.i > head.i:
            head = head.head
        if head.dep_ == "compound" and head.is_upper and head.pos_ == "PROPN" and head.head.i == head.i + 1 and (
                head.head.pos_ == "NOUN" and anchor.i < head.i):
            head = head.head  # "a 15 billion euro ESM loan": the acronym says whose loan
        if head.i > anchor.i and _usable(head, taken):
            found = _plural_conjunct(head, anchor)
        elif head.i > anchor.i and anchor.dep_ == "nummod" and head.pos_ == "VERB" and head.tag_ in {"VBG", "NN"} and (
                head.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj", "attr"} and head.i not in taken
                and anchor.doc[anchor.i + 1].text != "-"):  # ("18-of-27 passing" is read apart)
            found = head.lower_  # "had one in-person meeting": a noun the tagger took for a verb
        elif head.i > anchor.i and anchor.dep_ == "nummod" and head.tag_ == "VBZ" and head.dep_ in {"dobj", "pobj"} and (
                head.i not in taken and head.is_alpha and head.lower_.endswith("s")):
            found = verb_lemma(head)  # "for 11 Cy Young vote finishes": a plural the tagger took for a verb
        elif _hyphenated_size(anchor, head) and _usable(head.head, taken):
            found = head.head  # "a ten-part series", "the 30-date run": the whole that is counted
        elif unit in PRODUCT_SIZE_UNITS and head.i > anchor.i and head.pos_ == "PROPN" and head.i not in taken:
            found = head  # "the 16-inch MacBook Pro", which the NER may take for a person
    if found is None and anchor.dep_ == "appos" and anchor.head.i < anchor.i and (
            anchor.head.pos_ == "NOUN" and not _is_unit_word(anchor.head)):
        # An amount in apposition restates the noun before it: "the prize, $1 million,",
        # "a record number of migrants, 1.2 million,".
        found = _named_part(anchor.head, taken)
    if found is None and unit is not None and len(unit) == 3 and unit.isupper():
        found = _noun_hung_below_amount(span, anchor, taken)
    if found is None and unit is None:
        found = _participle_threshold(anchor, taken)
    if found is None:
        found = _parallel(anchor, taken, unit)
    if found is None and unit is None:
        found = _counted_by_same_verb(anchor, taken) or _elided_from_previous(anchor)
    if found is None and unit is None and anchor.lower_ == "dozen" and span.end < len(span.doc) and (
            _usable(span.doc[span.end], taken) and span.doc[span.end].tag_ == "NNS"):
        found = span.doc[span.end]  # "a half-dozen doctors" with "dozen" parsed as the head noun
    if found is None and unit is None and _people_who(span, anchor):
        return "person"  # "one out of tens of thousands who saw him", "the 200 who attended"
    if found is None and unit is None and _audience_subject(span):
        return "person"  # "Tens of millions watch them play on TV", "thousands attended"
    is_money = unit is not None and len(unit) == 3 and unit.isupper()
    if found is None and is_money:
        found = _money_of_relative_clause(anchor)  # "the $140 it would cost": the cost
    if found is None and unit in DISTANCE_UNITS:
        found = _extent(anchor, taken)  # "the road winds 20 miles": the road
    if found is None and is_money:
        # "earnings of $2.10 a share" measures the earnings; "$2.52 a share" alone, the share
        of_noun = _from_governor(anchor, taken, True) if _governor(anchor)[1] == "of" else None
        found = _money_in(anchor, taken) or of_noun or _per_unit(anchor, taken)
    if found is None:
        found = _from_governor(anchor, taken, is_money)
    if found is None:
        found = _per_unit(anchor, taken)
    if found is None and (anchor.dep_ in {"nsubj", "nsubjpass"} or unit == "percent"):
        # (a list of shares goes on without a verb: "65 percent were white, 15.36 percent Hispanic")
        found = _fronted_partitive(anchor, taken)
    if found is None and is_money and _vague_money(span):
        # "billions of dollars", "hundreds of pounds": the currency is the only noun, and names it
        return _vague_currency_noun(span, taken)
    if found is None and is_money and _is_price_aside(span):
        return "price"
    if found is None and is_money and _priced_by_the_period(span):
        return "price"  # "$20/month for unlimited music", "the extra $45 a year": a subscription's price
    if found is None and unit == "barrel":
        return "oil"  # "the 800,000 or so bbl": barrels with nothing named are oil's
    if found is None and unit is None and _counts_occasions(anchor):
        return "time"
    if found is None and unit is None and anchor.i == span.root.i and _stands_for_noun(span) and not (
            anchor.dep_ == "dobj" and has_level_subject(anchor.head)):  # ("its index built 90": no trucks)
        found = _plural_antecedent(anchor, taken)  # "tapped three firms; only two committed"
    if found is not None and not isinstance(found, str):
        found = _changed_thing(found, taken, counted=unit is None)
        found = _respective(found, anchor)
        if unit in PRODUCT_SIZE_UNITS and found.pos_ == "PROPN":
            found = _product_line(found)
    is_name = found is not None and not isinstance(found, str) and found.pos_ == "PROPN"
    if unit in COUNTED_UNITS and (found is None or is_name or (isinstance(found, str) and found != "index")):
        return COUNTED_UNITS[unit]  # "rushed for 101 yards", "scoring 24 points": the unit is counted
    return _whole_word(found) if found is not None and not isinstance(found, str) else found


# Sizes that name a product's screen or storage: "a 16-inch MacBook Pro", "the 512GB iPad".
PRODUCT_SIZE_UNITS = {"inch", "GB", "TB", "MB", "mm"}


def _amount_after_recipient(anchor: Token, taken: set[int]) -> Token | None:
    """'a net benefit to the state of $8.1 billion', 'a cost to taxpayers of $2 billion': an
    amount after "of" that the parse hangs on the recipient named between "to" (or "for") and
    it measures the noun before "to"."""
    of = anchor.head
    if anchor.dep_ != "pobj" or of.lower_ != "of" or of.head.dep_ != "pobj":
        return None
    to = of.head.head
    if to.lower_ not in {"to", "for"} or to.i == 0:
        return None
    before = anchor.doc[to.i - 1]
    return before if before.pos_ == "NOUN" and before.tag_ == "NN" and _usable(before, taken) else None


EARNING_VERBS = {"make", "earn", "get", "receive", "take"}
PAY_PERIODS = {"hour", "year", "month", "week"}


def _periodic_pay(span: Span, anchor: Token, unit: str | None) -> bool:
    """'Some currently make $10.50 an hour', 'CEOs who make $17 million a year', 'workers are paid
    $15 per hour': an amount of money by the hour, week, month or year that someone earns (or is
    paid) is their pay; "paying $20 a month" for a service is a price."""
    if unit is None or len(unit) != 3 or not unit.isupper():
        return False
    doc = span.doc
    end = span.end
    while end + 1 < len(doc) and doc[end].text in {",", "or", "and"} and (
            doc[end + 1].like_num or doc[end + 1].is_currency) and end - span.end < 12:
        # "jobs that pay $40,000, $50,000, $60,000 a year": the period after a list is each item's
        end += 1
        while end < len(doc) and (doc[end].like_num or doc[end].is_currency or doc[end].ent_type_ == "MONEY") and (
                doc[end].text not in {",", "or", "and"}):
            end += 1
    after = [t.lower_ for t in doc[end : end + 2]]
    if not (len(after) == 2 and after[0] in {"an", "a", "per"} and after[1] in PAY_PERIODS) and (
            after[:1] != ["hourly"]):
        return False
    verb = anchor.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb and verb.dep_ in {
            "dobj", "pobj", "prep", "npadvmod", "appos"}:
        verb = verb.head
    lemma = verb_lemma(verb)
    return lemma in EARNING_VERBS or (lemma == "pay" and (
        any(c.dep_ == "auxpass" for c in verb.children) or _job_pays(verb)))


JOB_NOUNS = {"job", "position", "post", "role", "gig", "career", "occupation", "profession"}


def _job_pays(verb: Token) -> bool:
    """'jobs that pay $40,000 a year', 'the position pays $90,000 a year': what a job pays by the
    period is its pay (a relative "that" may hang on a noun between: "jobs in fields like energy
    that pay")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ in {"that", "which"} and verb.dep_ == "relcl":
        before = verb.doc[max(verb.sent.start, verb.i - 10) : verb.i]
        return any(t.pos_ == "NOUN" and lemma_of(t) in JOB_NOUNS for t in before)
    return lemma_of(subject) in JOB_NOUNS


def _times_the_change(anchor: Token) -> str | None:
    """'increased by over seven times the increase in students', '386 percent – four times the
    increase in students': a multiple of a change compares a change with it (what the change is
    in is the yardstick, not the thing measured)."""
    doc = anchor.doc
    words = doc[anchor.i + 1 : anchor.i + 4]
    if len(words) < 3 or words[0].lower_ != "times" or words[1].lower_ != "the":
        return None
    noun = words[2]
    return lemma_of(noun) if noun.pos_ == "NOUN" and lemma_of(noun) in CHANGE_NOUNS else None


def _earns_more(anchor: Token) -> bool:
    """'those with a degree earn 25% more (than ...)', 'make 70% more': a share more (or less) that
    people earn or make compares their earnings."""
    more = anchor.head
    if anchor.dep_ != "npadvmod" or more.lower_ not in {"more", "less"} or more.dep_ not in {"advmod", "dobj"}:
        return False
    verb = more.head
    return verb.pos_ == "VERB" and verb_lemma(verb) in {"earn", "make"} and not any(
        c.dep_ in {"prt", "dobj"} and c != more for c in verb.children)


def _numbers_of_kind(anchor: Token, taken: set[int]) -> str | None:
    """'39 stolen debit card numbers', 'two phone numbers': a count of numbers of a kind (the
    noun "number" with a noun before it) counts that kind's numbers; "number" alone says nothing."""
    head = anchor.head
    if anchor.dep_ != "nummod" or head.i <= anchor.i or lemma_of(head) != "number" or head.tag_ != "NNS":
        return None
    kinds = [c for c in head.children if c.dep_ == "compound" and c.i < head.i and c.pos_ == "NOUN"
             and c.i not in taken]
    return lemma_of(kinds[-1]) if kinds else None


def _is_multiple_of(times: Token) -> bool:
    """'2.5 times greater', 'nine times the rate', '50 times what', '10 times as many': "times"
    before a comparison or a quantity multiplies it and counts no occasions."""
    doc = times.doc
    after = doc[times.i + 1] if times.i + 1 < len(doc) else None
    return after is not None and (
        after.tag_ in {"JJR", "RBR", "DT", "PRP$", "CD", "JJ", "WP", "PDT"} or after.lower_ in {"as", "that", "what", "their", "its"})


def _spelled_gdp(token: Token) -> bool:
    """'gross domestic product', 'gross national product' written out: the economy's size."""
    return token.lemma_.lower() == "product" and any(
        c.lower_ in {"domestic", "national"} for c in token.children if c.i < token.i)


def _bare_count(anchor: Token) -> bool:
    """A number with no noun of its own, nor one right after it ("had two at Apple")."""
    doc = anchor.doc
    after = doc[anchor.i + 1] if anchor.i + 1 < len(doc) else None
    return anchor.pos_ == "NUM" and not any(c.pos_ in {"NOUN", "PROPN"} for c in anchor.children) and not (
        after is not None and (after.pos_ in {"NOUN", "PROPN"} or after.lower_ in {"of", "-", "more", "others"}))


def _object_verb(anchor: Token) -> Token | None:
    """The verb a bare count is the object of ("host 50", which the parse may hang as a nummod)."""
    if anchor.dep_ in {"dobj", "nummod"} and anchor.head.pos_ == "VERB" and anchor.head.i < anchor.i:
        return anchor.head
    return None


def carries_count_noun(earlier: Token, verb: Token) -> bool:
    """Whether a bare number a verb takes may count what an earlier verb's counted object counts:
    only in a list of alike clauses, the same verb or two verbs of one kind, neither a level
    reached ("built 40 trucks, and its index reached 90": no trucks), and the number's clause with
    no subject of a level of its own ("sold 300 phones and its share price was 45")."""
    same = verb_lemma(earlier) == verb_lemma(verb)
    if not same and (verb_lemma(verb) in LEVEL_VERBS or verb_lemma(earlier) in LEVEL_VERBS):
        return False
    return not has_level_subject(verb)


def has_level_subject(verb: Token) -> bool:
    """Whether a verb's subject is a level of its own ("its output index", "the share price")."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and subject.pos_ == "NOUN" and lemma_of(subject) in LEVEL_SUBJECTS


def _counted_by_same_verb(anchor: Token, taken: set[int]) -> Token | None:
    """'paying the same to host 1,500 servers as Inktomi paid to host 50', 'Acme sells 300 cars
    a day and Zenith sells 120': a bare count a verb takes counts what the same verb's counted
    object counted earlier in the sentence."""
    verb = _object_verb(anchor) if _bare_count(anchor) else None
    if verb is None:
        return None
    lemma = verb_lemma(verb)
    for token in reversed(anchor.doc[anchor.sent.start : verb.i]):
        if token.pos_ == "VERB" and verb_lemma(token) == lemma:
            obj = next((c for c in token.children if c.dep_ == "dobj"), None)
            if obj is not None and any(c.dep_ == "nummod" for c in obj.children) and _usable(obj, taken):
                return obj if carries_count_noun(token, verb) else None
    return None


def _elided_from_previous(anchor: Token) -> str | None:
    """A bare count a verb takes, in a sentence that names no plural before it, counts the plural
    the sentence before spoke of: what the same verb counted there ("New York will lose two
    electoral votes. Ohio will also lose two."), else its plural subject ("Co-founders are often
    forgotten. Steve Jobs had two at Apple."), unless the verb names what it counts ("killed 300")."""
    verb = _object_verb(anchor) if _bare_count(anchor) else None
    previous = anchor.doc.user_data.get(PREVIOUS_SENTENCE)
    if verb is None or previous is None:
        return None
    if any(t.tag_ in {"NNS", "NNPS"} for t in anchor.doc[anchor.sent.start : anchor.i]):
        return None  # (a plural in its own sentence is read by the rules above, or not at all)
    lemma = verb_lemma(verb)
    for token in previous:
        if token.tag_ == "NNS" and token.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in token.children) and (
                token.dep_ == "dobj" and verb_lemma(token.head) == lemma and _usable(token, set())):
            return _whole_word(token)
    if lemma in NOMINALISATIONS:
        return None  # "has killed 3,338": the verb's own noun says what is counted (deaths)
    for token in previous:
        if token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ == "ROOT" and token.tag_ == "NNS" and (
                token.pos_ == "NOUN" and _usable(token, set())):
            return _whole_word(token)
    return None


def _people_who(span: Span, anchor: Token) -> bool:
    """'tens of thousands who saw him', 'the 200 who attended': a bare count a "who" clause
    follows counts people."""
    doc = span.doc
    if any(t.tag_ == "NNS" and t.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in t.children)
           for t in doc[span.sent.start : span.start]):
        return False  # "recalled 300,000 vehicles, including 50,000 who were sold": a count before
    return span.end < len(doc) and doc[span.end].lower_ == "who" and not any(
        c.pos_ in {"NOUN", "PROPN"} and c.dep_ != "quantmod" for c in anchor.children)


AUDIENCE_VERBS = {"watch", "attend", "listen", "tune", "gather", "flock", "rally", "march", "cheer"}


def _audience_subject(span: Span) -> bool:
    """'Tens of millions watch them play', 'thousands attended': a bare count that watches,
    attends or gathers counts people (with no noun before it in the sentence that it could
    stand for: "200 fans came; 150 cheered")."""
    root = span.root
    if root.dep_ != "nsubj" or root.head.pos_ != "VERB" or verb_lemma(root.head) not in AUDIENCE_VERBS:
        return False
    if any(c.pos_ in {"NOUN", "PROPN"} and c.i >= span.end for c in root.subtree):
        return False
    doc = span.doc
    return not any(t.tag_ == "NNS" and t.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in t.children)
                   for t in doc[span.sent.start : span.start])


def _priced_by_the_period(span: Span) -> bool:
    """'$20/month', '$45 a year', '$9.99 per month': an amount of money by the month or year that
    nothing else names is what something costs by that period (pay is read before, by its verb)."""
    doc = span.doc
    after = [t.lower_ for t in doc[span.end : span.end + 2]]
    return len(after) == 2 and after[0] in {"a", "per", "/"} and after[1] in {"month", "year", "week"}


def _money_of_relative_clause(anchor: Token) -> str | None:
    """'the $140 it would cost', '$1 for every $33 they lend': an amount a relative clause's verb
    takes as its missing object is what the verb's noun names (cost, loan); not an amount a verb
    of its own already names ("spent the $200 she earned": the spending)."""
    if anchor.dep_ == "dobj" and anchor.head.pos_ == "VERB" and verb_lemma(anchor.head) in NOMINALISATIONS:
        return None
    for clause in anchor.children:
        if clause.dep_ == "relcl" and clause.i > anchor.i and verb_lemma(clause) in NOMINALISATIONS and not any(
                c.dep_ in {"dobj", "nsubjpass"} for c in clause.children):
            return NOMINALISATIONS[verb_lemma(clause)]
    return None


def _extent(anchor: Token, taken: set[int]) -> Token | str | None:
    """'the road winds 20 miles from the town', 'the wall stretches 3 km': the subject extends."""
    governor, prep = _governor(anchor)
    if governor is None or governor.pos_ != "VERB" or verb_lemma(governor) not in EXTENT_VERBS:
        return None
    return _subject(governor, taken) if prep in {None, "for", "across", "along", "over", "from", "through"} else None


def _vague_money(span: Span) -> bool:
    """'millions of dollars', 'billions and billions of dollars': a vague amount whose only noun
    is the currency."""
    from newsfacts.extract.numbers import VAGUE_WORDS

    doc = span.doc
    after = doc[span.end : span.end + 4]
    return any(t.lower_ in VAGUE_WORDS for t in span) and any(
        t.lower_ == "of" for t in after) and any(_is_currency_word(t) or t.lower_ == "pounds" for t in after)
    # ("pounds" only reach here once read as money: "raised hundreds of pounds")


PLACE_OR_COMPANY_LABELS = {"ORG", "GPE", "LOC", "NORP", "FAC"}


def _is_price_aside(span: Span) -> bool:
    """An amount that names nothing else and is set beside a product: in brackets right after
    its name ("the new Kindle ($79)", "Quick Graph ($3 unlocked, iOS)") or fronted with "for"
    ("For $5, it's worth trying out"): what the thing costs. A company's or a place's name in
    front ("Acme Corp. ($4 billion)") says a size, not a price; so does a scale ("Ronaldo ($105
    million)", "Manchester United (£400m)": earnings, spending), which no product's price needs."""
    from newsfacts.extract.numbers import SCALE_SUFFIXES, SCALE_WORDS, glued_scale

    doc = span.doc
    if any(t.lower_ in SCALE_WORDS or t.lower_ in SCALE_SUFFIXES or glued_scale(t.text) is not None
           for t in doc[span.start : span.end + 1]):  # (a scale may follow the span: "$2.5 m")
        return False  # "Ronaldo ($105 million)", "For $2 billion,": earnings or a deal, not a price
    before = doc[span.start - 1] if span.start > 0 else None
    name = doc[span.start - 2] if span.start > 1 else None
    if before is not None and before.text == "(" and name is not None and name.pos_ == "PROPN" and (
            name.ent_type_ not in PLACE_OR_COMPANY_LABELS):
        return True
    after = doc[span.end] if span.end < len(doc) else None
    return before is not None and before.lower_ == "for" and before.i == before.sent.start and (
        after is not None and after.lower_ in {",", "-", "–", "to"})  # ("For $50 - $100, ...": a range)


# Spans of time money can be spent "in": "lost billions of dollars in minutes".
TIME_SPANS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "quarter"}


def _vague_currency_noun(span: Span, taken: set[int]) -> str:
    """The currency noun after a vague amount ("dollar" in "millions of dollars"), or what it is
    "in" ("millions of dollars in donations": the donations); else "money"."""
    doc = span.doc
    if span.start > 1 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ == "worth" and any(
            c.dep_ == "det" for c in doc[span.start - 2].children):
        return "worth"  # "at an estimated worth of tens of thousands of dollars"
    holders = [*span, *span.doc[span.end : span.end + 4]]
    preps = [c for t in holders for c in t.children if c.dep_ == "prep" and c.lower_ == "in"]
    # "oversees billions of dollars in funding": the parse may hang "in" on the verb, but right
    # after the currency word it still says what the money is
    currency = next((t for t in span.doc[span.end : span.end + 4] if _is_currency_word(t)), None)
    if currency is not None and currency.i + 1 < len(span.doc) and span.doc[currency.i + 1].lower_ == "in":
        preps.append(span.doc[currency.i + 1])
    for prep in preps:
        what = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if what is not None and what.pos_ == "NOUN" and what.i not in taken and not any(
                g.dep_ in {"det", "poss"} for g in what.children) and not (
                what.ent_type_ in {"DATE", "TIME"} or lemma_of(what) in TIME_SPANS):  # "in minutes", "in recent years"
            return lemma_of(what)  # a bare noun ("in donations"), not a place ("in the city")
    for t in span.doc[span.end : span.end + 4]:
        if _is_currency_word(t) or t.lower_ == "pounds":
            return lemma_of(t)
    return "money"


def _product_line(name: Token) -> Token:
    """'a 16-inch MacBook Pro': a size measures the product line its name opens with, not the
    model word that ends it ("Pro", "Max", "Plus")."""
    names = [c for c in name.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < name.i
             and not _is_unit_word(c)]  # ("a 512GB SSD": the unit is no name)
    return min(names, key=lambda t: t.i) if names else name


# Words that end a model's name ("MacBook Pro", "Galaxy Tab Ultra"), which the tagger may take
# for common nouns.
MODEL_WORDS = {"pro", "max", "plus", "air", "ultra", "mini", "lite", "edition", "go", "neo", "fold",
               "flip", "studio", "xl", "se"}


def _sized_product_line(anchor: Token, unit: str | None) -> str | None:
    """A size right before a product's capitalised name measures the product line the name opens
    with, when the name ends in a model word ("the 15-inch MacBook Pro") or owns what follows
    ("the 16-inch MacBook's keyboard"); a name before a device noun ("a 65-inch QLED TV") is left
    to the device noun."""
    if unit not in PRODUCT_SIZE_UNITS or not _is_unit_word(anchor):
        return None
    doc = anchor.doc
    i = anchor.i + 1
    names = []
    while i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha and doc[i].i != doc[i].sent.start:
        names.append(doc[i])
        i += 1
    if not names or names[0].pos_ != "PROPN" or names[0].ent_type_ in {"PERSON", "GPE", "NORP", "LOC"}:
        return None
    owned = i < len(doc) and doc[i].lower_ in {"'s", "’s"}
    if owned or (len(names) > 1 and names[-1].lower_ in MODEL_WORDS):
        return _whole_word(names[0])
    return None


def _hyphenated_size(anchor: Token, head: Token) -> bool:
    """'ten-part', '30-date': a count joined by a hyphen to a word that names no thing of its own,
    modifying the noun after it."""
    doc = anchor.doc
    return (head.i == anchor.i + 2 and doc[anchor.i + 1].text == "-" and not doc[anchor.i].whitespace_
            and head.dep_ in {"compound", "amod", "nmod"} and head.head.i > head.i
            and head.head.pos_ == "NOUN")


# Prefixes written with a hyphen, which the parse may leave as a noun of their own ("co-founders").
PREFIXES = {"co", "ex", "vice", "non", "self", "sub", "pre", "post", "anti", "semi", "mid"}


def _whole_word(token: Token) -> str:
    """The lemma of a noun written with a hyphen as one word: "triple-doubles" -> triple-double,
    "start-ups" -> start-up, "sit-ins" -> sit-in (the tokenizer splits them at the hyphen)."""
    lemma = lemma_of(token)
    doc = token.doc
    following = doc[token.i + 2] if token.i + 2 < len(doc) else None
    if following is not None and doc[token.i + 1].text == "-" and not token.whitespace_ and (
            not doc[token.i + 1].whitespace_ and following.is_alpha and following.pos_ == "NOUN"
            and token.is_alpha and (following.head in {token, token.head} or token.lower_ in PREFIXES)):
        # "one of the two co-founders" parsed with "co" as the noun: the whole word
        return f"{token.lower_}-{lemma_of(following)}"
    parts = [lemma]
    i = token.i
    # The whole run of glued words: "Mar-a-Lago" is one name, never its last two parts "a-lago".
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_:
        first = doc[i - 2]
        if first.whitespace_ or not first.is_alpha or first.like_num or not (
                first.head.i == token.i or first.head.i in range(i - 2, token.i + 1)):
            break
        parts.insert(0, first.lower_)
        i -= 2
    return "-".join(parts)


# Nouns for a company, a share of which is a stake in it.
COMPANY_NOUNS = {"company", "firm", "business", "group", "bank", "carrier", "airline", "insurer",
                 "retailer", "automaker", "carmaker", "startup", "conglomerate", "subsidiary",
                 "unit", "venture", "lender", "brewer", "miner", "operator", "club", "franchise"}


# Units a commodity is priced in: "$50 a barrel", "$1,173.72 an ounce", "$10 per short ton".
COMMODITY_UNITS = {"barrel", "ounce", "ton", "tonne", "gallon", "bushel", "litre", "lb", "kg", "MWh",
                   "cubic_foot"}
# What may stand between "per" and such a unit: "per short ton", "a metric tonne", "a troy ounce".
COMMODITY_UNIT_ADJECTIVES = {"short", "metric", "long", "troy", "dry"}


def _per_commodity_unit(span: Span) -> bool:
    """Whether an amount of money is given per unit of a commodity ("$50 a barrel"): a price."""
    from newsfacts.extract.figures.quantities import scale_suffix_after, unit_after

    doc = span.doc
    i = span.end + (1 if scale_suffix_after(doc, span.end) is not None else 0)
    if i >= len(doc) or doc[i].lower_ not in {"a", "an", "per"}:
        return False
    i += 1
    if i < len(doc) and doc[i].lower_ in COMMODITY_UNIT_ADJECTIVES:
        i += 1
    return unit_after(doc, i)[0] in COMMODITY_UNITS


# Verbs a traded company's share price moves with in a market report.
MARKET_MOVES = {"rise", "fall", "gain", "drop", "climb", "jump", "slip", "slide", "tumble", "soar",
                "surge", "plunge", "dip", "sink", "rally", "rebound", "advance", "retreat", "slump",
                "add", "lose", "decline", "plummet", "rocket", "skyrocket", "edge", "tank"}


def _company_moved(anchor: Token) -> bool:
    """'Credit Suisse Group AG gained 6.4 percent', 'Pfizer Inc. fell 1.2 percent': a company
    named as the subject of a market move, with nothing else that moved named, is its stock."""
    governor, prep = _governor(anchor)
    if governor is None or governor.pos_ != "VERB" or prep not in {None, "by", "adverb"}:
        return False
    if verb_lemma(governor) not in MARKET_MOVES or any(
            c.dep_ == "dobj" and c != anchor and c.i != anchor.head.i for c in governor.children):
        return False  # "Apple grew its revenue 5 percent": the revenue moved
    subject = next((c for c in governor.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ != "ORG" or subject.is_lower or _is_market_index(subject):
        return False
    # "China's Shanghai Composite (SHCOMP) slumped 0.2%": an index the vocabulary does not list
    return not any(t.lower_ in INDEX_HEADS for t in subject.subtree if t.i <= subject.i)


# Words that end the name of a stock index: "the Shanghai Composite", "the Dow Jones Average".
INDEX_HEADS = {"composite", "average", "index", "indices", "indexes", "gauge", "benchmark", "exchange"}


def _is_company(token: Token) -> bool:
    """'Tesla', 'the company': what a percentage of is a stake in (not 'the company's staff')."""
    if any(c.dep_ == "case" for c in token.children):
        return False
    if token.pos_ == "PROPN":
        return token.ent_type_ == "ORG"
    return lemma_of(token) in COMPANY_NOUNS and token.tag_ == "NN"


# Verbs of a team's record: "have won 12 of 13", "lost four of five", "dropped two of three".
RECORD_VERBS = {"win", "lose", "drop", "split", "take"}


def _is_record_whole(anchor: Token) -> bool:
    """'have won 12 of 13', 'has won three in a row and five of six': the whole a bare count of
    wins or losses is taken of counts the games played."""
    if anchor.pos_ != "NUM" or anchor.dep_ != "pobj" or anchor.head.lower_ != "of":
        return False
    if any(c.pos_ in {"NOUN", "PROPN"} for c in anchor.children):
        return False
    part = anchor.head.head
    if part.pos_ != "NUM" or any(c.pos_ in {"NOUN", "PROPN"} for c in part.children):
        return False
    verb = part.head
    while part.dep_ == "conj" and verb.pos_ == "NUM":
        part, verb = verb, verb.head  # "won three of four and two of three"
    return part.dep_ in {"dobj", "conj"} and verb.pos_ == "VERB" and verb_lemma(verb) in RECORD_VERBS


def _part_before_out_of(span: Span) -> Token | None:
    """'seven victories out of eight', 'one night out of 17': the noun the part counts."""
    doc = span.doc
    if span.start < 3 or doc[span.start - 1].lower_ != "of" or doc[span.start - 2].lower_ != "out":
        return None
    part = doc[span.start - 3]
    return part if part.pos_ == "NOUN" else None


def _whole_after_out_of(span: Span) -> Token | None:
    """'4.5 out of 5 stars', 'three out of 12 jurors': the noun the whole after the part counts."""
    doc = span.doc
    at = span.end
    if at + 3 >= len(doc) or doc[at].lower_ != "out" or doc[at + 1].lower_ != "of" or not doc[at + 2].like_num:
        return None
    noun = doc[at + 3]
    if noun.lower_ == "of":
        # "three out of four of its towers": the whole's noun after "of"
        noun = next((c for c in noun.children if c.dep_ == "pobj"), None) or _noun_after(noun)
        if noun is None:
            return None
        while noun.dep_ in {"compound", "amod", "nmod"} and noun.head.i > noun.i and noun.head.pos_ == "NOUN":
            noun = noun.head  # "of its fleur-de-lis corner towers": the head of the compound
    return noun if noun.pos_ == "NOUN" and not _is_unit_word(noun) else None


# A model code: letters and digits joined, with or without a hyphen ("RS-25", "F-35", "A320").
MODEL_CODE_RE = re.compile(r"^(?=.*[A-Za-z])(?=.*\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$")


def is_model_code(text: str) -> bool:
    return MODEL_CODE_RE.match(text) is not None


def fronted_whole(span: Span) -> Token | None:
    """The plural a subject count is a part of when the clause opens with it: "Of the 12
    hostages, seven were freed", "of my 1,000 followers, five swiped away"."""
    head = span.root
    if head.dep_ not in {"nsubj", "nsubjpass"} or any(c.pos_ in {"NOUN", "PROPN"} for c in head.children):
        return None
    if any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in head.head.children):
        return None  # "Of the 100 workers laid off, 40 were women": the noun after "were" is counted
    of = next((c for c in head.head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < head.i), None)
    whole = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return whole if whole is not None and whole.tag_ in {"NNS", "NNPS"} else None


def _names_range(after: Span) -> bool:
    """'on a single charge', 'per charge', 'of range': a distance an electric vehicle can go."""
    words = [t.lower_ for t in after]
    return bool(words) and words[0] in {"on", "per", "of"} and bool({"charge", "range"} & set(words))


def _counts_occasions(anchor: Token) -> bool:
    """'intercepted three times', 'spoken several times', 'twice denied': how often."""
    doc = anchor.doc
    following = doc[anchor.i + 1].lower_ if anchor.i + 1 < len(doc) else ""
    if anchor.lower_ in {"twice", "thrice", "once"}:
        # "twice denied", not a multiplier: "twice as many", "twice the rate"
        return anchor.head.pos_ == "VERB" and following not in {"as", "the", "that", "a", "an"}
    head = anchor.head
    return head.lower_ in {"times", "time"} and head.i == anchor.i + 1 and head.dep_ in {
        "npadvmod", "advmod", "dobj"}


def _set_phrase(span: Span, anchor: Token, unit: str | None) -> str | None:
    """Set phrases that name the measured thing: attendance, crowd, distance, width."""
    doc = anchor.doc
    after = [t.lower_ for t in doc[anchor.i + 1 : anchor.i + 3]]
    before = [t.lower_ for t in doc[max(span.start - 3, 0) : span.start]]
    if unit is None and after == ["in", "attendance"]:
        return "attendance"
    if unit in DISTANCE_UNITS and _names_range(doc[anchor.i + 1 : anchor.i + 5]):
        return "range"  # "300 miles on a single charge", "277 miles of range"
    if unit is None and before == ["in", "front", "of"] and not (
            anchor.dep_ == "nummod" and anchor.head.i > anchor.i and anchor.head.pos_ == "NOUN"):
        return "crowd"  # "won in front of 15,522" ("in front of 75,000 people" names its people)
    if unit in LENGTH_UNITS and _flying_height(span, anchor):
        return "altitude"  # "circling low (3,000 feet)", "cruising at 35,000 feet"
    if unit in DISTANCE_UNITS and after[:1] == ["from"] and not _extends(anchor):
        return "distance"  # "hundreds of millions of miles from the Sun", "20 miles from the border"
    if unit in DISTANCE_UNITS and after[:1] and after[0] in COMPASS_WORDS:
        return "distance"
    if unit in DISTANCE_UNITS and _compass_after_brackets(doc, anchor.i + 1):
        return "distance"  # "40 miles (65 km) south of", and "(65 km) south of" for the conversion
    if unit in DISTANCE_UNITS and len(after) == 2 and after[0] == "-" and after[1] in DIMENSIONS:
        return DIMENSIONS[after[1]]
    comparative = doc[anchor.i + 1] if anchor.i + 1 < len(doc) else None
    if unit in LENGTH_UNITS and comparative is not None and comparative.lower_ in COMPARATIVE_DIMENSIONS and (
            comparative.dep_ != "amod"):  # (not "the 8.6-inch lower display")
        return COMPARATIVE_DIMENSIONS[comparative.lower_]  # "two inches wider", "3 feet taller"
    if unit in LENGTH_UNITS and comparative is not None and comparative.lower_ in DIMENSIONS and (
            comparative.pos_ in {"ADJ", "ADV"} and (comparative.dep_ != "amod" or comparative.head.i < comparative.i)):
        # "0.6 inches thick", "the wall is 12 feet high", "standing at 90 feet tall" (an
        # adjective the parse hangs on a word before it modifies no noun after it)
        return DIMENSIONS[comparative.lower_]
    if unit in LENGTH_UNITS and [t.lower_ for t in doc[anchor.i + 1 : anchor.i + 4]] in (
            ["in", "the", "air"], ["into", "the", "air"]):
        return "height"  # "thrown several feet in the air", "shot 30 feet into the air"
    if unit in LENGTH_UNITS and len(after) == 2 and after[0] == "in" and after[1] in DIMENSION_NOUNS:
        return after[1]  # "measures six inches in length", "a pipe 2 metres in diameter"
    return None


def _extends(anchor: Token) -> bool:
    """Whether a length is how far a road or a border extends ("the road winds 20 miles from")."""
    governor, _ = _governor(anchor)
    return governor is not None and governor.pos_ == "VERB" and verb_lemma(governor) in EXTENT_VERBS


def _flying_height(span: Span, anchor: Token) -> bool:
    """A length a flying thing is at: in brackets after "low" or "high" following a verb of flying
    ("circling low (3,000 feet)"), or "at" a length after one ("cruising at 35,000 feet")."""
    doc = span.doc
    before = doc[max(span.start - 4, 0) : span.start]
    if len(before) >= 2 and before[-1].text == "(" and before[-2].lower_ in {"low", "high"}:
        return any(t.pos_ == "VERB" and verb_lemma(t) in FLYING_VERBS for t in before[:-2])
    if len(before) >= 2 and before[-1].lower_ == "at" and before[-2].pos_ == "VERB" and verb_lemma(before[-2]) in FLYING_VERBS:
        return True  # "hovered at 400 feet above the crowd", which the parse may hang elsewhere
    governor, prep = _governor(anchor)
    return prep == "at" and governor is not None and governor.pos_ == "VERB" and verb_lemma(governor) in FLYING_VERBS


# Words that tell a contract's length: "six years", "three years remaining".
TERM_WORDS = {"year", "years", "season", "seasons"}


def _after_contract_term(span: Span) -> bool:
    """'Rick Porcello, three years, $62.4 million', 'David Price, six years remaining, $188 million':
    an amount right after a name's number of years and a comma, with no noun of its own, is the
    value of a contract over those years (sports and pay news list contracts so)."""
    doc = span.doc
    i = span.start - 1
    if i < 2 or doc[i].text != ",":
        return False
    i -= 1
    if doc[i].lower_ in {"remaining", "left"}:
        i -= 1
    if i < 1 or doc[i].lower_ not in TERM_WORDS:
        return False
    number = doc[i - 1]
    if number.i < 1 or doc[number.i - 1].text != ",":
        return False  # ("In the past three years, $5 million was raised": a period, then a sum)
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.pos_ == "NOUN" and after.i == span.end and after.is_alpha:
        return False  # "three years, $5 million bonuses": the noun says what it is
    return number.like_num or number.pos_ == "NUM"


# Nouns of a dimension a length is given in: "six inches in length", "2 metres in diameter".
DIMENSION_NOUNS = {"length", "width", "height", "depth", "diameter", "thickness", "circumference",
                   "breadth", "radius"}


def _compass_after_brackets(doc, i: int) -> bool:
    """A compass word right after a bracketed conversion ("(65 km) south") or after the
    bracket that closes one ("65 km) south")."""
    if i < len(doc) and doc[i].text == "(":
        close = next((t.i for t in doc[i + 1 : i + 6] if t.text == ")"), None)
        if close is None:
            return False
        i = close
    if i >= len(doc) or doc[i].text != ")":
        return False
    return i + 1 < len(doc) and doc[i + 1].lower_ in COMPASS_WORDS


def _plural_conjunct(head: Token, anchor: Token) -> Token:
    """'1,000 maintenance and cleaning workers': a count above one counts the plural noun that
    a singular modifier belongs to, or the plural conjunct; 'one league game': one counts the
    singular noun a modifier belongs to."""
    if head.tag_ == "NN" and anchor.lower_ in {"one", "1", "a", "an"} and head.dep_ == "compound" and (
            head.i == anchor.i + 1 and head.head.i == head.i + 1 and head.head.tag_ == "NN"):
        # (not "a one-game suspension": a hyphenated size is of the noun it is joined to)
        return head.head
    if head.tag_ != "NN" or anchor.lower_ in {"one", "1", "a", "an"}:
        return head
    if head.dep_ in {"nmod", "compound"} and head.head.i > head.i and head.head.tag_ == "NNS":
        return head.head
    conjunct = next((c for c in head.children if c.dep_ == "conj" and c.tag_ == "NNS"), None)
    return conjunct if conjunct is not None else _plural_after_and(head)


def _plural_after_and(head: Token) -> Token:
    """'several cable and broadcast TV providers' when the parse made "cable" the noun and lost
    the rest: the plural noun that closes the joined modifiers, within a few words."""
    doc = head.doc
    if head.i + 1 >= len(doc) or doc[head.i + 1].lower_ not in {"and", "or"}:
        return head
    for token in doc[head.i + 2 : head.i + 6]:
        if token.pos_ in {"ADP", "PUNCT", "DET", "PRON", "AUX", "CCONJ"}:
            return head
        if token.tag_ == "NNS":
            return token
    return head


def _parallel(anchor: Token, taken: set[int], unit: str | None) -> Token | str | None:
    """A count that the parse did not hang on its noun, read from the structure around it.

    - the noun hung below the count: "signed three forwards" parsed with "forwards" under "three";
    - a count in a list or coordination with another count counts what that one counts: "40
      buses for Lagos, 25 for Abuja and 10 for Kano", "300 soldiers to the north and 200 to the
      capital", "five sales this week: two to X and three to Y" (the noun said once);
    - a count that is the subject or object of a verb coordinated with one whose subject or
      object is counted: "four people were killed and 20 injured", "has 300 stores and plans to
      open 50".
    """
    if anchor.pos_ != "NUM" or any(c.pos_ in {"NOUN", "PROPN"} and c.i < anchor.i for c in anchor.children):
        return None
    doc = anchor.doc
    below = doc[anchor.i + 1] if anchor.i + 1 < len(doc) else None
    if below is not None and below.head == anchor and below.tag_ in {"NNS", "NNPS"} and (
            below.dep_ in {"amod", "compound", "appos", "nmod"} and _usable(below, taken)):
        return below
    if unit is None:
        listed = _list_item_noun(anchor, taken)
        if listed is not None:
            return listed
        if below is not None and below.lower_ in {"more", "fewer"} and below in {anchor.head, *anchor.children} and (
                not any(c.pos_ == "NOUN" for c in below.children)):
            return _counted_before(anchor, taken)  # "destroyed 300 homes and damaged 1,200 more"
        if anchor.i > 0 and doc[anchor.i - 1].lower_ == "another" and not (
                below is not None and below.pos_ == "NOUN"):
            return _counted_before(anchor, taken)  # "cut 500 jobs and plans to cut another 300"
    head = anchor.head
    if anchor.dep_ in {"conj", "appos"} and head.i < anchor.i and head.pos_ == "NUM" and unit is None:
        return measured_thing(doc[head.i : head.i + 1], head, taken, unit)
    if anchor.dep_ == "dobj" and unit is None and head.pos_ == "VERB":
        # "has 300 stores and plans to open 50", "flew 80 planes and will fly 95": a bare count
        # a coordinated verb takes counts what the first verb's counted object counts
        verb = head
        for _ in range(3):
            if verb.dep_ not in {"conj", "xcomp"} or verb.head.pos_ not in {"VERB", "AUX"}:
                break
            verb = verb.head
            obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < anchor.i), None)
            if obj is not None and any(c.dep_ == "nummod" for c in obj.children):
                return obj if _usable(obj, taken) and carries_count_noun(verb, head) else None
    if anchor.dep_ in {"nsubj", "nsubjpass"} and unit is None and head.dep_ == "conj" and (
            head.pos_ == "VERB" and head.head.pos_ == "VERB"):
        subject = next((c for c in head.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and any(c.dep_ == "nummod" for c in subject.children) and _usable(subject, taken):
            return subject
    return None


LIST_SEPARATORS = {",", ":", ";", "and", "—", "–", "or"}


def _list_item_noun(anchor: Token, taken: set[int]) -> Token | None:
    """'..., 25 for Abuja': a list item of a bare count and a prepositional phrase counts the
    nearest counted noun before it whose own phrase goes on with the same preposition, or which
    a colon breaks down ("five sales: two to X")."""
    doc = anchor.doc
    if anchor.i + 1 >= len(doc) or doc[anchor.i + 1].pos_ != "ADP" or anchor.i == 0:
        return None
    first = min(anchor.left_edge.i, anchor.i)  # "and about 3.2 million for Fios TV": the whole amount
    if first == 0 or doc[first - 1].lower_ not in LIST_SEPARATORS:
        return None
    start = anchor.sent.start  # (finding the sentence walks the parse: only when needed)
    prep = doc[anchor.i + 1].lower_
    after_colon = doc[first - 1].text == ":"
    for token in reversed(doc[start : first - 1]):
        counted = token.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in token.children)
        if counted and (after_colon or (token.i + 1 < len(doc) and doc[token.i + 1].lower_ == prep)):
            return token if _usable(token, taken) else None
        if token.text == ":":
            after_colon = True
    return None


def _noun_hung_below_amount(span: Span, anchor: Token, taken: set[int]) -> Token | None:
    """'The $969,000 listing says': a determiner, an amount and a singular noun the parser hung
    below the amount (as a clause) is the noun the amount prices."""
    doc = span.doc
    if anchor.pos_ != "NUM" or anchor.i + 1 >= len(doc) or span.start == 0:
        return None
    below = doc[anchor.i + 1]
    opener = doc[span.start - 1]
    if opener.lower_ not in {"the", "a", "an", "this", "that", "its", "their", "his", "her"}:
        return None
    if below.head == anchor and below.tag_ == "NN" and below.dep_ in {"acl", "appos", "amod"} and _usable(below, taken):
        return below
    return None


def _participle_threshold(anchor: Token, taken: set[int]) -> Token | None:
    """'304 votes, well over the 270 needed', 'more than the 50 required': a bare count after
    "the" that a participle follows counts what the count before it in the sentence counts."""
    if anchor.pos_ != "NUM" or any(c.pos_ in {"NOUN", "PROPN"} for c in anchor.children):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in anchor.children):
        return None
    if not any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i == anchor.i + 1 for c in anchor.children):
        return None
    return _counted_before(anchor, taken)


def _counted_before(anchor: Token, taken: set[int]) -> Token | None:
    """The nearest noun before a count in its sentence that a number counts."""
    for token in reversed(anchor.doc[anchor.sent.start : anchor.i]):
        if token.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in token.children):
            return token if _usable(token, taken) else None
    return None


ANAPHORIC_DETERMINERS = {"these", "those", "the", "all", "both"}


def counted_in_previous(span: Span, previous: Doc) -> str | None:
    """A count that stands for a group counted in the sentence before: "The agency picked 11
    firms. These 11 had until May", "Five companies join. The newly selected five are:".

    Only a count after a determiner with no noun and no plural before it in its own sentence,
    and a plural noun the previous sentence counts with the same number, or, after "these" or
    "those", the last plural noun it counts.
    """
    from newsfacts.extract.numbers import words_value

    head = span.root
    dets = {c.lower_ for c in head.children if c.dep_ == "det" and c.i < head.i}
    has_noun = any(c.pos_ in {"NOUN", "PROPN"} for c in head.children) or (
        head.head.pos_ in {"NOUN", "PROPN"} and head.dep_ in {"nummod", "compound"})
    if head.pos_ != "NUM" or not dets & ANAPHORIC_DETERMINERS or has_noun:
        return None
    if any(t.tag_ in {"NNS", "NNPS"} for t in head.doc[head.sent.start : head.i]):
        return None
    value = words_value([t.text for t in span if t.like_num or t.pos_ == "NUM"])
    counted = [
        (noun, words_value([c.text])) for noun in previous
        if noun.tag_ == "NNS" and noun.pos_ == "NOUN" for c in noun.children if c.dep_ == "nummod"
    ]
    same = [noun for noun, number in counted if number is not None and number == value]
    if same:
        return lemma_of(same[-1])
    if dets & {"these", "those"} and counted:
        return lemma_of(counted[-1][0])
    return None


# Nouns of a change, which measure what changes when they say it: "a 12% increase in revenue".
CHANGE_NOUNS = {"increase", "rise", "drop", "decline", "reduction", "cut", "growth", "fall", "jump",
                "gain", "hike", "decrease", "surge", "slump", "dip", "boost", "expansion",
                "contraction", "improvement", "change"}


def _changed_thing(noun: Token, taken: set[int], counted: bool = False) -> Token:
    """'a 12% increase in revenue', 'a rise in cases from 200 to 340': what the change is in; 'a
    staffing increase of 36 percent', 'a price cut of 5%': the noun before the change names it
    (but "three rate hikes" counts the hikes)."""
    if lemma_of(noun) not in CHANGE_NOUNS:
        return noun
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if _usable(pobj, taken):
                return pobj
    before = noun.doc[noun.i - 1] if noun.i > 0 and not counted else None
    if before is not None and before.dep_ == "compound" and before.head == noun and before.pos_ == "NOUN" and (
            before.is_alpha and lemma_of(before) not in SKIP_NOUNS and _usable(before, taken)):
        return before
    return noun


def _rate_per_base(anchor: Token, taken: set[int]) -> Token | str | None:
    """'the homicide rate climbed to 25 per 100,000 residents': a rate over a base measures what
    the whole phrase is governed by, not the people of the base."""
    doc = anchor.doc
    if anchor.i + 3 >= len(doc) or doc[anchor.i + 1].lower_ != "per" or not doc[anchor.i + 2].like_num:
        return None
    base = doc[anchor.i + 2]
    phrase = base.head if base.dep_ == "nummod" and base.head.pos_ == "NOUN" else None
    if phrase is None:
        return None
    return _from_governor(phrase, taken | {phrase.i})


def _conjuncts(token: Token) -> list[Token]:
    """A token and its conjuncts, in order: "revenue and profit", "5% and 8%"."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj":
            out += _conjuncts(child)
    return out


def _respective(found: Token, anchor: Token) -> Token:
    """'Revenue and profit rose 5% and 8%, respectively': the n-th amount measures the n-th
    conjunct."""
    if not any(c.dep_ == "conj" for c in found.children):
        return found
    if not any(t.lower_ == "respectively" for t in anchor.sent):
        return found
    things = _conjuncts(found)
    first = anchor
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    amounts = _conjuncts(first)
    if len(things) < 2 or len(things) != len(amounts) or anchor not in amounts:
        return found
    return things[amounts.index(anchor)]


def _fronted_partitive(anchor: Token, taken: set[int]) -> Token | None:
    """'Of the total participants ..., 65 percent were white': the group a share is of."""
    first = anchor.sent[0]
    if first.lower_ != "of" or first.dep_ != "prep":
        return None
    pobj = next((c for c in first.children if c.dep_ == "pobj"), None)
    return pobj if _usable(pobj, taken) else None


def _in_the_form_of(anchor: Token, taken: set[int]) -> Token | None:
    """'paid Apple $600 million ... in the form of interest': the noun after "in the form of" in the
    phrase of the amount, or of the verb it is the object of (the parse may hang "in" on a phrase
    between, "over the past five years in the form of"), says what the money is."""
    holder = anchor.head if anchor.dep_ == "dobj" else anchor
    doc = anchor.doc
    for token in doc[anchor.i + 1 : anchor.sent.end - 3]:
        if [t.lower_ for t in doc[token.i : token.i + 4]] != ["in", "the", "form", "of"]:
            continue
        if token.head != holder and holder not in token.head.ancestors and token.head != anchor:
            return None
        what = next((g for g in doc[token.i + 3].children if g.dep_ == "pobj"), None) or _noun_after(doc[token.i + 3])
        return what if _usable(what, taken) else None
    return None


def _money_in(anchor: Token, taken: set[int]) -> Token | None:
    """'$156 billion in Chinese goods', '$2 billion in reserves': what the amount is of."""
    form = _in_the_form_of(anchor, taken)
    if form is not None:
        return form
    if anchor.dep_ == "dobj" and verb_lemma(anchor.head) in MONEY_TARGET_VERBS:
        return None  # "invest $10 billion in roads": the roads are where it goes
    preps = [c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "in"]
    if anchor.dep_ == "dobj":
        # "pay $50,000 in restitution", the phrase hung on the verb: a bare noun right after
        # the amount says what it is ("in the city", "in May" say where or when)
        preps += [c for c in anchor.head.children if c.dep_ == "prep" and c.lower_ == "in"
                  and c.i == anchor.i + 1 and not any(
                      g.dep_ in {"det", "poss", "nummod"} for p in c.children for g in p.children)]
    for child in preps:
        pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
        if pobj is not None and lemma_of(pobj) in MONEY_EVENTS and pobj.tag_ == "NN":
            return None  # "$1.5 billion in a bond sale" (but "$5 billion in sales")
        if _usable(pobj, taken):
            return pobj
    return None


def _per_unit(anchor: Token, taken: set[int]) -> Token | None:
    """'$2.53 per diluted share', '$60 a barrel': the thing each unit of the figure is for."""
    doc = anchor.doc
    after = doc[anchor.i + 1] if anchor.i + 1 < len(doc) else None
    if after is None or after.lower_ not in {"per", "a", "an"}:
        return None
    for token in doc[after.i + 1 : after.i + 4]:
        if token.pos_ in {"NOUN", "PROPN"}:
            # "$15 an hour": a rate over a period measures a wage or a price, not the period
            is_period = lemma_of(token) in PERIOD_NOUNS | {"hour", "minute", "night", "season"}
            return token if _usable(token, taken) and not is_period else None
    return None


# Verb forms the lemmatizer gets wrong: "fined" -> "fin".
VERB_LEMMA_FIXES = {"fined": "fine", "fines": "fine", "fining": "fine"}
# Verbs whose "in" phrase is where money goes, not what it is: "invest $10 billion in roads"
# (but "inject $6.5 billion in debt and equity into X" says what it is).
MONEY_TARGET_VERBS = {"invest"}


def verb_lemma(token: Token) -> str:
    """Lower-case lemma of a verb, with the lemmatizer's slips fixed."""
    return VERB_LEMMA_FIXES.get(token.lower_, token.lemma_.lower())


def _money_object(verb: Token, taken: set[int]) -> str | None:
    """'the startup raised $40 million' -> funding, 'the airline lost $1.2 billion' -> loss: an
    amount of money a verb takes as its object is what the verb's noun names."""
    lemma = verb_lemma(verb)
    if lemma == "take" and any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children):
        return "income"  # "the foundation took in $781,000": money received
    if lemma == "make" and not any(c.dep_ == "prt" for c in verb.children) and _said_of_a_person(verb):
        return "earnings"  # "Taylor Swift made $170 million": what a person makes is their earnings
    if lemma not in NOMINALISATIONS:
        return None
    subject = _subject(verb, taken)
    if lemma in CHANGE_VERBS and (subject == "index" or (
            subject is not None and not isinstance(subject, str) and lemma_of(subject) in MARKET_SUBJECTS)):
        return None  # "shares lost $1.20": a price move
    if lemma == "raise" and _sells_securities(verb, subject):
        return "proceeds"  # "the listing would raise $12bn", "raise $5bn from a bond sale"
    return NOMINALISATIONS[lemma]


def _said_of_a_person(verb: Token) -> bool:
    """The verb's subject is a person named ("Will Smith made"), or "he" or "she"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return subject.lower_ in {"he", "she"} or (subject.pos_ == "PROPN" and subject.ent_type_ == "PERSON")


# Verbs that state what a product costs, and nouns that are prices themselves.
PRICING_VERBS = {"start", "retail", "list"}
# Verbs of a sale whose "for" amount, with no object (a participle or a passive), is the price of
# the thing sold: "the portrait purchased for $20,000" ("the fund purchased the building for $90 million": a
# purchase).
BUYING_VERBS = {"buy", "purchase", "acquire", "sell"}
PRICE_NOUNS = {"price", "salary", "wage", "fare", "rent", "fee", "cost", "bid", "bidding", "ticket",
               "pay", "rate", "premium", "subscription"}


# Sales of securities, whose money raised is proceeds rather than funding.
SECURITIES_SALES = {"listing", "ipo", "offering", "flotation", "sale", "deal", "bond", "issue",
                    "auction", "float"}


def _sells_securities(verb: Token, subject: Token | str | None) -> bool:
    """'the listing would raise', 'raise $5bn from its second listing'."""
    nouns = [subject] if subject is not None and not isinstance(subject, str) else []
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "raise $5bn from a sale"
    nouns += [g for h in holders for c in h.children if c.dep_ == "prep"
              and c.lower_ in {"from", "in", "through"} for g in c.children if g.dep_ == "pobj"]
    return any(lemma_of(n) in SECURITIES_SALES for n in nouns)


def _from_governor(anchor: Token, taken: set[int], money: bool = False) -> Token | str | None:
    head = anchor.head
    if anchor.dep_ in {"nsubj", "nsubjpass"} and head.lemma_ == "be":
        # "176 Hong Kong dollars is the final price": the quantity is what the attribute names
        attr = next((c for c in head.children if c.dep_ in {"attr", "acomp"} and _usable(c, taken)), None)
        if attr is not None:
            return attr
    governor, prep = _governor(anchor)
    if governor is None:
        return None
    if governor.lower_ == "excess" and prep == "of" and governor.dep_ == "pobj" and governor.head.lower_ == "in":
        # "warming in excess of 2°C": "in excess of" is a bound (more than), what it bounds is
        # the word the phrase hangs on
        bounded = governor.head.head
        if bounded.tag_ == "VBG" and bounded.dep_ in {"csubj", "nsubj", "nsubjpass", "dobj", "pobj"}:
            return bounded.lower_  # a gerund used as a noun: "warming"
        return bounded if bounded.pos_ == "NOUN" and _usable(bounded, taken) else None
    lemma = verb_lemma(governor)
    if governor.pos_ == "NOUN" and prep == "of" and lemma in AMOUNT_NOUNS:
        framed = _from_governor(governor, taken)  # "spend a total of $2.6 billion": what is spent
        if framed is None and governor.dep_ == "dobj" and governor.head.pos_ == "VERB":
            # "the Sensex scaled a new high of 40,816": whatever the verb, its subject is at the mark
            framed = _subject(governor.head, taken)
        return framed
    if governor.lower_ in {"straight", "consecutive"} and governor.head.pos_ == "VERB" and (
            verb_lemma(governor.head) in NOMINALISATIONS):
        return NOMINALISATIONS[verb_lemma(governor.head)]  # "have lost five straight": losses
    if governor.pos_ == "ADJ" and governor.head.pos_ in {"VERB", "AUX"}:
        named = next((c for c in governor.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if governor.lower_ == "worth" and named is not None and named.pos_ == "PROPN":
            return "value"  # "Mar-a-Lago is worth $1.5 billion": what a named thing is worth is its value
        return _subject(governor.head, taken)  # "the fund is worth 50 billion rand"
    if governor.pos_ == "ADJ" and governor.dep_ == "amod" and governor.head.pos_ in {"NOUN", "PROPN"} and (
            governor.head.i < governor.i):
        return _named_part(governor.head, taken)  # "a contract worth $2 billion", "a wall 3 m high"
    if governor.pos_ == "VERB" and money and anchor.dep_ == "dobj" and prep is None:
        named = _money_object(governor, taken)
        if named is not None:
            return named
    # A noun with a subject or an auxiliary is a verb the tagger missed ("salaries start at").
    mistagged = governor.pos_ == "NOUN" and any(
        c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in governor.children)
    if (governor.pos_ == "VERB" or mistagged) and money and (
            (prep in {"at", "for", "from"} and lemma in PRICING_VERBS)
            or (prep == "for" and lemma in BUYING_VERBS and not any(c.dep_ == "dobj" for c in governor.children))):
        # "the phone starts at $799", "will retail for $499": a product's price ("salaries start
        # at $50,000" name what is priced themselves)
        subject = _subject(governor, taken)
        if subject is not None and not isinstance(subject, str) and lemma_of(subject) in PRICE_NOUNS:
            return subject
        return "price"
    if governor.pos_ in {"VERB", "AUX"}:
        obj = next((c for c in governor.children if c.dep_ == "dobj" and c.i not in taken and c != anchor), None)
        # A generic object names its complement: "raised the number of troops to 5,000".
        named_obj = _named_part(obj, taken) if obj is not None and obj.pos_ in {"NOUN", "PROPN"} else None
        if obj is not None and lemma_of(obj) in {"point", "percent"} and any(c.dep_ == "nummod" for c in obj.children):
            named_obj = None  # "the Dow added 256.81 points to 19,508.59": the object is the change itself
        named = _subject(governor, taken) if lemma == "value" and prep == "at" and money else None
        if named is not None and not isinstance(named, str) and named.pos_ == "PROPN" and governor.tag_ == "VBN":
            return "value"  # "Square was valued at $3 billion": what a named thing is valued at is its value
        if lemma in SETTING_VERBS and prep in {"to", "by", "at", "from", None, *BOUND_PREPS} and named_obj is not None:
            return named_obj  # "kept rates near zero", "held the price below $5": the object
        if prep in {"by", "to"} and named_obj is not None:
            # "expand the fleet by 30%", "cut jobs by 10%", "brought the death toll to 45": the
            # object changes, to or by the amount
            return named_obj
        if obj is not None and obj.pos_ == "PRON" and prep in {"to", "by", "from", "between", None}:
            # "lawmakers voted to raise it to $8.70", "cut it by 5%": the object changes ("it",
            # unnamed here), not the subject who acts on it
            return None
        if prep in {"adverb", "from"} and _usable(obj, taken) and any(c.dep_ == "nummod" for c in obj.children):
            return obj  # "sold 45,000 cars, down 5%", "up from 40,000": a change of the things counted
        if anchor.dep_ == "dobj" and lemma in HARM_VERBS and not money and (
                anchor.pos_ == "NUM" or anchor.lower_ in {"dozens", "scores", "hundreds", "thousands"}):
            return "people"  # "the attack that killed 12 and wounded 48", "injuring 29": the people harmed
        if anchor.pos_ == "NUM" and anchor.dep_ == "dobj" and lemma in NOMINALISATIONS and not money:
            return NOMINALISATIONS[lemma]  # "the Predators have lost five straight": losses
        if lemma in CHANGE_VERBS or governor.pos_ == "AUX" or lemma in SETTING_VERBS:
            subject = _subject(governor, taken)
            if subject is not None:
                return subject
        if lemma in NOMINALISATIONS:
            return NOMINALISATIONS[lemma]
        if prep in {"to", "at", "by", "around", "near", "of", "above", "below", "over", "under"}:
            # "winds gusted to 55 mph", "the shares traded at $5": what the verb is about
            return _subject(governor, taken)
        return None
    if governor.lower_ == "worth" and any(c.lower_ == "net" for c in governor.children):
        return "worth"  # "a net worth of $17 million"
    if governor.pos_ == "NOUN" and _usable(governor, taken) and prep in PREP_LINKS:
        return governor
    if mistagged:
        return _subject(governor, taken)  # "was last trading up 1%"
    if governor.pos_ == "NOUN" and governor.lower_.endswith("ing") and governor.dep_ == "attr" and (
            governor.head.lemma_ == "be"):
        return _subject(governor.head, taken)  # the same, read as "was" + a noun "trading"
    if governor.pos_ in {"NOUN", "PROPN"} and prep is None and anchor.dep_ == "npadvmod" and (
            anchor.lower_ in {"%", "percent", "pct"} and governor.i < anchor.i and governor.is_alpha):
        return _named_part(governor, taken)  # "imports fell 5 percent and exports 3 percent"
    if governor.pos_ in {"NOUN", "PROPN"} and prep == "adverb":
        return _named_part(governor, taken)  # "the euro EUR= up 0.05%", "sales volume ... down 10%"
    return None


COMPARISON_WORDS = {"compared", "versus", "vs", "vs.", "against", "than", "from", "to", "or",
                    "and", "up", "down", "with", "of", "a", "an", "the", "earlier", "before",
                    "ago", "later", "previously", "in", "on", "at", "by", "last", "same",
                    *DIMENSIONS}


def is_elision_link(between: Span, noun: str | None = None) -> bool:
    """True when the words between two figures only restate or compare: no noun or verb of its own.

    The first figure's own noun phrase does not count: "208,560 new vehicles this year, down 5
    percent" compares with the vehicles.
    """
    tokens = list(between)
    own = next((i for i, t in enumerate(tokens[:4]) if noun is not None and lemma_of(t) == noun), None)
    if own is not None and all(t.pos_ in {"ADJ", "NOUN", "PROPN", "PUNCT"} for t in tokens[:own]):
        tokens = tokens[own + 1 :]
    if tokens and tokens[0].lower_ in {"per", "a", "an"}:
        # "$10 per short ton, compared with about $45": the unit the first is per is its own too
        unit = 2 if len(tokens) > 2 and tokens[1].lower_ in COMMODITY_UNIT_ADJECTIVES else 1
        if len(tokens) > unit and _is_unit_word(tokens[unit]):
            tokens = tokens[unit + 1 :]
    if len(tokens) > 8:
        return False
    # "4.57GB—or as small as 1.27GB", "or as much as $7 million": a comparison of the same measure
    as_as = {k + d for k in range(1, len(tokens) - 1) if tokens[k - 1].lower_ == tokens[k + 1].lower_ == "as"
             and tokens[k].pos_ in {"ADJ", "ADV"} for d in (-1, 0, 1)}
    for k, token in enumerate(tokens):
        if token.is_punct or token.ent_type_ in {"DATE", "TIME"} or token.lower_ in COMPARISON_WORDS or k in as_as:
            continue
        if token.pos_ in {"CCONJ", "ADP", "DET", "PART"}:
            continue
        return False
    return True


def _by_the_dozens(span: Span, anchor: Token, taken: set[int]) -> str | None:
    """'their owners dot the sky by the dozens', 'fans arrived by the thousands': a vague amount
    after "by the" says how many of the clause's subject there are, not of its object."""
    from newsfacts.extract.numbers import VAGUE_WORDS

    doc = span.doc
    if span.start < 2 or [t.lower_ for t in doc[span.start - 2 : span.start]] != ["by", "the"]:
        return None
    if anchor.lower_ not in VAGUE_WORDS or anchor.dep_ != "pobj" or anchor.head.head.pos_ not in {"VERB", "AUX"}:
        return None
    verb = anchor.head.head
    counted = next((c for c in verb.children if c.dep_ == "dobj" and c.tag_ in {"NNS", "NNPS"}), None)
    if counted is not None:
        # "the firm sells phones by the millions", "farmers planted trees by the thousands": a
        # plural object is what comes in crowds ("dot the sky by the dozens": a singular one is not)
        return _whole_word(counted) if _usable(counted, taken) else None
    found = _subject(verb, taken)
    if found is None or isinstance(found, str):
        return found
    return _whole_word(found)


def multiplied_thing(verb: Token, taken: set[int]) -> str | None:
    """What a verb of multiplying multiplies: its object ("the firm tripled its sales"), else its
    subject ("exports have doubled", "the price of rice doubled")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and _usable(obj, taken):
        return _whole_word(obj)
    found = _subject(verb, taken)
    if found is not None and not isinstance(found, str):
        return _whole_word(found)
    return found



# Nouns of a parent: "a mother of four" counts her children.
PARENT_NOUNS = {"mother", "father", "parent", "mom", "mum", "dad", "grandmother", "grandfather",
                "grandparent"}


def _children_of_parent(anchor: Token, unit: str | None) -> str | None:
    """'a mother of four', 'father of three': a bare count after a parent counts the children."""
    if unit is not None or anchor.pos_ != "NUM" or anchor.dep_ != "pobj" or anchor.head.lower_ != "of":
        return None
    if any(c.pos_ in {"NOUN", "PROPN"} for c in anchor.children):
        return None
    if anchor.i + 1 < len(anchor.doc) and anchor.doc[anchor.i + 1].lower_ == "of":
        return None  # "the mother of two of the victims": the victims are counted
    parent = anchor.head.head
    return "child" if parent.lower_ in PARENT_NOUNS and parent.i == anchor.i - 2 else None


def _those_asked(anchor: Token, unit: str | None) -> str | None:
    """'66 percent of those surveyed', 'half of those polled': the people a participle names,
    by the participle's verb (the survey's respondents)."""
    if unit != "percent" and anchor.pos_ != "NUM":
        return None
    of = next((c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None and anchor.i + 1 < len(anchor.doc) and anchor.doc[anchor.i + 1].lower_ == "of":
        of = anchor.doc[anchor.i + 1]
    if of is None or of.i + 2 >= len(anchor.doc):
        return None
    those, verb = anchor.doc[of.i + 1], anchor.doc[of.i + 2]
    if those.lower_ != "those" or verb.tag_ != "VBN" or verb.lemma_.lower() not in ASKING_VERBS:
        return None  # (not "40 percent of those killed were children": no survey)
    return verb.lemma_.lower()


# Verbs whose participle after "those" names a survey's respondents: "those polled".
ASKING_VERBS = {"poll", "survey", "ask", "question", "interview", "sample", "canvass"}


def _ranked_noun(anchor: Token, taken: set[int]) -> Token | None:
    """'the 20-largest banks', 'its 10-biggest customers': a count glued to a superlative
    counts the noun the superlative modifies."""
    doc = anchor.doc
    if anchor.i + 2 >= len(doc) or doc[anchor.i + 1].text != "-" or doc[anchor.i].whitespace_:
        return None
    superlative = doc[anchor.i + 2]
    if superlative.tag_ != "JJS":
        return None
    noun = superlative.head if superlative.dep_ == "amod" else None
    if noun is None or noun.i <= superlative.i or noun.tag_ not in {"NNS", "NNPS"}:
        return None
    return noun if _usable(noun, taken) else None
