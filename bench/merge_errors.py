"""Over- and under-merge rates of incident merging on a labelled set of report clusters.

Runs the real incidents.record() on a fresh SQLite database, report by report in publication order,
then counts report pairs: over-merge = pairs put in one incident that describe different events, as a
share of pairs put together; under-merge = pairs of one event split across incidents, as a share of
pairs that belong together.

    .venv/bin/python bench/merge_errors.py [--set tests/fixtures/merge_clusters.yaml]
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_SET = ROOT / "tests" / "fixtures" / "merge_clusters.yaml"


@dataclass
class Rates:
    reports: int
    events: int
    incidents: int
    over_pairs: int
    merged_pairs: int
    under_pairs: int
    true_pairs: int

    @property
    def over_merge(self) -> float:
        return self.over_pairs / self.merged_pairs if self.merged_pairs else 0.0

    @property
    def under_merge(self) -> float:
        return self.under_pairs / self.true_pairs if self.true_pairs else 0.0


def reports_of(doc: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for event in doc["events"]:
        for report in event["reports"]:
            result = {"incident": True, "confidence": 0.8, **event["base"]}
            result.update({k: v for k, v in report.items() if k not in ("outlet", "at", "title", "summary")})
            out.append((event["id"], {**report, "result": result}))
    out.sort(key=lambda pair: str(pair[1]["at"]))
    return out


def measure(path: Path = DEFAULT_SET) -> Rates:
    from sqlalchemy.orm import Session

    from service import migrate
    from service.db import make_engine
    from service.incidents import service as incidents
    from tests.reports import add_feed, add_report

    doc = yaml.safe_load(path.read_text())
    labelled = reports_of(doc)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/merge.sqlite3"
        migrate.upgrade(url)
        engine = make_engine(url)
        with Session(engine) as session:
            feeds = {n: add_feed(session, n) for n in {r["outlet"] for _, r in labelled}}
            predicted: list[int] = []
            for _, r in labelled:
                at = datetime.fromisoformat(str(r["at"]).replace("Z", "+00:00"))
                item, assessment = add_report(
                    session, feed=feeds[r["outlet"]], title=r["title"], summary=r.get("summary", ""),
                    result=r["result"], published=at,
                )  # fmt: skip
                predicted.append(incidents.record(session, item=item, assessment=assessment, now=at).id)
            session.rollback()
        engine.dispose()
    truth = [event_id for event_id, _ in labelled]
    over = merged = under = together = 0
    for i, j in itertools.combinations(range(len(labelled)), 2):
        same_truth, same_pred = truth[i] == truth[j], predicted[i] == predicted[j]
        together += same_truth
        merged += same_pred
        over += same_pred and not same_truth
        under += same_truth and not same_pred
    return Rates(len(labelled), len(set(truth)), len(set(predicted)), over, merged, under, together)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=DEFAULT_SET)
    rates = measure(parser.parse_args().set)
    print(f"{rates.reports} reports of {rates.events} events -> {rates.incidents} incidents")
    print(f"over-merge:  {rates.over_pairs}/{rates.merged_pairs} merged pairs = {rates.over_merge:.1%}")
    print(f"under-merge: {rates.under_pairs}/{rates.true_pairs} true pairs = {rates.under_merge:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
