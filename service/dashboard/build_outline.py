"""Build the map's world outline (static/world.json, static/world.svg) from Natural Earth 1:110m countries.

Natural Earth data is in the public domain. The input is the `naturalearth_lowres` shapefile that
GeoPandas 0.14 ships (a copy of Natural Earth's ne_110m_admin_0_countries); fetch it with the ordinary
package client, then run this script:

    pip download geopandas==0.14.4 --no-deps -d /tmp/ne && cd /tmp/ne && unzip -q geopandas-*.whl
    python -m service.dashboard.build_outline /tmp/ne/geopandas/datasets/naturalearth_lowres

Coordinates are projected equirectangularly into a 360 x 180 box (x = lon + 180, y = 90 - lat) and
rounded to 0.1 degree, so the server and the browser share one projection with no maths in the page.
"""

from __future__ import annotations

import json
import struct
import sys
from pathlib import Path

import pycountry

STATIC = Path(__file__).parent / "static"
# Natural Earth marks a few countries -99 in iso_a3; the names say which they are.
NAME_FIXES = {"France": "FR", "Norway": "NO", "Kosovo": "XK", "N. Cyprus": "CY", "Somaliland": "SO"}


def read_dbf(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    count, header_len, record_len = struct.unpack("<xxxxIHH", data[:12])
    fields = []
    pos = 32
    while data[pos] != 0x0D:
        name = data[pos : pos + 11].split(b"\0")[0].decode()
        fields.append((name, data[pos + 16]))
        pos += 32
    rows = []
    for i in range(count):
        rec = data[header_len + i * record_len : header_len + (i + 1) * record_len]
        at, row = 1, {}
        for name, length in fields:
            row[name] = rec[at : at + length].decode("utf-8", "replace").strip()
            at += length
        rows.append(row)
    return rows


def read_polygons(path: Path) -> list[list[list[tuple[float, float]]]]:
    """Each shape as a list of rings (shapefile type 5, polygon)."""
    data = path.read_bytes()
    pos = 100
    shapes: list[list[list[tuple[float, float]]]] = []
    while pos < len(data):
        _, length = struct.unpack(">II", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length * 2]
        pos += 8 + length * 2
        kind = struct.unpack("<i", body[:4])[0]
        if kind != 5:
            shapes.append([])
            continue
        nparts, npoints = struct.unpack("<ii", body[36:44])
        parts = list(struct.unpack(f"<{nparts}i", body[44 : 44 + 4 * nparts]))
        at = 44 + 4 * nparts
        points: list[tuple[float, float]] = [
            struct.unpack("<dd", body[at + 16 * k : at + 16 * k + 16]) for k in range(npoints)
        ]
        bounds = [*parts, npoints]
        shapes.append([points[bounds[j] : bounds[j + 1]] for j in range(nparts)])
    return shapes


def ring_path(ring: list[tuple[float, float]]) -> str:
    out: list[str] = []
    last = None
    for lon, lat in ring:
        pt = (round(lon + 180, 1), round(90 - lat, 1))
        if pt != last:
            out.append(f"{pt[0]:g} {pt[1]:g}")
            last = pt
    if len(out) < 3:
        return ""
    return "M" + "L".join(out) + "Z"


def alpha2(row: dict[str, str]) -> str | None:
    if row["name"] in NAME_FIXES:
        return NAME_FIXES[row["name"]]
    country = pycountry.countries.get(alpha_3=row["iso_a3"])
    return country.alpha_2 if country else None


def build(source: Path) -> dict[str, str]:
    rows = read_dbf(source / "naturalearth_lowres.dbf")
    shapes = read_polygons(source / "naturalearth_lowres.shp")
    paths: dict[str, str] = {}
    for row, rings in zip(rows, shapes, strict=True):
        code = alpha2(row)
        if code is None or row["name"] == "Antarctica":
            continue
        d = "".join(ring_path(r) for r in rings)
        paths[code] = paths.get(code, "") + d
    return dict(sorted(paths.items()))


def main() -> None:
    paths = build(Path(sys.argv[1]))
    meta = {
        "source": "Natural Earth 1:110m Admin 0 countries (via GeoPandas 0.14.4 naturalearth_lowres)",
        "licence": "public domain (naturalearthdata.com/about/terms-of-use)",
        "projection": "equirectangular, x = lon + 180, y = 90 - lat, box 360 x 180",
    }
    (STATIC / "world.json").write_text(json.dumps({**meta, "countries": paths}, separators=(",", ":")))
    # Non-scaling strokes keep borders hairline-thin when the map zooms in on a region through <use>.
    body = "".join(
        f'<path id="c-{code}" d="{d}" vector-effect="non-scaling-stroke"/>' for code, d in paths.items()
    )
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 180">'
        f"<!-- {meta['source']}; {meta['licence']} -->"
        f'<g id="land" fill="#f4f1ea" stroke="#8a949e" stroke-width="0.75">{body}</g></svg>'
    )
    (STATIC / "world.svg").write_text(svg)
    print(f"{len(paths)} countries, world.json {len(json.dumps(paths)) // 1024} KiB")


if __name__ == "__main__":
    main()
