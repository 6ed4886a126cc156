"""Read the hand labels in tests/gold/ and the labelled pages from ../shared/corpus/aeb/."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from newsfacts.config import PROJECT_ROOT

GOLD_DIR = PROJECT_ROOT / "tests" / "gold"
AEB_HTML_DIR = PROJECT_ROOT.parent / "shared" / "corpus" / "aeb" / "html"


@dataclass(frozen=True)
class LabelledPage:
    """One page's labels and the path of its HTML."""

    page: str
    html_path: Path
    labels: dict


def squash(text: str) -> str:
    """Text with runs of whitespace collapsed to one space."""
    return re.sub(r"\s+", " ", text or "").strip()


def load_pages(kind: str, gold_dir: Path = GOLD_DIR, html_dir: Path = AEB_HTML_DIR) -> list[LabelledPage]:
    """Every labelled page of one kind ('facts' or 'metadata'), sorted by page id."""
    pages = []
    for path in sorted((gold_dir / kind).glob("*.json")):
        labels = json.loads(path.read_text(encoding="utf-8"))
        pages.append(LabelledPage(path.stem, html_dir / f"{path.stem}.html", labels))
    return pages
