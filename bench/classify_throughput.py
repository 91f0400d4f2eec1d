"""Throughput of the classifier CLI, start-up included.

Generates N feed items from templates (our own text: incidents, hard negatives, ordinary news),
pipes them through `python -m service.classification` in a fresh process, and prints items/s
for the whole run and the start-up time alone (the same process fed one item).

    .venv/bin/python bench/classify_throughput.py            # 3000 items
    .venv/bin/python bench/classify_throughput.py --items 10000 --repeat 5
    .venv/bin/python bench/classify_throughput.py --data ../shared/data/eval/dev.jsonl --items 3600

Template items are short headlines. Real text costs more (event descriptions run to 400
characters), so --data takes the items from a JSON Lines file of {"id", "title", "summary",
"published"} records instead, cycling through it (ids made unique) to reach --items. The file is
read at run time and nothing from it is kept.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

INCIDENTS = [
    "{n} soldiers killed in {weapon} attack near {place}",
    "{actor} {verb} positions near {place}, killing {n}",
    "Roadside bomb kills {n} police officers in {place} province",
    "{n} civilians wounded as shells hit market in {place}",
    "Drone strike on convoy near {place} kills {n} fighters, officials say",
    "Gunmen ambush army patrol outside {place}; {n} dead",
    "Clashes between {actor} and government troops leave {n} dead in {place}",
    "{actor} says it shot down a drone over {place} overnight",
]
NEGATIVES = [
    "{club} striker scores twice as {club} beat {club} {s1}-{s2}",
    "Transport workers strike over pay for a second day in {city}",
    "Bird strike forces {airline} flight to return to {city}",
    "Car crash on motorway near {city} kills {n}",
    "Thousands protest in {city} against new tax law",
    "Peace talks to resume in {city} next week, mediators say",
    "Truce negotiations stall as envoys leave {city}",
    "Analysis: what a ceasefire could mean for the region",
    "Earthquake of magnitude {mag} kills {n} in mountain villages",
    "Central bank holds rates as inflation cools in {city}",
    "Film festival in {city} opens with a war drama",
]
PLACES = [
    "Avdiivka",
    "Donetsk",
    "Kunduz",
    "Idlib",
    "Rafah",
    "Mogadishu",
    "Maiduguri",
    "Hodeidah",
    "Sagaing",
    "Gao",
]
ACTORS = [
    "Taliban",
    "Houthi rebels",
    "Al-Shabaab",
    "Russian forces",
    "Israeli forces",
    "the PDF",
    "Boko Haram",
]
CITIES = ["Lyon", "Leeds", "Osaka", "Lima", "Nairobi", "Warsaw", "Madrid", "Geneva", "Doha"]
CLUBS = ["Lyon", "Leeds", "Porto", "Ajax", "Celtic", "Napoli"]


def make_items(n: int, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    lines = []
    for i in range(n):
        template = rnd.choice(INCIDENTS if rnd.random() < 0.4 else NEGATIVES)
        title = template.format(
            n=rnd.randint(1, 40),
            weapon=rnd.choice(["artillery", "mortar", "rocket", "drone"]),
            place=rnd.choice(PLACES),
            actor=rnd.choice(ACTORS),
            verb=rnd.choice(["shelled", "attacked", "raided"]),
            club=rnd.choice(CLUBS),
            s1=rnd.randint(0, 4),
            s2=rnd.randint(0, 4),
            city=rnd.choice(CITIES),
            airline=rnd.choice(["a regional", "a charter", "a cargo"]),
            mag=round(rnd.uniform(5, 7.5), 1),
        )
        summary = rnd.choice(
            [
                "Officials said the toll could rise.",
                "Witnesses described heavy fighting on Saturday.",
                "The ministry gave no further details.",
                "Organisers expect large crowds.",
                "",
            ]
        )
        published = f"2025-0{rnd.randint(1, 9)}-{rnd.randint(10, 28)}T{rnd.randint(10, 23)}:00:00+00:00"
        lines.append(
            json.dumps({"id": f"bench-{i}", "title": title, "summary": summary, "published": published})
        )
    return lines


def items_from(path: Path, n: int) -> list[str]:
    """n items cycled from a JSON Lines file, ids made unique."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    keys = ("title", "summary", "published")
    return [
        json.dumps({"id": f"bench-{i}", **{k: records[i % len(records)].get(k) for k in keys}})
        for i in range(n)
    ]


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(lines: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one classifier process over the lines."""
    stdin = "\n".join(lines) + "\n"
    c0 = _child_cpu()
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "service.classification"],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    wall = time.perf_counter() - t0
    answers = proc.stdout.count("\n")
    if answers != len(lines):
        raise SystemExit(f"expected {len(lines)} answers, got {answers}")
    return wall, _child_cpu() - c0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--items", type=int, default=3000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--data", type=Path, help="take items from this JSON Lines file instead of templates")
    args = ap.parse_args()
    lines = items_from(args.data, args.items) if args.data else make_items(args.items)
    starts = [run(lines[:1]) for _ in range(args.repeat)]
    runs = [run(lines) for _ in range(args.repeat)]
    s_wall, s_cpu = (statistics.median(x) for x in zip(*starts, strict=True))
    wall, cpu = (statistics.median(x) for x in zip(*runs, strict=True))
    source = args.data.name if args.data else "templates"
    python = sys.version.split()[0]
    print(f"items: {args.items} ({source})  repeats: {args.repeat} (medians)  python: {python}")
    print(f"start-up, one-item process: {s_wall:.3f} s wall, {s_cpu:.3f} s CPU")
    print(
        f"whole run: {wall:.3f} s wall -> {args.items / wall:,.0f} items/s; "
        f"{cpu:.3f} s CPU -> {args.items / cpu:,.0f} items/s per core (start-up included)"
    )
    print(f"after start-up: {(args.items - 1) / max(cpu - s_cpu, 1e-9):,.0f} items/s per core")
    print("(CPU seconds are the process's own user+sys time: robust to a busy machine; wall is not)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
