"""since/until query parameters: ISO 8601 with a timezone, since before until."""

from __future__ import annotations

from datetime import datetime

from service.errors import Invalid


def aware(name: str, value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        raise Invalid(reason=f"{name} must include a timezone, e.g. 2016-09-17T00:00:00Z")
    return value


def time_range(since: datetime | None, until: datetime | None) -> tuple[datetime | None, datetime | None]:
    since, until = aware("since", since), aware("until", until)
    if since and until and since >= until:
        raise Invalid(reason="since must be earlier than until")
    return since, until
