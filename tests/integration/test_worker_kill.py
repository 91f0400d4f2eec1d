"""A worker SIGKILLed in the middle of a poll loses no items and duplicates none once work resumes.

A real Celery worker consumes from Redis. The feed's server sends half its body and stalls, so the
worker is provably inside `feeds.poll` when the whole process group is killed. Recovery is then
checked the way production recovers: the lease the dead worker held expires (set in the past here
rather than waiting five minutes), beat's `feeds.poll_due` hands the feed out again, and the
message the dead worker held unacknowledged is still in Redis for redelivery (acks_late); running
that poll a second time must store nothing twice.
"""

from __future__ import annotations

import json
import os
import signal
import threading
from collections.abc import Iterator
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
import redis
from celery import Celery
from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session

from service.db import make_engine, utcnow
from service.feeds import service as feeds
from service.feeds.models import Feed
from service.items.models import Assessment, Item
from tests import procs

pytestmark = [pytest.mark.slow, pytest.mark.postgres, pytest.mark.redis]

BROKER = "redis://127.0.0.1:6379/13"
ITEMS = 40


def feed_body() -> bytes:
    now = utcnow()
    entries = "".join(
        f"<item><title>Report {n} from the northern district</title>"
        f"<link>https://wire.example/story/{n}</link><guid>urn:wire:{n}</guid>"
        f"<pubDate>{format_datetime(now - timedelta(minutes=n))}</pubDate>"
        f"<description>Officials described the situation in sector {n} as calm on Tuesday.</description>"
        "</item>"
        for n in range(ITEMS)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>'
        f"<link>https://wire.example/</link><description>d</description>{entries}</channel></rss>"
    ).encode()


class StallingFeed:
    """The first request gets half the body and then nothing; later requests get the whole feed."""

    def __init__(self) -> None:
        self.body = feed_body()
        self.stalled = threading.Event()
        self.release = threading.Event()
        self.requests = 0
        self.lock = threading.Lock()

    def __call__(self, handler: Any, _b: bytes) -> tuple[int, dict[str, str], bytes]:
        with self.lock:
            self.requests += 1
            first = self.requests == 1
        if not first:
            return 200, {"Content-Type": "application/rss+xml"}, self.body
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml")
        handler.send_header("Content-Length", str(len(self.body)))
        handler.end_headers()
        handler.wfile.write(self.body[: len(self.body) // 2])
        handler.wfile.flush()
        self.stalled.set()
        self.release.wait(120)
        handler.close_connection = True
        raise ConnectionAbortedError("stalled response abandoned")  # never send the rest


@pytest.fixture
def broker() -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(BROKER)
    client.flushdb()
    yield client
    client.flushdb()
    client.close()


@pytest.fixture
def engine(pg_url: str) -> Iterator[Engine]:
    engine = make_engine(pg_url)
    yield engine
    engine.dispose()


def counts(engine: Engine, feed_id: int) -> tuple[int, int, int, int]:
    """(items, distinct guid hashes, assessments, feed.polls)."""
    with Session(engine) as session:
        items = session.scalar(select(func.count(Item.id)).where(Item.feed_id == feed_id)) or 0
        distinct = (
            session.scalar(select(func.count(func.distinct(Item.guid_hash))).where(Item.feed_id == feed_id))
            or 0
        )
        assessed = (
            session.scalar(
                select(func.count(Assessment.id))
                .join(Item, Item.id == Assessment.item_id)
                .where(Item.feed_id == feed_id)
            )
            or 0
        )
        polls = session.scalar(select(Feed.polls).where(Feed.id == feed_id)) or 0
    return items, distinct, assessed, polls


def test_sigkill_mid_poll_loses_and_duplicates_nothing(
    pg_url: str, engine: Engine, broker: redis.Redis, local_server: Any, tmp_path: Path
) -> None:
    stall = StallingFeed()
    local_server.routes["/feed"] = stall
    with Session(engine) as session, session.begin():
        feed_id = feeds.add(session, url=local_server.url("/feed"), now=utcnow()).id

    env = procs.service_env(
        tmp_path / "home",
        CEASEWATCH_DATABASE_URL=pg_url,
        CEASEWATCH_BROKER_URL=BROKER,
        CEASEWATCH_ALLOW_PRIVATE=json.dumps(["127.0.0.1"]),
        CEASEWATCH_FETCH_TIMEOUT_S="60",
    )
    (tmp_path / "home").mkdir()
    sender = Celery("test-sender", broker=BROKER)
    first = procs.worker(env, tmp_path / "worker-1.log", concurrency=1)
    second = None
    try:
        # Beat's tick, sent by hand: the worker leases the due feed and dispatches feeds.poll.
        sender.send_task("feeds.poll_due")
        assert stall.stalled.wait(60), "the worker never started fetching the feed"
        os.killpg(first.pid, signal.SIGKILL)
        first.wait(10)
        stall.release.set()

        # Nothing half-stored; the dead worker's lease still holds; its message was never acked.
        assert counts(engine, feed_id) == (0, 0, 0, 0)
        with Session(engine) as session, session.begin():
            assert feeds.lease_due(session, now=utcnow()) == []
        assert broker.hlen("unacked") == 1, "acks_late: the killed poll's message should await redelivery"

        second = procs.worker(env, tmp_path / "worker-2.log", concurrency=1)
        # The lease runs out (five minutes in production), and the next tick hands the feed out again.
        with Session(engine) as session, session.begin():
            session.execute(
                update(Feed).where(Feed.id == feed_id).values(leased_until=utcnow() - timedelta(seconds=1))
            )
        sender.send_task("feeds.poll_due")
        procs.wait_until(
            lambda: counts(engine, feed_id) == (ITEMS, ITEMS, ITEMS, 1),
            timeout=90,
            what="the feed polled again and every item stored and assessed once",
        )

        # The unacked message comes back after Redis' visibility timeout: the same poll runs again.
        sender.send_task("feeds.poll", args=[feed_id])
        procs.wait_until(lambda: counts(engine, feed_id)[3] == 2, timeout=60, what="the repeated poll")
        assert counts(engine, feed_id) == (ITEMS, ITEMS, ITEMS, 2)
        assert stall.requests == 3
    finally:
        stall.release.set()
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGKILL)
            first.wait(10)
        if second is not None:
            procs.stop(second)
        sender.close()
