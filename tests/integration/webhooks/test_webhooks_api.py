"""The HTTP face of ceasefires, alerts, silences and webhooks: validation, secrets, ping, replay, rotation.
Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import logging
from datetime import timedelta

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from service.db import reset_caches, utcnow
from service.netguard import guarded_client
from service.webhooks import signing
from tests.conftest import LocalServer
from tests.integration.api.conftest import Keys
from tests.integration.webhooks.receivers import Receiver
from tests.reports import REGISTRY, add_feed, add_report, coalition_strike, ingest
from workers.tasks.webhooks import deliver_now, lease_due_now


@pytest.fixture
def admin(api: TestClient, keys: Keys) -> TestClient:
    api.headers.update(Keys.header(keys.admin))
    return api


def run_due(client: httpx.Client) -> list[str | None]:
    """What the beat tick and a worker do, in-process."""
    return [deliver_now(i, client=client) for i in lease_due_now()]


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:8080/hook", "http://10.1.2.3/hook", "http://169.254.169.254/latest/meta-data/",
     "http://[::1]/hook", "http://localhost/hook", "ftp://example.org/hook", "http://user:pw@example.org/"],
)  # fmt: skip
def test_private_and_bad_urls_are_refused(
    url: str, admin: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CEASEWATCH_ALLOW_PRIVATE", "[]")
    reset_caches()
    response = admin.post("/api/v1/webhooks", json={"url": url})
    assert response.status_code == 422, response.text
    assert response.json()["error"].startswith("url ")


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"countries": ["Syria"]}, "filters.countries: Value error, countries must be ISO 3166-1 alpha-2"),
        ({"bbox": [40, 30]}, "filters.bbox: Value error, bbox must be four numbers"),
        ({"event_types": ["bombing"]}, "unknown event types bombing"),
        ({"min_killed": -1}, "filters.min_killed: Input should be greater than or equal to 0"),
        ({"alert_kinds": ["all"]}, "unknown alert kinds all"),
        ({"country": ["SY"]}, "filters.country: Extra inputs are not permitted"),
    ],
)
def test_bad_filters_are_422_with_a_clear_message(
    filters: dict[str, object], message: str, admin: TestClient, local_server: LocalServer
) -> None:
    response = admin.post("/api/v1/webhooks", json={"url": local_server.url("/h"), "filters": filters})
    assert response.status_code == 422
    assert message in response.json()["error"]


def test_secret_shown_once_never_in_reads_or_logs_and_rotation_signs_with_both(
    admin: TestClient, local_server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    created = admin.post("/api/v1/webhooks", json={"url": local_server.url("/hook"), "description": "desk"})
    assert created.status_code == 201
    endpoint_id, secret = created.json()["id"], created.json()["secret"]
    assert secret.startswith("whsec_") and len(signing.key_of(secret)) >= 24
    for path in ("/api/v1/webhooks", f"/api/v1/webhooks/{endpoint_id}"):
        assert secret not in admin.get(path).text and "whsec_" not in admin.get(path).text

    rotated = admin.post(f"/api/v1/webhooks/{endpoint_id}/rotate-secret")
    new_secret = rotated.json()["secret"]
    assert new_secret != secret and rotated.json()["previous_secret_expires_at"]
    old_only, new_only = Receiver(secrets=[secret]), Receiver(secrets=[new_secret])
    local_server.routes["/hook"] = old_only
    ping = admin.post(f"/api/v1/webhooks/{endpoint_id}/ping")
    assert ping.status_code == 202
    with guarded_client(allow=["127.0.0.1"], timeout=5, follow_redirects=False) as client:
        assert run_due(client) == ["succeeded"]
        local_server.routes["/hook"] = new_only
        replay = admin.post(f"/api/v1/deliveries/{ping.json()['id']}/replay")
        assert replay.status_code == 202
        assert run_due(client) == ["succeeded"]
    assert old_only.accepted_ids == new_only.accepted_ids == [ping.json()["message_id"]]
    assert old_only.accepted[0]["type"] == "ping"
    detail = admin.get(f"/api/v1/deliveries/{ping.json()['id']}").json()
    assert [a["status_code"] for a in detail["attempt_log"]] == [200, 200]
    for s in (secret, new_secret):
        assert s not in caplog.text and s.removeprefix("whsec_") not in caplog.text
        assert s not in admin.get(f"/api/v1/webhooks/{endpoint_id}").text


def test_reads_need_admin_for_webhooks(api: TestClient, keys: Keys) -> None:
    response = api.get("/api/v1/webhooks", headers=Keys.header(keys.read))
    assert response.status_code == 403


def test_enable_after_410(admin: TestClient, local_server: LocalServer) -> None:
    local_server.serve("/gone", "", status=410)
    endpoint_id = admin.post("/api/v1/webhooks", json={"url": local_server.url("/gone")}).json()["id"]
    admin.post(f"/api/v1/webhooks/{endpoint_id}/ping")
    with guarded_client(allow=["127.0.0.1"], timeout=5, follow_redirects=False) as client:
        assert run_due(client) == ["failed"]
    shown = admin.get(f"/api/v1/webhooks/{endpoint_id}").json()
    assert not shown["enabled"] and shown["disabled_reason"] == "the endpoint answered 410 Gone"
    enabled = admin.post(f"/api/v1/webhooks/{endpoint_id}/enable").json()
    assert enabled["enabled"] and enabled["disabled_reason"] is None


def test_ceasefire_crud_and_validation(admin: TestClient, api: TestClient, keys: Keys) -> None:
    body = {
        "name": "Test truce", "kind": "unilateral", "countries": ["ye"], "starts_on": "2022-04-02",
        "parties": [{"name": "Houthis", "kind": "rebel_group"}],
    }  # fmt: skip
    created = admin.post("/api/v1/ceasefires", json=body)
    assert created.status_code == 201 and created.json()["countries"] == ["YE"]
    cid = created.json()["id"]
    assert admin.post("/api/v1/ceasefires", json=body).status_code == 409
    bad = admin.post("/api/v1/ceasefires", json={**body, "name": "x", "ends_on": "2020-01-01"})
    assert bad.status_code == 422 and "ends_on must not be before starts_on" in bad.json()["error"]
    bad_kind = admin.post(
        "/api/v1/ceasefires", json={**body, "name": "y", "parties": [{"name": "a", "kind": "army"}]}
    )
    assert bad_kind.status_code == 422 and "kind must be one of" in bad_kind.json()["error"]
    assert api.get("/api/v1/ceasefires", headers=Keys.header(keys.read)).status_code == 200
    assert api.post("/api/v1/ceasefires", json=body, headers=Keys.header(keys.read)).status_code == 403
    replaced = admin.put(f"/api/v1/ceasefires/{cid}", json={**body, "ends_on": "2022-10-02"})
    assert replaced.json()["ends_on"] == "2022-10-02"
    assert admin.delete(f"/api/v1/ceasefires/{cid}").status_code == 204
    assert admin.get(f"/api/v1/ceasefires/{cid}").status_code == 404


def test_alert_history_filters_pagination_deliveries_and_silences(
    admin: TestClient, new_session: sessionmaker[Session], local_server: LocalServer
) -> None:
    from service.ceasefires import service as ceasefires

    local_server.routes["/h"] = Receiver(secrets=[])
    hook = admin.post("/api/v1/webhooks", json={"url": local_server.url("/h")}).json()
    with new_session.begin() as session:
        ceasefires.import_file(session, path=REGISTRY, now=utcnow())
        wire = add_feed(session, 1)
        for n in range(3):  # three strikes on three days: three incidents, three alerts
            day = f"2016-09-{13 + n}"
            result = coalition_strike(event_date=day)
            ingest(session, *add_report(session, feed=wire, title=f"Strike {n}", result=result))
    silence = admin.post(
        "/api/v1/silences",
        json={"country": "SY", "until": (utcnow() + timedelta(days=1)).isoformat(), "reason": "under review"},
    )
    assert silence.status_code == 201 and silence.json()["created_by"] == "admin"
    with new_session.begin() as session:
        ingest(
            session,
            *add_report(
                session, feed=wire, title="Strike 4", result=coalition_strike(event_date="2016-09-18")
            ),
        )
    assert len(admin.get("/api/v1/silences").json()["silences"]) == 1

    page1 = admin.get("/api/v1/alerts", params={"limit": 3}).json()
    assert len(page1["alerts"]) == 3 and page1["next_cursor"]
    page2 = admin.get("/api/v1/alerts", params={"limit": 3, "cursor": page1["next_cursor"]}).json()
    assert len(page2["alerts"]) == 1 and page2["next_cursor"] is None
    muted = admin.get("/api/v1/alerts", params={"muted": "true"}).json()["alerts"]
    assert len(muted) == 1 and muted[0]["deliveries"] == [] and muted[0]["silence_id"] == silence.json()["id"]
    loud = admin.get("/api/v1/alerts", params={"muted": "false", "country": "sy"}).json()["alerts"]
    assert len(loud) == 3 and all(len(a["deliveries"]) == 1 for a in loud)
    assert loud[0]["deliveries"][0]["endpoint_id"] == hook["id"]
    detail = admin.get(f"/api/v1/alerts/{loud[0]['id']}").json()
    assert detail["incident_url"] == f"/api/v1/incidents/{detail['incident_id']}"
    assert "broker's force" in detail["state"]["violations"][0]["reason"]
    assert admin.get("/api/v1/alerts", params={"kind": "nope"}).status_code == 422
    assert admin.get("/api/v1/alerts", params={"since": "2016-09-17T00:00:00"}).status_code == 422
    ended = admin.delete(f"/api/v1/silences/{silence.json()['id']}").json()
    assert ended["ended_at"] is not None
    assert admin.get("/api/v1/silences").json()["silences"] == []
    assert len(admin.get("/api/v1/silences", params={"include_past": "true"}).json()["silences"]) == 1
