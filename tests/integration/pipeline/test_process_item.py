"""The item -> assessment -> incident step: idempotent, versioned, and re-runnable over history."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from service import classification, pipeline
from service.feeds.models import Feed
from service.incidents.models import Report
from service.items.models import Assessment, Item
from service.reclassify import reclassify

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def _item(session: Session, feed: Feed, n: int, title: str, summary: str = "") -> Item:
    item = Item(
        feed_id=feed.id,
        guid_hash=f"{n:064d}",
        title=title,
        summary=summary,
        published_at=datetime(2026, 11, 20, 8, n, tzinfo=UTC),
        fetched_at=NOW,
    )
    session.add(item)
    session.flush()
    return item


def _feed(session: Session) -> Feed:
    feed = Feed(url="https://wire.example/rss", next_check_at=NOW)
    session.add(feed)
    session.flush()
    return feed


def test_processing_twice_assesses_once_and_reports_once(session: Session) -> None:
    feed = _feed(session)
    strike = _item(
        session,
        feed,
        1,
        "Air strikes kill 14 soldiers at army base near Idlib",
        "Warplanes struck a government army base near Idlib on Thursday, a monitor said.",
    )
    match = _item(session, feed, 2, "Striker scores twice as City beat United in derby")
    for _ in range(2):
        first = pipeline.process_item(session, item_id=strike.id, now=NOW)
        second = pipeline.process_item(session, item_id=match.id, now=NOW)
    assert first.incident and first.incident_id is not None
    assert not second.incident and second.incident_id is None
    assert session.scalar(select(func.count(Assessment.id))) == 2
    assert session.scalar(select(func.count(Report.id))) == 1
    stored = session.scalars(select(Assessment).where(Assessment.item_id == strike.id)).one()
    assert stored.classifier_version == classification.VERSION
    assert stored.result["evidence"], "the assessment keeps the classifier's evidence"


def test_unknown_item_is_a_no_op(session: Session) -> None:
    outcome = pipeline.process_item(session, item_id=424242, now=NOW)
    assert outcome.incident_id is None and not outcome.incident


def test_reclassify_replaces_stale_assessments(session: Session, new_session: sessionmaker[Session]) -> None:
    feed = _feed(session)
    item = _item(session, feed, 3, "Shelling kills three civilians in Donetsk region, officials say")
    pipeline.process_item(session, item_id=item.id, now=NOW)
    stale = session.scalars(select(Assessment)).one()
    stale.classifier_version = "0-old"
    stale.incident = False
    session.commit()

    progress = io.StringIO()
    done = reclassify(since=datetime(2026, 11, 1, tzinfo=UTC), progress=progress)
    assert done == {"items": 1, "incidents": 1}
    assert "1/1 items" in progress.getvalue()
    with new_session() as fresh:
        again = fresh.scalars(select(Assessment)).one()
        assert again.classifier_version == classification.VERSION and again.incident
        assert fresh.scalar(select(func.count(Report.id))) == 1
