"""Item processing: classify, attach to incidents, hand alerts to delivery."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import timedelta

from celery import shared_task

from service import pipeline
from service.db import session_scope, utcnow
from service.items import repository as items
from workers import dispatch

log = logging.getLogger(__name__)


def process_new(item_ids: Sequence[int]) -> int:
    """Each item in its own transaction, so one bad item never holds back the rest.

    A failed item stays unassessed, and items.sweep tries it again later."""
    failed = 0
    for item_id in item_ids:
        try:
            with session_scope() as session:
                outcome = pipeline.process_item(session, item_id=item_id, now=utcnow())
        except Exception:
            log.exception("processing item %s failed; the sweeper will retry it", item_id)
            failed += 1
            continue
        dispatch.deliveries(outcome.delivery_ids)
    return failed


@shared_task(name="items.process", acks_late=True, ignore_result=True)
def process(item_ids: list[int]) -> None:
    process_new(item_ids)


@shared_task(name="items.sweep", ignore_result=True)
def sweep() -> int:
    """Re-queue items stored more than a minute ago that never got an assessment."""
    with session_scope() as session:
        lost = list(items.unassessed(session, fetched_before=utcnow() - timedelta(minutes=1), limit=500))
    if lost:
        process.delay(lost)
    return len(lost)
