"""Webhook endpoints (subscriptions) and the deliveries an alert fans out to. Services flush only."""

from __future__ import annotations

import json
import secrets as random
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import httpx
from sqlalchemy.orm import Session

from service.alerts.models import Alert
from service.ceasefires import repository as ceasefires
from service.errors import Invalid, NotFound
from service.incidents.models import Incident
from service.netguard import AddressPolicy, BlockedAddress
from service.webhooks import repository, signing
from service.webhooks.filters import AlertFacts, WebhookFilters, selects
from service.webhooks.models import Delivery, WebhookEndpoint


class EndpointNotFound(NotFound):
    detail = "webhook endpoint {id} does not exist"


class DeliveryNotFound(NotFound):
    detail = "delivery {id} does not exist"


def new_message_id() -> str:
    return "msg_" + random.token_urlsafe(18)


def check_url(url: str, *, allow_private: list[str]) -> str:
    """An absolute http(s) URL whose host resolves only to addresses this deployment may post to."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise Invalid(reason="url must be an absolute http(s) URL")
    if parts.username or parts.password:
        raise Invalid(reason="url must not carry credentials; put them in your receiver's configuration")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise Invalid(reason="url has an invalid port") from exc
    try:
        AddressPolicy(allow_private).resolve(parts.hostname, port)
    except BlockedAddress as exc:
        raise Invalid(reason=f"url is not allowed: {exc}") from exc
    except httpx.ConnectError as exc:
        raise Invalid(reason=f"url host does not resolve: {parts.hostname}") from exc
    return url


def check_secret(secret: str) -> str:
    try:
        signing.key_of(secret)
    except ValueError as exc:
        raise Invalid(reason=f"secret: {exc}") from exc
    return secret


def get(session: Session, endpoint_id: int) -> WebhookEndpoint:
    endpoint = repository.get_endpoint(session, endpoint_id)
    if endpoint is None:
        raise EndpointNotFound(id=endpoint_id)
    return endpoint


def create(
    session: Session,
    *,
    url: str,
    secret: str | None,
    description: str,
    filters: WebhookFilters,
    enabled: bool,
    allow_private: list[str],
    now: datetime,
) -> WebhookEndpoint:
    endpoint = WebhookEndpoint(
        url=check_url(url, allow_private=allow_private),
        secret=check_secret(secret) if secret else signing.generate_secret(),
        description=description,
        filters=filters.model_dump(exclude_none=True),
        enabled=enabled,
        created_at=now,
        updated_at=now,
    )
    session.add(endpoint)
    session.flush()
    return endpoint


def change(
    session: Session, *, endpoint_id: int, changes: dict[str, Any], allow_private: list[str], now: datetime
) -> WebhookEndpoint:
    endpoint = get(session, endpoint_id)
    if "url" in changes:
        endpoint.url = check_url(changes["url"], allow_private=allow_private)
    if "description" in changes:
        endpoint.description = changes["description"] or ""
    if "filters" in changes:
        endpoint.filters = WebhookFilters.model_validate(changes["filters"] or {}).model_dump(
            exclude_none=True
        )
    if changes.get("enabled") is True:
        enable(session, endpoint_id=endpoint_id, now=now)
    elif changes.get("enabled") is False:
        disable(endpoint, reason="disabled through the API", now=now)
    endpoint.updated_at = now
    session.flush()
    return endpoint


def rotate_secret(session: Session, *, endpoint_id: int, overlap_s: int, now: datetime) -> str:
    """A new secret; the current one keeps signing alongside it for overlap_s."""
    endpoint = get(session, endpoint_id)
    endpoint.previous_secret = endpoint.secret
    endpoint.previous_secret_expires_at = now + timedelta(seconds=overlap_s)
    endpoint.secret = signing.generate_secret()
    endpoint.updated_at = now
    session.flush()
    return endpoint.secret


def live_secrets(endpoint: WebhookEndpoint, *, now: datetime) -> list[str]:
    live = [endpoint.secret]
    expires = endpoint.previous_secret_expires_at
    if endpoint.previous_secret and expires is not None and expires > now:
        live.append(endpoint.previous_secret)
    return live


def disable(endpoint: WebhookEndpoint, *, reason: str, now: datetime) -> None:
    if endpoint.enabled:
        endpoint.enabled = False
        endpoint.disabled_at = now
        endpoint.disabled_reason = reason[:2000]


def enable(session: Session, *, endpoint_id: int, now: datetime) -> WebhookEndpoint:
    endpoint = get(session, endpoint_id)
    endpoint.enabled = True
    endpoint.disabled_at = None
    endpoint.disabled_reason = None
    endpoint.consecutive_failures = 0
    endpoint.failing_since = None
    endpoint.updated_at = now
    session.flush()
    return endpoint


def _body(event_type: str, data: dict[str, Any], *, now: datetime) -> str:
    return json.dumps({"type": event_type, "timestamp": now.isoformat(), "data": data}, separators=(",", ":"))


def ping(session: Session, *, endpoint_id: int, now: datetime) -> Delivery:
    """A test message, handed out by the next tick (services do not talk to the queue)."""
    endpoint = get(session, endpoint_id)
    data = {"endpoint_id": endpoint.id, "message": "Ceasewatch test ping"}
    delivery = Delivery(
        endpoint_id=endpoint.id,
        alert_id=None,
        message_id=new_message_id(),
        event_type="ping",
        body=_body("ping", data, now=now),
        status="pending",
        created_at=now,
        next_attempt_at=now,
    )
    session.add(delivery)
    session.flush()
    return delivery


def replay(session: Session, *, delivery_id: int, now: datetime) -> Delivery:
    """Send a delivery again, same webhook-id and body, from the next tick; attempts keep counting."""
    delivery = repository.get_delivery(session, delivery_id)
    if delivery is None:
        raise DeliveryNotFound(id=delivery_id)
    if delivery.status == "sending":
        raise Invalid(reason=f"delivery {delivery_id} is being sent right now")
    delivery.status = "pending"
    delivery.next_attempt_at = now
    delivery.leased_until = None
    session.flush()
    return delivery


def alert_facts(alert: Alert, incident: Incident, ceasefire_ids: frozenset[int]) -> AlertFacts:
    return AlertFacts(
        kind=alert.kind,
        ceasefire_ids=ceasefire_ids,
        country=incident.country,
        lat=incident.lat,
        lon=incident.lon,
        event_type=incident.event_type,
        confidence=incident.confidence,
        killed=incident.killed,
        target_is_state_forces=incident.target_is_state_forces,
    )


def alert_data(alert: Alert) -> dict[str, Any]:
    return {
        "alert": {
            "id": alert.id,
            "kind": alert.kind,
            "raised_at": alert.raised_at.isoformat(),
            "summary": alert.summary,
            "ceasefire_id": alert.ceasefire_id,
            "incident_id": alert.incident_id,
        },
        **alert.state,
    }


def fanout(session: Session, *, alert: Alert, now: datetime, lease_s: int) -> list[int]:
    """One delivery per enabled endpoint whose filters select the alert; muted alerts go nowhere.

    The deliveries are leased for lease_s because the caller dispatches them right after commit;
    if that dispatch is lost, the tick hands them out once the lease has run out.
    """
    if alert.muted:
        return []
    incident = session.get(Incident, alert.incident_id)
    if incident is None:
        return []
    ceasefire_ids = frozenset(v.ceasefire_id for v in ceasefires.violations_of(session, incident.id))
    facts = alert_facts(alert, incident, ceasefire_ids)
    body = _body(f"alert.{alert.kind}", alert_data(alert), now=now)
    rows = [
        Delivery(
            endpoint_id=endpoint.id,
            alert_id=alert.id,
            message_id=new_message_id(),
            event_type=f"alert.{alert.kind}",
            body=body,
            status="pending",
            created_at=now,
            next_attempt_at=now,
            leased_until=now + timedelta(seconds=lease_s),
        )
        for endpoint in repository.enabled_endpoints(session)
        if selects(WebhookFilters.model_validate(endpoint.filters or {}), facts)
    ]
    session.add_all(rows)
    session.flush()
    return [d.id for d in rows]
