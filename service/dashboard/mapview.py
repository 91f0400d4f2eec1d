"""The map as SVG geometry in the world outline's projection (x = lon + 180, y = 90 - lat)."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from service.dashboard.chart import type_key
from service.dashboard.linked import Area
from service.dashboard.repository import MapPoint

WORLD = Path(__file__).parent / "static" / "world.json"
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


@lru_cache(maxsize=1)
def country_paths() -> dict[str, str]:
    data: dict[str, str] = json.loads(WORLD.read_text())["countries"]
    return data


def project(lat: float, lon: float) -> tuple[float, float]:
    return round(lon + 180, 3), round(90 - lat, 3)


@dataclass(frozen=True)
class Dot:
    id: int
    x: float
    y: float
    r: float
    event_type: str
    label: str


@dataclass
class Shape:
    name: str
    paths: list[str] = field(default_factory=list)


@dataclass
class MapModel:
    view: tuple[float, float, float, float]
    dots: list[Dot]
    areas: list[Shape]

    @property
    def view_box(self) -> str:
        return " ".join(f"{v:g}" for v in self.view)


def _path_bounds(d: str) -> list[tuple[float, float]]:
    nums = [float(n) for n in NUMBER.findall(d)]
    return list(zip(nums[0::2], nums[1::2], strict=False))


def _area_shapes(area: Area) -> tuple[Shape, list[tuple[float, float]]]:
    shape, pts = Shape(area.name), []
    for code in area.countries:
        d = country_paths().get(code)
        if d:
            shape.paths.append(d)
            pts.extend(_path_bounds(d))
    for min_lat, min_lon, max_lat, max_lon in area.boxes:
        x0, y0 = project(max_lat, min_lon)
        x1, y1 = project(min_lat, max_lon)
        shape.paths.append(f"M{x0:g} {y0:g}H{x1:g}V{y1:g}H{x0:g}Z")
        pts += [(x0, y0), (x1, y1)]
    for ring in area.polygons:
        xy = [project(lat, lon) for lon, lat in ring]
        if len(xy) >= 3:
            shape.paths.append("M" + "L".join(f"{x:g} {y:g}" for x, y in xy) + "Z")
            pts += xy
    return shape, pts


def fit(points: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    """A 2:1 view around the points with a margin, at least 40 degrees wide; the world if none."""
    if not points:
        return (0.0, 0.0, 360.0, 180.0)
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    w = max(40.0, (max(xs) - min(xs)) * 1.3, (max(ys) - min(ys)) * 1.3 * 2)
    w = min(w, 360.0)
    h = w / 2
    x = min(max(cx - w / 2, 0.0), 360.0 - w)
    y = min(max(cy - h / 2, 0.0), 180.0 - h)
    return (round(x, 2), round(y, 2), round(w, 2), round(h, 2))


def build(*, points: list[MapPoint], areas: list[Area]) -> MapModel:
    shapes, extent = [], []
    for area in areas:
        shape, pts = _area_shapes(area)
        shapes.append(shape)
        extent += pts
    xy = [project(p.lat, p.lon) for p in points]
    view = fit(extent + xy)
    base = view[2] / 300  # a dot is the same size on screen whatever the zoom
    dots = []
    # Oldest first, so the newest are drawn on top.
    for p, (x, y) in reversed(list(zip(points, xy, strict=True))):
        r = base * min(6.0, 1.0 + math.sqrt(max(p.killed or 0, 0)) * 0.6)
        label = f"{p.occurred_at:%Y-%m-%d}: {p.title}"
        dots.append(Dot(p.id, x, y, round(r, 3), type_key(p.event_type), label))
    return MapModel(view=view, dots=dots, areas=shapes)
