from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from service import vocab
from service.deps import ReadDep, SessionDep
from service.incidents import repository, service
from service.incidents.repository import IncidentFilter
from service.incidents.schemas import IncidentDetail, IncidentOut, IncidentPage, ReportOut
from service.pagination import Cursor
from service.timeparams import time_range

router = APIRouter(prefix="/api/v1/incidents", tags=["incidents"])


def incident_filter(
    since: Annotated[datetime | None, Query(description="occurred at or after (ISO 8601, with zone)")] = None,
    until: Annotated[datetime | None, Query(description="occurred before (ISO 8601, with zone)")] = None,
    country: Annotated[str | None, Query(description="ISO 3166-1 alpha-2, e.g. SY")] = None,
    event_type: Annotated[str | None, Query(description="ACLED sub-event type, snake_case")] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
) -> IncidentFilter:
    since, until = time_range(since, until)
    return IncidentFilter(
        since=since,
        until=until,
        country=vocab.country_code(country),
        event_type=vocab.event_type(event_type),
        min_confidence=min_confidence,
    )


@router.get("", response_model=IncidentPage)
def list_incidents(
    session: SessionDep,
    _: ReadDep,
    flt: Annotated[IncidentFilter, Depends(incident_filter)],
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> IncidentPage:
    rows = repository.page(session, flt=flt, cursor=Cursor.decode(cursor) if cursor else None, limit=limit)
    nxt = Cursor(rows[-1].occurred_at, rows[-1].id).encode() if len(rows) == limit else None
    return IncidentPage(incidents=[IncidentOut.model_validate(r) for r in rows], next_cursor=nxt)


@router.get("/{incident_id}", response_model=IncidentDetail)
def show_incident(incident_id: int, session: SessionDep, _: ReadDep) -> IncidentDetail:
    incident = service.get(session, incident_id)
    reports = [
        ReportOut(
            id=r.id,
            item_id=i.id,
            added_at=r.added_at,
            feed_id=f.id,
            outlet=f.title or f.url,
            url=i.url,
            title=i.title,
            summary=i.summary,
            published_at=i.published_at,
            classifier_version=a.classifier_version if a else None,
            assessment=a.result if a else None,
        )
        for r, i, f, a in repository.reports_of(session, incident_id)
    ]
    base = IncidentOut.model_validate(incident)
    return IncidentDetail(**base.model_dump(), reports=reports)
