"""A page whose markup holds no article but whose script data does lands with that article
(clean/script_body.py); anything else stays quarantined for no main text."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from newsfacts.clean import clean_input
from newsfacts.records import Article, InputFormat, RawInput, Rejection, RejectReason

NOW = datetime(2024, 6, 1, tzinfo=UTC)
TITLE = "Harbour city council approves the new ferry timetable"
PARAGRAPHS = [
    "The harbour city council approved the new ferry timetable on Tuesday after a long debate "
    "about crossings at night and the cost of extra crews for the winter months.",
    "Under the plan, ferries will run every twenty minutes at peak hours, and the last boat will "
    "leave the city pier at midnight instead of ten in the evening, the council said.",
    "Residents of the islands had asked for later crossings for years, and a petition signed by "
    "four thousand people was handed to the mayor in the spring.",
    "The operator said it would hire twelve more deckhands and that fares would not rise before "
    "the next budget, which the council will vote on in the autumn.",
    "Opposition members said the timetable did not go far enough and asked for a study of a "
    "second route to the northern island, which the council agreed to fund.",
    "The first boats on the new timetable will sail in June, and the operator will publish the "
    "times on its website and at every pier two weeks before.",
]
HEAD = (f"<head><title>{TITLE} | Harbour Post</title>"
        f'<meta property="og:title" content="{TITLE}">'
        '<meta property="article:published_time" content="2024-05-28T08:00:00Z">'
        '<meta name="author" content="Ines Duarte"></head>')


def node(text: str) -> dict:
    words = text.split(" ")
    return {"type": "p", "children": [{"type": "text", "data": " ".join(words[:5]) + " "},
                                      {"type": "a", "attribs": {"href": "/x"},
                                       "children": [{"type": "text", "data": " ".join(words[5:8])}]},
                                      {"type": "text", "data": " " + " ".join(words[8:])}]}


def page(script: str) -> bytes:
    return (f"<html>{HEAD}<body><div id='app'><h1>{TITLE}</h1><p>Loading…</p></div>"
            f"{script}</body></html>").encode()


def clean(payload: bytes) -> Article | Rejection:
    return clean_input(RawInput("/in/app.html", InputFormat.HTML, "sha", "/raw/sha", len(payload)), payload, NOW)


def test_an_app_state_of_element_nodes_gives_the_article() -> None:
    state = {"article:1": {"headline": TITLE, "body": {"json": [node(p) for p in PARAGRAPHS]}},
             "menu": [{"type": "link", "label": "Home"}]}
    article = clean(page(f"<script>window.__APOLLO_STATE__={json.dumps(state)};</script>"))
    assert isinstance(article, Article), article
    assert article.body_text.split("\n")[0] == PARAGRAPHS[0]
    assert article.body_text.count("\n") == len(PARAGRAPHS) - 1
    assert (article.published_date, article.author) == (date(2024, 5, 28), "Ines Duarte")


def test_a_next_data_html_body_gives_the_article() -> None:
    html_body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    data = {"props": {"pageProps": {"story": {"title": TITLE, "bodyHtml": html_body}}}}
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'
    article = clean(page(script))
    assert isinstance(article, Article), article
    assert PARAGRAPHS[3] in article.body_text


def test_another_storys_body_in_the_state_is_not_taken() -> None:
    other = [p.replace("ferry", "tram").replace("harbour", "mountain").replace("Harbour", "Mountain")
             .replace("timetable", "fare").replace("council", "board").replace("approve", "reject")
             for p in PARAGRAPHS]
    state = {"related": {"body": [node(p) for p in other]}}
    rejected = clean(page(f"<script>window.__STATE__ = {json.dumps(state)}</script>"))
    assert isinstance(rejected, Rejection) and rejected.reason == RejectReason.NO_MAIN_TEXT


def test_a_short_or_broken_state_stays_quarantined() -> None:
    short = {"body": [node(p) for p in PARAGRAPHS[:3]]}  # under 150 words
    for script in (f"<script>window.__STATE__ = {json.dumps(short)}</script>",
                   "<script>window.__STATE__ = {\"body\": [{\"type\": \"p\", </script>"):
        rejected = clean(page(script))
        assert isinstance(rejected, Rejection) and rejected.reason == RejectReason.NO_MAIN_TEXT


def test_a_page_with_its_article_in_markup_does_not_read_the_state() -> None:
    state = {"body": [node("State text that differs from the page. " + p) for p in PARAGRAPHS]}
    markup = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    payload = (f"<html>{HEAD}<body><article><h1>{TITLE}</h1>{markup}</article>"
               f"<script>window.__STATE__ = {json.dumps(state)}</script></body></html>").encode()
    article = clean(payload)
    assert isinstance(article, Article), article
    assert "State text" not in article.body_text
