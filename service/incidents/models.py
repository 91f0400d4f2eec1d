"""An incident is one real-world event; each report links one item that describes it."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from service.db import Base, utcnow


class Incident(Base):
    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Best estimate of when it happened: the event date at 00:00 UTC, else the first report's time.
    occurred_at: Mapped[datetime]
    event_date: Mapped[date | None]
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    title: Mapped[str] = mapped_column(Text, default="")
    event_type: Mapped[str | None] = mapped_column(String(60))
    country: Mapped[str | None] = mapped_column(String(2))
    location_name: Mapped[str | None] = mapped_column(String(300))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    perpetrator_name: Mapped[str | None] = mapped_column(String(300))
    perpetrator_kind: Mapped[str | None] = mapped_column(String(40))
    target_name: Mapped[str | None] = mapped_column(String(300))
    target_kind: Mapped[str | None] = mapped_column(String(40))
    target_is_state_forces: Mapped[bool] = mapped_column(default=False)
    killed_low: Mapped[int | None]
    killed: Mapped[int | None]  # best estimate
    killed_high: Mapped[int | None]
    wounded_low: Mapped[int | None]
    wounded: Mapped[int | None]
    wounded_high: Mapped[int | None]
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    hedged: Mapped[bool] = mapped_column(default=False)
    mentions_ceasefire: Mapped[bool] = mapped_column(default=False)
    # alleged | corroborated | denied | retracted
    status: Mapped[str] = mapped_column(String(20), default="alleged")
    report_count: Mapped[int] = mapped_column(default=0)
    source_count: Mapped[int] = mapped_column(default=0)
    # Distinct words of every report's title and summary: what new reports are compared against.
    match_text: Mapped[str] = mapped_column(Text, default="")

    reports: Mapped[list[Report]] = relationship(back_populates="incident", lazy="raise")

    __table_args__ = (
        Index("ix_incidents_occurred", "occurred_at", "id"),
        Index("ix_incidents_country_occurred", "country", "occurred_at"),
    )


class Report(Base):
    __tablename__ = "reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), unique=True)
    added_at: Mapped[datetime] = mapped_column(default=utcnow)

    incident: Mapped[Incident] = relationship(back_populates="reports", lazy="raise")


class Claim(Base):
    """What one source said about an incident: a toll, whom it blamed, or that it denies or retracts."""

    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id", ondelete="CASCADE"))
    outlet: Mapped[str] = mapped_column(String(500))
    # Who said it: a named party ("Russia", "the Syrian Observatory") or else the outlet.
    source: Mapped[str] = mapped_column(String(300))
    killed: Mapped[int | None]
    wounded: Mapped[int | None]
    blamed: Mapped[str | None] = mapped_column(String(300))
    denied: Mapped[bool] = mapped_column(default=False)
    retracted: Mapped[bool] = mapped_column(default=False)
    said_at: Mapped[datetime]


class IncidentRevision(Base):
    """One change to an incident, with the whole state after it, so its history can be replayed."""

    __tablename__ = "incident_revisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id", ondelete="SET NULL"))
    at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(String(200))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)  # field -> [before, after]
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)

    __table_args__ = (Index("ix_incident_revisions_incident_at", "incident_id", "at", "id"),)
