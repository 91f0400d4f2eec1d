"""Webhook subscriptions and their deliveries. All of it needs an admin key: URLs can carry tokens."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from service.db import utcnow
from service.deps import AdminDep, SessionDep, SettingsDep
from service.webhooks import repository, service
from service.webhooks.models import Delivery, WebhookEndpoint
from service.webhooks.schemas import (
    AttemptOut,
    DeliveryDetail,
    DeliveryList,
    DeliveryOut,
    SecretOut,
    WebhookCreated,
    WebhookIn,
    WebhookList,
    WebhookOut,
    WebhookPatch,
)

router = APIRouter(prefix="/api/v1/webhooks", tags=["webhooks"])
deliveries_router = APIRouter(prefix="/api/v1/deliveries", tags=["webhooks"])


def out(endpoint: WebhookEndpoint) -> WebhookOut:
    return WebhookOut.model_validate(endpoint)


def detail(session: SessionDep, delivery: Delivery) -> DeliveryDetail:
    attempts = [AttemptOut.model_validate(a) for a in repository.attempts_of(session, delivery.id)]
    return DeliveryDetail(
        **DeliveryOut.model_validate(delivery).model_dump(), body=delivery.body, attempt_log=attempts
    )


@router.post("", status_code=201, response_model=WebhookCreated)
def add_webhook(body: WebhookIn, session: SessionDep, settings: SettingsDep, _: AdminDep) -> WebhookCreated:
    endpoint = service.create(
        session,
        url=body.url,
        secret=body.secret,
        description=body.description,
        filters=body.filters,
        enabled=body.enabled,
        allow_private=settings.allow_private,
        now=utcnow(),
    )
    return WebhookCreated(**out(endpoint).model_dump(), secret=endpoint.secret)


@router.get("", response_model=WebhookList)
def list_webhooks(session: SessionDep, _: AdminDep) -> WebhookList:
    return WebhookList(webhooks=[out(e) for e in repository.list_endpoints(session)])


@router.get("/{endpoint_id}", response_model=WebhookOut)
def show_webhook(endpoint_id: int, session: SessionDep, _: AdminDep) -> WebhookOut:
    return out(service.get(session, endpoint_id))


@router.patch("/{endpoint_id}", response_model=WebhookOut)
def change_webhook(
    endpoint_id: int, body: WebhookPatch, session: SessionDep, settings: SettingsDep, _: AdminDep
) -> WebhookOut:
    changes = body.model_dump(exclude_unset=True)
    endpoint = service.change(
        session, endpoint_id=endpoint_id, changes=changes, allow_private=settings.allow_private, now=utcnow()
    )
    return out(endpoint)


@router.delete("/{endpoint_id}", status_code=204)
def remove_webhook(endpoint_id: int, session: SessionDep, _: AdminDep) -> Response:
    session.delete(service.get(session, endpoint_id))
    return Response(status_code=204)


@router.post("/{endpoint_id}/rotate-secret", response_model=SecretOut)
def rotate_secret(endpoint_id: int, session: SessionDep, settings: SettingsDep, _: AdminDep) -> SecretOut:
    """A new secret, shown once; the old one keeps signing alongside it for the configured overlap."""
    secret = service.rotate_secret(
        session, endpoint_id=endpoint_id, overlap_s=settings.webhook_secret_overlap_s, now=utcnow()
    )
    endpoint = service.get(session, endpoint_id)
    return SecretOut(secret=secret, previous_secret_expires_at=endpoint.previous_secret_expires_at)


@router.post("/{endpoint_id}/ping", status_code=202, response_model=DeliveryOut)
def ping(endpoint_id: int, session: SessionDep, _: AdminDep) -> DeliveryOut:
    """Queue a signed test message; the next delivery tick (a few seconds) sends it."""
    return DeliveryOut.model_validate(service.ping(session, endpoint_id=endpoint_id, now=utcnow()))


@router.post("/{endpoint_id}/enable", response_model=WebhookOut)
def enable(endpoint_id: int, session: SessionDep, _: AdminDep) -> WebhookOut:
    return out(service.enable(session, endpoint_id=endpoint_id, now=utcnow()))


@router.get("/{endpoint_id}/deliveries", response_model=DeliveryList)
def list_deliveries(
    endpoint_id: int,
    session: SessionDep,
    _: AdminDep,
    before_id: int | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> DeliveryList:
    service.get(session, endpoint_id)
    rows = repository.deliveries_of_endpoint(session, endpoint_id, before_id=before_id, limit=limit)
    nxt = rows[-1].id if len(rows) == limit else None
    return DeliveryList(deliveries=[DeliveryOut.model_validate(d) for d in rows], next_before_id=nxt)


@deliveries_router.get("/{delivery_id}", response_model=DeliveryDetail)
def show_delivery(delivery_id: int, session: SessionDep, _: AdminDep) -> DeliveryDetail:
    delivery = repository.get_delivery(session, delivery_id)
    if delivery is None:
        raise service.DeliveryNotFound(id=delivery_id)
    return detail(session, delivery)


@deliveries_router.post("/{delivery_id}/replay", status_code=202, response_model=DeliveryOut)
def replay(delivery_id: int, session: SessionDep, _: AdminDep) -> DeliveryOut:
    """Send again with the same webhook-id and body; the next delivery tick picks it up."""
    return DeliveryOut.model_validate(service.replay(session, delivery_id=delivery_id, now=utcnow()))
