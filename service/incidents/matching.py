"""Is a new report about an incident we already have? Pure: facts in, a scored verdict with reasons out."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

# Reports that name no day are dated by publication, which can lag the event by a day.
MAX_DAY_GAP_UNDATED = 1
SAME_PLACE_KM = 15.0
NEARBY_KM = 50.0
THRESHOLD = 0.6
SAME_WORDING = 0.5  # overlap of words above which two reports read as the same story

# Event types a wire may describe either way ("air strike" vs "missile strike").
FAMILIES = {
    "air_drone_strike": "strike",
    "shelling_artillery_missile_attack": "strike",
    "remote_explosive_landmine_ied": "explosion",
    "suicide_bomb": "explosion",
    "grenade": "explosion",
    "armed_clash": "fighting",
    "attack": "fighting",
    "government_regains_territory": "territory",
    "non_state_actor_overtakes_territory": "territory",
    "abduction_forced_disappearance": "abduction",
    "chemical_weapon": "chemical",
    "sexual_violence": "sexual_violence",
}
# "attack" is what a classifier says when it cannot tell; it fits any violent family.
VAGUE_TYPES = {"attack"}

_STOP = (
    "a an and are as at be been by for from has have in into is it its of on or said says that the their "
    "they this to was were will with after before near over under amid while who which report reports "
    "reported reportedly according told monday tuesday wednesday thursday friday saturday sunday "
    "yesterday today"
)
STOPWORDS = frozenset(_STOP.split())
WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)


@dataclass(frozen=True)
class EventFacts:
    """What a report (or an incident so far) says about an event."""

    day: date
    day_known: bool  # the report named the day; otherwise `day` is the publication date
    country: str | None = None
    place: str | None = None
    lat: float | None = None
    lon: float | None = None
    event_type: str | None = None
    perpetrator: str | None = None
    target: str | None = None
    target_kind: str | None = None
    words: frozenset[str] = frozenset()


@dataclass(frozen=True)
class MatchScore:
    score: float
    same_event: bool
    reasons: tuple[str, ...]


def words_of(*texts: str) -> frozenset[str]:
    found = (w.lower() for text in texts for w in WORD.findall(text or ""))
    return frozenset(w for w in found if w not in STOPWORDS)


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _reject(reason: str) -> MatchScore:
    return MatchScore(score=0.0, same_event=False, reasons=(reason,))


def score(candidate: EventFacts, incident: EventFacts) -> MatchScore:
    """Hard rules first (another country, another day, far apart, another kind of event), then a score."""
    if candidate.country and incident.country and candidate.country != incident.country:
        return _reject(f"different countries ({candidate.country} vs {incident.country})")
    gap = abs((candidate.day - incident.day).days)
    if candidate.day_known and incident.day_known and gap:
        return _reject(f"different days ({candidate.day} vs {incident.day})")
    if gap > MAX_DAY_GAP_UNDATED:
        return _reject(f"{gap} days apart")

    reasons: list[str] = []
    time_s = 1.0 if gap == 0 else 0.6
    reasons.append("same day" if gap == 0 else "a day apart, one report undated")

    place_s, place_reason = _place(candidate, incident)
    if place_s is None:
        return _reject(place_reason)
    reasons.append(place_reason)

    type_s, type_reason = _event_type(candidate.event_type, incident.event_type)
    if type_s is None:
        return _reject(type_reason)
    reasons.append(type_reason)

    actor_s, actor_reason = _actors(candidate, incident)
    if actor_s is None:
        return _reject(actor_reason)
    reasons.append(actor_reason)

    text_s = _overlap(candidate.words, incident.words)
    reasons.append(f"text overlap {text_s:.2f}")
    kinds = (candidate.target_kind, incident.target_kind)
    swapped = candidate.perpetrator is not None and candidate.perpetrator == incident.target
    if None not in kinds and kinds[0] != kinds[1] and not swapped and text_s < SAME_WORDING:
        # Soldiers hit in one report, civilians in another, worded differently: usually two events.
        return _reject(f"different targets ({kinds[0]} vs {kinds[1]}) and little shared wording")

    total = 0.25 * time_s + 0.25 * place_s + 0.15 * type_s + 0.15 * actor_s + 0.20 * min(1.0, text_s / 0.5)
    return MatchScore(score=round(total, 3), same_event=total >= THRESHOLD, reasons=tuple(reasons))


def _place(a: EventFacts, b: EventFacts) -> tuple[float | None, str]:
    if None not in (a.lat, a.lon, b.lat, b.lon):
        km = km_between(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
        if km <= SAME_PLACE_KM:
            return 1.0, f"{km:.0f} km apart"
        if km <= NEARBY_KM:
            return 0.5, f"{km:.0f} km apart, nearby"
        return None, f"{km:.0f} km apart"
    if a.place and b.place:
        if a.place.lower() == b.place.lower():
            return 1.0, f"same place ({a.place})"
        return 0.2, f"different place names ({a.place} vs {b.place})"
    return 0.4, "place unknown in one report"


def _event_type(a: str | None, b: str | None) -> tuple[float | None, str]:
    if a is None or b is None:
        return 0.5, "event type unknown in one report"
    if a == b:
        return 1.0, f"same event type ({a})"
    if a in VAGUE_TYPES or b in VAGUE_TYPES:
        return 0.6, f"compatible event types ({a}, {b})"
    if FAMILIES.get(a) == FAMILIES.get(b):
        return 0.7, f"related event types ({a}, {b})"
    return None, f"different kinds of event ({a} vs {b})"


def _actors(a: EventFacts, b: EventFacts) -> tuple[float | None, str]:
    if a.perpetrator and b.perpetrator:
        if a.perpetrator == b.perpetrator:
            return 1.0, f"same perpetrator ({a.perpetrator})"
        # Each side blaming the other for the same strike is one event with disputed blame.
        if a.target and b.target and a.perpetrator == b.target and a.target == b.perpetrator:
            return 0.7, "each side blames the other"
        return None, f"different perpetrators ({a.perpetrator} vs {b.perpetrator})"
    if a.target and b.target and a.target == b.target:
        return 0.8, f"same target ({a.target}), perpetrator unknown in one report"
    return 0.5, "actors unknown in one report"


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap coefficient: an incident's words grow with each report, so Jaccard would shrink."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def best_match(
    candidate: EventFacts, incidents: list[tuple[int, EventFacts]]
) -> tuple[int, MatchScore] | None:
    """The highest-scoring incident that passes, ties going to the oldest (lowest id)."""
    best: tuple[int, MatchScore] | None = None
    for incident_id, facts in sorted(incidents, key=lambda pair: pair[0]):
        verdict = score(candidate, facts)
        if verdict.same_event and (best is None or verdict.score > best[1].score):
            best = (incident_id, verdict)
    return best


def merged(incident: EventFacts, report: EventFacts, *, max_words: int = 400) -> EventFacts:
    """An incident's facts after a report joins: known values kept, gaps filled, words pooled."""
    day_known = incident.day_known or report.day_known
    day = incident.day if incident.day_known or not report.day_known else report.day
    words = incident.words | report.words
    if len(words) > max_words:
        words = frozenset(sorted(words)[:max_words])
    event_type = incident.event_type
    if event_type is None or event_type in VAGUE_TYPES:
        event_type = report.event_type or event_type
    return EventFacts(
        day=day,
        day_known=day_known,
        country=incident.country or report.country,
        place=incident.place or report.place,
        lat=incident.lat if incident.lat is not None else report.lat,
        lon=incident.lon if incident.lon is not None else report.lon,
        event_type=event_type,
        perpetrator=incident.perpetrator or report.perpetrator,
        target=incident.target or report.target,
        target_kind=incident.target_kind or report.target_kind,
        words=words,
    )
