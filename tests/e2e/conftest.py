"""Browser fixtures: a real service (uvicorn in a subprocess) on PostgreSQL, fed through the real
pipeline from a local RSS server, and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, text

from tests.conftest import PG_MAINTENANCE_DB, PG_SERVER

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "screenshots"
DOCS_SHOTS = ROOT / "docs" / "screenshots"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class FeedServer:
    """Serves fixed bodies by path; what a path returns can be changed while it runs."""

    routes: dict[str, tuple[int, str, bytes]] = field(default_factory=dict)
    base: str = ""

    def serve(self, path: str, body: str, *, status: int = 200, ctype: str = "application/rss+xml") -> str:
        self.routes[path] = (status, ctype, body.encode())
        return self.base + path


@pytest.fixture(scope="module")
def feed_server() -> Iterator[FeedServer]:
    state = FeedServer()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            status, ctype, body = state.routes.get(self.path.split("?")[0], (404, "text/plain", b"not found"))
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:  # noqa: N802  (webhook deliveries land here too)
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            self.do_GET()

        def log_message(self, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield state
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def e2e_env(pg_template: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A PostgreSQL database of the module's own and the settings environment pointing at it."""
    from service.db import reset_caches

    name = f"cw_e2e_{uuid.uuid4().hex[:8]}"
    admin = create_engine(f"{PG_SERVER}/{PG_MAINTENANCE_DB}", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"'))
    home = tmp_path_factory.mktemp("home")
    env = {
        "CEASEWATCH_HOME": str(home),
        "CEASEWATCH_DATABASE_URL": f"{PG_SERVER}/{name}",
        "CEASEWATCH_ALLOW_PRIVATE": '["127.0.0.1", "localhost"]',
    }
    mp = pytest.MonkeyPatch()
    for key in list(os.environ):
        if key.startswith("CEASEWATCH_") and not key.startswith("CEASEWATCH_TEST_"):
            mp.delenv(key)
    for key, value in env.items():
        mp.setenv(key, value)
    reset_caches()
    yield env
    reset_caches()
    mp.undo()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@dataclass
class Service:
    base: str
    process: subprocess.Popen[bytes]


def start_service(env: dict[str, str], log: Path) -> Service:
    port = free_port()
    cmd = [sys.executable, "-m", "uvicorn", "--factory", "service.api:create_app", "--port", str(port)]
    cmd += ["--host", "127.0.0.1", "--log-level", "warning"]
    with log.open("wb") as out:
        proc = subprocess.Popen(
            cmd, env={**os.environ, **env}, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT
        )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the service exited: {log.read_text()[-2000:]}")
        try:
            if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                return Service(base, proc)
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.terminate()
    raise RuntimeError("the service did not answer /healthz within 30 s")


def stop_service(service: Service) -> None:
    service.process.terminate()
    try:
        service.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        service.process.kill()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CEASEWATCH_TEST_NO_SKIPS"):
            pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium")
        pytest.skip(f"{CHROMIUM} is missing: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


def screenshot(page: Any, name: str) -> None:
    """Every view is kept as a test artifact; CEASEWATCH_TEST_SCREENSHOTS_TO_DOCS=1 refreshes docs/ too."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    if os.environ.get("CEASEWATCH_TEST_SCREENSHOTS_TO_DOCS") == "1":
        DOCS_SHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, DOCS_SHOTS / f"{name}.png")
