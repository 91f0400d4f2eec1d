"""Is an incident a possible violation of a ceasefire, and why? Pure: facts in, a verdict in words out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from service.classification import is_generic_actor

RULES = ("parties", "party_on_civilians", "broker_force_on_party", "unknown_actor")


@dataclass(frozen=True)
class IncidentFacts:
    day: date
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    perpetrator: str | None = None
    perpetrator_kind: str | None = None
    target: str | None = None
    target_kind: str | None = None


@dataclass(frozen=True)
class Side:
    name: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    role: str = "party"  # party | broker | guarantor | excluded

    def names(self) -> set[str]:
        return {n.casefold() for n in (self.name, *self.aliases)}


@dataclass(frozen=True)
class Terms:
    id: int
    name: str
    starts_on: date
    ends_on: date | None = None
    countries: tuple[str, ...] = ()
    areas: tuple[dict[str, Any], ...] = ()
    parties: tuple[Side, ...] = ()
    brokers: tuple[Side, ...] = ()
    excluded: tuple[Side, ...] = ()


@dataclass(frozen=True)
class Verdict:
    ceasefire_id: int
    rule: str
    reason: str


@dataclass(frozen=True)
class _Role:
    role: str  # party | broker | excluded | civilians | unknown | other
    side: Side | None = None
    words: str = field(default="")
    inferred: bool = False  # a generic name ('soldiers') taken to be the one party of its kind


def sides_from(entries: Sequence[dict[str, Any]], *, role: str) -> tuple[Side, ...]:
    """Registry JSON to Sides; a broker's forces count as the broker."""
    out = []
    for e in entries:
        aliases = tuple(e.get("aliases") or ()) + tuple(e.get("forces") or ())
        out.append(Side(name=e["name"], aliases=aliases, kind=e.get("kind"), role=e.get("role") or role))
    return tuple(out)


def _role(terms: Terms, name: str | None, kind: str | None) -> _Role:
    if not name:
        if kind == "civilians":
            return _Role("civilians", words="civilians")
        return _Role("unknown", words="not named")
    key = name.casefold()
    for group, role in ((terms.excluded, "excluded"), (terms.parties, "party"), (terms.brokers, "broker")):
        for side in group:
            if key in side.names():
                return _Role(role, side)
    if kind == "civilians":
        return _Role("civilians")
    if kind and is_generic_actor(name):
        # Wire copy says 'soldiers' or 'militants'; inside the ceasefire's area that can only be
        # the party of that kind, when there is exactly one.
        same_kind = [side for side in terms.parties if side.kind == kind]
        if len(same_kind) == 1:
            return _Role("party", same_kind[0], inferred=True)
    return _Role("other")


def in_period(terms: Terms, day: date) -> bool:
    return day >= terms.starts_on and (terms.ends_on is None or day <= terms.ends_on)


def point_in_ring(lon: float, lat: float, ring: Sequence[Sequence[float]]) -> bool:
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def in_shape(area: dict[str, Any], lat: float, lon: float) -> bool:
    if "bbox" in area:
        min_lon, min_lat, max_lon, max_lat = area["bbox"]
        return bool(min_lon <= lon <= max_lon and min_lat <= lat <= max_lat)
    geometry = area.get("geometry") or {}
    polygons = geometry.get("coordinates") or []
    if geometry.get("type") == "Polygon":
        polygons = [polygons]
    for rings in polygons:
        if (
            rings
            and point_in_ring(lon, lat, rings[0])
            and not any(point_in_ring(lon, lat, h) for h in rings[1:])
        ):
            return True
    return False


def where(terms: Terms, incident: IncidentFacts) -> str | None:
    """Where the incident falls within the ceasefire's area, in words, or None when outside it."""
    if terms.areas and incident.lat is not None and incident.lon is not None:
        for area in terms.areas:
            if in_shape(area, incident.lat, incident.lon):
                return f"in the {area.get('name') or 'area it covers'} ({incident.country or '??'})"
        return None
    if incident.country and incident.country in terms.countries:
        return f"in {incident.country}"
    return None


def _when(terms: Terms, day: date) -> str:
    days = (day - terms.starts_on).days
    if days == 0:
        return f"on {day}, the day the {terms.name} took effect"
    return f"on {day}, {days} day{'s' if days != 1 else ''} after the {terms.name} took effect"


def _actor(label: str, name: str | None, role: _Role) -> str:
    if role.role == "unknown":
        return f"the {label} is not named"
    if role.role == "civilians":
        return f"the {label}, {name or 'civilians'}, are civilians"
    if role.role == "party" and role.inferred:
        assert role.side is not None
        kind = (role.side.kind or "").replace("_", " ")
        return f"the {label}, {name}, is taken to be {role.side.name} (the only {kind} party to it)"
    if role.role == "party":
        return f"the {label}, {name}, is a party"
    if role.role == "broker":
        assert role.side is not None
        what = "guarantor" if role.side.role == "guarantor" else "broker"
        if name and name.casefold() == role.side.name.casefold():
            return f"the {label}, {name}, is a {what}"
        return f"the {label}, {name}, is a {what}'s force ({role.side.name})"
    return f"the {label}, {name}, is not covered by it"


def evaluate(incident: IncidentFacts, terms: Terms) -> Verdict | None:
    """A possible violation when inside the area and period and the actors make it one:
    a party hit another party or civilians, a broker's or guarantor's forces hit a party,
    or an actor is unknown while the other is a party, civilians or unknown too.
    Fighting against or by a group the agreement excludes is never a violation."""
    place = where(terms, incident)
    if place is None or not in_period(terms, incident.day):
        return None
    perp = _role(terms, incident.perpetrator, incident.perpetrator_kind)
    target = _role(terms, incident.target, incident.target_kind)
    if "excluded" in (perp.role, target.role):
        return None
    rule: str | None = None
    if perp.role == "party" and target.role == "party" and perp.side != target.side:
        rule = "parties"
    elif perp.role == "party" and target.role == "civilians":
        rule = "party_on_civilians"
    elif perp.role == "broker" and target.role == "party":
        rule = "broker_force_on_party"
    elif (perp.role == "unknown" and target.role in ("party", "civilians", "unknown")) or (
        perp.role in ("party", "broker") and target.role == "unknown"
    ):
        rule = "unknown_actor"
    if rule is None:
        return None
    reason = (
        f"occurred {place} {_when(terms, incident.day)}; "
        f"{_actor('perpetrator', incident.perpetrator, perp)} and {_actor('target', incident.target, target)}"
    )
    return Verdict(ceasefire_id=terms.id, rule=rule, reason=reason)
