"""End to end: RSS and Atom feeds served on 127.0.0.1 -> worker and beat -> incidents by date range.

Once on PostgreSQL + Redis with real Celery processes, once on the embedded default (`ceasewatch up`,
SQLite and the SQLite broker, no servers).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import redis

from tests.conftest import REDIS_URL, LocalServer
from tests.fixtures.feeds import DESK, WIRE, atom, rss
from tests.procs import ROOT, beat, free_port, service_env, start, stop, wait_until, worker

pytestmark = [pytest.mark.slow]

RANGE = {"since": "2026-11-19T00:00:00Z", "until": "2026-11-21T00:00:00Z"}
EXPECTED = {i.title for i in WIRE + DESK if i.incident}
ALL_ITEMS = len(WIRE) + len(DESK)


def serve_fixture_feeds(server: LocalServer) -> list[str]:
    return [
        server.serve("/wire.rss", rss("Fixture Wire", WIRE), headers={"Content-Type": "application/rss+xml"}),
        server.serve(
            "/desk.atom", atom("Fixture Desk", DESK), headers={"Content-Type": "application/atom+xml"}
        ),
    ]


def incident_titles(api: httpx.Client, headers: dict[str, str], **params: str) -> set[str]:
    resp = api.get("/api/v1/incidents", params={**RANGE, **params}, headers=headers)
    resp.raise_for_status()
    return {row["title"] for row in resp.json()["incidents"]}


def check_results(api: httpx.Client, headers: dict[str, str]) -> None:
    items = api.get("/api/v1/items", params={"limit": 100}, headers=headers).json()["items"]
    assert len(items) == ALL_ITEMS, "every item stored exactly once"
    assert all(i["assessment"] for i in items), "every item assessed"
    assert incident_titles(api, headers) == EXPECTED
    # The date range is honoured: nothing happened before the 19th.
    early = api.get(
        "/api/v1/incidents",
        params={"since": "2026-11-01T00:00:00Z", "until": "2026-11-19T00:00:00Z"},
        headers=headers,
    ).json()["incidents"]
    assert early == []
    assert incident_titles(api, headers, country="AF") == {i.title for i in DESK if i.incident}


@pytest.mark.postgres
@pytest.mark.redis
def test_postgres_redis_worker_and_beat(pg_url: str, local_server: LocalServer, tmp_path: Path) -> None:
    broker = REDIS_URL.rsplit("/", 1)[0] + "/12"
    redis.Redis.from_url(broker).flushdb()
    env = service_env(
        tmp_path,
        CEASEWATCH_DATABASE_URL=pg_url,
        CEASEWATCH_BROKER_URL=broker,
        CEASEWATCH_BEAT_TICK_S="1",
        CEASEWATCH_POLL_INTERVAL_S="30",
    )
    key = subprocess.run(
        [sys.executable, "-m", "service.cli", "keys", "create", "--role", "admin"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    port = free_port()
    procs = [
        worker(env, tmp_path / "worker.log"),
        beat(env, tmp_path / "beat.log", tmp_path / "beat-schedule"),
        start(
            ["-m", "uvicorn", "service.api:create_app", "--factory", "--port", str(port)],
            env=env,
            log=tmp_path / "api.log",
        ),
    ]
    headers = {"Authorization": f"Bearer {key}"}
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as api:
            wait_until(lambda: _get_ok(api, "/healthz"), timeout=30, what="the API")
            for url in serve_fixture_feeds(local_server):
                assert api.post("/api/v1/feeds", json={"url": url}, headers=headers).status_code == 201
            wait_until(
                lambda: incident_titles(api, headers) == EXPECTED,
                timeout=90,
                what="incidents from both feeds",
            )
            check_results(api, headers)
            ready = api.get("/readyz").json()
            assert ready == {"ready": True, "checks": {"database": "ok", "broker": "ok"}}
    finally:
        for proc in procs:
            stop(proc)
        _dump_logs(tmp_path)


def test_embedded_default_with_ceasewatch_up(local_server: LocalServer, tmp_path: Path) -> None:
    """No servers: `ceasewatch up` migrates SQLite, runs API, worker and beat on the SQLite broker."""
    port = free_port()
    env = service_env(tmp_path / "home", CEASEWATCH_BEAT_TICK_S="1")
    (tmp_path / "home").mkdir()
    log = tmp_path / "up.log"
    up = start(["-m", "service.cli", "up", "--port", str(port)], env=env, log=log)
    try:
        key = wait_until(lambda: _admin_key(log), timeout=60, what="`ceasewatch up` to print its admin key")
        headers = {"Authorization": f"Bearer {key}"}
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as api:
            for url in serve_fixture_feeds(local_server):
                assert api.post("/api/v1/feeds", json={"url": url}, headers=headers).status_code == 201
            wait_until(
                lambda: incident_titles(api, headers) == EXPECTED,
                timeout=90,
                what="incidents from both feeds",
            )
            check_results(api, headers)
    finally:
        code = stop(up)
        print(log.read_text(errors="replace")[-3000:])
    assert code == 0, "SIGTERM stops `ceasewatch up` cleanly"
    assert "Ceasewatch stopped" in log.read_text()


def _get_ok(api: httpx.Client, path: str) -> bool:
    try:
        return api.get(path).status_code == 200
    except httpx.HTTPError:
        return False


def _admin_key(log: Path) -> str | None:
    match = re.search(r"First admin API key \(shown once, store it\): (\S+)", log.read_text(errors="replace"))
    return match.group(1) if match else None


def _dump_logs(folder: Path) -> None:
    for path in folder.glob("*.log"):
        print(f"--- {path.name} ---\n{path.read_text(errors='replace')[-3000:]}")


def test_demo_shows_a_possible_violation_to_a_newcomer(tmp_path: Path) -> None:
    """`ceasewatch up --demo` on a fresh home: sample feeds, fictional ceasefires, an alert within minutes."""
    port = free_port()
    (tmp_path / "home").mkdir()
    env = service_env(tmp_path / "home")
    env.pop("CEASEWATCH_ALLOW_PRIVATE")  # the demo allows its own local feed server by itself
    log = tmp_path / "demo.log"
    up = start(["-m", "service.cli", "up", "--demo", "--port", str(port)], env=env, log=log)
    try:
        key = wait_until(lambda: _admin_key(log), timeout=60, what="`ceasewatch up --demo` to start")
        headers = {"Authorization": f"Bearer {key}"}
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as api:

            def violated() -> set[str]:
                alerts = api.get("/api/v1/alerts", headers=headers).json()["alerts"]
                return {a["summary"].split(":")[1] for a in alerts if a["kind"] == "possible_violation"}

            wanted = {" Syria truce (fictional)", " Afghanistan Eid ceasefire (fictional)"}
            wait_until(lambda: violated() >= wanted, timeout=150, what="possible violations of both truces")
            titles = {i["title"] for i in api.get("/api/v1/incidents", headers=headers).json()["incidents"]}
            assert not any("Striker" in t or "Dockworkers" in t for t in titles), (
                "the demo's negatives stay out"
            )
    finally:
        code = stop(up)
        print(log.read_text(errors="replace")[-3000:])
    assert code == 0
