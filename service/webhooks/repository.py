"""Queries about webhook endpoints, deliveries and attempts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from service.webhooks.models import Delivery, DeliveryAttempt, WebhookEndpoint


def _locking(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def get_endpoint(session: Session, endpoint_id: int, *, for_update: bool = False) -> WebhookEndpoint | None:
    stmt = select(WebhookEndpoint).where(WebhookEndpoint.id == endpoint_id)
    if for_update and _locking(session):
        stmt = stmt.with_for_update()
    return session.scalars(stmt).one_or_none()


def list_endpoints(session: Session) -> Sequence[WebhookEndpoint]:
    return session.scalars(select(WebhookEndpoint).order_by(WebhookEndpoint.id)).all()


def enabled_endpoints(session: Session) -> Sequence[WebhookEndpoint]:
    stmt = select(WebhookEndpoint).where(WebhookEndpoint.enabled.is_(True)).order_by(WebhookEndpoint.id)
    return session.scalars(stmt).all()


def get_delivery(session: Session, delivery_id: int, *, claim: bool = False) -> Delivery | None:
    stmt = select(Delivery).where(Delivery.id == delivery_id)
    if claim and _locking(session):
        stmt = stmt.with_for_update(skip_locked=True)  # another worker is claiming it right now: let it
    return session.scalars(stmt).one_or_none()


def due(session: Session, *, now: datetime, limit: int) -> Sequence[Delivery]:
    """Deliveries to hand out: due and not leased, or in flight on a worker whose lease ran out."""
    stmt = (
        select(Delivery)
        .where(
            or_(
                and_(Delivery.status == "pending", Delivery.next_attempt_at <= now),
                Delivery.status == "sending",
            ),
            or_(Delivery.leased_until.is_(None), Delivery.leased_until < now),
        )
        .order_by(Delivery.next_attempt_at, Delivery.id)
        .limit(limit)
    )
    if _locking(session):
        stmt = stmt.with_for_update(skip_locked=True)  # two beats never hand out the same delivery
    return session.scalars(stmt).all()


def deliveries_of_alert(session: Session, alert_id: int) -> Sequence[Delivery]:
    return session.scalars(select(Delivery).where(Delivery.alert_id == alert_id).order_by(Delivery.id)).all()


def deliveries_of_alerts(session: Session, alert_ids: Sequence[int]) -> Sequence[Delivery]:
    if not alert_ids:
        return []
    stmt = select(Delivery).where(Delivery.alert_id.in_(alert_ids)).order_by(Delivery.id)
    return session.scalars(stmt).all()


def deliveries_of_endpoint(
    session: Session, endpoint_id: int, *, before_id: int | None, limit: int
) -> Sequence[Delivery]:
    stmt = select(Delivery).where(Delivery.endpoint_id == endpoint_id)
    if before_id is not None:
        stmt = stmt.where(Delivery.id < before_id)
    return session.scalars(stmt.order_by(Delivery.id.desc()).limit(limit)).all()


def attempts_of(session: Session, delivery_id: int) -> Sequence[DeliveryAttempt]:
    stmt = select(DeliveryAttempt).where(DeliveryAttempt.delivery_id == delivery_id)
    return session.scalars(stmt.order_by(DeliveryAttempt.id)).all()
