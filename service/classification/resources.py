"""Shipped lexicons and the place index, loaded once per process.

Building the indexes takes ~0.2 s (half of it the gazetteer JSON); a pickle of the result in the
user's cache directory loads in a third of that. The pickle is named by a digest of what it is
built from (the data files' and this module's paths, sizes and modification times, and the Python
version), so an edit makes a new one;
it is written only by this process, in a directory only its user can write
(`$CEASEWATCH_CACHE_DIR`, else `$XDG_CACHE_HOME/ceasewatch` or `~/.cache/ceasewatch`;
`CEASEWATCH_CACHE_DIR=` turns it off). Any failure to read or write it falls back to building;
writing one removes the pickles nobody has used for a week.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import sys
from array import array
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any

from service.classification.cache import cache_dir, read_pickle, write_pickle
from service.classification.normalise import fold
from service.classification.phrases import PhraseIndex, phrase_keys

DATA = Path(__file__).parent / "data"
LEVEL_PLACE, LEVEL_DISTRICT, LEVEL_ADMIN1, LEVEL_COUNTRY = 1, 2, 3, 4
_COUNTRY_ROW = f"\t{LEVEL_COUNTRY}\t0"  # how a country's row ends: level, not a reviewed alias
# Country names that are more often something else in the news: a US state, a person, an island.
_AMBIGUOUS_COUNTRY_NAMES = frozenset({"Jersey", "Guernsey", "Georgia", "Jordan", "Chad", "Niger", "Man"})


@dataclass(frozen=True)
class ActorEntry:
    name: str
    kind: str
    country: str | None
    generic: bool = False
    theatre: str | None = None

    @property
    def is_state(self) -> bool:
        """A state's military or police, at home or abroad."""
        return self.kind == "state_forces" or (
            self.kind == "external_force" and not self.generic and self.country is not None
        )


@dataclass(frozen=True)
class PlaceRow:
    name: str
    lat: float | None
    lon: float | None
    country: str
    population: int
    level: int
    reviewed: bool = False


@dataclass(frozen=True)
class Resources:
    actors: PhraseIndex[ActorEntry]
    countries: PhraseIndex[str]  # country names and demonyms -> ISO code
    demonyms: frozenset[str]
    conflict_areas: frozenset[str]
    place_stop: frozenset[str]
    place_index: dict[str, str]
    # the gazetteer's rows, "\n"-joined, and where each starts (and, last, where the next would):
    # one string and an array unpickle in a few ms, 88,000 strings in four times that
    place_rows: str
    row_starts: array[int]
    parsed: dict[int, PlaceRow]

    def places(self, name: str) -> list[PlaceRow]:
        """Gazetteer rows for a name, reviewed aliases first, then by population."""
        ids = self.place_index.get(fold(name))
        if not ids:
            return []
        out = []
        starts = self.row_starts
        for i in map(int, ids.split()):
            row = self.parsed.get(i)
            if row is None:
                line = self.place_rows[starts[i] : starts[i + 1] - 1]
                name_, lat, lon, cc, pop, level, reviewed = line.split("\t")
                row = PlaceRow(
                    name_,
                    float(lat) if lat else None,
                    float(lon) if lon else None,
                    cc,
                    int(pop),
                    int(level),
                    reviewed == "1",
                )
                self.parsed[i] = row
            out.append(row)
        return out


def _yaml(name: str, loader: str = "safe") -> Any:
    """A data file; loader "base" keeps every scalar a string."""
    import yaml  # only a build reads YAML: importing it costs a start from the cache ~10 ms

    safe = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    text = (DATA / name).read_text(encoding="utf-8")
    return yaml.load(text, Loader=yaml.BaseLoader if loader == "base" else safe)


_BUILT_FROM = [
    Path(__file__),
    Path(__file__).with_name("phrases.py"),
    Path(__file__).with_name("normalise.py"),
]


def _cache_path() -> Path | None:
    base = cache_dir()
    if base is None:
        return None
    digest = hashlib.blake2b(digest_size=12)
    digest.update(f"{sys.version_info[0]}.{sys.version_info[1]} pickle{pickle.HIGHEST_PROTOCOL}".encode())
    for path in sorted(DATA.glob("*.yaml")) + [DATA / "gazetteer.json", *_BUILT_FROM]:
        # size and modification time, as Python's own bytecode cache does: hashing the 8 MB
        # gazetteer on every start would cost more than a tenth of the start-up
        st = path.stat()
        digest.update(f"{path.resolve()}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    return base / f"classifier-resources-{digest.hexdigest()}.pickle"


def _read_cache(path: Path) -> Resources | None:
    res = read_pickle(path)
    return res if isinstance(res, Resources) else None


def _write_cache(path: Path, res: Resources) -> None:
    write_pickle(path, res, "classifier-resources-*.pickle")


@lru_cache(maxsize=1)
def load() -> Resources:
    """The indexes, from the cache when it holds this build's, else built (and cached)."""
    path = _cache_path()
    if path is not None:
        cached = _read_cache(path)
        if cached is not None:
            return cached
    res = build()
    if path is not None:
        _write_cache(path, res)
    return res


def build() -> Resources:
    """Build the indexes from the data files (~0.2 s, half of it the gazetteer JSON)."""
    actors: PhraseIndex[ActorEntry] = PhraseIndex()
    state_of: dict[str, ActorEntry] = {}  # a country's named state forces, for 'Israeli strikes' etc.
    for entry in _yaml("actors.yaml")["actors"]:
        actor = ActorEntry(entry["name"], entry["kind"], entry.get("country"), theatre=entry.get("theatre"))
        if actor.kind == "state_forces" and actor.country:
            state_of.setdefault(actor.country, actor)
        for alias in [entry["name"], *entry["aliases"]]:
            actors.add(str(alias), actor)

    countries_raw = _yaml("countries.yaml")
    demonyms: dict[str, str] = countries_raw["demonyms"]
    countries: PhraseIndex[str] = PhraseIndex()
    leaders: dict[str, str] = countries_raw.get("leaders") or {}
    for word, code in {**demonyms, **leaders, **countries_raw["names"]}.items():
        countries.add(str(word), str(code))

    generic = _yaml("generic_actors.yaml")
    # 'Syrian soldiers', 'Israeli strikes': thousands of phrases, so keys are joined, not re-tokenised.
    nouns = [phrase_keys(n)[0] for n in generic["state_nouns"]]
    nouns += [f"government {n}" for n in nouns]
    actions = [phrase_keys(n)[0] for n in generic["state_action_nouns"]]
    nouns += actions + [f"military {n}" for n in actions] + [f"army {n}" for n in actions]
    for demonym, code in demonyms.items():
        state = state_of.get(str(code)) or ActorEntry(f"{demonym} forces", "state_forces", str(code))
        head = phrase_keys(str(demonym))[0]
        for noun in nouns:
            actors.add_key(f"{head} {noun}", state)
    for kind, nouns in generic["generic"].items():
        for noun in nouns:
            actors.add(str(noun), ActorEntry(str(noun), kind, None, generic=True))

    stop = _yaml("place_stoplist.yaml", "base")["stop"]  # BaseLoader: 'no', 'on' stay words
    gaz = json.loads((DATA / "gazetteer.json").read_text(encoding="utf-8"))
    rows = gaz["places"].split("\n")
    row_starts = array("I", accumulate((len(row) + 1 for row in rows), initial=0))
    # Every other country by its common name (pycountry's, in the gazetteer's country rows);
    # the reviewed names above win where they differ ('Congo' is the DRC in conflict news).
    for row in rows:
        if row.endswith(_COUNTRY_ROW):
            name, _, _, code = row.split("\t", 4)[:4]
            if phrase_keys(name)[0] not in countries.folded and name not in _AMBIGUOUS_COUNTRY_NAMES:
                countries.add(name, code)
    return Resources(
        actors=actors,
        countries=countries,
        demonyms=frozenset(str(d).lower() for d in [*demonyms, *leaders]),
        conflict_areas=frozenset(str(c) for c in countries_raw.get("conflict_areas") or ()),
        place_stop=frozenset(fold(w) for w in stop),
        place_index=gaz["index"],
        place_rows=gaz["places"],
        row_starts=row_starts,
        parsed={},
    )
