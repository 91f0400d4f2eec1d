"""Alerts raised on incidents, and silences that mute some of them for a while."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from service.db import Base


class Alert(Base):
    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    ceasefire_id: Mapped[int | None] = mapped_column(ForeignKey("ceasefires.id", ondelete="SET NULL"))
    # possible_violation | escalation | corroborated | retracted
    kind: Mapped[str] = mapped_column(String(30))
    # What this alert is about within its kind (the ceasefire, the figures): the same change never twice.
    fingerprint: Mapped[str] = mapped_column(String(200))
    raised_at: Mapped[datetime]
    summary: Mapped[str] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(2))
    event_type: Mapped[str | None] = mapped_column(String(60))
    muted: Mapped[bool] = mapped_column(default=False)
    silence_id: Mapped[int | None] = mapped_column(ForeignKey("silences.id", ondelete="SET NULL"))
    # The incident as it stood when the alert was raised (figures, status, violations).
    state: Mapped[dict[str, Any]] = mapped_column(JSON)

    __table_args__ = (
        UniqueConstraint("incident_id", "kind", "fingerprint"),
        Index("ix_alerts_raised", "raised_at", "id"),
    )


class Silence(Base):
    __tablename__ = "silences"

    id: Mapped[int] = mapped_column(primary_key=True)
    ceasefire_id: Mapped[int | None] = mapped_column(ForeignKey("ceasefires.id", ondelete="CASCADE"))
    country: Mapped[str | None] = mapped_column(String(2))
    event_type: Mapped[str | None] = mapped_column(String(60))
    until: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    # Lifted early; kept rather than deleted because muted alerts point at it.
    ended_at: Mapped[datetime | None]
