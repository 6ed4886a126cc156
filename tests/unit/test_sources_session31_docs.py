"""Session 31, documents, outlets and pages as sources, and speakers the cleaner hides: made-up news."""

from __future__ import annotations

import lxml.html

from newsfacts.clean.credits import keep_speaker_headings
from tests.factories import citations_of


def _cited(body: str) -> set[tuple[str, str]]:
    return {(c.canonical_name, c.source_type) for c in citations_of(body)}


# A panel of views names each speaker in a paragraph of their own, a link to their page, and
# quotes them in the next: the cleaner keeps the name, the extractor reads it as the speaker.

def _panel(name_markup: str, next_markup: str) -> str:
    return f"<div><p>Six designers told us what they wear.</p>{name_markup}{next_markup}</div>"


def test_a_linked_name_heading_a_labelled_quotation_is_unwrapped() -> None:
    tree = lxml.html.fromstring(_panel("<div><a href='/x'><strong>Ann Kessler</strong></a></div>",
                                       "<div><strong>The answer: </strong>“I wear black every day.”</div>"))
    assert keep_speaker_headings(tree) == 1
    assert not tree.xpath("//a")


def test_a_linked_name_heading_a_quotation_after_an_ad_marker_is_unwrapped() -> None:
    tree = lxml.html.fromstring(_panel("<p><a href='/x'>Ann Kessler</a></p><div><span>Advertisement</span></div>",
                                       "<p>“I wear black every day, and I always have.”</p>"))
    assert keep_speaker_headings(tree) == 1


def test_links_that_head_no_quotation_or_hold_more_than_a_name_stay() -> None:
    plain = _panel("<p><a href='/x'>Ann Kessler</a></p>", "<p>She has designed shoes since 1999.</p>")
    inside = _panel("<p>Read more from <a href='/x'>Ann Kessler</a></p>", "<p>“I wear black every day.”</p>")
    menu = _panel("<p><a href='/x'>Latest news and opinion today</a></p>", "<p>“I wear black every day.”</p>")
    for markup in (plain, inside, menu):
        tree = lxml.html.fromstring(markup)
        assert keep_speaker_headings(tree) == 0
        assert tree.xpath("//a")


def test_a_name_line_over_a_labelled_quotation_is_its_speaker() -> None:
    body = ("We asked three artists what their shirts say.\n"
            "Maria Delgado\n"
            "The message: \"I paint what I cannot say out loud, and this shirt is one of those things.\"\n"
            "The styling tip: Wear it under a blazer.\n"
            "Thomas Whitfield\n"
            "“My grandmother taught me to draw, and every shirt I make is for her.”\n")
    cited = _cited(body)
    assert ("Maria Delgado", "person") in cited
    assert ("Thomas Whitfield", "person") in cited


def test_a_name_line_over_a_quotation_after_an_ad_marker_is_its_speaker() -> None:
    body = ("We asked readers how they get to work.\n"
            "Maria Delgado\n"
            "Advertisement\n"
            "“I take the number 12 bus, and it is late almost every single morning.”\n")
    assert ("Maria Delgado", "person") in _cited(body)


def test_a_heading_line_that_is_no_person_names_no_speaker() -> None:
    body = ("The council met on Tuesday.\n"
            "Climate Change\n"
            "“We will plant ten thousand trees by the end of next year,” the mayor said.\n")
    assert not any(name == "Climate Change" for name, _ in _cited(body))


def test_a_name_line_over_plain_text_or_a_short_quotation_names_no_speaker() -> None:
    plain = ("Maria Delgado\n"
             "The designer opened her first shop in 2004 and now runs three.\n")
    short = ("Maria Delgado\n"
             "“Hello.”\n")
    for body in (plain, short):
        assert not any(name == "Maria Delgado" for name, _ in _cited(body))


def test_the_authors_own_name_line_names_no_speaker() -> None:
    from dataclasses import replace

    from newsfacts.extract.citations import extract_citations
    from newsfacts.extract.nlp import parse_articles
    from tests.factories import make_article

    article = replace(make_article("Maria Delgado\n“I took the bus to work every day for ten years and "
                                   "never once missed it.”\n"), author="Maria Delgado")
    (parsed,) = parse_articles([article])
    assert not any(c.canonical_name == "Maria Delgado" for c in extract_citations(parsed))


# A writing's title in quotation marks set beside it is no speaker: the writing speaks, and a
# book named again speaks for its author named with it before.

def test_a_biographys_quoted_title_is_no_speaker_the_author_is() -> None:
    body = ("In 1950, journalist Ann Ruiz wrote a biography about the singer, who had been a friend. "
            "The biography, “Quiet Genius,” concludes that he was lonely at the end.")
    cited = _cited(body)
    assert ("Ann Ruiz", "person") in cited
    assert not any("Genius" in name for name, _ in cited)


def test_a_reports_quoted_title_is_no_speaker() -> None:
    cited = _cited("The report, “Rising Tides,” warns that the coast will flood.")
    assert not any("Tides" in name for name, _ in cited)


def test_a_named_body_set_beside_its_kind_still_speaks() -> None:
    assert ("Harbor Policy Institute", "organization") in _cited(
        "The think tank, Harbor Policy Institute, warns that the coast will flood.")


def test_a_writer_named_beside_a_bare_noun_is_still_the_speaker() -> None:
    assert ("Ann Ruiz", "person") in _cited("The author, Ann Ruiz, concludes that he was lonely at the end.")


# A paper the writer saw or was shown is cited as a document: what the writer reports from it
# rests on it.

def test_a_check_the_writer_viewed_is_a_document_source() -> None:
    assert ("check", "document") in _cited("The check, which I viewed, was signed by the company's lawyer.")


def test_documents_someone_showed_the_writer_are_a_document_source() -> None:
    cited = _cited("The settlement papers, which Ruiz also showed me, were signed by the three executives.")
    assert ("settlement papers", "document") in cited


def test_emails_the_writers_reviewed_are_a_document_source() -> None:
    assert ("emails", "document") in _cited("The emails, which we have reviewed, were sent by the mayor's aide.")


def test_a_thing_the_writer_viewed_that_is_no_paper_is_no_source() -> None:
    assert not any(kind == "document" for _, kind in _cited("The house, which I viewed, was built in 1920."))


def test_a_paper_the_writer_never_saw_is_no_source() -> None:
    assert not any(kind == "document" for _, kind in _cited("The letter, which I never saw, was burned in 1990."))


def test_a_paper_someone_else_viewed_is_no_document_of_the_writer() -> None:
    assert not any(kind == "document" for _, kind in _cited(
        "The contract, which the mayor read twice, was signed in May."))


def test_a_paper_the_writer_hopes_to_see_is_no_source() -> None:
    assert not any(kind == "document" for _, kind in _cited(
        "The report, which I will read next week, was written by the council."))


# Outlets whose names carry no newspaper word; an adverb set off by commas after a speaker is the
# verb's, not part of the name.

def test_an_aggregator_that_published_a_draft_is_an_outlet_source() -> None:
    assert ("Drudge", "media_outlet") in _cited(
        "The lawyer mistakenly emailed a draft of the deal, which Drudge, briefly, published instead.")


def test_a_site_without_a_newspaper_word_reports_as_an_outlet() -> None:
    assert ("The Huffington Post", "media_outlet") in _cited(
        "The senator will retire next year, the Huffington Post reported on Monday.")


def test_an_adverb_set_off_after_a_named_speaker_is_not_its_name() -> None:
    cited = _cited("The board, however, said the plant would stay open, and Acme, briefly, denied it.")
    assert not any("however" in name or "briefly" in name for name, _ in cited)


def test_an_outlet_name_as_a_plain_word_is_no_outlet() -> None:
    assert not any(kind == "media_outlet" for _, kind in _cited(
        "The national review of school meals found that portions were too small."))


# A post by another name ("a status update that said ...") cites its unknown author.

def test_a_status_update_that_said_is_an_anonymous_source() -> None:
    assert ("status update", "anonymous") in _cited(
        "Recently I saw a status update that said the city was running out of money.")


def test_a_software_update_that_adds_features_is_no_source() -> None:
    assert not any("update" in name for name, _ in _cited(
        "The software update adds three new features and fixes a battery bug."))


def test_an_update_someone_will_post_is_no_source() -> None:
    assert not any("update" in name for name, _ in _cited(
        "The team will post an update on Friday that will say whether the launch goes ahead."))


# The body a message comes from speaks when the sentence states the message.

def test_the_message_from_a_body_stated_after_a_colon_cites_the_body() -> None:
    assert ("White House", "government_body") in _cited(
        "The message from the White House was clear: the tariffs will stay until the talks resume.")


def test_the_signal_from_a_bank_stated_in_a_that_clause_cites_the_bank() -> None:
    cited = _cited("The signal from the central bank is that rates will stay high through the winter.")
    assert any("central bank" in name for name, _ in cited)


def test_a_message_that_is_only_read_or_late_cites_no_one() -> None:
    for body in ("He read a message from his mother on the train to Leeds.",
                 "The message from the White House was late by two hours.",
                 "A message from the mayor arrived on Tuesday: the pool is closed."):
        assert not _cited(body), body


# In a panel of named speakers, a heading the recogniser reads as a firm's name still names a
# speaker when its words are in the first person singular.

_PANEL = ("We asked three artists what their shirts say.\n"
          "Maria Delgado\n"
          "The message: \"I paint what I cannot say out loud, and this shirt is one of those things.\"\n"
          "Thomas Whitfield\n"
          "“My grandmother taught me to draw, and every shirt I make is for her.”\n")


def test_a_heading_read_as_a_firm_in_a_panel_over_first_person_words_is_a_speaker() -> None:
    cited = _cited(_PANEL + "Odile Vexhaus\nThe message: \"I drew this one on a train, and I like how rough it looks.\"\n")
    assert ("Odile Vexhaus", "person") in cited


def test_a_heading_read_as_a_firm_alone_is_no_speaker() -> None:
    cited = _cited("Odile Vexhaus\nThe message: \"I drew this one on a train, and I like how rough it looks.\"\n")
    assert not any(name == "Odile Vexhaus" for name, _ in cited)


def test_a_firm_heading_in_a_panel_speaking_as_we_is_no_person() -> None:
    cited = _cited(_PANEL + "Odile Vexhaus\nThe message: \"We print every shirt in our own shop in Lyon.\"\n")
    assert ("Odile Vexhaus", "person") not in cited
