"""A Poller: add a feed, poll it through the real fetch + parse + store path, read back what was stored."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from service.config import get_settings
from service.db import reset_caches, utcnow
from service.feeds import service as feeds
from service.feeds.models import Feed
from service.feeds.service import PollResult
from service.items.models import Item
from workers.runtime import feed_client


@dataclass
class Poller:
    new_session: sessionmaker[Session]

    def add(self, url: str) -> int:
        with self.new_session.begin() as session:
            return feeds.add(session, url=url, now=utcnow()).id

    def poll(self, feed_id: int, *, now: datetime | None = None) -> PollResult:
        """One poll as the feeds.poll task runs it, in its own committed unit of work."""
        settings = get_settings()
        with self.new_session.begin() as session:
            return feeds.poll(
                session,
                feed_id=feed_id,
                client=feed_client(),
                now=now or utcnow(),
                default_interval_s=settings.poll_interval_s,
                max_bytes=settings.fetch_max_bytes,
            )

    def feed(self, feed_id: int) -> Feed:
        with self.new_session() as session:
            feed = session.get(Feed, feed_id)
            assert feed is not None
            return feed

    def items(self, feed_id: int) -> list[Item]:
        with self.new_session() as session:
            return list(session.scalars(select(Item).where(Item.feed_id == feed_id).order_by(Item.id)))


@pytest.fixture
def configure(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Set CEASEWATCH_* variables for this test and rebuild settings and the feed client from them."""

    def apply(**env: str) -> None:
        for key, value in env.items():
            monkeypatch.setenv(f"CEASEWATCH_{key.upper()}", value)
        get_settings.cache_clear()
        feed_client.cache_clear()

    feed_client.cache_clear()
    yield apply
    feed_client.cache_clear()


@pytest.fixture
def poller(new_session: sessionmaker[Session], configure: object) -> Iterator[Poller]:
    feed_client.cache_clear()
    yield Poller(new_session)
    feed_client.cache_clear()
    reset_caches()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The PostgreSQL half of a `db_url` test needs the server: mark it so `-m "not postgres"` works."""
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec is not None and callspec.params.get("db_url") == "postgres":
            item.add_marker(pytest.mark.postgres)
