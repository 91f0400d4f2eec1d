"""Queries about feeds and the items they bring."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Insert, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from service.feeds.models import Feed
from service.items.models import Item


def get(session: Session, feed_id: int, *, for_update: bool = False) -> Feed | None:
    stmt = select(Feed).where(Feed.id == feed_id)
    if for_update:
        stmt = stmt.with_for_update()
    return session.scalars(stmt).one_or_none()


def by_url(session: Session, url: str) -> Feed | None:
    return session.scalars(select(Feed).where(Feed.url == url)).one_or_none()


def list_all(session: Session) -> Sequence[Feed]:
    return session.scalars(select(Feed).order_by(Feed.id)).all()


def due(session: Session, *, now: datetime, limit: int) -> Sequence[Feed]:
    """Feeds whose time has come and which no worker holds a live lease on."""
    stmt = (
        select(Feed)
        .where(Feed.disabled.is_(False), Feed.next_check_at <= now)
        .where(or_(Feed.leased_until.is_(None), Feed.leased_until < now))
        .order_by(Feed.next_check_at)
        .limit(limit)
    )
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(skip_locked=True)  # two beats never hand out the same feed
    return session.scalars(stmt).all()


def insert_items(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    """Insert items that are not stored yet; return the ids of those actually inserted."""
    if not rows:
        return []
    dialect = session.get_bind().dialect.name
    stmt: Insert
    if dialect == "postgresql":
        stmt = (
            postgresql.insert(Item)
            .values(rows)
            .on_conflict_do_nothing(index_elements=["feed_id", "guid_hash"])
        )
    elif dialect == "sqlite":
        stmt = (
            sqlite.insert(Item).values(rows).on_conflict_do_nothing(index_elements=["feed_id", "guid_hash"])
        )
    else:  # pragma: no cover - only the two supported backends
        raise RuntimeError(f"unsupported database {dialect}")
    return list(session.scalars(stmt.returning(Item.id)).all())
