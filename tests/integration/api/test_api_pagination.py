"""Keyset pagination: walking every page returns each row exactly once, newest first, ties included."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from service.db import utcnow
from service.feeds import service as feeds

START = datetime(2023, 1, 1, tzinfo=UTC)


def times(n: int) -> list[datetime]:
    # Many rows share a timestamp (every fifth hour repeats), so the id tie-break is exercised.
    return [START + timedelta(hours=(i // 5) * 7 + (i % 3)) for i in range(n)]


def walk(client: TestClient, path: str, key: str, params: dict[str, str]) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    cursor: str | None = None
    for _ in range(1000):
        query = dict(params, **({"cursor": cursor} if cursor else {}))
        page = client.get(path, params=query)
        assert page.status_code == 200, page.text
        body = page.json()
        rows.extend(body[key])
        cursor = body["next_cursor"]
        if cursor is None:
            return rows
    raise AssertionError("pagination never ended")


def order_key(row: dict[str, object], field: str) -> tuple[datetime, int]:
    return datetime.fromisoformat(str(row[field])), int(row["id"])  # type: ignore[call-overload]


def test_incidents_every_row_exactly_once(
    reader: TestClient, new_session: sessionmaker[Session], db_rows: Any
) -> None:
    with new_session.begin() as session:
        ids = db_rows.incidents(session, times(233))
    rows = walk(reader, "/api/v1/incidents", "incidents", {"limit": "17"})
    got = [r["id"] for r in rows]
    assert sorted(got) == sorted(ids) and len(got) == len(set(got))
    keys = [order_key(r, "occurred_at") for r in rows]
    assert keys == sorted(keys, reverse=True)


def test_incidents_in_a_range_with_a_filter(
    reader: TestClient, new_session: sessionmaker[Session], db_rows: Any
) -> None:
    occurred = times(150)
    with new_session.begin() as session:
        sy = db_rows.incidents(session, occurred, country="SY")
        db_rows.incidents(session, occurred, country="UA")
    since, until = occurred[20], occurred[120]
    params = {"since": since.isoformat(), "until": until.isoformat(), "country": "SY", "limit": "9"}
    rows = walk(reader, "/api/v1/incidents", "incidents", params)
    expected = {i for i, at in zip(sy, occurred, strict=True) if since <= at < until}
    got = [r["id"] for r in rows]
    assert len(got) == len(set(got)) and set(got) == expected
    assert {r["country"] for r in rows} == {"SY"}


def test_a_page_exactly_the_size_of_the_rest_ends_cleanly(
    reader: TestClient, new_session: sessionmaker[Session], db_rows: Any
) -> None:
    with new_session.begin() as session:
        ids = db_rows.incidents(session, times(20))
    rows = walk(reader, "/api/v1/incidents", "incidents", {"limit": "10"})
    assert sorted(r["id"] for r in rows) == sorted(ids)


def test_items_every_row_exactly_once(
    reader: TestClient, new_session: sessionmaker[Session], db_rows: Any
) -> None:
    with new_session.begin() as session:
        feed_a = feeds.add(session, url="https://a.example/rss", now=utcnow()).id
        feed_b = feeds.add(session, url="https://b.example/rss", now=utcnow()).id
        ids_a = db_rows.items(session, feed_a, times(120))
        ids_b = db_rows.items(session, feed_b, times(80))
    rows = walk(reader, "/api/v1/items", "items", {"limit": "13"})
    got = [r["id"] for r in rows]
    assert sorted(got) == sorted(ids_a + ids_b) and len(got) == len(set(got))
    keys = [order_key(r, "published_at") for r in rows]
    assert keys == sorted(keys, reverse=True)
    only_b = walk(reader, "/api/v1/items", "items", {"limit": "13", "feed_id": str(feed_b)})
    assert sorted(r["id"] for r in only_b) == sorted(ids_b)
