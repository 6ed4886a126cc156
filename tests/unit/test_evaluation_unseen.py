"""Sets H to M: every labelled unseen page is pinned to its source package file and hash."""

from __future__ import annotations

import io
import tarfile

import pytest

from newsfacts.evaluation.unseen import (
    HTMLDATE_120,
    NEWSPAPER4K,
    NEWSPAPER_003,
    PAGES,
    TRAFILATURA_082,
    extract_pages,
    set_of,
)
from tests.conftest import PROJECT_ROOT

UNSEEN_GOLD = PROJECT_ROOT / "tests" / "gold" / "unseen"


def test_every_labelled_page_is_pinned_and_every_pinned_page_labelled():
    for kind in ("facts", "metadata"):
        assert {p.stem for p in (UNSEEN_GOLD / kind).glob("*.json")} == set(PAGES)


def test_a_source_package_with_another_hash_is_refused(tmp_path):
    fake = tmp_path / "newspaper4k-0.9.6.tar.gz"
    with tarfile.open(fake, "w:gz") as archive:
        data = b"<html><p>Not the labelled page.</p></html>"
        info = tarfile.TarInfo("newspaper4k-0.9.6/tests/data/html/cnn_001.html")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    with pytest.raises(SystemExit, match="not the pinned"):
        extract_pages(NEWSPAPER4K, fake, tmp_path / "pages")
    assert not (tmp_path / "pages").exists()


def test_a_package_holding_two_sets_is_downloaded_once_and_each_page_keeps_its_set():
    packages = {source for _, source, _, _ in PAGES.values()}
    assert packages == {NEWSPAPER4K, TRAFILATURA_082, HTMLDATE_120, NEWSPAPER_003}
    assert [set_of(p) for p in ("cnn_001", "reuters_com_parasite", "phys_org_tool", "cnn_test_nlp",
                                  "goose_cnn1", "goose_cnbc1")] == ["H", "I", "J", "K", "L", "M"]
    assert {set_of(page) for page, (_, source, _, _) in PAGES.items() if source == TRAFILATURA_082} == {"I", "J"}
    assert {set_of(page) for page, (_, source, _, _) in PAGES.items() if source == NEWSPAPER4K} == {"H", "K"}
