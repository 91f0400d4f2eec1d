"""Items filtered by what the classifier said of them: country, event type, confidence, incident."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from service.feeds.models import Feed
from service.items.models import Assessment, Item

AT = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def _stored(session: Session, feed: Feed, n: int, **assessed: object) -> None:
    item = Item(feed_id=feed.id, guid_hash=f"{n:064d}", title=f"item {n}", summary="", published_at=AT,
                fetched_at=AT)  # fmt: skip
    session.add(item)
    session.flush()
    session.add(Assessment(item_id=item.id, classifier_version="t", result={}, **assessed))


def test_items_filter_on_their_assessment(reader: TestClient, new_session: sessionmaker[Session]) -> None:
    with new_session() as session:
        feed = Feed(url="https://wire.example/rss", next_check_at=AT)
        session.add(feed)
        session.flush()
        _stored(session, feed, 1, incident=True, confidence=0.95, country="SY", event_type="air_drone_strike")
        _stored(session, feed, 2, incident=True, confidence=0.55, country="UA",
                event_type="shelling_artillery_missile_attack")  # fmt: skip
        _stored(session, feed, 3, incident=False, confidence=0.02)
        session.commit()

    def titles(**params: str) -> set[str]:
        response = reader.get("/api/v1/items", params=params)
        assert response.status_code == 200, response.text
        return {i["title"] for i in response.json()["items"]}

    assert titles() == {"item 1", "item 2", "item 3"}
    assert titles(country="sy") == {"item 1"}
    assert titles(event_type="shelling_artillery_missile_attack") == {"item 2"}
    assert titles(min_confidence="0.5") == {"item 1", "item 2"}
    assert titles(incident="false") == {"item 3"}
    assert titles(country="UA", min_confidence="0.9") == set()
