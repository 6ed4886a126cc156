"""Writers named in capitals in a digest of posts or op-eds: 'ANN RUIZ doubts that the law will
hold', 'BO LI and ANN RUIZ compare the court to ...'. Newsletters and blogs' round-ups set their
authors' names in capitals as the subject of a verb of arguing; each name is a person cited for
what their piece argues. Found on the text, since such sentences carry no other cue for a parse."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsfacts.extract.citations.vocabulary import (
    DIGEST_STANCE_ADJECTIVES,
    DIGEST_VERBS,
    NAME_PARTICLES,
)
from newsfacts.extract.schemas import Citation, fact_id
from newsfacts.extract.sources import (
    MEDIA_OUTLETS,
    MEDIA_WORDS,
    NEWS_AGENCIES,
    reads_as_personal_name,
)

if TYPE_CHECKING:
    from newsfacts.extract.citations.context import _ArticleContext
    from newsfacts.extract.nlp import ParsedArticle

_WORD_RE = re.compile(r"[^\W\d_][\w’'-]*")


def _is_shouted(word: str) -> bool:
    """A word in capitals that may be part of a name: two letters or more, a vowel among them."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and word.isupper() and any(c in "AEIOUYÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝ" for c in word)


def _names_in_run(words: list[re.Match]) -> list[list[re.Match]] | None:
    """The names of a run 'ANN and BO RUIZ', 'ANN RUIZ, BO LI and CY WU': split at 'and' and
    commas; a lone first name takes the surname of the name after it. None if a part is no name."""
    names: list[list[re.Match]] = [[]]
    for word in words:
        if word.group(0) in {"and", ","}:
            names.append([])
        else:
            names[-1].append(word)
    if any(not name for name in names):
        return None
    return names


def _canonical(name: list[re.Match], following: list[list[re.Match]]) -> str:
    text = " ".join(w.group(0) for w in name)
    if len(name) == 1 and following and len(following[0]) >= 2:
        return f"{text} {following[0][-1].group(0)}"  # "CHRISTOPH and SOPHIE SCHÖNBERGER"
    return text


def _verb_follows(body: str, end: int) -> bool:
    """A verb of arguing in lower case right after the names: 'doubts that', 'is concerned'."""
    after = _WORD_RE.findall(body[end : end + 40])
    if not after or body[end : end + 1] not in {" ", "\u00a0"}:
        return False
    if after[0] in DIGEST_VERBS:
        return True
    return after[0] in {"is", "are", "was", "were"} and len(after) > 1 and after[1] in DIGEST_STANCE_ADJECTIVES


def _opens_clause(body: str, start: int) -> bool:
    """The names open a sentence, a line or a clause ('..., ANN RUIZ doubts', '– ANN RUIZ likes')."""
    before = body[max(0, start - 3) : start].rstrip(" \u00a0")
    return not before or before[-1] in "\n.!?:;,–—-(\"“"


def _shouted_writers(parsed: ParsedArticle, context: _ArticleContext) -> list[Citation]:
    """Each person named in capitals as the subject of a verb of arguing: a source."""
    from newsfacts.extract.citations.references import _inside_quotation

    body = parsed.article.body_text or ""
    words = list(re.finditer(r"[^\W\d_][\w’'-]*|,", body))
    citations = []
    i = 0
    while i < len(words):
        if not _is_shouted(words[i].group(0)) or not _opens_clause(body, words[i].start()):
            i += 1
            continue
        j = i
        run: list[re.Match] = []
        while j < len(words) and (
                _is_shouted(words[j].group(0)) or (words[j].group(0) in {"and", ","} and run
                                                   and j + 1 < len(words) and _is_shouted(words[j + 1].group(0)))):
            if words[j].group(0) != "," and run and body[run[-1].end() : words[j].start()].strip(" ,"):
                break  # a gap of other characters ends the run
            run.append(words[j])
            j += 1
        i = max(j, i + 1)
        names = _names_in_run(run)
        if not names or not _verb_follows(body, run[-1].end()) or _inside_quotation(run[0].start(), context):
            continue
        if len(names[-1]) < 2:
            continue  # the last name at least has a first name and a surname
        canonicals = [_canonical(name, names[k + 1 :]) for k, name in enumerate(names)]
        # Names joined to a person's before one verb are people's too ("ANN RUIZ and GÁBOR TÓTH
        # report"), whichever of them the recogniser knows.
        if not any(reads_as_personal_name(c) for c in canonicals):
            continue
        for name, canonical in zip(names, canonicals, strict=True):
            if name[0].group(0).lower() in NAME_PARTICLES or len(canonical.split()) < 2:
                continue
            lower = canonical.lower()
            if lower in MEDIA_OUTLETS or lower in NEWS_AGENCIES or lower.split()[-1] in MEDIA_WORDS:
                continue  # an outlet's name in capitals ("CBS NEWS reports") is no writer's
            start, end = name[0].start(), name[-1].end()
            line_start = body.rfind("\n", 0, start) + 1
            line_end = body.find("\n", end)
            citations.append(Citation(
                citation_id=fact_id(context.article_id, "citation", start),
                article_id=context.article_id, cited_as=body[start:end], canonical_name=canonical,
                source_type="official" if canonical in context.titled else "person", cue="argue",
                sentence=body[line_start : line_end if line_end != -1 else len(body)],
                char_start=start, char_end=end,
            ))
    return citations
