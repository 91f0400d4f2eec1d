# ruff: noqa: E501
"""One alert fanned out to 1,000 webhook subscriptions: deliveries per second with 2 worker processes.

Real Celery workers (prefork, concurrency 1 each) on PostgreSQL and Redis deliver signed POSTs to a
local receiver that answers 204 at once; the clock runs from the first dispatch to the last
delivery recorded as succeeded in the database.

    .venv/bin/python bench/webhook_fanout.py [--subscriptions 1000] [--workers 2]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._common import header, scratch_database, service_env, spawn, stop, wait_until  # noqa: E402

BROKER = "redis://127.0.0.1:6379/13"


class Receiver(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    count = 0
    lock = threading.Lock()

    def do_POST(self) -> None:  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        with Receiver.lock:
            Receiver.count += 1
        self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscriptions", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    import redis
    from celery import Celery
    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from service.db import make_engine
    from service.webhooks import service as webhooks
    from service.webhooks.filters import WebhookFilters
    from service.webhooks.models import Delivery
    from tests.reports import T0, add_feed, add_report, coalition_strike, ingest, load_registry

    header(f"webhook fan-out: 1 alert -> {args.subscriptions} subscriptions, {args.workers} worker processes")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}/hook"
    redis.Redis.from_url(BROKER).flushdb()

    with scratch_database("cw_fanout") as db, tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(db)
        with Session(engine) as session:
            load_registry(session)
            for n in range(args.subscriptions):
                webhooks.create(
                    session, url=f"{url}?n={n}", secret=None, description=f"sub {n}", filters=WebhookFilters(),
                    enabled=True, allow_private=["127.0.0.1"], now=T0,
                )  # fmt: skip
            item = add_report(
                session, feed=add_feed(session, 1), title="Coalition strike", result=coalition_strike()
            )
            made = time.perf_counter()
            _, ids = ingest(session, *item)
            session.commit()
            fanout_s = time.perf_counter() - made
        env = service_env(
            Path(tmp), CEASEWATCH_DATABASE_URL=db, CEASEWATCH_BROKER_URL=BROKER,
            CEASEWATCH_ALLOW_PRIVATE='["127.0.0.1"]',
        )  # fmt: skip
        workers = []
        for w in range(args.workers):
            log = Path(tmp) / f"worker{w}.log"
            workers.append(spawn(
                ["-m", "celery", "-A", "workers.celery_app", "worker", "--concurrency", "1", "--loglevel", "INFO",
                 "-n", f"fanout{w}@%h", "--without-heartbeat", "--without-gossip", "--without-mingle"],
                env=env, log=log,
            ))  # fmt: skip
            wait_until(lambda log=log: b"ready." in log.read_bytes(), timeout=60, what=f"worker {w}")
        try:
            sender = Celery(broker=BROKER)
            started = time.perf_counter()
            for delivery_id in ids:
                sender.send_task("webhooks.deliver", args=[delivery_id])

            def done() -> bool:
                with Session(engine) as s:
                    n = s.scalar(select(func.count(Delivery.id)).where(Delivery.status == "succeeded"))
                    return n == len(ids)

            wait_until(done, timeout=600, what="every delivery", interval=0.05)
            elapsed = time.perf_counter() - started
        finally:
            for proc in workers:
                stop(proc)
            engine.dispose()
            redis.Redis.from_url(BROKER).flushdb()
    print(f"deliveries created in the alert's transaction: {len(ids)} in {fanout_s * 1000:.0f} ms")
    print(
        f"delivered (signed, 2xx, recorded): {len(ids)} in {elapsed:.1f} s = {len(ids) / elapsed:.0f} deliveries/s"
    )
    print(f"receiver saw {Receiver.count} requests")
    return 0


if __name__ == "__main__":
    sys.exit(main())
