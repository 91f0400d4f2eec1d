"""API keys: reads need a read key (unless reads are public), writes an admin key; revoked keys are dead."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from service.config import get_settings

READS = ["/api/v1/feeds", "/api/v1/items", "/api/v1/incidents"]
FEED = {"url": "https://wire.example/rss.xml", "title": "Wire"}


@pytest.mark.parametrize("path", READS)
def test_no_key_is_401(api: TestClient, keys: Any, path: str) -> None:
    response = api.get(path)
    assert response.status_code == 401
    assert "API key is required" in response.json()["error"]
    assert response.headers["WWW-Authenticate"] == "Bearer"


def test_public_reads_open_reads_but_not_writes(
    api: TestClient, keys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CEASEWATCH_PUBLIC_READS", "true")
    get_settings.cache_clear()
    for path in READS:
        assert api.get(path).status_code == 200, path
    assert api.post("/api/v1/feeds", json=FEED).status_code == 401


@pytest.mark.parametrize("path", READS)
def test_read_key_reads(api: TestClient, keys: Any, path: str) -> None:
    assert api.get(path, headers=keys.header(keys.read)).status_code == 200


def test_key_in_x_api_key_header(api: TestClient, keys: Any) -> None:
    assert api.get("/api/v1/feeds", headers={"X-API-Key": keys.read}).status_code == 200


def test_read_key_cannot_write(api: TestClient, keys: Any) -> None:
    read = keys.header(keys.read)
    created = api.post("/api/v1/feeds", json=FEED, headers=keys.header(keys.admin)).json()
    attempts = [
        api.post("/api/v1/feeds", json={"url": "https://other.example/rss"}, headers=read),
        api.patch(f"/api/v1/feeds/{created['id']}", json={"title": "x"}, headers=read),
        api.post(f"/api/v1/feeds/{created['id']}/poll", headers=read),
        api.delete(f"/api/v1/feeds/{created['id']}", headers=read),
    ]
    for response in attempts:
        assert response.status_code == 403
        assert "admin key" in response.json()["error"]
    listed = api.get("/api/v1/feeds", headers=read).json()["feeds"]
    assert [(f["url"], f["title"]) for f in listed] == [(FEED["url"], "Wire")]  # nothing changed


def test_admin_key_writes(api: TestClient, keys: Any) -> None:
    admin = keys.header(keys.admin)
    created = api.post("/api/v1/feeds", json=FEED, headers=admin)
    assert created.status_code == 201
    feed_id = created.json()["id"]
    changed = api.patch(
        f"/api/v1/feeds/{feed_id}", json={"title": "Renamed", "disabled": True}, headers=admin
    )
    assert changed.status_code == 200 and changed.json()["title"] == "Renamed"
    assert changed.json()["disabled"] is True and changed.json()["healthy"] is False
    assert api.post(f"/api/v1/feeds/{feed_id}/poll", headers=admin).status_code == 202
    assert api.delete(f"/api/v1/feeds/{feed_id}", headers=admin).status_code == 204
    assert api.get(f"/api/v1/feeds/{feed_id}", headers=admin).status_code == 404


def test_the_same_feed_twice_is_a_409(api: TestClient, keys: Any) -> None:
    admin = keys.header(keys.admin)
    assert api.post("/api/v1/feeds", json=FEED, headers=admin).status_code == 201
    again = api.post("/api/v1/feeds", json=FEED, headers=admin)
    assert again.status_code == 409 and "exists already" in again.json()["error"]


@pytest.mark.parametrize("url", ["ftp://wire.example/rss", "not a url", "javascript:alert(1)", "http://"])
def test_a_feed_url_must_be_http(api: TestClient, keys: Any, url: str) -> None:
    response = api.post("/api/v1/feeds", json={"url": url}, headers=keys.header(keys.admin))
    assert response.status_code == 422
    assert "absolute http(s) URL" in response.json()["error"]


@pytest.mark.parametrize("which", ["revoked", "unknown"])
def test_revoked_or_unknown_key_is_401(api: TestClient, keys: Any, which: str) -> None:
    key = keys.revoked if which == "revoked" else "cw_admin_" + "x" * 43
    for response in (
        api.get("/api/v1/feeds", headers=keys.header(key)),
        api.post("/api/v1/feeds", json=FEED, headers=keys.header(key)),
    ):
        assert response.status_code == 401
        assert response.json()["error"] == "the API key is unknown or revoked"


def test_a_revoked_key_stays_401_even_when_reads_are_public(
    api: TestClient, keys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CEASEWATCH_PUBLIC_READS", "true")
    get_settings.cache_clear()
    assert api.get("/api/v1/feeds", headers=keys.header(keys.revoked)).status_code == 401
