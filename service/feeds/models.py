"""A feed carries its own polling state, so a tick only has to ask which feeds are due."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from service.db import Base, utcnow


class Feed(Base):
    __tablename__ = "feeds"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)
    title: Mapped[str | None] = mapped_column(String(500))
    site_url: Mapped[str | None] = mapped_column(String(2048))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    poll_interval_s: Mapped[int | None]  # None: the configured default
    disabled: Mapped[bool] = mapped_column(default=False)

    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    checked_at: Mapped[datetime | None]
    next_check_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Set when a poll is handed to a worker; a tick re-dispatches only once this lease has run out.
    leased_until: Mapped[datetime | None]
    last_status: Mapped[int | None]
    error_count: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]

    polls: Mapped[int] = mapped_column(default=0)
    polls_not_modified: Mapped[int] = mapped_column(default=0)
    items_seen: Mapped[int] = mapped_column(default=0)

    __table_args__ = (Index("ix_feeds_due", "disabled", "next_check_at"),)
