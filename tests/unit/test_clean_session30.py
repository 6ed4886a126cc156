"""Cleaner, session 30: an image-led pop-up note card set inside a paragraph (a gloss shown on
hover) is no body text, and an editor's embed placeholder line ("[Embed]") is furniture.
Footnote markers, inline links and images, and printed footnotes after the article stay."""

from __future__ import annotations

from newsfacts.clean.html import clean_html_document, without_furniture
from newsfacts.clean.metadata import load_tree
from newsfacts.clean.popup_notes import remove_popup_notes

FILLER = ("<p>The ferry company said on Tuesday that its older boats would stay in service through the "
          "winter while the new hulls were fitted out at the yard, and the harbour board agreed.</p>"
          "<p>Passengers were told to expect delays on the northern routes until the spring, when the "
          "first of the new boats is due to sail, the company said in a statement.</p>")


def _page(paragraphs: str) -> str:
    return ("<html><head><title>Ferries stay in service</title></head><body><article>"
            "<h1>Ferries stay in service</h1>" + paragraphs + FILLER + "</article></body></html>")


def _body(paragraphs: str) -> str:
    return clean_html_document(_page(paragraphs)).body_text


CARD = ("<span class='gloss-link'>the old ferry<span class='footnote'><img src='thumb.jpg'>"
        "Built in 1971, the old ferry carried 400 cars a day until it was retired.</span></span>")


def test_an_image_led_note_card_inside_a_paragraph_is_no_body_text() -> None:
    body = _body(f"<p>Many islanders still talk about {CARD} with affection, said the harbour master, "
                 "who worked on the boats for thirty years.</p>")
    assert "Built in 1971" not in body
    assert "talk about the old ferry with affection" in body


def test_a_tooltip_card_by_role_goes_and_its_phrase_stays() -> None:
    card = ("<a href='/people/mayor'>the mayor</a><span role='tooltip'><picture><img src='m.jpg'></picture>"
            "Elected in 2019, she leads a council of 12 members.</span>")
    body = _body(f"<p>Residents cheered {card} when she opened the new pier on the east side of the bay.</p>")
    assert "Elected in 2019" not in body
    assert "Residents cheered the mayor when she opened" in body


def test_a_card_of_the_same_kind_without_an_image_goes_too() -> None:
    plain = ("<span class='gloss-link'>the strike<span class='footnote'>In the spring of 1984, "
             "crews stopped work for six weeks.</span></span>")
    body = _body(f"<p>Many islanders still talk about {CARD} with affection, said the harbour master.</p>"
                 f"<p>Older crew members also remember {plain} as the hardest time of their working lives.</p>")
    assert "six weeks" not in body and "1984" not in body
    assert "remember the strike as the hardest time" in body


def test_a_footnote_marker_and_printed_footnotes_stay() -> None:
    body = _body("<p>The yard's bill came to more than expected, the auditors found.<sup class='footnote'>"
                 "<a href='#fn1'>1</a></sup> The board will meet again in March to settle the matter.</p>"
                 "<p class='footnote'>1. The figure includes the cost of the new engines and the crew's training.</p>")
    assert "the auditors found.1 The board will meet" in body
    assert "1. The figure includes the cost of the new engines" in body


def test_a_note_without_any_image_on_the_page_stays() -> None:
    # a footnote printed inline (no image card on the page): the page's own words, kept
    body = _body("<p>The yard had been sold twice before <span class='footnote'>(once in 1990 and again in "
                 "2004)</span> and the new owners promised to keep every job on the slipways.</p>")
    assert "once in 1990 and again in 2004" in body


def test_an_image_in_a_paragraph_that_is_no_note_stays() -> None:
    body = _body("<p>The captain <span class='inline-photo'><img src='c.jpg'>Captain Ruth Hale</span> "
                 "said the crossing had never been calmer in all her years at sea.</p>")
    assert "Captain Ruth Hale" in body


def test_a_marked_card_that_is_the_whole_paragraph_stays() -> None:
    tree = load_tree("<html><body><p><span class='popup'><img src='a.jpg'>A long caption of the harbour at "
                     "dawn, taken from the hill above the old town.</span></p></body></html>")
    assert remove_popup_notes(tree) == 0


def test_the_tail_after_a_card_is_kept_in_place() -> None:
    tree = load_tree("<html><body><p>Ferries sailed <span class='tooltip'><img src='a.jpg'>A gloss on the "
                     "routes.</span>twice a day from the north pier, and three times on market days in summer."
                     "</p></body></html>")
    assert remove_popup_notes(tree) == 1
    assert " ".join(tree.find(".//p").text_content().split()) == (
        "Ferries sailed twice a day from the north pier, and three times on market days in summer.")


def test_an_embed_placeholder_line_is_furniture() -> None:
    assert without_furniture("The crew cheered.\n[Embed]\nThen the boat left.") == "The crew cheered.\nThen the boat left."
    assert without_furniture("[embedded content]\nThe boat left.") == "The boat left."


def test_bracketed_words_in_a_sentence_stay() -> None:
    text = "The skipper said [the harbour] was full.\n[Editor's note: updated with the council's reply.]"
    assert without_furniture(text) == text
    assert without_furniture("[Embed] shows the crossing, the skipper said.") == (
        "[Embed] shows the crossing, the skipper said.")
