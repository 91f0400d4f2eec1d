from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict


class IncidentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    occurred_at: datetime
    event_date: date | None
    first_seen_at: datetime
    updated_at: datetime
    title: str
    event_type: str | None
    country: str | None
    location_name: str | None
    lat: float | None
    lon: float | None
    perpetrator_name: str | None
    perpetrator_kind: str | None
    target_name: str | None
    target_kind: str | None
    target_is_state_forces: bool
    killed_low: int | None
    killed: int | None
    killed_high: int | None
    wounded_low: int | None
    wounded: int | None
    wounded_high: int | None
    confidence: float
    hedged: bool
    mentions_ceasefire: bool
    status: str
    report_count: int
    source_count: int


class ReportOut(BaseModel):
    id: int
    item_id: int
    added_at: datetime
    feed_id: int
    outlet: str | None
    url: str | None
    title: str
    summary: str
    published_at: datetime
    classifier_version: str | None
    assessment: dict[str, Any] | None


class IncidentDetail(IncidentOut):
    reports: list[ReportOut]


class IncidentPage(BaseModel):
    incidents: list[IncidentOut]
    next_cursor: str | None
