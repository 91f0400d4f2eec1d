from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from service.alerts import repository, service
from service.alerts.models import Alert
from service.alerts.repository import AlertFilter
from service.alerts.schemas import (
    AlertDetail,
    AlertOut,
    AlertPage,
    DeliveryBrief,
    SilenceIn,
    SilenceList,
    SilenceOut,
)
from service.db import utcnow
from service.deps import AdminDep, ReadDep, SessionDep
from service.errors import Invalid
from service.pagination import Cursor
from service.timeparams import time_range
from service.webhooks import repository as webhooks
from service.webhooks.filters import ALERT_KINDS

router = APIRouter(prefix="/api/v1/alerts", tags=["alerts"])
silences_router = APIRouter(prefix="/api/v1/silences", tags=["alerts"])


def alert_filter(
    since: Annotated[datetime | None, Query(description="raised at or after (ISO 8601, with zone)")] = None,
    until: Annotated[datetime | None, Query(description="raised before (ISO 8601, with zone)")] = None,
    ceasefire_id: int | None = None,
    country: Annotated[str | None, Query(description="ISO 3166-1 alpha-2, e.g. SY")] = None,
    kind: Annotated[str | None, Query(description=f"one of {', '.join(ALERT_KINDS)}")] = None,
    muted: bool | None = None,
    incident_id: int | None = None,
) -> AlertFilter:
    since, until = time_range(since, until)
    if country is not None:
        country = country.strip().upper()
        if len(country) != 2 or not country.isalpha():
            raise Invalid(reason="country must be an ISO 3166-1 alpha-2 code such as SY or UA")
    if kind is not None and kind not in ALERT_KINDS:
        raise Invalid(reason=f"kind must be one of: {', '.join(ALERT_KINDS)}")
    return AlertFilter(
        since=since, until=until, ceasefire_id=ceasefire_id, country=country, kind=kind, muted=muted,
        incident_id=incident_id,
    )  # fmt: skip


def _outs(session: SessionDep, alerts: Sequence[Alert]) -> list[AlertOut]:
    by_alert: dict[int, list[DeliveryBrief]] = defaultdict(list)
    for d in webhooks.deliveries_of_alerts(session, [a.id for a in alerts]):
        if d.alert_id is not None:
            by_alert[d.alert_id].append(DeliveryBrief.model_validate(d))
    return [
        AlertOut(
            id=a.id,
            incident_id=a.incident_id,
            incident_url=f"/api/v1/incidents/{a.incident_id}",
            ceasefire_id=a.ceasefire_id,
            kind=a.kind,
            fingerprint=a.fingerprint,
            raised_at=a.raised_at,
            summary=a.summary,
            country=a.country,
            event_type=a.event_type,
            muted=a.muted,
            silence_id=a.silence_id,
            deliveries=by_alert[a.id],
        )  # fmt: skip
        for a in alerts
    ]


@router.get("", response_model=AlertPage)
def list_alerts(
    session: SessionDep,
    _: ReadDep,
    flt: Annotated[AlertFilter, Depends(alert_filter)],
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> AlertPage:
    rows = repository.page(session, flt=flt, cursor=Cursor.decode(cursor) if cursor else None, limit=limit)
    nxt = Cursor(rows[-1].raised_at, rows[-1].id).encode() if len(rows) == limit else None
    return AlertPage(alerts=_outs(session, rows), next_cursor=nxt)


@router.get("/{alert_id}", response_model=AlertDetail)
def show_alert(alert_id: int, session: SessionDep, _: ReadDep) -> AlertDetail:
    alert = service.get(session, alert_id)
    (out,) = _outs(session, [alert])
    return AlertDetail(**out.model_dump(), state=alert.state)


@silences_router.post("", status_code=201, response_model=SilenceOut)
def add_silence(body: SilenceIn, session: SessionDep, key: AdminDep) -> SilenceOut:
    silence = service.add_silence(
        session,
        ceasefire_id=body.ceasefire_id,
        country=body.country,
        event_type=body.event_type,
        until=body.until,
        created_by=body.created_by or key.name,
        reason=body.reason,
        now=utcnow(),
    )
    return SilenceOut.model_validate(silence)


@silences_router.get("", response_model=SilenceList)
def list_silences(session: SessionDep, _: ReadDep, include_past: bool = False) -> SilenceList:
    rows = repository.silences(session, now=utcnow(), include_past=include_past)
    return SilenceList(silences=[SilenceOut.model_validate(s) for s in rows])


@silences_router.delete("/{silence_id}", response_model=SilenceOut)
def end_silence(silence_id: int, session: SessionDep, _: AdminDep) -> SilenceOut:
    """Lift a silence now; it is kept, because the alerts it muted point at it."""
    return SilenceOut.model_validate(service.end_silence(session, silence_id=silence_id, now=utcnow()))
