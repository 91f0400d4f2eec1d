"""Shipped lexicons and the place index, loaded once per process."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from service.classification.normalise import fold
from service.classification.phrases import PhraseIndex

DATA = Path(__file__).parent / "data"
LEVEL_PLACE, LEVEL_DISTRICT, LEVEL_ADMIN1, LEVEL_COUNTRY = 1, 2, 3, 4

# Generic nouns: what an unnamed party is, by the word the news uses for it.
GENERIC_ACTORS: dict[str, tuple[str, ...]] = {
    "state_forces": (
        "soldiers", "soldier", "troops", "army", "military", "servicemen", "serviceman", "service members",
        "policemen", "policeman", "police", "police officers", "police officer", "security forces",
        "security personnel", "security guards", "gendarmes", "gendarme", "commandos", "marines",
        "border guards", "government forces", "government troops", "pro-government forces", "armed forces",
        "military personnel", "military forces", "military troops", "military convoy", "military vehicle",
        "military vehicles", "military truck", "military trucks", "military base", "military post",
        "military camp", "military checkpoint", "military positions", "military outpost", "army base",
        "army post", "army officer", "army officers", "army colonel", "police post", "police station",
        "police checkpoint", "police HQ", "police headquarters", "checkpoint", "check post", "checkpost",
        "security post", "security checkpoint", "traffic police", "local police", "police chief",
        "district police chief", "special forces", "paratroopers", "conscripts", "military column",
        "army positions", "government positions", "security forces personnel", "police patrol",
        "army patrol", "military patrol", "soldiers'", "junta", "military junta", "the regime",
    ),
    "rebel_group": (
        "rebels", "insurgents", "insurgent", "militants", "militant", "jihadists", "jihadist",
        "separatists", "separatist", "guerrillas", "guerrilla", "fighters", "terrorists", "terrorist",
        "extremists", "armed group", "armed groups", "rebel group", "rebel fighters", "insurgent group",
        "Islamists", "mujahideen", "rebel positions", "militant group",
    ),
    "political_militia": (
        "militia", "militias", "militiamen", "militiaman", "gunmen", "gunman", "armed men", "armed assailants",
        "assailants", "attackers", "unidentified gunmen", "unknown gunmen", "bandits", "vigilantes",
        "paramilitaries", "paramilitary", "mercenaries", "unidentified armed group", "unknown armed group",
        "unidentified armed men", "unknown armed men",
    ),
    "identity_militia": (
        "tribesmen", "clansmen", "clan militia", "ethnic militia", "tribal militia", "communal militia",
        "herdsmen",
    ),
    "civilians": (
        "civilians", "civilian", "people", "persons", "residents", "resident", "villagers", "villager",
        "farmers", "farmer", "children", "child", "kids", "boy", "boys", "girl", "girls", "women", "woman",
        "men", "man", "teenager", "teenagers", "students", "student", "teachers", "teacher", "doctors",
        "doctor", "medics", "medic", "nurses", "paramedics", "journalists", "journalist", "reporter",
        "aid workers", "aid worker", "workers", "worker", "family", "families", "passengers", "passenger",
        "pilgrims", "worshippers", "displaced people", "IDPs", "refugees", "herders", "herder", "shepherd",
        "traders", "trader", "shopkeeper", "driver", "drivers", "motorcyclist", "fishermen", "pedestrians",
        "elders", "elder", "cleric", "imam", "administrator", "ward administrator", "village administrator",
        "village head", "village chief", "official", "officials", "director", "engineers", "labourers",
        "volunteers", "rescuers", "hospital", "school", "mosque", "church", "market", "homes", "houses",
        "house", "home", "village", "camp", "Palestinians", "Ukrainians", "Syrians", "Afghans", "Yemenis",
        "Sudanese", "Somalis", "Lebanese", "infant", "baby", "toddler", "mother", "father", "brothers",
        "humanitarian workers", "UN staff", "UN worker", "civil servant", "local administrator",
    ),
    "protesters": ("protesters", "protestors", "protester", "demonstrators", "demonstrator"),
    "rioters": ("rioters", "rioter", "mob"),
}
STATE_NOUNS = (
    "army", "military", "forces", "troops", "soldiers", "soldier", "servicemen", "serviceman", "police",
    "policemen", "policeman", "security forces", "border guards", "warplanes", "jets", "fighter jets",
    "drones", "drone", "air force", "navy", "artillery", "tanks", "sniper", "snipers", "gunboats",
    "helicopters", "aircraft", "military personnel", "marines", "commandos", "special forces",
    "government forces", "government troops", "army officer", "officers",
)


@dataclass(frozen=True)
class ActorEntry:
    name: str
    kind: str
    country: str | None
    generic: bool = False
    theatre: str | None = None

    @property
    def is_state(self) -> bool:
        return self.kind == "state_forces" or (self.kind == "external_force" and self.generic is False
                                                and self.country is not None)


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
    place_rows: list[str]
    parsed: dict[int, PlaceRow]

    def places(self, name: str) -> list[PlaceRow]:
        """Gazetteer rows for a name, most populous (or reviewed) first."""
        ids = self.place_index.get(fold(name))
        if not ids:
            return []
        out = []
        for i in map(int, ids.split()):
            row = self.parsed.get(i)
            if row is None:
                name_, lat, lon, cc, pop, level, reviewed = self.place_rows[i].split("\t")
                row = PlaceRow(name_, float(lat) if lat else None, float(lon) if lon else None, cc,
                               int(pop), int(level), reviewed == "1")
                self.parsed[i] = row
            out.append(row)
        return out


def _load_yaml(name: str) -> dict[str, object]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load((DATA / name).read_text(encoding="utf-8"), Loader=loader)
    assert isinstance(data, dict)
    return data


@lru_cache(maxsize=1)
def load() -> Resources:
    """Build the indexes once per process (about 0.15 s, most of it the gazetteer JSON)."""
    actors: PhraseIndex[ActorEntry] = PhraseIndex()
    raw_actors = _load_yaml("actors.yaml")["actors"]
    assert isinstance(raw_actors, list)
    for entry in raw_actors:
        actor = ActorEntry(entry["name"], entry["kind"], entry.get("country"), theatre=entry.get("theatre"))
        for alias in [entry["name"], *entry["aliases"]]:
            actors.add(str(alias), actor)

    raw = _load_yaml("countries.yaml")
    demonyms = raw["demonyms"]
    names = raw["names"]
    assert isinstance(demonyms, dict) and isinstance(names, dict)
    countries: PhraseIndex[str] = PhraseIndex()
    for word, code in {**demonyms, **names}.items():
        countries.add(str(word), str(code))
    for demonym, code in demonyms.items():
        for noun in STATE_NOUNS:
            actors.add(f"{demonym} {noun}", ActorEntry(f"{demonym} forces", "state_forces", str(code)))
            actors.add(f"{demonym} government {noun}", ActorEntry(f"{demonym} forces", "state_forces", str(code)))
    for kind, nouns in GENERIC_ACTORS.items():
        for noun in nouns:
            actors.add(noun, ActorEntry(noun, kind, None, generic=True))

    stop = yaml.load((DATA / "place_stoplist.yaml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["stop"]
    gaz = json.loads((DATA / "gazetteer.json").read_text(encoding="utf-8"))
    return Resources(
        actors=actors,
        countries=countries,
        demonyms=frozenset(str(d).lower() for d in demonyms),
        conflict_areas=frozenset(str(c) for c in raw.get("conflict_areas") or ()),  # type: ignore[union-attr]
        place_stop=frozenset(fold(w) for w in stop),
        place_index=gaz["index"],
        place_rows=gaz["places"].split("\n"),
        parsed={},
    )
