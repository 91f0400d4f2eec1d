"""classify(): rules over lexicons, scored so each decision can be traced to its evidence."""

from __future__ import annotations

import math
import re
from typing import Any

from service.classification import casualties, facts, places, roles, scoring
from service.classification.lexicon import CEASEFIRE, CONFLICT_CONTEXT, HEDGE, MEDIUM, SITREP, STRONG, WEAPONS
from service.classification.model import Assessment, Evidence, ItemText, Place
from service.classification.phrases import tokenize
from service.classification.prefilter import active_branches, text_keys
from service.classification.resources import Resources, load

VERSION = "0.4.9"
THRESHOLD = scoring.THRESHOLD
_NEXT = r"(?=[\"“‘'(\[]?[A-Z0-9])"
# A sentence starts after '.', '!' or '?' and spaces before a capital or digit, or after a line
# break. (The punctuation is matched, not looked behind for, so that re can skip to the few
# characters a match can start with; the match ends, where sentences start, are the same.)
SENTENCE = re.compile(rf"\.\s+{_NEXT}|!\s+{_NEXT}|\?\s+{_NEXT}|\n")
WIRE_PREFIX = re.compile(
    r"^(?:(?:UPDATE|WRAPUP) ?\d*|RPT|EXCLUSIVE|CORRECTED|REFILE|FACTBOX|ANALYSIS|INSIGHT)\s*[-:]\s*"
)
# A footnote marker glued to a word in titles taken from reports ('casualties in Ukraine1').
FOOTNOTE = re.compile(r"(?<=[a-z]{3})[1-9](?=[\s.,;:)]|$)")


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def classify(item: ItemText, *, resources: Resources | None = None) -> Assessment:
    """Decide whether a feed item reports a specific armed incident, and extract its facts.

    Evidence offsets index the analysed text: the title, a newline, then the summary.
    """
    res = resources or load()
    title = WIRE_PREFIX.sub(lambda m: " " * len(m.group()), item.title or "")
    title = FOOTNOTE.sub("", title)
    if title.isupper():
        title = title.lower()  # an all-capitals headline has no acronyms or proper names to read
    text = f"{title}\n{item.summary or ''}"
    tokens = tokenize(text)
    keys = active_branches(text_keys(text, tokens))
    evidence: list[Evidence] = []

    def note(rule: str, start: int, end: int) -> None:
        evidence.append(Evidence(rule, text[start:end], start, end))

    triggers = scoring.triggers(text, keys, STRONG, MEDIUM)
    hedge, cease, sitrep = HEDGE.search(text, keys), CEASEFIRE.search(text, keys), SITREP.search(text, keys)
    for rule, m in (("hedge", hedge), ("ceasefire", cease)):
        if m is not None:
            note(rule, m.start(), m.end())
    common: dict[str, Any] = {
        "hedged": bool(hedge),
        "mentions_ceasefire": bool(cease),
        "classifier_version": VERSION,
    }
    votes = places.country_votes(text, tokens, res)
    if not triggers and sitrep is None:  # nothing violent named: most of a feed ends here, cheaply
        country = max(votes, key=lambda c: votes[c]) if votes else None
        quiet = _sigmoid(-THRESHOLD * 1.5)
        return _done(evidence, incident=False, confidence=quiet, country=country, **common)

    actors = roles.mentions(text, tokens, res, acronyms=True)
    for a in actors:
        if a.entry.theatre:
            votes[a.entry.theatre] = votes.get(a.entry.theatre, 0.0) + 1.0
        elif a.entry.country and a.entry.kind != "external_force":
            votes[a.entry.country] = votes.get(a.entry.country, 0.0) + (
                0.4 if a.entry.kind == "state_forces" else 0.6
            )
    sentence_starts = [0] + [m.end() for m in SENTENCE.finditer(text)]
    lead_end = (
        len(title) if title.strip() else (sentence_starts[2] if len(sentence_starts) > 2 else len(text))
    )
    figs = casualties.figures(text, sentence_starts, keys)
    found = places.mentions(text, tokens, res, context={c for c, v in votes.items() if v >= 0.5}, keys=keys)
    places.vote(found, votes)
    # War words other than the violence itself ('fighting' cannot vouch for 'fighting').
    spans = [(t.start, t.end) for t in triggers]
    war = next(
        (m for m in CONFLICT_CONTEXT.finditer(text, keys) if not any(s <= m.start() < e for s, e in spans)),
        None,
    )
    signals = scoring.Signals(
        text=text,
        title=title,
        lead_end=lead_end,
        keys=keys,
        triggers=triggers,
        armed=[a for a in actors if a.entry.kind not in roles.NON_COMBATANT],
        figs=figs,
        weapons=WEAPONS.search(text, keys),
        war=war,
        theatre=max(
            (c for c, v in votes.items() if v >= 0.5 and c in res.conflict_areas),
            key=votes.__getitem__,
            default=None,
        ),
        sitrep=sitrep,
    )
    core, score = scoring.score(signals, note)
    confidence = _sigmoid((score - THRESHOLD) * 1.5)
    country, location = _where(found, votes, note if core else _ignore)
    if not core or score < THRESHOLD:
        return _done(evidence, incident=False, confidence=confidence, country=country, **common)

    perp_m, target_m, from_cue = roles.assign(text, actors, [(f.start, f.end) for f in figs])
    if perp_m is not None:
        # 'perpetrator_guess': no cue said who acted; the first armed party named is reported
        note("perpetrator" if from_cue else "perpetrator_guess", perp_m.start, perp_m.end)
    if target_m is not None:
        note("target", target_m.start, target_m.end)
    killed, wounded, claims = facts.tolls(text, figs, sentence_starts)
    event_date, date_span = facts.event_date(text, item.published, keys)
    event_type = facts.event_type(triggers, perp_m, target_m)
    target_is_state = target_m is not None and target_m.entry.is_state
    if event_type == "non_state_actor_overtakes_territory" and (
        target_m is None
        or target_m.entry.kind == "civilians"
        or (target_m.entry.generic and not target_m.entry.is_state)
    ):
        # 'RSF seizes El Fasher': ground an armed group takes from no party named (or from
        # 'fighters', most often its own side told again) was the state's
        target_is_state = True
        note("target_implied_state", 0, 0)
    if date_span is not None:
        note("event_date", *date_span)
    return _done(
        evidence,
        incident=True,
        confidence=confidence,
        event_type=event_type,
        perpetrator=facts.actor(perp_m, country),
        target=facts.actor(target_m, country),
        target_is_state_forces=target_is_state,
        country=country,
        location=location,
        event_date=event_date,
        killed=killed,
        wounded=wounded,
        claims=tuple(claims),
        **common,
    )


def _ignore(rule: str, start: int, end: int) -> None:
    """A note-taker for facts that decided nothing."""


def _done(evidence: list[Evidence], **fields: Any) -> Assessment:
    """The assessment, with the evidence list the rules appended to frozen (made once: a
    dataclasses.replace afterwards costs as much again)."""
    return Assessment(evidence=tuple(evidence), **fields)


def _where(
    found: list[places.PlaceMention], votes: dict[str, float], note: scoring.Note
) -> tuple[str | None, Place | None]:
    """Country by weighted votes (names, parties, places); the most precise place in it."""
    country = max(votes, key=lambda c: votes[c]) if votes else None
    place = places.best_place([p for p in found if p.row is None or p.row.country == country])
    if place is None:
        return country, None
    note(place.rule, place.start, place.end)
    row = place.row
    # A reviewed alias reports its canonical spelling; other names as the text spells them.
    name = row.name if row is not None and row.reviewed else place.name
    return country, Place(name, row.lat if row else None, row.lon if row else None)
