"""Casualty figures: how many were killed or wounded, and who said so."""
# ruff: noqa: E501  -- word lists and patterns read best one alternative per line, unbroken

from __future__ import annotations

import re
from dataclasses import dataclass

from service.classification.lexicon import NUMBER_WORDS, VAGUE_NUMBERS

_WORD_NUMBERS = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})*|\d+|{_WORD_NUMBERS})"
_Q = r"(?:(?:at least|more than|over|nearly|almost|about|around|some|up to|as many as|an estimated|a further|another|a total of)\s+)?"
_GAP = r"(?:[A-Za-z'’\-]+\s+){0,6}?"
_AUX = r"(?:(?:were|was|have been|has been|had been|are|is|been|being)\s+)?(?:(?:reportedly|allegedly|also|later|all|reported|confirmed|now)\s+)?"
KILLED_V = r"(?:shot and killed|stabbed to death|beaten to death|burned to death|killed|dead|died|dies|die|slain|perished|killed in action|KIA|lost their lives|shot dead|executed|massacred)"
WOUNDED_V = r"(?:wounded|injured|hurt|WIA|injuries|maimed)"

# "62 Syrian soldiers were killed", "5 killed", "one KIA"
FIG_BEFORE = re.compile(
    rf"\b{_Q}(?P<num>{NUM})(?:\s*(?:-|to|or|–)\s*\d+)?\s+(?P<gap>{_GAP}){_AUX}(?P<verb>{KILLED_V}|{WOUNDED_V})\b",
    re.I,
)
# "killing 3 policemen", "kills 14", "left 9 dead", "death toll rose to 28", "a toll of 83"
FIG_AFTER = re.compile(
    rf"\b(?P<verb>kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:es|ed|ing)|claimed the lives of|deaths? of|left|leaving)\s+{_Q}(?P<num>{NUM})\b"
    rf"(?:\s*(?:-|to|–)\s*\d+)?(?P<tail>(?:[^\S\n]+(?!(?:and|or|but|while|as|in|on|at)\b)[A-Za-z'’\-]+){{0,4}})",
    re.I,
)
TOLL = re.compile(
    rf"\b(?:death toll|toll|fatalities|casualties)\s+(?:\w+\s+){{0,3}}?(?:to|of|at|reached|stood at|is|was)\s+{_Q}(?P<num>{NUM})\b",
    re.I,
)
CODED = re.compile(
    r"\bfatalities coded as (?P<num>\d+)|\bfatalities (?:are |were )?split (?:across|over|between) \d+ (?:events|locations) \((?P<split>\d+)\)",
    re.I,
)
SINGULAR = re.compile(
    r"\b(?:(?:a|an|one)\s+)?(?:[A-Z][\w\-]*\s+|former\s+|local\s+|young\s+|military\s+|senior\s+|female\s+|teenage\s+){0,2}"
    r"(?:soldier|serviceman|servicewoman|civilian|policeman|policewoman|police officer|officer|militant|fighter|rebel|militiaman|child|boy|girl"
    r"|man|woman|teenager|doctor|journalist|farmer|driver|commander|sergeant|colonel|medic|volunteer|worker)\s+"
    r"(?:(?:was|has been|had been|is)\s+)?(?:reportedly\s+)?(?P<verb>killed|shot dead|slain|dies|died|wounded|injured)\b",
    re.I,
)
VAGUE_AFTER = re.compile(rf"\bkill(?:s|ed|ing)?\s+(?:at least\s+)?(?:{VAGUE_NUMBERS})\b", re.I)
VAGUE = re.compile(
    rf"\b(?:{VAGUE_NUMBERS})\s+(?:[A-Za-z'’\-]+\s+){{0,4}}?(?:were\s+|have been\s+)?(?:killed|dead|wounded|injured)\b",
    re.I,
)
DATE_WORDS = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b|^(?:mm|km|miles|kilometres|kilometers|metres|meters|hours|days|weeks|months|years|times|rounds|shells|percent|per cent|%)\b",
    re.I,
)
SOURCE = re.compile(
    r"(?:according to (?P<a>(?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|of|for|on|and|the))*)"
    r"|(?P<b>(?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|of|for|on|and))*(?:\s+(?:monitoring group|monitor|ministry|officials?|sources?|military|army|command|spokesm[ae]n|authorities))?)"
    r"\s+(?:said|says|reported|reports|claimed|claims|announced|stated|gave|put|puts|estimated|confirmed|told))"
)
_MONTH_BEFORE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$", re.I)
_UNIT_BEFORE = re.compile(r"(?:\b[A-Z]{2,}[- ]?|/|\bNo\.?\s*|#)$")
_GAP_STOP = re.compile(
    r"\b(?:and|or|but|while|when|after|before|then|as|who|which|that|in|on|at|by|from|were|was)\b", re.I
)
_CASUALTY_WORD = re.compile(
    r"kill|dead|die|slain|wound|injur|hurt|KIA|WIA|toll|perish|lives|fatalit|casualt|maimed|death|massacr|execut",
    re.I,
)
_STOP_SOURCE = {
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "the",
    "this",
    "that",
    "who",
    "which",
    "there",
    "officials",
    "police",
}


@dataclass(frozen=True)
class Figure:
    killed: bool
    count: int | None  # None for "dozens"
    start: int
    end: int
    sentence: int


def to_int(word: str) -> int | None:
    word = word.lower().replace(",", "")
    if word.isdigit():
        n = int(word)
        return None if 1900 <= n <= 2100 else n
    return NUMBER_WORDS.get(word)


_FIGURE_NEXT = re.compile(
    r"\s+(?:at least |some |about |nearly |more than )?(?:\d+|" + _WORD_NUMBERS + r")\b", re.I
)


def _is_wounded(verb: str) -> bool:
    return bool(re.match(WOUNDED_V + r"|wound|injur", verb, re.I))


def figures(text: str, sentence_starts: list[int]) -> list[Figure]:
    """Every explicit casualty figure in the text, in order."""

    def sentence(pos: int) -> int:
        n = 0
        for i, s in enumerate(sentence_starts):
            if s <= pos:
                n = i
        return n

    out: list[Figure] = []
    taken: list[tuple[int, int]] = []
    if not _CASUALTY_WORD.search(text):
        return out
    for m in FIG_BEFORE.finditer(text):
        gap = m.group("gap")
        if DATE_WORDS.match(gap) or re.search(r"\d", gap) or _GAP_STOP.search(gap):
            continue
        before = text[max(0, m.start() - 12) : m.start()]
        if _MONTH_BEFORE.search(before) or _UNIT_BEFORE.search(before):
            continue
        count = to_int(m.group("num"))
        if count is None and m.group("num").lower() not in ("a", "an"):
            continue
        if m.group("num").lower() in ("a", "an") and not gap.strip():
            continue
        if count == 1 and _FIGURE_NEXT.match(text, m.end()):
            continue  # "a strike on a base killed 41 soldiers": the phrase is the agent, not a victim
        out.append(Figure(not _is_wounded(m.group("verb")), count, m.start(), m.end(), sentence(m.start())))
        taken.append((m.start(), m.end()))
    for m in FIG_AFTER.finditer(text):
        if any(s <= m.start("num") < e for s, e in taken):
            continue
        tail = m.group("tail") or ""
        verb = m.group("verb").lower()
        if verb in ("left", "leaving") and not re.search(r"\b(?:dead|killed|wounded|injured)\b", tail, re.I):
            continue
        if DATE_WORDS.match(tail.strip()):
            continue
        count = to_int(m.group("num"))
        if count is None:
            continue
        killed = not (
            verb.startswith("wound")
            or verb.startswith("injur")
            or (verb in ("left", "leaving") and re.search(r"wounded|injured", tail, re.I))
        )
        out.append(Figure(killed, count, m.start(), m.end(), sentence(m.start())))
        taken.append((m.start(), m.end()))
    for m in SINGULAR.finditer(text):
        if not any(s <= m.start() < e or s < m.end() <= e for s, e in taken):
            out.append(Figure(not _is_wounded(m.group("verb")), 1, m.start(), m.end(), sentence(m.start())))
            taken.append((m.start(), m.end()))
    for m in TOLL.finditer(text):
        if any(s <= m.start("num") < e for s, e in taken):
            continue
        count = to_int(m.group("num"))
        if count is not None:
            out.append(Figure(True, count, m.start(), m.end(), sentence(m.start())))
    for m in VAGUE.finditer(text):
        if not any(s <= m.start() < e for s, e in taken):
            out.append(
                Figure(not _is_wounded(m.group().split()[-1]), None, m.start(), m.end(), sentence(m.start()))
            )
    for m in VAGUE_AFTER.finditer(text):
        if not any(s <= m.start() < e for s, e in taken):
            out.append(Figure(True, None, m.start(), m.end(), sentence(m.start())))
    out.sort(key=lambda f: f.start)
    return out


def coded_fatalities(text: str) -> int | None:
    """ACLED-style notes ('Fatalities coded as 3') state the figure a coder settled on."""
    m = CODED.search(text)
    return int(m.group("num") or m.group("split")) if m else None


def source_in(sentence_text: str) -> str | None:
    """Who a sentence attributes its figures to, if anyone."""
    for m in SOURCE.finditer(sentence_text):
        name = (m.group("a") or m.group("b") or "").strip()
        name = re.sub(r"^(?:the|The|a|A|an|An)\s+", "", name)
        name = re.sub(r"^(?:UK|US|U\.S\.|London|Britain)-based\s+", "", name)
        # "the Syrian Observatory monitor" is the Observatory; "a monitoring group" stays as it is.
        name = re.sub(r"(?<=\S)\s+(?:monitoring group|monitor)$", "", name)
        if (
            name
            and name.lower() not in _STOP_SOURCE
            and not re.match(r"^(?:On|In|At|As|After|Before|When|But|And)\b", name)
        ):
            return name
    return None
