"""A ceasefire as registered, and the incidents judged possible violations of it."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from service.db import Base, utcnow


class Ceasefire(Base):
    __tablename__ = "ceasefires"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    # definitive | preliminary | cessation_of_hostilities | unilateral
    kind: Mapped[str] = mapped_column(String(40))
    countries: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Each {"name", "bbox": [min_lon, min_lat, max_lon, max_lat]} or {"name", "geometry": GeoJSON Polygon}.
    areas: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    starts_on: Mapped[date]
    ends_on: Mapped[date | None]
    # [{"name", "kind", "aliases": [...]}]; brokers also carry "role" (broker | guarantor) and "forces".
    parties: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    brokers: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    # Armed groups the agreement leaves out (fighting them is no violation).
    excluded: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    source_url: Mapped[str | None] = mapped_column(String(2048))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class IncidentViolation(Base):
    """An incident that may breach a ceasefire, with the rule that matched and a checkable sentence."""

    __tablename__ = "incident_violations"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    ceasefire_id: Mapped[int] = mapped_column(ForeignKey("ceasefires.id", ondelete="CASCADE"), index=True)
    rule: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)
    matched_at: Mapped[datetime]

    __table_args__ = (
        UniqueConstraint("incident_id", "ceasefire_id"),
        Index("ix_incident_violations_incident", "incident_id"),
    )
