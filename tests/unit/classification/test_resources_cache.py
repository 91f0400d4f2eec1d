"""The built indexes are cached per user and rebuilt when anything they come from changes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from service.classification import cache, resources
from service.classification.phrases import tokenize


def test_cache_round_trip_gives_the_same_indexes(tmp_path, monkeypatch):
    monkeypatch.setenv("CEASEWATCH_CACHE_DIR", str(tmp_path))
    path = resources._cache_path()
    assert path is not None and path.parent == tmp_path
    built = resources.build()
    resources._write_cache(path, built)
    assert path.stat().st_mode & 0o077 == 0  # only its user can read it
    cached = resources._read_cache(path)
    assert cached is not None
    text = "Syrian army shells Idlib; Hezbollah fighters killed near Deir Ezzor"
    toks = tokenize(text)
    assert [h.text for h in cached.actors.find(text, toks)] == [h.text for h in built.actors.find(text, toks)]
    assert cached.places("Deir Ezzor") == built.places("Deir Ezzor")
    assert cached.place_index == built.place_index


def test_the_name_changes_with_the_data(tmp_path, monkeypatch):
    monkeypatch.setenv("CEASEWATCH_CACHE_DIR", str(tmp_path))
    before = resources._cache_path()
    data = tmp_path / "data"
    data.mkdir()
    for f in resources.DATA.iterdir():
        if f.is_file():
            (data / f.name).write_bytes(f.read_bytes())
    (data / "actors.yaml").write_bytes((data / "actors.yaml").read_bytes() + b"\n# reviewed\n")
    monkeypatch.setattr(resources, "DATA", data)
    assert resources._cache_path() != before


def test_a_damaged_cache_is_ignored(tmp_path):
    bad = tmp_path / "x.pickle"
    bad.write_bytes(b"not a pickle")
    assert resources._read_cache(bad) is None
    assert resources._read_cache(tmp_path / "missing.pickle") is None


def test_empty_setting_turns_the_cache_off(monkeypatch):
    monkeypatch.setenv("CEASEWATCH_CACHE_DIR", "")
    assert resources._cache_path() is None


@pytest.mark.parametrize("warm", [False, True])
def test_a_process_classifies_the_same_with_and_without_the_cache(tmp_path, warm):
    env = {**os.environ, "CEASEWATCH_CACHE_DIR": str(tmp_path)}
    item = (
        '{"id": "a", "title": "Shelling kills 3 soldiers near Avdiivka", "summary": "", "published": null}\n'
    )
    runs = []
    for _ in range(2 if warm else 1):
        out = subprocess.run(
            [sys.executable, "-m", "service.classification"],
            input=item,
            capture_output=True,
            text=True,
            env=env,
            cwd=Path(__file__).resolve().parents[3],
            check=True,
        )
        runs.append(out.stdout)
    assert '"incident": true' in runs[-1]
    assert len(set(runs)) == 1
    assert list(tmp_path.glob("classifier-resources-*.pickle"))


def test_writing_a_cache_prunes_pickles_unused_for_a_week(tmp_path):
    stale = tmp_path / "classifier-resources-old.pickle"
    fresh = tmp_path / "classifier-resources-recent.pickle"
    for f in (stale, fresh):
        f.write_bytes(b"x")
    week_ago = time.time() - cache.STALE_AFTER_S - 60
    os.utime(stale, (week_ago, week_ago))
    keep = tmp_path / "classifier-resources-new.pickle"
    resources._write_cache(keep, resources.build())
    assert keep.exists() and fresh.exists()
    assert not stale.exists()
