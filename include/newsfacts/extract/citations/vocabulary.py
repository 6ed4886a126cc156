"""The words the citation rules look for: speech, belief and reaction verbs, and the nouns of
speakers, documents and bodies, each set with the examples that justify it."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from newsfacts.extract.sources import (
    DOCUMENT_NOUNS,
    SPOKES_NOUNS,
    TITLE_WORDS,
)

if TYPE_CHECKING:

    pass


SPEECH_VERBS = {
    "say", "tell", "state", "confirm", "assert", "acknowledge", "announce", "declare", "claim",
    "add", "note", "report", "warn", "insist", "deny", "explain", "stress", "write", "affirm",
    "reiterate", "emphasize", "emphasise", "reveal", "indicate", "disclose", "argue", "allege",
    "tweet", "quip", "confess", "testify", "urge", "pledge", "vow", "promise", "predict",
    "estimate", "forecast", "concede", "complain", "recommend", "comment", "accuse", "admit",
    "caution", "describe", "call", "rule", "find", "suggest", "conclude", "expect",
    "blame", "criticize", "criticise", "praise", "respond", "reply", "post", "cite",
}


# Verbs that cite only in the shapes below (a document's findings, criticism, rebuttals); kept
# out of SPEECH_VERBS, which other extractors read as plain saying verbs.
SHAPED_CITING_VERBS = {"anticipate", "ascribe", "attribute", "show", "project", "condemn", "denounce", "decry", "reject", "dismiss",
                       "refute", "continue", "share", "point", "recall", "joke", "boast", "lament",
                       "welcome", "hail", "applaud", "object", *(
                           # Saying verbs that cite with a clause or a quote, as any saying
                           # verb outside BARE_SPEECH_VERBS: "remarked that", '"...," she countered'.
                           "mention", "remark", "observe", "maintain", "contend", "counter",
                           "clarify", "elaborate", "speculate", "recount", "signal", "hint",
                           # ...and the other reporting verbs of English grammars: telling
                           # whom ("assured lawmakers that"), stressing, exclaiming, charging.
                           "assure", "inform", "remind", "notify", "underscore", "underline",
                           "highlight", "proclaim", "exclaim", "retort", "charge", "opine",
                           "surmise", "theorize", "theorise", "muse", "aver", "agree",
                           # ...and demands voiced with a clause: "demanded that the city pay",
                           # "demanded the firm reopen the plant" (not "demanded higher pay").
                           "demand", "outline",
                           # ...and objections voiced with a clause: "officials protested that
                           # doing so would showcase divisions" (not "protesters protested the bill").
                           "protest"),
                       "speak", "express", "voice", "echo",
                       # a vote against, on the record: "three members dissented"
                       "dissent"}


# The saying verbs that cite with a clause or a quote only, which have other senses besides
# ("maintained the software", "observed the birds").
CLAUSE_ONLY_SAYING_VERBS = {"mention", "remark", "observe", "maintain", "contend", "counter", "clarify",
                            "elaborate", "speculate", "recount", "signal", "hint", "protest"}


# Verbs of belief that attribute a view held ("police believe the fire was set"; "many analysts
# believe" is a source by the labelling rules), only with a finite clause in a main clause: not
# "fans who believe", "may still believe", "made him think".
BELIEF_VERBS = {"believe", "think", "suspect", "fear", "worry", "doubt", "reckon"}


# Verbs a thing can do as well as a speaker: "the case highlights that ..." cites nobody.
THING_CAN_DO_VERBS = {"highlight", "underscore", "underline"}


# Verbs that voice a stance only with its noun: "the EU expressed concern over the arrests".
VOICING_VERBS = {"express", "voice", "echo"}  # ("echo Mann's concerns": a view voiced again)


VOICED_NOUNS = {"concern", "regret", "hope", "support", "doubt", "opposition", "frustration",
                "outrage", "sympathy", "condolence", "disappointment", "optimism", "confidence",
                "anger", "alarm", "skepticism", "scepticism", "reservation", "objection",
                "criticism", "dismay", "satisfaction", "gratitude", "solidarity", "fear", "worry",
                "surprise", "shock", "sadness", "displeasure", "dissatisfaction", "interest",
                "willingness", "readiness", "desire", "view", "opinion"}


SHAPED_CITING_VERBS |= BELIEF_VERBS


# Common verbs that cite only with a clause, a quote or a decision greeted ('"...," she
# continued', 'pointed out that', 'welcomed the ruling'), too common to make a sentence worth a
# parse on their own ("welcome and goodbye patterns"); they cite when the sentence is parsed for
# another cue (a number, a date, "in a statement").
COMMON_CITING_VERBS = {"show", "continue", "share", "point", "welcome", "hail", "applaud",
                       "think", "worry", "doubt", "agree", "charge", "highlight", "inform",
                       "remind", "assure", "notify", "express", "voice",
                       # ("protest" is mostly a street protest; "protested that" cues below)
                       "protest"}


CITING_VERBS = SPEECH_VERBS | SHAPED_CITING_VERBS


# Words that make a sentence worth a full parse for citations (nlp._cue_re): the saying verbs
# and the documents that "show" findings; "show" alone is too common a verb to cue a parse.
CITATION_CUES = (SPEECH_VERBS | SHAPED_CITING_VERBS - COMMON_CITING_VERBS) | {
    "study", "studies", "survey", "surveys", "research", "poll", "polls", "analysis",
    # ...and the records that "show" what happened: "court documents show that ...".
    "documents", "records", "filing", "filings", "transcript", "transcripts",
    # ...and declarations issued: "an earlier declaration by China's health chiefs that ...".
    "declaration", "declarations",
    # ...and rumors put out: "has published rumors that ...", and what came "courtesy of" someone.
    "rumor", "rumors", "rumour", "rumours", "courtesy",
    # ...and what is told coming from someone: "the details come to us from Reuters".
    "details",
    # ...and a memory told: "Ana Ruiz remembers once spotting him" (session 15).
    "remember",
    # ...and one's own views shared: "Ruiz shares her reflections on the retreat" (session 18).
    "reflections", "thoughts", "views", "insights", "observations", "opinions", "perspectives",
    "impressions", "takeaways",
    # ...and stances taken out loud: "vocally supported", "advocated against" (session 23).
    "vocally", "publicly", "openly", "loudly", "advocate",
    # ...and criticism voiced at someone: "slammed her for", "rebuked the agency" (session 23).
    "slam", "slammed", "slams", "blasted", "rebuke", "chide", "scold", "berate", "castigate",
    "excoriate", "lambast", "lambaste", "upbraid",
    # ...and a verdict given in public: "reviewers panned her questions" (session 30).
    "panned",
    # ...and an outlet quoting someone: "The Times quoted a fan" (session 26).
    "quote",
    # ...and an outlet publishing: "which Drudge published", "the Guardian was publishing" (session 30).
    "publish", "publishes", "published", "publishing"}


# Attributions by their shape around a quotation, whatever the verb, also worth a parse: a quote
# closed by a short clause that ends the sentence ('"...," she laughed.', '..." he continued.')
# and a quote opened after a colon ('Smith agreed: "..."', 'Dan Holt: "..."').
QUOTATION_CUE = (r"""[,!?]["”’']\s+(?:\S+\s+){0,7}\S+$|:\s*["“‘]|\b(?i:in the words of)\b"""
                 # "So did his coach, Tom Lee.": an ellipsis repeating the saying verb before
                 r"""|^So\s+(?:did|does|do|has|have|had)\s"""
                 # "In Keller's view, ...", "in the ministry's assessment"
                 r"""|\b[Ii]n\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*['’]s?\s+"""
                 r"""(?:view|opinion|estimation|words|assessment)\b"""
                 # "researchers showed that ...": a finding shown, worth a parse though "show" is not
                 # ("looking to show that" is an aim; "studies show that" is cued by "studies")
                 # ("helped to show that ..." too: who helped shows it)
                 r"""|\b(?i:shows|showed|shown|help(?:s|ed)?\s+(?:to\s+)?show)\b[^.;]{0,80}?\bthat\b"""
                 # ...and the shapes of _remark_makers, _outlook_holders, _information_providers
                 # and _shown_documents: "a remark from", "forecasters see", "obtained from",
                 # "as you can see from"
                 r"""|\b(?i:remarks?|comments?|quips?|warnings?)\s+(?:from|by)\b"""
                 r"""|\b(?i:forecasters|analysts|economists|experts|meteorologists|strategists|pollsters)\s+sees?\b"""
                 r"""|\b(?i:obtained|taken|compiled|drawn|derived|sourced|adapted)\s+from\b"""
                 r"""|\b(?i:as\s+(?:you\s+|we\s+)?(?:can\s+|could\s+)?(?:be\s+)?(?:see|seen))\s+(?:from|in|on)\b"""
                 # ...and _critics: "won praise for his scathing critique of ..."
                 r"""|\b(?i:for\s+(?:his|her)\s+(?:[\w-]+,?\s+){0,3}(?:critique|criticism|takedown|rebuttal|essay|op-ed|commentary))\b""")


# Criticism voiced about something: "Egypt condemned the raid". (Welcoming or applauding
# can be done by deeds, "investors welcomed the deal, subscribing ...", "slammed" by storms.)
REACTION_VERBS = {"condemn", "denounce", "decry", "object"}


# Verbs that greet a decision: "Wikileaks welcomed the move", "unions hailed the ruling" (not
# "the hotel welcomed guests" nor "investors welcomed the deal, buying ...").
WELCOMING_VERBS = {"welcome", "hail", "applaud"}


DECISION_NOUNS = {"decision", "move", "ruling", "verdict", "announcement", "step", "news",
                  "resignation", "judgment", "judgement"}


# Verbs that answer a claim: "the Pentagon rejected the accusations" (not "voters rejected the bill").
REBUTTING_VERBS = {"reject", "dismiss", "refute"}


# Verbs of saying whose "could" is what was able to be said, not what may be: "police could
# confirm that the man was 45" (unlike "critics could argue").
CONFIRMING_VERBS = {"confirm", "verify", "disclose", "reveal", "identify", "tell", "report"}


# The nouns such a verb answers ("rejected the report", "dismissed the notion").
REBUTTED_NOUNS = {"accusation", "claim", "allegation", "report", "charge", "criticism", "suggestion",
                  "notion", "assertion", "idea", "characterization", "characterisation", "rumor",
                  "rumour", "speculation", "story", "account", "assessment", "finding",
                  # a request turned down in words: "officials rejected the request" (unlike a court's ruling)
                  "request"}


# Verbs that cite without a clause complement ("X told reporters", "X said.", "X urged calm").
# ("testified before the committee" without what was said is a hearing, an event.)
BARE_SPEECH_VERBS = {"say", "tell", "tweet", "quip", "confess", "urge", "pledge",
                     "vow", "promise", "concede", "complain", "comment", "accuse", "admit",
                     "allege", "blame", "criticize", "criticise", "respond", "reply", "warn",
                     "insist", "deny", "claim", "caution"}


# Verbs whose direct object is the information itself ("the ministry confirmed the deaths").
OBJECT_SPEECH_VERBS = {"confirm", "announce", "deny", "acknowledge", "reveal", "report", "disclose", "outline",
                       "estimate", "predict", "forecast", "recommend", "describe", "post", "cite"}


# Verbs that cite only with a particular shape: "called it a sham" (an object complement),
# "ruled out X", "the study found that", "experts expect rates to stay low".
SHAPED_SPEECH_VERBS = {"call": {"oprd", "xcomp", "ccomp"}, "rule": {"prt"},
                       "find": {"ccomp"}, "suggest": {"ccomp"}, "show": {"ccomp"},
                       "project": {"ccomp"}, "conclude": {"ccomp"}, "expect": {"ccomp", "xcomp"},
                       "praise": {"dobj"}, "anticipate": {"ccomp"}, "attribute": set(), "ascribe": set()}


# Verbs of expecting whose object, a change in a level, is a forecast: "analysts are anticipating
# higher growth", "economists expect lower rates" (not "fans are anticipating the game").
FORECAST_OBJECT_VERBS = {"expect", "anticipate"}


# A court's ruling is an event, not a source (the labelling rules): "the court ruled",
# "courts have declared the settlements legal", "the tribunal found that".
COURT_NOUNS = {"court", "tribunal"}


RULING_VERBS = {"rule", "declare", "find", "conclude", "order", "decide", "uphold", "overturn"}


# Verbs that report a finding only with a finite clause: "the study found that rates fell",
# "the budget office projects that the deficit will widen".
FINDING_VERBS = {"find", "suggest", "conclude", "show", "project"}


# Verbs that cite only a document: "studies have shown that", not "the video shows him leaving"
# nor "his record shows that he can win" said of a person.
DOCUMENT_ONLY_VERBS = {"show"}


# Holders whose view is reported as information: experts and those in charge ("analysts
# believe", "police suspect"), besides named people and bodies.
VIEW_HOLDERS = {"analyst", "economist", "expert", "researcher", "scientist", "investigator",
                "official", "authority", "doctor", "forecaster", "strategist", "observer",
                "specialist", "historian", "engineer", "epidemiologist", "detective", "watcher"}


# Bodies named by a plural noun with "the": "the police believe", "the authorities suspect" is
# the body itself, not people named before ("the researchers believe").
COLLECTIVE_BODIES = {"police", "authorities"}


# Stances that cite when taken out loud: "Google vocally supported the rules", "publicly
# opposed the merger" (not "supports 4K video", "quietly backed the bid").
STANCE_VERBS = {"support", "oppose", "back", "endorse", "champion"}
VOICING_ADVERBS = {"vocally", "publicly", "openly", "loudly"}


# Criticism voiced at someone: "the senator rebuked the agency"; "slam", "blast" and "rip" only
# with what for ("lawmakers slammed her for ..."; a storm slams the coast).
# ("critics panned the film": a verdict given in public, not a camera turning, "panned the camera")
REBUKING_VERBS = {"rebuke", "chide", "scold", "berate", "castigate", "excoriate", "lambast", "lambaste", "upbraid",
                  "pan"}
HITTING_REBUKE_VERBS = {"slam", "blast", "rip"}
# What is panned without criticism: a camera or a look swung round ("panned the camera across").
PANNED_THINGS = {"camera", "lens", "shot", "gaze", "view", "spotlight", "light", "eye", "head", "telescope"}


# Documents a passive saying speaks through: "was announced in an article in Nature Astronomy".
SAID_IN_NOUNS = {"review", "article", "paper", "study", "report", "statement", "letter", "post",
                 "filing", "interview", "tweet", "blog", "journal"}


# Conjunctions that give a view as the ground of a statement: "given that analysts believe ...",
# "because investigators suspect ...": the view is still reported as held.
GROUNDING_MARKS = {"because", "since", "as", "while", "although", "though"}


# Saying verbs whose passive names the speaker in its agent: "announced by President Moon",
# "recommended by the agency's panel", "accused by critics of ...".
PASSIVE_SPEECH_VERBS = {"announce", "confirm", "report", "reveal", "recommend", "estimate",
                        "predict", "forecast", "accuse", "criticize", "criticise", "blame",
                        "praise", "deny", "state", "disclose", "describe", "cite", "warn"}


# Verbs whose agent attributes a figure when the verb describes counted things: "43 million
# Americans expected by AAA to travel", "a deficit projected by the CBO to reach $2 trillion".
FIGURE_EXPECTING_VERBS = {"expect", "project"}


# Names of times a "by" may bound: "20 new trains are expected by December", "by Christmas".
TIME_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
              "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
              "saturday", "sunday", "christmas", "easter", "thanksgiving", "halloween", "midsummer",
              "spring", "summer", "autumn", "fall", "winter", "midnight", "noon"}


# Common nouns that can speak as a passive's agent ("accused by critics"); other agents speak
# only when named ("accused of theft by a woman" is an allegation, "revealed by his death" no one).
SPEAKING_NOUNS = {"critic", "reviewer", "expert", "panel", "committee", "agency", "ministry", "government",
                  "department", "council", "commission", "company", "police", "authority",
                  "court", "board", "study", "report", "survey"}


# Verbs whose agent ran a survey: "analysts polled by Reuters", "economists surveyed by FactSet".
SURVEYING_VERBS = {"survey", "poll"}


# Verbs that put a document out: its subject is the document's issuer.
ISSUING_VERBS = {"issue", "release", "publish", "put", "send", "post", "circulate", "file"}


RELATIVE_PRONOUNS = {"who", "that", "which"}


# Verbs by which a fact, not a speaker, points to a conclusion: "..., suggesting that".
INFERENCE_VERBS = {"suggest", "indicate", "imply", "signal", "show", "mean"}


# A number of people heard together: "a growing chorus of experts say", "a handful of analysts".
CHORUS_NOUNS = {"chorus", "handful", "host"}


# Verbs of habit or keeping on, whose infinitive saying verb is said: "some like to argue that".
HABIT_HEADS = {"like", "love", "tend", "continue", "keep"}


# Verbs by which a thing offers something: "agentic AI, which promises new levels of automation".
OFFERING_VERBS = {"promise", "offer", "guarantee", "pledge", "vow"}


# A view shared among people: "the consensus among many developers is that ...".
CONSENSUS_NOUNS = {"consensus"}
CITATION_CUES |= CONSENSUS_NOUNS  # (a sentence without a saying verb is parsed for it too)


# Views taken or held: "three economists take the optimistic view".
TAKEN_VIEW_NOUNS = {"view", "stance", "position"}


# The effort made to say something: "took great pains to say", "made every effort to stress".
EFFORT_NOUNS = {"pain", "pains", "effort", "care", "point"}


DASHES = {"-", "–", "—"}


# Entity labels of a proper noun beside a speaker that does not name it: dates, times, places.
NOT_NAME_ENTITIES = {"DATE", "TIME", "GPE"}


PERSON_TYPES = {"person", "official", "anonymous"}


EXCLUDED_SPEAKERS = {"i", "we", "you", "one", "this", "these", "those", "what", "some", "many",
                     "others", "both", "all", "number", "share", "percentage", "majority",
                     "proportion", "half", "most", "minority", "none", "rest", "nobody",
                     "everyone", "everybody", "anyone", "something", "nothing", "that", "which"}


SPEAKER_DEPS_DROPPED = {"relcl", "acl", "conj", "cc", "advcl", "punct"}


# Role words that, with "the" or a possessive and no name, point back at a person named earlier.
ROLE_WORDS = {"minister", "president", "spokesman", "spokeswoman", "spokesperson", "chief",
              "governor", "mayor", "senator", "leader", "chairman", "chairwoman", "director",
              "ceo", "official", "manager", "coach", "secretary", "ambassador", "commander",
              "premier", "chancellor", "prosecutor", "lawyer", "attorney", "judge", "founder",
              "executive", "analyst", "economist", "researcher", "scientist", "professor",
              "author", "year-old", "star", "player", "striker", "boss", "champion"}


# Written works in which someone says or writes something: "wrote about it in his book".
WRITTEN_WORKS = {"book", "memoir", "column", "essay", "op-ed", "editorial", "blog", "post", "newsletter",
                 "autobiography", "biography", "tweet", "email", "e-mail"}


# What a finding is found as, with a that-clause giving what it shows: "found evidence that ...".
PROOF_NOUNS = {"evidence", "proof", "sign", "indication", "hint", "trace"}


# What a court or jury finds someone: a verdict, not a finding reported ("found the mayor to be
# guilty of bribery").
VERDICT_WORDS = {"guilty", "innocent", "liable", "culpable", "negligent", "responsible", "competent", "insane"}


# Modals that leave a saying in a relative clause a possibility: "anything the firm could say".
POSSIBLE_MODALS = {"could", "would", "might", "can", "may"}


# Who sits on a body that votes: "two board members dissented", "one justice dissented".
VOTING_MEMBERS = {"member", "justice", "judge", "juror", "director", "governor", "commissioner", "trustee"}


# Who hears an interview given: "spoke to reporters", "spoke with the newspaper".
PRESS_NOUNS = {"reporter", "journalist", "medium", "media", "press", "newspaper", "broadcaster",
               "radio", "television", "magazine", "station", "podcast"}


# Bodies that vote on appointments: "the Senate confirmed Smith", "Parliament confirmed the
# new Commission".
APPROVING_BODIES = {"senate", "parliament", "congress", "assembly", "legislature", "lawmaker", "legislator",
                    "senator", "mep", "deputy", "council", "committee", "house", "bundestag", "duma", "knesset"}


# What such a body confirms in office.
APPOINTED_NOUNS = {"nominee", "appointee", "candidate", "pick", "choice", "nomination", "commission",
                   "cabinet", "government", "commissioner", "judge", "justice", "ambassador", "minister",
                   "secretary", "governor", "chief", "director", "head", "president", "chair", "chairman",
                   "chairwoman", "board", "team", "lineup", "line-up"}


# Modals of obligation: "the regulator should demand that ...", "firms must disclose ..." is a
# recommendation or a rule, nothing yet said.
OBLIGATION_MODALS = {"should", "must", "ought"}


# Verbs whose that-clause is a demand (the mandative subjunctive): "demanded that universities
# disclose the figures", "urged that the firm report its losses".
DEMANDING_HEADS = {"demand", "urge", "ask", "recommend", "require", "propose", "request"}


QUOTE_MARKS = {'"', "“", "”", "'", "‘", "’", "«", "»"}


# Conjunctions that make a saying hypothetical: "if the person reports", "as Sherlock would say".
# "a deadline for the company to respond": a saying asked for, not made.
HYPOTHETICAL_MARKS = {"if", "unless", "whether", "for"}


# Verbs whose infinitive complement has not happened: "plans to announce", "hopes to say".
UNREALISED_HEADS = {"want", "wish", "plan", "hope", "try", "need", "intend", "seek", "aim",
                    "prepare"}


# ...and verbs whose complement has not happened when they have not: "would allow leaders to
# claim victory" (but "allowed Mosseri to claim that ..." cites Mosseri).
ENABLING_HEADS = {"allow", "let", "enable", "ask", "force", "invite", "encourage"}


# ...and verbs of pressing somebody to do it, done or not: "pressed Trump to acknowledge the
# values", "urged the minister to confirm": the one pressed has said nothing yet, and the one
# pressing says it only through the pressing verb itself.
PRESSING_HEADS = {"press", "urge", "pressure", "push", "challenge", "implore", "beg", "persuade",
                  "lobby", "dare"}


# Things one is denied, which make "deny" a refusal: "denied him a visa", "denying care to".
DENIABLE_NOUNS = {"entry", "access", "bail", "visa", "care", "treatment", "permission", "request",
                  # ...and what a court denies: "denied him an injunction" (a ruling, no source)
                  "injunction", "appeal", "motion", "stay",
                  "application", "service", "vaccine", "benefit", "asylum", "parole", "license",
                  "licence", "admission", "passage", "food", "water", "aid", "medicine"}


# Findings are evidence, not a source that speaks: "blood tests revealed", "the scan showed".
EVIDENCE_NOUNS = {"test", "scan", "x-ray", "autopsy", "biopsy", "sample", "image", "screening",
                  # "Logs told a clear story": what a system recorded, found by whoever read it
                  "log"}


# Nouns that name figures or data whose issuer is a source: "data from the University of X".
DATA_NOUNS = {"data", "figures", "statistics", "numbers", "estimates", "projections"}


# Words that open an embedded question: "noted if and how often ...", "testing how gamers respond".
QUESTION_WORDS = {"if", "whether", "how", "why"}


# Verbs of admitting and telling whose how-clause states a fact: "acknowledged how hard it
# was", "explained how the scheme worked", "described how the guards beat them" (not "asked
# how", "wondered how", "noted if and how often": questions).
FACT_HOW_VERBS = {"acknowledge", "admit", "concede", "confess", "explain", "describe", "recount", "announce",
                  "recall", "reveal", "detail", "disclose", "stress", "emphasize", "emphasise"}


# What one answers in words: "responded to the allegations", "responded to questions".
ANSWERED_NOUNS = {"question", "request", "query", "inquiry", "enquiry", "comment", "criticism",
                  "allegation", "accusation", "claim", "charge", "report", "letter", "email",
                  "message", "call", "remark", "statement", "post", "tweet", "article", "story",
                  "suggestion", "concern", "complaint", "demand", "petition", "offer", "proposal",
                  "ultimatum", "attack", "decision", "announcement", "news", "ruling", "verdict"}


# What a company puts out on a set day: "Acme reports earnings Wednesday" (nothing said yet).
RELEASED_RESULTS = {"earnings", "earning", "result", "results"}


# Whom a speaker informs, not instructs: "told reporters to expect delays".
AUDIENCE_NOUNS = {"reporter", "journalist", "medium", "media", "press", "audience", "investor",
                  "analyst", "lawmaker", "crowd", "supporter", "listener", "viewer", "reader",
                  "shareholder", "parliament", "congress", "committee"}


# Opening and closing marks of a quotation, by the kind of mark that closes it.
QUOTE_PAIRS = {'"': {'"'}, "”": {"“", '"'}, "’": {"‘", "'"}, "'": {"'"}, "»": {"«"}}


# What a clause that attributes a quotation holds besides its subject: '"...," she added
# quietly in an interview' (no object: '"Black Water," Simmons played a solo' is no attribution).
# Verbs that tell someone something: "informed customers that their data had been stolen".
INFORMING_VERBS = {"inform", "assure", "remind", "notify", "tell", "warn", "advise", "brief"}


# What a writer cites or gives to illustrate a point ("to cite a few examples", "to name one case").
ILLUSTRATION_NOUNS = {"example", "instance", "case"}


# Verbs that make somebody do what the infinitive says, done: "led Airbus to announce",
# "prompted the ministry to warn" (not "asked X to confirm", which may not have happened).
CAUSING_HEADS = {"lead", "prompt", "force", "cause", "push", "spur", "compel", "drive", "move",
                 "pressure", "oblige"}


# Passives that report someone's words: "was quoted as saying", "was cited as saying".
QUOTING_VERBS = {"quote", "cite", "report"}


# What a speaker puts out and speaks in: "the ministry, in a statement, expressed regret", "in a
# letter to investors, Lind outlined plans". Not "appeared in a video" nor "named in a report".
SPOKEN_IN_NOUNS = {"statement", "letter", "memo", "communique", "communiqué", "readout", "post",
                   "tweet", "interview", "email", "e-mail", "message", "declaration", "op-ed",
                   "editorial", "essay", "blog", "remarks", "testimony", "filing"}


# Verbs that put their subject in a document rather than have it speak there.
NOT_SPEAKING_IN = {"appear", "feature", "include", "name", "list", "show", "see", "be", "have",
                   "get", "find", "mention", "cite", "identify", "quote",
                   # "In an interview with Andrew, the BBC's Maitlis did an excellent job"
                   "do"}


QUESTION_VERBS = {"ask", "wonder", "question", "inquire", "enquire",
                  # ...and the verbs of a text quoted: '"Goodbye," the sign read', 'as the saying goes'
                  "read", "go", "run"}


ATTRIBUTION_DEPS = {"nsubj", "punct", "advmod", "prep", "npadvmod", "aux", "ccomp", "parataxis",
                    "dep", "advcl", "cc"}


# What "according to" follows as a standard rather than cites as a source: "went according to
# plan", "priced according to Ticketmaster's pricing model", "according to Parliament's rules".
CONFORMITY_NOUNS = {"plan", "schedule", "rule", "guideline", "regulation", "model", "script", "instruction",
                    "tradition", "custom", "procedure", "protocol", "formula", "need", "merit", "ability",
                    "size", "pattern", "wish", "preference", "timetable", "template"}


# What a speaker puts out in words, whose issuer is a source wherever it is mentioned: "the
# famous statement by McLuhan that ...", "the IMF's report", "a 2019 study by the Centre for ...".
# (An announcement, a testimony or an interview is also a happening: "under Trump's announcement
# last month", "the day's testimony".)
ISSUED_NOUNS = {"statement", "report", "study", "survey", "poll", "letter", "memo", "tweet", "post",
                "remarks", "comments", "analysis", "estimate", "estimates", "forecast", "findings",
                "paper", "communique", "communiqué", "declaration", "readout", "assessment",
                "projections", "op-ed"}


# A future or hoped-for document has said nothing yet: "will publish its report in May".
FUTURE_AUXES = {"will", "'ll", "shall"}


NOT_YET_WORDS = {"due", "upcoming", "forthcoming", "planned", "scheduled", "awaited", "next"}


# Nouns of saying whose possessor is a source when a that-clause gives what was said: "Wyden's
# claim that the program was illegal", "the minister's warning that prices would rise". Without
# the clause they name a happening or an aim ("Trump's claim of victory", "his promise").
CLAIM_NOUNS = {"claim", "warning", "assertion", "insistence", "allegation", "argument", "contention",
               "admission", "accusation", "prediction", "suggestion", "promise", "pledge", "denial",
               "testimony", "announcement", "acknowledgment", "acknowledgement", "charge", "complaint",
               # a body's finding or conclusion, given by its that-clause ("the panel's finding
               # that the dam was unsafe"), cites the body, like "a report by the IMF"
               "finding", "conclusion"}


# Who fills in a survey answers it, and does not issue it: "surveys completed by 505,796 people".
ANSWERING_VERBS = {"complete", "answer", "fill", "take", "return", "respond"}


# Where a post is put, not who puts it: "a viral Weibo post", "a Facebook post".
PLATFORMS = {"twitter", "facebook", "instagram", "weibo", "wechat", "youtube", "tiktok", "reddit",
             "linkedin", "telegram", "snapchat", "whatsapp", "x"}


# "The research, supported by the Wildlife Conservation Society, reveals ...": who paid for a
# study did not write it ("a study funded by the NIH found" cites the study, not the NIH).
FUNDING_VERBS = {"support", "fund", "finance", "sponsor", "bankroll", "underwrite", "back"}


# "papers obtained by our correspondent": who obtained or saw a document did not issue it.
OBTAINING_VERBS = {"obtain", "see", "review", "get", "acquire", "read", "leak"}


# Clauses inside another whose subject is somebody the sentence speaks of, not its topic:
# "after Epstein was released", "the night Epstein died", "whether Thomas slept".
SUBORDINATE_CLAUSES = {"advcl", "relcl", "acl", "ccomp", "pcomp", "csubj", "xcomp", "advmod", "prep", "pobj"}


# How far back (characters, about two sentences) a subject still outranks a later name for "he".
SUBJECT_REACH = 400


HONORIFICS = {"mr": 1, "sir": 1, "mrs": -1, "ms": -1, "miss": -1, "dame": -1, "madam": -1}


# Kin words before a name give its gender: "his wife Kali", "her son Tommy".
KIN_GENDER = {"wife": -1, "husband": 1, "mother": -1, "father": 1, "daughter": -1, "son": 1,
              "sister": -1, "brother": 1, "girlfriend": -1, "boyfriend": 1, "widow": -1, "widower": 1,
              "mom": -1, "dad": 1, "grandmother": -1, "grandfather": 1, "aunt": -1, "uncle": 1}


MALE_PRONOUNS = {"he", "him", "his", "himself"}


FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}


OFFICE_ABBREVIATIONS = {"rep.", "sen.", "gov.", "gen.", "col.", "lt.", "sgt.", "adm.", "amb.", "cmdr.",
                        "capt.", "maj.",
                        "pres.", "supt.", "det.", "insp."}


COPULAS = {"is", "was"}


# The sign-off of an embedded social-media post as pages render it without scripts:
# "— Robert Maguire (@RobertMaguire_) November 18, 2019".
EMBEDDED_POST_RE = re.compile(
    r"(?:^|[—–]\s*)(?P<name>[^\n(@—–]{2,60}?)\s*\(@(?P<handle>\w{1,30})\)\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},\s+\d{4}", re.MULTILINE)


# An outlet credited at the end of a line, as roundups and syndicated items credit the story
# they sum up: "... It's Complicated [ Bloomberg ]", "[ The Verge ]", "... on Monday. (Reuters)".
# A dateline "(Reuters) -" opens a line and is the publisher, not a credit.
CREDIT_NAME = r"(?P<name>[A-Z][\w.'’&-]*(?:[ \t]+[\w.'’&-]+){0,4}?)"


BRACKET_CREDIT_RE = re.compile(r"\[[ \t]*" + CREDIT_NAME + r"[ \t]*\][ \t]*$", re.MULTILINE)


# The writer passing on what unnamed people say: "I'm hearing positive noises about the model",
# "we are hearing that the plant will close" (like "I'm told").
HEARSAY_RE = re.compile(
    r"\b(?:I(?:[’']m| am| have been|[’']ve been)|[Ww]e(?:[’']re| are| have been|[’']ve been)) hearing "
    r"(?:that\b|reports\b|rumou?rs\b|whispers\b|(?:positive|negative|good|bad|encouraging|mixed|promising)"
    r" (?:noises|things|reports|feedback|buzz)\b)")


# "a story someone told me", "somebody once told us that": one unnamed informant of the writer.
SOMEONE_TOLD_RE = re.compile(r"\b(?P<who>[Ss]omeone|[Ss]omebody)(?: once| recently)? told (?:me|us)\b")

# A pull quote's speaker on the line after it: '“...”\n—Ann Ruiz, CEO of Acme, defends the bet'.
DASH_CREDIT_RE = re.compile(
    r"^[ \t]*[“\"][^\n]*[”\"][ \t]*\n(?P<dash>[ \t]*[—–][ \t]*)"
    r"(?P<name>[A-Z][\w.’'-]+(?:[ \t]+[A-Z][\w.’'-]+){1,3})(?P<rest>(?:,[^\n]*)?)$", re.MULTILINE)

# A block quotation whose marks the cleaning dropped: a paragraph in the first person, then a
# dash line naming its speaker and their work ('... my conjecture ...\n— Ada Brook, On Cycles').
PLAIN_DASH_CREDIT_RE = re.compile(
    r"^(?P<para>[^\n]*\b(?:I|my|me|I[’'](?:m|d|ve|ll))\b[^\n]*)\n(?P<dash>[ \t]*[—–][ \t]*)"
    r"(?P<name>[A-Z][\w.’'-]+(?:[ \t]+[A-Z][\w.’'-]+){1,3})(?P<rest>,[^\n]*)$", re.MULTILINE)


# A paragraph signed on the next line by its writer, with no dash: a panel of answers, a letters
# page, a vox pop ('... I use the Metromover ...\nAda Brook, regional director, Acme Group'). The
# line holds only a name (initials, "Jr.", "III" and hyphens allowed), a comma and what follows.
SIGNED_PARAGRAPH_RE = re.compile(
    r"^(?P<para>[^\n]+)\n(?P<name>[A-Z][\w.’'-]+(?:[ \t]+[A-Z][\w.’'-]+){1,3})"
    r"(?P<rest>,[ \t]*[^\n]{2,120})$", re.MULTILINE)
# A speaker's name alone on a line, heading the quotation of their words on the next (an ad
# marker may stand between): a panel of answers, a vox pop, a round-up of views ('Ann Lee\n"I
# take the bus ..."', 'Ann Lee\nThe statement: "I ..."', a short label and a colon before it).
HEADED_QUOTE_RE = re.compile(
    r"^(?P<name>[A-Z][a-z’'-]+(?:[ \t][A-Z]\.)?(?:[ \t][A-Z][a-z’'-]+){1,2})[ \t]*\n"
    r"(?:(?i:advertisement)[ \t]*\n)?"
    r"(?P<label>[A-Z][\w’'-]*(?:[ \t][\w’'-]+){0,4}:[ \t]*)?[“\"](?P<said>[^\n”\"]{20,})", re.MULTILINE)
# First person outside quotation marks: "I", "my", "me", "I'm", "I've", "I'd", "I'll".
FIRST_PERSON_RE = re.compile(r"\b(?:I|my|My|me|I[’'](?:m|d|ve|ll))\b")
# Words of a sentence, not of a signature's role ("Ann Lee, who chairs ...", "Bo Li, is ...").
SIGNATURE_VERBS = {"is", "was", "are", "were", "has", "have", "had", "said", "says", "say", "told",
                   "tells", "wrote", "writes", "will", "would", "can", "could", "who", "which",
                   "that", "added", "noted", "explained", "asked", "does", "did", "not"}
# Offices of a signed answer beyond the title words: "partner, Bilzin Sumberg", "owner, Cafe Bo".
SIGNATURE_OFFICES = {"partner", "principal", "owner", "co-founder", "cofounder", "manager", "publisher"}

# A transcript's speaker label in capitals opening a line, then what they said: "THE PRESIDENT:
# Merry Christmas ...", "SEN. COLE: We will ...", "MS. RUIZ: I never ...".
TRANSCRIPT_LABEL_RE = re.compile(
    r"^(?P<label>(?:THE[ \t]+)?[A-Z][A-Z.’'-]+(?:[ \t]+[A-Z][A-Z.’'-]+){0,3}):[ \t]+(?P<said>[A-Z“\"][^\n]+)$",
    re.MULTILINE)
# Honorifics that make a label a person's: "MR. LEE:", "DR. RUIZ:".
TRANSCRIPT_HONORIFICS = {"mr.", "mrs.", "ms.", "miss", "dr."}
# Offices a transcript labels its speakers by beyond the title words: "THE FIRST LADY:".
TRANSCRIPT_OFFICES = {"first lady", "first gentleman", "vice president"}

# "(WSJ $)", "(The Information $)": a digest's credit with the "$" that marks the outlet's paywall.
PAREN_CREDIT_RE = re.compile(r"(?<=\S)[ \t]*\([ \t]*" + CREDIT_NAME + r"(?P<paywall>[ \t]*\$)?[ \t]*\)[ \t]*$",
                             re.MULTILINE)


# A via-credit closing a line or standing alone: "(via Geeks Are Sexy)", "[via The Verge]",
# "Via: Kotaku": the item was reached through that outlet, which is its source.
VIA_CREDIT_RE = re.compile(r"(?:[(\[][ \t]*[Vv]ia:?|^[ \t]*[Vv]ia:)[ \t]+" + CREDIT_NAME + r"[ \t]*[)\]]?[ \t]*$",
                           re.MULTILINE)


# Services something is done or sold through, which report nothing: "(via Zoom)".
VIA_SERVICES = {"zoom", "skype", "teams", "google", "amazon", "netflix", "spotify", "ticketmaster", "ebay",
                "paypal", "email", "e-mail", "satellite", "video link", "videolink"}


# Bracketed words at a line's end that credit nobody: transcript and caption marks.
NOT_CREDITS = {"applause", "laughter", "inaudible", "crosstalk", "music", "video", "photo",
               "image", "audio", "update", "updated", "sic", "more", "link", "watch", "read more"}


# Words that make a bracketed line end an editorial mark: "[Editor's Note]", "[Photo Gallery]".
NOT_CREDIT_WORDS = {"note", "correction", "update", "updated", "edited", "photo", "photos", "video",
                    "gallery", "image", "graphic", "translated", "translation", "advertisement",
                    "ad", "sponsored", "listen", "watch", "read", "more", "here", "click",
                    # a page element left where a post or a player stood: "[Embed]", "[embedded content]"
                    "embed", "embedded", "caption", "chart", "audio", "podcast", "player"}


HEADLINE_ENDINGS = (".", "!", "?", ":", ";", ",", '"', "”", "’", "'", ")", "…", "]")


# The writer as one told, a contraction the tokenizer may keep whole ("I’m told").
TOLD_WRITERS = {"i", "we", "i'm", "we're", "i've", "we've"}  # ("I’ve told him" is active: no nsubjpass)


# Nouns of something said whose maker, given by "from" or "by", is a source: "after a remark from
# a winemaker", "a warning from the weather service", "comments by the minister".
# ("observations by the Keck Observatory" are sightings, not remarks.)
REMARK_NOUNS = {"remark", "comment", "quip", "admission", "warning", "assurance",
                # an opinion voiced against someone: "criticism of the mayor by the Gazette's Tom Reed"
                "criticism", "critique"}


# What a remark hangs under when it was asked for and not given: "a request for comment from X".
ASKED_FOR_HEADS = {"for", "to"}


# Opinions published that the article reports as their author's: "got a spot on CNN for his
# scathing critique of ...", "was praised for her essay on ...".
CRITIQUE_NOUNS = {"critique", "criticism", "takedown", "rebuttal", "essay", "op-ed", "commentary"}


# An attack in words: "launched a scathing attack on the budget" (not "launched an attack on the town").
VERBAL_ATTACK_WORDS = {"scathing", "blistering", "rabid", "stinging", "withering", "verbal", "scorching",
                       "thinly-veiled", "veiled", "rhetorical", "public"}
LAUNCHING_VERBS = {"launch", "mount", "unleash"}


# Verbs of the notice a published opinion earns its author: "got a spot on CNN for", "won praise
# for", "drew attention for", "was praised for"; not a sanction or an apology for it.
NOTICE_VERBS = {"get", "win", "earn", "gain", "draw", "receive", "attract", "garner", "praise", "laud",
                "hail", "applaud", "celebrate", "commend", "know", "note", "acclaim"}


# Present-tense "see" of those whose outlook is news: "Forecasters see smooth sailing",
# "Analysts see the rate rising"; not "Analysts saw the film" (past, a sighting).
OUTLOOK_HOLDERS = VIEW_HOLDERS | {"meteorologist", "pollster", "trader", "investor", "economist"}


# What forecasters and analysts see ahead: "see smooth sailing", "see rain", "see a tight race".
OUTLOOK_NOUNS = {"sailing", "weather", "rain", "snow", "storm", "sunshine", "wind", "frost", "heat", "flooding",
                 "growth", "rise", "fall", "decline", "drop", "gain", "increase", "decrease", "recession",
                 "recovery", "rebound", "slowdown", "slump", "downturn", "upturn", "boom", "risk", "chance",
                 "race", "inflation", "cut", "hike", "shortage", "surplus", "demand", "pressure", "volatility",
                 "turnout", "victory", "win", "defeat", "upside", "downside", "delay", "return", "trend",
                 "outlook", "prospect", "sign", "danger", "threat", "opportunity", "hope", "need", "rate"}


# Passives that say where information was taken from: "the list was obtained from the National
# Conference of State Legislatures", "figures compiled from Labor Department records".
# (Only "from" a body: "data collected by the Hubble Space Telescope" are an instrument's readings.)
GATHERED_VERBS = {"obtain", "take", "draw", "compile", "source", "derive", "adapt"}


# What is gathered that way as information, not goods: "the drug was obtained from a pharmacy".
INFORMATION_NOUNS = {"list", "information", "data", "datum", "figure", "number", "detail", "statistic",
                     "record", "estimate", "quote", "account", "fact", "finding", "ranking", "table",
                     "chart", "map", "graph"}


# Verbs that also say a thing was removed ("a map was taken from the museum", "water drawn from the
# river"), and the information nouns that are also things that can be removed.
REMOVING_VERBS = {"take", "draw"}


THING_NOUNS = {"list", "record", "table", "chart", "map", "graph", "account"}


# Things a reader is shown that speak for themselves: "As you can see from the trailer, ...".
SHOWING_DOCUMENTS = {"trailer", "teaser", "video", "clip", "footage", "chart", "graph", "graphic",
                     "table", "map", "screenshot", "screenshots", "data", "figures", "images", "photos"}


# Words before "say" used as a noun: "wanted some say in", "have no say over", "the final say".
SAY_DETERMINERS = {"a", "some", "any", "no", "more", "little", "final", "the", "greater", "bigger", "real",
                   "much", "equal", "full"}


# Predicates that state a view with a clause: "was adamant that", "is confident the plan will
# work", "made (it) clear that".
VIEW_ADJECTIVES = {"confident", "convinced", "adamant", "certain", "sure", "optimistic", "hopeful",
                   "pessimistic", "skeptical", "sceptical", "insistent", "emphatic", "clear"}


VIEW_NOUNS = {"words", "view", "opinion", "estimation", "assessment"}


# What a body posts online: "the company published a blog post that said" cites the company.
POSTED_NOUNS = {"post", "tweet"}
# A post on a social network by another name: "a status update that said ..." (its author unknown).
POSTED_NOUNS |= {"update"}
# The kinds of update that are a post ("a status update"; not "a software update", "the weather update").
POSTED_UPDATES = {"status", "facebook", "social", "linkedin", "instagram", "twitter", "online"}


# Verbs and documents by which a body puts out information: "the agency released two reports".
PUBLISHING_VERBS = {"issue", "release", "publish"}


# Replies a body puts out, which say something whatever their clause: "the firm issued a denial",
# "the ministry released a rebuttal of the report".
ISSUED_REPLIES = {"denial", "rebuttal", "response", "clarification"}


RUMOR_NOUNS = {"rumor", "rumour", "speculation", "report"}


PUBLISHED_NOUNS = {"statement", "report", "study", "survey", "data", "figures", "statistics",
                   "findings", "analysis", "estimate", "estimates", "forecast", "communique",
                   "communiqué", "declaration", "bulletin", "readout", "poll", "research", "paper",
                   "post", "projections"}


# What is credited "courtesy of" someone without that someone saying anything: a picture.
PICTURE_WORDS = {"photo", "photograph", "picture", "image", "video", "footage", "clip", "photography",
                 "illustration", "artwork", "poster", "photos", "photographs", "pictures", "images",
                 "videos", "clips", "illustrations"}


# What is told, which comes from whoever told it: "the details come to us from Reuters".
# (Not "account": "the account came from Barclays" is a bank's. Not a place: "the news came from
# Washington late on Friday" says where it broke.)
TOLD_NOUNS = {"detail", "details", "news", "word", "information", "report", "reports"}


# News judged by how it went: "the only good news came from Tesla, whose shares rose".
JUDGED_NEWS = {"good", "bad", "great", "welcome", "positive", "negative", "encouraging", "grim"}


CREDITED_INFORMATION = {"chart", "table", "graph", "graphic", "comparison", "breakdown", "list", "note",
                        "analysis", "summary", "tally"}


# What people named in the news do, which "the singer", "the quarterback" points back at (as
# "the minister" does).
# Parties of a case that point back at the person named before: the suspect or defendant is the
# one charged. A victim, plaintiff or complainant is someone else, usually not named before.
CASE_PARTY_WORDS = {"suspect", "defendant", "accused"}


PROFESSION_WORDS = {"singer", "actor", "actress", "rapper", "musician", "songwriter", "guitarist",
                    "drummer", "comedian", "presenter", "anchor", "novelist", "poet", "filmmaker",
                    "producer", "designer", "architect", "chef", "athlete", "quarterback", "pitcher",
                    "goalkeeper", "midfielder", "defender", "forward", "batsman", "bowler", "golfer",
                    "driver", "rider", "swimmer", "runner", "boxer", "fighter", "wrestler", "skater",
                    "entrepreneur", "billionaire", "businessman", "businesswoman", "activist",
                    "lawmaker", "congressman", "congresswoman", "candidate", "nominee", "incumbent"}


PROFESSION_ENDINGS = ("ologist", "ician", "iatrist", "ist")



# Kin nouns that, with "the" alone, point back at the person the story introduced by them.
DEFINITE_KIN_WORDS = {"father", "mother", "widow", "widower", "husband", "wife", "son", "daughter",
                      "brother", "sister", "grandmother", "grandfather"}


# A US lawmaker's party and state set after the name: "R-Neb.", "D-N.Y.", "I-Vt.".
PARTY_AND_STATE = re.compile(r"^[RDI]-[A-Z][A-Za-z.]*$")


PERSONAL_NAME = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}$")


NOT_PERSONAL_WORDS = {"Company", "Group", "Inc", "Watch", "Bank", "Party", "Council", "Committee",
                      "Agency", "Association", "University", "Institute", "Foundation", "Union",
                      "Ministry", "Department", "Office", "Court", "Police", "Army", "Forces",
                      "Times", "News", "Post", "House", "Service", "Commission", "Fund", "Airlines"}


# Nouns for what a person does, set beside a name: "Ana Ruiz, a local farmer".
PERSON_ROLE_NOUNS = ROLE_WORDS | {"farmer", "nurse", "teacher", "worker", "driver", "owner",
                                  "veteran", "mother", "father", "resident", "student", "actor",
                                  "actress", "singer", "writer", "artist", "pilot", "officer"}


# Entity labels the small model gives names it does not know as people ("Helen Park" a place).
NOT_A_PERSON_ENTITIES = {"ORG", "GPE", "NORP", "LOC", "PRODUCT", "LAW", "LANGUAGE"}


SPOKES_RE = re.compile(r"\b(?:" + "|".join(sorted(SPOKES_NOUNS)) + r")\b", re.IGNORECASE)


# People a report may be about, set before their name: "his client Jon Dahl".
PARTY_NOUNS = {"client", "patient", "victim", "friend", "partner", "colleague", "player", "striker",
               "teammate", "boss", "employee", "candidate", "rival", "opponent", "witness"}


ACRONYM_SMALL_WORDS = {"of", "the", "and", "for", "on", "in", "to", "&"}


# How far back (characters) a person named, with no "he"/"she" for them since, is still who a
# pronoun means.
NAME_REACH = 1200


# How far back (characters) a named organisation is still what "it said" refers to.
ORG_REACH = 250


# Kinds of body that "the X" points back at, and the source types such a body may have been
# cited or named as: "Acme reported record profits. The company said ...".
GOVERNMENT_KINDS = {"ministry", "department", "government", "administration", "agency", "office",
                    "regulator", "authority", "commission", "council", "embassy", "police",
                    "military", "army", "navy", "court", "parliament", "legislature", "state"}


ORGANIZATION_KINDS = {"company", "firm", "group", "organisation", "organization", "bank", "band",
                      "team", "club", "carrier", "airline", "automaker", "carmaker", "retailer",
                      "utility", "insurer", "lender", "manufacturer", "maker", "startup", "start-up",
                      "chain", "charity", "union", "party", "university", "institute", "foundation",
                      "operator", "giant", "conglomerate", "developer", "studio", "publisher",
                      "producer", "label", "franchise", "corporation", "business", "brand",
                      "supplier", "distributor", "platform", "service", "app", "network"}


MEDIA_KINDS = {"newspaper", "paper", "broadcaster", "network", "magazine", "outlet", "publication",
               "channel", "site", "website", "tabloid", "daily"}


BODY_REFERENCE_TYPES = {
    **{k: {"organization"} for k in ORGANIZATION_KINDS},
    **{k: {"government_body"} for k in GOVERNMENT_KINDS},
    **{k: {"media_outlet", "news_agency"} for k in MEDIA_KINDS},
}


for _kind in ORGANIZATION_KINDS & (GOVERNMENT_KINDS | MEDIA_KINDS) | GOVERNMENT_KINDS & MEDIA_KINDS:
    BODY_REFERENCE_TYPES[_kind] = (
        ({"organization"} if _kind in ORGANIZATION_KINDS else set())
        | ({"government_body"} if _kind in GOVERNMENT_KINDS else set())
        | ({"media_outlet", "news_agency"} if _kind in MEDIA_KINDS else set()))


# Words before the kind that make it another body than the one named before: "the rival firm".
OTHER_BODY_WORDS = {"other", "another", "rival", "parent", "new", "former", "second", "first",
                    "third", "same", "sister", "subsidiary", "partner", "competing", "acquiring",
                    "acquired", "target", "merged", "combined", "joint"}


# How far back (characters) a body named without being cited is still "the company".
BODY_REACH = 600


# Kinds of firm ("the company", "the carrier") and last words of names of bodies that are no firm
# ("the World Health Organization"): a firm named near, not such a body cited long before, is
# "the company" (while "Acme Corp", cited at the top of a business story, stays it).
FIRM_KINDS = {"company", "firm", "carrier", "airline", "automaker", "carmaker", "retailer", "insurer",
              "lender", "manufacturer", "maker", "startup", "start-up", "chain", "operator", "giant",
              "conglomerate", "developer", "supplier", "distributor", "corporation", "business"}
NON_FIRM_NAME_WORDS = {"organization", "organisation", "nations", "agency", "association", "federation",
                       "union", "council", "commission", "committee", "fund", "foundation", "charity",
                       "institute", "university", "party", "coalition", "alliance", "society", "ministry",
                       "department", "authority", "police", "government", "army", "court"}


# How far back (characters) "the statement" still points at a statement put out before.
DOCUMENT_REACH = 1500


# Writings of research that the article may name again by another of these words: "a new
# paper ... According to the report, ...", "the study ... the research found".
AUTHORED_WRITINGS = {"paper", "study", "report", "research", "analysis", "article"}
# Books speak for their author when named again: "Ann Ruiz wrote a biography of him ... the
# biography concludes" (a book folds into its author, tests/gold/README.md, set N).
BOOK_NOUNS = {"book", "biography", "memoir", "autobiography"}
AUTHORED_WRITINGS |= BOOK_NOUNS
WRITING_VERBS = {"write", "pen", "author", "publish"}


# Words that may stand between "the" and a writing named again: "the new paper".
AGAIN_WORDS = {"new", "recent", "latest", "same", "published", "peer-reviewed", "controversial"}


# Kinds of body a spokesperson is said to speak for: "a company spokesperson", "the agency's".
SPOKEN_FOR_KINDS = {"company", "agency", "ministry", "department", "firm", "group", "team",
                    "club", "office", "police", "government", "party", "union", "embassy"}


# Unnamed people who say something as a pronoun: "Some said they were dejected", "Another said".
INDEFINITE_SPEAKERS = {"some", "another"}


# Speaker heads are people, bodies, groups or documents. A common noun that names none of these
# ("the script called for", "her eyes ..., telling me", "the agreement maintained") says nothing
# as a source. Animate nouns come from the word lists of people, offices, bodies and documents,
# plus the endings that make nouns of people ("-er", "-ist", "-ian", "-ant", "-man"...).
COLLECTIVE_NOUNS = {"giant", "watchdog", "couple", "crew", "jury", "staff", "public", "community",
                    "household", "body", "side", "camp", "consortium", "lab", "laboratory", "family",
                    "kid", "child", "children", "people", "folk", "folks", "guy", "girl", "boy",
                    "baby", "teen", "teenager", "adult", "crowd", "audience", "population", "partner",
                    "colleague", "peer", "ally", "rival", "opponent", "proponent", "majority",
                    "minority", "electorate", "citizen", "dealer", "regime", "junta", "state",
                    "nation", "country", "city", "county", "province", "region", "town", "village",
                    "legislature", "congress", "house", "senate", "assembly", "firm", "store",
                    "shop", "platform", "site", "website", "app", "service", "outlet", "press",
                    "medium", "media", "guardian", "host", "guest", "hero", "fellow", "chef",
                    "celebrity", "star", "veteran", "expert", "pundit", "insider", "official",
                    "cop", "officer", "police", "troop", "soldier", "militant", "fighter", "rebel",
                    # People by what they do or are, without an agent ending.
                    "coach", "priest", "pastor", "bishop", "pope",
                    "queen", "nun", "monk", "rabbi", "imam", "cleric", "spy", "thief", "boss",
                    "aide", "intern", "cadet", "recruit", "scout", "youth", "elder", "senior", "junior",
                    "pupil", "alumnus", "alumni", "graduate", "candidate", "delegate", "envoy", "deputy",
                    "judge", "mob", "gang", "cartel", "tribe", "clan", "squad", "unit", "battalion",
                    "brigade", "patrol", "individual", "human", "lady", "gentleman",
                    "hostage", "refugee", "migrant", "tourist", "legend", "icon",
                    "idol", "genius", "coworker", "co-worker", "mate", "teammate", "roommate", "fiancee", "twin", "grandchild", "kin", "heir",
                    # Institutions that speak as bodies in every kind of news: sport ("the league"),
                    # courts ("the prosecution argued"), faith, culture, finance and government.
                    "league", "fund", "exchange", "prosecution", "defence", "defense", "tribunal",
                    "museum", "gallery", "municipality", "opposition", "station", "observatory",
                    "centre", "center", "prison", "jail", "zoo", "district", "bloc", "trust",
                    "mission", "delegation", "palace", "church", "parish", "diocese",
                    "congregation", "mosque", "temple", "synagogue", "academy", "festival",
                    "theatre", "theater", "orchestra", "venue", "consulate", "parliament"}


AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "eer", "man", "men", "woman", "women",
                  "person", "people", "crat", "ive", "ary", "ic", "ess", "ier", "yst", "ite")


NOT_AGENT_ENDINGS = ("ment", "ence", "ance", "ency", "ancy", "ics")


# Nouns of things that end like a word for a doer ("-er", "-or", "-ent") and cannot speak:
# "what her character was saying" in a film is no source.
THINGS_LIKE_AGENTS = {"character", "chapter", "matter", "number", "order", "corner", "power", "water",
                      "weather", "factor", "sector", "error", "mirror", "center", "centre", "quarter",
                      "border", "layer", "filter", "answer", "event", "content", "element", "amount",
                      "percent", "cent", "scenario", "summary", "dictionary", "anniversary", "boundary"}


@lru_cache(maxsize=1)
def _people_office_and_document_nouns() -> frozenset[str]:
    """The core word lists for people, offices, bodies, trades and documents."""
    from newsfacts.extract.sources import (
        ANONYMOUS_NOUNS,
        BODY_NOUNS,
        COMPANY_WORDS,
        GOVERNMENT_WORDS,
        KIN_NOUNS,
        SPOKES_NOUNS,
        TRADE_NOUNS,
    )

    return frozenset(ANONYMOUS_NOUNS | BODY_NOUNS | COMPANY_WORDS | DOCUMENT_NOUNS | GOVERNMENT_WORDS | KIN_NOUNS
                     | SPOKES_NOUNS | TITLE_WORDS | TRADE_NOUNS | ROLE_WORDS | COLLECTIVE_NOUNS)


@lru_cache(maxsize=1)
def _speaker_nouns() -> frozenset[str]:
    """Every common noun the word lists give for people, offices, bodies and documents."""
    from newsfacts.extract.sources import MEDIA_DESCRIPTORS, MEDIA_WORDS

    return _people_office_and_document_nouns() | frozenset(
        MEDIA_WORDS | MEDIA_DESCRIPTORS | SPEAKING_NOUNS | VIEW_HOLDERS | PROFESSION_WORDS | PERSON_ROLE_NOUNS
        | CASE_PARTY_WORDS | ORGANIZATION_KINDS | GOVERNMENT_KINDS | MEDIA_KINDS | SPOKEN_FOR_KINDS | set(KIN_GENDER)
        | ISSUED_NOUNS | SAID_IN_NOUNS | SPOKEN_IN_NOUNS | PUBLISHED_NOUNS | POSTED_NOUNS | {"datum"})


# Writings of research that speak only through whoever did or published them.
# ("some reports suggest" stays: unnamed news reports, cited like "many analysts".)
RESEARCH_NOUNS = {"study", "studies", "research", "review", "analysis", "survey", "poll", "estimate",
                  "paper", "finding", "findings", "experiment", "trial", "op-ed", "essay",
                  "editorial", "column", "model"}


# Words before a writing that point at one already known: "the study", "this report", "its survey".
DEFINITE_WORDS = {"the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my",
                  "your", "same"}


# Adjectives that name the kind of body behind a writing: "parliamentary reports", "federal data".
ISSUER_ADJECTIVES = {"parliamentary", "congressional", "governmental", "official", "federal", "judicial",
                     "ministerial", "presidential", "military", "industry", "internal"}


TOPIC_PREPOSITIONS = {"in", "of", "on", "into", "about", "among", "with", "across"}


# Words before a writing that leave it one of many unspecified: "some reports", "one estimate".
UNSPECIFIED_WORDS = {"some", "one", "several", "many", "various", "numerous", "multiple", "other", "most",
                     "unconfirmed", "unverified", "conflicting", "widespread", "earlier", "recent", "previous",
                     "past", "initial", "early", "preliminary", "latest", "new", "local"}


VAGUE_WRITINGS = {"report", "estimate", "study", "survey", "poll", "analysis"}


# Writings that are a figure more than a work: "according to one estimate" names no source, while
# "according to one analysis" cites that analysis (a document).
FIGURE_WRITINGS = {"estimate"}


# What pollsters and data firms put out, under their firm's name: "a survey from Piper Jaffray".
POLLED_NOUNS = {"survey", "poll", "data", "datum", "index", "ranking", "rankings", "tracker", "census"}


# Quantifiers that stand for people with where they belong: "many in the industry", "some within
# the party" ("some of them" is "them").
GROUP_QUANTIFIERS = {"many", "some", "others", "few", "most", "several"}


PLACE_PREPOSITIONS = {"in", "within", "among", "across", "inside", "at", "on"}


# --- Unnamed groups of people as sources (session 17, "groups"; read by citations/groups.py) ---

# People of a kind whose stance news reports as a source: "critics fear", "many economists see it
# as", "some commentators question the decision".
GROUP_STANCE_HOLDERS = {"critic", "analyst", "observer", "commentator", "economist", "scientist",
                        "official", "expert", "researcher", "historian", "scholar", "academic", "pundit",
                        "blogger", "activist", "campaigner", "lawmaker", "legislator", "politician",
                        "diplomat", "doctor", "physician", "lawyer", "environmentalist", "conservationist",
                        "skeptic", "sceptic", "supporter", "opponent", "proponent", "fan", "insider",
                        "strategist", "specialist", "educator", "teacher", "parent", "employer", "veteran"}

# People who speak as a group with what they say in a clause ("advocates argued that ...", "the
# inmates said"), whose nouns have no agent ending.
GROUP_SPEAKER_NOUNS = {"inmate", "prisoner", "detainee"}

# ...and those who speak as a group only with what they hold: "advocates argued that ...",
# "advocates point to Canada as evidence" (not "consumer advocates are urging the regulator to act").
CLAUSE_GROUP_NOUNS = {"advocate"}

# Crowds and markets, whose moods the text describes rather than cites: "investors fear", "voters
# believe", "people see it as".
GROUP_CROWD_NOUNS = {"people", "person", "user", "everyone", "everybody", "protester", "demonstrator",
                     "voter", "investor", "trader", "consumer", "shopper", "buyer"}

# Words before a plural that leave it an unnamed group ("some critics", "many economists", "other
# scientists"); "most observers", "all fans" sum up a crowd.
GROUP_DETERMINERS = {"some", "many", "other", "several"}

# Verbs that judge something as something: "see it as a punishment", "regard the deal as a loss".
JUDGING_AS_VERBS = {"see", "view", "regard", "define", "consider", "describe", "perceive", "characterize",
                    "characterise", "portray", "cast", "remember", "recall"}

# Verbs that liken a thing to another: "critics compare them to gladiators".
LIKENING_VERBS = {"compare", "liken"}

# What is questioned as a view or a decision: "questioned the minister's concern", "question
# the wisdom of the plan".
QUESTIONED_NOUNS = {"concern", "decision", "wisdom", "need", "value", "claim", "logic", "assumption", "motive",
                    "validity", "legality", "timing", "rationale", "premise", "approach", "strategy", "plan",
                    "policy", "choice", "move", "idea", "notion", "assertion", "estimate", "finding",
                    "conclusion", "credibility", "accuracy", "reliability", "effectiveness", "fairness",
                    "view", "judgment", "judgement", "argument", "explanation", "account", "merit", "sense",
                    # ...and what a plan brings: "experts questioned the repercussions of ..."
                    "repercussion", "consequence", "effect", "impact", "safety", "benefit"}

# What a thing is pointed to as: "point to Canada as evidence of success".
POINTED_AS_NOUNS = {"evidence", "proof", "sign", "example", "indication", "reason", "model"}

# A sentence worth a parse for these shapes, though it has no saying verb: "see it as", "compare
# them to", "questioned the decision", "point to X as evidence".
GROUP_VIEW_CUE = (r"\b(?i:see|sees|saw|view|views|viewed|regard|regards|regarded|define|defines|defined|"
                  r"perceive|perceives|perceived|consider|considers|considered)\b[^.;:]{1,60}?\bas\b|"
                  r"\b(?i:compare|compares|compared|liken|likens|likened)\b[^.;:]{1,40}?\bto\b|"
                  r"\b(?i:questioned|questioning)\b|\b(?i:question|questions)\s+(?:the|whether|why|how|his|her|their|its)\b|"
                  r"\b(?i:point|points|pointed)\s+to\b[^.;:]{1,80}?\bas\s+(?:evidence|proof|a sign|an example)\b")

# --- Session 17, named sources (module named.py) ---

# Words that set off named examples of the speakers before them: "former players like Ana Ruiz
# say", "rights groups such as Amnesty International said".
EXAMPLE_PREPOSITIONS = {"like", "as"}


# Entities an example names as a speaker (not a place named as an example: "cities like Paris").
EXAMPLE_ENTITIES = {"PERSON", "ORG", "NORP"}


# Verbs of an inquiry's finding, which cite with a that-clause as "find" does: "investigators
# determined that the fire was set" (not "the vote will determine the winner").
DETERMINING_VERBS = {"determine"}
SHAPED_CITING_VERBS |= DETERMINING_VERBS
CITING_VERBS |= DETERMINING_VERBS
CITATION_CUES |= DETERMINING_VERBS
FINDING_VERBS |= DETERMINING_VERBS
RULING_VERBS |= DETERMINING_VERBS  # "the court determined that ...": a ruling, an event
SHAPED_SPEECH_VERBS.update(dict.fromkeys(DETERMINING_VERBS, {"ccomp"}))


# Words opening a clause that asks rather than states: "determined how the seats are shared".
WH_WORDS = {"how", "whether", "if", "why", "what", "which", "who", "where", "when"}


# Words before unattributed reports that something happened: "amid reports of looting".
REPORTS_AMID_WORDS = {"amid", "amidst"}


# Verbs that give a thing a name, which cite the namer with the name in quotation marks:
# 'the mayor dubbed the plan "a land grab"', 'critics labelled it "reckless"'.
NAMING_VERBS = {"dub", "label", "brand"}
SHAPED_CITING_VERBS |= NAMING_VERBS
CITING_VERBS |= NAMING_VERBS
CITATION_CUES |= NAMING_VERBS
SHAPED_SPEECH_VERBS.update({verb: set() for verb in NAMING_VERBS})  # only by named.py's shapes


# Agreeing with someone, a view on the record: "Lee agreed with Ruiz. So did her deputy."
AGREEING_VERBS = {"agree", "disagree"}
SHAPED_CITING_VERBS |= AGREEING_VERBS
CITATION_CUES |= AGREEING_VERBS  # the sentence is worth a parse ("agree" is common, but short)
CITING_VERBS |= AGREEING_VERBS
CITATION_CUES |= AGREEING_VERBS  # the sentence is worth a parse ("agree" is common, but short)


# A report its subject acts in is the subject's own, as a statement is: "In a newly released
# report, researchers at the state university looked at the survey and reached other conclusions".
SPOKEN_IN_NOUNS |= {"report"}


# "shares her reflections on the retreat": views a speaker voices when sharing their own.
SHARED_VIEW_NOUNS = {"reflection", "thought", "view", "insight", "observation", "opinion", "perspective",
                     "impression", "takeaway"}


# Verbs by which a digest sums up what a writer's piece argues, after the writer's name in
# capitals (citations.digests): "ANN RUIZ doubts that ...", "BO LI examines how ...", "ANN RUIZ
# draws our attention to ...", "BO LI and CY WU compare the minister to ...". Present and past.
_DIGEST_LEMMAS = {
    "argue", "say", "claim", "write", "report", "explain", "describe", "consider", "examine", "analyse",
    "analyze", "explore", "discuss", "question", "doubt", "contradict", "challenge", "dispute", "criticise",
    "criticize", "welcome", "like", "dislike", "compare", "ask", "wonder", "warn", "urge", "propose",
    "suggest", "recommend", "defend", "insist", "note", "observe", "point", "show", "demonstrate",
    "conclude", "reflect", "recall", "remind", "draw", "raise", "break", "contend", "predict", "reject",
    "deplore", "lament", "praise", "applaud", "disagree", "agree", "trace", "assess", "investigate",
    "review", "outline", "highlight", "stress", "emphasise", "emphasize", "caution", "fear", "believe",
    "think", "see", "call", "find", "respond", "reply",
}
_DIGEST_IRREGULAR = {"say": "said", "write": "wrote", "draw": "drew", "break": "broke", "see": "saw",
                     "think": "thought", "find": "found"}


def _digest_forms(lemma: str) -> set[str]:
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, lemma + "s", stem + "ed" if not lemma.endswith("e") else lemma + "d"}
    if lemma.endswith(("s", "sh", "ch", "x")):
        forms.add(lemma + "es")
    if lemma.endswith("y") and lemma[-2:-1] not in set("aeiou"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if lemma in _DIGEST_IRREGULAR:
        forms.add(_DIGEST_IRREGULAR[lemma])
    return forms


DIGEST_VERBS = {form for lemma in _DIGEST_LEMMAS for form in _digest_forms(lemma)}


# Stances a writer takes, after "is"/"are": "ANN RUIZ is concerned about ...", "are encouraged by".
DIGEST_STANCE_ADJECTIVES = {
    "concerned", "encouraged", "worried", "sceptical", "skeptical", "critical", "convinced", "unconvinced",
    "optimistic", "pessimistic", "alarmed", "troubled", "puzzled", "surprised", "disappointed", "pleased",
    "impressed", "unimpressed", "appalled", "dismayed", "doubtful", "confident", "adamant", "certain", "sure",
}


# Words that join the parts of a surname and never open a name: "BAS VAN BOCKEL", "ANA DE LA CRUZ".
NAME_PARTICLES = {"van", "von", "de", "der", "den", "da", "das", "del", "della", "di", "du", "la", "le",
                  "al", "el", "bin", "ben", "ter", "ten", "zu"}


# Verbs that pass a verdict on someone with "as", a speaker's words: "Moreno denigrated Assange as a
# spoiled brat", "whom he branded as a traitor" (quotation marks or not). Only a person's or a
# named body's (citations.clauses).
DISPARAGING_VERBS = {"denigrate", "disparage", "deride", "ridicule", "brand", "label", "dub", "characterize",
                     "characterise", "caricature", "vilify", "demonize", "demonise", "smear"}
SHAPED_CITING_VERBS |= DISPARAGING_VERBS
CITING_VERBS |= DISPARAGING_VERBS
CITATION_CUES |= DISPARAGING_VERBS - {"label", "brand"}  # ("label" and "brand" are common nouns)
SHAPED_SPEECH_VERBS.update({verb: set() for verb in DISPARAGING_VERBS - NAMING_VERBS})


# Detailing tells: "previously detailed by the Guardian" (a passive's agent), "the files detail
# an elaborate operation" (a document's subject only; "he detailed the car" is a chore).
SHAPED_CITING_VERBS |= {"detail"}
CITING_VERBS |= {"detail"}
CITATION_CUES |= {"detail"}
PASSIVE_SPEECH_VERBS |= {"detail"}
DOCUMENT_ONLY_VERBS |= {"detail"}
SHAPED_SPEECH_VERBS["detail"] = {"dobj", "ccomp"}


# Documents whose signatories say what they say: "33 lawyers have signed an open letter calling for
# a new law", "economists signed a petition warning ..." (not "signed a contract", a deal).
SIGNED_STATEMENTS = {"letter", "petition", "statement", "declaration", "appeal", "manifesto", "op-ed"}
SHAPED_CITING_VERBS |= {"sign"}
CITING_VERBS |= {"sign"}
CITATION_CUES |= {"letter", "letters", "petition", "manifesto"}
# ...and a figure pegged on something, a claim shut down: "Forbes pegged it at $4 billion",
# "representatives shut down his claim" (session 25, srcx).
CITATION_CUES |= {"peg", "shut"}
SHAPED_SPEECH_VERBS["sign"] = set()


# --- Session 20 (helper "srcs") ---

# A proposal voiced with its clause is a view on the record, like "suggested that": "Ruiz proposed
# that the council publish its minutes" (not "proposed a merger", a deal, nor "proposed cuts").
SHAPED_CITING_VERBS |= {"propose"}
CITING_VERBS |= {"propose"}
SHAPED_SPEECH_VERBS["propose"] = {"ccomp"}
# Only "proposed that" makes a sentence worth a parse ("the boxy concept proposed by X" is no cue).
GROUP_VIEW_CUE += r"|\b(?i:propose|proposes|proposed|proposing)\s+that\b"
# An objection voiced with a clause: "European officials protested that doing so would ...".
GROUP_VIEW_CUE += r"|\b(?i:protest|protests|protested|protesting)\s+that\b"
# Criticism voiced by someone, worth a parse for _remark_makers: "quoted criticism of the mayor by
# the Gazette's Tom Reed", "a critique from the opposition".
QUOTATION_CUE += r"""|\b(?i:criticisms?|critiques?)\s+(?:[\w'’-]+\s+){0,6}?(?:from|by)\b"""
# Verbs by which criticism is borne rather than voiced: "the firms faced criticism from their staff"
# names who criticised, not what they said.
ENDURED_VERBS = {"face", "draw", "receive", "attract", "spark", "prompt", "earn", "meet", "weather", "invite",
                 "provoke", "incur", "court", "trigger", "generate", "ignore", "dismiss", "reject", "deflect"}


# Handing a document or a picture to someone makes its giver the source of what it shows: "a
# witness provided the paper with photographs", "a source provided to CNN a memo".
GIVING_VERBS = {"provide", "give", "hand", "supply", "pass"}
GIVEN_DOCUMENTS = (PICTURE_WORDS - {"poster", "artwork", "illustration", "illustrations", "photography"}) | {
    "memo", "document", "documents", "email", "emails", "letter", "records", "recording", "recordings",
    "transcript", "screenshot", "screenshots", "file", "files", "minutes", "copy", "copies", "statement"}
# Papers the writer has seen with their own eyes, or been shown: "The check, which I viewed, was
# signed by ...", "the emails, which she showed me, ..." (each a document cited as such).
VIEWED_DOCUMENTS = DOCUMENT_NOUNS | GIVEN_DOCUMENTS | {
    "check", "checks", "cheque", "cheques", "contract", "contracts", "invoice", "invoices", "receipt",
    "receipts", "text", "texts", "message", "messages", "note", "notes"}
VIEWING_VERBS = {"view", "see", "review", "read", "obtain", "examine", "inspect", "show"}
QUOTATION_CUE += r"""|\b(?:which|that)\s+(?:I|we)\s+(?:[\w’']+\s+){0,2}?(?i:viewed|saw|seen|reviewed|read|obtained|examined|inspected)\b|\b(?i:showed|shown)\s+(?:me|us)\b"""
# What a body conveys without a document: "the message from the White House was clear: ...",
# "the signal from Beijing is that ..." (its issuer speaks when the sentence states the message).
MESSAGE_NOUNS = {"message", "signal"}
# What a message is said to be before a colon that states it: "was clear: ...", "was simple: ..."
# (not "was late: it arrived after the vote").
MESSAGE_TOLD_WORDS = {"clear", "clearer", "simple", "plain", "blunt", "stark", "unmistakable",
                      "unambiguous", "loud", "direct", "firm", "emphatic", "straightforward", "equally",
                      "even", "just", "as", "so", "very", "much", "crystal", "quite", "pretty", "also"}
QUOTATION_CUE += r"""|\b(?i:message|signal)\s+from\b"""
# "heard from" is worth a parse: "we heard from students and teachers in Turkey".
QUOTATION_CUE += r"""|\b(?i:reviews)\s+(?:[\w'’]+\s+){0,5}?(?i:kind|unkind|positive|negative|mixed|glowing|harsh|favou?rable|unfavou?rable|scathing|lukewarm|brutal|warm|tepid)\b"""
QUOTATION_CUE += r"""|\b(?i:deemed|deems)\b|\b(?i:if\s+(?:accounts|reports|rumou?rs|sources)\s+(?:are|were)\s+to\s+be\s+believed)\b"""
QUOTATION_CUE += r"""|\b(?:we|I)\s+(?i:checked|searched|reviewed|examined|consulted|scoured|combed)\b[^.;]{0,40}?\b(?i:records|filings|archives|registries|registers)\b"""
QUOTATION_CUE += r"""|\b(?i:heard)\s+from\b|\b(?i:provided|gave|handed|supplied|passed)\b[^.;]{0,60}?\b(?i:memo|documents?|emails?|photos?|photographs?|videos?|footage|recordings?|screenshots?|transcripts?|records|files)\b"""


# An outlet's ranking is its judgement: "Forbes' list of the wealthiest", "the Times best-seller list".
RANKING_NOUNS = {"list", "ranking", "rankings"}


# Papers kept or leaked as a set "show" what they hold, as "documents" and "records" do: "the leaked
# files show that ...", "the cables show that ..." (sources.DOCUMENT_NOUNS).
CITATION_CUES |= {"files", "cables"}
CITATION_CUES |= {"attack"}  # "launched a scathing attack on the budget": criticism without a saying verb
# Telling whom with a clause: "a Postal Service spokesman informs us that", "assured lawmakers
# that", "reminded reporters that" (not "informed consent", "a reminder").
GROUP_VIEW_CUE += (r"|\b(?i:informs?|informed|informing|assures?|assured|assuring|reminds?|reminded|reminding|"
                   r"notif(?:y|ies|ied|ying))\s+(?:[\w'’-]+\s+){1,3}?that\b")
# What every account says, worth a parse: "By all accounts, he played a key role".
GROUP_VIEW_CUE += r"|\b(?i:by\s+all\s+accounts)\b"


# Spreading what is claimed: "the rumours his allies have spread", "peddled a conspiracy theory".
SPREADING_VERBS = {"spread", "peddle", "circulate"}
SPREAD_CLAIMS = {"theory", "rumor", "rumour", "claim", "lie", "falsehood", "allegation", "myth",
                 "misinformation", "disinformation", "conspiracy"}
CITATION_CUES |= SPREADING_VERBS  # the sentence is worth a parse
CITATION_CUES |= {"critical"}  # "Ruiz was openly critical of the plan": criticism on record
# Pointing out, worth a parse though "point" alone is too common: "as Ana Ruiz frequently points
# out, ...", "critics pointed out that ..." (session 30).
GROUP_VIEW_CUE += r"|\b(?i:points?|pointed|pointing)\s+(?:[\w'’-]+\s+)?out\b"
# A view held by bare "many" / "some" in a relative clause, worth a parse for
# groups._quantifier_view_holders: "stories that many thought were racist".
GROUP_VIEW_CUE += (r"|\b(?i:that|which)\s+(?i:many|some|others)\s+"
                   r"(?i:think|thinks|thought|believe|believes|believed|consider|considers|considered|feel|feels|felt)\b")


# --- Session 31, views held by named people and bodies (named.py) ---

# A claim owned, with what it claims, worth a parse though its noun is no cue: "the administration's
# longstanding assertion that the accusations were false", "Apple's announcement that it would
# close the plant" (documents._claimants reads the possessor; "his claim" names nobody new).
QUOTATION_CUE += (r"""|[’']s\s+(?:[\w-]+\s+){0,2}?(?i:""" + "|".join(sorted(CLAIM_NOUNS))
                  + r""")s?\s+that\b""")
# Verbs of judging whose passive names who judges: "Kelly is considered by the Murdochs to be the
# future of the network", "the suspect is believed by police to have acted alone".
PASSIVE_JUDGING_VERBS = {"consider", "regard", "view", "see", "believe", "think", "perceive"}
QUOTATION_CUE += (r"""|\b(?i:considered|regarded|viewed|seen|believed|thought|perceived)\s+by\s+"""
                  r"""(?:[\w.’'&-]+\s+){1,6}?(?:to\s+(?:be|have)|as)\b""")
# A public led to a view: "Sean Hannity leads his audience to believe immigrants are ...".
QUOTATION_CUE += r"""|\b(?i:leads?|led)\s+(?:[\w'’-]+\s+){1,3}?to\s+(?i:believe|think)\b"""
# Data put together by someone named: "the ACLU has assembled a list of 76 agencies".
QUOTATION_CUE += (r"""|\b(?i:compiled|compiles|assembled|assembles)\s+(?:[\w'’-]+\s+){0,2}?"""
                  r"""(?i:list|tally|database|count|tracker|dataset|inventory)\b""")
