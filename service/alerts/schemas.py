from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from service.vocab import EVENT_TYPES


class DeliveryBrief(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    endpoint_id: int
    message_id: str
    status: str
    attempts: int
    last_status: int | None
    delivered_at: datetime | None


class AlertOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    incident_id: int
    incident_url: str
    ceasefire_id: int | None
    kind: str
    fingerprint: str
    raised_at: datetime
    summary: str
    country: str | None
    event_type: str | None
    muted: bool
    silence_id: int | None
    deliveries: list[DeliveryBrief]


class AlertDetail(AlertOut):
    state: dict[str, Any]


class AlertPage(BaseModel):
    alerts: list[AlertOut]
    next_cursor: str | None


class SilenceIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    ceasefire_id: int | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2")
    event_type: str | None = None
    until: datetime
    reason: str = Field(min_length=1, max_length=2000)
    created_by: str | None = Field(
        default=None, max_length=200, description="who; defaults to the key's name"
    )

    @field_validator("country")
    @classmethod
    def _country(cls, v: str | None) -> str | None:
        if v is None:
            return v
        v = v.strip().upper()
        if len(v) != 2 or not v.isalpha():
            raise ValueError("country must be an ISO 3166-1 alpha-2 code such as SY or UA")
        return v

    @field_validator("event_type")
    @classmethod
    def _event_type(cls, v: str | None) -> str | None:
        if v is not None and v not in EVENT_TYPES:
            raise ValueError(f"event_type must be one of: {', '.join(EVENT_TYPES)}")
        return v

    @field_validator("until")
    @classmethod
    def _aware(cls, v: datetime) -> datetime:
        if v.tzinfo is None:
            raise ValueError("until must include a timezone, e.g. 2026-12-01T00:00:00Z")
        return v


class SilenceOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    ceasefire_id: int | None
    country: str | None
    event_type: str | None
    until: datetime
    created_by: str
    reason: str
    created_at: datetime
    ended_at: datetime | None


class SilenceList(BaseModel):
    silences: list[SilenceOut]
