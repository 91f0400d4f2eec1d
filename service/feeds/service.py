"""Feeds: registering them and polling one. Services flush; whoever opened the session commits."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import httpx
from sqlalchemy.orm import Session

from service.errors import Conflict, Invalid, NotFound
from service.feeds import repository
from service.feeds.fetch import FetchResult, fetch
from service.feeds.models import Feed
from service.feeds.parse import FeedError, parse
from service.feeds.schedule import next_check_at

LEASE = timedelta(minutes=5)


class FeedNotFound(NotFound):
    detail = "feed {id} does not exist"


class FeedExists(Conflict):
    detail = "a feed with url {url} exists already (id {id})"


@dataclass
class PollResult:
    feed_id: int
    status: int | None = None
    new_item_ids: list[int] = field(default_factory=list)
    entries: int = 0
    error: str | None = None
    skipped: str | None = None


def validate_url(url: str) -> str:
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise Invalid(reason=f"feed url must be an absolute http(s) URL, got {url[:200]!r}")
    return url


def add(
    session: Session, *, url: str, title: str | None = None, poll_interval_s: int | None = None, now: datetime
) -> Feed:
    url = validate_url(url)
    existing = repository.by_url(session, url)
    if existing:
        raise FeedExists(url=url, id=existing.id)
    feed = Feed(url=url, title=title, poll_interval_s=poll_interval_s, next_check_at=now, created_at=now)
    session.add(feed)
    session.flush()
    return feed


def get(session: Session, feed_id: int) -> Feed:
    feed = repository.get(session, feed_id)
    if feed is None:
        raise FeedNotFound(id=feed_id)
    return feed


def lease_due(session: Session, *, now: datetime, limit: int = 500) -> list[int]:
    """Mark due feeds as handed out and return their ids; the caller dispatches after commit."""
    feeds = repository.due(session, now=now, limit=limit)
    for feed in feeds:
        feed.leased_until = now + LEASE
    session.flush()
    return [feed.id for feed in feeds]


def poll(
    session: Session,
    *,
    feed_id: int,
    client: httpx.Client,
    now: datetime,
    default_interval_s: int,
    max_bytes: int,
) -> PollResult:
    """Fetch, parse and store one feed's new items. Idempotent: a repeat stores nothing twice."""
    feed = repository.get(session, feed_id)
    if feed is None:
        return PollResult(feed_id=feed_id, skipped="feed no longer exists")
    if feed.disabled:
        feed.leased_until = None
        return PollResult(feed_id=feed_id, skipped="feed is disabled")
    interval = feed.poll_interval_s or default_interval_s
    fetched = fetch(
        client, feed.url, etag=feed.etag, last_modified=feed.last_modified, max_bytes=max_bytes, now=now
    )
    feed.polls += 1
    feed.checked_at = now
    feed.last_status = fetched.status
    feed.leased_until = None
    result = PollResult(feed_id=feed_id, status=fetched.status)

    if fetched.not_modified:
        feed.polls_not_modified += 1
        _succeeded(feed, fetched, now=now, interval=interval, ttl_s=None)
        return result
    if not fetched.ok:
        result.error = fetched.error or f"HTTP {fetched.status}"
        _failed(feed, result.error, fetched, now=now, interval=interval)
        return result
    try:
        parsed = parse(fetched.body, content_type=fetched.content_type, now=now)
    except FeedError as exc:
        result.error = str(exc)
        _failed(feed, result.error, fetched, now=now, interval=interval)
        return result

    rows = [
        dict(
            feed_id=feed.id,
            guid_hash=e.guid_hash,
            guid=e.guid,
            url=e.url,
            title=e.title,
            summary=e.summary,
            author=e.author,
            published_at=e.published_at,
            date_missing=e.date_missing,
            fetched_at=now,
        )
        for e in parsed.entries
    ]
    result.entries = len(rows)
    result.new_item_ids = repository.insert_items(session, rows)
    feed.items_seen += len(result.new_item_ids)
    feed.etag = (fetched.etag or "")[:500] or None
    feed.last_modified = (fetched.last_modified or "")[:100] or None
    feed.title = feed.title or parsed.title
    feed.site_url = feed.site_url or parsed.site_url
    _succeeded(feed, fetched, now=now, interval=interval, ttl_s=parsed.ttl_s)
    feed.last_error = parsed.warning
    session.flush()
    return result


def _succeeded(
    feed: Feed, fetched: FetchResult, *, now: datetime, interval: int, ttl_s: float | None
) -> None:
    feed.error_count = 0
    feed.last_error = None
    feed.last_success_at = now
    feed.next_check_at = next_check_at(
        now=now,
        interval_s=interval,
        ttl_s=ttl_s,
        max_age_s=fetched.max_age_s,
        retry_after_s=fetched.retry_after_s,
    )


def _failed(feed: Feed, error: str, fetched: FetchResult, *, now: datetime, interval: int) -> None:
    feed.error_count += 1
    feed.last_error = error[:2000]
    feed.last_error_at = now
    feed.next_check_at = next_check_at(
        now=now, interval_s=interval, error_count=feed.error_count, retry_after_s=fetched.retry_after_s
    )
