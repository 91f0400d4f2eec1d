"""The dashboard's filter parameters: read leniently from the query string, echoed back into forms."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from urllib.parse import urlencode

from service.dashboard.repository import Filter
from service.vocab import EVENT_TYPES

DEFAULT_DAYS = 30


@dataclass
class FilterForm:
    """What the user asked for, as strings for the form, plus the problems found in it."""

    since: date
    until: date  # inclusive
    country: str = ""
    event_type: str = ""
    min_confidence: str = ""
    ceasefire: str = ""
    problems: list[str] = field(default_factory=list)

    def to_filter(self) -> Filter:
        return Filter(
            since=datetime.combine(self.since, time(), tzinfo=UTC),
            until=datetime.combine(self.until + timedelta(days=1), time(), tzinfo=UTC),
            country=self.country or None,
            event_type=self.event_type or None,
            min_confidence=float(self.min_confidence) if self.min_confidence else None,
            ceasefire_id=int(self.ceasefire) if self.ceasefire else None,
        )

    def query(self, **extra: str) -> str:
        """The filter as a query string, for links that keep it (pagination, map, live updates)."""
        params = {
            "since": self.since.isoformat(),
            "until": self.until.isoformat(),
            "country": self.country,
            "event_type": self.event_type,
            "min_confidence": self.min_confidence,
            "ceasefire": self.ceasefire,
            **extra,
        }
        return urlencode({k: v for k, v in params.items() if v})


def _day(raw: str | None, problems: list[str], name: str) -> date | None:
    if not raw:
        return None
    try:
        return date.fromisoformat(raw.strip()[:10])
    except ValueError:
        problems.append(f"{name} must be a date like 2024-05-01; ignored")
        return None


def parse(args: dict[str, str], *, today: date, default_days: int = DEFAULT_DAYS) -> FilterForm:
    problems: list[str] = []
    until = _day(args.get("until"), problems, "until") or today
    since = _day(args.get("since"), problems, "since") or until - timedelta(days=default_days - 1)
    if since > until:
        problems.append("the start date is after the end date; swapped")
        since, until = until, since
    form = FilterForm(since=since, until=until, problems=problems)
    country = (args.get("country") or "").strip().upper()
    if country and (len(country) != 2 or not country.isalpha()):
        problems.append("country must be a two-letter code such as UA; ignored")
    else:
        form.country = country
    event_type = (args.get("event_type") or "").strip()
    if event_type and event_type not in EVENT_TYPES:
        problems.append("unknown event type; ignored")
    else:
        form.event_type = event_type
    conf = (args.get("min_confidence") or "").strip()
    try:
        if conf and not 0 <= float(conf) <= 1:
            raise ValueError
        form.min_confidence = conf
    except ValueError:
        problems.append("minimum confidence must be between 0 and 1; ignored")
    ceasefire = (args.get("ceasefire") or "").strip()
    if ceasefire and not ceasefire.isdigit():
        problems.append("ceasefire must be a registry id; ignored")
    else:
        form.ceasefire = ceasefire
    return form
