"""From a stored item to an assessment and, for incidents, an incident. Spans domains, so it lives here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.orm import Session

from service import classification
from service.alerts import service as alerts
from service.ceasefires import service as ceasefires
from service.config import get_settings
from service.incidents import service as incidents
from service.incidents.models import Incident
from service.items import repository as items
from service.items.models import Assessment, Item
from service.webhooks import service as webhooks


@dataclass
class Outcome:
    item_id: int
    incident: bool = False
    incident_id: int | None = None
    # Deliveries created in this unit of work; the caller dispatches them after commit.
    delivery_ids: list[int] = field(default_factory=list)


def assess(session: Session, *, item: Item, now: datetime) -> Assessment:
    """Classify an item with the current classifier and store (or replace) its assessment."""
    result = classification.classify(
        classification.ItemText(
            title=item.title, summary=item.summary, published=None if item.date_missing else item.published_at
        )
    )
    data = result.to_dict()
    row = items.assessment_of(session, item.id) or Assessment(item_id=item.id)
    row.classifier_version = classification.VERSION
    row.assessed_at = now
    row.incident = result.incident
    row.confidence = result.confidence
    row.event_type = result.event_type
    row.country = result.country
    row.event_date = date.fromisoformat(result.event_date) if result.event_date else None
    row.killed = result.killed
    row.wounded = result.wounded
    row.target_is_state_forces = result.target_is_state_forces
    row.hedged = result.hedged
    row.mentions_ceasefire = result.mentions_ceasefire
    row.result = data
    session.add(row)
    session.flush()
    return row


def process_item(session: Session, *, item_id: int, now: datetime, force: bool = False) -> Outcome:
    """Idempotent: an item already assessed by this classifier version is not classified again."""
    outcome = Outcome(item_id=item_id)
    item = items.get(session, item_id)
    if item is None:
        return outcome
    assessment = items.assessment_of(session, item_id)
    if force or assessment is None or assessment.classifier_version != classification.VERSION:
        assessment = assess(session, item=item, now=now)
    outcome.incident = assessment.incident
    if assessment.incident:
        incident = incidents.record(session, item=item, assessment=assessment, now=now)
        outcome.incident_id = incident.id
        outcome.delivery_ids = judge_and_alert(session, incident=incident, now=now)
    return outcome


def judge_and_alert(session: Session, *, incident: Incident, now: datetime) -> list[int]:
    """Match the incident to ceasefires, raise the alerts its state calls for, fan them out.

    Returns the new delivery ids; the caller dispatches them after commit.
    """
    violations = ceasefires.judge(session, incident=incident, now=now)
    if not violations:
        return []
    lease_s = get_settings().webhook_lease_s
    delivery_ids: list[int] = []
    for alert in alerts.raise_for(session, incident=incident, violations=violations, now=now):
        delivery_ids += webhooks.fanout(session, alert=alert, now=now, lease_s=lease_s)
    return delivery_ids
