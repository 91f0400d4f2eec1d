"""Who did what to whom: perpetrator and target from actor mentions around the violence."""
# ruff: noqa: E501  -- word lists and patterns read best one alternative per line, unbroken

from __future__ import annotations

import re
from dataclasses import dataclass

from service.classification.phrases import Token
from service.classification.resources import ActorEntry, Resources

NON_COMBATANT = frozenset({"civilians", "protesters", "rioters"})
ACTIVE_VERB = re.compile(
    r"^(?:\s+(?:(?-i:[A-Z0-9])[\w\-]*|\d+|battalion|brigade|regiment|company|unit|troops|forces|fighters|militants|members|column|division|group|and|also|reportedly|allegedly|have|has|had|then|later|on \w+day|\(\w+\))){0,3}\s+"
    r"(?:attack(?:s|ed)?|shell(?:s|ed)?|struck|strikes?|fired|fires|fire[ds]? on|bomb(?:s|ed)?|ambush(?:es|ed)?|kill(?:s|ed)?|target(?:s|ed)?"
    r"|raid(?:s|ed)?|open(?:s|ed)? fire|launch(?:es|ed)?|carr(?:y|ies|ied) out|detonat(?:es|ed)|plant(?:s|ed)|hurl(?:s|ed)|thr(?:ew|ow|ows)"
    r"|abduct(?:s|ed)?|kidnap(?:s|ped)?|captur(?:es|ed)|seiz(?:es|ed)|clash(?:es|ed)?|storm(?:s|ed)|hit|hits|shot|shoot|shoots|pound(?:s|ed)"
    r"|gun(?:s|ned)? down|use[ds]?|conduct(?:s|ed)|assault(?:s|ed)?|overr[au]n|advanc(?:es|ed)|retook|recaptur(?:es|ed)|took|beat|beheaded"
    r"|execut(?:es|ed)|massacr(?:es|ed)|burn(?:s|ed|t)|torch(?:es|ed)|loot(?:s|ed)|rap(?:es|ed)|invad(?:es|ed)|violat(?:es|ed)|bombard(?:s|ed))\b"
    # hitting a mine is suffering it; headline passives ('soldiers killed in shelling') are not agents
    r"(?<!\bhit)(?<!\bstruck)(?!\s+(?:a\s+|an\s+|two\s+|several\s+)?(?:land)?mines?\b|\s+(?:an?\s+)?(?:IED|roadside bomb))"
    r"(?!\s*(?:$|[,.;:]|and (?:injured|wounded)(?!\s+(?:\d|a\b|an\b|the\b|one\b|two\b|three\b|several\b))|in\b|near\b|at\b|by\b|during\b|after\b|as\b|amid\b|when\b|while\b|on\b|over\b|since\b|despite\b|-))",
    re.I,
)
SPEAKER = re.compile(
    r"\s*(?:,\s*)?(?:says?|said|claims?|claimed|reports?|reported|accuses|accused|denies|denied|announce[sd]?|told|blames?"
    r"|blamed|alleges?|alleged|warns?|warned)\b",
    re.I,
)
# 'one KIA, two WIA': the casualty shorthand, not the Kachin Independence Army.
CASUALTY_SHORTHAND = re.compile(r"(?:\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+)$", re.I)
FORMER = re.compile(r"\b(?:former|retired|ex-|off-duty)\s*$", re.I)
BY_BEFORE = re.compile(
    r"\b(?:by|from)\s+(?:the\s+|a\s+|an\s+|unidentified\s+|unknown\s+|suspected\s+)*$", re.I
)
# Ground changing hands: who it was taken 'from' is the side that lost it.
TAKEN_FROM = re.compile(
    r"\b(?:retak\w*|retook|recaptur\w*|re-?took|regain\w*|reclaim\w*|liberat\w*|seiz\w*|captur\w*|(?:took|tak(?:e|es|en|ing))(?!\s+(?:\w+\s+)?fire\b)|wrest\w*|clear(?:s|ed|ing)?|driv(?:e|es|en|ing)|drove|push(?:es|ed|ing)?|expel\w*|oust\w*)\b[^.;]{0,60}$",
    re.I,
)
TARGET_BEFORE = re.compile(
    r"\b(?:on|against|targeting|targeted|at|towards?|into|ambush(?:ed)?|attack(?:ed|ing)?|kill(?:ed|ing|s)?|wound(?:ed|ing)|injur(?:ed|ing)"
    r"|hit(?:ting)?|struck|shell(?:ed|ing)|bomb(?:ed|ing)|abduct(?:ed|ing)|kidnapp(?:ed|ing)|shot|shoot(?:ing)?|clash(?:ed|es)? with"
    r"|fighting (?:with|against)|raid(?:ed)?|stormed|assassinat(?:ed|ing)|execut(?:ed|ing)|beat|rap(?:ed|ing)|between [^,.]{3,60}? and)"
    r"\s+(?:(?:the|a|an)\s+)?(?:(?:convoy|column|patrol|group|unit|team|squad)s?\s+of\s+(?:the\s+)?)?(?:the\s+|a\s+|an\s+|two\s+|three\s+|several\s+|\d+\s+|at least \d+\s+|four\s+|five\s+|one\s+|some\s+|local\s+|positions of\s+"
    r"|members of\s+|(?:(?!(?:as|after|when|while|and|but|in|at|on|by|from|near|with|amid|says?|said)\b)\w+\s+){0,2}?)?$",
    re.I,
)
_HARMED = r"(?:hit (?:an? )?(?:land)?mines?|hit (?:an? )?IEDs?|stepped on (?:an? )?(?:land)?mines?|killed|wounded|injured|hurt|attacked|targeted|ambushed|hit|abducted|kidnapped|shot|executed|slain|shelled|struck)"
TARGET_AFTER = re.compile(
    # passive with an auxiliary: 'soldiers were killed', 'a police post was attacked'
    r"^(?:\s+(?:[a-z\-]+|\d+)){0,3}?\s+(?:were|was|have been|has been|had been|are|is|got)\s+(?:reportedly\s+|allegedly\s+)?"
    rf"(?:{_HARMED}|dead|died|KIA|WIA)\b"
    # headline passive: 'soldiers killed in shelling', 'two police dead' (no object follows)
    rf"|^(?:\s+(?:[a-z\-]+|\d+)){{0,2}}?\s+(?:reportedly\s+)?(?:{_HARMED}|dead|die[sd]?|KIA|WIA)\b"
    r"(?=\s*(?:$|[,.;:()\-–'\"]|(?:in|near|at|by|during|after|as|amid|when|while|on|over|and|with|from|outside|since|despite|"
    r"overnight|today|yesterday)\b))",
    re.I,
)


@dataclass(frozen=True)
class ActorMention:
    entry: ActorEntry
    start: int
    end: int
    text: str


# 'an explosion at the school where the military was stationed': the troops inside were hit.
STATIONED = re.compile(
    r"^\s+(?:was|were|had been|is|are)\s+(?:stationed|based|positioned|deployed|camped|housed|billeted)\b",
    re.I,
)
HOSTING = re.compile(r"\b(?:where|in which|at which|which)\s+(?:the\s+|a\s+|an\s+)?$", re.I)
# 'near a village', 'in the camp': where it happened, not who was hit.
LOCATIVE = re.compile(
    r"\b(?:near|in|inside|outside|from|of|around|close to|between)\s+(?:the\s+|a\s+|an\s+)?$", re.I
)

FACILITY = re.compile(
    r"\b(?:station|post|base|camp|checkpoint|check post|checkpost|convoy|vehicles?|trucks?|positions|outpost|HQ|headquarters"
    r"|compound|school|hospital|mosque|church|market|homes?|houses?|village)$",
    re.I,
)


def mentions(text: str, tokens: list[Token], res: Resources, *, acronyms: bool) -> list[ActorMention]:
    """Armed parties, institutions and people named in the text, in order."""
    out = []
    for hit in res.actors.find(text, tokens, exact_ok=acronyms):
        entry = hit.payloads[0]
        if hit.text in ("KIA", "WIA") and (
            CASUALTY_SHORTHAND.search(text[max(0, hit.start - 8) : hit.start])
            or "WIA" in text[hit.end : hit.end + 30]
        ):
            continue
        if entry.kind == "state_forces" and FORMER.search(text[max(0, hit.start - 12) : hit.start]):
            entry = ActorEntry(f"former {hit.text}", "civilians", entry.country, generic=True)
        out.append(ActorMention(entry, hit.start, hit.end, hit.text))
    return out


def _pick(entries: list[ActorMention]) -> ActorMention | None:
    """A named actor before a generic noun."""
    if not entries:
        return None
    named = [a for a in entries if not a.entry.generic]
    return (named or entries)[0]


def assign(
    text: str, actors: list[ActorMention], victim_spans: list[tuple[int, int]]
) -> tuple[ActorMention | None, ActorMention | None, bool]:
    """(perpetrator, target, perpetrator_from_cue): cue patterns first, then the first armed party."""
    perp: list[ActorMention] = []
    target: list[ActorMention] = []
    speakers: set[int] = set()
    for a in actors:
        before = text[max(0, a.start - 80) : a.start]
        after = text[a.end : a.end + 60]
        kind = a.entry.kind
        if SPEAKER.match(after):
            speakers.add(id(a))  # 'Hamas says ...': a source of the report, not a party to it
            continue
        # (cheap tests before the regexes: the outcome is the same, the regexes are not run)
        by = BY_BEFORE.search(before) if kind not in NON_COMBATANT else None
        if by is not None and by.group().lower().startswith("from") and TAKEN_FROM.search(before):
            target.append(a)  # 'retakes Bara from the RSF': the RSF lost it
            continue
        if by is not None:
            perp.insert(0, a)
        elif kind not in ("civilians",) and ACTIVE_VERB.match(after):
            perp.append(a)
        if (
            any(s <= a.start < e for s, e in victim_spans)
            or TARGET_AFTER.match(after)
            or TARGET_BEFORE.search(before[-45:])
        ):
            target.append(a)
        elif STATIONED.match(after) and HOSTING.search(before[-20:]):
            target.insert(0, a)
    target_set = {id(a) for a in target}
    target_entries = {a.entry for a in target}
    p = perp[0] if perp else None
    t_candidates = [a for a in target if p is None or a.entry != p.entry]
    t = t_candidates[0] if t_candidates else None
    from_cue = p is not None
    if p is None:
        armed = [
            a
            for a in actors
            if a.entry.kind not in NON_COMBATANT
            and (t is None or a.entry != t.entry)
            and id(a) not in target_set
            and a.entry not in target_entries
            and id(a) not in speakers
            and not FACILITY.search(a.text)
            and not any(s <= a.start < e for s, e in victim_spans)
        ]
        p = _pick(armed)
    if t is None:
        # Not the speaker, and not an unnamed doer ('two unknown men threw ...').
        others = [
            a
            for a in actors
            if (p is None or a.entry != p.entry)
            and id(a) not in speakers
            and not (a.entry.generic and ACTIVE_VERB.match(text[a.end : a.end + 60]))
            and not (FACILITY.search(a.text) and LOCATIVE.search(text[max(0, a.start - 20) : a.start]))
        ]
        t = _pick(others)
    return p, t, from_cue
