"""Check gold label files against the rules in README.md: python tests/gold/validate.py [FILE...]."""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

GOLD = Path(__file__).resolve().parent
GROUND_TRUTH = GOLD.parents[2] / "shared" / "corpus" / "aeb" / "ground-truth.json"
EVENT_TYPES = {
    "statement", "economic_release", "business", "election_vote", "legal_judicial", "crime",
    "armed_conflict", "protest", "disaster_accident", "health", "agreement", "meeting",
    "policy_decision", "appointment_resignation", "military_movement", "sport", "science",
    "culture_entertainment", "other",
}
SOURCE_TYPES = {"news_agency", "media_outlet", "government_body", "organization", "official",
                "person", "anonymous", "document"}
PRECISIONS = {"day", "week", "month", "quarter", "year", "decade"}


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


OWN_PAGES = GOLD / "languages" / "pages"


def own_page_body(page: str) -> str:
    """The article text of a page written for the project (languages/pages/): its paragraphs."""
    import lxml.html

    path = OWN_PAGES / f"{page}.html"
    if not path.is_file():
        return ""
    tree = lxml.html.fromstring(path.read_bytes())
    return "\n".join(p.text_content() for p in tree.xpath("//article//p"))


UNSEEN_PAGES = GOLD.parents[1] / "data" / "unseen"


def unseen_page_text(page: str) -> str | None:
    """The text of an unseen page (sets H, I), if `make unseen-pages` has fetched it; else None."""
    import lxml.html

    path = UNSEEN_PAGES / f"{page}.html"
    if not path.is_file():
        return None
    return lxml.html.fromstring(path.read_bytes(), parser=lxml.html.HTMLParser(encoding="utf-8")).text_content()


def _place_problems(label: dict, body: str) -> list[str]:
    """Rules of places/ labels: the name is in the body, and it has a place id or a point."""
    found = []
    for i, place in enumerate(label.get("places", [])):
        if _squash(place.get("text", "")) not in body:
            found.append(f"places[{i}] text not in articleBody: {place.get('text')!r}")
        if place.get("kind") not in {"place", "demonym"}:
            found.append(f"places[{i}] kind {place.get('kind')!r} unknown")
        if place.get("place_id") is None and place.get("latitude") is None:
            found.append(f"places[{i}] has neither a place id nor a point")
    return found


def problems_of(path: Path, bodies: dict[str, str]) -> list[str]:
    """Every rule a label file breaks, as readable lines."""
    label = json.loads(path.read_text())
    found: list[str] = []
    page = label.get("page")
    if page != path.stem:
        found.append(f"page {page!r} is not the file name {path.stem!r}")
    if path.parent.name == "metadata":
        if label.get("published_date"):
            date.fromisoformat(label["published_date"])
        if not isinstance(label.get("authors"), list):
            found.append("authors must be a list")
        return found
    unseen = path.parent.parent.name == "unseen"
    # Unseen pages stay out of the repo: their quotes are checked once the pages are fetched.
    text = unseen_page_text(page) if unseen else bodies.get(page) or own_page_body(page)
    body = _squash(text) if text is not None else None
    if path.parent.name == "places":
        return found + _place_problems(label, body)
    if label.get("published_date") is not None:  # a page that states no date (set K's campaign page)
        date.fromisoformat(label["published_date"])
    for kind in ("figures", "sources", "events"):
        for i, item in enumerate(label.get(kind, [])):
            quote = item.get("quote", "")
            if body is not None and _squash(quote) not in body:
                found.append(f"{kind}[{i}] quote not in articleBody: {quote!r}")
    for i, fig in enumerate(label.get("figures", [])):
        if not isinstance(fig.get("value"), int | float):
            found.append(f"figures[{i}] value is not a number")
        if fig.get("text") and _squash(fig["text"]) not in _squash(fig.get("quote", "")):
            found.append(f"figures[{i}] text not inside its quote")
    for i, src in enumerate(label.get("sources", [])):
        if src.get("type") not in SOURCE_TYPES:
            found.append(f"sources[{i}] type {src.get('type')!r} unknown")
    for i, event in enumerate(label.get("events", [])):
        date.fromisoformat(event["date"])
        if event.get("precision") not in PRECISIONS:
            found.append(f"events[{i}] precision {event.get('precision')!r} unknown")
        if event.get("type") not in EVENT_TYPES:
            found.append(f"events[{i}] type {event.get('type')!r} unknown")
        if _squash(event.get("date_text", "")) not in _squash(event.get("quote", "")):
            found.append(f"events[{i}] date_text not inside its quote")
    return found


def main(argv: list[str]) -> int:
    bodies = {k: v["articleBody"] for k, v in json.loads(GROUND_TRUTH.read_text()).items()}
    paths = [Path(a) for a in argv] or sorted(GOLD.rglob("*.json"))
    bad = 0
    for path in paths:
        for problem in problems_of(path, bodies):
            bad += 1
            print(f"{path.name}: {problem}")
    print(f"{len(paths)} files, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
