"""Which alerts an endpoint wants: every filter given must hold (AND). Validation and matching, pure."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field, field_validator

from service.vocab import EVENT_TYPES

ALERT_KINDS = ("possible_violation", "escalation", "corroborated", "retracted")


class WebhookFilters(BaseModel):
    """Every field is optional; an empty filter selects every alert."""

    model_config = ConfigDict(extra="forbid")

    ceasefire_ids: list[int] | None = Field(default=None, max_length=500)
    countries: list[str] | None = Field(default=None, max_length=250, description="ISO 3166-1 alpha-2")
    bbox: list[float] | None = Field(default=None, description="[min_lon, min_lat, max_lon, max_lat]")
    event_types: list[str] | None = Field(default=None, max_length=len(EVENT_TYPES))
    min_confidence: float | None = Field(default=None, ge=0, le=1)
    min_killed: int | None = Field(default=None, ge=0)
    target_is_state_forces: bool | None = None
    alert_kinds: list[str] | None = Field(default=None, max_length=len(ALERT_KINDS))

    @field_validator("countries")
    @classmethod
    def _countries(cls, v: list[str] | None) -> list[str] | None:
        if v is None:
            return v
        out = [c.strip().upper() for c in v]
        bad = [c for c in out if len(c) != 2 or not c.isalpha()]
        if bad:
            raise ValueError(
                f"countries must be ISO 3166-1 alpha-2 codes such as SY or UA; not {', '.join(bad)}"
            )
        return out

    @field_validator("bbox")
    @classmethod
    def _bbox(cls, v: list[float] | None) -> list[float] | None:
        if v is None:
            return v
        if len(v) != 4:
            raise ValueError("bbox must be four numbers: [min_lon, min_lat, max_lon, max_lat]")
        w, s, e, n = v
        if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
            raise ValueError(
                "bbox must be [min_lon, min_lat, max_lon, max_lat] with lon in -180..180, lat in -90..90"
            )
        if w > e:
            raise ValueError(
                "bbox min_lon is greater than max_lon (boxes across the antimeridian are not supported)"
            )
        return v

    @field_validator("event_types")
    @classmethod
    def _event_types(cls, v: list[str] | None) -> list[str] | None:
        bad = [t for t in v or [] if t not in EVENT_TYPES]
        if bad:
            raise ValueError(f"unknown event types {', '.join(bad)}; use: {', '.join(EVENT_TYPES)}")
        return v

    @field_validator("alert_kinds")
    @classmethod
    def _kinds(cls, v: list[str] | None) -> list[str] | None:
        bad = [k for k in v or [] if k not in ALERT_KINDS]
        if bad:
            raise ValueError(f"unknown alert kinds {', '.join(bad)}; use: {', '.join(ALERT_KINDS)}")
        return v


@dataclass(frozen=True)
class AlertFacts:
    kind: str
    ceasefire_ids: frozenset[int]
    country: str | None
    lat: float | None
    lon: float | None
    event_type: str | None
    confidence: float
    killed: int | None
    target_is_state_forces: bool


def selects(f: WebhookFilters, a: AlertFacts) -> bool:
    if f.alert_kinds is not None and a.kind not in f.alert_kinds:
        return False
    if f.ceasefire_ids is not None and not a.ceasefire_ids & set(f.ceasefire_ids):
        return False
    if f.countries is not None and a.country not in f.countries:
        return False
    if f.bbox is not None:
        if a.lat is None or a.lon is None:
            return False
        w, s, e, n = f.bbox
        if not (w <= a.lon <= e and s <= a.lat <= n):
            return False
    if f.event_types is not None and a.event_type not in f.event_types:
        return False
    if f.min_confidence is not None and a.confidence < f.min_confidence:
        return False
    if f.min_killed is not None and (a.killed or 0) < f.min_killed:
        return False
    return f.target_is_state_forces is None or a.target_is_state_forces == f.target_is_state_forces
