"""Builders for feeds, items and assessments as the classifier would leave them, so incident, alert and
webhook tests do not depend on the classifier's judgement."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from service import pipeline
from service.ceasefires import service as ceasefires
from service.feeds.models import Feed
from service.incidents import service as incidents
from service.items.models import Assessment, Item

REGISTRY = Path(__file__).resolve().parents[1] / "service" / "ceasefires" / "registry.example.yaml"
DEIR_EZ_ZOR = {"name": "Deir ez-Zor", "lat": 35.336, "lon": 40.14}
T0 = datetime(2016, 9, 17, 18, 0, tzinfo=UTC)


def load_registry(session: Session) -> dict[str, int]:
    ceasefires.import_file(session, path=REGISTRY, now=T0)
    from service.ceasefires import repository

    return {c.name: c.id for c in repository.list_all(session)}


def add_feed(session: Session, n: int, *, title: str | None = None) -> Feed:
    feed = Feed(url=f"https://outlet{n}.example/rss", title=title or f"Outlet {n}", next_check_at=T0)
    session.add(feed)
    session.flush()
    return feed


def coalition_strike(**over: Any) -> dict[str, Any]:
    """The founding example as the classifier reports it."""
    result: dict[str, Any] = {
        "incident": True,
        "confidence": 0.9,
        "event_type": "air_drone_strike",
        "perpetrator": {"name": "US-led coalition", "kind": "external_force"},
        "target": {"name": "Syrian government forces", "kind": "state_forces"},
        "target_is_state_forces": True,
        "country": "SY",
        "location": dict(DEIR_EZ_ZOR),
        "event_date": "2016-09-17",
        "killed": 62,
        "wounded": 100,
        "claims": [],
        "hedged": False,
        "mentions_ceasefire": True,
    }
    result.update(over)
    return result


def add_report(
    session: Session,
    *,
    feed: Feed,
    title: str,
    summary: str = "",
    result: dict[str, Any],
    published: datetime = T0,
    version: str = "test",
) -> tuple[Item, Assessment]:
    n = session.query(Item).count() + 1  # a unique guid per item in this database
    item = Item(
        feed_id=feed.id,
        guid_hash=f"{n:064d}",
        guid=f"urn:test:{n}",
        url=f"{feed.url}/item/{n}",
        title=title,
        summary=summary,
        published_at=published,
        fetched_at=published + timedelta(minutes=1),
    )
    session.add(item)
    session.flush()
    event_date = result.get("event_date")
    assessment = Assessment(
        item_id=item.id,
        classifier_version=version,
        assessed_at=published,
        incident=result.get("incident", True),
        confidence=result.get("confidence", 0.8),
        event_type=result.get("event_type"),
        country=result.get("country"),
        event_date=date.fromisoformat(event_date) if event_date else None,
        killed=result.get("killed"),
        wounded=result.get("wounded"),
        target_is_state_forces=result.get("target_is_state_forces", False),
        hedged=result.get("hedged", False),
        mentions_ceasefire=result.get("mentions_ceasefire", False),
        result=result,
    )
    session.add(assessment)
    session.flush()
    return item, assessment


def ingest(
    session: Session, item: Item, assessment: Assessment, *, now: datetime = T0
) -> tuple[int, list[int]]:
    """What process_item does after classification: the incident id and new delivery ids."""
    incident = incidents.record(session, item=item, assessment=assessment, now=now)
    return incident.id, pipeline.judge_and_alert(session, incident=incident, now=now)
