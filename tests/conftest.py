"""Shared fixtures: real databases (a fresh PostgreSQL database per test, cloned from a migrated
template), a settings environment in a temporary home, and a local HTTP server for feeds and webhooks."""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session, sessionmaker

PG_SERVER = os.environ.get("CEASEWATCH_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432")
PG_MAINTENANCE_DB = os.environ.get("CEASEWATCH_TEST_PG_DB", "test")
REDIS_URL = os.environ.get("CEASEWATCH_TEST_REDIS", "redis://127.0.0.1:6379/15")
RUN = uuid.uuid4().hex[:8]


def _pg_admin() -> Any:
    return create_engine(f"{PG_SERVER}/{PG_MAINTENANCE_DB}", isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A PostgreSQL database migrated to head, used as the template for each test's database."""
    from service import migrate

    name = f"cw_tmpl_{RUN}"
    admin = _pg_admin()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = f"{PG_SERVER}/{name}"
    migrate.upgrade(url)
    from service.db import reset_caches

    reset_caches()
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def pg_url(pg_template: str) -> Iterator[str]:
    name = f"cw_{RUN}_{uuid.uuid4().hex[:8]}"
    admin = _pg_admin()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"'))
    yield f"{PG_SERVER}/{name}"
    from service.db import reset_caches

    reset_caches()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    from service import migrate

    url = f"sqlite:///{tmp_path / 'ceasewatch.sqlite3'}"
    migrate.upgrade(url)
    return url


@pytest.fixture
def cw_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A clean settings environment: its own home, loopback allowed, caches reset before and after."""
    from service.db import reset_caches

    home = tmp_path / "home"
    home.mkdir()
    for key in list(os.environ):
        if key.startswith("CEASEWATCH_") and not key.startswith("CEASEWATCH_TEST_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("CEASEWATCH_HOME", str(home))
    monkeypatch.setenv("CEASEWATCH_ALLOW_PRIVATE", '["127.0.0.1", "localhost"]')
    reset_caches()
    yield home
    reset_caches()


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, cw_env: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each test using this runs twice: on SQLite and on PostgreSQL, both migrated to head."""
    from service.db import reset_caches

    if request.param == "sqlite":
        url = request.getfixturevalue("sqlite_url")
    else:
        url = request.getfixturevalue("pg_url")
    monkeypatch.setenv("CEASEWATCH_DATABASE_URL", url)
    reset_caches()
    return url


@pytest.fixture
def session(db_url: str) -> Iterator[Session]:
    from service.db import get_sessionmaker

    s = get_sessionmaker()()
    try:
        yield s
    finally:
        s.rollback()
        s.close()


@pytest.fixture
def new_session(db_url: str) -> sessionmaker[Session]:
    from service.db import get_sessionmaker

    return get_sessionmaker()


# --- a local HTTP server -------------------------------------------------------------------------

Reply = tuple[int, dict[str, str], bytes]


@dataclass
class LocalServer:
    """Routes map a path to a function of the request that returns (status, headers, body)."""

    routes: dict[str, Callable[[BaseHTTPRequestHandler, bytes], Reply]] = field(default_factory=dict)
    requests: list[tuple[str, str, dict[str, str], bytes]] = field(default_factory=list)
    peers: list[tuple[str, int]] = field(default_factory=list)  # client address of each request
    base: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return self.base + path

    def serve(
        self, path: str, body: bytes | str, *, status: int = 200, headers: dict[str, str] | None = None
    ) -> str:
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = lambda _h, _b: (status, dict(headers or {}), data)
        return self.url(path)


@pytest.fixture
def local_server() -> Iterator[LocalServer]:
    state = LocalServer()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            path = self.path.split("?")[0]
            with state.lock:
                state.requests.append((self.command, self.path, dict(self.headers), body))
                state.peers.append(self.client_address[:2])
            route = state.routes.get(path)
            if route is None:
                status, headers, payload = 404, {"Content-Type": "text/plain"}, b"not found"
            else:
                status, headers, payload = route(self, body)
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            if "Content-Length" not in headers:
                self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            if self.command != "HEAD" and status not in (204, 304):
                self.wfile.write(payload)

        do_GET = do_POST = do_HEAD = _handle  # noqa: N815

        def log_message(self, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield state
    httpd.shutdown()
    httpd.server_close()


# --- CI: nothing may skip ------------------------------------------------------------------------

_skipped: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped:
        _skipped.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """With CEASEWATCH_TEST_NO_SKIPS=1 (CI), a skipped test fails the run: CI must run them all."""
    if os.environ.get("CEASEWATCH_TEST_NO_SKIPS") == "1" and _skipped:
        print(f"\n{len(_skipped)} test(s) skipped, which CI does not allow: {', '.join(_skipped[:10])}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
