"""`ceasewatch up`: migrate, then run API, worker and beat as child processes until told to stop."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from types import FrameType

from service import migrate
from service.config import get_settings

STOP_GRACE_S = 15.0


def _children(host: str, port: int, concurrency: int) -> dict[str, list[str]]:
    py = [sys.executable, "-m"]
    schedule = str(get_settings().home / "celerybeat-schedule")
    celery = [*py, "celery", "--quiet", "-A", "workers.celery_app"]
    return {
        "api": [*py, "uvicorn", "service.api:create_app", "--factory", "--host", host, "--port", str(port)]
        + ["--log-level", "warning"],
        "worker": [*celery, "worker", "--loglevel", "WARNING", "--concurrency", str(concurrency)]
        + ["--without-gossip", "--without-mingle"],
        "beat": [*celery, "beat", "--loglevel", "WARNING", "--schedule", schedule],
    }


def _wait_ready(url: str, procs: dict[str, subprocess.Popen[bytes]], timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(p.poll() is not None for p in procs.values()):
            return False
        try:
            with urllib.request.urlopen(url, timeout=1) as resp:
                if resp.status == 200:
                    return True
        except OSError:
            pass
        time.sleep(0.1)
    return False


def _first_admin_key() -> str | None:
    """On a fresh install, make one admin key so the newcomer can use the dashboard and API."""
    from service.auth import service as keys
    from service.db import session_scope, utcnow

    with session_scope() as session:
        if keys.list_all(session):
            return None
        _, plain = keys.create(
            session, name="first admin (created by ceasewatch up)", role="admin", now=utcnow()
        )
        return plain


def run_up(*, host: str | None, port: int | None, demo: bool, concurrency: int) -> int:
    started = time.monotonic()
    settings = get_settings()
    host = host or settings.api_host
    port = port or settings.api_port
    env = dict(os.environ)
    demo_server = None
    if demo:
        from service.demo.server import start_demo_server

        demo_server = start_demo_server()
        allow = [*settings.allow_private, "127.0.0.1"]
        env["CEASEWATCH_ALLOW_PRIVATE"] = json.dumps(allow)
        os.environ["CEASEWATCH_ALLOW_PRIVATE"] = env["CEASEWATCH_ALLOW_PRIVATE"]

    migrate.upgrade()
    key = _first_admin_key()
    if demo_server is not None:
        from service.demo.server import subscribe_demo_feeds

        subscribe_demo_feeds(demo_server)

    procs: dict[str, subprocess.Popen[bytes]] = {}
    stopping = False

    def stop(signum: int, _frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    for name, argv in _children(host, port, concurrency).items():
        procs[name] = subprocess.Popen(argv, env=env, start_new_session=True)

    code = 0
    base = f"http://{host}:{port}"
    if _wait_ready(f"{base}/healthz", procs):
        print(
            f"Ceasewatch is up at {base}/ (API docs {base}/docs) after {time.monotonic() - started:.1f} s",
            flush=True,
        )
        if key:
            print(f"First admin API key (shown once, store it): {key}", flush=True)
    else:
        print("Ceasewatch failed to start; see the errors above", file=sys.stderr, flush=True)
        stopping, code = True, 1
    try:
        while not stopping:
            for name, proc in procs.items():
                if proc.poll() is not None:
                    print(f"{name} exited with {proc.returncode}; stopping", file=sys.stderr, flush=True)
                    stopping, code = True, 1
                    break
            time.sleep(0.2)
    finally:
        _stop_all(procs)
        if demo_server is not None:
            demo_server.shutdown()
    print("Ceasewatch stopped", flush=True)
    return code


def _stop_all(procs: dict[str, subprocess.Popen[bytes]]) -> None:
    """Beat first (no new ticks), then the rest. SIGTERM goes to each child's main process only:
    a Celery worker then finishes its running tasks and stops its own pool (signalling the whole
    group killed pool processes mid-task). What is still alive after the grace period is killed."""
    order = sorted(procs, key=lambda name: name != "beat")
    for name in order:
        if procs[name].poll() is None:
            procs[name].send_signal(signal.SIGTERM)
    deadline = time.monotonic() + STOP_GRACE_S
    for name in order:
        proc = procs[name]
        try:
            proc.wait(timeout=max(deadline - time.monotonic(), 0.1))
        except subprocess.TimeoutExpired:
            print(f"{name} did not stop within {STOP_GRACE_S:.0f} s; killing it", file=sys.stderr, flush=True)
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
