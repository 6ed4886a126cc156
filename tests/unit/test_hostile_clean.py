"""clean_input on hostile bytes: every input becomes an Article or a Rejection with the right reason."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from newsfacts.clean import clean_input, clean_kept_input
from newsfacts.ingest.rawstore import keep_bytes
from newsfacts.records import Article, InputFormat, RawInput, Rejection, RejectReason

NOW = datetime(2024, 6, 1, tzinfo=UTC)
HTML, TEXT = InputFormat.HTML, InputFormat.TEXT

ARABIC = (
    "أعلنت الحكومة العراقية اليوم أن المفاوضات مع الولايات المتحدة بشأن انسحاب قوات التحالف الدولي "
    "ستستمر خلال الأسابيع المقبلة في بغداد، وقال المتحدث باسم الحكومة إن الجانبين اتفقا على جدول زمني "
    "واضح لإنهاء المهمة العسكرية وتحويل العلاقة إلى شراكة أمنية ثنائية طويلة الأمد."
)
FRENCH = (
    "Le gouvernement irakien a annoncé aujourd'hui que les négociations avec les États-Unis sur le "
    "retrait des forces de la coalition internationale se poursuivront à Bagdad au cours des prochaines "
    "semaines. Le porte-parole a précisé que les deux parties s'étaient mises d'accord sur un calendrier."
)
ENGLISH = (
    "The council met on Tuesday to discuss the new budget for roads and schools in the district. "
    "Members agreed to publish the full figures next month after a public consultation. "
)
SQL_INJECTION = "'); drop table raw.articles; --"


def html_page(body: str, head: str = "") -> str:
    """A page without a charset declaration, its article in one paragraph."""
    return f"<html><head>{head}<title>Talks</title></head><body><article><p>{body}</p></article></body></html>"


def clean(payload: bytes, input_format: InputFormat = TEXT) -> Article | Rejection:
    raw = RawInput(f"/in/doc.{input_format}", input_format, "sha", "/raw/sha", len(payload))
    return clean_input(raw, payload, NOW)


@pytest.mark.parametrize(
    ("payload", "input_format", "language", "needle"),
    [
        (ARABIC.encode("windows-1256"), TEXT, "ar", "المفاوضات"),
        (FRENCH.encode("latin-1"), TEXT, "fr", "négociations"),
        (FRENCH.encode("utf-16"), TEXT, "fr", "États-Unis"),
        (ARABIC.encode("utf-16"), TEXT, "ar", "بغداد"),
        (html_page(ARABIC).encode("windows-1256"), HTML, "ar", "المفاوضات"),
        (html_page(FRENCH).encode("latin-1"), HTML, "fr", "négociations"),
        (html_page(FRENCH).encode("utf-16"), HTML, "fr", "États-Unis"),
        (html_page(ARABIC).encode("utf-16"), HTML, "ar", "بغداد"),
        (html_page(FRENCH).encode("utf-8"), HTML, "fr", "porte-parole"),
    ],
    ids=["txt-cp1256", "txt-latin1", "txt-utf16-fr", "txt-utf16-ar",
         "html-cp1256", "html-latin1", "html-utf16-fr", "html-utf16-ar", "html-utf8-fr"],
)
def test_legacy_and_bom_encodings_land_in_their_language(payload, input_format, language, needle):
    article = clean(payload, input_format)
    assert isinstance(article, Article), article
    assert article.language == language
    assert needle in article.body_text


@pytest.mark.parametrize(
    ("payload", "input_format", "reason"),
    [
        (b"", TEXT, RejectReason.EMPTY),
        (b" \n\t\r\n ", HTML, RejectReason.EMPTY),
        (" \n  ".encode("utf-16"), TEXT, RejectReason.EMPTY),
        (bytes(range(256)) * 16, TEXT, RejectReason.UNDECODABLE),
        (bytes(range(256)) * 16, HTML, RejectReason.UNDECODABLE),
        (bytes(range(1, 256)) * 16, HTML, RejectReason.UNDECODABLE),  # no NUL byte to give it away
        (bytes(range(1, 128)) * 40, TEXT, RejectReason.UNDECODABLE),  # valid UTF-8, all controls
        (b"\x89PNG\r\n\x1a\n" + bytes(range(1, 256)) * 8, HTML, RejectReason.UNDECODABLE),
        (b"<html><head><script>var story = 'not a story';</script></head><body><script>render()</script></body></html>",
         HTML, RejectReason.NO_MAIN_TEXT),
        (b"<html><body><nav><a href='/'>Home</a> | <a href='/world'>World</a> | <a href='/sport'>Sport</a></nav>"
         b"<footer>About us | Contact | Privacy</footer></body></html>", HTML, RejectReason.NO_MAIN_TEXT),
        # 24 one-letter words: enough words, but a body the warehouse's quality gate refuses.
        (b"A stub of a story\n" + b" ".join(bytes([c]) for c in b"abcdefghijklmnopqrstuvwx"), TEXT,
         RejectReason.NO_MAIN_TEXT),
        (b"Title of a long one\n" + b"word " * 400_001, TEXT, RejectReason.TOO_LARGE),
    ],
    ids=["empty", "whitespace-html", "whitespace-utf16", "binary-txt", "binary-html", "binary-html-no-nul",
         "control-chars-utf8", "png-as-html", "script-only", "navigation-only", "stub", "too-many-words"],
)
def test_hostile_payloads_are_rejected_with_the_reason(payload, input_format, reason):
    rejection = clean(payload, input_format)
    assert isinstance(rejection, Rejection), rejection
    assert rejection.reason == reason, rejection.detail
    assert rejection.raw_path == "/raw/sha"


@pytest.mark.parametrize("closed", [True, False], ids=["closed", "unclosed"])
def test_a_hundred_thousand_nested_divs_finish_without_recursion_error(closed):
    depth = 100_000
    page = "<html><body>" + "<div>" * depth + f"<p>{ENGLISH * 3}</p>" + ("</div>" * depth if closed else "")
    result = clean(page.encode(), HTML)
    if isinstance(result, Rejection):
        assert result.reason in (RejectReason.NO_MAIN_TEXT, RejectReason.UNDECODABLE)
    else:
        assert "council met on Tuesday" in result.body_text


@pytest.mark.parametrize(
    ("payload", "input_format", "verbatim"),
    [
        (f"Robert{SQL_INJECTION}\n{ENGLISH * 2}{SQL_INJECTION}".encode(), TEXT, SQL_INJECTION),
        (html_page(ENGLISH * 2 + "&lt;script&gt;alert('x')&lt;/script&gt; " + SQL_INJECTION).encode(), HTML,
         "<script>alert('x')</script> " + SQL_INJECTION),
        (f"{ENGLISH * 2}<script>alert(document.cookie)</script> <img src=x onerror=alert(1)>".encode(), TEXT,
         "<script>alert(document.cookie)</script> <img src=x onerror=alert(1)>"),
    ],
    ids=["sql-in-text", "escaped-script-in-html", "markup-in-text"],
)
def test_injection_looking_text_lands_verbatim(payload, input_format, verbatim):
    article = clean(payload, input_format)
    assert isinstance(article, Article), article
    assert verbatim in article.body_text


def test_a_real_script_element_is_not_article_text():
    page = html_page(ENGLISH * 2).replace("</article>", "<script>alert('owned')</script></article>")
    article = clean(page.encode(), HTML)
    assert "alert" not in article.body_text


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        ("date 2024-13-45 NEWS", None),  # impossible: used to raise ValueError and fail the batch
        ("date 1800-01-01", None),  # before the warehouse's plausible range
        ("date 2999-01-01", None),  # in the future
        ("date 2024-02-29", date(2024, 2, 29)),
    ],
)
def test_impossible_or_implausible_dates_land_without_a_date(first_line, expected):
    article = clean(f"{first_line}\nCouncil agrees a budget for roads\n{ENGLISH * 2}".encode())
    assert isinstance(article, Article), article
    assert article.published_date == expected


def test_a_future_published_in_line_is_dropped():
    article = clean(f"Council agrees a budget for roads\n{ENGLISH * 2}\nPublished in Dawn, March 3rd, 2999".encode())
    assert article.publisher == "Dawn" and article.published_date is None


@pytest.fixture
def kept(tmp_path) -> RawInput:
    payload = (ENGLISH * 3).encode()
    sha256, blob, size = keep_bytes(tmp_path / "raw", payload)
    return RawInput("/in/kept.txt", TEXT, sha256, str(blob), size)


def test_kept_bytes_are_read_back_and_cleaned(kept):
    assert isinstance(clean_kept_input(kept, NOW), Article)


def test_a_kept_blob_deleted_before_extract_is_unreadable(kept):
    Path(kept.raw_path).unlink()
    rejection = clean_kept_input(kept, NOW)
    assert rejection.reason == RejectReason.UNREADABLE
    assert "kept raw bytes cannot be read" in rejection.detail


def test_a_kept_blob_changed_before_extract_is_unreadable(kept):
    with open(kept.raw_path, "ab") as blob:
        blob.write(b" tampered")
    rejection = clean_kept_input(kept, NOW)
    assert rejection.reason == RejectReason.UNREADABLE
    assert rejection.detail == "kept raw bytes changed after discovery"
    assert hashlib.sha256(Path(kept.raw_path).read_bytes()).hexdigest() != kept.raw_sha256
