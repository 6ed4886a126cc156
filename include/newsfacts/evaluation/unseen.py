"""Set H: real news pages from newspaper4k's test data, fetched once from PyPI, never committed.

The labels live in tests/gold/unseen/; the pages are third-party pages that `make unseen-pages`
takes from the newspaper4k 0.9.6 source package (pinned by hash) into data/unseen/, which git
ignores. `make eval-unseen` then scores the extractors on them.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from newsfacts.config import PROJECT_ROOT

PACKAGE = "newspaper4k==0.9.6"
PACKAGE_SHA256 = "a3f2f0e017dddb6f1019ee77aaa8980e13e6ecea0b949abc7167aae4770d2d0e"
MEMBER_DIR = "newspaper4k-0.9.6/tests/data/html"
UNSEEN_PAGES_DIR = PROJECT_ROOT / "data" / "unseen"
# page id in tests/gold/unseen -> (file in the package, its sha256)
PAGES = {
    "cleveland_com1": ("cleveland.com1.html", "031937c10e95e1dbe5d04436a032d907e72e5b8d112f5e209fd1c18be5cfe9f3"),
    "cnn_001": ("cnn_001.html", "db179c1224831ecb7adccb4bbc6a6070615c85907a7a01659b21f250beb226b0"),
    "cnn_002": ("cnn_002.html", "6b17f2c95cb4012f353bfdb3c886516b36f6057b2f13cc01788833123e036416"),
    "cnn_article": ("cnn_article.html", "70afa8a1ddb412c7a139339b9aa459eb90f5b113f06a5e3ce4d2c75099800dc8"),
    "fox13now_001": ("fox13now_001.html", "5fb8a10624e2fa94e3da5d79684d1958fc944814617114cc13876acf90cf36ca"),
    "time_001": ("time_001.html", "298bf2eccd6e6ae1daf052aaedd3938da024eddc355d76cc5522c1d16bb98015"),
    "video_article_02": ("video_article_02.html", "4198fb99b2d43379bee5c040594b857ba2d0f4b9fd4d650ef17bf481be99e7c1"),
    "wired_001": ("wired_001.html", "4d918591ff73b6d25674e8fcc215abd97554f919808510d1c97dd547fa19b209"),
}


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def extract_pages(sdist: Path, dest: Path) -> list[Path]:
    """Write each labelled page from the source package into dest as <page id>.html, hash-checked."""
    if _sha256(sdist.read_bytes()) != PACKAGE_SHA256:
        raise SystemExit(f"{sdist}: not the pinned {PACKAGE} source package (sha256 differs)")
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    with tarfile.open(sdist) as archive:
        for page, (member, sha) in PAGES.items():
            data = archive.extractfile(f"{MEMBER_DIR}/{member}").read()
            if _sha256(data) != sha:
                raise SystemExit(f"{member}: its sha256 differs from the labelled page's")
            target = dest / f"{page}.html"
            target.write_bytes(data)
            written.append(target)
    return written


def fetch_pages(dest: Path = UNSEEN_PAGES_DIR) -> list[Path]:
    """Download the pinned source package with pip (setup time, like `make venv`) and extract the pages."""
    with tempfile.TemporaryDirectory() as scratch:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                        "--dest", scratch, PACKAGE], check=True)
        (sdist,) = Path(scratch).glob("newspaper4k-*.tar.gz")
        return extract_pages(sdist, dest)


if __name__ == "__main__":
    for path in fetch_pages(Path(sys.argv[1]) if len(sys.argv) > 1 else UNSEEN_PAGES_DIR):
        print(path)
