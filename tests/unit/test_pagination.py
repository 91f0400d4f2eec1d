"""Cursor: what the API hands out it reads back; anything else is a 422, never a 500."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta, timezone

import pytest

from service.errors import Invalid
from service.pagination import Cursor


@pytest.mark.parametrize(
    "at",
    [
        datetime(2024, 5, 1, 12, 0, tzinfo=UTC),
        datetime(2016, 9, 17, 23, 59, 59, 999999, tzinfo=UTC),
        datetime(2020, 1, 1, 3, 0, tzinfo=timezone(timedelta(hours=3))),
    ],
)
def test_round_trip(at: datetime) -> None:
    cursor = Cursor(at=at, id=123456789)
    token = cursor.encode()
    assert "=" not in token and "/" not in token and "+" not in token  # safe in a query string
    assert Cursor.decode(token) == cursor


def b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@pytest.mark.parametrize(
    "token",
    [
        "",
        "garbage",
        "!!!!",
        "é",
        b64(b"2024-05-01T12:00:00|"),
        b64(b"2024-05-01T12:00:00+00:00|x"),
        b64(b"2024-05-01T12:00:00|5"),  # naive time: not one we hand out
        b64(b"not a date|5"),
        b64(b"\xff\xfe\xfd|5"),
    ],
)
def test_garbage_is_invalid(token: str) -> None:
    with pytest.raises(Invalid, match="cursor"):
        Cursor.decode(token)


def test_invalid_is_a_422() -> None:
    with pytest.raises(Invalid) as caught:
        Cursor.decode("garbage")
    assert caught.value.status_code == 422
