"""A metered paywall that hides an article the page carries whole: the article lands, not a teaser."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from newsfacts.clean import clean_input
from newsfacts.records import Article, InputFormat, RawInput, Rejection, RejectReason

PARAGRAPHS = [
    "The harbour authority said on Monday that the old ferry terminal will close in the spring, "
    "after a survey found its pilings too weak for the larger boats now on the route.",
    "About 40 people work at the terminal, and the authority said they would be offered jobs at "
    "the new quay on the north side of the bay, which opens in stages over the next two years.",
    "Local traders, who depend on the foot passengers, asked the council to keep a bus link to the "
    "old market square, and a council spokeswoman said the request would be studied.",
    "The ferry company welcomed the move, saying the new quay would let it add a second crossing "
    "every hour in the summer and cut the queues that form on holiday weekends.",
    "Work on the new quay began last year and has so far cost less than planned, the authority "
    "said, though it gave no figure for the final bill or for the closure of the terminal.",
]
PROMPT = "Please sign up or log in to continue reading"


def page(body_style: str, with_body: bool = True) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) if with_body else ""
    return (
        "<html><head><title>Old ferry terminal to close</title></head><body><article>"
        "<h1>Old ferry terminal to close</h1>"
        "<p class='lead'>The harbour's oldest terminal will shut after a survey of its pilings.</p>"
        f"<div id='articleBody' style='{body_style}'>{paragraphs}</div>"
        f"<p id='articleBodyForbidden'>{PROMPT}</p>"
        "</article></body></html>"
    ).encode()


def clean(payload: bytes) -> Article | Rejection:
    raw = RawInput(source_uri="https://harbour.example/ferry", input_format=InputFormat.HTML,
                   raw_sha256=hashlib.sha256(payload).hexdigest(), raw_path="", size_bytes=len(payload))
    return clean_input(raw, payload, datetime(2026, 12, 1, tzinfo=UTC))


def test_an_article_a_meter_hid_lands_whole_without_the_log_in_prompt():
    cleaned = clean(page("display: none"))
    assert isinstance(cleaned, Article)
    for paragraph in PARAGRAPHS:
        assert paragraph in cleaned.body_text
    assert PROMPT not in cleaned.body_text


def test_a_visible_article_reads_as_before():
    cleaned = clean(page("display: block"))
    assert isinstance(cleaned, Article)
    assert PARAGRAPHS[0] in cleaned.body_text


def test_a_stub_with_no_hidden_article_stays_a_teaser():
    cleaned = clean(page("display: none", with_body=False))
    assert isinstance(cleaned, Rejection)
    assert cleaned.reason == RejectReason.TEASER


def test_a_hidden_dialog_of_a_few_lines_is_not_taken_for_the_article():
    dialog = ("<div style='display:none'><p>Sign in</p><p>Email address</p><p>Password</p>"
              "<p>Forgot your password?</p></div>")
    payload = page("display: none", with_body=False).replace(b"</article>", dialog.encode() + b"</article>")
    cleaned = clean(payload)
    assert isinstance(cleaned, Rejection)
    assert cleaned.reason == RejectReason.TEASER
