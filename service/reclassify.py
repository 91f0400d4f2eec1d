"""Re-run the current classifier over stored items, so a better classifier improves history too."""

from __future__ import annotations

import time
from datetime import datetime
from typing import TextIO

from service import pipeline
from service.db import session_scope, utcnow
from service.items import repository as items

BATCH = 200


def _bar(done: int, total: int, started: float, out: TextIO) -> None:
    width = 30
    filled = int(width * done / total) if total else width
    rate = done / max(time.perf_counter() - started, 1e-9)
    out.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} items  {rate:,.0f}/s")
    out.flush()


def reclassify(*, since: datetime, progress: TextIO | None = None) -> dict[str, int]:
    with session_scope() as session:
        total = items.count_since(session, since=since)
    done = incidents = 0
    last_id = 0
    started = time.perf_counter()
    while True:
        with session_scope() as session:
            ids = items.ids_since(session, since=since, after_id=last_id, limit=BATCH)
            for item_id in ids:
                outcome = pipeline.process_item(session, item_id=item_id, now=utcnow(), force=True)
                incidents += outcome.incident
        if not ids:
            break
        last_id = ids[-1]
        done += len(ids)
        if progress:
            _bar(done, total, started, progress)
    if progress:
        progress.write("\n")
    return {"items": done, "incidents": incidents}
