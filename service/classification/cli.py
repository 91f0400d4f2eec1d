"""`ceasewatch classify` / `python -m service.classification`: JSON Lines on stdin to stdout."""

from __future__ import annotations

import sys
from typing import TextIO

from service.classification.jsonl import classify_jsonl


def main(stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Stream one answer per input line, in order, flushing each so a reader sees it at once."""
    src = stdin if stdin is not None else sys.stdin
    dst = stdout if stdout is not None else sys.stdout
    for out in classify_jsonl(src):
        dst.write(out + "\n")
        dst.flush()
    return 0
