"""When to try a failed delivery again: exponential steps over about a day, with jitter. Pure."""

from __future__ import annotations

import random
from datetime import timedelta

# After attempt n fails, wait DELAYS_S[n-1] (give or take JITTER); after the last, give up (~23 h in all).
DELAYS_S = (5, 30, 120, 600, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600)
JITTER = 0.2
MAX_ATTEMPTS = len(DELAYS_S) + 1


def delay_after(attempt: int, *, rng: random.Random) -> timedelta | None:
    """The wait after failed attempt number `attempt` (1-based), or None when there is no next try."""
    if attempt < 1 or attempt > len(DELAYS_S):
        return None
    base = DELAYS_S[attempt - 1]
    return timedelta(seconds=base * (1 + rng.uniform(-JITTER, JITTER)))
