"""What a price or a discount in a shopping line measures.

Deal round-ups, reviews and launch stories state prices in a few fixed shapes; the parse hangs
the amount on a product's name or on nothing, so the measured thing is read from the shape:
- a former price in brackets or after a comma: "$199 (was $249)", "$79, originally $99",
  "(reg. $30)", "(list price $1,299)" -> price;
- an amount something is on sale or available for: "on sale for $49", "available now for $129"
  -> price, whatever noun the parse found;
- an amount a product is bought, sold or offered for: "get the tablet for $299", "selling the
  bundle for $399" -> price, when the parse names no noun or only a piece of the product's name
  ("AirPods Pro" -> "pro");
- an amount a shop asks or a product's name is listed for, in a line without a verb: "$199 at
  Amazon", "Pixel 9 for $499" -> price;
- a product's name as the subject of an amount: "the Echo Dot is now $25", "the Fitbit Charge
  is down to $99 from $149" -> price (a name is what is priced, not what is measured);
- an amount or a percentage taken off: "40% off the blender", "$50 off a new TV" -> discount.
Amounts of millions are deals, not shelf prices: a price rule takes only unscaled amounts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

# Words that introduce a former or list price: "(was $249)", "(reg. $30)", "(MSRP $1,299)".
FORMER_PRICE_WORDS = {"was", "were", "originally", "orig", "orig.", "reg", "reg.", "regularly",
                      "normally", "usually", "list", "msrp", "rrp", "retail", "typically"}
# Verbs and words whose "for $X" is what something costs.
BUYING_WORDS = {"get", "buy", "grab", "snag", "nab", "score", "pick", "sell", "order", "preorder",
                "pre-order", "find", "purchase", "offer", "list", "retail", "sale", "available",
                "go", "snap", "land", "own", "rent"}
MONEY_OPENERS = {"(", ",", "—", "–", "-", ";"}
SCALE_TOKENS = {"million", "billion", "trillion", "m", "bn", "b", "mn", "tn", "k"}
GLUED_SCALE_RE = re.compile(r"\d(?:k|m|mn|bn|b|tn|million|billion|trillion)$")


def _is_money(unit: str | None) -> bool:
    return unit is not None and len(unit) == 3 and unit.isupper()


def _scaled(low: Span) -> bool:
    doc = low.doc
    after = doc[low.end].lower_ if low.end < len(doc) else ""
    return after in SCALE_TOKENS or any(
        t.lower_ in SCALE_TOKENS or GLUED_SCALE_RE.search(t.lower_) for t in low)


def _former_price(low: Span) -> bool:
    """'(was $249)', ', originally $99', '(list price $1,299)'."""
    doc = low.doc
    i = low.start - 1
    if i >= 0 and doc[i].lower_ == "price":
        i -= 1  # "(list price $1,299)"
    words = 0
    if i > 0 and doc[i].text == "." and doc[i - 1].lower_ in FORMER_PRICE_WORDS:
        i -= 1  # "(reg. $30)": the abbreviation's full stop cut off
    while i >= 0 and doc[i].lower_ in FORMER_PRICE_WORDS and words < 2:
        i -= 1
        words += 1
    return words > 0 and i >= 0 and doc[i].text in MONEY_OPENERS


def _bought_for(low: Span) -> bool:
    """'get the tablet for $299', 'on sale for $49', 'available for $129'."""
    doc = low.doc
    i = low.start - 1
    if i < 0 or doc[i].lower_ != "for":
        return False
    if _on_offer(low):
        return True
    head = doc[i].head
    for _ in range(2):  # "on sale for": for -> sale; "picked it up for": for -> pick
        if head.lemma_.lower() in BUYING_WORDS or head.lower_ in BUYING_WORDS:
            return True
        head = head.head
    return False


def _on_offer(low: Span) -> bool:
    """'on sale for $49', 'available now for $129': whatever the parse hangs it on, a price."""
    doc = low.doc
    i = low.start - 1
    return i >= 0 and doc[i].lower_ == "for" and bool(
        {t.lower_ for t in doc[max(low.sent.start, i - 3) : i]} & {"sale", "available"})


def _at_a_shop(low: Span, unit_end: int) -> bool:
    """'$199 at Amazon', '$49.99 at Best Buy': an amount a shop asks, in a deal line."""
    doc = low.doc
    return unit_end + 1 < len(doc) and doc[unit_end].lower_ == "at" and (
        _capitalised(doc[unit_end + 1])
        and doc[unit_end + 1].ent_type_ not in {"DATE", "TIME", "GPE", "LOC", "FAC", "PERSON"})


def _named_for(low: Span) -> bool:
    """'Pixel 9 for $499': a product's name and its price, with no verb in the line."""
    doc = low.doc
    i = low.start - 1
    return i >= 0 and doc[i].lower_ == "for" and _capitalised(doc[i].head) and not any(
        t.pos_ in {"VERB", "AUX"} for t in low.sent)


def _names_a_product(noun: str, low: Span) -> bool:
    """The noun is a piece of a capitalised name in the sentence ('pro' of 'AirPods Pro')."""
    return any(_capitalised(t) and t.lower_ == noun and t.i not in range(low.start, low.end)
               for t in low.sent)


def _capitalised(token) -> bool:
    """A proper noun, or a capitalised word inside a sentence ('Pro' of 'AirPods Pro')."""
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.text[:1].isupper()
                                     and token.i != token.sent.start)


# What a market loses or a place's count shrinks by, not a price cut: "wiped 2% off the
# index", "knocked 8% off the company's shares", "shaved 10% off the town's population".
LOSS_VERBS = {"wipe", "shave", "slice", "lop", "erase"}
VALUE_WORDS = {"share", "stock", "value", "valuation", "index", "market", "bond", "currency", "lead",
               "population", "workforce", "forecast", "estimate", "gdp", "growth", "output", "earnings",
               "profit", "revenue", "capitalisation", "capitalization", "cap", "record", "high", "peak"}


def _taken_off(low: Span, unit_end: int) -> bool:
    """'40% off', '$50 off': an amount followed by 'off' (not a market's or a count's loss)."""
    doc = low.doc
    if not (unit_end < len(doc) and doc[unit_end].lower_ == "off" and (
            unit_end + 1 >= len(doc) or not doc[unit_end + 1].like_num)):
        return False
    head = low.root.head
    if head.lemma_.lower() in LOSS_VERBS or doc[unit_end].head.lemma_.lower() in LOSS_VERBS:
        return False
    objects = [t for t in doc[unit_end].children if t.dep_ == "pobj"]
    return not any(t.lemma_.lower() in VALUE_WORDS for t in objects)


def shopping_measure(low: Span, unit: str | None, unit_end: int, noun: str | None) -> str | None:
    """'price' or 'discount' when a shopping shape says so, else None (keep the parse's noun)."""
    if (unit == "percent" or _is_money(unit)) and _taken_off(low, unit_end) and (
            noun is None or _names_a_product(noun, low)):
        return "discount"
    if not _is_money(unit) or _scaled(low):
        return None
    if _former_price(low) and _names_before(low):
        return "price"
    if _on_offer(low):
        return "price"
    loose = noun is None or _names_a_product(noun, low)
    if loose and (_bought_for(low) or _at_a_shop(low, unit_end) or _named_for(low)):
        return "price"
    if noun is not None and _names_a_product(noun, low) and _product_subject(low, noun):
        return "price"
    return None


def _names_before(low: Span) -> bool:
    """A name that is no person's or place's stands before the amount ('the Lumina lamp is $39
    (was $59)'); 'the judge fined him $500 (was $250 ...)', 'rent is $1,200, usually $1,000'
    restate a fine or a rent, not a shelf price."""
    return any(_capitalised(t) and (t.head.pos_ == "NOUN" or t.ent_type_ not in {
        "PERSON", "GPE", "LOC", "NORP", "DATE", "TIME"})  # (a product's name the NER took for a person)
        for t in low.doc[: low.start])  # (the line, whose parse may end a sentence at "reg.")


def _product_subject(low: Span, noun: str) -> bool:
    """'the Echo Dot is now $25': the name is the subject of the clause the amount is in."""
    for token in low.sent:
        if token.lower_ == noun and _capitalised(token) and token.dep_ in {"nsubj", "nsubjpass"}:
            return token.ent_type_ not in {"PERSON", "GPE", "LOC", "NORP"}
    return False
