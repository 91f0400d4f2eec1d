"""Retry-After and Cache-Control as the fetcher reads them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from service.feeds.fetch import FetchResult, parse_max_age, parse_retry_after

NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120.0),
        (" 5 ", 5.0),
        ("0", 0.0),
        ("Wed, 01 May 2024 12:10:00 GMT", 600.0),
        ("Wed, 01 May 2024 12:00:30 -0000", 30.0),  # no zone given: read as UTC
        ("Wed, 01 May 2024 11:00:00 GMT", 0.0),  # in the past: come back now
        (None, None),
        ("", None),
        ("soon", None),
        ("-5", None),
        ("1.5", None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, now=NOW) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("max-age=600", 600.0),
        ("public, max-age=60, must-revalidate", 60.0),
        ("MAX-AGE=10", 10.0),
        ("max-age = 15", None),  # not valid syntax: ignored rather than guessed
        ("no-cache", None),
        ("s-maxage=100", None),
        ("max-age=abc", None),
        ("max-age=-1", None),
        (None, None),
        ("", None),
    ],
)
def test_parse_max_age(value: str | None, expected: float | None) -> None:
    assert parse_max_age(value) == expected


def test_fetch_result_flags() -> None:
    assert FetchResult(status=304).not_modified
    assert FetchResult(status=200).ok
    assert not FetchResult(status=200, error="body too large").ok
    assert not FetchResult(status=500, error="HTTP 500").ok
    assert not FetchResult(status=None, error="timed out").ok
