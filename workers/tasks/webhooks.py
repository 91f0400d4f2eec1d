"""Webhook delivery tasks: thin wrappers over plain functions that tests call with a controlled clock."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from functools import lru_cache

import httpx
from celery import shared_task

from service.config import get_settings
from service.db import session_scope, utcnow
from service.netguard import guarded_client
from service.webhooks import delivery
from workers import dispatch

_rng = random.Random()


@lru_cache
def webhook_client() -> httpx.Client:
    s = get_settings()
    return guarded_client(
        allow=s.allow_private,
        timeout=s.webhook_timeout_s,
        max_redirects=0,
        follow_redirects=False,
        user_agent=s.user_agent,
    )


def policy() -> delivery.Policy:
    s = get_settings()
    return delivery.Policy(
        # In flight for at most twice the timeout (connect + read) plus slack; then the sweeper takes it.
        lease=timedelta(seconds=2 * s.webhook_timeout_s + 15),
        disable_after=timedelta(seconds=s.webhook_disable_after_s),
        disable_min_failures=s.webhook_disable_min_failures,
    )


def deliver_now(
    delivery_id: int, *, now: datetime | None = None, client: httpx.Client | None = None
) -> str | None:
    """Claim, send and record one attempt; each database step is its own short transaction."""
    rules = policy()
    with session_scope() as session:
        out = delivery.claim(session, delivery_id=delivery_id, now=now or utcnow(), lease=rules.lease)
    if out is None:
        return None
    result = delivery.send(
        out,
        client=client or webhook_client(),
        now=now or utcnow(),
        max_excerpt=get_settings().webhook_excerpt_bytes,
    )
    with session_scope() as session:
        return delivery.record(
            session, delivery_id=delivery_id, result=result, now=now or utcnow(), policy=rules, rng=_rng
        )


def lease_due_now(*, now: datetime | None = None) -> list[int]:
    with session_scope() as session:
        return delivery.lease_due(
            session, now=now or utcnow(), lease=timedelta(seconds=get_settings().webhook_lease_s)
        )


@shared_task(name="webhooks.deliver", acks_late=True, ignore_result=True)
def deliver(delivery_id: int) -> str | None:
    return deliver_now(delivery_id)


@shared_task(name="webhooks.dispatch_due", ignore_result=True)
def dispatch_due() -> int:
    """The beat tick: due retries, pings, replays, and deliveries whose worker died (the sweeper)."""
    ids = lease_due_now()
    dispatch.deliveries(ids)  # after commit: a lease is never lost to a rollback
    return len(ids)
