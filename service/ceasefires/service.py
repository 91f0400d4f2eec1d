"""The ceasefire registry, and judging incidents against it. Services flush; the session's owner commits."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import yaml
from pydantic import ValidationError
from sqlalchemy.orm import Session

from service.ceasefires import repository, violations
from service.ceasefires.models import Ceasefire, IncidentViolation
from service.ceasefires.schemas import CeasefireIn
from service.errors import Conflict, Invalid, NotFound
from service.incidents.models import Incident


class CeasefireNotFound(NotFound):
    detail = "ceasefire {id} does not exist"


class CeasefireExists(Conflict):
    detail = "a ceasefire named {name!r} exists already (id {id})"


def get(session: Session, ceasefire_id: int) -> Ceasefire:
    ceasefire = repository.get(session, ceasefire_id)
    if ceasefire is None:
        raise CeasefireNotFound(id=ceasefire_id)
    return ceasefire


def _apply(ceasefire: Ceasefire, body: CeasefireIn, *, now: datetime) -> None:
    data = body.model_dump(mode="json")
    for key in (
        "name",
        "kind",
        "countries",
        "areas",
        "parties",
        "brokers",
        "excluded",
        "notes",
        "source_url",
    ):
        setattr(ceasefire, key, data[key])
    ceasefire.starts_on = body.starts_on
    ceasefire.ends_on = body.ends_on
    ceasefire.updated_at = now


def create(session: Session, *, body: CeasefireIn, now: datetime) -> Ceasefire:
    existing = repository.by_name(session, body.name)
    if existing is not None:
        raise CeasefireExists(name=body.name, id=existing.id)
    ceasefire = Ceasefire(created_at=now)
    _apply(ceasefire, body, now=now)
    session.add(ceasefire)
    session.flush()
    return ceasefire


def replace(session: Session, *, ceasefire_id: int, body: CeasefireIn, now: datetime) -> Ceasefire:
    ceasefire = get(session, ceasefire_id)
    other = repository.by_name(session, body.name)
    if other is not None and other.id != ceasefire.id:
        raise CeasefireExists(name=body.name, id=other.id)
    _apply(ceasefire, body, now=now)
    session.flush()
    return ceasefire


def delete(session: Session, *, ceasefire_id: int) -> None:
    session.delete(get(session, ceasefire_id))
    session.flush()


def import_file(session: Session, *, path: Path, now: datetime) -> tuple[int, int]:
    """Upsert every ceasefire in a YAML registry by name; returns (created, updated)."""
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise Invalid(reason=f"cannot read {path}: {exc}") from exc
    entries = doc.get("ceasefires") if isinstance(doc, dict) else None
    if not isinstance(entries, list):
        raise Invalid(reason=f"{path} must have a top-level 'ceasefires:' list")
    created = updated = 0
    for n, entry in enumerate(entries, 1):
        try:
            body = CeasefireIn.model_validate(entry)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise Invalid(reason=f"ceasefire #{n} in {path}: {where}: {first['msg']}") from exc
        existing = repository.by_name(session, body.name)
        if existing is None:
            create(session, body=body, now=now)
            created += 1
        else:
            _apply(existing, body, now=now)
            updated += 1
    session.flush()
    return created, updated


def terms_of(ceasefire: Ceasefire) -> violations.Terms:
    return violations.Terms(
        id=ceasefire.id,
        name=ceasefire.name,
        starts_on=ceasefire.starts_on,
        ends_on=ceasefire.ends_on,
        countries=tuple(ceasefire.countries or ()),
        areas=tuple(ceasefire.areas or ()),
        parties=violations.sides_from(ceasefire.parties or [], role="party"),
        brokers=violations.sides_from(ceasefire.brokers or [], role="broker"),
        excluded=violations.sides_from(ceasefire.excluded or [], role="excluded"),
    )


def facts_of(incident: Incident) -> violations.IncidentFacts:
    return violations.IncidentFacts(
        day=incident.event_date or incident.occurred_at.date(),
        country=incident.country,
        lat=incident.lat,
        lon=incident.lon,
        perpetrator=incident.perpetrator_name,
        perpetrator_kind=incident.perpetrator_kind,
        target=incident.target_name,
        target_kind=incident.target_kind,
    )


def judge(session: Session, *, incident: Incident, now: datetime) -> list[IncidentViolation]:
    """Store a violation for each ceasefire the incident may breach; returns all it has now.

    A match once made is kept even if later reports change the facts: it is part of the record,
    and its alert has gone out.
    """
    known = {v.ceasefire_id: v for v in repository.violations_of(session, incident.id)}
    facts = facts_of(incident)
    for ceasefire in repository.in_force(session, facts.day):
        if ceasefire.id in known:
            continue
        verdict = violations.evaluate(facts, terms_of(ceasefire))
        if verdict is None:
            continue
        row = IncidentViolation(
            incident_id=incident.id,
            ceasefire_id=ceasefire.id,
            rule=verdict.rule,
            reason=verdict.reason,
            matched_at=now,
        )
        session.add(row)
        known[ceasefire.id] = row
    session.flush()
    return sorted(known.values(), key=lambda v: v.ceasefire_id)
