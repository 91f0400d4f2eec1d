"""Is it an incident? Weighted rules over the signals found in an item, each leaving evidence."""
# ruff: noqa: E501  -- word lists and patterns read best one alternative per line, unbroken

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from service.classification.casualties import Figure
from service.classification.lexicon import (
    AFTERMATH_OF,
    CONFLICT_ZONE,
    COURT_OVER,
    FRAMES,
    FUTURE_AFTER,
    GENRE_LABEL,
    HYPOTHETICAL,
    HYPOTHETICAL_WORDS,
    MISSION_REPORT,
    NONEVENT_VERB,
    NOT_VIOLENCE,
    OWN_CLAUSE,
    QUESTION_START,
    QUOTED_STATEMENT,
    REACTION_VERB,
    Rule,
)
from service.classification.prefilter import Active
from service.classification.roles import ActorMention

THRESHOLD = 2.0
ARMED_CUES = ("attack", "clash", "explosion", "abduction", "territory", "sexual_violence")
_WEAPON_NOUNS = frozenset({"missile", "rocket", "drone", "shell", "bomb", "explosive"})
# Frames a violent headline survives: 'strikes kill 12 as talks resume' is still an incident.
# A withdrawal or surrender told after a violent headline is its outcome, not another story.
_SOFT_FRAMES = ("diplomacy", "tension", "opinion_analysis", "historical", "nonviolent_armed_group")

Note = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Trigger:
    rule: Rule
    strong: bool
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Signals:
    text: str
    title: str
    lead_end: int  # end of the headline, or of the first sentence when there is none
    keys: Active
    triggers: list[Trigger]
    armed: list[ActorMention]
    figs: list[Figure]
    weapons: re.Match[str] | None
    war: re.Match[str] | None
    theatre: str | None
    sitrep: re.Match[str] | None

    def in_lead(self, starts: list[int]) -> bool:
        return any(s < self.lead_end for s in starts)


def triggers(text: str, keys: Active, strong: tuple[Rule, ...], medium: tuple[Rule, ...]) -> list[Trigger]:
    """Violent words, minus those inside phrases where they are not violence ('bird strike')."""
    blocked = [(m.start(), m.end()) for m in NOT_VIOLENCE.finditer(text, keys)]
    low = keys.low
    out = []
    for is_strong, rules in ((True, strong), (False, medium)):
        for rule in rules:
            if rule.pattern.gid not in keys and not rule.pattern.always:
                continue  # no word of the text starts a match (as finditer would find)
            for m in rule.pattern.finditer(text, keys):
                if any(s < m.end() and m.start() < e for s, e in blocked):
                    continue
                at = m.start()
                lo = max(0, at - 40)
                if (
                    (low is None or HYPOTHETICAL_WORDS.search(low, lo, at) is not None)
                    and HYPOTHETICAL.search(text, lo, at) is not None
                ) or FUTURE_AFTER.match(text, m.end()):
                    continue  # intent or condition, not an event
                out.append(Trigger(rule, is_strong, m.start(), m.end(), m.group()))
    out.sort(key=lambda t: t.start)
    return out


def score(sig: Signals, note: Note) -> tuple[bool, float]:
    """(core, score): core says some violence is reported at all; score weighs the whole item."""
    strong = [t for t in sig.triggers if t.strong]
    # A word inside a strong phrase ('shot' in 'shot dead') is not counted again as a cue.
    inside = [(t.start, t.end) for t in strong]
    weak = [t for t in sig.triggers if not t.strong and not any(s <= t.start < e for s, e in inside)]
    cues = [t for t in weak if t.rule.name in ARMED_CUES]
    killing = [t for t in weak if t.rule.name == "killing"]
    figs, armed = sig.figs, sig.armed
    total, core = 0.0, False
    if strong:
        total += 2.0 + (0.5 if sig.in_lead([t.start for t in strong]) else 0.0)
        core = True
        note(strong[0].rule.name, strong[0].start, strong[0].end)
    # A weapon word is armed context for 'attack' or 'clash', but not for itself ('missile sale');
    # a weapon noun alone ('drones') needs a party or a toll, not just a war nearby.
    weapon_context = sig.weapons is not None and any(t.rule.name != "explosion" for t in cues)
    only_weapons = all(
        t.rule.name == "explosion" and t.text.lower().rstrip("s") in _WEAPON_NOUNS for t in cues
    )
    setting = (sig.war or sig.theatre) and not only_weapons
    if cues and (armed or figs or strong or weapon_context or setting):
        total += 1.4 + (0.3 if sig.in_lead([t.start for t in cues]) else 0.0)
        core = True
        note(cues[0].rule.name, cues[0].start, cues[0].end)
    if killing and (armed or sig.weapons):
        total += 1.2 + (0.3 if sig.in_lead([t.start for t in killing]) else 0.0)
        core = True
        note("killing", killing[0].start, killing[0].end)
    if figs:
        total += 0.8 + (0.4 if sig.in_lead([f.start for f in figs]) else 0.0)
        note("casualty_figure", figs[0].start, figs[0].end)
    deaths = [(f.start, f.end) for f in figs if f.killed] + [
        (t.start, t.end) for t in killing if t.start < sig.lead_end
    ]
    if deaths and (sig.war or sig.theatre):
        core = True
        total += 0.6  # a death reported in a war zone
        note("war_death", *deaths[0])
    if armed:
        total += 0.7 + (0.3 if any(not a.entry.generic for a in armed) else 0.0)
        note("armed_actor", armed[0].start, armed[0].end)
    if sig.weapons and not strong:
        total += 0.3
        note("weapon", sig.weapons.start(), sig.weapons.end())
    if core and sig.war:
        total += 0.5
        note("conflict_context", sig.war.start(), sig.war.end())
    elif core and sig.theatre:
        total += 0.5
        note(f"theatre:{sig.theatre}", 0, 0)
    violent = [t.start for t in strong + cues + killing]
    if sig.title.strip() and not sig.in_lead(violent + [f.start for f in figs]):
        total *= 0.6  # the headline is about something else; violence in the summary is background
    if not core and sig.sitrep is None:
        return False, total  # no violence reported: what else the item is about decides nothing
    framed = _frames(
        sig,
        note,
        violent_lead=sig.in_lead(violent)
        and (sig.in_lead([a.start for a in armed]) or sig.in_lead([f.start for f in figs])),
    )
    total += framed
    blasts_only = all(t.rule.name == "explosion" for t in cues)
    accident_lead = _ACCIDENT.pattern.search(sig.text[: sig.lead_end], sig.keys) is not None
    if not strong and blasts_only and (killing or cues or any(f.killed for f in figs)) and accident_lead:
        core = False  # deaths or a blast with no attack named, and an accident in the headline
        note("frame:accident_cause", 0, 0)
    lead = sig.text[: sig.lead_end]
    if all(t.rule.name == "territory" for t in sig.triggers) and not figs:
        calm = _NO_VIOLENCE.search(sig.text)
        if calm is not None:
            core = False  # 'takes control of Rab Dhuure after AMISOM withdrew. No reported violence.'
            note("frame:no_violence", calm.start(), calm.end())
    head_toll = any(
        f.start < sig.lead_end and f.count is not None for f in figs
    )  # '84 killed' in the headline
    essay = _ESSAY_TITLE.search(sig.title) or _MARKET_TITLE.match(sig.title)
    if essay is None and sig.sitrep is None and sig.title.startswith("The ") and not _WHEN.search(sig.text):
        # 'The Massacre That Explains Sudan's War': wires drop the article; essays keep it, and
        # tell of no day
        essay = _THE.match(sig.title)
    if essay is not None and essay.group().startswith(":") and any(t.start < essay.start() for t in strong):
        essay = None  # 'Cluster munitions hit Kharkiv: what the evidence shows' reports the strike first
    if essay is not None and any(f.killed and f.count is not None for f in figs) and _WHEN.search(sig.text):
        essay = None  # 'Sumy strike: what the footage shows | two missiles killed 34 on Sunday morning'
    if essay is not None and not head_toll:
        core = False  # 'The Return of the Tank: Lessons From Avdiivka', 'Oil climbs as Israel strikes Gaza'
        note("frame:essay_or_market", essay.start(), essay.end())
    natural = _NATURAL_CAUSE.match(sig.title)
    if natural is not None and not any(t.start < sig.lead_end for t in strong):
        core = False  # 'Lightning kills three soldiers at army post': weather, not war
        note("frame:natural_cause", natural.start(), natural.end())
    toll = _TOLL.pattern.search(lead, sig.keys)
    outside = [
        t.start for t in strong if not (toll is not None and toll.start() - 20 <= t.start < toll.end())
    ]
    if toll is not None and _BIG.search(toll.group()) and not sig.in_lead(outside):
        # 'UN: 3,400 civilians killed this year' is a statistic; the methods that the summary
        # says killed them ('most died in air strikes') explain it, they are not one event
        core = False
        note("frame:statistics", toll.start(), toll.end())
    trend = _TREND.pattern.search(lead, sig.keys)
    if trend is not None and not any(t.start < trend.start() for t in strong):
        core = False  # 'UN counts 7,000 violations in a year', 'attacks at highest level': how often
        note("frame:statistics", trend.start(), trend.end())
    # 'Sokoto airstrike: NAF sets up board of inquiry': violence named only in a topic label
    # before the headline's own sentence does not come before what that sentence is about
    topic = _TOPIC_LABEL.match(sig.title)
    topic_end = topic.end() if topic is not None else 0
    mourning = AFTERMATH_OF.search(lead, sig.keys)
    if mourning is not None and head_toll:
        mourning = None  # 'Iran mourns 84 killed': a reaction that gives the toll reports the attack
    if mourning is not None and not any(
        topic_end <= t.start < mourning.start() for t in sig.triggers if t.strong or t.rule.name in ARMED_CUES
    ):
        core = False  # the headline is the funeral or mourning of people killed before
        note("frame:mourning", mourning.start(), mourning.end())
    court = COURT_OVER.search(lead, sig.keys)
    if court is not None and _INQUIRY.match(court.group()) and head_toll:
        court = None  # 'UN demands inquiry into air strike that killed 29': the toll is the report
    if court is not None and lead[court.start() - 1 : court.start()] == "-":
        court = None  # 'Houthi-held port': who holds ground, not who holds a suspect
    if court is not None and not any(topic_end <= t.start < court.start() for t in sig.triggers if t.strong):
        core = False  # the headline is a trial or a verdict over violence done before
        note("frame:court_case", court.start(), court.end())
    if _civil_setting(sig, armed):
        total -= 4.5  # violence with no war, no army or armed group: crime, policing, unrest
        note("frame:civil_setting", 0, 0)
    # A situation report, monitoring-mission report or casualty bulletin from a war theatre
    # reports violations without naming one: a low-confidence incident, unless it is framed as
    # something else (a whole year's statistics, an anniversary, talks).
    if sig.sitrep and framed > -2.0 and _theatre_report(sig):
        core, total = True, max(total, THRESHOLD + 0.1)
        note("conflict_sitrep", sig.sitrep.start(), sig.sitrep.end())
    return core, total


def _theatre_report(sig: Signals) -> bool:
    if sig.theatre or CONFLICT_ZONE.search(sig.text, sig.keys) is not None:
        return True
    return sig.sitrep is not None and MISSION_REPORT.match(sig.sitrep.group()) is not None


_AFTER = re.compile(r"\s+(?:after|following)\b", re.I)


_BLAME_FOR = re.compile(
    r"\s+for (?:the |a |an )?(?:\w+ )?(?:clashes|fighting|attacks?|shelling|strikes?|killings?|ambush|bombing|raid)\b",
    re.I,
)


def _after_violence(text: str, end: int, strong: list[int]) -> bool:
    """Blame traded *after* or *for* a named act of war (not *over* alleged violations): it happened."""
    if _BLAME_FOR.match(text, end) is not None:
        return True
    return _AFTER.match(text, end) is not None and any(end <= s < end + 60 for s in strong)


_CONCESSIVE = re.compile(r"\b(?:despite|in spite of|notwithstanding)\b[^.;\n]{0,60}$", re.I)


def _concessive(text: str, start: int, violent: list[int]) -> bool:
    """The word sits in a 'despite ...' clause that follows violence named in the same sentence."""
    m = _CONCESSIVE.search(text, max(0, start - 70), start)
    return (
        m is not None
        and any(max(0, m.start() - 120) <= v < m.start() for v in violent)
        and ("\n" not in text[m.start() : start])
    )


_SITE_WORD = re.compile(
    r"\b(?:depot|plant|factory|port|refinery|warehouse|pipeline|workshop|store|station)s?\b", re.I
)
_FIRE_WORD = re.compile(r"(?:blaze|fire|fires|explosion|blast|firefight\w*|fire crews?|flames|smoke)\b", re.I)
_BIG = re.compile(r"\d|hundred|thousand|million", re.I)
# A headline whose subject is weather or a disaster that killed ('Lightning strikes kill five').
_NATURAL_CAUSE = re.compile(
    r"^\W*(?:(?:a|the)\s+)?(?:lightning|thunderstorms?|earthquakes?|quakes?|landslides?|mudslides?|floods?"
    r"|flash floods?|avalanches?|storms?|cyclones?|typhoons?|hurricanes?|tornado(?:es)?|heat ?waves?"
    r"|wildfires?|cloudbursts?|snakebites?)"
    r"(?:\s+(?:strikes?|bolts?|strike))?\s+(?:kills?|killed|leaves?|left|claims?|claimed)\b",
    re.I,
)
# A change of hands told as peaceful.
_NO_VIOLENCE = re.compile(
    r"\bno (?:reported )?(?:violence|fighting|clashes|resistance)\b"
    r"|\bwithout (?:a |any )?(?:fight|resistance|violence|a shot|a shot being fired|firing a shot)\b"
    r"|\bpeacefully\b|\bnon-?violent(?:ly)?\b",
    re.I,
)
# A headline written as an essay, a feature or an explainer: no incident report reads like these.
_ESSAY_TITLE = re.compile(
    r":\s+(?:how|why|what|where|can|could|should|is|are|does|do|lessons?|a (?:history|guide|primer|reckoning)"
    r"|the (?:\w+ )?(?:case|lessons?|limits?|logic|costs?|problem|myth|politics|economics|future|rise|return|end|age|anatomy"
    r"|making|meaning) (?:of|for|from))\b"
    r"|^\W*(?:the )?(?:rise|return|age|future|end|lessons?|rules|logic|limits|cost|myth|politics|economics|anatomy|fog|art"
    r"|ethics|geopolitics) of\b"
    r"|\b(?:how|why) (?:[\w'’-]+ ){1,6}?(?:is|are|has|have|keeps?|tells?|teaches|means?|explains?|changed?|changes|changing"
    r"|rewr\w+|transform\w*|reshap\w+|decides?|works?|picks?|became|becomes)\b"
    r"|\bwhat (?:it|this|that|the \w+) (?:means|tells us|teaches)\b|\bhow many\b|\bin (?:their|his|her) own words\b"
    r"|\b(?:rethinking|reconsidering|unmasking)\b|\bin the age of\b|\b(?:drone|modern|urban|hybrid|trench|information) warfare\b"
    r"|\bcan (?:it|they|this|airstrikes|\w+ strikes) (?:last|stop|work|win|survive)\b"
    r"|\b(?:is|are) (?:still )?(?:transforming|reshaping|rewriting|redefining|changing|winning|losing|failing|working|waging)\b"
    r"|\bcan'?t be\b|\bhas no end in sight\b|\bthe (?:legal|moral|strategic) case\b|\bthe law of\b|^\W*tracing\b"
    r"|\bposes? (?:an? )?(?:new |fresh |major )?(?:test|challenge|dilemma|question)\b|\bbecomes? (?:a )?routine\b"
    r"|(?:^\W*|:\s+)(?:one|a|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:years?|decades?|months?) (?:after|since|on)\b"
    r"|^\W*\w+ (?:days|weeks|months|years) into\b|\b(?:ask|asks|asking|wonder|wonders) (?:what|why|how|whether)\b"
    r"|\blessons? (?:from|of|for)\b|\bshadow war\b|^\W*mapping\b|\b(?:in|by) (?:the )?numbers\b|\bmade a killing\b|\bdocumentar(?:y|ies)\b|\b(?:survivors|families|witnesses|residents) (?:\w+ )?(?:recount|recall|remember|describe)\b"
    r"|\breview\s*[-–—:|]|^\W*In (?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?, (?:an?|the|one|life|daily|everyday) ",
    re.I,
)
_THE = re.compile(r"The\b")
_INQUIRY = re.compile(r"probe|inquiry|investigation|investigators|board|fact-finding|OPCW|UN ", re.I)
# When a report says it happened: an essay's standfirst rarely names a day.
_WHEN = re.compile(
    r"\b(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|overnight|yesterday|today|tonight|last night"
    r"|this (?:morning|afternoon|evening|week)|earlier|(?:early|late) (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday)|hours? (?:ago|after|later)|latest|on \d{1,2} \w+|\d{1,2} (?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December))\b",
    re.I,
)
# A markets story that names a war as its reason: 'Oil climbs as Israel strikes Gaza'.
_MARKET_TITLE = re.compile(
    r"^\W*(?:[\w-]+ ){0,2}(?:oil|crude|brent|stocks?|shares|markets?|gold|bonds?|the dollar|the euro|the rouble|wheat|futures|equities)"
    r"(?: prices?)? (?:climb|rise|rose|fall|fell|jump|slip|slide|slid|gain|dip|surge|tumble|rall|drop|edge|steady|steadies|hold)\w*\b",
    re.I,
)
# A topic label opening a headline: 'Sokoto airstrike: ...', 'Kathua ambush: ...'.
# (Up to six words before the colon, three or more after it: 'Six killed in fighting: officials' ends
# with its source, it opens with no label.)
_TOPIC_LABEL = re.compile(r"^\W*(?:[^\s:]+[^\S\n]+){0,5}[^\s:]+:[^\S\n]+(?=(?:\S+[^\S\n]+){2,}\S)")
# Where a headline's background begins, and what a headline names as an attack's immediate effect
# ('damage after drones hit air base', 'girls missing after raid') or the parties' blame over it:
# then the attack is what is reported.
_SUBORDINATE = re.compile(r"\b(?:after|despite|amid|amidst|following|over)\s", re.I)
_CONSEQUENCE = re.compile(
    r"\b(?:damage\w*|fires?|blaze|burn\w*|missing|dead|killed|kill\w*|wounded|injur\w*|hurt|hospitali[sz]ed|destroy\w*"
    r"|sirens?|explosions?|blasts?|casualt\w+|toll|rubble|fle(?:e|es|d|eing)|trapped|hostages?|erupt\w*|flares? up|flared"
    # the parties' blame and claims about what they did to each other ('exchange claims over drone strikes')
    r"|blame|claims?|accus\w+|tensions?"
    # ground lost: 'troops withdraw from Debaltseve after weeks of fighting'
    r"|withdr[ae]w\w*|pull(?:s|ed)? out|retreat\w*|fall(?:s|en)?|fell|los(?:e|es|t))\b",
    re.I,
)
# A named operation ('Operation Volcano of Rage'): its words are a name, not a frame.
_OPERATION = re.compile(r"\bOperation\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:of\s+|the\s+)*$")
_TOLL = next(f for f in FRAMES if f.name == "cumulative_toll")
_TREND = next(f for f in FRAMES if f.name == "trend")
_CRIME = next(f for f in FRAMES if f.name == "judicial_crime")
_ACCIDENT = next(f for f in FRAMES if f.name == "accident_disaster")
_UNREST = [f for f in FRAMES if f.name in ("protest", "labour_strike", "sport")]
_MILITARY = re.compile(
    r"\b(?:army|military|soldiers?|troops|militants?|rebels?|insurgents?|jihadists?|militia\w*"
    r"|armed groups?|separatists?|guerrillas?)\b",
    re.I,
)


_STATE_VICTIMS = re.compile(
    r"\b(?:police(?:men)?|officers|soldiers|troops|guards(?:men)?|gendarmes|marines|agents|prosecutors)\b",
    re.I,
)


def _civil_setting(sig: Signals, armed: list[ActorMention]) -> bool:
    """Outside any war, with no armed group and no army: crime and policing, or unrest that
    nobody died in (security forces killing protesters stays an incident)."""
    if sig.war or sig.theatre or any(not a.entry.generic for a in armed):
        return False
    if _MILITARY.search(sig.text):
        return False
    if any(t.strong for t in sig.triggers) and any(
        f.killed and _STATE_VICTIMS.search(sig.text, f.start, f.end) for f in sig.figs
    ):
        return False  # 'gunmen kill 13 police in ambush': an armed attack on the state, not a crime
    if _CRIME.pattern.search(sig.text, sig.keys) is not None:
        return True
    lethal = any(t.strong for t in sig.triggers) and any(f.killed for f in sig.figs)
    return not lethal and any(f.pattern.search(sig.text, sig.keys) is not None for f in _UNREST)


def _frames(sig: Signals, note: Note, *, violent_lead: bool) -> float:
    """Penalties for what the item is about instead: sport, accidents, courts, talks, opinion..."""
    total = 0.0
    violent = [t.start for t in sig.triggers]
    strong = [t.start for t in sig.triggers if t.strong]
    # 'Sinaloa cartel', 'Haitian gangs': a word inside a named armed party is that party, not crime
    named = [(a.start, a.end) for a in sig.armed if not a.entry.generic]
    keys = sig.keys
    for frame in FRAMES:
        if frame.pattern.gid not in keys and not frame.pattern.always:
            continue  # no word of the text starts a match (as finditer would find)
        # What a 'despite' clause names after the violence is background ('fighting rages
        # despite plane crash'); so is blame traded over a named act of war.
        hits = [
            m
            for m in frame.pattern.finditer(sig.text, sig.keys)
            if not _concessive(sig.text, m.start(), violent)
            and not any(s <= m.start() < e for s, e in named)
            # in a war theatre, 'gangs' storming a prison are a party, not a crime story
            and not (
                frame.name == "judicial_crime"
                and sig.theatre
                and any(a.start <= m.start() < a.end for a in sig.armed)
            )
            and not _OPERATION.search(sig.text, max(0, m.start() - 50), m.start())
            and not (frame.name == "mutual_blame" and _after_violence(sig.text, m.end(), strong))
            # 'drones hit oil depot, sparking blaze': the fire is what the strike did; 'explosion at
            # munitions depot after drone attack': the site is what the strike hit
            and not (
                frame.name == "accident_disaster"
                and (
                    (_FIRE_WORD.match(m.group()) and any(s < m.start() for s in strong))
                    or (_SITE_WORD.search(m.group()) and sig.in_lead(strong))
                )
            )
            # 'says it sank Russian landing ship': a sinking named as an attack is not a shipwreck
            and not (
                frame.name == "accident_disaster"
                and any(t.start <= m.start() < t.end for t in sig.triggers if t.strong)
            )
            # 'rebels enter town as army withdraws': one side's retreat is the other's capture
            and not (
                frame.name == "nonviolent_armed_group"
                and m.group().lower().startswith("withdr")
                and any(t.rule.name == "territory" and t.start < m.start() for t in sig.triggers)
            )
            # 'shelling hits funeral procession': the funeral named after the strike is its target
            and not (
                frame.name == "aftermath" and m.start() < sig.lead_end and any(s < m.start() for s in strong)
            )
        ]
        if not hits:
            continue
        in_lead = sig.in_lead([m.start() for m in hits])
        weight = frame.weight if in_lead else frame.weight * 0.5
        if violent_lead and frame.name in _SOFT_FRAMES:
            weight *= 0.3 if in_lead else 0.0
        if weight:
            total += weight
            note(f"frame:{frame.name}", hits[0].start(), hits[0].end())
    title = sig.title
    label = GENRE_LABEL.match(title)
    if label is not None:
        # 'Analysis: ...', 'Explainer: ...': a genre label; no incident report carries one
        total -= 3.0
        note("frame:genre_label", label.start(), label.end())
        title = title[label.end() :]
    offset = len(sig.title) - len(title)
    head_figs = [f.start - offset for f in sig.figs if f.start < sig.lead_end]
    # The headline's own sentence, after a topic label ('Manipur: Security forces recover ...'):
    # violence named in the label is its topic, not something the sentence reports.
    topic = _TOPIC_LABEL.match(title)
    sentence = title[topic.end() :] if topic is not None else title
    at = offset + len(title) - len(sentence)  # where the sentence starts in the text
    said = [v - at for v in violent if at <= v < sig.lead_end]  # violence the sentence names
    said_figs = [f - (at - offset) for f in head_figs if f >= at - offset]
    framed_by_verb = False
    verb = NONEVENT_VERB.match(sentence)
    if verb is not None:
        after = [v for v in said if v >= verb.end()]
        before = [v for v in said if v < verb.start("verb")]
        clause = OWN_CLAUSE.search(sentence, verb.end())
        # 'vows revenge after rebels kill 12' reports the killing; 'vows ... after Sanaa strikes' does not
        own = (
            clause is not None
            and clause.start() < min(after, default=0)
            and any(f > clause.start() for f in said_figs)
        )
        # ('Bannu cantonment attack: police arrest alleged facilitator': the attack is the label's topic)
        label_only = topic is not None and not said and any(offset <= v < at for v in violent)
        if (after or label_only) and not before and not own:
            total -= 3.5  # the headline's act is a test, a delivery, a pledge...; violence is its object
            note("frame:nonevent_verb", at + verb.start("verb"), at + verb.end("verb"))
            framed_by_verb = True
    if (
        not framed_by_verb
        and topic is not None
        and not said
        and not said_figs
        and any(offset <= v < at for v in violent)
        and QUOTED_STATEMENT.match(title) is None
    ):
        total -= 2.5  # 'Shelling along LoC: families return to assess damaged homes'
        note("frame:topic_label", offset, at)
        framed_by_verb = True
    quoted = QUOTED_STATEMENT.match(title)
    if quoted is not None and not head_figs:
        total -= 2.0  # a speaker's quoted view of an act reported elsewhere
        note("frame:quoted_statement", offset, offset + quoted.end())
    reaction = REACTION_VERB.match(sentence)
    if reaction is not None and not head_figs:
        after = [v for v in said if v >= reaction.end()]
        if after and not any(v < reaction.start("verb") for v in said):
            total -= 3.5  # 'UN condemns Doha strike': a reaction to an act reported elsewhere
            note("frame:reaction", at + reaction.start("verb"), at + reaction.end("verb"))
            framed_by_verb = True
    # 'Houthis name new prime minister after Israeli strike', 'port throughput rebounds despite
    # attacks': the violence is only the background of what the headline reports
    sub = _SUBORDINATE.search(sentence)
    if (
        sub is not None
        and not framed_by_verb
        and said
        and min(said) > sub.start()
        and not head_figs
        and _CONSEQUENCE.search(sentence, 0, sub.start()) is None
    ):
        total -= 3.0
        note("frame:background_violence", at + sub.start(), at + sub.end())
    if title.strip() and (title.rstrip().endswith("?") or QUESTION_START.match(title)):
        total -= 2.0
        note("frame:question", 0, len(sig.title))
    return total
