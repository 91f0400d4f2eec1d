"""Queries about alerts and silences."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from service.alerts.models import Alert, Silence
from service.pagination import Cursor


@dataclass(frozen=True)
class AlertFilter:
    since: datetime | None = None
    until: datetime | None = None
    ceasefire_id: int | None = None
    country: str | None = None
    kind: str | None = None
    muted: bool | None = None
    incident_id: int | None = None


def page(session: Session, *, flt: AlertFilter, cursor: Cursor | None, limit: int) -> Sequence[Alert]:
    stmt = select(Alert)
    if flt.since:
        stmt = stmt.where(Alert.raised_at >= flt.since)
    if flt.until:
        stmt = stmt.where(Alert.raised_at < flt.until)
    if flt.ceasefire_id is not None:
        stmt = stmt.where(Alert.ceasefire_id == flt.ceasefire_id)
    if flt.country:
        stmt = stmt.where(Alert.country == flt.country)
    if flt.kind:
        stmt = stmt.where(Alert.kind == flt.kind)
    if flt.muted is not None:
        stmt = stmt.where(Alert.muted.is_(flt.muted))
    if flt.incident_id is not None:
        stmt = stmt.where(Alert.incident_id == flt.incident_id)
    if cursor:
        stmt = stmt.where(
            or_(Alert.raised_at < cursor.at, and_(Alert.raised_at == cursor.at, Alert.id < cursor.id))
        )
    return session.scalars(stmt.order_by(Alert.raised_at.desc(), Alert.id.desc()).limit(limit)).all()


def get(session: Session, alert_id: int) -> Alert | None:
    return session.get(Alert, alert_id)


def of_incident(session: Session, incident_id: int) -> Sequence[Alert]:
    return session.scalars(select(Alert).where(Alert.incident_id == incident_id).order_by(Alert.id)).all()


def active_silences(session: Session, *, now: datetime) -> Sequence[Silence]:
    stmt = select(Silence).where(Silence.until > now, Silence.ended_at.is_(None)).order_by(Silence.id)
    return session.scalars(stmt).all()


def silences(session: Session, *, now: datetime, include_past: bool) -> Sequence[Silence]:
    stmt = select(Silence)
    if not include_past:
        stmt = stmt.where(Silence.until > now, Silence.ended_at.is_(None))
    return session.scalars(stmt.order_by(Silence.id.desc())).all()


def get_silence(session: Session, silence_id: int) -> Silence | None:
    return session.get(Silence, silence_id)
