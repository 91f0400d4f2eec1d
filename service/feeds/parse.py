"""Turn feed bytes into entries. Pure: no I/O, the time is passed in.

DOCTYPE declarations are removed before feedparser sees the bytes: its loose parser expands
an internal entity referenced many times (a 100 KB feed can become 95 MB of text), and a
feed has no business declaring entities.
"""

from __future__ import annotations

import calendar
import hashlib
import html
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import feedparser

# <!DOCTYPE name [ ...internal subset... ]> or <!DOCTYPE name PUBLIC "..." "...">
DOCTYPE = re.compile(rb"<!DOCTYPE[^>\[]*(\[.*?\])?\s*>", re.IGNORECASE | re.DOTALL)
STRAY_ENTITY = re.compile(rb"<!ENTITY[^>]*>", re.IGNORECASE | re.DOTALL)
TAG = re.compile(r"<[^>]{0,2000}>")
SPACE = re.compile(r"\s+")
MAX_TITLE = 1000
MAX_SUMMARY = 20_000
MAX_ENTRIES = 1000
FUTURE_SLACK = timedelta(hours=1)


class FeedError(Exception):
    """The bytes are not a feed we can read; the message says why, for the operator."""


@dataclass(frozen=True)
class Entry:
    guid_hash: str
    guid: str | None
    url: str | None
    title: str
    summary: str
    author: str | None
    published_at: datetime
    date_missing: bool


@dataclass(frozen=True)
class ParsedFeed:
    title: str | None
    site_url: str | None
    ttl_s: float | None
    entries: list[Entry]
    warning: str | None  # the feed was malformed but entries could still be read


def strip_doctype(body: bytes) -> bytes:
    return STRAY_ENTITY.sub(b"", DOCTYPE.sub(b"", body, count=1))


def plain_text(value: str | None, limit: int) -> str:
    """Feed titles and summaries as plain text: tags dropped, entities decoded, space folded."""
    if not value:
        return ""
    text = html.unescape(TAG.sub(" ", value))
    return SPACE.sub(" ", text).strip()[:limit]


def web_url(value: str | None) -> str | None:
    """Only http(s) links survive: a javascript: or data: link must never reach a page."""
    value = (value or "").strip()[:2048]
    return value if value.lower().startswith(("http://", "https://")) else None


def entry_hash(guid: str | None, url: str | None, title: str, summary: str) -> str:
    if guid:
        key = "guid:" + guid
    elif url:
        key = "link:" + url
    else:
        key = "text:" + title + "\n" + summary
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def entry_time(entry: Any, *, now: datetime) -> tuple[datetime, bool]:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                when = datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
            except (OverflowError, ValueError, OSError):
                continue
            # A date in the future is a broken clock, not news from tomorrow.
            return (min(when, now), False) if when <= now + FUTURE_SLACK else (now, True)
    return now, True


def parse(body: bytes, *, content_type: str | None, now: datetime) -> ParsedFeed:
    if not body.strip():
        raise FeedError("empty body")
    cleaned = strip_doctype(body)
    headers = {"content-type": content_type} if content_type else {}
    result = feedparser.parse(
        cleaned, response_headers=headers, sanitize_html=False, resolve_relative_uris=False
    )
    version = result.get("version") or ""
    entries_raw = result.get("entries") or []
    if not version and not entries_raw:
        if result.get("bozo"):
            reason = str(result.get("bozo_exception") or "unreadable XML")[:200]
            looks_html = b"<html" in cleaned[:2000].lower()
            raise FeedError("not a feed: an HTML page" if looks_html else f"not a feed: {reason}")
        raise FeedError("not a feed: no RSS or Atom root element")

    feed = result.get("feed", {})
    entries: dict[str, Entry] = {}
    for raw in entries_raw[:MAX_ENTRIES]:
        title = plain_text(raw.get("title"), MAX_TITLE)
        summary = plain_text(raw.get("summary") or raw.get("description"), MAX_SUMMARY)
        guid = (raw.get("id") or raw.get("guid") or "").strip()[:2048] or None
        url = web_url(raw.get("link"))
        if not (title or summary or url):
            continue
        key = entry_hash(guid, url, title, summary)
        if key in entries:  # duplicate GUIDs within one document: the first one wins
            continue
        published, missing = entry_time(raw, now=now)
        entries[key] = Entry(
            guid_hash=key,
            guid=guid,
            url=url,
            title=title,
            summary=summary,
            author=(plain_text(raw.get("author"), 500) or None),
            published_at=published,
            date_missing=missing,
        )
    ttl = feed.get("ttl")
    warning = None
    if result.get("bozo"):
        warning = f"malformed feed read leniently: {str(result.get('bozo_exception'))[:200]}"
    return ParsedFeed(
        title=plain_text(feed.get("title"), 500) or None,
        site_url=web_url(feed.get("link")),
        ttl_s=float(ttl) * 60 if isinstance(ttl, str) and ttl.strip().isdigit() else None,
        entries=list(entries.values()),
        warning=warning,
    )
