"""Through real Celery worker and beat processes on PostgreSQL and Redis: retries until the receiver
recovers, and a worker killed with SIGKILL mid-delivery loses nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import redis
from celery import Celery
from sqlalchemy.orm import Session

from service.db import get_sessionmaker, reset_caches, utcnow
from service.webhooks.models import Delivery
from tests.conftest import LocalServer
from tests.integration.webhooks.receivers import Receiver
from tests.integration.webhooks.test_webhook_deliveries import donbas_shelling, subscribe
from tests.reports import add_feed, add_report, coalition_strike, ingest, load_registry
from workers.tasks.webhooks import lease_due_now

pytestmark = [pytest.mark.postgres, pytest.mark.redis, pytest.mark.slow]
BROKER = "redis://127.0.0.1:6379/14"
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def pg_env(cw_env: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    redis.Redis.from_url(BROKER).flushdb()
    monkeypatch.setenv("CEASEWATCH_DATABASE_URL", pg_url)
    monkeypatch.setenv("CEASEWATCH_BROKER_URL", BROKER)
    monkeypatch.setenv("CEASEWATCH_WEBHOOK_TICK_S", "1")
    reset_caches()
    env = {
        k: v for k, v in os.environ.items() if not k.startswith("CEASEWATCH_") or k.startswith("CEASEWATCH_")
    }
    yield env
    redis.Redis.from_url(BROKER).flushdb()


def start(kind: str, env: dict[str, str], tmp: Path) -> subprocess.Popen[bytes]:
    celery = str(Path(sys.executable).parent / "celery")
    args = [celery, "-A", "workers.celery_app", kind, "--loglevel", "WARNING"]
    if kind == "worker":
        args += ["--concurrency", "1", "--without-heartbeat", "--without-gossip", "--without-mingle"]
    else:
        args += ["--schedule", str(tmp / "beat-schedule")]
    log = open(tmp / f"{kind}.log", "ab")  # noqa: SIM115 (lives as long as the process)
    return subprocess.Popen(args, cwd=ROOT, env=env, stdout=log, stderr=log, start_new_session=True)


def stop(proc: subprocess.Popen[bytes], sig: int = signal.SIGTERM) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def wait_for(check: Callable[[], bool], *, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise AssertionError(f"gave up waiting for {what}")


def alerts_to(session: Session, server: LocalServer, path: str) -> tuple[list[int], Receiver]:
    load_registry(session)
    _, receiver = subscribe(session, server, path)
    wire = add_feed(session, 1)
    ids = ingest(
        session, *add_report(session, feed=wire, title="Coalition strike", result=coalition_strike())
    )[1]
    ids += ingest(
        session, *add_report(session, feed=wire, title="Avdiivka shelled", result=donbas_shelling())
    )[1]
    session.commit()
    return ids, receiver


def test_failing_receiver_gets_every_alert_after_recovering_through_celery(
    pg_env: dict[str, str], local_server: LocalServer, tmp_path: Path
) -> None:
    session = get_sessionmaker()()
    ids, receiver = alerts_to(session, local_server, "/flaky")
    receiver.answer = lambda n, _id: 500 if n <= 2 else 200  # both first tries fail
    worker, beat = start("worker", pg_env, tmp_path), start("beat", pg_env, tmp_path)
    try:
        sender = Celery(broker=BROKER)
        for delivery_id in ids:  # what workers.dispatch.deliveries does after the item's commit
            sender.send_task("webhooks.deliver", args=[delivery_id])
        wait_for(lambda: len(receiver.accepted_ids) >= 2, seconds=90, what="both alerts to be accepted")

        def recorded() -> bool:
            # the worker records the outcome after the receiver has answered: stopping it at the
            # answer raced that write
            session.expire_all()
            return all((d := session.get(Delivery, i)) is not None and d.status != "sending" for i in ids)

        wait_for(recorded, seconds=30, what="both outcomes to be recorded")
    finally:
        stop(worker)
        stop(beat)
    assert receiver.seen[:2] and sorted(receiver.accepted_ids) == sorted(receiver.seen[:2])
    session.expire_all()
    rows = [session.get(Delivery, i) for i in ids]
    assert all(d is not None and d.status == "succeeded" and d.attempts == 2 for d in rows)
    session.close()


def test_worker_killed_mid_delivery_loses_nothing(
    pg_env: dict[str, str], local_server: LocalServer, tmp_path: Path
) -> None:
    session = get_sessionmaker()()
    ids, receiver = alerts_to(session, local_server, "/sleepy")
    delivery_id = ids[0]
    first_request = threading.Event()

    def answer(n: int, _id: str) -> int:
        if n == 1:
            first_request.set()
            time.sleep(5)  # the worker is killed while it waits for this answer
        return 200

    receiver.answer = answer
    worker = start("worker", pg_env, tmp_path)
    try:
        Celery(broker=BROKER).send_task("webhooks.deliver", args=[delivery_id])
        assert first_request.wait(60), "the worker never sent the delivery"
        stop(worker, signal.SIGKILL)
        session.expire_all()
        in_flight = session.get(Delivery, delivery_id)
        assert in_flight is not None and in_flight.status == "sending"

        worker = start("worker", pg_env, tmp_path)
        # The sweeper (webhooks.dispatch_due on the beat tick) once the in-flight lease has run out.
        swept = lease_due_now(now=utcnow() + timedelta(minutes=2))
        assert delivery_id in swept
        sender = Celery(broker=BROKER)
        for i in swept:
            sender.send_task("webhooks.deliver", args=[i])

        def delivered() -> bool:
            session.expire_all()
            row = session.get(Delivery, delivery_id)
            return row is not None and row.status == "succeeded"

        wait_for(delivered, seconds=60, what="the delivery to succeed after the restart")
    finally:
        stop(worker)
    message_id = session.get(Delivery, delivery_id).message_id  # type: ignore[union-attr]
    assert message_id in receiver.accepted_ids
    assert set(receiver.seen) >= {message_id}
    session.close()
