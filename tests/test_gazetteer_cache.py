"""The gazetteer's on-disk cache: read back as built, rebuilt when unusable, never an error."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from extractor.entities.gazetteer import Gazetteer, GazetteerEntry
from extractor.entities.gazetteer_cache import cache_key, load_or_build
from extractor.entities.types import GeoInfo


def _small() -> Gazetteer:
    gaz = Gazetteer()
    rome = GeoInfo("Rome", "city", 3169070, "IT", 41.89, 12.48)
    gaz.add("Rome", GazetteerEntry(rome, "Rome", 2_318_895, True))
    gaz.add("Roma", GazetteerEntry(rome, "Roma", 2_318_895, False))
    gaz.add("Città del Vaticano", GazetteerEntry(GeoInfo("Vatican", "country"), "x", 800, True))
    return gaz


def test_a_pickled_gazetteer_answers_as_the_built_one() -> None:
    gaz = _small()
    back = pickle.loads(pickle.dumps(gaz))
    for name in ("Rome", "roma", "Citta del Vaticano", "Milano"):
        assert back.lookup(name) == gaz.lookup(name)
    assert back.first_words == gaz.first_words and back.max_words == gaz.max_words
    assert back.lookup("Rome").geo is back.lookup("Roma").geo  # one object per place


def test_load_or_build_builds_once_then_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(tmp_path))
    built: list[int] = []

    def build() -> Gazetteer:
        built.append(1)
        return _small()

    first = load_or_build(build)
    second = load_or_build(build)
    assert built == [1]
    assert second.lookup("Roma") == first.lookup("Roma")
    assert (tmp_path / f"gazetteer-{cache_key()}.pickle").is_file()


def test_an_unusable_cache_means_building_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(tmp_path))
    (tmp_path / f"gazetteer-{cache_key()}.pickle").write_bytes(b"not a pickle")
    assert load_or_build(_small).lookup("Rome") is not None
    # and an unwritable folder only costs the time of building
    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(blocked / "sub"))
    assert load_or_build(_small).lookup("Rome") is not None
