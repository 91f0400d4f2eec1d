"""Read-only queries behind the dashboard: keyset pages and SQL aggregates, never whole tables."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, func, literal, select, tuple_
from sqlalchemy.orm import Session

from service.db import UTCDateTime
from service.feeds.models import Feed
from service.incidents import repository as incidents_repository
from service.incidents.models import Incident, Report
from service.items.models import Assessment, Item
from service.ops.models import WorkerHeartbeat
from service.pagination import Cursor


@dataclass(frozen=True)
class Filter:
    since: datetime
    until: datetime  # exclusive
    country: str | None = None
    event_type: str | None = None
    min_confidence: float | None = None
    ceasefire_id: int | None = None


@dataclass(frozen=True)
class MapPoint:
    id: int
    lat: float
    lon: float
    event_type: str | None
    killed: int | None
    title: str
    occurred_at: datetime


def _where(stmt: Any, flt: Filter) -> Any:
    """The filter's conditions added to any select over incidents."""
    stmt = stmt.where(Incident.occurred_at >= flt.since, Incident.occurred_at < flt.until)
    if flt.country:
        stmt = stmt.where(Incident.country == flt.country)
    if flt.event_type:
        stmt = stmt.where(Incident.event_type == flt.event_type)
    if flt.min_confidence is not None:
        stmt = stmt.where(Incident.confidence >= flt.min_confidence)
    return stmt


def _older_than(cursor: Cursor) -> ColumnElement[bool]:
    # A row comparison, which a btree on (occurred_at, id) seeks to directly; the equivalent
    # `a < x OR (a = x AND id < y)` makes PostgreSQL walk the index from the top and filter.
    return tuple_(Incident.occurred_at, Incident.id) < tuple_(literal(cursor.at, UTCDateTime()), cursor.id)


def incident_page(
    session: Session, *, flt: Filter, cursor: Cursor | None, limit: int, only_ids: Select[Any] | None = None
) -> Sequence[Incident]:
    """Newest first by (occurred_at, id); `only_ids` restricts to a subquery (violations, a ceasefire)."""
    stmt = _where(select(Incident), flt)
    if only_ids is not None:
        stmt = stmt.where(Incident.id.in_(only_ids))
    if cursor:
        stmt = stmt.where(_older_than(cursor))
    stmt = stmt.order_by(Incident.occurred_at.desc(), Incident.id.desc()).limit(limit)
    return session.scalars(stmt).all()


def day_of(session: Session, column: Any) -> Any:
    """The UTC calendar day of a timestamp column, as SQL, on either backend."""
    if session.get_bind().dialect.name == "postgresql":
        return func.date(func.timezone("UTC", column))
    return func.date(column)


def daily_counts(
    session: Session, *, flt: Filter, only_ids: Select[Any] | None = None
) -> list[tuple[date, str | None, int]]:
    """Incidents per UTC day and event type over the filter's range, counted by the database."""
    day = day_of(session, Incident.occurred_at).label("day")
    stmt = _where(select(day, Incident.event_type, func.count()), flt)
    if only_ids is not None:
        stmt = stmt.where(Incident.id.in_(only_ids))
    stmt = stmt.group_by(day, Incident.event_type)
    out = []
    for d, event_type, n in session.execute(stmt).all():
        out.append((d if isinstance(d, date) else date.fromisoformat(str(d)[:10]), event_type, int(n)))
    return out


def map_points(
    session: Session, *, flt: Filter, limit: int, only_ids: Select[Any] | None = None
) -> list[MapPoint]:
    stmt = _where(
        select(
            Incident.id,
            Incident.lat,
            Incident.lon,
            Incident.event_type,
            func.coalesce(Incident.killed_high, Incident.killed),
            Incident.title,
            Incident.occurred_at,
        ),
        flt,
    ).where(Incident.lat.is_not(None), Incident.lon.is_not(None))
    if only_ids is not None:
        stmt = stmt.where(Incident.id.in_(only_ids))
    stmt = stmt.order_by(Incident.occurred_at.desc(), Incident.id.desc()).limit(limit)
    return [MapPoint(*row) for row in session.execute(stmt).all()]


def feeds(session: Session) -> Sequence[Feed]:
    return session.scalars(select(Feed).order_by(Feed.disabled, Feed.error_count.desc(), Feed.id)).all()


def items_per_feed(session: Session, *, since: datetime) -> dict[int, int]:
    """Items published since a time, per feed (published_at is indexed; fetched_at is not)."""
    stmt = select(Item.feed_id, func.count()).where(Item.published_at >= since).group_by(Item.feed_id)
    return {feed_id: int(n) for feed_id, n in session.execute(stmt).all()}


def heartbeats(session: Session) -> Sequence[WorkerHeartbeat]:
    return session.scalars(
        select(WorkerHeartbeat).order_by(WorkerHeartbeat.kind, WorkerHeartbeat.hostname)
    ).all()


def stale_before(now: datetime, *, after_s: float = 60.0) -> datetime:
    return now - timedelta(seconds=after_s)


def reports_of(
    session: Session, *, incident_id: int, limit: int
) -> Sequence[tuple[Report, Item, Feed, Assessment | None]]:
    """An incident's first reports, oldest first; bounded, since a much-reported event can have thousands."""
    return incidents_repository.reports_of(session, incident_id, limit=limit)
