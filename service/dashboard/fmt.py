"""Jinja filters: how times, ranges and vocabulary words read on the page."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlsplit

import pycountry


def when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else "–"


def ago(value: datetime | None, now: datetime) -> str:
    if value is None:
        return "never"
    secs = int((now - value).total_seconds())
    future = secs < 0
    secs = abs(secs)
    if secs < 90:
        text = f"{secs} s"
    elif secs < 5400:
        text = f"{secs // 60} min"
    elif secs < 172800:
        text = f"{secs // 3600} h"
    else:
        text = f"{secs // 86400} d"
    return f"in {text}" if future else f"{text} ago"


def span(low: int | None, best: int | None, high: int | None) -> str:
    """Casualties as a range: '3', '2–5', or '–' when unknown."""
    lo = low if low is not None else best
    hi = high if high is not None else best
    if lo is None and hi is None:
        return "–"
    if lo is None or hi is None or lo == hi:
        return str(lo if lo is not None else hi)
    return f"{lo}–{hi}"


def words(value: str | None) -> str:
    return value.replace("_", " ") if value else "–"


def pct(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)}%"


def country_name(code: str | None) -> str:
    if not code:
        return "–"
    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or (country.name if country else code)


def safe_url(url: str | None) -> str | None:
    """Only http(s) links leave the page: a feed's `javascript:` link must never become an href."""
    if not url:
        return None
    return url if urlsplit(url.strip()).scheme.lower() in ("http", "https") else None


def all_countries() -> list[tuple[str, str]]:
    return sorted(((c.alpha_2, country_name(c.alpha_2)) for c in pycountry.countries), key=lambda c: c[1])
