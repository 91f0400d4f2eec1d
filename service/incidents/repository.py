"""Queries about incidents and their reports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, or_, select, text, tuple_
from sqlalchemy.orm import Session

from service.feeds.models import Feed
from service.incidents.models import Claim, Incident, IncidentRevision, Report
from service.items.models import Assessment, Item
from service.pagination import Cursor


@dataclass(frozen=True)
class IncidentFilter:
    since: datetime | None = None
    until: datetime | None = None
    country: str | None = None
    event_type: str | None = None
    min_confidence: float | None = None


def page(session: Session, *, flt: IncidentFilter, cursor: Cursor | None, limit: int) -> Sequence[Incident]:
    stmt = select(Incident)
    if flt.since:
        stmt = stmt.where(Incident.occurred_at >= flt.since)
    if flt.until:
        stmt = stmt.where(Incident.occurred_at < flt.until)
    if flt.country:
        stmt = stmt.where(Incident.country == flt.country)
    if flt.event_type:
        stmt = stmt.where(Incident.event_type == flt.event_type)
    if flt.min_confidence is not None:
        stmt = stmt.where(Incident.confidence >= flt.min_confidence)
    if cursor:
        # A row comparison lets PostgreSQL seek the (occurred_at, id) index straight to the cursor.
        stmt = stmt.where(tuple_(Incident.occurred_at, Incident.id) < (cursor.at, cursor.id))
    stmt = stmt.order_by(Incident.occurred_at.desc(), Incident.id.desc()).limit(limit)
    return session.scalars(stmt).all()


def get(session: Session, incident_id: int) -> Incident | None:
    return session.get(Incident, incident_id)


def reports_of(
    session: Session, incident_id: int, *, limit: int | None = None
) -> Sequence[tuple[Report, Item, Feed, Assessment | None]]:
    """An incident's reports, oldest first, each with its item, outlet and assessment."""
    stmt = (
        select(Report, Item, Feed, Assessment)
        .join(Item, Item.id == Report.item_id)
        .join(Feed, Feed.id == Item.feed_id)
        .outerjoin(Assessment, Assessment.item_id == Item.id)
        .where(Report.incident_id == incident_id)
        .order_by(Item.published_at, Item.id)
        .limit(limit)
    )
    return [(r, i, f, a) for r, i, f, a in session.execute(stmt).all()]


def report_for_item(session: Session, item_id: int) -> Report | None:
    return session.scalars(select(Report).where(Report.item_id == item_id)).one_or_none()


def candidates(
    session: Session,
    *,
    start: datetime,
    end: datetime,
    country: str | None,
    box: tuple[float, float, float, float] | None,
    limit: int = 200,
) -> Sequence[Incident]:
    """Incidents in the time window, in the same country or inside the box (lat, lon, lat, lon)."""
    stmt = select(Incident).where(Incident.occurred_at >= start, Incident.occurred_at <= end)
    where = []
    if country:
        where.append(Incident.country == country)
    if box:
        where.append(and_(Incident.lat.between(box[0], box[2]), Incident.lon.between(box[1], box[3])))
    # With neither country nor place, only other incidents of unknown country can be the same event.
    stmt = stmt.where(or_(*where)) if where else stmt.where(Incident.country.is_(None))
    return session.scalars(stmt.order_by(Incident.id).limit(limit)).all()


def lock_place(session: Session, key: str) -> None:
    """On PostgreSQL, serialise incident creation for one place until commit; SQLite has one writer anyway."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:k))"), {"k": key})


def claims_of(session: Session, incident_id: int) -> Sequence[Claim]:
    return session.scalars(select(Claim).where(Claim.incident_id == incident_id).order_by(Claim.id)).all()


def revisions_of(session: Session, incident_id: int) -> Sequence[IncidentRevision]:
    stmt = select(IncidentRevision).where(IncidentRevision.incident_id == incident_id)
    return session.scalars(stmt.order_by(IncidentRevision.at, IncidentRevision.id)).all()


def latest_revision(session: Session, incident_id: int) -> IncidentRevision | None:
    stmt = select(IncidentRevision).where(IncidentRevision.incident_id == incident_id)
    return session.scalars(stmt.order_by(IncidentRevision.id.desc()).limit(1)).first()


def report_count(session: Session, incident_id: int) -> int:
    return int(session.scalar(select(func.count(Report.id)).where(Report.incident_id == incident_id)) or 0)
