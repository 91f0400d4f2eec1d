"""Where: the most precise place the text names, and the country the event happened in."""
# ruff: noqa: E501  -- word lists and patterns read best one alternative per line, unbroken

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from service.classification.normalise import fold
from service.classification.phrases import Token
from service.classification.prefilter import Active, Guarded
from service.classification.resources import (
    LEVEL_ADMIN1,
    LEVEL_COUNTRY,
    LEVEL_DISTRICT,
    LEVEL_PLACE,
    PlaceRow,
    Resources,
)
from service.classification.roles import ACTIVE_VERB

_NAME = r"[A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|al|el|ad|as|ash|ar|az|ez|e|i|wa|de|du|la|bin|ibn)(?=\s+[A-Z]|[-'’]))*(?:\s+[A-Z][\w'’\-]*)?"
_UNITS = {
    "village": LEVEL_PLACE,
    "town": LEVEL_PLACE,
    "city": LEVEL_PLACE,
    "camp": LEVEL_PLACE,
    "area": LEVEL_PLACE,
    "ward": LEVEL_PLACE,
    "neighbourhood": LEVEL_PLACE,
    "neighborhood": LEVEL_PLACE,
    "suburb": LEVEL_PLACE,
    "village tract": LEVEL_PLACE,
    "refugee camp": LEVEL_PLACE,
    "market": LEVEL_PLACE,
    "settlement": LEVEL_PLACE,
    "township": LEVEL_DISTRICT,
    "district": LEVEL_DISTRICT,
    "locality": LEVEL_DISTRICT,
    "county": LEVEL_DISTRICT,
    "sub-district": LEVEL_DISTRICT,
    "municipality": LEVEL_DISTRICT,
    "chiefdom": LEVEL_DISTRICT,
    "LGA": LEVEL_DISTRICT,
    "Local Government Area": LEVEL_DISTRICT,
    "territory": LEVEL_DISTRICT,
    "raion": LEVEL_DISTRICT,
    "woreda": LEVEL_DISTRICT,
    "kebele": LEVEL_PLACE,
    "province": LEVEL_ADMIN1,
    "state": LEVEL_ADMIN1,
    "State": LEVEL_ADMIN1,
    "region": LEVEL_ADMIN1,
    "Region": LEVEL_ADMIN1,
    "governorate": LEVEL_ADMIN1,
    "oblast": LEVEL_ADMIN1,
    "division": LEVEL_ADMIN1,
}
# Administrative units only one country's coders use: 'X locality' is Sudan's second level.
_UNIT_COUNTRY = {
    "locality": "SD",
    "lga": "NG",
    "local government area": "NG",
    "village tract": "MM",
    "woreda": "ET",
    "kebele": "ET",
    "raion": "UA",
    "chiefdom": "SL",
}
_UNIT_NAMES = ["village tract", "refugee camp", "Local Government Area"] + sorted(
    (u for u in _UNITS if " " not in u), key=len, reverse=True
)
UNIT_WORD = re.compile(r"(?<=\s)(?P<unit>" + "|".join(_UNIT_NAMES) + r")\b", re.I)
NAME_BEFORE = re.compile(rf"(?P<name>{_NAME})\s+(?:\([^()]{{1,40}}\)\s+)?$")
UNIT_OF = re.compile(
    rf"\b(?P<unit>village|town|city|district|township|province|region)\s+of\s+(?P<name>{_NAME})"
)
PREP = re.compile(
    rf"\b(?:in|near|at|outside|around|area of|village of|town of)\s+(?:the\s+)?['‘]?(?P<name>{_NAME})"
)
CODED_AS = re.compile(
    rf"\(coded as (?P<name>{_NAME}(?:\s+\([^()]{{1,20}}\))?)(?:\s+(?:township|town|village|district))?\)"
)
# Speed: the same patterns tried only at the word starts their first words allow (see prefilter;
# the same matches). UNIT_WORD's lookbehind hides its words from the prefilter's parser: they
# are given. A re.I pattern scans plainly where lower-cased words may differ (odd_case).
_UNIT_WORD_AT = Guarded(
    UNIT_WORD.pattern,
    UNIT_WORD.flags,
    starts=frozenset(u.lower().replace("-", " ").split()[0][:4] for u in _UNIT_NAMES),
)
_UNIT_OF_AT = Guarded(UNIT_OF.pattern, UNIT_OF.flags)
_PREP_AT = Guarded(PREP.pattern, PREP.flags)
_BAD_NAMES = re.compile(
    r"^(?:The|A|An|This|That|On|In|At|Its|His|Her|Their|Our|Local|Border|Military|Police|Security|Government|Army|"
    r"Northern|Southern|Eastern|Western|Central|North|South|East|West|Upper|Lower|Same|One|Two|Three|Several|Many|"
    r"Rebel|Taliban|Israeli|Ukrainian|Russian|Syrian|Afghan)$"
)


_GROUP_NOUN = re.compile(
    r"\s+(?:militia\w*|herds?men|herders?|fighters|forces|troops|rebels|tribesmen|clansmen|youths?|residents|people|"
    r"community|communities|farmers|group|gunmen|armed)\b",
    re.I,
)
_STATE_AFTER = re.compile(
    r"\s+(?:army|military|troops|soldiers?|forces|security forces|police|jets|warplanes|drones?|navy|air force|artillery"
    # what a state's forces do, by nationality: 'Israeli strikes', 'Indian missiles', 'Russian glide bombs'
    r"|(?:[\w-]+\s+)?(?:air ?strikes?|strikes?|missiles?|rockets?|shelling|bombs?|bombing|attacks?|raids?|fire|drone strikes?))\b",
    re.I,
)
# A country's name before its weapons or forces ('US airstrike', 'Ukraine drones') names who struck,
# not where; before 'strike' or 'attack' it is often the place ('Gaza strike'), so those stay out.
_WEAPONS_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:air ?strikes?|drones?|missiles?|rockets?|jets|warplanes|forces|troops|soldiers|army|military|navy|artillery)\b",
    re.I,
)
# 'near Afghan border', 'Lebanon border': a frontier, on either side of it.
_BORDER_AFTER = re.compile(r"\s+border\b", re.I)
_AFTER_PREP = re.compile(r"\b(?:in|near|at|outside|around|of|from)\s+(?:the\s+)?$")


@dataclass(frozen=True)
class PlaceMention:
    name: str
    level: int
    start: int
    end: int
    row: PlaceRow | None
    rule: str
    hint: str | None = None  # the country an administrative unit word implies, for unknown names

    @property
    def tier(self) -> int:
        """Precision, as an event coder would place it: named coding first, then known places."""
        if self.rule == "coded_as":
            return 0
        if self.level == LEVEL_PLACE and self.row is not None and self.row.lat is not None:
            return 1
        if self.level == LEVEL_DISTRICT:
            return 2
        if self.level == LEVEL_PLACE and self.rule == "place_unit":
            return 3
        if self.level == LEVEL_PLACE:
            return 4
        return 5


def _row_for(res: Resources, name: str, countries: set[str], level: int) -> PlaceRow | None:
    """The reading of a name in the story's countries; elsewhere only a big place under its own name
    (or its name without a suffix, or any spelling of a city of 250,000+), a province, or a reviewed
    alias; a country's own name is always the country."""
    rows = res.places(name)
    if not rows:
        return None
    for r in rows:
        if r.level == LEVEL_COUNTRY:
            return r  # 'Iraq' is the country, not a city's other name (Arak's 'Iraq')
    if countries:
        in_country = [r for r in rows if r.country in countries]
        if in_country:
            same_level = [r for r in in_country if (r.level == LEVEL_ADMIN1) == (level == LEVEL_ADMIN1)]
            return (same_level or in_country)[0]
    key = fold(name)
    want_admin = level >= LEVEL_ADMIN1
    if not countries:
        # No country named: the reading at the level the text names, in a monitored theatre first.
        # (a village in a theatre does not hide a city elsewhere: Marawi, PH before Marawi, SD)
        rows = sorted(
            rows,
            key=lambda r: (
                (r.level >= LEVEL_ADMIN1) != want_admin,
                r.country not in res.conflict_areas or (r.population < 20000 and not r.reviewed),
                r.population < 100000,
            ),
        )
    for r in rows:
        own = fold(r.name)
        # its own name, the name without a suffix ('Marawi' for Marawi City), or a big city's other spelling
        own_name = own == key or own.startswith(key + " ") or r.population >= 250000
        theatre = not countries and r.country in res.conflict_areas
        if r.level >= LEVEL_ADMIN1 or r.reviewed or (own_name and (r.population >= 100000 or theatre)):
            return r
    return None


def mentions(
    text: str, tokens: list[Token], res: Resources, *, context: set[str], keys: Active | None = None
) -> list[PlaceMention]:
    """Named places, from administrative phrases ('Ghor province') and gazetteer names.

    keys: the text's active branches (prefilter), to find the phrases faster.
    """
    out: list[PlaceMention] = []
    taken: list[tuple[int, int]] = []

    def add(name: str, level: int, start: int, end: int, rule: str, hint: str | None = None) -> None:
        name = name.strip(" -'’")
        if not name or _BAD_NAMES.match(name) or name.lower() in res.demonyms or fold(name) in res.place_stop:
            return
        if any(s <= start < e for s, e in taken):
            return
        row = _row_for(res, name, context, level)
        if row is not None and row.level == LEVEL_COUNTRY:
            return
        out.append(PlaceMention(name, level, start, end, row, rule, hint))
        taken.append((start, end))

    for m in CODED_AS.finditer(text):
        add(m.group("name"), LEVEL_PLACE, m.start("name"), m.end("name"), "coded_as")
    if keys is None:
        units, units_of, preps = UNIT_WORD.finditer(text), UNIT_OF.finditer(text), PREP.finditer(text)
    else:
        units = UNIT_WORD.finditer(text) if keys.low is None else _UNIT_WORD_AT.finditer(text, keys)
        units_of, preps = _UNIT_OF_AT.finditer(text, keys), _PREP_AT.finditer(text, keys)
    for u in units:
        offset = max(0, u.start() - 80)
        named = NAME_BEFORE.search(text, offset, u.start())
        if named is None:
            continue
        name = re.sub(r"^(?:the|The)\s+", "", named.group("name"))
        unit = u.group("unit")
        level = _UNITS.get(unit, _UNITS.get(unit.lower(), LEVEL_PLACE))
        add(
            name, level, named.start("name"), named.end("name"), "place_unit", _UNIT_COUNTRY.get(unit.lower())
        )
    for m in units_of:
        add(m.group("name"), _UNITS[m.group("unit").lower()], m.start("name"), m.end("name"), "place_unit")

    for m in preps:
        name = m.group("name")
        if res.actors.folded.get(name.lower()) or res.countries.folded.get(name.lower()) or res.places(name):
            continue  # gazetteer names are read below, with their coordinates
        if "'s " in name or "’s " in name:
            continue  # "Duhok's Amedi": two names, each read below
        if not any(s <= m.start("name") < e for s, e in taken) and len(name) > 3:
            out.append(PlaceMention(name, LEVEL_PLACE, m.start("name"), m.end("name"), None, "place_prep"))

    # Gazetteer names: capitalised token runs, longest first.
    n = len(tokens)
    words = [t.exact for t in tokens]  # "Mariupol's" is looked up as Mariupol
    # what a gazetteer name may start or end with: a capital, or a hyphenated part
    capish = [w[0].isupper() or "-" in w for w in words]
    # Folded lazily, for the tokens after a capital only ('' for a long lower-case word).
    folded: list[str | None] = [None] * n
    index = res.place_index
    i = 0  # the next token a name may start at
    for c in [c for c, ok in enumerate(capish) if ok]:
        word = words[c]
        if c < i or not (
            word[0].isupper() or any(p[:1].isupper() for p in word.split("-")[1:])
        ):  # 'el-Arish'
            continue
        i = c
        tok = tokens[i]
        if taken and any(s <= tok.start < e for s, e in taken):
            continue
        top = min(4, n - i)
        for j in range(i, i + top):
            if folded[j] is None:
                w = words[j]
                folded[j] = fold(w) if capish[j] or len(w) < 4 else ""
        for size in range(top, 0, -1):
            if not capish[i + size - 1]:
                continue
            last = tokens[i + size - 1]
            if text.find("\n", tok.start, last.end) >= 0:
                continue
            if " ".join(folded[i : i + size]) not in index:  # type: ignore[arg-type]
                continue
            end = last.end - (len(last.text) - len(last.exact))  # without a possessive 's
            name = text[tok.start : end]
            row = _row_for(res, name, context, LEVEL_PLACE)
            if row is None or row.level == LEVEL_COUNTRY:
                break
            if row.population < 100000 and _GROUP_NOUN.match(text, end):
                break  # 'Abala herdsmen', 'Kachin rebels': who they are, not where it happened
            # With no country named, a small place counts only after 'in', 'near'... and in a theatre.
            small = row.population < 20000 and row.level == LEVEL_PLACE and not row.reviewed
            unsure = not context and small and (size == 1 or row.country not in res.conflict_areas)
            if unsure and not (row.country in res.conflict_areas and _AFTER_PREP.search(text, 0, tok.start)):
                break
            out.append(PlaceMention(name, row.level, tok.start, end, row, "gazetteer"))
            i += size
            break
    out.sort(key=lambda p: p.start)
    return out


def vote(found: list[PlaceMention], votes: dict[str, float]) -> None:
    """Add the places' countries to the votes: provinces count most, a village name least."""
    context = {c for c, v in votes.items() if v >= 0.5}
    for p in found:
        if p.hint is not None:
            votes[p.hint] = votes.get(p.hint, 0.0) + 1.0
        if p.row is not None:
            weight = 3.5 if p.row.level >= LEVEL_ADMIN1 else (2.5 if p.row.country in context else 1.5)
            votes[p.row.country] = votes.get(p.row.country, 0.0) + weight


def best_place(found: list[PlaceMention]) -> PlaceMention | None:
    """The most precise place; among equals the first named (wires lead with the place of the event)."""
    if not found:
        return None
    return min(found, key=lambda p: (p.tier, p.start))


_IN_REGION_BEFORE = re.compile(
    r"\b(?:in|near|inside|across|of|eastern|western|northern|southern|east|west|north|south|central)\s+$"
)
_PART_OF_AFTER = re.compile(
    r"['’]s\s+(?:east|west|north|south|northeast|northwest|southeast|southwest|border|capital)\b"
)


def country_votes(text: str, tokens: list[Token], res: Resources) -> dict[str, float]:
    """Countries named or implied by names and adjectives, weighted by how they are used."""
    votes: dict[str, float] = defaultdict(float)
    for hit in res.countries.find(text, tokens):
        if text[hit.end : hit.end + 1] == "-":
            continue  # 'Russia-led', 'US-backed': who, not where
        code = hit.payloads[0]
        before = text[max(0, hit.start - 12) : hit.start].lower()
        weight = 2.0 if hit.text.lower() not in res.demonyms else 0.75
        if weight < 1 and _STATE_AFTER.match(text, hit.end):
            weight = 0.4  # 'Ethiopian troops': an army's nationality says little about where it fights
        border = _BORDER_AFTER.match(text, hit.end) is not None
        region = not border and _IN_REGION_BEFORE.search(before) is not None
        if border:
            weight = 0.3
        elif region:
            weight += 1.5
        if weight >= 1 and not region and _WEAPONS_AFTER.match(text, hit.end):
            weight = 0.5  # 'US airstrike': who struck ('northern Iraq airstrike' is where)
        if not region and ACTIVE_VERB.match(text[hit.end : hit.end + 60]):
            weight = 0.5  # 'Israel attacked ...': the actor, not the place ('in south Lebanon kills' is)
        if _PART_OF_AFTER.match(text[hit.end : hit.end + 20]):
            weight += 1.5  # "Ukraine's east": a place
        votes[code] += weight / (1 + 0.005 * hit.start)  # earlier mentions count a little more
    return votes
