"""Housekeeping: heartbeats and pruning the embedded broker."""

from __future__ import annotations

import os
import socket
import threading

from celery import shared_task
from celery.signals import task_postrun, worker_process_init, worker_ready, worker_shutdown
from sqlalchemy import create_engine, text

from service.config import get_settings
from service.db import get_engine, session_scope, utcnow
from service.ops.models import WorkerHeartbeat

HEARTBEAT_S = 10.0
_stop = threading.Event()
_done = 0
_done_lock = threading.Lock()


def beat(hostname: str, *, kind: str, tasks_done: int = 0) -> None:
    now = utcnow()
    with session_scope() as session:
        row = session.get(WorkerHeartbeat, hostname)
        if row is None:
            row = WorkerHeartbeat(hostname=hostname, kind=kind, pid=os.getpid(), started_at=now)
            session.add(row)
        row.seen_at = now
        row.pid = os.getpid()
        row.tasks_done = tasks_done


def _loop(hostname: str) -> None:
    while not _stop.wait(HEARTBEAT_S):
        try:
            beat(hostname, kind="worker", tasks_done=_done)
        except Exception:  # a database hiccup must not kill the heartbeat thread
            continue


@worker_process_init.connect
def _fresh_connections(**_: object) -> None:
    """A forked pool process must not reuse connections it inherited from its parent."""
    if get_engine.cache_info().currsize:
        get_engine().dispose(close=False)


@worker_ready.connect
def _start_heartbeat(sender: object = None, **_: object) -> None:
    hostname = getattr(sender, "hostname", None) or f"worker@{socket.gethostname()}:{os.getpid()}"
    beat(hostname, kind="worker")
    threading.Thread(target=_loop, args=(hostname,), name="heartbeat", daemon=True).start()


@worker_shutdown.connect
def _stop_heartbeat(**_: object) -> None:
    _stop.set()


@task_postrun.connect
def _count(**_: object) -> None:
    global _done
    with _done_lock:
        _done += 1


@shared_task(name="ops.beat_alive", ignore_result=True)
def beat_alive() -> None:
    """Runs on a worker, but only beat schedules it: a fresh row means beat and the queue are alive."""
    beat(f"beat@{socket.gethostname()}", kind="beat")


@shared_task(name="ops.prune_broker", ignore_result=True)
def prune_broker() -> int:
    """kombu's SQL transport keeps delivered messages (visible=false) forever; drop the old ones."""
    url = get_settings().resolved_broker_url.removeprefix("sqla+")
    engine = create_engine(url, connect_args={"timeout": 30})
    try:
        with engine.begin() as conn:
            result = conn.execute(text("DELETE FROM kombu_message WHERE visible = 0"))
            return int(result.rowcount or 0)
    finally:
        engine.dispose()
