"""Queries about ceasefires and the violations matched to them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from service.ceasefires.models import Ceasefire, IncidentViolation


def get(session: Session, ceasefire_id: int) -> Ceasefire | None:
    return session.get(Ceasefire, ceasefire_id)


def by_name(session: Session, name: str) -> Ceasefire | None:
    return session.scalars(select(Ceasefire).where(Ceasefire.name == name)).one_or_none()


def list_all(session: Session) -> Sequence[Ceasefire]:
    return session.scalars(select(Ceasefire).order_by(Ceasefire.starts_on, Ceasefire.id)).all()


def in_force(session: Session, day: date) -> Sequence[Ceasefire]:
    stmt = select(Ceasefire).where(
        Ceasefire.starts_on <= day, or_(Ceasefire.ends_on.is_(None), Ceasefire.ends_on >= day)
    )
    return session.scalars(stmt.order_by(Ceasefire.id)).all()


def violations_of(session: Session, incident_id: int) -> Sequence[IncidentViolation]:
    stmt = select(IncidentViolation).where(IncidentViolation.incident_id == incident_id)
    return session.scalars(stmt.order_by(IncidentViolation.id)).all()
