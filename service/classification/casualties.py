"""Casualty figures: how many were killed or wounded, and who said so."""
# ruff: noqa: E501  -- word lists and patterns read best one alternative per line, unbroken

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from service.classification.lexicon import NUMBER_WORDS, VAGUE_NUMBERS
from service.classification.prefilter import Active, Guarded, active_branches, text_keys

_WORD_NUMBERS = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})*|\d+|{_WORD_NUMBERS})"
_Q = r"(?:(?:at least|more than|over|nearly|almost|about|around|some|up to|as many as|an estimated|a further|another|a total of)\s+)?"
_GAP = r"(?:[A-Za-z'’\-]+\s+){0,6}?"
_AUX = r"(?:(?:were|was|have been|has been|had been|are|is|been|being)\s+)?(?:(?:reportedly|allegedly|also|later|all|reported|confirmed|now)\s+)?"
KILLED_V = r"(?:shot and killed|stabbed to death|beaten to death|burned to death|killed|dead|died|dies|die|slain|perished|killed in action|KIA|lost their lives|shot dead|executed|massacred|martyred|embraced? (?:shahadat|martyrdom))"
WOUNDED_V = r"(?:wounded|injured|hurt|WIA|injuries|maimed)"

# "62 Syrian soldiers were killed", "5 killed", "one KIA"
FIG_BEFORE = re.compile(
    rf"\b{_Q}(?P<num>{NUM})(?:\s*(?:-|to|or|–)\s*\d+)?\s+(?P<gap>{_GAP}){_AUX}(?P<verb>{KILLED_V}|{WOUNDED_V})\b",
    re.I,
)
# "killing 3 policemen", "kills 14", "left 9 dead", "death toll rose to 28", "a toll of 83"
FIG_AFTER = re.compile(
    rf"\b(?P<verb>kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:es|ed|ing)|neutrali[sz](?:e|es|ed|ing)['’\"]?|claimed the lives of|deaths? of|left|leaving)[^\S\n]+{_Q}(?P<num>{NUM})\b"
    rf"(?:\s*(?:-|to|–)\s*\d+)?(?P<tail>(?:[^\S\n]+(?!(?:and|or|but|while|as|in|on|at)\b)[A-Za-z'’\-]+){{0,4}})",
    re.I,
)
TOLL = re.compile(
    rf"\b(?:death toll|toll|fatalities|casualties)\s+(?:[\w'’-]+\s+){{0,7}}?(?:to|of|at|reached|stood at|is|was)\s+{_Q}(?P<num>{NUM})\b",
    re.I,
)
CODED = re.compile(
    r"\bfatalities coded as (?P<num>\d+)|\bfatalities (?:are |were )?split (?:across|over|between) \d+ (?:events|locations) \((?P<split>\d+)\)",
    re.I,
)
_SINGULAR_TAIL = (
    r"(?:soldier|serviceman|servicewoman|civilian|policeman|policewoman|police officer|officer|militant|fighter|rebel|militiaman|child|boy|girl"
    r"|man|woman|teenager|doctor|journalist|farmer|driver|commander|sergeant|colonel|medic|volunteer|worker)\s+"
    r"(?:(?:was|has been|had been|is)\s+)?(?:reportedly\s+)?(?P<verb>killed|shot dead|slain|dies|died|wounded|injured)\b"
)
SINGULAR = re.compile(
    r"\b(?:(?:a|an|one)\s+)?(?:[A-Z][\w\-]*\s+|former\s+|local\s+|young\s+|military\s+|senior\s+|female\s+|teenage\s+){0,2}"
    + _SINGULAR_TAIL,
    re.I,
)
# "killing driver", "kills Hamas leader Yahya Sinwar", "kills district commissioner": one person
KILLS_ONE = re.compile(
    r"\bkill(?:s|ed|ing)\s+(?:(?:a|an|the|one)\s+)?"
    r"(?:(?:[A-Z][\w'’\-]*|senior|top|local|former|notorious|prominent|district|deputy|regional|provincial|village"
    r"|police|army|military|rebel|militia|tribal|religious|bandit|key|an?)\s+){0,3}"
    r"(?P<role>driver|commander|leader|chief|kingpin|commissioner|mayor|governor|official|soldier|policeman|policewoman"
    r"|officer|journalist|reporter|cleric|imam|priest|judge|lawmaker|minister|general|colonel|sergeant|pilot|medic"
    r"|doctor|teacher|farmer|shepherd|child|boy|girl|man|woman|teenager|civilian|fighter|militant|guard|bodyguard)\b"
    r"(?![\w'’-])(?!\s+and\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten|several|other|his|her|their))",
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
    r"kill|dead|die|slain|wound|injur|hurt|KIA|WIA|toll|perish|lives|fatalit|casualt|maimed|death|massacr|execut|martyr|shahadat"
    r"|neutrali",
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
_WOUNDED = re.compile(WOUNDED_V + r"|wound|injur", re.I)
_DIGIT = re.compile(r"\d")
_LEFT_TAIL = re.compile(r"\b(?:dead|killed|wounded|injured)\b", re.I)
_LEFT_WOUNDED = re.compile(r"wounded|injured", re.I)

# Speed: re tries each of these word-list patterns at every character of a text. Every match
# begins at a word start with one of a few literal prefixes (a number, 'at least', 'killing'...),
# so the same patterns run anchored at just those word starts (prefilter.Guarded; same matches,
# as each is a single top-level branch).
_BEFORE_AT = Guarded(FIG_BEFORE.pattern, FIG_BEFORE.flags)
_AFTER_AT = Guarded(FIG_AFTER.pattern, FIG_AFTER.flags)
_TOLL_AT = Guarded(TOLL.pattern, TOLL.flags)
_VAGUE_AT = Guarded(VAGUE.pattern, VAGUE.flags)
_VAGUE_AFTER_AT = Guarded(VAGUE_AFTER.pattern, VAGUE_AFTER.flags)
# SINGULAR may start at any word ('[A-Z]' is any letter under re.I), but its noun and verb are
# literal: no noun-verb tail (anchored at its word starts), no match. Where there is one, the
# match starts at most three words before the first tail (see _back_words).
_SINGULAR_AT = Guarded(r"\b" + _SINGULAR_TAIL, re.I)
_CASUALTY_STEMS = tuple(_CASUALTY_WORD.pattern.lower().split("|"))
assert all(stem.isascii() and stem.isalpha() for stem in _CASUALTY_STEMS), "plain words only"


def _is_wounded(verb: str) -> bool:
    return bool(_WOUNDED.match(verb))


def _back_words(text: str, pos: int, words: int) -> int:
    """The start of the whitespace-separated word `words` words before pos (or 0)."""
    i = pos
    for _ in range(words):
        while i > 0 and text[i - 1].isspace():  # str.isspace is re's \s for str patterns
            i -= 1
        while i > 0 and not text[i - 1].isspace():
            i -= 1
    return i


def figures(text: str, sentence_starts: list[int], keys: Active | None = None) -> list[Figure]:
    """Every explicit casualty figure in the text, in order (keys: the text's active branches)."""

    def sentence(pos: int) -> int:
        return bisect_right(sentence_starts, pos) - 1  # the last sentence starting at or before pos

    out: list[Figure] = []
    taken: list[tuple[int, int]] = []
    if keys is None:
        keys = active_branches(text_keys(text))
    low = keys.low  # the lower-cased text, unless odd_case
    if low is None:
        # the prefilter's lower-cased word starts miss what re.I equates ('ſ' with 's'): plain scans
        if not _CASUALTY_WORD.search(text):
            return out
        before_it, after_it, toll_it = (
            FIG_BEFORE.finditer(text),
            FIG_AFTER.finditer(text),
            TOLL.finditer(text),
        )
        vague_it, vague_after_it = VAGUE.finditer(text), VAGUE_AFTER.finditer(text)
        singular_from: int | None = 0
    else:
        # a lower-cased substring test is what re.I finds here
        if not any(stem in low for stem in _CASUALTY_STEMS):
            return out
        before_it, after_it, toll_it = (
            _BEFORE_AT.finditer(text, keys),
            _AFTER_AT.finditer(text, keys),
            _TOLL_AT.finditer(text, keys),
        )
        vague_it, vague_after_it = _VAGUE_AT.finditer(text, keys), _VAGUE_AFTER_AT.finditer(text, keys)
        first_tail = _SINGULAR_AT.search(text, keys)
        # a/an/one and two modifiers before the noun: three words back (a fourth for good measure)
        singular_from = None if first_tail is None else _back_words(text, first_tail.start(), 4)
    for m in before_it:
        gap = m.group("gap")
        if DATE_WORDS.match(gap) or _DIGIT.search(gap) or _GAP_STOP.search(gap):
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
    for m in after_it:
        if any(s <= m.start("num") < e for s, e in taken):
            continue
        tail = m.group("tail") or ""
        verb = m.group("verb").lower()
        if verb in ("left", "leaving") and not _LEFT_TAIL.search(tail):
            continue
        if DATE_WORDS.match(tail.strip()):
            continue
        count = to_int(m.group("num"))
        if count is None:
            continue
        killed = not (
            verb.startswith("wound")
            or verb.startswith("injur")
            or (verb in ("left", "leaving") and _LEFT_WOUNDED.search(tail))
        )
        out.append(Figure(killed, count, m.start(), m.end(), sentence(m.start())))
        taken.append((m.start(), m.end()))
    if singular_from is not None:
        for m in SINGULAR.finditer(text, singular_from):
            if not any(s <= m.start() < e or s < m.end() <= e for s, e in taken):
                out.append(
                    Figure(not _is_wounded(m.group("verb")), 1, m.start(), m.end(), sentence(m.start()))
                )
                taken.append((m.start(), m.end()))
    if "kill" in (low if low is not None else text.lower()):
        for m in KILLS_ONE.finditer(text):
            if not any(s <= m.start() < e or s < m.end() <= e for s, e in taken):
                out.append(Figure(True, 1, m.start(), m.end(), sentence(m.start())))
                taken.append((m.start(), m.end()))
    for m in toll_it:
        if any(s <= m.start("num") < e for s, e in taken):
            continue
        count = to_int(m.group("num"))
        if count is not None:
            out.append(Figure(True, count, m.start(), m.end(), sentence(m.start())))
    for m in vague_it:
        if not any(s <= m.start() < e for s, e in taken):
            out.append(
                Figure(not _is_wounded(m.group().split()[-1]), None, m.start(), m.end(), sentence(m.start()))
            )
    for m in vague_after_it:
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
