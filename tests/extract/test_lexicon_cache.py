"""The on-disk cache of compiled lexicons stays bounded: stale lexicons are pruned, used ones kept."""

from __future__ import annotations

import os
from pathlib import Path

from extract import lexicon as lexicon_mod


def _touch(path: Path, age_s: int) -> None:
    path.write_bytes(b"x")
    old = 1_700_000_000 - age_s
    os.utime(path, (old, old))


def test_only_the_most_recently_used_lexicons_are_kept(tmp_path: Path) -> None:
    for age in range(7):
        _touch(tmp_path / f"lexicon-{age:020d}.pkl", age)
    _touch(tmp_path / "notes.txt", 100)
    (tmp_path / "graphs").mkdir()

    lexicon_mod._prune_cache(tmp_path)

    kept = sorted(p.name for p in tmp_path.glob("lexicon-*.pkl"))
    assert kept == [f"lexicon-{age:020d}.pkl" for age in range(lexicon_mod.CACHED_LEXICONS)]
    assert (tmp_path / "notes.txt").exists() and (tmp_path / "graphs").is_dir()  # other cache files untouched


def test_loading_a_cached_lexicon_marks_it_recently_used() -> None:
    path = lexicon_mod.cache_path()
    lexicon_mod.load_lexicon()  # make sure the cache file exists
    os.utime(path, (1_000_000_000, 1_000_000_000))
    lexicon_mod.load_lexicon.cache_clear()
    try:
        lexicon_mod.load_lexicon()
    finally:
        lexicon_mod.load_lexicon.cache_clear()
    assert path.stat().st_mtime > 1_000_000_000


def test_a_loaded_lexicon_builds_only_the_concepts_looked_up(lexicon) -> None:  # type: ignore[no-untyped-def]
    import pickle

    loaded = pickle.loads(pickle.dumps(lexicon, protocol=pickle.HIGHEST_PROTOCOL))
    assert isinstance(loaded.concepts, lexicon_mod.Concepts)
    assert len(loaded.concepts) == len(lexicon.concepts)
    assert loaded.lookup("warfarin") == lexicon.lookup("warfarin")
    assert sum(concept is not None for concept in loaded.concepts._built) == len(loaded.lookup("warfarin"))
    assert list(loaded.concepts[:3]) == list(lexicon.concepts[:3])
    again = pickle.loads(pickle.dumps(loaded, protocol=pickle.HIGHEST_PROTOCOL))  # the rows, not the built ones
    assert again.lookup("lithium") == lexicon.lookup("lithium")
