"""Shared helpers for the benchmarks: a throwaway PostgreSQL database, processes, ports, percentiles."""

from __future__ import annotations

import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[1]
PG_SERVER = os.environ.get("CEASEWATCH_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432")
PG_MAINTENANCE_DB = os.environ.get("CEASEWATCH_TEST_PG_DB", "test")
T = TypeVar("T")


@contextmanager
def scratch_database(prefix: str) -> Iterator[str]:
    """A new PostgreSQL database migrated to head, dropped afterwards whatever happens."""
    from service import migrate

    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(f"{PG_SERVER}/{PG_MAINTENANCE_DB}", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = f"{PG_SERVER}/{name}"
    try:
        migrate.upgrade(url)
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def service_env(home: Path, **extra: str) -> dict[str, str]:
    """The process environment without any CEASEWATCH_* of the caller's, plus what is given."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CEASEWATCH_")}
    env.update(CEASEWATCH_HOME=str(home), PYTHONUNBUFFERED="1")
    env.update(extra)
    return env


def spawn(args: list[str], *, env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    out = open(log, "ab")  # noqa: SIM115 (the child owns it)
    return subprocess.Popen(
        [sys.executable, *args],
        env=env,
        cwd=ROOT,
        stdout=out,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def stop(proc: subprocess.Popen[bytes], timeout: float = 20.0) -> int:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    return proc.returncode


def wait_until(probe: Callable[[], T | None], *, timeout: float, what: str, interval: float = 0.05) -> T:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = probe()
        if value:
            return value
        time.sleep(interval)
    raise SystemExit(f"timed out after {timeout:.0f} s waiting for {what}")


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * pct / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def median(values: list[float]) -> float:
    return statistics.median(values)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{os.cpu_count()} CPU ({cpu}), {mem_gb:.0f} GB RAM, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}"
    )


def header(title: str) -> None:
    print(f"# {title}")
    print(f"date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    print(f"machine: {machine()}")
