"""`ceasewatch up` on a fresh CEASEWATCH_HOME (embedded SQLite + embedded broker): seconds to serving.

Each run starts from an empty home (so the time includes creating and migrating the database),
waits for /healthz to answer 200, then sends SIGTERM and checks that everything exits cleanly.

    .venv/bin/python bench/startup.py [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

from _common import ROOT, free_port, header, median, service_env

from service.supervisor import STOP_GRACE_S

CEASEWATCH = str(ROOT / ".venv" / "bin" / "ceasewatch")


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1) as resp:
            return bool(resp.status == 200)
    except OSError:
        return False


def children_of(pid: int) -> list[int]:
    """Processes still in the group `ceasewatch up` led (its API, worker and beat)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if os.getpgid(int(entry.name)) == pid:
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def one_run(n: int) -> tuple[float, float, int, bool]:
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        env = service_env(Path(tmp) / "home")
        log = open(Path(tmp) / "up.log", "wb")  # noqa: SIM115
        started = time.perf_counter()
        proc = subprocess.Popen(
            [CEASEWATCH, "up", "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        url = f"http://127.0.0.1:{port}/healthz"
        while not healthy(url):
            if proc.poll() is not None or time.perf_counter() - started > 120:
                raise SystemExit(
                    f"run {n}: ceasewatch up did not start:\n{(Path(tmp) / 'up.log').read_text()}"
                )
            time.sleep(0.05)
        ready_s = time.perf_counter() - started
        time.sleep(2)  # let worker and beat finish starting, so the stop is a real one
        stop_started = time.perf_counter()
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=60)
        stop_s = time.perf_counter() - stop_started
        log.close()
        output = (Path(tmp) / "up.log").read_text()
        clean = code == 0 and "Ceasewatch stopped" in output
        if stop_s >= STOP_GRACE_S:
            clean = False
            print(f"run {n}: a child outlived the {STOP_GRACE_S:.0f} s grace period and was SIGKILLed")
        for _ in range(50):  # the children are in their own groups; give them a moment to be reaped
            if not children_of(proc.pid):
                break
            time.sleep(0.1)
        leftovers = children_of(proc.pid)
        if leftovers:
            clean = False
            print(f"run {n}: processes left behind: {leftovers}")
        return ready_s, stop_s, code, clean


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    header("Start-up: `ceasewatch up` on a fresh home (SQLite + embedded broker)")
    ready = []
    for n in range(1, args.runs + 1):
        ready_s, stop_s, code, clean = one_run(n)
        ready.append(ready_s)
        print(
            f"run {n}: serving after {ready_s:.2f} s; "
            f"SIGTERM -> exit {code} in {stop_s:.2f} s, clean: {clean}"
        )
    print(f"median start to serving over {args.runs} runs: {median(ready):.2f} s")


if __name__ == "__main__":
    main()
