"""Signed deliveries over real HTTP, retries with a controlled clock, hostile receivers.
Runs on SQLite and PostgreSQL; the plain functions the Celery tasks wrap are called directly."""

from __future__ import annotations

import threading
import time
import tracemalloc
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from service.config import get_settings
from service.netguard import guarded_client
from service.webhooks import service as webhooks
from service.webhooks.filters import WebhookFilters
from service.webhooks.models import Delivery, DeliveryAttempt, WebhookEndpoint
from tests.conftest import LocalServer
from tests.integration.webhooks.receivers import Receiver
from tests.reports import T0, add_feed, add_report, coalition_strike, ingest, load_registry
from workers.tasks.webhooks import deliver_now, lease_due_now


@pytest.fixture
def client(session: Session) -> Iterator[httpx.Client]:
    s = get_settings()
    with guarded_client(allow=s.allow_private, timeout=5, follow_redirects=False, max_redirects=0) as c:
        yield c


def subscribe(session: Session, server: LocalServer, path: str, **filters: object) -> tuple[int, Receiver]:
    endpoint = webhooks.create(
        session, url=server.url(path), secret=None, description=path,
        filters=WebhookFilters.model_validate(filters), enabled=True, allow_private=["127.0.0.1"], now=T0,
    )  # fmt: skip
    receiver = Receiver(secrets=[endpoint.secret])
    server.routes[path] = receiver
    return endpoint.id, receiver


def donbas_shelling() -> dict[str, object]:
    return coalition_strike(
        event_type="shelling_artillery_missile_attack", country="UA", event_date="2016-09-17",
        location={"name": "Avdiivka", "lat": 48.14, "lon": 37.74},
        perpetrator={"name": "Donetsk People's Republic forces", "kind": "rebel_group"},
        target={"name": "Ukrainian armed forces", "kind": "state_forces"}, killed=2, wounded=5,
    )  # fmt: skip


def test_receivers_get_exactly_the_alerts_their_filters_select(
    session: Session, local_server: LocalServer, client: httpx.Client
) -> None:
    load_registry(session)
    _, everything = subscribe(session, local_server, "/all")
    _, ukraine = subscribe(session, local_server, "/ua", countries=["UA"])
    _, escalations = subscribe(session, local_server, "/esc", alert_kinds=["escalation"])
    _, bloody = subscribe(session, local_server, "/bloody", min_killed=70, target_is_state_forces=True)
    _, nothing = subscribe(session, local_server, "/none", countries=["SY"], event_types=["armed_clash"])
    wire = add_feed(session, 1)
    ids: list[int] = []
    for title, result in [
        ("Coalition strike kills 62 Syrian soldiers near Deir ez-Zor", coalition_strike()),
        ("Shelling kills two Ukrainian soldiers near Avdiivka", donbas_shelling()),
        ("Toll from coalition strike near Deir ez-Zor rises to 83", coalition_strike(killed=83)),
    ]:
        ids += ingest(session, *add_report(session, feed=wire, title=title, result=result))[1]
    session.commit()
    for delivery_id in ids:
        assert deliver_now(delivery_id, now=T0, client=client) == "succeeded"

    def kinds(r: Receiver) -> list[tuple[str, str]]:
        return sorted((b["type"], b["data"]["incident"]["country"]) for b in r.accepted)

    assert kinds(everything) == [("alert.escalation", "SY"), ("alert.possible_violation", "SY"),
                                 ("alert.possible_violation", "UA")]  # fmt: skip
    assert kinds(ukraine) == [("alert.possible_violation", "UA")]
    assert kinds(escalations) == [("alert.escalation", "SY")]
    assert kinds(bloody) == [("alert.escalation", "SY")]
    assert nothing.seen == []
    assert sum(r.bad_signatures for r in (everything, ukraine, escalations, bloody)) == 0
    ua = ukraine.accepted[0]["data"]
    assert "Minsk II" in ua["violations"][0]["ceasefire"] and ua["alert"]["kind"] == "possible_violation"


def test_receiver_failing_then_recovering_gets_every_alert_with_its_first_webhook_id(
    session: Session, local_server: LocalServer, client: httpx.Client
) -> None:
    load_registry(session)
    endpoint_id, receiver = subscribe(session, local_server, "/flaky")
    healthy = threading.Event()
    receiver.answer = lambda _n, _id: 200 if healthy.is_set() else 500
    wire = add_feed(session, 1)
    ids = ingest(
        session, *add_report(session, feed=wire, title="Coalition strike", result=coalition_strike())
    )[1]
    ids += ingest(
        session, *add_report(session, feed=wire, title="Avdiivka shelled", result=donbas_shelling())
    )[1]
    session.commit()
    assert len(ids) == 2
    for delivery_id in ids:
        assert deliver_now(delivery_id, now=T0, client=client) == "pending"
    assert lease_due_now(now=T0 + timedelta(seconds=3)) == []  # the first retry is ~5 s away
    second = T0 + timedelta(seconds=10)
    assert sorted(lease_due_now(now=second)) == sorted(ids)
    for delivery_id in ids:
        assert deliver_now(delivery_id, now=second, client=client) == "pending"
    healthy.set()
    later = T0 + timedelta(minutes=2)
    for delivery_id in lease_due_now(now=later):
        assert deliver_now(delivery_id, now=later, client=client) == "succeeded"

    first_ids = receiver.seen[:2]
    assert sorted(receiver.accepted_ids) == sorted(first_ids), "every retry keeps its first webhook-id"
    assert len(receiver.seen) == 6
    session.expire_all()
    for delivery_id in ids:
        codes = session.scalars(
            select(DeliveryAttempt.status_code).where(DeliveryAttempt.delivery_id == delivery_id)
            .order_by(DeliveryAttempt.number)
        ).all()  # fmt: skip
        assert codes == [500, 500, 200]
    endpoint = session.get(WebhookEndpoint, endpoint_id)
    assert endpoint is not None and endpoint.consecutive_failures == 0 and endpoint.enabled


def _one_delivery(session: Session, server: LocalServer, path: str) -> tuple[int, int, Receiver]:
    load_registry(session)
    endpoint_id, receiver = subscribe(session, server, path)
    item = add_report(session, feed=add_feed(session, 1), title="Coalition strike", result=coalition_strike())
    (delivery_id,) = ingest(session, *item)[1]
    session.commit()
    return endpoint_id, delivery_id, receiver


def test_redirects_are_not_followed(
    session: Session, local_server: LocalServer, client: httpx.Client
) -> None:
    _, delivery_id, _ = _one_delivery(session, local_server, "/moved")
    local_server.serve("/moved", "", status=307, headers={"Location": local_server.url("/inside")})
    local_server.serve("/inside", "reached")
    assert deliver_now(delivery_id, now=T0, client=client) == "pending"
    local_server.serve(
        "/moved", "", status=302, headers={"Location": "http://169.254.169.254/latest/meta-data/"}
    )
    assert deliver_now(delivery_id, now=T0 + timedelta(minutes=1), client=client) == "pending"
    assert not [r for r in local_server.requests if r[1] == "/inside"]
    attempts = session.scalars(select(DeliveryAttempt).order_by(DeliveryAttempt.id)).all()
    assert [a.status_code for a in attempts] == [307, 302]
    assert all("not followed" in (a.error or "") for a in attempts)


def test_slow_receiver_times_out_and_is_retried(session: Session, local_server: LocalServer) -> None:
    _, delivery_id, receiver = _one_delivery(session, local_server, "/slow")
    slow = threading.Event()
    slow.set()

    def answer(_n: int, _id: str) -> int:
        if slow.is_set():
            time.sleep(2)
        return 200

    receiver.answer = answer
    with guarded_client(allow=["127.0.0.1"], timeout=0.5, follow_redirects=False) as impatient:
        assert deliver_now(delivery_id, now=T0, client=impatient) == "pending"
        slow.clear()
        assert deliver_now(delivery_id, now=T0 + timedelta(minutes=1), client=impatient) == "succeeded"
    first = session.scalars(select(DeliveryAttempt).order_by(DeliveryAttempt.id)).first()
    assert first is not None and first.error == "timed out" and first.status_code is None


def test_huge_response_is_cut_to_an_excerpt_and_memory_stays_bounded(
    session: Session, local_server: LocalServer, client: httpx.Client
) -> None:
    _, delivery_id, _ = _one_delivery(session, local_server, "/huge")
    chunk = b"x" * (1 << 20)

    def huge(handler: BaseHTTPRequestHandler, _body: bytes) -> tuple[int, dict[str, str], bytes]:
        handler.send_response(200)
        handler.send_header("Content-Length", str(200 * len(chunk)))
        handler.end_headers()
        try:
            for _ in range(200):  # 200 MB, streamed; the sender hangs up long before the end
                handler.wfile.write(chunk)
        except OSError:
            pass
        handler.close_connection = True
        raise ConnectionAbortedError  # the response is already written

    local_server.routes["/huge"] = huge
    tracemalloc.start()
    try:
        status = deliver_now(delivery_id, now=T0, client=client)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert status == "succeeded"
    attempt = session.scalars(select(DeliveryAttempt)).one()
    assert attempt.response_excerpt is not None and len(attempt.response_excerpt) == 1024
    assert peak < 16 * (1 << 20)


def test_410_gone_disables_the_endpoint(
    session: Session, local_server: LocalServer, client: httpx.Client
) -> None:
    endpoint_id, delivery_id, receiver = _one_delivery(session, local_server, "/gone")
    receiver.answer = lambda _n, _id: 410
    assert deliver_now(delivery_id, now=T0, client=client) == "failed"
    endpoint = session.get(WebhookEndpoint, endpoint_id)
    assert endpoint is not None and not endpoint.enabled
    assert endpoint.disabled_reason == "the endpoint answered 410 Gone"


def test_endpoint_failing_for_a_day_is_disabled_with_a_reason(
    session: Session, local_server: LocalServer, client: httpx.Client
) -> None:
    endpoint_id, delivery_id, receiver = _one_delivery(session, local_server, "/down")
    receiver.answer = lambda _n, _id: 503
    now = T0
    statuses = [deliver_now(delivery_id, now=now, client=client)]
    while statuses[-1] == "pending":
        delivery = session.get(Delivery, delivery_id)
        session.refresh(delivery)
        assert delivery is not None and delivery.next_attempt_at is not None
        now = delivery.next_attempt_at
        assert lease_due_now(now=now) == [delivery_id]
        statuses.append(deliver_now(delivery_id, now=now, client=client))
    assert statuses[-1] == "failed" and len(statuses) == 10  # the schedule ran out after ~23 h
    endpoint = session.get(WebhookEndpoint, endpoint_id)
    session.refresh(endpoint)
    assert endpoint is not None
    if endpoint.enabled:  # with jitter the schedule can end just short of a full day of failure
        now = T0 + timedelta(hours=25)
        ping = webhooks.ping(session, endpoint_id=endpoint_id, now=now)
        session.commit()
        assert deliver_now(ping.id, now=now, client=client) == "failed"
        session.refresh(endpoint)
    assert not endpoint.enabled
    assert endpoint.disabled_reason is not None and endpoint.disabled_reason.startswith(
        "every attempt failed for"
    )
    assert now - T0 >= timedelta(hours=24)
