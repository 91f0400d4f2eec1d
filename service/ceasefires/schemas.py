from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from service.vocab import ACTOR_KINDS

KINDS = ("definitive", "preliminary", "cessation_of_hostilities", "unilateral")


class SideIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=300)
    kind: str | None = Field(default=None, description=f"an ACLED actor kind: {', '.join(ACTOR_KINDS)}")
    aliases: list[str] = Field(default_factory=list, max_length=200)

    @field_validator("kind")
    @classmethod
    def _kind(cls, v: str | None) -> str | None:
        if v is not None and v not in ACTOR_KINDS:
            raise ValueError(f"kind must be one of: {', '.join(ACTOR_KINDS)}")
        return v


class BrokerIn(SideIn):
    role: Literal["broker", "guarantor"] = "broker"
    forces: list[str] = Field(default_factory=list, max_length=200, description="names of its forces")


class AreaIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(default="", max_length=300)
    bbox: list[float] | None = Field(default=None, description="[min_lon, min_lat, max_lon, max_lat]")
    geometry: dict[str, Any] | None = Field(default=None, description="a GeoJSON Polygon or MultiPolygon")

    @model_validator(mode="after")
    def _shape(self) -> AreaIn:
        if (self.bbox is None) == (self.geometry is None):
            raise ValueError("an area needs exactly one of bbox or geometry")
        if self.bbox is not None:
            if len(self.bbox) != 4:
                raise ValueError("bbox must be [min_lon, min_lat, max_lon, max_lat]")
            w, s, e, n = self.bbox
            if not (-180 <= w <= e <= 180 and -90 <= s <= n <= 90):
                raise ValueError(
                    "bbox must be [min_lon, min_lat, max_lon, max_lat] within -180..180, -90..90"
                )
        if self.geometry is not None:
            kind = self.geometry.get("type")
            coords = self.geometry.get("coordinates")
            if kind not in ("Polygon", "MultiPolygon") or not isinstance(coords, list) or not coords:
                raise ValueError("geometry must be a GeoJSON Polygon or MultiPolygon with coordinates")
            polygons = coords if kind == "MultiPolygon" else [coords]
            for rings in polygons:
                for ring in rings:
                    if len(ring) < 4 or any(
                        len(p) < 2 or not -180 <= p[0] <= 180 or not -90 <= p[1] <= 90 for p in ring
                    ):
                        raise ValueError("each polygon ring needs 4 or more [lon, lat] positions")
        return self


class CeasefireIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=300)
    kind: Literal["definitive", "preliminary", "cessation_of_hostilities", "unilateral"]
    countries: list[str] = Field(default_factory=list, max_length=50)
    areas: list[AreaIn] = Field(default_factory=list, max_length=50)
    starts_on: date
    ends_on: date | None = None
    parties: list[SideIn] = Field(min_length=1, max_length=50)
    brokers: list[BrokerIn] = Field(default_factory=list, max_length=50)
    excluded: list[SideIn] = Field(default_factory=list, max_length=50)
    notes: str = Field(default="", max_length=5000)
    source_url: str | None = Field(default=None, max_length=2048)

    @field_validator("countries")
    @classmethod
    def _countries(cls, v: list[str]) -> list[str]:
        out = [c.strip().upper() for c in v]
        bad = [c for c in out if len(c) != 2 or not c.isalpha()]
        if bad:
            raise ValueError(f"countries must be ISO 3166-1 alpha-2 codes such as SY or UA, not {bad}")
        return out

    @model_validator(mode="after")
    def _where_when(self) -> CeasefireIn:
        if not self.countries and not self.areas:
            raise ValueError("a ceasefire must apply somewhere: give countries or areas")
        if self.ends_on is not None and self.ends_on < self.starts_on:
            raise ValueError("ends_on must not be before starts_on")
        return self


class CeasefireOut(CeasefireIn):
    model_config = ConfigDict(from_attributes=True, extra="ignore")

    id: int
    created_at: datetime
    updated_at: datetime


class CeasefireList(BaseModel):
    ceasefires: list[CeasefireOut]


class ViolationOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    incident_id: int
    ceasefire_id: int
    rule: str
    reason: str
    matched_at: datetime
