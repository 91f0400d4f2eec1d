from __future__ import annotations

from datetime import UTC, datetime

import pytest

from service.classification import Assessment, ItemText, classify


def at(iso: str) -> datetime:
    return datetime.fromisoformat(iso).replace(tzinfo=UTC)


@pytest.fixture
def judge():
    """classify() on a title, summary and publication time given as an ISO string."""

    def run(title: str, summary: str = "", published: str | None = "2024-05-15T12:00:00") -> Assessment:
        return classify(
            ItemText(title=title, summary=summary, published=at(published) if published else None)
        )

    return run
