from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class FeedIn(BaseModel):
    url: str = Field(max_length=2048, examples=["https://example.org/world/rss.xml"])
    title: str | None = Field(default=None, max_length=500)
    poll_interval_s: int | None = Field(default=None, ge=5, le=86400)


class FeedPatch(BaseModel):
    title: str | None = Field(default=None, max_length=500)
    poll_interval_s: int | None = Field(default=None, ge=5, le=86400)
    disabled: bool | None = None


class FeedOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    url: str
    title: str | None
    site_url: str | None
    disabled: bool
    poll_interval_s: int | None
    created_at: datetime
    checked_at: datetime | None
    next_check_at: datetime
    last_success_at: datetime | None
    last_status: int | None
    error_count: int
    last_error: str | None
    last_error_at: datetime | None
    polls: int
    polls_not_modified: int
    items_seen: int
    healthy: bool


class FeedList(BaseModel):
    feeds: list[FeedOut]
