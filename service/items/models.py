"""Items as fetched, and the classifier's assessment of each."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from service.db import Base, utcnow


class Item(Base):
    __tablename__ = "items"

    id: Mapped[int] = mapped_column(primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id", ondelete="CASCADE"))
    # sha256 of the GUID, else the link, else title+summary: the identity of an entry within its feed.
    guid_hash: Mapped[str] = mapped_column(String(64))
    guid: Mapped[str | None] = mapped_column(String(2048))
    url: Mapped[str | None] = mapped_column(String(2048))
    title: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str | None] = mapped_column(String(500))
    # When the feed gave no date this is the fetch time, and date_missing says so.
    published_at: Mapped[datetime]
    date_missing: Mapped[bool] = mapped_column(default=False)
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        UniqueConstraint("feed_id", "guid_hash"),
        Index("ix_items_published", "published_at", "id"),
    )


class Assessment(Base):
    __tablename__ = "assessments"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), unique=True)
    classifier_version: Mapped[str] = mapped_column(String(40))
    assessed_at: Mapped[datetime] = mapped_column(default=utcnow)
    incident: Mapped[bool]
    confidence: Mapped[float] = mapped_column(Float)
    event_type: Mapped[str | None] = mapped_column(String(60))
    country: Mapped[str | None] = mapped_column(String(2))
    event_date: Mapped[date | None]
    killed: Mapped[int | None]
    wounded: Mapped[int | None]
    target_is_state_forces: Mapped[bool] = mapped_column(default=False)
    hedged: Mapped[bool] = mapped_column(default=False)
    mentions_ceasefire: Mapped[bool] = mapped_column(default=False)
    # The classifier's whole answer (actors, place, claims, evidence) as it gave it.
    result: Mapped[dict[str, Any]] = mapped_column(JSON)

    __table_args__ = (Index("ix_assessments_incident", "incident", "item_id"),)
