"""When to poll a feed next. Pure: every input, the time included, is passed in."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

MAX_BACKOFF_S = 6 * 3600
MAX_HONOURED_S = 24 * 3600  # a feed may ask us to come back later, but not to go away for days


def next_check_at(
    *,
    now: datetime,
    interval_s: float,
    error_count: int = 0,
    retry_after_s: float | None = None,
    ttl_s: float | None = None,
    max_age_s: float | None = None,
    rng: random.Random | None = None,
) -> datetime:
    """Success: the interval, stretched to what the feed asks (TTL, max-age, Retry-After).
    Failure: exponential backoff with jitter, never sooner than Retry-After."""
    delay = float(interval_s)
    if error_count > 0:
        backoff = min(interval_s * 2 ** min(error_count, 20), MAX_BACKOFF_S)
        jitter = (rng or random).uniform(0.8, 1.2)
        delay = max(delay, backoff * jitter)
    for asked in (retry_after_s, ttl_s, max_age_s):
        if asked is not None:
            delay = max(delay, min(asked, MAX_HONOURED_S))
    return now + timedelta(seconds=delay)
