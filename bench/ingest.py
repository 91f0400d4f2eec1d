"""Ingest: 200 local feeds x 50 items into PostgreSQL through 2 Celery worker processes on Redis.

Measures items/s end to end, from one `feeds.poll_due` dispatch until every item is stored and
(when the classifier is importable) assessed; then re-polls the same unchanged feeds, which
should all be 304s: the share of 304s, the wall time per feed through the workers, and the median
time of one 304 poll (the same service call the task makes, timed in this process).

    .venv/bin/python bench/ingest.py [--feeds 200] [--items 50]
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import redis
from _common import header, median, scratch_database, service_env, spawn, stop, wait_until
from celery import Celery
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from service.db import make_engine, utcnow
from service.feeds import service as feeds
from service.feeds.models import Feed
from service.items.models import Assessment, Item
from service.netguard import guarded_client
from service.ops.models import WorkerHeartbeat

BROKER = "redis://127.0.0.1:6379/12"

PLACES = [
    ("Kharkiv", "Ukraine"), ("Idlib", "Syria"), ("Marib", "Yemen"), ("El Fasher", "Sudan"),
    ("Tripoli", "Libya"), ("Gao", "Mali"), ("Mogadishu", "Somalia"), ("Sittwe", "Myanmar"),
    ("Goma", "DR Congo"), ("Mekelle", "Ethiopia"), ("Zaporizhzhia", "Ukraine"), ("Aleppo", "Syria"),
]  # fmt: skip
ROUTINE = [
    "{country}'s central bank holds rates as inflation eases in {month}",
    "Aid convoy reaches {place} after weeks of talks, UN agency says",
    "Officials in {place} reopen schools closed since the spring",
    "{country} and donors agree on reconstruction fund for {place} region",
    "Power restored to parts of {place} after repairs to the grid",
    "Farmers near {place} expect a better harvest after rains, ministry says",
    "Envoy meets {country} delegation to discuss prisoner exchange",
    "Markets in {place} busy as fuel prices fall for a third week",
]
VIOLENT = [
    "Shelling kills {n} civilians in {place}, officials say",
    "Drone strike hits market near {place}; {n} dead, {w} wounded",
    "Clashes erupt near {place} despite truce, {n} fighters killed",
]
SUMMARIES = [
    "The announcement came after a meeting of regional officials on {day}, a spokesperson told reporters.",
    "Local residents said the situation had been calm in recent days, according to a statement.",
    "A monitoring group said it was still verifying reports from the area around {place}.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def render_feed(number: int, items: int, now: datetime) -> bytes:
    """A distinct, realistic-looking RSS document; about one item in ten reports violence."""
    rng = random.Random(number)
    entries = []
    for n in range(items):
        place, country = rng.choice(PLACES)
        template = rng.choice(VIOLENT) if rng.random() < 0.1 else rng.choice(ROUTINE)
        title = template.format(
            place=place, country=country, month=rng.choice(MONTHS), n=rng.randint(2, 9), w=rng.randint(3, 20)
        )
        summary = rng.choice(SUMMARIES).format(day=rng.choice(DAYS), place=place)
        guid = f"https://outlet{number}.example/{now:%Y/%m/%d}/{n}-{rng.getrandbits(40):x}"
        when = now - timedelta(minutes=n * 7 + rng.randint(0, 6))
        entries.append(
            f"<item><title>{escape(title)}</title><link>{guid}</link><guid>{guid}</guid>"
            f"<pubDate>{format_datetime(when)}</pubDate><description>{escape(summary)}</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Outlet {number} world news</title><link>https://outlet{number}.example/</link>"
        f"<description>World news</description>{''.join(entries)}</channel></rss>"
    ).encode()


class FeedServer:
    """Serves /feed/<n> with an ETag, answering 304 to a matching If-None-Match."""

    def __init__(self, feeds_n: int, items: int) -> None:
        now = datetime.now(UTC).replace(microsecond=0)
        self.bodies = [render_feed(n, items, now) for n in range(feeds_n)]
        self.counts = {200: 0, 304: 0}
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802
                number = int(self.path.rsplit("/", 1)[1])
                etag = f'"feed{number}-v1"'
                if self.headers.get("If-None-Match") == etag:
                    status, body = 304, b""
                else:
                    status, body = 200, server.bodies[number]
                with server.lock:
                    server.counts[status] += 1
                self.send_response(status)
                self.send_header("ETag", etag)
                if status == 200:
                    self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()


def classifier_available() -> bool:
    try:
        from service.classification import VERSION, ItemText, classify  # noqa: F401
    except ImportError:
        return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=50)
    args = parser.parse_args()
    total = args.feeds * args.items
    assess = classifier_available()
    header(f"Ingest: {args.feeds} feeds x {args.items} items, PostgreSQL + Redis, 2 worker processes")
    print(f"classifier importable: {assess} (end to end means stored{' and assessed' if assess else ''})")

    server = FeedServer(args.feeds, args.items)
    broker = redis.Redis.from_url(BROKER)
    broker.flushdb()
    with scratch_database("cw_bench_ingest") as url, tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(url)
        with Session(engine) as session, session.begin():
            for n in range(args.feeds):
                feeds.add(session, url=f"{server.base}/feed/{n}", now=utcnow())
        env = service_env(
            Path(tmp),
            CEASEWATCH_DATABASE_URL=url,
            CEASEWATCH_BROKER_URL=BROKER,
            CEASEWATCH_ALLOW_PRIVATE=json.dumps(["127.0.0.1"]),
        )
        workers = [
            spawn(
                ["-m", "celery", "-A", "workers.celery_app", "worker", "--concurrency", "1",
                 "-n", f"bench{i}@%h", "--loglevel", "WARNING", "--without-gossip", "--without-mingle"],
                env=env,
                log=Path(tmp) / f"worker{i}.log",
            )
            for i in (1, 2)
        ]  # fmt: skip
        sender = Celery("bench", broker=BROKER)
        try:

            def count(stmt: Any) -> int:
                with Session(engine) as session:
                    return int(session.scalar(stmt) or 0)

            wait_until(
                lambda: count(select(func.count()).select_from(WorkerHeartbeat)) >= 2,
                timeout=60,
                what="both workers",
            )
            started = time.perf_counter()
            sender.send_task("feeds.poll_due")
            wait_until(lambda: count(select(func.count(Item.id))) >= total, timeout=900, what="items stored")
            stored_s = time.perf_counter() - started
            if assess:
                wait_until(
                    lambda: count(select(func.count(Assessment.id))) >= total, timeout=900, what="assessments"
                )
            done_s = time.perf_counter() - started
            items = count(select(func.count(Item.id)))
            print(f"first poll: {items:,} items stored in {stored_s:.1f} s ({items / stored_s:,.0f} items/s)")
            if assess:
                print(f"end to end (stored and assessed): {done_s:.1f} s = {items / done_s:,.0f} items/s")
            print(f"server answers so far: {server.counts}")

            # Re-poll the unchanged feeds through the workers.
            before = dict(server.counts)
            with Session(engine) as session, session.begin():
                session.execute(update(Feed).values(next_check_at=utcnow(), leased_until=None))
            started = time.perf_counter()
            sender.send_task("feeds.poll_due")
            wait_until(
                lambda: count(select(func.count(Feed.id)).where(Feed.polls >= 2)) >= args.feeds,
                timeout=300,
                what="the re-poll",
            )
            repoll_s = time.perf_counter() - started
            not_modified = count(select(func.sum(Feed.polls_not_modified)))
            print(
                f"re-poll through the workers: {args.feeds} feeds in {repoll_s:.2f} s "
                f"({repoll_s / args.feeds * 1000:.1f} ms per feed wall time, 2 workers); "
                f"304 share {not_modified / args.feeds:.0%}; "
                f"server: {server.counts[304] - before[304]} x 304, {server.counts[200] - before[200]} x 200"
            )
        finally:
            for worker in workers:
                stop(worker)
            sender.close()

        # One 304 poll at a time, in this process: the cost of the service call the task makes.
        client = guarded_client(allow=["127.0.0.1"], timeout=20)
        timings = []
        for feed_id in range(1, args.feeds + 1):
            with Session(engine) as session, session.begin():
                t0 = time.perf_counter()
                result = feeds.poll(
                    session,
                    feed_id=feed_id,
                    client=client,
                    now=utcnow(),
                    default_interval_s=300,
                    max_bytes=5 * 1024 * 1024,
                )
            timings.append((time.perf_counter() - t0) * 1000)
            assert result.status == 304, result
        ordered = sorted(timings)
        print(
            f"one 304 poll (fetch + feed row update + commit): median {median(timings):.2f} ms, "
            f"p90 {ordered[int(len(ordered) * 0.9)]:.2f} ms over {len(timings)} feeds"
        )
        client.close()
        engine.dispose()
    broker.flushdb()
    server.httpd.shutdown()


if __name__ == "__main__":
    main()
