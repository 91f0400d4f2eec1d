"""The classifier's input and output: small frozen dataclasses, JSON-ready via to_dict()."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class ItemText:
    """What the classifier reads of a feed item; published must be timezone-aware or None."""

    title: str = ""
    summary: str = ""
    published: datetime | None = None


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str


@dataclass(frozen=True)
class Place:
    name: str
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class Claim:
    source: str
    killed: int | None
    wounded: int | None


@dataclass(frozen=True)
class Evidence:
    """A span of the analysed text (title + newline + summary) and the rule it fired."""

    rule: str
    span: str
    start: int
    end: int


@dataclass(frozen=True)
class Assessment:
    incident: bool
    confidence: float
    event_type: str | None = None
    perpetrator: Actor | None = None
    target: Actor | None = None
    target_is_state_forces: bool = False
    country: str | None = None
    location: Place | None = None
    event_date: str | None = None
    killed: int | None = None
    wounded: int | None = None
    claims: tuple[Claim, ...] = ()
    hedged: bool = False
    mentions_ceasefire: bool = False
    evidence: tuple[Evidence, ...] = ()
    classifier_version: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The JSON Lines contract, minus the item id."""

        def actor(a: Actor | None) -> dict[str, Any] | None:
            return None if a is None else {"name": a.name, "kind": a.kind}

        loc = self.location
        return {
            "incident": self.incident,
            "confidence": round(self.confidence, 3),
            "event_type": self.event_type,
            "perpetrator": actor(self.perpetrator),
            "target": actor(self.target),
            "target_is_state_forces": self.target_is_state_forces,
            "country": self.country,
            "location": None if loc is None else {"name": loc.name, "lat": loc.lat, "lon": loc.lon},
            "event_date": self.event_date,
            "killed": self.killed,
            "wounded": self.wounded,
            "claims": [{"source": c.source, "killed": c.killed, "wounded": c.wounded} for c in self.claims],
            "hedged": self.hedged,
            "mentions_ceasefire": self.mentions_ceasefire,
            "evidence": [
                {"rule": e.rule, "span": e.span, "start": e.start, "end": e.end} for e in self.evidence
            ],
            "classifier_version": self.classifier_version,
        }
