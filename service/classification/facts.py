"""What happened, once an item is an incident: event type, parties, tolls and claims, date."""

from __future__ import annotations

from datetime import datetime

from service.classification import casualties, dates, roles
from service.classification.model import Actor, Claim
from service.classification.prefilter import Active
from service.classification.scoring import Trigger

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
_NON_STATE = ("rebel_group", "political_militia", "identity_militia")


def actor(m: roles.ActorMention | None, country: str | None) -> Actor | None:
    """A party as reported: a state's forces outside their own country are an external force."""
    if m is None:
        return None
    entry = m.entry
    kind = entry.kind
    if kind == "state_forces" and entry.country and country and entry.country != country:
        kind = "external_force"
    return Actor(m.text if entry.generic else entry.name, kind)


def _method(t: Trigger, triggers: list[Trigger], perp: roles.ActorMention | None) -> str | None:
    et = t.rule.event_type
    if et is None or t.strong or t.rule.name != "explosion":
        return et
    word = t.text.lower()
    if word.startswith(("missile", "rocket", "shell")):
        return "shelling_artillery_missile_attack"
    if word.startswith("drone"):
        return "air_drone_strike"
    ied = any(x.rule.event_type == "remote_explosive_landmine_ied" and x.strong for x in triggers)
    if word in ("bombed", "bombing", "bombings") and perp is not None and perp.entry.is_state and not ied:
        return "air_drone_strike"  # states bomb from the air; others plant bombs
    return et


def event_type(
    triggers: list[Trigger], perp: roles.ActorMention | None, target: roles.ActorMention | None
) -> str | None:
    """ACLED sub-event type from the most specific method named and who was hit."""
    types = {et for t in triggers if (et := _method(t, triggers, perp)) is not None}
    armed_target = target is not None and target.entry.kind not in roles.NON_COMBATANT
    for et in TYPE_ORDER:
        if et not in types:
            continue
        if et == "territory":
            if perp is not None and perp.entry.is_state:
                return "government_regains_territory"
            if perp is not None and perp.entry.kind in _NON_STATE:
                return "non_state_actor_overtakes_territory"
            if perp is None and target is not None:
                # no doer named ('the army says it has retaken Bara from the RSF'): who lost it tells
                if target.entry.is_state:
                    return "non_state_actor_overtakes_territory"
                if target.entry.kind in _NON_STATE:
                    return "government_regains_territory"
            continue
        if et in ("armed_clash", "attack"):
            # Violence between armed parties is a clash; against civilians an attack.
            civilians = target is not None and target.entry.kind == "civilians"
            return "armed_clash" if ("armed_clash" in types and not civilians) or armed_target else "attack"
        return et
    if any(t.rule.name == "killing" for t in triggers) and (perp is not None or target is not None):
        return "armed_clash" if armed_target else "attack"
    return None


def tolls(
    text: str, figs: list[casualties.Figure], sentence_starts: list[int]
) -> tuple[int | None, int | None, list[Claim]]:
    """(killed, wounded, claims): attributed figures become claims; the first unattributed wins."""
    claims: list[Claim] = []
    unattributed: list[casualties.Figure] = []
    by_sentence: dict[int, list[casualties.Figure]] = {}
    for f in figs:
        by_sentence.setdefault(f.sentence, []).append(f)
    for n, group in by_sentence.items():
        end = sentence_starts[n + 1] if n + 1 < len(sentence_starts) else len(text)
        source = casualties.source_in(text[sentence_starts[n] : end])
        k = next((f.count for f in group if f.killed and f.count is not None), None)
        w = next((f.count for f in group if not f.killed and f.count is not None), None)
        if source and (k is not None or w is not None):
            claims.append(Claim(source, k, w))
        else:
            unattributed.extend(group)
    killed = next((f.count for f in unattributed if f.killed and f.count is not None), None)
    wounded = next((f.count for f in unattributed if not f.killed and f.count is not None), None)
    if killed is None:
        killed = next((c.killed for c in claims if c.killed is not None), None)
    if wounded is None:
        wounded = next((c.wounded for c in claims if c.wounded is not None), None)
    coded = casualties.coded_fatalities(text)
    return (coded if coded is not None else killed), wounded, claims


def event_date(
    text: str, published: datetime | None, keys: Active | None = None
) -> tuple[str | None, tuple[int, int] | None]:
    """(date, span): a written date wins, then a relative day; else the publication date.

    keys: the text's active branches (prefilter), to find dates faster."""
    when = dates.written_date(text, published.date() if published else None, keys) or dates.relative_date(
        text, published, keys
    )
    if when is not None:
        return when[0].isoformat(), (when[1], when[2])
    return (published.date().isoformat() if published else None), None
