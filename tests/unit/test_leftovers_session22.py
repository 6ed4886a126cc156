"""Session 22's leftovers: --sets without --unseen, retrospective and shouted datelines, data files
named .html, EDGAR submissions of several documents, and footnote marks glued after a full stop."""

from __future__ import annotations

import textwrap
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from newsfacts.clean import clean_input
from newsfacts.evaluation.__main__ import main as evaluation_main
from newsfacts.records import Article, InputFormat, RawInput, Rejection, RejectReason

NOW = datetime(2026, 1, 5, tzinfo=UTC)


def _clean_html(payload: bytes) -> Article | Rejection:
    return clean_input(RawInput("/in/page.html", InputFormat.HTML, "sha", "/raw/sha", len(payload)), payload, NOW)

# evaluation/__main__.py: --sets means something with --unseen only


def test_sets_without_unseen_is_an_argparse_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        evaluation_main(["--sets", "S"])
    assert exit_info.value.code == 2
    assert "--sets selects sets of the unseen labels: it needs --unseen" in capsys.readouterr().err


def test_sets_naming_no_set_is_an_argparse_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        evaluation_main(["--unseen", str(tmp_path), "--sets", " , "])
    assert exit_info.value.code == 2
    assert "names no set" in capsys.readouterr().err


def test_sets_matching_no_labelled_page_says_which_sets_exist(tmp_path: Path) -> None:
    # B is a set name (A..Z, AA...) that no labelled page belongs to.
    with pytest.raises(SystemExit, match=r"no labelled unseen page is in these sets \(the sets are H, I, "):
        evaluation_main(["--unseen", str(tmp_path), "--sets", "B"])


def test_sets_with_digits_name_no_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        evaluation_main(["--unseen", str(tmp_path), "--sets", "9"])
    assert exit_info.value.code == 2
    assert "names no set" in capsys.readouterr().err


# clean/dateline.py: a retrospective dateline dates the event, not the page; shouted months are read

RELEASE = ("Harbour Tools reports record quarter\n"
           "{dateline} Harbour Tools Ltd. today reported revenue of $41 million for the quarter.\n"
           "{more}")


@pytest.mark.parametrize(("dateline", "more", "expected"), [
    # must take the dateline's date
    ("DUBLIN, JULY 2, 2014 —", "", date(2014, 7, 2)),
    ("OSLO, 4 SEPTEMBER 2019 —", "", date(2019, 9, 4)),
    ("Dublin, July 2, 2014 —", "The company will host a call on July 3, 2014.", date(2014, 7, 2)),
    ("AUSTIN, Texas, March 3, 2020 /PRNewswire/ --",
     "The 4.5% notes due March 15, 2030 were placed with investors.", date(2020, 3, 3)),
    ("AUSTIN, March 3, 2020 —", "The offer expires on May 1, 2023, unless extended.", date(2020, 3, 3)),
    ("AUSTIN, March 3, 2020 —", "Sales rose from $30 million on March 3, 2019. © 2020 Harbour Tools.",
     date(2020, 3, 3)),
    ("AUSTIN, March 3, 2020 —", "An update was posted on April 20, 2020.", date(2020, 3, 3)),
    # must not: the page's own text was written later than its dateline
    ("BERLIN, Nov. 9, 1989 —", "Thirty years on, on Nov. 9, 2019, the city marked the anniversary.", None),
    ("BERLIN, NOV. 9, 1989 —", "Crowds gathered at the wall.\nCopyright 2019 Harbour Media.", None),
    ("BERLIN, 9 November 1989 —", "The wall opened. © 2014 Harbour Media", None),
    ("PARIS, May 10, 1981 —", "She recalled the night in an interview on 2 June 2021.", None),
])
def test_a_dateline_dates_the_page_unless_the_page_was_written_later(
        dateline: str, more: str, expected: date | None) -> None:
    from newsfacts.clean.dateline import dateline_date

    assert dateline_date(RELEASE.format(dateline=dateline, more=more)) == expected


def test_a_retrospective_page_with_no_date_in_its_markup_lands_undated() -> None:
    body = ("<p>BERLIN, Nov. 9, 1989 — The border guards opened the gates after a confused news "
            "conference, and thousands of people crossed the bridge at Bornholmer Strasse that night.</p>"
            "<p>On Nov. 9, 2019, thirty years later, the city marked the anniversary with a festival "
            "of lights along the former border strip and speeches by former residents.</p>")
    result = _clean_html(f"<html><head><title>The night the wall opened</title></head><body><article>{body}"
                         "</article></body></html>".encode())
    assert isinstance(result, Article) and result.published_date is None and result.published_date_source is None


def test_a_release_with_a_shouted_dateline_is_dated_by_it() -> None:
    body = ("<p>DUBLIN, JULY 2, 2014 — Harbour Tools Ltd. today announced the opening of a new plant in "
            "Cork that will employ 200 people, the company said in a statement to shareholders.</p>"
            "<p>The plant is expected to open in 2015 and will make hand tools for the European market.</p>")
    result = _clean_html(f"<html><head><title>Harbour Tools opens a plant</title></head><body><article>{body}"
                         "</article></body></html>".encode())
    assert isinstance(result, Article) and result.published_date == date(2014, 7, 2)
    assert result.published_date_source == "dateline"


# clean/dateline.py: in an EDGAR submission of several documents, the press release is the EX-99 exhibit

def _edgar_document(kind: str, text: str, html: bool = True) -> str:
    inner = f"<html><body><p>{text}</p></body></html>" if html else text
    return (f"<DOCUMENT>\n<TYPE>{kind}\n<SEQUENCE>1\n<FILENAME>{kind.lower()}.htm\n"
            f"<TEXT>\n{inner}\n</TEXT>\n</DOCUMENT>\n")


def _submission(*documents: str) -> bytes:
    header = "<SEC-HEADER>ACCESSION NUMBER: 0000000000-14-000001\nCONFORMED SUBMISSION TYPE: 8-K\n</SEC-HEADER>\n"
    return f"<SEC-DOCUMENT>0000000000-14-000001.txt\n{header}{''.join(documents)}</SEC-DOCUMENT>\n".encode()


FORM = "Item 2.02 Results of Operations. See Exhibit 99.1."
PRESS = "DUBLIN, July 2, 2014 — Harbour Tools today reported record revenue."
LETTER = "Dear shareholders, the year was a good one."


@pytest.mark.parametrize(("payload", "expected"), [
    (_submission(_edgar_document("8-K", FORM), _edgar_document("EX-99.1", PRESS)), PRESS),
    (_submission(_edgar_document("8-K", FORM), _edgar_document("EX-10.1", LETTER),
                 _edgar_document("ex-99", PRESS)), PRESS),
    (_submission(_edgar_document("8-K", FORM), _edgar_document("EX-99.1", PRESS),
                 _edgar_document("EX-99.2", LETTER)), PRESS),
    (_submission(_edgar_document("8-K", FORM, html=False), _edgar_document("EX-10.1", LETTER)), LETTER),
    (_submission(_edgar_document("EX-99.1", PRESS, html=False), _edgar_document("8-K", FORM)), FORM),
    (_edgar_document("EX-99.1", PRESS).encode(), PRESS),  # one document, as before
])
def test_an_edgar_submission_reads_its_press_release(payload: bytes, expected: str) -> None:
    from newsfacts.clean.dateline import edgar_document

    assert edgar_document(payload) == f"<html><body><p>{expected}</p></body></html>".encode()


@pytest.mark.parametrize("payload", [
    b"<html><body><p>Not wrapped.</p></body></html>",
    _submission(_edgar_document("EX-99.1", PRESS, html=False)),  # no HTML in any document
])
def test_what_holds_no_wrapped_html_is_left_alone(payload: bytes) -> None:
    from newsfacts.clean.dateline import edgar_document

    assert edgar_document(payload) == payload


# clean/__init__.py: a data file named .html with no markup stays not_html; markup-free prose lands

HARVEST_ROWS = [f"{2000 + i},Valley {i},{1200 + 37 * i},{3.5 + i / 10:.1f},apples" for i in range(12)]
CSV_TEXT = "year,orchard,tonnes,price,crop\n" + "\n".join(HARVEST_ROWS) + "\n"
SEMICOLONS = "\n".join(row.replace(",", ";") for row in ["year,orchard,tonnes,price,crop", *HARVEST_ROWS])
TABS = "\n".join(row.replace(",", "\t") for row in ["year,orchard,tonnes,price,crop", *HARVEST_ROWS])
PAIRS = "\n".join(f"Valley orchard number {i},{1200 + 37 * i}" for i in range(20))
APP_LOG = "\n".join(f"2024-05-{i + 1:02d} 12:00:{i:02d},512 INFO harvest.sync Synced orchard {i} with the "
                    "regional market and wrote the apple harvest totals to the store." for i in range(15))
SYSLOG = "\n".join(f"May  {i + 1} 04:1{i % 10}:22 orchard-host cron[{900 + i}]: (root) CMD (run the apple "
                   "harvest report for the valley growers and mail it)" for i in range(9))
ACCESS_LOG = "\n".join(f'10.0.0.{i} - - [01/May/2024:12:00:{i:02d} +0000] "GET /orchards/{i}/harvest HTTP/1.1" '
                       f"200 {5120 + i}" for i in range(10))
BRACKETED_LOG = "\n".join(f"[2024-05-01T12:00:{i:02d}Z] worker {i} finished reading the orchard feed, "
                          "which listed record harvests." for i in range(8))
JAVA_LOG = "\n".join(f"2024-05-01 12:00:{i:02d} ERROR harvest.sync Failed to sync orchard {i}\n"
                     "java.io.IOException: the market feed closed the connection\n"
                     "\tat harvest.sync.Feed.read(Feed.java:42)" for i in range(6))
QUOTED_CSV = "\n".join(f'{i},"Valley {i}","Growers in valley {i} report a record harvest."' for i in range(8))
PROSE_PARAGRAPHS = [
    "Growers across the valley reported a record apple harvest this autumn, the regional cooperative said.",
    "Pickers worked through October, and prices at the market held steady despite the larger crop.",
    "The cooperative hired 40 more pickers than last year to bring the fruit in before the first frost.",
    "Smaller farms, which sell most of their apples at roadside stands, said demand had never been higher.",
    "A spokeswoman for the cooperative said the cold storage at the depot was full by the middle of the month.",
    "Growers now plan to plant new orchards on the hillside, where the soil drains well after heavy rain.",
]
PROSE = "Valley growers report a record apple harvest\n\n" + "\n\n".join(PROSE_PARAGRAPHS) + "\n"
# Prose wrapped at a fixed width, one comma or none a line, and paragraphs of one comma each.
WRAPPED_PROSE = "\n".join(textwrap.wrap(" ".join(PROSE_PARAGRAPHS * 2), 72)) + "\n"
ONE_COMMA_PROSE = "\n".join(
    f"In village {word}, growers said the apple harvest was the largest they could remember."
    for word in ("North", "South", "East", "West", "Upper", "Lower", "Middle")) + "\n"
TABBED_PROSE = "\n".join(f"\t{p}" for p in PROSE_PARAGRAPHS) + "\n"
TWO_COMMA_PROSE = "\n".join(
    f"In village {word}, the growers said, the apple harvest was the largest they could remember."
    for word in ("North", "South", "East", "West", "Upper", "Lower")) + "\n"
TIMED_PROSE = ("Valley growers report a record apple harvest\n"
               "12:05:00 The first trucks reached the depot before dawn, loaded with apples.\n"
               + "\n".join(PROSE_PARAGRAPHS) + "\n")


@pytest.mark.parametrize(("text", "reason"), [
    (CSV_TEXT, "delimited data"),
    (SEMICOLONS, "delimited data"),
    (TABS, "delimited data"),
    (PAIRS, "delimited data"),
    (APP_LOG, "a log"),
    (SYSLOG, "a log"),
    (ACCESS_LOG, "a log"),
    (BRACKETED_LOG, "a log"),
    (JAVA_LOG, "a log"),
    (QUOTED_CSV, "delimited data"),
])
def test_markup_free_data_named_html_stays_not_html(text: str, reason: str) -> None:
    result = _clean_html(text.encode())
    assert isinstance(result, Rejection) and result.reason == RejectReason.NOT_HTML, result
    assert reason in result.detail and "no HTML markup" in result.detail


@pytest.mark.parametrize("text", [PROSE, WRAPPED_PROSE, ONE_COMMA_PROSE, TABBED_PROSE, TWO_COMMA_PROSE, TIMED_PROSE])
def test_markup_free_prose_named_html_still_lands(text: str) -> None:
    result = _clean_html(text.encode())
    assert isinstance(result, Article), result
    assert "record apple harvest" in result.body_text or "apple harvest" in result.body_text


# extract/nlp.py: a footnote mark glued after a full stop ends the sentence and joins neither

@pytest.mark.parametrize(("line", "expected"), [
    # must split, the mark in neither sentence
    ("The fever is fatal in over 80% of patients.1,2 Transplants are used in 300 clinics.",
     ["The fever is fatal in over 80% of patients.", "Transplants are used in 300 clinics."]),
    ("Sales rose 12% as reported.3 The company hired 40 people.",
     ["Sales rose 12% as reported.", "The company hired 40 people."]),
    ("The dose was halved in trials.1-3 Doctors saw 25 fewer cases.",
     ["The dose was halved in trials.", "Doctors saw 25 fewer cases."]),
    ("The dose was halved in trials.¹ Doctors saw 25 fewer cases.",
     ["The dose was halved in trials.", "Doctors saw 25 fewer cases."]),
    ("Exports fell by a third.[12] In March they rose 4%.",
     ["Exports fell by a third.", "In March they rose 4%."]),
    ("Cases fell to 4%.2 HSCT centres reported 18 more.",
     ["Cases fell to 4%.", "HSCT centres reported 18 more."]),
    ("Growth slowed (see the annex).7 \u201cWe expected it,\u201d she said.",
     ["Growth slowed (see the annex).", "\u201cWe expected it,\u201d she said."]),
    ("Up to 15% of patients develop the disease.2,5,6", ["Up to 15% of patients develop the disease."]),
    ("Up to 15% of patients develop the disease.[7] ", ["Up to 15% of patients develop the disease."]),
    # must not split
    ("The band hit No.1 Spot in the charts with 3 songs.", ["The band hit No.1 Spot in the charts with 3 songs."]),
    ("Prices in the U.S.1 Market rose 5%.", ["Prices in the U.S.1 Market rose 5%."]),
    ("Output grew 3.5 Percent in the quarter.", ["Output grew 3.5 Percent in the quarter."]),
    ("The index rose in 2019.4 The rise was small.", ["The index rose in 2019.4 The rise was small."]),
    ("He saw version.2 of the plan on 3 screens.", ["He saw version.2 of the plan on 3 screens."]),
    ("The trial enrolled patients.1234 New sites opened.", ["The trial enrolled patients.1234 New sites opened."]),
    ("Dr.2 Smith said 40 beds were free.", ["Dr.2 Smith said 40 beds were free."]),
    ("The rise is plotted in fig.2 Sales fell 3%.", ["The rise is plotted in fig.2 Sales fell 3%."]),
    ("The court cited art.5 Rights of 20 tenants.", ["The court cited art.5 Rights of 20 tenants."]),
    ("The growth rate was 2.5", ["The growth rate was 2.5"]),
    ("The chart is in fig.3", ["The chart is in fig.3"]),
])
def test_a_footnote_mark_after_a_full_stop_ends_the_sentence(line: str, expected: list[str]) -> None:
    from newsfacts.extract.nlp import split_chunks

    body = f"Headline words stand here\n{line}\n"
    assert [body[c.char_start:c.char_end] for c in split_chunks(body)][1:] == expected


def test_the_footnote_digits_join_no_figure() -> None:
    from newsfacts.extract.nlp import split_chunks

    body = "Headline words stand here\nThe fever is fatal in over 80% of patients.1,2 Transplants cost $300,000 each.\n"
    texts = [body[c.char_start:c.char_end] for c in split_chunks(body)]
    assert not any("1,2" in text for text in texts)


@pytest.mark.parametrize(("sentence", "kept", "not_figures"), [
    ("The fever is fatal in over 80% of patients.1,2 Transplants are offered in 300 clinics.",
     {"over 80%", "300"}, {"1,2", "2", "1"}),
    ("The plant cut its water use by a third, as reported.3 The company hired 40 people in May.",
     {"40"}, {"3"}),
])
def test_footnote_marks_are_no_figures(sentence: str, kept: set[str], not_figures: set[str]) -> None:
    from tests.unit.test_extract_figures import figures_of

    texts = {f.text for f in figures_of(sentence)}
    assert kept <= texts and not texts & not_figures, texts
