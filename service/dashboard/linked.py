"""The dashboard's window on the ceasefire registry, violations, claims, revisions, alerts and webhooks:
their own repositories where they have the query, read-only queries of the dashboard's own otherwise."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from service.alerts import repository as alerts_repo
from service.alerts.models import Alert
from service.ceasefires import repository as ceasefires_repo
from service.ceasefires.models import Ceasefire, IncidentViolation
from service.incidents.models import Claim, IncidentRevision
from service.webhooks import repository as webhooks_repo
from service.webhooks.models import Delivery, WebhookEndpoint

RECENT_DELIVERIES = 500  # an endpoint's success rate is over its latest deliveries


@dataclass(frozen=True)
class Area:
    ceasefire_id: int
    name: str
    countries: list[str] = field(default_factory=list)
    boxes: list[tuple[float, float, float, float]] = field(
        default_factory=list
    )  # min lat, min lon, max lat, max lon
    polygons: list[list[tuple[float, float]]] = field(default_factory=list)  # rings of (lon, lat)


def incident_ids(session: Session, *, ceasefire_id: int | None, violations_only: bool) -> Select[Any] | None:
    """A subquery of incident ids to restrict a listing to, or None for no restriction."""
    if ceasefire_id is not None:
        return select(IncidentViolation.incident_id).where(IncidentViolation.ceasefire_id == ceasefire_id)
    if violations_only:
        return select(IncidentViolation.incident_id)
    return None


def ceasefire_names(session: Session, *, incident_ids: list[int]) -> dict[int, list[str]]:
    """The ceasefires each incident of one page may violate (one query for the page)."""
    if not incident_ids:
        return {}
    stmt = (
        select(IncidentViolation.incident_id, Ceasefire.name)
        .join(Ceasefire, Ceasefire.id == IncidentViolation.ceasefire_id)
        .where(IncidentViolation.incident_id.in_(incident_ids))
        .order_by(IncidentViolation.id)
    )
    out: dict[int, list[str]] = defaultdict(list)
    for incident_id, name in session.execute(stmt).all():
        out[incident_id].append(name)
    return dict(out)


def ceasefire_choices(session: Session) -> list[tuple[int, str]]:
    return [(c.id, c.name) for c in ceasefires_repo.list_all(session)]


def ceasefires(session: Session) -> Sequence[Ceasefire]:
    return ceasefires_repo.list_all(session)


def ceasefire(session: Session, ceasefire_id: int) -> Ceasefire | None:
    return ceasefires_repo.get(session, ceasefire_id)


def violation_counts(session: Session) -> dict[int, int]:
    stmt = select(IncidentViolation.ceasefire_id, func.count()).group_by(IncidentViolation.ceasefire_id)
    return {cid: int(n) for cid, n in session.execute(stmt).all()}


def violation_reasons(session: Session, *, ceasefire_id: int, incident_ids: list[int]) -> dict[int, str]:
    if not incident_ids:
        return {}
    stmt = select(IncidentViolation.incident_id, IncidentViolation.reason).where(
        IncidentViolation.ceasefire_id == ceasefire_id, IncidentViolation.incident_id.in_(incident_ids)
    )
    return {i: r for i, r in session.execute(stmt).all()}


def area_of(c: Ceasefire) -> Area:
    """A registry entry's shape: its boxes and polygons where it has them, else its countries."""
    boxes, polygons = [], []
    for area in c.areas or []:
        if "bbox" in area:
            min_lon, min_lat, max_lon, max_lat = area["bbox"]
            boxes.append((min_lat, min_lon, max_lat, max_lon))
            continue
        geometry = area.get("geometry") or {}
        shapes = geometry.get("coordinates") or []
        if geometry.get("type") == "Polygon":
            shapes = [shapes]
        polygons += [[(float(x), float(y)) for x, y, *_ in rings[0]] for rings in shapes if rings]
    countries = [] if boxes or polygons else list(c.countries or [])
    return Area(c.id, c.name, countries, boxes, polygons)


def ceasefire_areas(session: Session, *, ceasefire_id: int | None, since: date, until: date) -> list[Area]:
    """The chosen ceasefire's area, or those of every ceasefire in force at some point of the range."""
    if ceasefire_id is not None:
        one = ceasefires_repo.get(session, ceasefire_id)
        return [area_of(one)] if one else []
    stmt = select(Ceasefire).where(
        Ceasefire.starts_on <= until, or_(Ceasefire.ends_on.is_(None), Ceasefire.ends_on >= since)
    )
    return [area_of(c) for c in session.scalars(stmt.order_by(Ceasefire.id)).all()]


# The incidents repository lists these whole; the page shows a bounded number and says so.
def claims(session: Session, *, incident_id: int, limit: int) -> Sequence[Claim]:
    stmt = select(Claim).where(Claim.incident_id == incident_id).order_by(Claim.id).limit(limit)
    return session.scalars(stmt).all()


def revisions(session: Session, *, incident_id: int, limit: int) -> Sequence[IncidentRevision]:
    stmt = select(IncidentRevision).where(IncidentRevision.incident_id == incident_id)
    return session.scalars(stmt.order_by(IncidentRevision.at, IncidentRevision.id).limit(limit)).all()


@dataclass(frozen=True)
class Match:
    ceasefire_id: int
    ceasefire: str
    rule: str
    reason: str
    matched_at: datetime


def violations(session: Session, *, incident_id: int) -> list[Match]:
    found = ceasefires_repo.violations_of(session, incident_id)
    names = {c.id: c.name for c in ceasefires_repo.list_all(session)} if found else {}
    return [
        Match(v.ceasefire_id, names.get(v.ceasefire_id, "?"), v.rule, v.reason, v.matched_at) for v in found
    ]


def alerts(session: Session, *, incident_id: int) -> list[tuple[Alert, list[tuple[Delivery, str]]]]:
    """Each alert raised on the incident with its deliveries and where each went (host only)."""
    raised = alerts_repo.of_incident(session, incident_id)
    deliveries = webhooks_repo.deliveries_of_alerts(session, [a.id for a in raised])
    endpoints = {e.id: e for e in webhooks_repo.list_endpoints(session)} if deliveries else {}
    by_alert: dict[int, list[tuple[Delivery, str]]] = defaultdict(list)
    for d in deliveries:
        if d.alert_id is not None:
            ep = endpoints.get(d.endpoint_id)
            by_alert[d.alert_id].append((d, endpoint_label(ep) if ep else f"endpoint {d.endpoint_id}"))
    return [(a, by_alert.get(a.id, [])) for a in raised]


def endpoint_label(endpoint: WebhookEndpoint) -> str:
    """Scheme and host only: webhook URLs can carry tokens in their path or query."""
    from urllib.parse import urlsplit

    parts = urlsplit(endpoint.url)
    return f"#{endpoint.id} {parts.scheme}://{parts.hostname or '?'}"


@dataclass(frozen=True)
class EndpointHealth:
    endpoint: WebhookEndpoint
    label: str
    recent: int
    succeeded: int
    failed: int
    last_failure: Delivery | None

    @property
    def success_rate(self) -> float | None:
        done = self.succeeded + self.failed
        return self.succeeded / done if done else None


def endpoint_health(session: Session, *, now: datetime) -> list[EndpointHealth]:
    out = []
    for ep in webhooks_repo.list_endpoints(session):
        recent = (
            select(Delivery.status)
            .where(Delivery.endpoint_id == ep.id)
            .order_by(Delivery.id.desc())
            .limit(RECENT_DELIVERIES)
            .subquery()
        )
        grouped = session.execute(select(recent.c.status, func.count()).group_by(recent.c.status)).all()
        counts: dict[str, int] = {status: int(n) for status, n in grouped}
        last_failure = session.scalars(
            select(Delivery)
            .where(Delivery.endpoint_id == ep.id, Delivery.last_error.is_not(None))
            .order_by(Delivery.id.desc())
            .limit(1)
        ).first()
        out.append(
            EndpointHealth(
                ep,
                endpoint_label(ep),
                sum(counts.values()),
                counts.get("succeeded", 0),
                counts.get("failed", 0),
                last_failure,
            )
        )
    return out


def failed_deliveries(session: Session, *, limit: int) -> list[tuple[Delivery, str]]:
    """The latest deliveries that gave up, for the operator to replay."""
    stmt = select(Delivery).where(Delivery.status == "failed").order_by(Delivery.id.desc()).limit(limit)
    rows = session.scalars(stmt).all()
    endpoints = {e.id: e for e in webhooks_repo.list_endpoints(session)} if rows else {}
    return [
        (d, endpoint_label(endpoints[d.endpoint_id]) if d.endpoint_id in endpoints else "?") for d in rows
    ]
