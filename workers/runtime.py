"""What every task needs: settings, the current time and a guarded HTTP client per process."""

from __future__ import annotations

from functools import lru_cache

import httpx

from service.config import get_settings
from service.netguard import guarded_client


@lru_cache
def feed_client() -> httpx.Client:
    s = get_settings()
    return guarded_client(
        allow=s.allow_private,
        timeout=s.fetch_timeout_s,
        max_redirects=s.fetch_max_redirects,
        user_agent=s.user_agent,
    )
