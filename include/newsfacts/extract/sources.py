"""Classify a cited source noun phrase and give it a canonical name (lexicons plus NER labels).

source_type is one of: news_agency, media_outlet, government_body, organization, official, person,
anonymous, document. `organization` covers non-government bodies (NGOs, companies, the UN, armed
groups), which fit none of the other types.

Canonical names merge spelling variants of one source: determiners and counts are dropped,
"Iraq's foreign ministry" / "the Iraqi Foreign Ministry" / "Iraqi Ministry of Foreign Affairs"
all become "Iraqi Foreign Ministry", "Defence" is spelt "Defense", a titled person is named by
the person ("US Secretary of Defence Lloyd Austin" -> "Lloyd Austin"), and unnamed sources keep
their description in the singular ("four Iraqi sources" -> "Iraqi source").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

NEWS_AGENCIES = {
    "reuters": "Reuters", "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
    "ap": "AP", "associated press": "AP", "the associated press": "AP",
    "xinhua": "Xinhua", "tass": "TASS", "anadolu": "Anadolu Agency", "anadolu agency": "Anadolu Agency",
    "irna": "IRNA", "ani": "ANI", "pti": "PTI", "dpa": "dpa", "efe": "EFE", "ansa": "ANSA",
    "kyodo": "Kyodo", "yonhap": "Yonhap", "wam": "WAM", "spa": "SPA", "kuna": "KUNA",
    "ina": "Iraqi News Agency", "iraqi news agency": "Iraqi News Agency", "mena": "MENA",
    "interfax": "Interfax", "ria novosti": "RIA Novosti", "upi": "UPI", "sana": "SANA",
    "petra": "Petra", "qna": "QNA", "bernama": "Bernama", "antara": "Antara",
    # European national agencies: "Ritzau writes", "according to NTB".
    "ritzau": "Ritzau", "ntb": "NTB", "belga": "Belga", "lusa": "Lusa", "anp": "ANP", "jiji": "Jiji Press",
    "jiji press": "Jiji Press",
}
MEDIA_OUTLETS = {
    # Bloomberg's newsroom, labelled a media outlet like the papers ("Bloomberg News reported").
    "bloomberg": "Bloomberg", "bloomberg news": "Bloomberg",
    "lbci": "LBCI", "al jazeera": "Al Jazeera", "al-jazeera": "Al Jazeera", "al arabiya": "Al Arabiya",
    "al-arabiya": "Al Arabiya", "bbc": "BBC", "cnn": "CNN", "the new york times": "The New York Times",
    "new york times": "The New York Times", "the washington post": "The Washington Post",
    "washington post": "The Washington Post", "the wall street journal": "The Wall Street Journal",
    "wall street journal": "The Wall Street Journal", "wsj": "The Wall Street Journal",
    "nyt": "The New York Times", "the new yorker": "The New Yorker", "the guardian": "The Guardian",
    "guardian": "The Guardian", "fox news": "Fox News", "nbc": "NBC", "cbs": "CBS",
    "abc news": "ABC News", "sky news": "Sky News", "axios": "Axios", "politico": "Politico",
    "financial times": "Financial Times", "the financial times": "Financial Times",
    "haaretz": "Haaretz", "times of israel": "The Times of Israel", "al-monitor": "Al-Monitor",
    "al monitor": "Al-Monitor", "dawn": "Dawn", "trt": "TRT", "trt world": "TRT World",
    "rudaw": "Rudaw", "kurdistan24": "Kurdistan24", "shafaq news": "Shafaq News",
    "al mayadeen": "Al Mayadeen", "press tv": "Press TV", "tasnim": "Tasnim", "fars": "Fars",
    "the national": "The National", "npr": "NPR", "cnbc": "CNBC", "msnbc": "MSNBC",
    # Magazines and sites whose names carry no newspaper word.
    "usa today": "USA Today", "rolling stone": "Rolling Stone", "fast company": "Fast Company",
    "the verge": "The Verge", "wired": "Wired", "cnet": "CNET", "engadget": "Engadget",
    "techcrunch": "TechCrunch", "gizmodo": "Gizmodo", "eurogamer": "Eurogamer",
    "variety": "Variety", "the hollywood reporter": "The Hollywood Reporter",
    "hollywood reporter": "The Hollywood Reporter", "the atlantic": "The Atlantic", "vox": "Vox",
    "buzzfeed news": "BuzzFeed News", "huffpost": "HuffPost", "business insider": "Business Insider",
    "forbes": "Forbes", "the economist": "The Economist", "newsweek": "Newsweek",
    "der spiegel": "Der Spiegel", "le monde": "Le Monde", "nikkei asia": "Nikkei Asia",
    # Trade and sports-analysis sites that report as outlets.
    "deadline": "Deadline", "thewrap": "TheWrap", "the wrap": "TheWrap", "wrap": "TheWrap",
    "pff": "PFF", "pro football focus": "PFF",
    # US political and youth outlets whose names carry no newspaper word (session 25, srcx).
    "the hill": "The Hill", "teen vogue": "Teen Vogue", "vogue": "Vogue", "tmz": "TMZ",
    # US news sites and aggregators whose names carry no newspaper word (session 31, docs).
    "drudge": "Drudge", "drudge report": "Drudge Report", "the drudge report": "Drudge Report",
    "breitbart": "Breitbart", "breitbart news": "Breitbart", "huffington post": "The Huffington Post",
    "the huffington post": "The Huffington Post", "the daily beast": "The Daily Beast",
    "daily beast": "The Daily Beast", "mother jones": "Mother Jones", "national review": "National Review",
    "propublica": "ProPublica", "buzzfeed": "BuzzFeed", "mashable": "Mashable", "recode": "Recode",
    "us weekly": "Us Weekly", "page six": "Page Six",
    # Web magazines and foreign papers whose names carry no English newspaper word.
    "motherboard": "Motherboard", "la stampa": "La Stampa", "la repubblica": "La Repubblica",
    "corriere della sera": "Corriere della Sera", "il sole 24 ore": "Il Sole 24 Ore",
    "le figaro": "Le Figaro", "libération": "Libération", "el país": "El País", "el pais": "El País",
    "el mundo": "El Mundo", "bild": "Bild", "die welt": "Die Welt", "handelsblatt": "Handelsblatt",
    "süddeutsche zeitung": "Süddeutsche Zeitung", "frankfurter allgemeine zeitung": "Frankfurter Allgemeine Zeitung",
}
MEDIA_WORDS = {"news", "tv", "television", "radio", "times", "post", "journal", "gazette",
               "herald", "tribune", "newspaper", "magazine", "channel", "broadcaster", "daily",
               "chronicle", "telegraph", "intelligencer", "register", "courier", "inquirer",
               "examiner", "sentinel", "dispatch", "observer", "mirror", "express"}
AGENCY_WORDS = {"agency"}
GOVERNMENT_WORDS = {
    "ministry", "department", "office", "government", "military", "army", "force", "forces",
    "pentagon", "parliament", "council", "commission", "embassy", "authority", "authorities",
    "police", "command", "administration", "cabinet", "presidency", "navy", "kremlin",
    "centcom", "court", "prosecutor", "prosecutors", "senate", "congress", "consulate",
    # a state's corps ("the US Army Corps of Engineers", "the Marine Corps"); a tribe's own
    # government ("the Standing Rock Sioux tribe says it holds treaty rights")
    "corps", "tribe",
}
GOVERNMENT_NAMES = {"white house", "pentagon", "kremlin", "state department", "centcom",
                    "downing street", "elysee", "élysée",
                    # State agencies cited by their acronym.
                    "nasa", "fbi", "cia", "nsa", "cdc", "fda", "epa", "faa", "ftc", "fcc", "nih",
                    "irs", "dhs", "noaa", "usda", "nhtsa", "ntsb", "fema", "nhs", "mi5", "mi6",
                    "dea", "cbp", "atf", "doj", "uscis", "tsa", "cbo", "gao", "bls", "usgs",
                    "osha", "european union", "eu", "european commission",
                    # a state's motor vehicle department ("the DMV said in a statement")
                    "dmv",
                    # the US central bank, a federal agency
                    "federal reserve", "fed", "federal reserve board",
                    # the state's intelligence agencies taken together
                    "intelligence community", "us intelligence community", "u.s. intelligence community",
                    # a finance ministry by its old name ("data compiled by the Treasury")
                    "treasury", "us treasury", "u.s. treasury", "hm treasury"}
# Committees of a legislature: "the U.S. Senate Permanent Subcommittee on Investigations", "the
# House Intelligence Committee" (a party's or a firm's committee is no state body).
LEGISLATIVE_COMMITTEES = {"committee", "subcommittee", "panel", "caucus"}
LEGISLATURE_WORDS = {"senate", "house", "congress", "congressional", "parliament", "parliamentary",
                     "legislative", "legislature", "assembly", "commons", "lords"}
# A police department by its acronym ("NYPD", "LAPD", "SFPD"), or its account ("@NYPDnews").
_POLICE_ACRONYM = re.compile(r"@?[A-Z]{1,4}PD(?:[a-z][a-z]*)?")
# A state spoken of as a country: "saying the country “fundamentally disagrees”".
COUNTRY_NOUNS = {"country", "nation"}
# "the National Institute on Drug Abuse", "the National Hurricane Center": a state body.
NATIONAL_BODY_WORDS = {"institute", "institutes", "center", "centre", "centers", "centres",
                       "service", "bureau", "agency", "administration", "office"}
TITLE_WORDS = {
    "spokesperson", "spokesman", "spokeswoman", "secretary", "minister", "president", "advisor",
    "adviser", "official", "officials", "ambassador", "general", "commander", "envoy", "chief",
    "director", "governor", "senator", "lawmaker", "mp", "mayor", "deputy", "aide", "diplomat",
    "diplomats", "representative", "premier", "chancellor", "king", "emir", "prince", "leader",
    "officer", "lieutenant", "colonel", "major", "captain", "admiral", "sheikh", "prime", "head",
    "chairman", "chairwoman", "chair", "speaker", "attorney", "judge", "ceo", "cto", "cfo", "coo", "founder",
    "administrator", "superintendent", "commissioner", "executive", "sheriff", "inspector",
    "treasurer", "congressman", "congresswoman", "councilman", "councilwoman", "councillor",
    # Abbreviated offices and ranks before a name: "Sen. Ann Cole", "Cmdr. Sean Brown".
    "sen.", "rep.", "gov.", "gen.", "col.", "lt.", "maj.", "capt.", "sgt.", "cmdr.", "adm.",
    "det.", "supt.", "insp.", "amb.",
    # A vice president by abbreviation: "senior VP of sales Ann Cole", "Bo Li, EVP at Acme".
    "vp", "svp", "evp",
}
# The kinds of "lead" that head a team: "technical lead", "team lead", "project lead".
LEADING_KINDS = {"technical", "tech", "team", "project", "engineering", "product", "design", "research"}
# Offices only when spelt as a title: a capitalised Manager heads a unit ("General Manager Ann
# Cole", "Project Manager Bo Li"); a lower-case one is a trade ("a fund manager", "talent manager").
CAPITALISED_OFFICES = {"manager"}
# Title words that name no office in some uses: a team's "captain" (the rank is "Captain" or
# "Capt."), a client's "attorney" or "lawyer" ("Carlineo's attorney", "an attorney for the family";
# "U.S. Attorney Nealy Cox" and "the attorney general" hold offices).
COUNSEL_WORDS = {"attorney", "lawyer"}


def _after_quoted_title(token: Token) -> bool:
    """'“Parasite” director': a short quoted title, a work's name, right before the word; not
    the end of a quotation ('"..., she said," CEO Tim Cook said'), which closes on punctuation."""
    doc = token.doc
    if token.i < 3 or doc[token.i - 1].text not in {"”", '"', "’", "»"} or doc[token.i - 2].is_punct:
        return False
    opening = next((i for i in range(token.i - 2, max(token.i - 7, -1), -1) if doc[i].text in {"“", '"', "‘", "«"}), None)
    return opening is not None and all(t.text[:1].isupper() or t.is_stop or t.like_num
                                       for t in doc[opening + 1 : token.i - 1])


# Works a director or a producer makes: "the director of the film", "the producer of the show".
MADE_WORKS = {"film", "movie", "documentary", "musical", "play", "show", "series", "album", "video", "romance",
              "drama", "comedy", "thriller", "feature", "opera", "production", "picture", "episode", "sequel"}


def _maker_of_a_work(token: Token) -> bool:
    """'the director behind the modern-day romance La La Land', 'the director of the film': who
    made a work holds no office (not 'the director of the FBI')."""
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "behind":
        return True  # (a sentence left unparsed has no preposition to look at)
    for prep in (c for c in token.children if c.dep_ == "prep"):
        if prep.lower_ == "behind":
            return True
        if prep.lower_ in {"of", "on"} and any(g.dep_ == "pobj" and g.lemma_.lower() in MADE_WORKS
                                               for g in prep.children):
            return True
    return False


# Ranks spelt like adjectives, which give an office only before a name ("Major Ann Cole").
ADJECTIVE_RANKS = {"major", "general"}


def names_an_office(token: Token) -> bool:
    """A title word that gives the person next to it an office."""
    lower = token.lower_
    if lower == "justice":
        # "Justice Samuel Alito", "Chief Justice John Roberts"; not "the Department of Justice".
        nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if token.ent_type_ not in {"", "PERSON"}:
            return False  # "Justice League star Ben Affleck", "Justice Party": a name, no judge
        return token.text == "Justice" and nxt is not None and nxt.text[:1].isupper() and (
            nxt.pos_ == "PROPN" or nxt.ent_type_ == "PERSON")
    if lower == "manager" and token.i > 0 and token.doc[token.i - 1].lower_ == "campaign":
        # "Kellyanne Conway, the campaign manager who ...": who runs a political campaign holds
        # its office, as its spokesman does (not "the store manager", "a manager at Acme")
        return True
    if lower in CAPITALISED_OFFICES:
        return token.text[:1].isupper() and token.i > 0 and not token.is_sent_start
    if lower == "lady" and token.i > 0 and token.doc[token.i - 1].lower_ == "first":
        return True  # "the first lady suggested": the president's spouse, a public office
    if lower == "staffer" or (lower == "staff" and token.dep_ == "compound"):
        # "an Energy Commission staffer", "a commission staff engineer": who works for a
        # government body holds a post in it (not "a campaign staffer", "a staff writer")
        kinds = [c for c in token.children if c.dep_ == "compound"] + (
            [c for c in token.head.children if c.dep_ == "compound" and c.i < token.i] if token.dep_ == "compound" else [])
        return any(k.lemma_.lower() in GOVERNMENT_WORDS for k in kinds)
    if lower == "lead" and token.pos_ == "NOUN" and token.i > 0:
        # "the technical lead for the Qwen team", "team lead": who heads a team (not "the lead singer")
        return token.doc[token.i - 1].lower_ in LEADING_KINDS
    if lower not in TITLE_WORDS and lower + "." in TITLE_WORDS and token.text[:1].isupper() and (
            token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == "." and not token.whitespace_):
        return True  # "Col. Broccoli" parsed as "Col" and ".": an abbreviated rank all the same
    if lower not in TITLE_WORDS:
        return False
    if _after_quoted_title(token):
        return False  # '"Parasite" director Bong Joon Ho', '"Dune" producer ...': a work's maker
    if lower in {"director", "producer"} and _maker_of_a_work(token):
        return False  # "Damien Chazelle, the director behind the romance La La Land": a work's maker
    if lower in ADJECTIVE_RANKS and token.tag_ in {"JJ", "NNP"} and (
            token.i + 1 < len(token.doc) and token.doc[token.i + 1].text.islower()):
        return False  # "Major palm oil company promises ...", "General strike": no rank before a name
    if lower == "captain":
        return token.text == "Captain" and (token.i == 0 or token.doc[token.i - 1].pos_ not in {"PROPN", "ADJ"})
    if lower in COUNSEL_WORDS:
        if any(c.dep_ in {"compound", "nmod", "amod"} and c.text[:1].isupper() for c in token.children):
            return True  # "the U.S. Attorney for the Southern District", "District Attorney"
        return not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "for") for c in token.children)
    return True


# Nouns for bodies that speak as one, named or not ("the unions said", "advocacy groups said").
BODY_NOUNS = {"union", "group", "party", "association", "organization", "organisation", "team",
              "club", "coalition", "alliance", "federation", "charity", "network", "committee",
              "board", "campaign", "movement", "faction", "militia", "rebel", "insurgent"}
# Unnamed people: cited by description only.
ANONYMOUS_NOUNS = {
    "source", "insider", "informant", "person", "people", "resident", "witness", "analyst",
    "expert", "observer", "man", "woman", "men", "women", "doctor", "physician", "author",
    "researcher", "scientist", "economist", "lawyer", "student", "parent", "teacher", "consumer",
    "supporter", "fan", "forecaster", "critic", "activist", "voter", "worker", "employee",
    "victim", "survivor", "neighbor", "neighbour", "relative", "friend", "family", "villager",
    "journalist", "reporter", "correspondent", "protester", "investor", "trader",
    "user", "commenter", "member", "mother", "father", "son", "daughter", "wife", "husband",
    "customer", "passenger", "owner", "patient", "bystander", "local", "commuter",
    # ...and the people of a workplace or a campus: "staff on short-term contracts said",
    # "one academic told the authors".
    "staff", "academic", "lecturer", "nurse",
    # ...and those who comment in public: "some commentators said", "a blogger wrote" (not
    # "advocates", who as often campaign, "advocates are urging the agency to act", as say).
    "commentator", "pundit", "blogger",
    # ...and the parties who bring a case, by their role in it: "the plaintiffs alleged that ...".
    "plaintiff", "complainant", "claimant", "petitioner",
    # ...and people close to someone, by that tie: "a confidant says" (a "close associate", not a
    # store's "associates", in citations.unnamed).
    "confidant", "confidante", "acquaintance",
    # ...and people by their working lives: "students, teachers, professionals and more".
    "professional",
    # ...and people by what they give or follow: "two Clinton donors tell ABC News", "followers of
    # U.S.-Russia relations say".
    "donor", "follower",
    # ...and people met at a scene, who tell what they saw: "a restaurant patron said", "one
    # shopper recalled", "a motorist who stopped told police".
    "patron", "diner", "shopper", "tenant", "homeowner", "onlooker", "eyewitness", "spectator",
    "motorist", "pedestrian", "shopkeeper", "churchgoer", "parishioner",
}
DOCUMENT_NOUNS = {"statement", "report", "document", "letter", "communique", "communiqué", "memo",
                  "readout", "filing", "study", "survey", "decree", "release", "declaration",
                  "bulletin", "assessment", "notice", "paper", "estimate", "data", "poll",
                  "presentation", "analysis", "research", "findings", "indictment", "complaint",
                  "lawsuit", "ruling", "transcript", "footage", "record", "records", "calculation",
                  "calculations", "projection", "projections", "model", "tally", "count",
                  "figures", "numbers", "statistics", "stats", "evidence", "testimony", "article",
                  # papers kept or leaked as a set: "the leaked files detail ...", "the cables show"
                  "files", "cables"}
# Written rules cited for what they say: "according to electoral law" cites a text, no body.
LAW_NOUNS = {"law", "constitution", "statute", "treaty", "regulation", "rule", "rulebook", "charter", "bylaw"}
DEMONYMS = {
    "iraq": "Iraqi", "us": "US", "u.s.": "US", "united states": "US", "america": "US",
    "iran": "Iranian", "syria": "Syrian", "israel": "Israeli", "turkey": "Turkish",
    "türkiye": "Turkish", "uk": "British", "britain": "British", "france": "French",
    "russia": "Russian", "china": "Chinese", "pakistan": "Pakistani", "saudi arabia": "Saudi",
    "egypt": "Egyptian", "lebanon": "Lebanese", "jordan": "Jordanian", "ukraine": "Ukrainian",
    "germany": "German", "japan": "Japanese", "india": "Indian", "qatar": "Qatari",
    "kuwait": "Kuwaiti", "yemen": "Yemeni", "afghanistan": "Afghan", "italy": "Italian",
    "spain": "Spanish", "canada": "Canadian", "australia": "Australian", "oman": "Omani",
}
SMALL_WORDS = {"of", "the", "and", "for", "on", "in", "to"}
DROP_LEADING = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"}
_MINISTRY_RE = re.compile(r"\bMinistry of (?:the )?([A-Z][\w-]*)(?: Affairs)?\b", re.IGNORECASE)
_DEPARTMENT_RE = re.compile(r"\bDepartment of (?:the )?([A-Z][\w-]*)\b", re.IGNORECASE)


# What makes unnamed people sources on a matter: "people familiar with the talks", "sources
# close to the minister", "officials briefed on the plan", "people with knowledge of the deal".
KNOWING_WORDS = {"familiar", "close", "briefed", "knowledgeable", "involved"}


def _knowledge_of(head: Token) -> list[str]:
    """'familiar with their thinking' after 'people': what tells apart unnamed groups of one kind
    in an article ("people familiar with the talks" and "people familiar with Chinese policy")."""
    for child in head.children:
        if child.i > head.i and child.dep_ in {"amod", "acl"} and child.lower_ in KNOWING_WORDS:
            words = sorted(child.subtree, key=lambda t: t.i)
            return [t.text for t in words if not t.is_punct]
        if child.i > head.i and (_with_knowledge(child) or _who_was_there(child) or interviewed_by_writer(child)):
            # "two sources with direct knowledge of the deal", "an official who was in the room"
            return [t.text for t in child.subtree if not t.is_punct]
    return []


def _with_knowledge(child: Token) -> bool:
    """'with (direct) knowledge of the talks': what unnamed sources know, after them."""
    return child.dep_ == "prep" and child.lower_ == "with" and any(
        g.dep_ == "pobj" and g.lemma_.lower() == "knowledge" for g in child.children)


# The writer meeting people for the story: "people I spoke with", "staffers we interviewed".
INTERVIEW_VERBS = {"speak", "talk", "interview", "contact", "reach", "survey", "ask", "consult"}


def interviewed_by_writer(child: Token) -> bool:
    """'people I spoke with', 'the staffers we interviewed': a relative clause in which the writer
    meets the people for the story (not 'people I admire', nor 'people he spoke with')."""
    return child.dep_ == "relcl" and child.lemma_.lower() in INTERVIEW_VERBS and any(
        g.dep_ == "nsubj" and g.lower_ in {"i", "we"} for g in child.children)


def _who_was_there(child: Token) -> bool:
    """'who was in the room', 'who attended the meeting': where an unnamed witness was (not
    'who spoke on condition of anonymity', which says nothing of who they are)."""
    if child.dep_ != "relcl" or not any(g.lower_ in {"who", "that"} and g.dep_ == "nsubj" for g in child.children):
        return False
    lemma = child.lemma_.lower()
    if lemma == "attend":
        return True
    return lemma == "be" and any(g.dep_ == "prep" and g.lower_ in {"in", "at", "inside"} for g in child.children)


# Words before a document that say when or how it came out, not which records they are.
PASSING_DOCUMENT_WORDS = {"new", "recent", "latest", "earlier", "previous", "same", "separate",
                          "other", "last", "first", "final", "initial", "full", "official",
                          "preliminary", "annual", "monthly", "weekly", "quarterly", "internal",
                          "confidential", "published", "unpublished", "leaked", "detailed", "brief",
                          "short", "long", "joint", "written", "such", "further", "additional"}


def _kind_of_document(tokens: list[Token], head: Token) -> list[str]:
    """'court records' and 'federal prison records': the common words that say which records an
    unnamed document is, so that two kinds cited in one article stay two sources."""
    before = [t for t in tokens if t.i < head.i]
    if any(t.pos_ == "PROPN" or t.ent_type_ for t in before):
        return []  # a named issuer ("a Reuters report") is read elsewhere
    return [t.lower_ for t in before if t.dep_ in {"compound", "amod"} and t.pos_ in {"NOUN", "ADJ"}
            and t.head == head and t.lower_ not in PASSING_DOCUMENT_WORDS]


def _title_case(name: str) -> str:
    words = name.split()
    return " ".join(
        w if (w.isupper() or any(c.isupper() for c in w[1:]) or (i and w.lower() in SMALL_WORDS))
        else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )


def _surface_without_determiners(span: Span) -> list[Token]:
    tokens = list(span)
    while tokens and (tokens[0].lower_ in DROP_LEADING or tokens[0].like_num
                      or tokens[0].pos_ == "NUM" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    return tokens


# Words before a bare name that describe rather than name: "only Steyer", "sixth-ranked Garza".
MODIFIER_POS = {"ADV", "ADJ", "VERB", "CCONJ", "DET", "NOUN", "NUM", "PUNCT"}


def _inside_name(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i], between two capitalised proper nouns, joins them into one name: the
    "and" of "Universities and Colleges Employers Association", the "&" of "Harbour & Dock Board",
    the plural possessive mark of "Employers’ Association" (spaCy tags a curly one as a quote)."""
    if i == 0 or i + 1 >= len(tokens):
        return False
    before, word, after = tokens[i - 1], tokens[i], tokens[i + 1]
    if not (before.text[:1].isupper() and after.pos_ == "PROPN" and after.text[:1].isupper()):
        return False
    if word.lower_ in {"and", "&"}:
        return before.pos_ == "PROPN"
    # "Anglers’ Association": a capitalised plural noun may own the name's last word
    return (word.text in {"’", "'"} and before.pos_ in {"PROPN", "NOUN"} and before.text.endswith("s")
            and word.whitespace_ != "")


def without_leading_modifiers(tokens: list[Token], head: Token) -> list[Token]:
    """'both Vindman' -> 'Vindman', 'rival Pepsi' -> 'Pepsi': the proper name without the
    plain words before it; an office ('ambassador X') or a demonym ('Iraqi X') stays."""
    if head.pos_ != "PROPN" or head not in tokens:
        return tokens
    at = tokens.index(head)
    start = at
    while start > 0 and (tokens[start - 1].pos_ == "PROPN" or _inside_name(tokens, start - 1) or (
            start > 1 and _inside_name(tokens, start) and tokens[start].lower_ not in {"and", "&"})):
        start -= 1
    if start == 0:
        return tokens
    last = tokens[start - 1]
    plain = (last.pos_ in MODIFIER_POS and not last.ent_type_ and last.tag_ != "POS"
             and last.lower_ not in TITLE_WORDS and last.text not in {".", ","})
    return tokens[start:] if plain else tokens


def _join(tokens: list[Token]) -> str:
    text = "".join(t.text_with_ws for t in tokens).strip()
    return re.sub(r"\s+", " ", text)


def _possessive_to_demonym(tokens: list[Token]) -> str:
    """'Iraq 's foreign ministry' -> 'Iraqi foreign ministry'."""
    parts: list[str] = []
    for i, tok in enumerate(tokens):
        if tok.tag_ == "POS":
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and nxt.tag_ == "POS" and tok.lower_ in DEMONYMS:
            parts.append(DEMONYMS[tok.lower_] + tok.whitespace_)
            parts[-1] = parts[-1].rstrip() + " "
        elif nxt is not None and nxt.tag_ == "POS":
            parts.append(tok.text + "'s ")
        else:
            parts.append(tok.text_with_ws)
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def normalise_body_name(name: str) -> str:
    """Canonical spelling of an organisation name: ministry word order, Defense, title case."""
    name = _MINISTRY_RE.sub(lambda m: f"{m.group(1)} Ministry", name)
    name = _DEPARTMENT_RE.sub(lambda m: f"{m.group(1)} Department", name)
    name = re.sub(r"\bDefence\b", "Defense", name, flags=re.IGNORECASE)
    name = re.sub(r"\b(?:U\.S\.|United States)\b", "US", name)
    return _title_case(name)


def _person_name(span: Span, head: Token, has_title: bool) -> str | None:
    """The name of the person a phrase points at, from NER or, failing that, a PROPN compound."""
    for ent in span.ents:
        if ent.label_ == "PERSON" and len(ent) >= 2:
            return _join([t for t in ent if t.tag_ != "POS"])
    # The fallback is for titled names the small model mislabels ("... Lloyd Austin" as ORG).
    if not has_title or head.pos_ != "PROPN" or head.lower_ in TITLE_WORDS:
        return None
    # "US Secretary of Defence Lloyd Austin": only compound PROPNs glued to the head name him.
    name = [head]
    i = head.i - 1
    while i >= span.start:
        tok = span.doc[i]
        is_name_part = (tok.dep_ == "compound" and tok.head == head and tok.pos_ == "PROPN"
                        and tok.lower_ not in TITLE_WORDS and tok.ent_type_ not in {"GPE", "NORP"})
        if is_name_part or (tok.text == "-" and i > span.start):
            name.insert(0, tok)
        else:
            break
        i -= 1
    while name and name[0].text == "-":
        name = name[1:]
    return _join(name) if len(name) >= 2 else None


def _before_apposition(tokens: list[Token], head: Token) -> list[Token]:
    """'the People's Daily, the mouthpiece of the party' -> 'the People's Daily'."""
    for i, tok in enumerate(tokens):
        if tok.text == "," and tok.i > head.i:
            return tokens[:i]
    return tokens


def _named_outlet(tokens: list[Token], head: Token) -> tuple[str, str] | None:
    """'An Associated Press journalist' -> AP: a reporter of a named agency or outlet."""
    if head.ent_type_ == "PERSON" or head.pos_ == "PROPN":
        return None
    words = [t.lower_ for t in tokens if t.i < head.i]
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            gram = " ".join(words[i : i + size])
            if gram in NEWS_AGENCIES and (size > 1 or len(gram) > 2):
                return NEWS_AGENCIES[gram], "news_agency"
            if gram in MEDIA_OUTLETS and (size > 1 or len(gram) > 2):
                return MEDIA_OUTLETS[gram], "media_outlet"
    return None


# People who speak for a body: the body is the source ("a WeWork spokesperson said").
SPOKES_NOUNS = {"spokesperson", "spokesman", "spokeswoman", "spokespeople"}
BODY_TYPES = {"organization", "government_body", "media_outlet", "news_agency"}


def _body_spoken_for(span: Span, head: Token) -> tuple[str, str] | None:
    """The named body an unnamed spokesperson speaks for, as (name, type), or None."""
    doc = head.doc
    candidates = []
    names = [t for t in span if t.i < head.i and t.pos_ == "PROPN" and t.dep_ in {"compound", "nmod", "poss"}]
    if names:
        candidates.append((doc[names[0].i : names[-1].i + 1], names[-1]))
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in {"for", "of", "at"}:
            for pobj in (g for g in child.children if g.dep_ == "pobj" and g.pos_ == "PROPN"):
                sub = sorted(t.i for t in pobj.subtree)
                # "for the Employers’ Association (UCEA)": the name ends before its bracketed acronym
                end = next((i for i in sub if i > pobj.i and doc[i].text == "("), sub[-1] + 1)
                candidates.append((doc[sub[0] : end], pobj))
    for body_span, body_head in candidates:
        if body_head.ent_type_ == "PERSON" and (office := _executive_office_before(body_span)) is not None:
            # "a spokesman for Attorney General Eric Schneiderman", "a spokeswoman for Gov. Ann
            # Lee": an unnamed spokesperson of an executive office-holder speaks for the office.
            return f"{office}'s office", "government_body"
        if body_head.ent_type_ in {"PERSON", "NORP"}:
            continue
        name, kind = classify_source(body_span, body_head)
        if kind in BODY_TYPES or kind == "person":
            return name, kind if kind in BODY_TYPES else "organization"
    # "a sheriff's spokeswoman", "the governor's spokesman": the office of a public office-holder
    # nobody names (as "a spokesman for Attorney General Eric Schneiderman" is his office).
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN"
                  and c.lemma_.lower() in PUBLIC_OFFICE_HOLDERS), None)
    if owner is not None and not names:
        return f"{owner.lemma_.lower()}'s office", "government_body"
    return None


# Executive offices, spelt as a title before the holder's name, whose unnamed spokesperson speaks
# for the office ("a spokesman for Attorney General Eric Schneiderman"); a lawmaker's or a
# president's spokesperson is left to the name.
EXECUTIVE_OFFICE_TITLES = {"attorney general": "attorney general", "district attorney": "district attorney",
                           "governor": "governor", "gov.": "governor", "gov": "governor", "mayor": "mayor",
                           "sheriff": "sheriff", "prosecutor": "prosecutor", "coroner": "coroner"}


def _executive_office_before(name: Span) -> str | None:
    """'Attorney General Eric Schneiderman' -> 'attorney general': the executive office of
    EXECUTIVE_OFFICE_TITLES spelt right before a person's name, or None (also for 'former
    Mayor Ann Lee', no office now)."""
    words = [t for t in name if t.ent_type_ != "PERSON"]
    if not words or words[-1].i + 1 != next((t.i for t in name if t.ent_type_ == "PERSON"), -1):
        return None
    for size in (2, 1):
        title = " ".join(t.lower_ for t in words[-size:])
        if len(words) >= size and title in EXECUTIVE_OFFICE_TITLES and all(
                t.text[:1].isupper() for t in words[-size:]):
            if office_held_before(list(words)):
                return None
            return EXECUTIVE_OFFICE_TITLES[title]
    return None


# Public offices whose holder speaks through a spokesperson of the office.
PUBLIC_OFFICE_HOLDERS = {"sheriff", "mayor", "governor", "prosecutor", "coroner", "senator", "minister",
                         "premier", "president", "police", "congressman", "congresswoman"}


def _outlet_before_descriptor(tokens: list[Token], head: Token) -> str | None:
    """'the Independent newspaper', 'Time magazine', 'the Politico website': a name followed by
    the kind of outlet it is names the outlet."""
    if head.pos_ != "NOUN" or head.lower_ not in MEDIA_DESCRIPTORS or head not in tokens:
        return None
    name = tokens[: tokens.index(head)]
    # ("The Post and Courier newspaper": a name joined by "and" between its words)
    if not name or not all(t.pos_ == "PROPN" or t.tag_ == "POS" or (
            t.lower_ in {"and", "&"} and 0 < i < len(name) - 1) for i, t in enumerate(name)) or any(
            t.ent_type_ in {"PERSON", "GPE", "NORP"} for t in name):
        return None  # "Chinese state newspaper": a description, not a name
    known = _join(name).lower()
    return NEWS_AGENCIES.get(known) or MEDIA_OUTLETS.get(known) or _join(name)


def _is_surname(head: Token) -> bool:
    """'Ken Doctor', 'Masayoshi Son': a common noun spelt as the last word of a person's name."""
    before = head.doc[head.i - 1] if head.i > 0 else None
    return head.ent_type_ == "PERSON" or (
        head.pos_ == "PROPN" and head.text[:1].isupper() and before is not None
        and before.pos_ == "PROPN" and before.dep_ == "compound" and before.text[:1].isupper())


OUTLET_TYPES = {"media_outlet", "news_agency"}


def _outlet_of_reporter(head: Token) -> tuple[str, str] | None:
    """'Alex Horton of the Washington Post', 'NPR's Emily Feng': a named journalist credited
    with their outlet, which is the source."""
    if head.ent_type_ != "PERSON":
        return None
    doc = head.doc
    for child in head.children:
        outlets = []
        if child.dep_ == "prep" and child.lower_ in {"of", "for", "at"}:
            outlets = [g for g in child.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        elif child.dep_ == "poss" and child.pos_ == "PROPN":
            outlets = [child]
        for outlet in outlets:
            sub = sorted(t.i for t in outlet.subtree if t.tag_ != "POS")
            name, kind = classify_source(doc[sub[0] : sub[-1] + 1], outlet)
            if kind in OUTLET_TYPES:
                return name, kind
    return None


def _speaks_for_firm(head: Token) -> bool:
    """'American Airlines' Kent Powell', 'Acme Inc's Ann Cole': a person named by the firm whose
    name ends in a company word speaks in a post at it (a club's player is not so named)."""
    if head.ent_type_ != "PERSON":
        return False
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" and c.text.rstrip(".'’") in COMPANY_SUFFIXES
               for c in head.children)


def _undotted(name: str) -> str:
    """'f.b.i.' -> 'fbi': an acronym spelt with full stops, as some papers do ("the F.B.I."),
    looked up like its plain spelling; any other name unchanged."""
    return name.replace(".", "") if re.fullmatch(r"(?:[a-z]\.){2,}", name) else name


def _officials_of_named_body(tokens: list[Token], head: Token) -> bool:
    """'PG&E officials', 'Berrien County Health Department officials', 'the Energy Commission
    staff': the named body speaks;
    'US officials' and 'Iraqi officials' stay unnamed people of a country."""
    if not ((head.lemma_.lower() == "official" and head.tag_ == "NNS") or head.lower_ == "staff"):
        return False  # ("the Energy Commission staff reported": the commission speaks)
    names = [t for t in tokens if t.i < head.i and t.pos_ == "PROPN"]
    return bool(names) and not any(t.ent_type_ in {"GPE", "NORP"} for t in tokens if t.i < head.i)


def _officials_of_department(tokens: list[Token], head: Token) -> str | None:
    """'Energy officials', 'Treasury officials' (mid-sentence): the capitalised field of a
    government department before its officials names the department ("Energy Department"), which
    speaks through them; not 'State officials said' opening a sentence, nor 'health officials'."""
    if head.lemma_.lower() != "official" or head.tag_ != "NNS" or not head.text.islower():
        return None  # (not a headline's "Energy Officials Reject ...")
    before = [t for t in tokens if t.i < head.i]
    if len(before) != 1:
        return None
    field = before[0]
    if field.lower_ not in DEPARTMENT_FIELDS or field.dep_ != "compound" or not field.text[:1].isupper() or (
            not field.text[1:].islower() or field.i == field.sent.start):
        return None
    return f"{field.text} Department"


# The fields executive departments are called by ("the Energy Department", "Treasury officials").
DEPARTMENT_FIELDS = {"energy", "treasury", "defense", "defence", "state", "commerce", "labor", "justice",
                     "interior", "agriculture", "education", "transportation"}


# Kinds of company, which stay organisations unnamed: "a company said".
COMPANY_WORDS = {"company", "firm", "bank", "business", "corporation", "startup", "start-up",
                 "carrier", "airline", "retailer", "manufacturer", "maker", "utility", "insurer",
                 "lender", "brand", "chain", "school", "university", "hospital", "charity", "agency",
                 "automaker", "carmaker", "operator", "developer", "studio", "publisher", "club",
                 "team", "institute", "foundation", "organisation", "organization", "network"}
# Platforms that speak as companies: "Twitter said it had removed 2 accounts".
PLATFORM_NAMES = {"twitter", "facebook", "instagram", "youtube", "tiktok", "reddit", "weibo",
                  "wechat", "linkedin", "snapchat", "whatsapp", "google", "amazon", "netflix"}
# Words that describe the named outlet they stand before: "state broadcaster CCTV".
MEDIA_DESCRIPTORS = {"broadcaster", "newspaper", "tabloid", "daily", "channel", "magazine",
                     "website", "publication", "outlet", "weekly", "network", "radio", "tv",
                     "television"}
# Last words of a company's name, which no person's name ends with: "Dick Clark Productions".
COMPANY_SUFFIXES = {"Productions", "Studios", "Inc", "Corp", "Corporation", "Ltd", "LLC", "Co",
                    "Holdings", "Partners", "Capital", "Entertainment", "Records", "Labs",
                    "Technologies", "Systems", "Ventures", "Enterprises", "Industries", "Motors",
                    "Pharmaceuticals", "Airlines", "Airways", "Brands", "Foods", "Software", "Games",
                    "Plc", "PLC", "AG", "SA", "GmbH", "NV"}
FORMER_WORDS = {"former", "ex", "ex-", "onetime", "one-time", "late", "retired"}


def office_held_before(tokens: list[Token]) -> bool:
    """'former President Barack Obama', 'ex-minister X': every office named is one held before."""
    offices = [i for i, t in enumerate(tokens) if t.lower_ in TITLE_WORDS or t.lemma_.lower() in TITLE_WORDS]
    return bool(offices) and all(
        any(w.lower_ in FORMER_WORDS or w.lower_.startswith("ex-") for w in tokens[max(0, i - 3):i + 1])
        for i in offices)


GATHERING_NOUNS = {"group", "team", "number", "chorus", "handful", "host"}


def _unnamed_group_of_people(span: Span, head: Token) -> bool:
    """'a group of Swiss scientists', 'a team of researchers': some unnamed experts, not a body
    that speaks as one and is named later ('a group of physicians is urging', 'a group of
    employees, the WeWorkers Coalition')."""
    from newsfacts.extract.citations import VIEW_HOLDERS

    if head.lemma_.lower() not in GATHERING_NOUNS or head.pos_ != "NOUN" or span[0].lower_ not in {"a", "an"}:
        return False
    members = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    return bool(members) and all(m.tag_ == "NNS" and m.lemma_.lower() in VIEW_HOLDERS for m in members)


# People whose field of expertise a noun before them names ("tax experts", "energy analysts").
EXPERTISE_HOLDERS = {"expert", "analyst", "economist", "researcher", "scientist"}


def _someones_counsel(head: Token) -> bool:
    """'His attorney said', "Adelson's attorney said": the unnamed counsel of a party, owned by
    it, like "his lawyer"; not "U.S. Attorney Nealy Cox", "the district attorney" or "the
    attorney general", which are offices."""
    return (head.pos_ == "NOUN" and head.lemma_.lower() in COUNSEL_WORDS
            and any(c.dep_ == "poss" for c in head.children)
            and not any(c.dep_ in {"compound", "amod", "appos"} for c in head.children))


def _is_known_place(tokens: list[Token], head: Token) -> bool:
    """A name the recogniser calls a place that the gazetteer knows ('Moscow', 'Iran', 'the
    United States'); an unknown one is a name it guessed wrong ('Alden', 'Winnebago', 'LN')."""
    from newsfacts.places.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    names = {_join([t for t in tokens if t.ent_type_ == "GPE" and t.tag_ != "POS"]), head.text}
    return any(gazetteer.candidates(name) or gazetteer.country_of_demonym(name) for name in names if name)


# Agencies that are firms: "Creative Artists Agency", a model, talent, ad or travel agency.
PRIVATE_AGENCY_WORDS = {"artist", "artists", "talent", "model", "models", "modeling", "modelling", "advertising",
                        "ad", "creative", "travel", "marketing", "media", "literary", "casting", "employment",
                        "recruitment", "insurance", "real", "estate"}


# What a state runs as a named Service or Bureau: "the Scottish Ambulance Service", "the Census
# Bureau", "the National Park Service", "the Forest Service" (not "Acme Financial Services").
PUBLIC_SERVICE_WORDS = {"ambulance", "fire", "park", "parks", "forest", "postal", "prison", "prisons",
                        "weather", "meteorological", "geological", "census", "statistics", "revenue",
                        "immigration", "naturalization", "border", "customs", "coast", "marshals",
                        "secret", "investigation", "probation", "health", "wildlife", "land", "mint",
                        "engraving", "reclamation", "labor", "labour"}
PUBLIC_SERVICE_HEADS = {"Service", "Bureau"}


def _state_agency(tokens: list[Token], lemmas: set[str]) -> bool:
    """'the European Space Agency', 'the Environmental Protection Agency': an Agency in a proper
    name is a public body; a news or press agency is not. A Service or Bureau named for what a
    state provides ('the Scottish Ambulance Service', 'the Census Bureau') is one too."""
    if tokens and tokens[-1].text in PUBLIC_SERVICE_HEADS and tokens[-1].pos_ == "PROPN" and any(
            t.lower_ in PUBLIC_SERVICE_WORDS and t.text[:1].isupper() for t in tokens[:-1]):
        return True
    return any(t.text == "Agency" and t.pos_ == "PROPN" for t in tokens) and not lemmas & {
        "news", "press", "international"} and not lemmas & PRIVATE_AGENCY_WORDS  # "the International Energy Agency": intergovernmental


# Common nouns for one person: kin, service jobs and trades ("his aunt", "the waitress").
KIN_NOUNS = {"aunt", "uncle", "cousin", "niece", "nephew", "sister", "brother", "grandmother", "grandfather",
             "grandson", "granddaughter", "mom", "dad", "mum", "stepmother", "stepfather", "widow", "widower",
             "girlfriend", "boyfriend", "fiancé", "fiancée", "spouse", "sibling", "grandparent", "godmother"}
TRADE_NOUNS = {"waiter", "waitress", "agent", "guard", "nurse", "cook", "clerk", "cashier", "driver", "pilot",
               "plumber", "landlord", "landlady", "tenant", "neighbour", "neighbor", "nanny", "maid", "butler",
               "bartender", "barista", "janitor", "mechanic", "cabbie", "courier", "postman", "farmer", "vet",
               # ...and trades of one person that the place they work in does not make a body:
               # "the Berlin wine merchant", "a Napa winemaker", "a Dublin shopkeeper".
               "merchant", "winemaker", "vintner", "shopkeeper", "baker", "butcher", "fisherman"}
PERSON_ENDINGS = ("ess", "ist", "ician")


def _names_a_person(head: Token) -> bool:
    """A common noun for one person: kin ('aunt'), a trade ('the waitress', 'a real estate agent')
    or a word ending like 'hostess', 'dentist', 'technician'; not a body ('the carrier')."""
    lemma = head.lemma_.lower()
    if lemma in BODY_NOUNS | GOVERNMENT_WORDS | COMPANY_WORDS | MEDIA_WORDS | MEDIA_DESCRIPTORS | DOCUMENT_NOUNS:
        return False
    return lemma in KIN_NOUNS | TRADE_NOUNS or lemma.endswith(PERSON_ENDINGS)


# Kinds of body written before a body's name: "the NGO Front Line Defenders", "the charity X".
KIND_BEFORE_NAME = {"ngo", "charity", "nonprofit", "non-profit", "watchdog"}
# "Startup Skyward Labs says", "carmaker Ann Motors said": a firm by its kind, whatever a name
# recogniser makes of the name after it.
FIRM_KINDS_BEFORE_NAME = {"startup", "start-up", "firm", "carmaker", "automaker", "chipmaker", "retailer",
                          "insurer", "lender", "airline", "giant", "platform", "app", "service"}


def is_kind_before_name(token: Token) -> bool:
    """Whether a kind word ("startup", "the charity") stands before a body's name rather than
    inside it: written in lower case (or as an acronym, "the NGO X"), or opening the sentence
    ("Startup Skyward Labs says"; not "Service Employees International Union said")."""
    if token.lower_ not in KIND_BEFORE_NAME | FIRM_KINDS_BEFORE_NAME:
        return False
    return token.text.islower() or token.text.isupper() or (token.i == token.sent.start and (
        token.lower_ not in KINDS_ALSO_IN_NAMES or token.ent_iob_ not in {"B", "I"}))


# Kind words that also open bodies' names ("Service Employees International Union", "Platform
# Workers United"), unlike "Carmaker" or "Startup" at the start of a sentence.
KINDS_ALSO_IN_NAMES = {"service", "platform", "app", "airline", "giant", "firm", "charity", "watchdog"}


# Writings of the press named by the kind of press: "local news reports", "media reports".
NEWS_WRITINGS = {"report", "story", "article"}
NEWS_WORDS = {"news", "media", "press", "newspaper"}
# Last words of the proper names of data sets and indices, which are documents, not bodies:
# "the Global Fire Emissions Database", "the Corruption Perceptions Index", "the 2020 Census".
DOCUMENT_NAME_ENDINGS = {"Database", "Index", "Census", "Atlas", "Yearbook", "Dataset"}


def _camel_case_outlet(name: str) -> bool:
    """'TechNewsWorld', 'CityTimes': a name glued from capitalised words, one of them a word of the
    press (news, times, post...); not 'PostgreSQL' ('Postgre') nor one word ('Newsweek')."""
    parts = re.findall(r"[A-Z][a-z]+", name)
    return len(parts) >= 2 and "".join(parts) == name and any(p.lower() in MEDIA_WORDS for p in parts)


@lru_cache(maxsize=512)
def reads_as_personal_name(name: str) -> bool:
    """'PETER VAN DYKE': a name in capitals that the recogniser, reading it in title case after
    'according to', takes whole for a person (capitals alone read as an organisation's acronym);
    not 'GOLDMAN SACHS', 'BREAKING NEWS' nor 'NEW YORK'. Two words or more."""
    words = name.split()
    if len(words) < 2:
        return False
    from newsfacts.extract.nlp import load_nlp

    titled = " ".join(w.title() for w in words)
    doc = load_nlp()("according to " + titled)
    return any(ent.label_ == "PERSON" and ent.text == titled for ent in doc.ents)


def _shouted_person(tokens: list[Token]) -> bool:
    """A name of two words or more written in capitals that reads as a person's."""
    return len(tokens) >= 2 and all(t.text.isupper() and t.text.replace("-", "").isalpha() for t in tokens) and (
        reads_as_personal_name(" ".join(t.text for t in tokens)))


# Words that name a government's portfolio or rank before a plural title: "Cabinet Secretaries",
# "Foreign Ministers", "Deputy Prime Ministers".
PORTFOLIO_WORDS = DEPARTMENT_FIELDS | {
    "cabinet", "foreign", "finance", "health", "home", "trade", "economy", "environment", "deputy",
    "assistant", "prime", "junior", "shadow", "chief", "under", "vice", "attorney", "surgeon"}


def _titled_office_holders(tokens: list[Token], head: Token) -> bool:
    """'Cabinet Secretaries', 'Foreign Ministers': the holders of an office spelt as a title, in the
    plural and capitalised throughout, after the words of a portfolio or rank, speak in that office
    (not 'US officials', unnamed people described by their office, 'Republicans', a party, nor
    'the Kansas City Chiefs' or 'the Ottawa Senators', teams named after a place)."""
    if head.pos_ != "PROPN" or head.tag_ != "NNPS" or len(tokens) < 2 or tokens[-1] != head:
        return False
    lower = head.lower_
    singular = lower[:-3] + "y" if lower.endswith("ies") else lower.removesuffix("s")
    return singular in TITLE_WORDS and singular not in {"official", "officials"} and all(
        t.text[:1].isupper() and t.pos_ == "PROPN" for t in tokens) and all(
        t.lower_ in PORTFOLIO_WORDS for t in tokens[:-1])


def classify_source(span: Span, head: Token) -> tuple[str, str]:
    """(canonical_name, source_type) of a cited noun phrase whose syntactic head is `head`."""
    tokens = without_leading_modifiers(_surface_without_determiners(span), head)
    if not tokens:
        return head.text, "person"
    # (leading modifiers may have dropped the kind already: "Startup Ann Wells says")
    firm_kind = any(t.lower_ in FIRM_KINDS_BEFORE_NAME and t.i < tokens[0].i and t.dep_ == "compound"
                    and tokens[0].pos_ == "PROPN" and is_kind_before_name(t) for t in span)
    if len(tokens) > 2 and is_kind_before_name(tokens[0]) and tokens[1].pos_ == "PROPN" and (
            head.text[:1].isupper() and tokens[1].text[:1].isupper()):
        firm_kind = firm_kind or tokens[0].lower_ in FIRM_KINDS_BEFORE_NAME
        tokens = tokens[1:]  # "the NGO Front Line Defenders": the kind of body, then its name
    text = _join(tokens)
    lower = text.lower()
    lemmas = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    head_lemma = head.lemma_.lower()
    if head_lemma == "account" and head.pos_ == "NOUN" and not any(t.pos_ == "PROPN" for t in tokens):
        return "accounts", "anonymous"  # "One account reported", "Some accounts said": unnamed tellings
    if head_lemma in {"response", "submission"} and head.tag_ == "NNS" and not any(
            t.pos_ == "PROPN" or t.dep_ == "poss" for t in tokens):
        return head.lower_, "anonymous"  # "Other responses noted that": unnamed replies to a call for comment
    if [t.text for t in tokens] in (["AG"], ["A.G."]):
        return text, "official"  # "the AG's complaint": the attorney general ("Siemens AG" is a firm)
    if head_lemma in ROLE_AND_WRITING_NOUNS and held_formerly(head):
        # "a former model told me": a role once held is a person's, never a paper's
        return " ".join(t.text for t in tokens if t.pos_ in {"ADJ", "NOUN", "PROPN"} and t.i <= head.i), "anonymous"
    if head_lemma in DOCUMENT_NOUNS or head.lower_ in DOCUMENT_NOUNS:
        kinds = _kind_of_document(tokens, head)
        if head.lower_ == "reports" and not kinds and span[0].lower_ not in DROP_LEADING and (
                head.dep_ == "nsubj" and not any(c.dep_ in {"poss", "prep", "acl", "det"} for c in head.children)):
            # (not "Some reports suggest that ...", read as writings without an issuer)
            # "Initial reports said", "Reports said": unnamed reports that say what happened,
            # the press's (as "press reports")
            return "reports", "media_outlet"
        if head_lemma in NEWS_WRITINGS and any(k in NEWS_WORDS for k in kinds):
            # "according to local news reports", "media reports said": the press, unnamed
            return " ".join([*kinds, head.lower_ if head.lower_ in DOCUMENT_NOUNS else head_lemma]), "media_outlet"
        return " ".join([*kinds, head.lower_ if head.lower_ in DOCUMENT_NOUNS else head_lemma]), "document"
    if head.pos_ == "NOUN" and head_lemma in LAW_NOUNS:
        return text, "document"  # "according to Spanish electoral law", "under the club's rules"
    if head.pos_ == "PROPN" and head.text in DOCUMENT_NAME_ENDINGS and len(tokens) > 1:
        return text, "document"  # "the Global Fire Emissions Database", "the Global Peace Index"
    if _one_unnamed_worker(span, head):
        # "a Fox anchor", "one host", "another Acme administrative assistant": one unnamed person
        # described by a job, maybe at a named workplace (the workplace is no speaker)
        modifiers = [t.text for t in tokens if t.i < head.i and t.pos_ in {"ADJ", "NOUN", "PROPN"}
                     and t.lower_ not in ONE_OF_A_KIND]
        return " ".join([*modifiers, head_lemma]), "anonymous"
    full = _join(list(span)).lower()  # "The Verge", "The Atlantic": names that keep "the"
    for key in (lower, full):
        if key in NEWS_AGENCIES:
            return NEWS_AGENCIES[key], "news_agency"
        if key in MEDIA_OUTLETS:
            return MEDIA_OUTLETS[key], "media_outlet"
    if _shouted_person(tokens):
        return text, "person"  # "according to PETER VAN DYKE": a writer named in capitals
    named_by_descriptor = _outlet_before_descriptor(tokens, head)
    if named_by_descriptor is not None:
        return named_by_descriptor, "media_outlet"  # "the Independent newspaper", "Time magazine"
    if head.pos_ == "PROPN" and head.lower_ in MEDIA_WORDS and head.ent_type_ != "PERSON":
        return _join(_before_apposition(tokens, head)), "media_outlet"
    if len(tokens) > 1 and all(t.pos_ == "PROPN" for t in tokens) and (
            tokens[0].lower_ in MEDIA_OUTLETS or tokens[0].lower_ in NEWS_AGENCIES):
        # "CBS DFW", "Reuters Breakingviews": a desk or station of a known outlet.
        kind = "news_agency" if tokens[0].lower_ in NEWS_AGENCIES else "media_outlet"
        return text, kind
    outlet = _named_outlet(tokens, head)
    if outlet is not None:
        return outlet
    if head.lower_ == "media":
        return _join(tokens), "media_outlet"  # "Syrian state media", "local media"
    if head.pos_ == "PROPN" and head.ent_type_ != "PERSON" and any(
            t.lower_ in MEDIA_DESCRIPTORS for t in span if t.i < head.i):
        return _join(_before_apposition(tokens, head)), "media_outlet"  # "state broadcaster CCTV"
    if len(tokens) == 1 and _camel_case_outlet(head.text):
        return head.text, "media_outlet"  # "TechNewsWorld", "GameDaily": a news word inside the name
    if len(tokens) == 1 and (head.lower_ in PLATFORM_NAMES or (
            head.ent_type_ != "PERSON" and head.text[:1].isupper() and head.text[1:].lower() != head.text[1:]
            and not head.text.isupper() and head.pos_ in {"NOUN", "PROPN"})):
        return head.text, "organization"  # "Twitter said", "WikiLeaks said", "PayPal said"
    if head.pos_ == "PROPN" and len(tokens) > 1 and head.text.rstrip(".") in COMPANY_SUFFIXES:
        return _join(_before_apposition(tokens, head)), "organization"  # "Dick Clark Productions"
    department = _officials_of_department(tokens, head)
    if department is not None:
        return department, "government_body"
    if head_lemma in SPOKES_NOUNS or _officials_of_named_body(tokens, head):
        body = _body_spoken_for(span, head)
        if body is not None:
            return body  # "a WeWork spokesperson", "a spokesperson for the Foreign Office"
    if _unnamed_group_of_people(span, head):
        return text, "anonymous"  # "a group of Swiss scientists", "a team of researchers"
    if [t.lower_ for t in tokens] == ["authorities"]:
        return "authorities", "anonymous"  # unnamed, unlike "health authorities in Beijing"
    reporter_outlet = _outlet_of_reporter(head)
    if reporter_outlet is not None:
        return reporter_outlet  # "Sui-Lee Wee of the New York Times": the paper reports
    if (head_lemma in ANONYMOUS_NOUNS and not _is_surname(head)) or "anonymity" in lemmas or (
            _someones_counsel(head)):
        # (an expert's field stays: "Tax experts said" and "experts say" are two groups)
        field = head_lemma in EXPERTISE_HOLDERS
        modifiers = [t.text for t in tokens if t.i < head.i and (t.pos_ in {"ADJ", "PROPN"} or (
                     field and t.pos_ == "NOUN" and t.dep_ == "compound" and t.head == head))
                     and t.lower_ not in DROP_LEADING]
        return " ".join([*modifiers, head_lemma, *_knowledge_of(head)]), "anonymous"
    has_title = any(names_an_office(t) or (t.lemma_.lower() in TITLE_WORDS and t.lower_ not in TITLE_WORDS)
                    for t in tokens) or _speaks_for_firm(head)
    if has_title and head.ent_type_ == "PERSON" and office_held_before(list(span)):
        has_title = False  # "Former President Barack Obama" speaks in no office now
    # "the National Hurricane Center", "Brazil's National Institute for Space Research"
    owned = next((i + 1 for i, t in enumerate(tokens[:3]) if t.tag_ == "POS"), 0)
    # ("National Parks Service spokesperson Bill Line": a person named after the body's title)
    national_body = len(tokens) > owned and tokens[owned].lower_ == "national" and bool(
        lemmas & NATIONAL_BODY_WORDS) and not (head.ent_type_ == "PERSON" and has_title)
    legislative = head_lemma in LEGISLATIVE_COMMITTEES and head.pos_ == "PROPN" and any(
        t.lower_ in LEGISLATURE_WORDS and t.text[:1].isupper() for t in tokens if t.i < head.i)
    country = head.lower_ in COUNTRY_NOUNS and head.tag_ == "NN" and [t.lower_ for t in span][:1] == ["the"] and (
        len(tokens) == 1)
    if _titled_office_holders(tokens, head):
        return text, "official"  # "Cabinet Secretaries have been sharing": holders of a titled office
    if legislative or country or (len(tokens) == 1 and _POLICE_ACRONYM.fullmatch(head.text)):
        return text, "government_body"
    if (head_lemma in GOVERNMENT_WORDS or head.lower_ in GOVERNMENT_WORDS
            or lower in GOVERNMENT_NAMES or _undotted(lower) in GOVERNMENT_NAMES or (head.ent_type_ == "GPE" and not has_title and _is_known_place(tokens, head))
            or national_body or "disease control" in lower or _state_agency(tokens, lemmas)):
        name = normalise_body_name(_possessive_to_demonym(tokens))
        if re.match(r"(?:United Nations|UN|U\.N\.)\b", name):
            return name, "organization"  # "the United Nations Office for ...": the UN's bodies
        return name, "government_body"
    if head.ent_type_ == "GPE" and not has_title and head.pos_ == "PROPN" and len(tokens) == 1:
        return head.text, "organization"  # a one-word "place" no gazetteer knows: "Winnebago said"
    if firm_kind and not has_title:
        return text, "organization"
    if head.pos_ == "NOUN" and head_lemma in BODY_NOUNS and head.tag_ == "NN" and any(
            t.tag_ == "POS" and t.i < head.i and t.head.ent_type_ == "PERSON" for t in tokens):
        # "President-elect Donald Trump's transition team announced", "Reid's campaign said": a
        # person's team speaks as a body, not as the person
        return text, "organization"
    person = _person_name(span, head, has_title)
    if person is not None:
        return person, "official" if has_title else "person"
    if has_title and head.pos_ == "NOUN" and head.lemma_.lower() in TITLE_WORDS and (
            head.tag_ == "NNS" or span[0].lower_ in {"a", "an"}):
        # "US officials", "a Taliban representative": unnamed people described by their office
        # (and where they were: "an official who was in the room").
        described = _possessive_to_demonym(tokens)
        knowledge = " ".join(_knowledge_of(head))
        return (f"{described} {knowledge}" if knowledge and knowledge not in described else described), "anonymous"
    if has_title:
        return _possessive_to_demonym(tokens), "official"
    if lemmas & AGENCY_WORDS and lemmas & {"news", "press"}:
        return _title_case(text), "news_agency"
    if lemmas & MEDIA_WORDS and head.pos_ == "PROPN":
        return text, "media_outlet"
    if head.ent_type_ == "PERSON" or (head.pos_ == "PROPN" and head.ent_type_ not in {"ORG", "NORP"}
                                       and len(tokens) == 1 and head.text.istitle()):
        return _join(_before_apposition(tokens, head)), "person"  # "He Jianxiong, the former ..."
    if head.tag_ == "NNS" and head_lemma not in BODY_NOUNS and not any(
            t.pos_ == "PROPN" or (t.ent_type_ and not (t.ent_type_ == "NORP" and t.pos_ == "ADJ"))
            for t in tokens):
        # "Businesses said", "both sides said", "companies reported": unnamed members of a
        # kind, cited by their description ("teachers unions said" is still organisations).
        modifiers = [t.text for t in tokens if t.i < head.i and t.pos_ == "ADJ"]
        return " ".join([*modifiers, head_lemma]), "anonymous"
    if head.pos_ == "NOUN" and head.tag_ == "NN" and span[0].lower_ in {"a", "an"} and not any(
            t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "GPE", "NORP"} for t in tokens) and (
            head_lemma not in BODY_NOUNS | GOVERNMENT_WORDS | COMPANY_WORDS | MEDIA_WORDS):
        # "a guard", "a real estate agent": one unnamed person or thing described
        modifiers = [t.text for t in tokens if t.i < head.i and t.pos_ in {"ADJ", "NOUN"}]
        return " ".join([*modifiers, head_lemma]), "anonymous"
    if head.pos_ == "NOUN" and _names_a_person(head):
        # "his aunt", "the waitress": one person described, not a body; a person the text owns
        # ("his aunt", "my doctor") is someone in particular, anyone else unnamed.
        owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children)
        return _join(tokens), "person" if owned else "anonymous"
    if head.ent_type_ == "NORP" and head.tag_ == "NNPS" and head.lower_.removesuffix("s") not in _PARTY_MEMBERS and any(
            t.lower_ in {"many", "some", "most", "several"} and t.i < head.i for t in head.children):
        # "Many Native Americans involved in the movement ascribe ...": some people of a nation
        # or people, an unnamed group (not "many Republicans said", a party's members)
        return _join(tokens), "anonymous"
    if head.pos_ == "PROPN" and head.text.istitle() and head.ent_type_ not in {"ORG", "GPE", "NORP", "FAC", "LOC"} and any(
            c.dep_ == "appos" and c.pos_ == "NOUN" and c.tag_ == "NN"
            and (_names_a_person(c) or c.lemma_.lower() in PEOPLE_BY_STAGE_OF_LIFE) for c in head.children):
        # "said Jared, an undergraduate at the university": a first name the recogniser took for a
        # product, set beside a word for one person
        return _join(_before_apposition(tokens, head)), "person"
    return _join(_before_apposition(tokens, head)), "organization"


# Jobs only a person holds, in a newsroom, an office or a studio: "a Fox anchor", "one host".
WORKER_NOUNS = {"anchor", "anchorman", "anchorwoman", "host", "newscaster", "presenter", "assistant",
                "staffer", "intern", "engineer", "manager", "colleague", "coworker", "co-worker",
                "consultant", "designer", "programmer"}  # (not "contractor", "developer": firms as often)
# Words that say "one person of a kind", not who: "another", "one".
ONE_OF_A_KIND = {"a", "an", "another", "one"}


# Nouns for a writing that also name a person's role: "a former model" is a person, "the former
# report" is still a writing.
ROLE_AND_WRITING_NOUNS = {"model"}
# Words that put a role in the past: only a person (or a body) holds a role once and no longer.
FORMERLY_WORDS = {"former", "onetime", "one-time", "erstwhile", "ex", "retired"}


def held_formerly(head: Token) -> bool:
    """'a former model', 'an ex-editor', 'a retired judge': a common noun for a role its holder
    held once, which only a person holds ('the former report' is not written)."""
    return head.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in FORMERLY_WORDS for c in head.children)


def _one_unnamed_worker(span: Span, head: Token) -> bool:
    """'a Fox anchor', 'one host', 'another Acme administrative assistant', 'a former Acme
    editor': one person, not named, described by a job only a person holds (not 'a host of
    experts', 'the host', a known one, nor 'a CNN anchor, Ann Ruiz,', named beside it)."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lemma_.lower() not in WORKER_NOUNS:
        return False
    if span[0].lower_ not in ONE_OF_A_KIND or span[0].i > head.i:
        return False
    return not any(c.dep_ in {"appos", "poss"} or (c.dep_ == "prep" and c.lower_ == "of") for c in head.children) and (
        head.ent_type_ != "PERSON")


# One person by their stage of life or study: "Jared, an undergraduate", "Ana, a mother of two".
PEOPLE_BY_STAGE_OF_LIFE = {"student", "undergraduate", "sophomore", "freshman", "graduate", "alumnus", "alumna",
                           "pupil", "schoolgirl", "schoolboy", "teenager", "retiree", "pensioner", "resident",
                           "mother", "father", "wife", "husband", "son", "daughter", "man", "woman", "girl", "boy"}


# Members of a party standing for one lawmaker: "the Ohio Democrat", "the California Republican".
PARTY_MEMBER_WORDS = {"republican", "democrat", "conservative", "tory", "liberal"}
# ... and by its name in the plural ("Republicans said", "Tories", "Greens"), cited as the party,
# not as a people.
_PARTY_MEMBERS = PARTY_MEMBER_WORDS | {"torie", "socialist", "green"}
