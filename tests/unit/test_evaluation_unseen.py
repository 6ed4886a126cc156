"""Set H: every labelled unseen page is pinned to its source package file and hash."""

from __future__ import annotations

import io
import tarfile

import pytest

from newsfacts.evaluation.unseen import NEWSPAPER4K, PAGES, extract_pages
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
