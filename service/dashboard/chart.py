"""A stacked bar chart of incidents per day, as geometry: the template and the script just draw it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from service.vocab import EVENT_TYPES

WIDTH, HEIGHT = 1000.0, 200.0
MAX_BARS = 400  # past this many days, bars are weeks


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    w: float
    h: float
    event_type: str
    label: str  # "2024-05-01: 3 armed clash"


@dataclass
class Chart:
    bars: list[Bar] = field(default_factory=list)
    ticks: list[tuple[float, str]] = field(default_factory=list)  # x, date label
    peak: int = 0
    total: int = 0
    bucket: str = "day"
    types: list[str] = field(default_factory=list)  # event types present, in vocabulary order

    def to_dict(self) -> dict[str, Any]:
        return {
            "width": WIDTH,
            "height": HEIGHT,
            "bars": [asdict(b) for b in self.bars],
            "ticks": [{"x": x, "label": t} for x, t in self.ticks],
            "peak": self.peak,
            "total": self.total,
            "bucket": self.bucket,
            "types": self.types,
        }


def type_key(event_type: str | None) -> str:
    return event_type if event_type in EVENT_TYPES else "other"


def build(counts: list[tuple[date, str | None, int]], *, first: date, last: date) -> Chart:
    """`counts` are (day, event type, n) rows from SQL; `first`..`last` is the inclusive day range."""
    days = (last - first).days + 1
    step = 7 if days > MAX_BARS else 1
    nbuckets = max(1, -(-days // step))
    stacks: list[dict[str, int]] = [{} for _ in range(nbuckets)]
    for day, event_type, n in counts:
        i = (day - first).days // step
        if 0 <= i < nbuckets:
            key = type_key(event_type)
            stacks[i][key] = stacks[i].get(key, 0) + n
    chart = Chart(bucket="week" if step == 7 else "day")
    chart.peak = max((sum(s.values()) for s in stacks), default=0)
    chart.total = sum(sum(s.values()) for s in stacks)
    present = {k for s in stacks for k in s}
    chart.types = [t for t in (*EVENT_TYPES, "other") if t in present]
    if chart.peak == 0:
        return chart
    bw = WIDTH / nbuckets
    for i, stack in enumerate(stacks):
        start = first + timedelta(days=i * step)
        y = HEIGHT
        for key in chart.types:
            n = stack.get(key, 0)
            if not n:
                continue
            h = HEIGHT * n / chart.peak
            y -= h
            label = f"{start.isoformat()}: {n} {key.replace('_', ' ')}"
            chart.bars.append(
                Bar(round(i * bw, 2), round(y, 2), round(max(bw * 0.85, 0.5), 2), round(h, 2), key, label)
            )
    for frac in (0.0, 0.5, 1.0):
        i = min(nbuckets - 1, int(frac * (nbuckets - 1)))
        chart.ticks.append((round(i * bw + bw / 2, 1), (first + timedelta(days=i * step)).isoformat()))
    return chart
