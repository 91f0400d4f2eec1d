"""Text that case-insensitive matching treats specially must not crash the classifier.

Python's re.IGNORECASE lets 'ſ' (long s) match s, the Kelvin sign match k and dotted or dotless
i match i, but str.lower() keeps them as they are, so a lookup by the matched word can miss.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from service.classification import ItemText, classify, classify_jsonl

FIXTURE = Path(__file__).parent / "fixtures" / "headlines.jsonl"
ODD = [("s", "ſ"), ("k", "\u212a"), ("i", "ı"), ("I", "İ")]
PUBLISHED = datetime(2025, 5, 5, 12, tzinfo=UTC)


def _rows() -> list[dict[str, str]]:
    rows = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows[::7]


@pytest.mark.parametrize(("plain", "odd"), ODD)
def test_odd_case_letters_do_not_crash(plain: str, odd: str) -> None:
    for row in _rows():
        title = row["title"].replace(plain, odd)
        summary = row["summary"].replace(plain, odd)
        classify(ItemText(title=title, summary=summary, published=PUBLISHED))


@pytest.mark.parametrize(
    "title",
    [
        "Shelling kills 3 on ſaturday in Donetsk",
        "Attack last ſunday kills 2 soldiers",
        "On 3 ſeptember rebels shelled a base near Idlib",
        "Two killed three days ago in Kherson \u212aamikaze drone strike",
    ],
)
def test_dates_resolve_through_odd_letters(title: str) -> None:
    a = classify(ItemText(title=title, summary="", published=PUBLISHED))
    assert a.incident
    assert a.event_date is not None


def test_cli_answers_every_line_of_odd_text() -> None:
    lines = [
        json.dumps({"id": n, "title": t, "summary": "", "published": "2025-05-05T12:00:00Z"})
        for n, t in enumerate(["Strike on ſaturday kills 4", "İdlib shelling kills 2 on Sunday"])
    ]
    answers = [json.loads(a) for a in classify_jsonl(lines)]
    assert [a["id"] for a in answers] == [0, 1]
    assert all("error" not in a for a in answers)
