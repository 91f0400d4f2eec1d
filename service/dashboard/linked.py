"""The dashboard's window on the ceasefire registry, violations, claims, alerts and webhooks.

Those domains are built alongside the dashboard; each function here answers with what exists, and
an empty answer (or UNAVAILABLE) where a domain has not landed, so every page renders either way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import Session

UNAVAILABLE: Any = object()


@dataclass(frozen=True)
class Area:
    ceasefire_id: int
    name: str
    countries: list[str] = field(default_factory=list)
    boxes: list[tuple[float, float, float, float]] = field(
        default_factory=list
    )  # min lat, min lon, max lat, max lon
    polygons: list[list[tuple[float, float]]] = field(default_factory=list)  # rings of (lon, lat)


def incident_ids(session: Session, *, ceasefire_id: int | None, violations_only: bool) -> Select[Any] | None:
    """A subquery of incident ids to restrict to, None for no restriction, UNAVAILABLE if unknowable."""
    if ceasefire_id is not None or violations_only:
        return UNAVAILABLE
    return None


def ceasefire_names(session: Session, *, incident_ids: list[int]) -> dict[int, list[str]]:
    return {}


def ceasefire_choices(session: Session) -> list[tuple[int, str]]:
    return []


def ceasefire_areas(session: Session, *, ceasefire_id: int | None) -> list[Area]:
    return []


def claims(session: Session, *, incident_id: int) -> list[Any] | None:
    return None


def revisions(session: Session, *, incident_id: int) -> list[Any] | None:
    return None


def violations(session: Session, *, incident_id: int) -> list[Any] | None:
    return None


def alerts(session: Session, *, incident_id: int) -> list[Any] | None:
    return None


def endpoint_health(session: Session, *, now: datetime) -> list[Any] | None:
    return None


def failed_deliveries(session: Session, *, limit: int) -> list[Any] | None:
    return None
