"""Queries about items and assessments."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from service.items.models import Assessment, Item
from service.pagination import Cursor


def get(session: Session, item_id: int) -> Item | None:
    return session.get(Item, item_id)


def assessment_of(session: Session, item_id: int) -> Assessment | None:
    return session.scalars(select(Assessment).where(Assessment.item_id == item_id)).one_or_none()


def page(
    session: Session,
    *,
    since: datetime | None,
    until: datetime | None,
    feed_id: int | None,
    incident: bool | None,
    cursor: Cursor | None,
    limit: int,
    country: str | None = None,
    event_type: str | None = None,
    min_confidence: float | None = None,
) -> Sequence[tuple[Item, Assessment | None]]:
    stmt = select(Item, Assessment).outerjoin(Assessment, Assessment.item_id == Item.id)
    if since:
        stmt = stmt.where(Item.published_at >= since)
    if until:
        stmt = stmt.where(Item.published_at < until)
    if feed_id is not None:
        stmt = stmt.where(Item.feed_id == feed_id)
    if incident is not None:
        stmt = stmt.where(Assessment.incident.is_(incident))
    if country is not None:
        stmt = stmt.where(Assessment.country == country)
    if event_type is not None:
        stmt = stmt.where(Assessment.event_type == event_type)
    if min_confidence is not None:
        stmt = stmt.where(Assessment.confidence >= min_confidence)
    if cursor:
        # A row comparison, not `a < x OR (a = x AND id < y)`: PostgreSQL seeks the (published_at, id)
        # index to it, where the OR form scans and filters every row before the cursor.
        stmt = stmt.where(tuple_(Item.published_at, Item.id) < (cursor.at, cursor.id))
    stmt = stmt.order_by(Item.published_at.desc(), Item.id.desc()).limit(limit)
    return [(i, a) for i, a in session.execute(stmt).all()]


def unassessed(session: Session, *, fetched_before: datetime, limit: int) -> Sequence[int]:
    """Items whose processing was lost (a worker died between storing and classifying)."""
    stmt = (
        select(Item.id)
        .outerjoin(Assessment, Assessment.item_id == Item.id)
        .where(Assessment.id.is_(None), Item.fetched_at < fetched_before)
        .order_by(Item.id)
        .limit(limit)
    )
    return session.scalars(stmt).all()


def ids_since(session: Session, *, since: datetime, after_id: int, limit: int) -> Sequence[int]:
    stmt = (
        select(Item.id).where(Item.published_at >= since, Item.id > after_id).order_by(Item.id).limit(limit)
    )
    return session.scalars(stmt).all()


def count_since(session: Session, *, since: datetime) -> int:
    from sqlalchemy import func

    return int(session.scalar(select(func.count(Item.id)).where(Item.published_at >= since)) or 0)
