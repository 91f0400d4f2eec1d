"""One attempt at a delivery, in three steps so no transaction stays open while the receiver thinks:
claim (mark it in flight), send (HTTP only), record (log the attempt, schedule a retry or finish)."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

import httpx
from sqlalchemy.orm import Session

from service.netguard import BlockedAddress
from service.webhooks import repository, retry, signing
from service.webhooks.models import DeliveryAttempt
from service.webhooks.service import disable, live_secrets


@dataclass(frozen=True)
class Outgoing:
    delivery_id: int
    endpoint_id: int
    url: str
    message_id: str
    event_type: str
    body: str
    secrets: tuple[str, ...]
    attempt: int

    def __repr__(self) -> str:  # never let a secret reach a log line through a repr
        return f"Outgoing(delivery={self.delivery_id}, endpoint={self.endpoint_id}, attempt={self.attempt})"


@dataclass(frozen=True)
class AttemptResult:
    status_code: int | None
    duration_ms: int
    excerpt: str | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


@dataclass(frozen=True)
class Policy:
    lease: timedelta  # how long a claimed delivery may be in flight before the sweeper takes it back
    disable_after: timedelta
    disable_min_failures: int


def claim(session: Session, *, delivery_id: int, now: datetime, lease: timedelta) -> Outgoing | None:
    """Mark a due delivery as in flight and return what to send, or None when there is nothing to do
    (already delivered, given up, not due yet, or another worker holds it)."""
    delivery = repository.get_delivery(session, delivery_id, claim=True)
    if delivery is None or delivery.status in ("succeeded", "failed"):
        return None
    if delivery.status == "sending" and delivery.leased_until is not None and delivery.leased_until > now:
        return None
    if delivery.next_attempt_at is not None and delivery.next_attempt_at > now:
        return None  # a duplicate message for a retry that is not due yet
    endpoint = repository.get_endpoint(session, delivery.endpoint_id)
    if endpoint is None:
        return None
    if not endpoint.enabled:
        delivery.status = "failed"
        delivery.leased_until = None
        delivery.last_error = f"endpoint disabled: {endpoint.disabled_reason or 'no reason given'}"[:2000]
        session.flush()
        return None
    delivery.status = "sending"
    delivery.leased_until = now + lease
    delivery.attempts += 1
    session.flush()
    return Outgoing(
        delivery_id=delivery.id,
        endpoint_id=endpoint.id,
        url=endpoint.url,
        message_id=delivery.message_id,
        event_type=delivery.event_type,
        body=delivery.body,
        secrets=tuple(live_secrets(endpoint, now=now)),
        attempt=delivery.attempts,
    )


def headers_for(out: Outgoing, *, timestamp: int) -> dict[str, str]:
    body = out.body.encode()
    return {
        "content-type": "application/json",
        "webhook-id": out.message_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": signing.signature_header(
            list(out.secrets), msg_id=out.message_id, timestamp=timestamp, body=body
        ),
    }


def send(out: Outgoing, *, client: httpx.Client, now: datetime, max_excerpt: int) -> AttemptResult:
    """POST the body, signed; read at most max_excerpt bytes of the answer. Redirects are failures."""
    started = time.perf_counter()
    status: int | None = None
    excerpt: str | None = None
    error: str | None = None
    try:
        request = client.build_request(
            "POST",
            out.url,
            content=out.body.encode(),
            headers=headers_for(out, timestamp=int(now.timestamp())),
        )
        response = client.send(request, stream=True, follow_redirects=False)
        try:
            status = response.status_code
            excerpt = _read_capped(response, max_excerpt)
        finally:
            response.close()  # drops the connection if the body was longer than we read
        if response.is_redirect:
            error = f"redirect ({status}) not followed: webhooks must answer 2xx at the URL given"
        elif not 200 <= status < 300:
            error = f"HTTP {status}"
    except BlockedAddress as exc:
        error = f"blocked: {exc}"
    except httpx.TimeoutException:
        error = "timed out"
    except httpx.HTTPError as exc:
        error = f"{type(exc).__name__}: {exc}"[:500]
    duration_ms = int((time.perf_counter() - started) * 1000)
    return AttemptResult(status_code=status, duration_ms=duration_ms, excerpt=excerpt, error=error)


def _read_capped(response: httpx.Response, cap: int) -> str:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_raw():
        chunks.append(chunk)
        size += len(chunk)
        if size >= cap:
            break
    return b"".join(chunks)[:cap].decode("utf-8", errors="replace")


def record(
    session: Session,
    *,
    delivery_id: int,
    result: AttemptResult,
    now: datetime,
    policy: Policy,
    rng: random.Random,
) -> str:
    """Log the attempt and move the delivery on: succeeded, retry later, or failed. Returns its status."""
    delivery = repository.get_delivery(session, delivery_id)
    if delivery is None:
        return "gone"
    endpoint = repository.get_endpoint(session, delivery.endpoint_id, for_update=True)
    session.add(
        DeliveryAttempt(
            delivery_id=delivery.id,
            number=delivery.attempts,
            at=now,
            status_code=result.status_code,
            duration_ms=result.duration_ms,
            response_excerpt=result.excerpt,
            error=result.error,
        )
    )
    delivery.last_attempt_at = now
    delivery.last_status = result.status_code
    delivery.last_error = result.error
    delivery.leased_until = None
    if result.ok:
        delivery.status = "succeeded"
        delivery.delivered_at = now
        delivery.next_attempt_at = None
        if endpoint is not None:
            endpoint.consecutive_failures = 0
            endpoint.failing_since = None
            endpoint.last_success_at = now
        session.flush()
        return delivery.status
    if endpoint is not None:
        endpoint.consecutive_failures += 1
        endpoint.failing_since = endpoint.failing_since or now
        if result.status_code == 410:
            disable(endpoint, reason="the endpoint answered 410 Gone", now=now)
        elif (
            endpoint.consecutive_failures >= policy.disable_min_failures
            and now - endpoint.failing_since >= policy.disable_after
        ):
            hours = (now - endpoint.failing_since).total_seconds() / 3600
            disable(
                endpoint,
                reason=f"every attempt failed for {hours:.0f} h ({endpoint.consecutive_failures} in a row); "
                f"last: {result.error or result.status_code}",
                now=now,
            )
    wait = retry.delay_after(delivery.attempts, rng=rng)
    if endpoint is None or not endpoint.enabled or wait is None:
        delivery.status = "failed"
        delivery.next_attempt_at = None
    else:
        delivery.status = "pending"
        delivery.next_attempt_at = now + wait
    session.flush()
    return delivery.status


def lease_due(session: Session, *, now: datetime, lease: timedelta, limit: int = 1000) -> list[int]:
    """Hand out due deliveries, and take back those whose worker died mid-send; the caller dispatches."""
    rows = repository.due(session, now=now, limit=limit)
    for delivery in rows:
        delivery.status = "pending"
        delivery.leased_until = now + lease
    session.flush()
    return [d.id for d in rows]
