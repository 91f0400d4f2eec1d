"""The event date: a date written in the text wins; else a relative day against publication."""
# ruff: noqa: E501  -- word lists and patterns read best one alternative per line, unbroken

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from service.classification.prefilter import Active, Guarded

MONTHS = {
    m: i
    for i, m in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ),
        start=1,
    )
}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
DAY_MONTH = re.compile(
    rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*(?:-|–|and|to)\s*[0-3]?\d)?\s+(?:of\s+)?{_MON}(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
    re.I,
)
MONTH_DAY = re.compile(
    rf"\b{_MON}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d))?", re.I
)
NUMERIC = re.compile(r"\b(?P<day>[0-3]?\d)/(?P<mon>[01]?\d)(?:/(?P<year>(?:19|20)?\d\d))?\b")
ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _word(matched: str) -> str:
    """A matched word as its plain lower-case letters: case-insensitive matching also accepts
    'ſ' for s, the Kelvin sign for k and dotted or dotless i, which .lower() keeps."""
    folded = unicodedata.normalize("NFKD", matched.casefold()).replace("ı", "i")
    return "".join(c for c in folded if not unicodedata.combining(c))


WEEKDAY = re.compile(
    r"\b(?:(?P<last>last|this past)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?\b",
    re.I,
)
RELATIVE = re.compile(
    r"\b(?P<yday>yesterday|last night|overnight|the previous day|the day before|the previous night)\b"
    r"|\b(?P<today>today|this morning|this afternoon|this evening|tonight|earlier today|on the same day)\b"
    r"|\b(?P<ago>(?P<n>two|three|four|five|\d) days ago)\b",
    re.I,
)
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5}
# 'the army said on Tuesday': the day a source spoke, not the day of the event.
SAID_ON = re.compile(
    r"\b(?:said|says|told \w+|announced|reported|confirmed|added|stated|claimed|denied|statement)\s+(?:late\s+|early\s+)?(?:on\s+)?$",
    re.I,
)


# Speed: the same patterns tried only at the word starts they can begin at (prefilter; the same
# matches). RELATIVE's three alternatives stay one branch, so that its matches are finditer's.
_GUARDED = {
    rx: Guarded(rx.pattern if rx is not RELATIVE else f"(?:{rx.pattern})", rx.flags)
    for rx in (ISO, DAY_MONTH, MONTH_DAY, NUMERIC, WEEKDAY, RELATIVE)
}


def _finditer(rx: re.Pattern[str], text: str, keys: Active | None) -> Iterator[re.Match[str]]:
    """rx.finditer(text), through the prefilter where that finds the same (see odd_case)."""
    if keys is None or keys.low is None:
        return rx.finditer(text)
    return _GUARDED[rx].finditer(text, keys)


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _resolve_year(month: int, day: int, published: date | None) -> date | None:
    """A day and month without a year: the latest such date not after publication."""
    if published is None:
        return None
    d = _make(published.year, month, day)
    if d is not None and d > published + timedelta(days=1):
        d = _make(published.year - 1, month, day)
    return d


def written_date(
    text: str, published: date | None, keys: Active | None = None
) -> tuple[date, int, int] | None:
    """The first full date written in the text, with its span (keys: its active branches)."""
    best: tuple[date, int, int] | None = None
    for rx in (ISO, DAY_MONTH, MONTH_DAY):
        for m in _finditer(rx, text, keys):
            mon_raw = _word(m.group("mon")).rstrip(".")
            month = (
                int(mon_raw)
                if mon_raw.isdigit()
                else MONTHS.get(mon_raw[:4] if mon_raw.startswith("sept") else mon_raw[:3])
            )
            if month is None:
                continue
            if rx is MONTH_DAY and mon_raw == "may" and not m.group("year"):
                continue  # "may 5" is too often the verb
            day = int(m.group("day"))
            year = m.group("year")
            d = _make(int(year), month, day) if year else _resolve_year(month, day, published)
            if d is not None and (best is None or m.start() < best[1]):
                best = (d, m.start(), m.end())
            break
    if best is None:
        num = next(_finditer(NUMERIC, text, keys), None)
        if num and published is not None:
            year = num.group("year")
            month, day = int(num.group("mon")), int(num.group("day"))
            if year:
                y = int(year) if len(year) == 4 else 2000 + int(year)
                d = _make(y, month, day)
            else:
                d = _resolve_year(month, day, published)
            if d is not None:
                best = (d, num.start(), num.end())
    return best


def relative_date(
    text: str, published: datetime | None, keys: Active | None = None
) -> tuple[date, int, int] | None:
    """'on Saturday', 'last night', 'yesterday' resolved against the publication time.

    The first such word wins, but a day on which a source spoke ('said on Tuesday', 'told
    reporters yesterday') only when no other day is named.
    """
    if published is None:
        return None
    pub = published.date()
    found: list[tuple[bool, int, date, int]] = []  # (spoken, start, date, end)
    for m in _finditer(RELATIVE, text, keys):
        if m.group("yday"):
            when = pub - timedelta(days=1)
        elif m.group("today"):
            when = pub
        else:
            n = m.group("n")
            days = int(n) if n.isdigit() else _SMALL.get(_word(n))
            if days is None:
                continue
            when = pub - timedelta(days=days)
        found.append((_spoken(text, m.start()), m.start(), when, m.end()))
    for wd in _finditer(WEEKDAY, text, keys):
        day = _word(wd.group("wd"))
        if day not in WEEKDAYS:
            continue
        back = (pub.weekday() - WEEKDAYS.index(day)) % 7
        if wd.group("last") and back == 0:
            back = 7
        found.append((_spoken(text, wd.start()), wd.start(), pub - timedelta(days=back), wd.end()))
    if not found:
        return None
    _, start, when, end = min(found)
    return when, start, end


def _spoken(text: str, start: int) -> bool:
    return SAID_ON.search(text, max(0, start - 40), start) is not None
