"""classify(): rules over lexicons, scored so each decision can be traced to its evidence."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from service.classification import casualties, dates, places, roles
from service.classification.lexicon import (
    CEASEFIRE,
    CONFLICT_CONTEXT,
    CONFLICT_ZONE,
    FRAMES,
    HEDGE,
    MEDIUM,
    NOT_VIOLENCE,
    QUESTION_START,
    SITREP,
    STRONG,
    WEAPONS,
    Rule,
)
from service.classification.model import Actor, Assessment, Claim, Evidence, ItemText, Place
from service.classification.phrases import tokenize
from service.classification.prefilter import active_branches, text_keys
from service.classification.resources import Resources, load

VERSION = "0.1.0"
THRESHOLD = 2.0
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[\"“‘'(\[]?[A-Z0-9])|\n")
# Which method decides the event type when a report names several.
TYPE_ORDER = (
    "suicide_bomb",
    "chemical_weapon",
    "grenade",
    "air_drone_strike",
    "remote_explosive_landmine_ied",
    "shelling_artillery_missile_attack",
    "sexual_violence",
    "abduction_forced_disappearance",
    "territory",
    "armed_clash",
    "attack",
)
WIRE_PREFIX = re.compile(
    r"^(?:(?:UPDATE|WRAPUP) ?\d*|RPT|EXCLUSIVE|CORRECTED|REFILE|FACTBOX|ANALYSIS|INSIGHT)\s*[-:]\s*"
)
ARMED_CUES = ("attack", "clash", "explosion", "abduction", "territory", "sexual_violence")


@dataclass(frozen=True)
class Trigger:
    rule: Rule
    strong: bool
    start: int
    end: int
    text: str


def _triggers(text: str, keys: dict[int, set[int]]) -> list[Trigger]:
    blocked = [(m.start(), m.end()) for m in NOT_VIOLENCE.finditer(text, keys)]
    out = []
    for strong, rules in ((True, STRONG), (False, MEDIUM)):
        for rule in rules:
            for m in rule.pattern.finditer(text, keys):
                if any(s < m.end() and m.start() < e for s, e in blocked):
                    continue
                out.append(Trigger(rule, strong, m.start(), m.end(), m.group()))
    out.sort(key=lambda t: t.start)
    return out


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def classify(item: ItemText, *, resources: Resources | None = None) -> Assessment:
    """Decide whether a feed item reports a specific armed incident, and extract its facts."""
    res = resources or load()
    title = WIRE_PREFIX.sub(lambda m: " " * len(m.group()), item.title or "")
    shouting = sum(c.isupper() for c in title) > 0.7 * max(1, sum(c.isalpha() for c in title))
    if shouting:
        title = title.lower()
    text = f"{title}\n{item.summary or ''}"
    keys = active_branches(text_keys(text))
    sentence_starts = [0] + [m.end() for m in SENTENCE.finditer(text)]
    lead_end = (
        len(title) if title.strip() else (sentence_starts[2] if len(sentence_starts) > 2 else len(text))
    )
    evidence: list[Evidence] = []

    def note(rule: str, start: int, end: int) -> None:
        evidence.append(Evidence(rule, text[start:end], start, end))

    triggers = _triggers(text, keys)
    hedge = HEDGE.search(text, keys)
    cease = CEASEFIRE.search(text, keys)
    sitrep = SITREP.search(text, keys)
    if not triggers and sitrep is None:
        # Nothing violent is named: most of a news feed ends here, cheaply.
        for rule, m in (("hedge", hedge), ("ceasefire", cease)):
            if m is not None:
                note(rule, m.start(), m.end())
        return Assessment(
            incident=False,
            confidence=_sigmoid(-THRESHOLD * 1.5),
            hedged=bool(hedge),
            mentions_ceasefire=bool(cease),
            evidence=tuple(evidence),
            classifier_version=VERSION,
        )
    tokens = tokenize(text)
    actors = roles.mentions(text, tokens, res, acronyms=True)
    armed = [a for a in actors if a.entry.kind not in roles.NON_COMBATANT]
    figs = casualties.figures(text, sentence_starts)
    strong = [t for t in triggers if t.strong]
    cues = [t for t in triggers if not t.strong and t.rule.name in ARMED_CUES]
    killing = [t for t in triggers if t.rule.name == "killing"]

    weapons = WEAPONS.search(text, keys)
    votes = places.country_votes(text, tokens, res)
    for a in actors:
        if a.entry.theatre:
            votes[a.entry.theatre] = votes.get(a.entry.theatre, 0.0) + 1.0
        elif a.entry.country and a.entry.kind != "external_force":
            votes[a.entry.country] = votes.get(a.entry.country, 0.0) + (
                0.6 if a.entry.kind != "state_forces" else 0.4
            )
    war = CONFLICT_CONTEXT.search(text, keys)
    theatre = next((c for c, v in votes.items() if v >= 0.5 and c in res.conflict_areas), None)

    score, core = 0.0, False
    if strong:
        score += 2.0 + (0.5 if any(t.start < lead_end for t in strong) else 0.0)
        core = True
        note(strong[0].rule.name, strong[0].start, strong[0].end)
    # A weapon word is armed context for 'attack' or 'clash', but not for itself ('missile sale').
    weapon_context = weapons is not None and any(t.rule.name != "explosion" for t in cues)
    if cues and (armed or figs or strong or weapon_context or war or theatre):
        score += 1.4 + (0.3 if any(t.start < lead_end for t in cues) else 0.0)
        core = True
        note(cues[0].rule.name, cues[0].start, cues[0].end)
    if killing and (armed or weapons):
        score += 1.2 + (0.3 if any(t.start < lead_end for t in killing) else 0.0)
        core = True
        note("killing", killing[0].start, killing[0].end)
    killed_figs = [f for f in figs if f.killed]
    if figs:
        score += 0.8 + (0.4 if any(f.start < lead_end for f in figs) else 0.0)
        note("casualty_figure", figs[0].start, figs[0].end)
    if (killed_figs or any(t.start < lead_end for t in killing)) and (war or theatre):
        core = True
        score += 0.6  # a death reported in a war zone
        note("war_death", (killed_figs or killing)[0].start, (killed_figs or killing)[0].end)
    if armed:
        score += 0.7 + (0.3 if any(not a.entry.generic for a in armed) else 0.0)
        note("armed_actor", armed[0].start, armed[0].end)
    if weapons and not strong:
        score += 0.3
        note("weapon", weapons.start(), weapons.end())
    if core and (war or theatre):
        score += 0.5
        if war:
            note("conflict_context", war.start(), war.end())
        else:
            note(f"theatre:{theatre}", 0, 0)
    starts = [t.start for t in strong + cues + killing] + [f.start for f in figs]
    if title.strip() and not any(s < lead_end for s in starts):
        score *= 0.6  # the headline is about something else; violence in the summary is background

    violent_lead = any(t.start < lead_end for t in strong + cues + killing) and (
        any(a.start < lead_end for a in armed) or any(f.start < lead_end for f in figs)
    )
    for frame in FRAMES:
        hits = list(frame.pattern.finditer(text, keys))
        if not hits:
            continue
        in_lead = any(m.start() < lead_end for m in hits)
        weight = frame.weight if in_lead else frame.weight * 0.5
        if violent_lead and frame.name in ("diplomacy", "future_threat", "opinion_analysis", "historical"):
            weight *= 0.3 if in_lead else 0.0
        if weight:
            score += weight
            note(f"frame:{frame.name}", hits[0].start(), hits[0].end())
    if title.strip() and (title.rstrip().endswith("?") or QUESTION_START.match(title)):
        score -= 2.0
        note("frame:question", 0, len(title))
    if sitrep and CONFLICT_ZONE.search(text, keys):
        core, score = True, max(score, THRESHOLD + 0.1)
        note("conflict_sitrep", sitrep.start(), sitrep.end())

    incident = core and score >= THRESHOLD
    confidence = _sigmoid((score - THRESHOLD) * 1.5)
    if hedge:
        note("hedge", hedge.start(), hedge.end())
    if cease:
        note("ceasefire", cease.start(), cease.end())

    if not core:
        return Assessment(
            incident=False,
            confidence=confidence,
            hedged=bool(hedge),
            mentions_ceasefire=bool(cease),
            evidence=tuple(evidence),
            classifier_version=VERSION,
        )

    # Where: country votes from names, actors and places.
    context = {c for c, v in votes.items() if v >= 0.5}
    found = places.mentions(text, tokens, res, context=context)
    for p in found:
        if p.row is not None:
            # Provinces and states are unambiguous; a village name may exist in many countries.
            weight = 3.5 if p.row.level >= 3 else (2.5 if p.row.country in context else 1.5)
            votes[p.row.country] = votes.get(p.row.country, 0.0) + weight
    country = max(votes, key=lambda c: votes[c]) if votes else None
    in_country = [p for p in found if p.row is None or p.row.country == country]
    place = places.best_place(in_country)
    location = None
    if place is not None:
        note(place.rule, place.start, place.end)
        row = place.row
        # A reviewed alias reports its canonical spelling; other names as the text spells them.
        name = row.name if row is not None and row.reviewed else place.name
        location = Place(name, row.lat if row else None, row.lon if row else None)

    if not incident:
        return Assessment(
            incident=False,
            confidence=confidence,
            country=country if core else None,
            location=None,
            hedged=bool(hedge),
            mentions_ceasefire=bool(cease),
            evidence=tuple(evidence),
            classifier_version=VERSION,
        )

    perp_m, target_m, _ = roles.assign(text, actors, [(f.start, f.end) for f in figs])
    perpetrator = _actor(perp_m, country)
    target = _actor(target_m, country)
    if perp_m is not None:
        note("perpetrator", perp_m.start, perp_m.end)
    if target_m is not None:
        note("target", target_m.start, target_m.end)
    target_state = target_m is not None and target_m.entry.is_state

    event_type = _event_type(triggers, perp_m, target_m)
    if event_type is None and (killing or figs) and (perp_m is not None or target_m is not None):
        armed_target = target_m is not None and target_m.entry.kind not in roles.NON_COMBATANT
        event_type = "armed_clash" if armed_target else "attack"

    killed = wounded = None
    claims: list[Claim] = []
    coded = casualties.coded_fatalities(text)
    by_sentence: dict[int, list[casualties.Figure]] = {}
    for f in figs:
        by_sentence.setdefault(f.sentence, []).append(f)
    unattributed: list[casualties.Figure] = []
    for n, group in by_sentence.items():
        start = sentence_starts[n]
        end = sentence_starts[n + 1] if n + 1 < len(sentence_starts) else len(text)
        source = casualties.source_in(text[start:end])
        if source:
            k = next((f.count for f in group if f.killed and f.count is not None), None)
            w = next((f.count for f in group if not f.killed and f.count is not None), None)
            if k is not None or w is not None:
                claims.append(Claim(source, k, w))
                continue
        unattributed.extend(group)
    killed = next((f.count for f in unattributed if f.killed and f.count is not None), None)
    wounded = next((f.count for f in unattributed if not f.killed and f.count is not None), None)
    if killed is None and claims:
        killed = next((c.killed for c in claims if c.killed is not None), None)
    if wounded is None and claims:
        wounded = next((c.wounded for c in claims if c.wounded is not None), None)
    if coded is not None:
        killed = coded

    published = item.published
    written = dates.written_date(text, published.date() if published else None)
    relative = None if written else dates.relative_date(text, published)
    when = written or relative
    event_date = None
    if when is not None:
        event_date = when[0].isoformat()
        note("event_date", when[1], when[2])
    elif published is not None:
        event_date = published.date().isoformat()

    return Assessment(
        incident=True,
        confidence=confidence,
        event_type=event_type,
        perpetrator=perpetrator,
        target=target,
        target_is_state_forces=target_state,
        country=country,
        location=location,
        event_date=event_date,
        killed=killed,
        wounded=wounded,
        claims=tuple(claims),
        hedged=bool(hedge),
        mentions_ceasefire=bool(cease),
        evidence=tuple(evidence),
        classifier_version=VERSION,
    )


def _actor(m: roles.ActorMention | None, country: str | None) -> Actor | None:
    if m is None:
        return None
    entry = m.entry
    kind = entry.kind
    if kind == "state_forces" and entry.country and country and entry.country != country:
        kind = "external_force"
    name = m.text if entry.generic else entry.name
    return Actor(name, kind)


def _event_type(
    triggers: list[Trigger], perp: roles.ActorMention | None, target: roles.ActorMention | None
) -> str | None:
    types: set[str] = set()
    for t in triggers:
        et = t.rule.event_type
        if et is None:
            continue
        if not t.strong and t.rule.name == "explosion":
            word = t.text.lower()
            if word.startswith(("missile", "rocket", "shell")):
                et = "shelling_artillery_missile_attack"
            elif (
                word.startswith("drone")
                or word in ("bombed", "bombing", "bombings")
                and perp is not None
                and perp.entry.is_state
                and not any(
                    x.rule.event_type == "remote_explosive_landmine_ied" and x.strong for x in triggers
                )
            ):
                et = "air_drone_strike"
        types.add(et)
    for et in TYPE_ORDER:
        if et not in types:
            continue
        if et == "territory":
            if perp is not None and perp.entry.is_state:
                return "government_regains_territory"
            if perp is not None and perp.entry.kind in (
                "rebel_group",
                "political_militia",
                "identity_militia",
            ):
                return "non_state_actor_overtakes_territory"
            continue
        if et in ("armed_clash", "attack"):
            armed_target = target is not None and target.entry.kind not in roles.NON_COMBATANT
            if "armed_clash" in types and not (target is not None and target.entry.kind == "civilians"):
                return "armed_clash"
            return "armed_clash" if armed_target else "attack"
        return et
    return None
