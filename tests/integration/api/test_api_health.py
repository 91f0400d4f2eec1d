"""/healthz says the process is alive; /readyz says the database and the broker both answer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from service.db import reset_caches
from tests.conftest import REDIS_URL


@pytest.fixture
def client_with(cw_env: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    from service.api import create_app

    clients: list[TestClient] = []

    def make(**env: str) -> TestClient:
        for key, value in env.items():
            monkeypatch.setenv(f"CEASEWATCH_{key.upper()}", value)
        reset_caches()
        client = TestClient(create_app())
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


def test_healthz(client_with) -> None:  # type: ignore[no-untyped-def]
    response = client_with()
    answer = response.get("/healthz")
    assert answer.status_code == 200 and answer.json() == {"status": "ok"}


@pytest.mark.postgres
@pytest.mark.redis
def test_readyz_with_postgres_and_redis(client_with, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    client = client_with(database_url=pg_url, broker_url=REDIS_URL)
    answer = client.get("/readyz")
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"ready": True, "checks": {"database": "ok", "broker": "ok"}}


@pytest.mark.postgres
def test_readyz_with_an_unreachable_broker(client_with, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    client = client_with(database_url=pg_url, broker_url="redis://127.0.0.1:1/0")
    answer = client.get("/readyz")
    assert answer.status_code == 503
    body = answer.json()
    assert body["ready"] is False
    assert body["checks"]["database"] == "ok"
    assert body["checks"]["broker"] != "ok" and body["checks"]["broker"]
    assert client.get("/healthz").status_code == 200  # alive, just not ready


@pytest.mark.redis
def test_readyz_with_an_unreachable_database(client_with) -> None:  # type: ignore[no-untyped-def]
    client = client_with(database_url="postgresql+psycopg://postgres@127.0.0.1:1/none", broker_url=REDIS_URL)
    answer = client.get("/readyz")
    assert answer.status_code == 503
    checks = answer.json()["checks"]
    assert checks["database"] != "ok" and checks["broker"] == "ok"


def test_readyz_on_the_embedded_defaults(client_with, sqlite_url: str) -> None:  # type: ignore[no-untyped-def]
    client = client_with(database_url=sqlite_url)
    answer = client.get("/readyz")
    assert answer.status_code == 200, answer.text
