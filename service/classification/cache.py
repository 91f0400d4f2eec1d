"""Where the classifier keeps what it builds once per user (resources, compiled regexes)."""

from __future__ import annotations

import os
import pickle
import time
from pathlib import Path

STALE_AFTER_S = 7 * 24 * 3600


def cache_dir() -> Path | None:
    """`$CEASEWATCH_CACHE_DIR`, else `$XDG_CACHE_HOME/ceasewatch` or `~/.cache/ceasewatch`; None
    when `CEASEWATCH_CACHE_DIR=` turns caching off."""
    configured = os.environ.get("CEASEWATCH_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured.strip() else None
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "ceasewatch"


def prune(keep: Path, pattern: str) -> None:
    """Every checkout or edit writes a new pickle (8 MB of resources): drop those of the pattern
    unused for a week."""
    now = time.time()
    for old in keep.parent.glob(pattern):
        try:
            st = old.stat()
            if old != keep and now - max(st.st_atime, st.st_mtime) > STALE_AFTER_S:
                old.unlink()
        except OSError:
            pass  # another process removed it first


def read_pickle(path: Path) -> object | None:
    """What a pickle this user wrote holds; None if it is missing, another user's or damaged."""
    try:
        if path.stat().st_uid != os.getuid():
            return None  # only a file this user wrote
        with path.open("rb") as fh:
            loaded: object = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None
    return loaded


def write_pickle(path: Path, obj: object, stale: str) -> None:
    """Write obj through a temporary file renamed into place (a reader never sees half a file),
    then drop the files matching `stale` unused for a week. A read-only home is no error: the
    caller builds every time."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        import tempfile  # only a process that writes the cache needs it

        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        prune(path, stale)
    except OSError:
        pass
