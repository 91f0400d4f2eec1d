"""Text folding shared by the gazetteer builder and the classifier."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DROP = re.compile(r"['’`ʼ‘]")
_SPACE = re.compile(r"[\s\-‐–—_/.,]+")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case ASCII form of a name: 'Deir ez-Zor' -> 'deir ez zor'."""
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _SPACE.sub(" ", _DROP.sub("", ascii_.lower())).strip()
