"""Incidents from assessed items: each report joins the incident it describes, or starts one."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from service.errors import NotFound
from service.feeds.models import Feed
from service.incidents import matching, repository, tally
from service.incidents.models import Claim, Incident, IncidentRevision, Report
from service.items.models import Assessment, Item

SNAPSHOT_FIELDS = (
    "occurred_at", "event_date", "title", "event_type", "country", "location_name", "lat", "lon",
    "perpetrator_name", "perpetrator_kind", "target_name", "target_kind", "target_is_state_forces",
    "killed_low", "killed", "killed_high", "wounded_low", "wounded", "wounded_high",
    "confidence", "hedged", "mentions_ceasefire", "status", "report_count", "source_count",
)  # fmt: skip
BOX_DEGREES = 0.5  # about 50 km: the widest "nearby" the matcher accepts


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


def outlet_of(feed: Feed | None) -> str:
    if feed is None:
        return "unknown outlet"
    return feed.title or urlsplit(feed.url).hostname or feed.url


def report_facts(item: Item, assessment: Assessment) -> matching.EventFacts:
    result: dict[str, Any] = assessment.result or {}
    location = result.get("location") or {}
    return matching.EventFacts(
        day=assessment.event_date or item.published_at.date(),
        day_known=assessment.event_date is not None,
        country=assessment.country,
        place=location.get("name"),
        lat=location.get("lat"),
        lon=location.get("lon"),
        event_type=assessment.event_type,
        perpetrator=(result.get("perpetrator") or {}).get("name"),
        target=(result.get("target") or {}).get("name"),
        target_kind=(result.get("target") or {}).get("kind"),
        words=matching.words_of(item.title, item.summary),
    )


def incident_facts(incident: Incident) -> matching.EventFacts:
    return matching.EventFacts(
        day=incident.event_date or incident.occurred_at.date(),
        day_known=incident.event_date is not None,
        country=incident.country,
        place=incident.location_name,
        lat=incident.lat,
        lon=incident.lon,
        event_type=incident.event_type,
        perpetrator=incident.perpetrator_name,
        target=incident.target_name,
        target_kind=incident.target_kind,
        words=frozenset(incident.match_text.split()),
    )


def snapshot(incident: Incident) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in SNAPSHOT_FIELDS:
        value = getattr(incident, name)
        out[name] = value.isoformat() if isinstance(value, datetime | date) else value
    return out


def record(session: Session, *, item: Item, assessment: Assessment, now: datetime) -> Incident:
    """Attach an item judged an incident to the incident it reports, creating one if none matches."""
    existing = repository.report_for_item(session, item.id)
    if existing is not None:
        return get(session, existing.incident_id)
    report = report_facts(item, assessment)
    # One lock per country, not per day: a report without a date may match yesterday's incident,
    # so a day key would let two workers each create one for the same event.
    repository.lock_place(session, f"incidents:{report.country or '--'}")
    middle = datetime.combine(report.day, time(12), tzinfo=UTC)
    reach = timedelta(days=matching.MAX_DAY_GAP_UNDATED, hours=12)
    box = None
    if report.lat is not None and report.lon is not None:
        box = (
            report.lat - BOX_DEGREES,
            report.lon - BOX_DEGREES,
            report.lat + BOX_DEGREES,
            report.lon + BOX_DEGREES,
        )
    pool = repository.candidates(
        session, start=middle - reach, end=middle + reach, country=report.country, box=box
    )
    match = matching.best_match(report, [(i.id, incident_facts(i)) for i in pool])
    if match is None:
        incident = _new(item, assessment, now=now)
        session.add(incident)
        session.flush()  # need incident.id for its report and claims
        before: dict[str, Any] = {}
        reason = "first report"
    else:
        incident = next(i for i in pool if i.id == match[0])
        before = snapshot(incident)
        reason = "report joined: " + "; ".join(match[1].reasons)
        _absorb(incident, report, assessment)
    incident.match_text = " ".join(sorted(matching.merged(incident_facts(incident), report).words))

    session.add(Report(incident_id=incident.id, item_id=item.id, added_at=now))
    feed = session.get(Feed, item.feed_id)
    text = f"{item.title}\n{item.summary}"
    for c in tally.claims_from(assessment.result or {}, outlet=outlet_of(feed), text=text):
        session.add(
            Claim(
                incident_id=incident.id,
                item_id=item.id,
                feed_id=item.feed_id,
                outlet=outlet_of(feed)[:500],
                source=c.source,
                killed=c.killed,
                wounded=c.wounded,
                blamed=c.blamed,
                denied=c.denied,
                retracted=c.retracted,
                said_at=item.published_at,
            )
        )
    session.flush()
    recount(session, incident)
    incident.updated_at = now
    after = snapshot(incident)
    changes = {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}
    session.add(
        IncidentRevision(
            incident_id=incident.id,
            item_id=item.id,
            at=now,
            reason=reason[:200],
            changes=changes,
            snapshot=after,
        )
    )
    session.flush()
    return incident


def recount(session: Session, incident: Incident) -> None:
    """Figures, status and source counts from every claim the incident holds."""
    said = [
        tally.SaidClaim(
            feed_id=c.feed_id,
            claim=tally.ClaimFacts(
                source=c.source, killed=c.killed, wounded=c.wounded, denied=c.denied, retracted=c.retracted
            ),
        )
        for c in repository.claims_of(session, incident.id)
    ]
    figures = tally.figures(s.claim for s in said)
    for name, value in vars(figures).items():
        setattr(incident, name, value)
    incident.status = tally.status(said)
    incident.source_count = len({s.feed_id for s in said})
    incident.report_count = repository.report_count(session, incident.id)


def _new(item: Item, assessment: Assessment, *, now: datetime) -> Incident:
    result: dict[str, Any] = assessment.result or {}
    perpetrator = result.get("perpetrator") or {}
    target = result.get("target") or {}
    location = result.get("location") or {}
    return Incident(
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
        confidence=assessment.confidence,
        hedged=assessment.hedged,
        mentions_ceasefire=assessment.mentions_ceasefire,
        report_count=0,
        source_count=0,
    )


def _absorb(incident: Incident, report: matching.EventFacts, assessment: Assessment) -> None:
    """Fill what the incident did not know yet; never overwrite a known fact with another report's."""
    result: dict[str, Any] = assessment.result or {}
    if incident.event_date is None and assessment.event_date is not None:
        incident.event_date = assessment.event_date
        incident.occurred_at = datetime.combine(assessment.event_date, time(), tzinfo=UTC)
    if incident.event_type in (None, *matching.VAGUE_TYPES) and assessment.event_type:
        incident.event_type = assessment.event_type
    incident.country = incident.country or assessment.country
    if incident.lat is None and report.lat is not None:
        incident.lat, incident.lon = report.lat, report.lon
    incident.location_name = incident.location_name or report.place
    if incident.perpetrator_name is None and result.get("perpetrator"):
        incident.perpetrator_name = result["perpetrator"].get("name")
        incident.perpetrator_kind = result["perpetrator"].get("kind")
    if incident.target_name is None and result.get("target"):
        incident.target_name = result["target"].get("name")
        incident.target_kind = result["target"].get("kind")
    incident.target_is_state_forces = incident.target_is_state_forces or assessment.target_is_state_forces
    incident.confidence = max(incident.confidence, assessment.confidence)
    incident.hedged = incident.hedged and assessment.hedged  # hedged only while every report hedges
    incident.mentions_ceasefire = incident.mentions_ceasefire or assessment.mentions_ceasefire
