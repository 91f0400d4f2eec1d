from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel


class AssessmentOut(BaseModel):
    classifier_version: str
    assessed_at: datetime
    incident: bool
    confidence: float
    event_type: str | None
    country: str | None
    event_date: date | None
    killed: int | None
    wounded: int | None
    target_is_state_forces: bool
    hedged: bool
    mentions_ceasefire: bool
    result: dict[str, Any]


class ItemOut(BaseModel):
    id: int
    feed_id: int
    url: str | None
    title: str
    summary: str
    published_at: datetime
    date_missing: bool
    fetched_at: datetime
    assessment: AssessmentOut | None


class ItemPage(BaseModel):
    items: list[ItemOut]
    next_cursor: str | None
