"""Raising alerts when an incident becomes a possible violation or changes for the worse; silences."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from service.alerts import repository
from service.alerts.models import Alert, Silence
from service.ceasefires.models import Ceasefire, IncidentViolation
from service.errors import Invalid, NotFound
from service.incidents.models import Incident
from service.incidents.service import snapshot

KINDS = ("possible_violation", "escalation", "corroborated", "retracted")
FIGURES = ("killed", "killed_high", "wounded", "wounded_high")


class AlertNotFound(NotFound):
    detail = "alert {id} does not exist"


class SilenceNotFound(NotFound):
    detail = "silence {id} does not exist"


def get(session: Session, alert_id: int) -> Alert:
    alert = repository.get(session, alert_id)
    if alert is None:
        raise AlertNotFound(id=alert_id)
    return alert


def _state(
    incident: Incident, violations: Sequence[IncidentViolation], names: dict[int, str]
) -> dict[str, Any]:
    return {
        "incident": {"id": incident.id, **snapshot(incident)},
        "violations": [
            {
                "ceasefire_id": v.ceasefire_id,
                "ceasefire": names.get(v.ceasefire_id),
                "rule": v.rule,
                "reason": v.reason,
            }
            for v in violations
        ],
    }


def _figures(state: dict[str, Any]) -> dict[str, int]:
    incident = state.get("incident") or {}
    return {k: incident.get(k) or 0 for k in FIGURES}


def _toll(incident: Incident) -> str:
    def spread(best: int | None, low: int | None, high: int | None) -> str:
        if best is None:
            return "unknown"
        return f"{best}" if low == high else f"{best} ({low}-{high})"

    return (
        f"killed {spread(incident.killed, incident.killed_low, incident.killed_high)}, "
        f"wounded {spread(incident.wounded, incident.wounded_low, incident.wounded_high)}"
    )


def wanted(
    incident: Incident,
    violations: Sequence[IncidentViolation],
    previous: Sequence[Alert],
    names: dict[int, str],
) -> list[tuple[str, str, int | None, str]]:
    """(kind, fingerprint, ceasefire id, summary) for every alert the incident's state calls for.

    Follow-ups (escalation, corroboration, retraction) are measured against what earlier alerts
    already said, so an incident that is corroborated or bloody from its first alert raises one alert,
    and five outlets stating one strike as fact raise one alert, not two.
    """
    out: list[tuple[str, str, int | None, str]] = []
    for v in violations:
        name = names.get(v.ceasefire_id, f"ceasefire {v.ceasefire_id}")
        out.append(("possible_violation", f"ceasefire:{v.ceasefire_id}", v.ceasefire_id,
                    f"Possible violation of the {name}: {incident.title} ({_toll(incident)})"))  # fmt: skip
    if not previous or not violations:
        return out
    primary = violations[0].ceasefire_id
    said = [a.state for a in previous]
    if incident.status == "retracted":
        out.append(("retracted", "retracted", primary, f"Retracted: {incident.title}"))
        return out
    # Corroboration is news when what was alerted was hedged (alleged, unconfirmed, denied);
    # more outlets repeating a report stated as fact is not a change a monitor acts on.
    alerted_hedged = any((s.get("incident") or {}).get("hedged") for s in said)
    if (
        incident.status == "corroborated"
        and alerted_hedged
        and not any((s.get("incident") or {}).get("status") == "corroborated" for s in said)
    ):
        summary = f"Corroborated by {incident.source_count} independent outlets: {incident.title}"
        out.append(("corroborated", "corroborated", primary, summary))
    now_fig = {k: getattr(incident, k) or 0 for k in FIGURES}
    peak = {k: max(_figures(s)[k] for s in said) for k in FIGURES}
    if any(now_fig[k] > peak[k] for k in FIGURES):
        fingerprint = ";".join(f"{k}={now_fig[k]}" for k in FIGURES)
        out.append(("escalation", fingerprint, primary, f"Toll rises to {_toll(incident)}: {incident.title}"))
    return out


def muting(silences: Sequence[Silence], *, ceasefire_id: int | None, incident: Incident) -> Silence | None:
    for s in silences:
        if s.ceasefire_id is not None and s.ceasefire_id != ceasefire_id:
            continue
        if s.country is not None and s.country != incident.country:
            continue
        if s.event_type is not None and s.event_type != incident.event_type:
            continue
        return s
    return None


def raise_for(
    session: Session, *, incident: Incident, violations: Sequence[IncidentViolation], now: datetime
) -> list[Alert]:
    """Insert the alerts the incident's current state calls for and has not had; idempotent."""
    previous = list(repository.of_incident(session, incident.id))
    have = {(a.kind, a.fingerprint) for a in previous}
    names = {c.id: c.name for c in (session.get(Ceasefire, v.ceasefire_id) for v in violations) if c}
    state = _state(incident, violations, names)
    silences = repository.active_silences(session, now=now)
    raised = []
    for kind, fingerprint, ceasefire_id, summary in wanted(incident, violations, previous, names):
        if (kind, fingerprint) in have:
            continue
        silence = muting(silences, ceasefire_id=ceasefire_id, incident=incident)
        alert = Alert(
            incident_id=incident.id,
            ceasefire_id=ceasefire_id,
            kind=kind,
            fingerprint=fingerprint[:200],
            raised_at=now,
            summary=summary,
            country=incident.country,
            event_type=incident.event_type,
            muted=silence is not None,
            silence_id=silence.id if silence else None,
            state=state,
        )
        try:
            with session.begin_nested():  # another worker raised it first: theirs stands
                session.add(alert)
                session.flush()
        except IntegrityError:
            continue
        raised.append(alert)
    return raised


def add_silence(
    session: Session,
    *,
    ceasefire_id: int | None,
    country: str | None,
    event_type: str | None,
    until: datetime,
    created_by: str,
    reason: str,
    now: datetime,
) -> Silence:
    if until <= now:
        raise Invalid(reason="until must be in the future")
    if ceasefire_id is None and country is None and event_type is None:
        raise Invalid(reason="a silence needs at least one of ceasefire_id, country or event_type")
    if ceasefire_id is not None and session.get(Ceasefire, ceasefire_id) is None:
        raise Invalid(reason=f"ceasefire {ceasefire_id} does not exist")
    silence = Silence(
        ceasefire_id=ceasefire_id,
        country=country,
        event_type=event_type,
        until=until,
        created_by=created_by,
        reason=reason,
        created_at=now,
    )
    session.add(silence)
    session.flush()
    return silence


def end_silence(session: Session, *, silence_id: int, now: datetime) -> Silence:
    silence = repository.get_silence(session, silence_id)
    if silence is None:
        raise SilenceNotFound(id=silence_id)
    silence.ended_at = silence.ended_at or now
    session.flush()
    return silence
