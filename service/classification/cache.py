"""Where the classifier keeps what it builds once per user (resources, compiled regexes)."""

from __future__ import annotations

import os
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
