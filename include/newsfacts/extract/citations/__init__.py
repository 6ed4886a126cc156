"""Citations: who the article attributes information to, found through the dependency parse.

Cues: "according to X"; "X said/told/stated/confirmed/asserted/acknowledged/..." (speech verbs
with X as subject, or as the noun a participle hangs on: "US officials saying ..."); "as
stated/confirmed by X", "announced by X", "accused by X of"; "analysts polled by X"; "In a
statement, X confirmed ...". Coordinated speakers ("the Iraqi
sources and US officials said") give one citation each. A statement or report with a named issuer
("according to a statement released by the Iraqi Ministry of Foreign Affairs") is cited as its
issuer with cue `statement`; a statement without an issuer is a `document` source. The small model
has no coreference, so a few cheap rules stand in: a bare surname ("Miller said") takes the full
name of an earlier PERSON entity, "he"/"she" the last person named before (the subject of a
recent main clause before one named in passing, and through a run of "he" a man the article has
shown to be one; never a platform, a name inside a quote, nor a name paragraphs back), "it" the
last non-person source cited; "they", a pronoun inside a quotation and unresolvable pronouns give
no citation.

Attributions without a listed saying verb are found by their shape: a quotation closed by a short
clause ('"...," she laughed') or opened after a colon ('X agreed: "..."', 'X: "..."'); views held
or stated ("police believe", "was adamant that"); acting in one's own statement ("in a letter,
X outlined"); the issuer of a document mentioned anywhere ("X's statement", "a study by X");
"in the words of X", "X was quoted as saying", saying as a means or a purpose ("by warning",
"took to Twitter to say"). "The company", "the ministry", "a spokeswoman for the company" and
"the statement" point back at the body cited or named before.
"""

from newsfacts.extract.citations.context import quoted_spans
from newsfacts.extract.citations.extract import extract_citations
from newsfacts.extract.citations.vocabulary import (
    CITATION_CUES,
    DATA_NOUNS,
    PERSON_ROLE_NOUNS,
    QUOTATION_CUE,
    SPEECH_VERBS,
    VIEW_HOLDERS,
)

__all__ = ["CITATION_CUES", "DATA_NOUNS", "PERSON_ROLE_NOUNS", "QUOTATION_CUE", "SPEECH_VERBS",
           "VIEW_HOLDERS", "extract_citations", "quoted_spans"]
