"""Starting and stopping the service's real processes in tests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start(args: list[str], *, env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    out = open(log, "ab")  # noqa: SIM115 (closed with the process)
    return subprocess.Popen(
        [sys.executable, *args],
        env=env,
        cwd=ROOT,
        stdout=out,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def worker(env: dict[str, str], log: Path, concurrency: int = 2) -> subprocess.Popen[bytes]:
    return start(
        [
            "-m",
            "celery",
            "-A",
            "workers.celery_app",
            "worker",
            "--loglevel",
            "INFO",
            "--concurrency",
            str(concurrency),
            "--without-gossip",
            "--without-mingle",
        ],
        env=env,
        log=log,
    )


def beat(env: dict[str, str], log: Path, schedule: Path) -> subprocess.Popen[bytes]:
    return start(
        [
            "-m",
            "celery",
            "-A",
            "workers.celery_app",
            "beat",
            "--loglevel",
            "INFO",
            "--schedule",
            str(schedule),
        ],
        env=env,
        log=log,
    )


def stop(proc: subprocess.Popen[bytes], sig: int = signal.SIGTERM, timeout: float = 20.0) -> int:
    if proc.poll() is None:
        os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    return proc.returncode


def wait_until(probe: Callable[[], T | None], *, timeout: float, what: str, interval: float = 0.25) -> T:
    deadline = time.monotonic() + timeout
    last: T | None = None
    while time.monotonic() < deadline:
        last = probe()
        if last:
            return last
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what} (last: {last!r})")


def service_env(home: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("CEASEWATCH_") or k.startswith("CEASEWATCH_TEST")
    }
    env.update(CEASEWATCH_HOME=str(home), CEASEWATCH_ALLOW_PRIVATE='["127.0.0.1"]', PYTHONUNBUFFERED="1")
    env.update(extra)
    return env
