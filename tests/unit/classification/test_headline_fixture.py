"""Precision and recall on our own labelled headlines (fixtures/headlines.jsonl, written by us)."""

from __future__ import annotations

import json
from pathlib import Path

from service.classification import ItemText, classify

FIXTURE = Path(__file__).parent / "fixtures" / "headlines.jsonl"


def test_precision_and_recall_on_own_headlines():
    rows = [json.loads(line) for line in FIXTURE.read_text().splitlines() if line.strip()]
    tp = fp = fn = 0
    wrong = []
    for row in rows:
        got = classify(ItemText(title=row["title"], summary=row["summary"])).incident
        tp += got and row["incident"]
        fp += got and not row["incident"]
        fn += row["incident"] and not got
        if got != row["incident"]:
            wrong.append(row["id"])
    assert tp / (tp + fp) >= 0.95, wrong
    assert tp / (tp + fn) >= 0.95, wrong
