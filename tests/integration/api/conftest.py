"""An API client on a migrated database (SQLite and PostgreSQL), keys of each kind, direct row inserts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Boolean, Float, Integer, String, Text, column, insert, table
from sqlalchemy.orm import Session, sessionmaker

from service.db import UTCDateTime, utcnow

# Only the columns of the first migration, so these inserts do not depend on later additions.
INCIDENTS = table(
    "incidents",
    column("id", Integer),
    column("occurred_at", UTCDateTime()),
    column("first_seen_at", UTCDateTime()),
    column("updated_at", UTCDateTime()),
    column("title", Text),
    column("country", String),
    column("event_type", String),
    column("target_is_state_forces", Boolean),
    column("confidence", Float),
    column("hedged", Boolean),
    column("mentions_ceasefire", Boolean),
    column("status", String),
    column("report_count", Integer),
    column("source_count", Integer),
)
ITEMS = table(
    "items",
    column("id", Integer),
    column("feed_id", Integer),
    column("guid_hash", String),
    column("title", Text),
    column("summary", Text),
    column("published_at", UTCDateTime()),
    column("date_missing", Boolean),
    column("fetched_at", UTCDateTime()),
)


@dataclass
class Keys:
    admin: str
    read: str
    revoked: str

    @staticmethod
    def header(key: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {key}"}


@pytest.fixture
def keys(new_session: sessionmaker[Session]) -> Keys:
    from service.auth import service as auth

    with new_session.begin() as session:
        now = utcnow()
        _, admin = auth.create(session, name="admin", role="admin", now=now)
        _, read = auth.create(session, name="reader", role="read", now=now)
        gone, revoked = auth.create(session, name="gone", role="admin", now=now)
        auth.revoke(session, key_id=gone.id, now=now)
    return Keys(admin=admin, read=read, revoked=revoked)


@pytest.fixture
def api(db_url: str) -> Iterator[TestClient]:
    from service.api import create_app

    with TestClient(create_app()) as client:
        yield client


@pytest.fixture
def reader(api: TestClient, keys: Keys) -> TestClient:
    """The API client with a read key on every request."""
    api.headers.update(Keys.header(keys.read))
    return api


@dataclass
class Rows:
    """Direct inserts, for tests that need many rows without running the pipeline."""

    @staticmethod
    def incidents(session: Session, occurred: list[datetime], **fields: Any) -> list[int]:
        return insert_incidents(session, occurred, **fields)

    @staticmethod
    def items(session: Session, feed_id: int, published: list[datetime]) -> list[int]:
        return insert_items(session, feed_id, published)


@pytest.fixture
def db_rows() -> Rows:
    return Rows()


def insert_incidents(session: Session, occurred: list[datetime], **fields: Any) -> list[int]:
    now = utcnow()
    rows = [
        dict(
            occurred_at=at,
            first_seen_at=now,
            updated_at=now,
            title=f"incident {n}",
            target_is_state_forces=False,
            confidence=0.9,
            hedged=False,
            mentions_ceasefire=False,
            status="alleged",
            report_count=1,
            source_count=1,
            **fields,
        )
        for n, at in enumerate(occurred)
    ]
    return list(session.scalars(insert(INCIDENTS).returning(INCIDENTS.c.id), rows))


def insert_items(session: Session, feed_id: int, published: list[datetime]) -> list[int]:
    now = utcnow()
    rows = [
        dict(
            feed_id=feed_id,
            guid_hash=f"{n:064x}",
            title=f"item {n}",
            summary="",
            published_at=at,
            date_missing=False,
            fetched_at=now,
        )
        for n, at in enumerate(published)
    ]
    return list(session.scalars(insert(ITEMS).returning(ITEMS.c.id), rows))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The PostgreSQL half of a `db_url` test needs the server: mark it so `-m "not postgres"` works."""
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec is not None and callspec.params.get("db_url") == "postgres":
            item.add_marker(pytest.mark.postgres)
