"""The gazetteer kept in a work folder is the one built from the code and data, and is rebuilt when they change."""

from __future__ import annotations

import shutil

from newsfacts.places import gazetteer


def test_the_cached_gazetteer_is_the_built_one_and_follows_its_data(tmp_path):
    curated = tmp_path / "places_curated.csv"
    shutil.copy(gazetteer.CURATED_PATH, curated)
    try:
        gazetteer.use_cache_dir(tmp_path / "cache")
        built = gazetteer.load_gazetteer(curated)
        (kept,) = (tmp_path / "cache").glob("gazetteer-*.pickle")
        gazetteer.load_gazetteer.cache_clear()
        assert gazetteer.load_gazetteer(curated) == built
        assert built == gazetteer._build_gazetteer(curated)

        # Other data: another key, built again; the stale file is removed.
        lines = curated.read_text(encoding="utf-8").splitlines()
        curated.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")
        gazetteer.load_gazetteer.cache_clear()
        assert gazetteer.load_gazetteer(curated) == gazetteer._build_gazetteer(curated)
        (again,) = (tmp_path / "cache").glob("gazetteer-*.pickle")
        assert again.name != kept.name

        # A damaged file is never trusted.
        again.write_bytes(b"not a pickle")
        gazetteer.load_gazetteer.cache_clear()
        assert gazetteer.load_gazetteer(curated) == gazetteer._build_gazetteer(curated)
    finally:
        gazetteer.use_cache_dir(None)
