"""Session 22's leftovers: --sets without --unseen, retrospective and shouted datelines, data files
named .html, EDGAR submissions of several documents, and footnote marks glued after a full stop."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfacts.evaluation.__main__ import main as evaluation_main

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
    with pytest.raises(SystemExit, match=r"no labelled unseen page is in these sets \(the sets are H"):
        evaluation_main(["--unseen", str(tmp_path), "--sets", "Z"])
