"""What each page shows, assembled from the repositories; routes only render these."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from service.dashboard import chart, linked
from service.dashboard import repository as repo
from service.dashboard.ops import classifier_version, queue_depth
from service.dashboard.params import FilterForm
from service.feeds.models import Feed
from service.incidents import repository as incidents
from service.incidents.models import Incident
from service.pagination import Cursor

PAGE_SIZE = 50
MAP_POINTS = 2000
HEARTBEAT_STALE_S = 60.0
DETAIL_ROWS = 300  # reports, claims and revisions shown on an incident page


@dataclass
class IncidentList:
    rows: list[Incident]
    next_cursor: str | None
    ceasefires: dict[int, list[str]] = field(default_factory=dict)


def _cursor(raw: str | None) -> Cursor | None:
    try:
        return Cursor.decode(raw) if raw else None
    except Exception:  # a mangled cursor just means the first page
        return None


def incident_list(
    session: Session, *, form: FilterForm, cursor: str | None, only_violations: bool, limit: int = PAGE_SIZE
) -> IncidentList:
    """A keyset page of incidents, newest first: all of them, or those that may violate a ceasefire."""
    flt = form.to_filter()
    only_ids = linked.incident_ids(session, ceasefire_id=flt.ceasefire_id, violations_only=only_violations)
    rows = list(repo.incident_page(session, flt=flt, cursor=_cursor(cursor), limit=limit, only_ids=only_ids))
    nxt = Cursor(rows[-1].occurred_at, rows[-1].id).encode() if len(rows) == limit else None
    names = linked.ceasefire_names(session, incident_ids=[r.id for r in rows])
    return IncidentList(rows=rows, next_cursor=nxt, ceasefires=names)


def day_chart(session: Session, *, form: FilterForm) -> chart.Chart:
    flt = form.to_filter()
    only_ids = linked.incident_ids(session, ceasefire_id=flt.ceasefire_id, violations_only=False)
    counts = repo.daily_counts(session, flt=flt, only_ids=only_ids)
    return chart.build(counts, first=form.since, last=form.until)


def incident_json(incident: Incident, ceasefires: list[str]) -> dict[str, Any]:
    """What the live overview needs of one row; the page's JavaScript writes it with textContent."""
    from service.dashboard import fmt

    return {
        "id": incident.id,
        "url": f"/incidents/{incident.id}",
        # The day alone when that is all the reports said; the time otherwise.
        "occurred_at": incident.event_date.isoformat()
        if incident.event_date
        else fmt.when(incident.occurred_at),
        "title": incident.title,
        "event_type": incident.event_type or "other",
        "event_type_words": fmt.words(incident.event_type),
        "actors": actors(incident),
        "place": place(incident),
        "killed": fmt.span(incident.killed_low, incident.killed, incident.killed_high),
        "wounded": fmt.span(incident.wounded_low, incident.wounded, incident.wounded_high),
        "confidence": fmt.pct(incident.confidence),
        "sources": incident.source_count,
        "status": incident.status,
        "ceasefires": ", ".join(ceasefires) or "–",
    }


def actors(incident: Incident) -> str:
    who = incident.perpetrator_name or "unknown"
    whom = incident.target_name or "unknown"
    return f"{who} → {whom}"


def place(incident: Incident) -> str:
    from service.dashboard import fmt

    parts = [p for p in (incident.location_name, fmt.country_name(incident.country)) if p and p != "–"]
    return ", ".join(parts) or "–"


@dataclass(frozen=True)
class FeedRow:
    feed: Feed
    state: str  # ok | failing | disabled | new
    not_modified_share: float | None
    items_per_hour: float


def feed_rows(session: Session, *, now: datetime) -> list[FeedRow]:
    per_feed = repo.items_per_feed(session, since=now - timedelta(hours=24))
    out = []
    for feed in repo.feeds(session):
        if feed.disabled:
            state = "disabled"
        elif feed.error_count:
            state = "failing"
        elif feed.polls == 0:
            state = "new"
        else:
            state = "ok"
        share = feed.polls_not_modified / feed.polls if feed.polls else None
        out.append(FeedRow(feed, state, share, round(per_feed.get(feed.id, 0) / 24, 2)))
    return out


def ops_context(session: Session, *, now: datetime, broker_url: str) -> dict[str, Any]:
    stale = now - timedelta(seconds=HEARTBEAT_STALE_S)
    beats = [(hb, hb.seen_at < stale) for hb in repo.heartbeats(session)]
    return {
        "feeds": feed_rows(session, now=now),
        "queue": queue_depth(broker_url),
        "heartbeats": beats,
        "classifier_version": classifier_version(),
        "endpoints": linked.endpoint_health(session, now=now),
        "failed_deliveries": linked.failed_deliveries(session, limit=20),
    }


def incident_context(session: Session, *, incident_id: int) -> dict[str, Any] | None:
    incident = incidents.get(session, incident_id)
    if incident is None:
        return None
    reports = []
    for report, item, feed, assessment in repo.reports_of(
        session, incident_id=incident_id, limit=DETAIL_ROWS
    ):
        result = assessment.result if assessment else {}
        reports.append(
            {
                "report": report,
                "item": item,
                "outlet": feed.title or feed.url,
                "assessment": assessment,
                "evidence": result.get("evidence") or [],
                "claims": result.get("claims") or [],
            }
        )
    return {
        "incident": incident,
        "reports": reports,
        "claims": linked.claims(session, incident_id=incident_id, limit=DETAIL_ROWS),
        "revisions": linked.revisions(session, incident_id=incident_id, limit=DETAIL_ROWS),
        "detail_rows": DETAIL_ROWS,
        "violations": linked.violations(session, incident_id=incident_id),
        "alerts": linked.alerts(session, incident_id=incident_id),
    }


def map_context(session: Session, *, form: FilterForm) -> dict[str, Any]:
    flt = form.to_filter()
    only_ids = linked.incident_ids(session, ceasefire_id=flt.ceasefire_id, violations_only=False)
    points = repo.map_points(session, flt=flt, limit=MAP_POINTS, only_ids=only_ids)
    areas = linked.ceasefire_areas(session, ceasefire_id=flt.ceasefire_id, since=form.since, until=form.until)
    return {"points": points, "areas": areas, "truncated": len(points) == MAP_POINTS}
