"""Feed polling tasks: thin wrappers over service calls."""

from __future__ import annotations

from celery import shared_task

from service.config import get_settings
from service.db import session_scope, utcnow
from service.feeds import service as feeds
from workers.runtime import feed_client
from workers.tasks.items import process_new


@shared_task(name="feeds.poll_due", ignore_result=True)
def poll_due() -> int:
    with session_scope() as session:
        feed_ids = feeds.lease_due(session, now=utcnow())
    for feed_id in feed_ids:  # after commit: a lease is never lost to a rollback
        poll.delay(feed_id)
    return len(feed_ids)


@shared_task(name="feeds.poll", acks_late=True, ignore_result=True)
def poll(feed_id: int) -> int:
    settings = get_settings()
    with session_scope() as session:
        result = feeds.poll(
            session,
            feed_id=feed_id,
            client=feed_client(),
            now=utcnow(),
            default_interval_s=settings.poll_interval_s,
            max_bytes=settings.fetch_max_bytes,
        )
    # Items are committed; classifying them is its own unit of work. If this worker dies now,
    # items.sweep finds the unassessed items and finishes the job.
    process_new(result.new_item_ids)
    return len(result.new_item_ids)
