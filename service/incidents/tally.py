"""Claims from a report, and what an incident's claims add up to. Pure: no database, no clock."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from statistics import median_low
from typing import Any

DENIAL = re.compile(
    r"\b(den(?:y|ies|ied)|rejects? (?:the )?(?:claims?|reports?)"
    r"|dismiss(?:es|ed)? .{0,40}as (?:fake|false))\b",
    re.I,
)
RETRACTION = re.compile(
    r"\b(retract(?:s|ed|ion)?|withdr[ae]w (?:its|the|their) report|correction:"
    r"|did not take place|did not happen)\b",
    re.I,
)


@dataclass(frozen=True)
class ClaimFacts:
    source: str
    killed: int | None = None
    wounded: int | None = None
    blamed: str | None = None
    denied: bool = False
    retracted: bool = False


@dataclass(frozen=True)
class SaidClaim:
    """A stored claim in the order it was made, with the feed it came through."""

    feed_id: int
    claim: ClaimFacts


@dataclass(frozen=True)
class Figures:
    killed_low: int | None = None
    killed: int | None = None
    killed_high: int | None = None
    wounded_low: int | None = None
    wounded: int | None = None
    wounded_high: int | None = None


def claims_from(result: dict[str, Any], *, outlet: str, text: str) -> list[ClaimFacts]:
    """The classifier's attributed claims, else one claim in the outlet's name.

    A denial or retraction is read from the wording: the accused party is taken to be who denies
    (the perpetrator the report names), and the outlet itself to be who retracts.
    """
    perpetrator = (result.get("perpetrator") or {}).get("name")
    denied = bool(DENIAL.search(text))
    retracted = bool(RETRACTION.search(text))
    claims = [
        ClaimFacts(
            source=(c.get("source") or outlet)[:300],
            killed=c.get("killed"),
            wounded=c.get("wounded"),
            blamed=perpetrator,
        )
        for c in result.get("claims") or []
    ]
    if not claims:
        claims = [
            ClaimFacts(
                source=outlet[:300],
                killed=result.get("killed"),
                wounded=result.get("wounded"),
                blamed=perpetrator,
            )
        ]
    if denied:
        claims.append(ClaimFacts(source=(perpetrator or outlet)[:300], blamed=perpetrator, denied=True))
    if retracted:
        claims.append(ClaimFacts(source=outlet[:300], retracted=True))
    return claims


def _spread(values: Sequence[int]) -> tuple[int | None, int | None, int | None]:
    if not values:
        return None, None, None
    return min(values), median_low(values), max(values)


def figures(claims: Iterable[ClaimFacts]) -> Figures:
    """low = least, high = most, best = the median (lower middle) of each source's latest figure.

    Only a source's latest word counts, so an outlet updating 3 to 7 dead is one voice saying 7;
    denials and retractions carry no figures.
    """
    killed: dict[str, int] = {}
    wounded: dict[str, int] = {}
    for c in claims:
        if c.denied or c.retracted:
            continue
        if c.killed is not None:
            killed[c.source] = c.killed
        if c.wounded is not None:
            wounded[c.source] = c.wounded
    kl, kb, kh = _spread(list(killed.values()))
    wl, wb, wh = _spread(list(wounded.values()))
    return Figures(kl, kb, kh, wl, wb, wh)


def status(claims: Sequence[SaidClaim]) -> str:
    """retracted > corroborated (two or more outlets carry it) > denied > alleged."""
    if any(s.claim.retracted for s in claims):
        return "retracted"
    carrying = {s.feed_id for s in claims if not s.claim.denied}
    if len(carrying) >= 2:
        return "corroborated"
    if any(s.claim.denied for s in claims):
        return "denied"
    return "alleged"
