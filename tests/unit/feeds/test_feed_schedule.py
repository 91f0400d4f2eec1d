"""next_check_at(): backoff grows, jitter stays bounded, what a feed asks is honoured within caps."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from service.feeds.schedule import MAX_BACKOFF_S, MAX_HONOURED_S, next_check_at

NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def delay(**kwargs: object) -> float:
    return (next_check_at(now=NOW, **kwargs) - NOW) / timedelta(seconds=1)  # type: ignore[arg-type]


def test_success_waits_the_interval() -> None:
    assert delay(interval_s=300) == 300


def test_backoff_grows_with_each_error() -> None:
    # A fixed jitter (the same seed each time) isolates growth from randomness.
    delays = [delay(interval_s=60, error_count=n, rng=random.Random(7)) for n in range(1, 8)]
    assert all(later > earlier for earlier, later in zip(delays, delays[1:], strict=False))
    assert delays[0] > 60


@pytest.mark.parametrize("errors", [1, 3, 6])
def test_jitter_is_bounded(errors: int) -> None:
    base = min(60 * 2**errors, MAX_BACKOFF_S)
    seen = {delay(interval_s=60, error_count=errors, rng=random.Random(seed)) for seed in range(200)}
    assert min(seen) >= base * 0.8
    assert max(seen) <= base * 1.2
    assert len(seen) > 100, "jitter should actually spread feeds out"


def test_backoff_is_capped_even_after_many_errors() -> None:
    for errors in (15, 30, 10_000):
        assert delay(interval_s=300, error_count=errors, rng=random.Random(1)) <= MAX_BACKOFF_S * 1.2


def test_backoff_never_falls_below_the_interval() -> None:
    assert delay(interval_s=MAX_BACKOFF_S * 2, error_count=1, rng=random.Random(0)) >= MAX_BACKOFF_S * 2


@pytest.mark.parametrize("field", ["retry_after_s", "ttl_s", "max_age_s"])
def test_a_longer_wait_asked_by_the_feed_is_honoured(field: str) -> None:
    assert delay(interval_s=300, **{field: 3600.0}) == 3600


@pytest.mark.parametrize("field", ["retry_after_s", "ttl_s", "max_age_s"])
def test_a_shorter_wait_asked_by_the_feed_does_not_speed_polling_up(field: str) -> None:
    assert delay(interval_s=300, **{field: 10.0}) == 300


@pytest.mark.parametrize("field", ["retry_after_s", "ttl_s", "max_age_s"])
def test_what_a_feed_asks_is_capped(field: str) -> None:
    assert delay(interval_s=300, **{field: 30 * 86400.0}) == MAX_HONOURED_S


def test_retry_after_beats_a_shorter_backoff() -> None:
    assert delay(interval_s=60, error_count=1, retry_after_s=7200.0, rng=random.Random(3)) == 7200


def test_backoff_beats_a_shorter_retry_after() -> None:
    got = delay(interval_s=60, error_count=4, retry_after_s=5.0, rng=random.Random(3))
    assert 60 * 16 * 0.8 <= got <= 60 * 16 * 1.2


def test_the_largest_of_several_asks_wins() -> None:
    assert delay(interval_s=60, ttl_s=600.0, max_age_s=900.0, retry_after_s=120.0) == 900
