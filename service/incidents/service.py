"""Incidents from assessed items."""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import Any

from sqlalchemy.orm import Session

from service.errors import NotFound
from service.incidents import repository
from service.incidents.models import Incident, Report
from service.items.models import Assessment, Item


class IncidentNotFound(NotFound):
    detail = "incident {id} does not exist"


def get(session: Session, incident_id: int) -> Incident:
    incident = repository.get(session, incident_id)
    if incident is None:
        raise IncidentNotFound(id=incident_id)
    return incident


def occurred_at(assessment: Assessment, item: Item) -> datetime:
    if assessment.event_date is not None:
        return datetime.combine(assessment.event_date, time(), tzinfo=UTC)
    return item.published_at


def record(session: Session, *, item: Item, assessment: Assessment, now: datetime) -> Incident:
    """Attach an item judged an incident to an incident: the one it already has, or a new one."""
    existing = repository.report_for_item(session, item.id)
    if existing is not None:
        return get(session, existing.incident_id)
    result: dict[str, Any] = assessment.result
    perpetrator = result.get("perpetrator") or {}
    target = result.get("target") or {}
    location = result.get("location") or {}
    incident = Incident(
        occurred_at=occurred_at(assessment, item),
        event_date=assessment.event_date,
        first_seen_at=now,
        updated_at=now,
        title=item.title or item.summary[:300],
        event_type=assessment.event_type,
        country=assessment.country,
        location_name=location.get("name"),
        lat=location.get("lat"),
        lon=location.get("lon"),
        perpetrator_name=perpetrator.get("name"),
        perpetrator_kind=perpetrator.get("kind"),
        target_name=target.get("name"),
        target_kind=target.get("kind"),
        target_is_state_forces=assessment.target_is_state_forces,
        killed_low=assessment.killed,
        killed=assessment.killed,
        killed_high=assessment.killed,
        wounded_low=assessment.wounded,
        wounded=assessment.wounded,
        wounded_high=assessment.wounded,
        confidence=assessment.confidence,
        hedged=assessment.hedged,
        mentions_ceasefire=assessment.mentions_ceasefire,
        report_count=1,
        source_count=1,
    )
    session.add(incident)
    session.flush()
    session.add(Report(incident_id=incident.id, item_id=item.id, added_at=now))
    session.flush()
    return incident
