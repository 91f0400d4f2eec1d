"""Guarded patterns' analysis and compiled code, kept across processes.

Reading the literal prefixes of ~800 pattern branches and compiling the branches takes the stdlib's
pure-Python regex parser and compiler ~60 ms a process. What they produce (the prefixes, the
literals every match needs, and the code the `_sre` engine runs) depends only on the pattern
source, its flags, the Python build and the analysis in prefilter.py, so it is pickled once beside
the resources cache and read back at import. A branch built from stored code is what
re._compiler.compile would make of it: the same code given to the same `_sre.compile` call.

The store is named by a digest of the Python version, `_sre`'s code format (MAGIC, CODESIZE) and
prefilter.py and this module (paths, sizes, modification times); entries are keyed by pattern,
so a changed word list only adds an entry. save() rewrites the store with the entries this
process used when it had to analyse anything; `CEASEWATCH_CACHE_DIR=` turns it off.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import pickle
import sys
from pathlib import Path
from typing import Any, Protocol

from service.classification.resources import cache_dir, prune

_SRE: Any = importlib.import_module("_sre")  # the regex engine, for compiled code
_C: Any = importlib.import_module("re._compiler")

# A pattern's key: (source, flags, starts); its entry: per branch (source, prefixes, needs, code).
Key = tuple[str, int, frozenset[str] | None]
Code = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
Entry = tuple[tuple[str, frozenset[str] | None, tuple[str, ...] | None, Code], ...]


class Analysed(Protocol):
    def entry(self) -> Entry:
        """Every branch analysed and compiled (for a pattern the store lacked)."""


_stored: dict[Key, Entry] | None = None
_used: dict[Key, Entry] = {}
_missing: dict[Key, Analysed] = {}


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


def _read() -> dict[Key, Entry]:
    path = _path()
    if path is None:
        return {}
    try:
        if path.stat().st_uid != os.getuid():
            return {}  # only a file this user wrote
        with path.open("rb") as fh:
            stored = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return {}
    return stored if isinstance(stored, dict) else {}


def lookup(key: Key, pattern: Analysed) -> Entry | None:
    """The stored analysis of a pattern; None (and the pattern noted for save()) if there is none."""
    global _stored
    if _stored is None:
        _stored = _read()
    found = _stored.get(key)
    if found is None:
        _missing[key] = pattern
    else:
        _used[key] = found
    return found


def code(parsed: Any, flags: int) -> Code:
    """What re._compiler.compile passes `_sre.compile` for a parsed pattern (its pattern: None)."""
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


def compiled(code: Code) -> Any:
    """The regex object for stored code."""
    flags, ops, groups, groupindex, indexgroup = code
    return _SRE.compile(None, flags, ops, groups, groupindex, indexgroup)


def save() -> None:
    """Store what this process had to analyse, with what it used; nothing if it lacked nothing."""
    if not _missing:
        return
    path = _path()
    if path is None:
        _missing.clear()
        return
    store = {**_used, **{key: pattern.entry() for key, pattern in _missing.items()}}
    _missing.clear()
    _used.update(store)
    try:
        import tempfile  # only a process that writes the store needs it

        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".regex-")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(store, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        prune(path, "classifier-regex-*.pickle")
    except OSError:
        pass  # a read-only home: analyse every time
