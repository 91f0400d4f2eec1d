# ruff: noqa: E501
"""Latency from an item appearing in a local feed to a verified webhook at a local receiver.

Real processes on PostgreSQL and Redis: 2 Celery workers (concurrency 1 each) and beat (feed tick and
delivery tick 1 s). The feed is polled every 5 s (the shortest poll interval allowed). Items appear one
every few seconds at random points of the poll cycle; each is a wire headline the classifier takes as
an incident, in a different town, inside a ceasefire registered for the run. Latency = the receiver
verifying the signed alert minus the moment the item appeared in the feed.

    .venv/bin/python bench/alert_latency.py [--items 20]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import threading
import time
from datetime import UTC, date, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._common import (  # noqa: E402
    header,
    percentile,
    scratch_database,
    service_env,
    spawn,
    stop,
    wait_until,
)  # fmt: skip

BROKER = "redis://127.0.0.1:6379/12"
POLL_S = 5
TOWNS = [
    "Kharkiv", "Kherson", "Zaporizhzhia", "Odesa", "Dnipro", "Sumy", "Chernihiv", "Mykolaiv", "Kramatorsk",
    "Avdiivka", "Izium", "Nikopol", "Kryvyi Rih", "Poltava", "Mariupol", "Melitopol", "Berdiansk", "Kupiansk",
    "Bakhmut", "Uman", "Vinnytsia", "Kropyvnytskyi", "Kremenchuk", "Cherkasy",
]  # fmt: skip


class State:
    lock = threading.Lock()
    items: list[tuple[str, str, datetime]] = []  # guid, title, published
    appeared: dict[str, float] = {}  # title -> when it appeared in the feed
    received: dict[str, float] = {}  # title -> when its verified alert arrived
    bad = 0
    secret = ""


def rss() -> bytes:
    with State.lock:
        entries = "".join(
            f"<item><guid>{g}</guid><title>{escape(t)}</title><pubDate>{format_datetime(p)}</pubDate>"
            f"<description>{escape(t)}; officials said two soldiers were killed on {p:%A}.</description></item>"
            for g, t, p in State.items
        )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bench Wire</title>{entries}</channel></rss>'.encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keeps connections open, as real servers do; the client does not pool

    def do_GET(self) -> None:  # noqa: N802
        body = rss()
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:  # noqa: N802
        from service.webhooks import signing

        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        now = time.time()
        try:
            signing.verify(State.secret, headers=dict(self.headers), body=body, now=int(now))
            data = json.loads(body)["data"]
            title = data["incident"]["title"]
            with State.lock:
                if data["alert"]["kind"] == "possible_violation":
                    State.received.setdefault(title, now)
            status = 204
        except (signing.BadSignature, KeyError, ValueError):
            State.bad += 1
            status = 400
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--gap", type=float, default=3.0, help="mean seconds between items")
    parser.add_argument("--logs", type=Path, help="keep the worker and beat logs here")
    args = parser.parse_args()

    import redis
    from sqlalchemy import text
    from sqlalchemy.orm import Session

    from service.ceasefires import service as ceasefires
    from service.ceasefires.schemas import CeasefireIn
    from service.db import make_engine
    from service.feeds import service as feeds
    from service.webhooks import service as webhooks
    from service.webhooks.filters import WebhookFilters

    header(f"alert latency: feed item -> verified webhook, {args.items} items, poll interval {POLL_S} s")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    redis.Redis.from_url(BROKER).flushdb()
    rng = random.Random(4)

    with scratch_database("cw_latency") as db, tempfile.TemporaryDirectory() as scratch:
        tmp = str(args.logs or scratch)
        Path(tmp).mkdir(parents=True, exist_ok=True)
        engine = make_engine(db)
        now = datetime.now(UTC)
        with Session(engine) as session:
            ceasefires.create(session, body=CeasefireIn(
                name="Bench ceasefire (Ukraine)", kind="definitive", countries=["UA"], starts_on=date(2020, 1, 1),
                parties=[{"name": "Russian armed forces", "kind": "state_forces"},
                         {"name": "Ukrainian armed forces", "kind": "state_forces"}],
            ), now=now)  # fmt: skip
            endpoint = webhooks.create(
                session, url=f"{base}/hook", secret=None, description="bench", filters=WebhookFilters(),
                enabled=True, allow_private=["127.0.0.1"], now=now,
            )  # fmt: skip
            State.secret = endpoint.secret
            feeds.add(session, url=f"{base}/feed.xml", title="Bench Wire", poll_interval_s=POLL_S, now=now)
            session.commit()
        engine.dispose()
        env = service_env(
            Path(tmp), CEASEWATCH_DATABASE_URL=db, CEASEWATCH_BROKER_URL=BROKER,
            CEASEWATCH_ALLOW_PRIVATE='["127.0.0.1"]', CEASEWATCH_BEAT_TICK_S="1", CEASEWATCH_WEBHOOK_TICK_S="1",
            CEASEWATCH_POLL_INTERVAL_S=str(POLL_S),
        )  # fmt: skip
        procs = []
        celery = ["-m", "celery", "-A", "workers.celery_app"]
        for w in range(2):
            log = Path(tmp) / f"worker{w}.log"
            procs.append(spawn([*celery, "worker", "--concurrency", "1", "--loglevel", "INFO", "-n", f"lat{w}@%h",
                                "--without-heartbeat", "--without-gossip", "--without-mingle"], env=env, log=log))  # fmt: skip
            wait_until(lambda log=log: b"ready." in log.read_bytes(), timeout=60, what=f"worker {w}")
        procs.append(spawn([*celery, "beat", "--loglevel", "INFO", "--schedule", f"{tmp}/beat"], env=env,
                           log=Path(tmp) / "beat.log"))  # fmt: skip
        try:
            time.sleep(2 * POLL_S)  # the first polls of an empty feed
            for n in range(args.items):
                town = TOWNS[n % len(TOWNS)]
                title = f"Russian shelling kills two Ukrainian soldiers in {town}"
                with State.lock:
                    State.items.append((f"urn:bench:{n}", title, datetime.now(UTC)))
                    State.appeared[title] = time.time()
                time.sleep(rng.uniform(0.5, 2 * args.gap - 0.5))
            wait_until(lambda: len(State.received) >= len(State.appeared), timeout=120, what="every alert",
                       interval=0.1)  # fmt: skip
        except SystemExit as exc:
            print(f"warning: {exc}")
        finally:
            for proc in procs:
                stop(proc)
            redis.Redis.from_url(BROKER).flushdb()
            counts = {}
            with Session(make_engine(db)) as session:
                for table in (
                    "items",
                    "assessments",
                    "incidents",
                    "incident_violations",
                    "alerts",
                    "deliveries",
                ):
                    counts[table] = session.execute(text(f"SELECT count(*) FROM {table}")).scalar()
            print("rows:", ", ".join(f"{k} {v}" for k, v in counts.items()))
    latencies = [State.received[t] - State.appeared[t] for t in State.appeared if t in State.received]
    print(
        f"items: {len(State.appeared)}; verified alerts received: {len(latencies)}; bad signatures: {State.bad}"
    )
    if latencies:
        print(f"latency p50 {percentile(latencies, 50):.1f} s, p95 {percentile(latencies, 95):.1f} s, "
              f"max {max(latencies):.1f} s (poll interval {POLL_S} s, beat and delivery ticks 1 s)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
