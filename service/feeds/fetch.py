"""Fetch a feed's bytes: conditional GET, size cap, limited redirects, errors as values."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

import httpx

from service.netguard import BlockedAddress


@dataclass(frozen=True)
class FetchResult:
    status: int | None  # None when no HTTP answer came back
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    final_url: str | None = None
    retry_after_s: float | None = None
    max_age_s: float | None = None
    error: str | None = None
    elapsed_s: float = 0.0

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def ok(self) -> bool:
        return self.error is None and self.status == 200


class BodyTooLarge(Exception):
    pass


def fetch(
    client: httpx.Client,
    url: str,
    *,
    etag: str | None,
    last_modified: str | None,
    max_bytes: int,
    now: datetime,
) -> FetchResult:
    headers = {"Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    started = time.perf_counter()
    try:
        with client.stream("GET", url, headers=headers) as response:
            retry_after = parse_retry_after(response.headers.get("Retry-After"), now=now)
            meta = dict(
                status=response.status_code,
                final_url=str(response.url),
                retry_after_s=retry_after,
                max_age_s=parse_max_age(response.headers.get("Cache-Control")),
            )
            if response.status_code == 304:
                return FetchResult(**meta, elapsed_s=time.perf_counter() - started)  # type: ignore[arg-type]
            if response.status_code != 200:
                reason = response.reason_phrase or "error"
                return FetchResult(
                    **meta,  # type: ignore[arg-type]
                    error=f"HTTP {response.status_code} {reason}",
                    elapsed_s=time.perf_counter() - started,
                )
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise BodyTooLarge(f"body of {int(declared):,} bytes is over the {max_bytes:,}-byte cap")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():  # decoded, so a gzip bomb hits the cap too
                size += len(chunk)
                if size > max_bytes:
                    raise BodyTooLarge(f"body is over the {max_bytes:,}-byte cap")
                chunks.append(chunk)
            return FetchResult(
                **meta,  # type: ignore[arg-type]
                body=b"".join(chunks),
                etag=response.headers.get("ETag"),
                last_modified=response.headers.get("Last-Modified"),
                content_type=response.headers.get("Content-Type"),
                elapsed_s=time.perf_counter() - started,
            )
    except BodyTooLarge as exc:
        return FetchResult(status=200, error=str(exc), elapsed_s=time.perf_counter() - started)
    except httpx.TooManyRedirects:
        return FetchResult(status=None, error="too many redirects", elapsed_s=time.perf_counter() - started)
    except BlockedAddress as exc:
        return FetchResult(status=None, error=f"blocked: {exc}", elapsed_s=time.perf_counter() - started)
    except httpx.TimeoutException:
        return FetchResult(status=None, error="timed out", elapsed_s=time.perf_counter() - started)
    except httpx.HTTPError as exc:
        kind = type(exc).__name__
        return FetchResult(status=None, error=f"{kind}: {exc}"[:500], elapsed_s=time.perf_counter() - started)


def parse_retry_after(value: str | None, *, now: datetime) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max((when - now) / timedelta(seconds=1), 0.0)


def parse_max_age(value: str | None) -> float | None:
    if not value:
        return None
    for part in value.split(","):
        key, _, arg = part.strip().partition("=")
        if key.lower() == "max-age" and arg.strip().isdigit():
            return float(arg)
    return None
