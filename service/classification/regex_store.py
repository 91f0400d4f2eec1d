"""The package's compiled regexes, and the Guarded patterns' analysis, kept across processes.

The stdlib compiles a regex with a pure-Python parser and compiler: for this package's ~80
module-level patterns and ~830 Guarded branches (whose literal prefixes prefilter also reads
from a parse) that was ~80 ms a process. What they produce (the code the `_sre` engine runs,
the prefixes, the literals every match needs) depends only on the pattern source, its flags, the
Python build and prefilter.py, so it is pickled once beside the resources cache and read back at
import. A regex built from stored code is what re._compiler.compile makes of the source: the same
`_sre.compile` call with the same arguments. Module-level patterns are put in re's own cache,
which re.compile consults first, when this module is imported (the package imports it before
its other modules, which compile their patterns as they load).

The store is named by a digest of the Python version, `_sre`'s code format (MAGIC, CODESIZE) and
prefilter.py and this module (paths, sizes, modification times); entries are keyed by pattern,
so a changed word list only adds one. save() rewrites the store when the import had to compile
or analyse anything; `CEASEWATCH_CACHE_DIR=` turns it off.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import pickle
import re
import sys
from pathlib import Path
from typing import Any, Protocol

from service.classification.cache import cache_dir, read_pickle, write_pickle

_SRE: Any = importlib.import_module("_sre")  # the regex engine, for compiled code
_C: Any = importlib.import_module("re._compiler")
_P: Any = importlib.import_module("re._parser")

# A Guarded pattern's key: (source, flags, starts); its entry: per branch (source, prefixes,
# needs, code). A module-level pattern's key: (source, flags).
Key = tuple[str, int, frozenset[str] | None]
Code = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
Entry = tuple[tuple[str, frozenset[str] | None, tuple[str, ...] | None, Code], ...]
Source = tuple[str, int]


class Analysed(Protocol):
    def entry(self) -> Entry:
        """Every branch analysed and compiled (for a pattern the store lacked)."""


class _Store:
    def __init__(self, guarded: dict[Key, Entry], compiled: dict[Source, Code]) -> None:
        self.guarded = guarded
        self.compiled = compiled


def _path() -> Path | None:
    base = cache_dir()
    if base is None:
        return None
    digest = hashlib.blake2b(digest_size=12)
    sre = f"{sys.version} {_SRE.MAGIC} {_SRE.CODESIZE} pickle{pickle.HIGHEST_PROTOCOL}"
    digest.update(sre.encode())
    for path in (Path(__file__), Path(__file__).with_name("prefilter.py")):
        st = path.stat()
        digest.update(f"{path.resolve()}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    return base / f"classifier-regex-{digest.hexdigest()}.pickle"


def _read() -> _Store:
    path = _path()
    empty = _Store({}, {})
    if path is None:
        return empty
    stored = read_pickle(path)
    return stored if isinstance(stored, _Store) else empty


_stored = _read()
_used: dict[Key, Entry] = {}
_missing: dict[Key, Analysed] = {}
# re's cache of compiled patterns (source type, source, int flags) -> Pattern, where it is a dict
_RE_CACHE: Any = getattr(re, "_cache", None)
if not isinstance(_RE_CACHE, dict):
    _RE_CACHE = None


def lookup(key: Key, pattern: Analysed) -> Entry | None:
    """The stored analysis of a pattern; None (and the pattern noted for save()) if there is none."""
    found = _stored.guarded.get(key)
    if found is None:
        _missing[key] = pattern
    else:
        _used[key] = found
    return found


def code(parsed: Any, flags: int) -> Code:
    """What re._compiler.compile passes `_sre.compile` for a parsed pattern."""
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (
        flags | parsed.state.flags,
        [int(op) for op in _C._code(parsed, flags)],  # plain ints: the opcodes' named ints do not pickle
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def compiled(code: Code, source: str | None = None) -> Any:
    """The regex object for stored code (source: its pattern attribute, None for a branch)."""
    flags, ops, groups, groupindex, indexgroup = code
    return _SRE.compile(source, flags, ops, groups, groupindex, indexgroup)


def _preload() -> set[Any]:
    """Put the stored module-level patterns in re's cache; the keys it holds afterwards."""
    if _RE_CACHE is None:
        return set()
    for (source, flags), stored in _stored.compiled.items():
        # code `_sre` rejects (a damaged store) is left out: re compiles the source as usual
        with contextlib.suppress(RuntimeError, TypeError, ValueError):
            _RE_CACHE.setdefault((str, source, flags), compiled(stored, source))
    return set(_RE_CACHE)


_preloaded = _preload()


def _compiled_since() -> dict[Source, Code]:
    """Patterns re compiled from source since _preload, with their code."""
    if _RE_CACHE is None:
        return {}
    out: dict[Source, Code] = {}
    for key in list(_RE_CACHE):
        if key in _preloaded or not (isinstance(key, tuple) and len(key) == 3):
            continue
        kind, source, flags = key
        if kind is str and isinstance(source, str) and isinstance(flags, int):
            out[(source, flags)] = code(_P.parse(source, flags), flags)
    return out


def save() -> None:
    """Store what the import had to compile or analyse, with what it used; nothing if nothing."""
    path = _path()
    new_compiled = _compiled_since() if path is not None else {}
    if not _missing and not new_compiled:
        return
    guarded = {**_used, **{key: pattern.entry() for key, pattern in _missing.items()}}
    _missing.clear()
    _used.update(guarded)
    if path is None:
        return
    store = _Store(guarded, {**_stored.compiled, **new_compiled})
    write_pickle(path, store, "classifier-regex-*.pickle")  # (a read-only home: compile every time)
