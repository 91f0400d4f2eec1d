"""Event dates: written dates win, relative days resolve against publication."""

from __future__ import annotations

import pytest

BASE = "Mortar fire kills two soldiers near the front line"


@pytest.mark.parametrize(
    "summary,published,expected",
    [
        ("The attack happened last night.", "2024-05-15T07:00:00", "2024-05-14"),
        ("The shelling began yesterday.", "2024-05-15T07:00:00", "2024-05-14"),
        ("The strike happened on Saturday.", "2024-05-15T07:00:00", "2024-05-11"),  # a Wednesday
        ("The strike happened on Wednesday.", "2024-05-15T07:00:00", "2024-05-15"),
        ("The shelling was reported this morning.", "2024-05-15T07:00:00", "2024-05-15"),
        ("On 21 March 2020 the positions came under fire.", "2024-05-15T07:00:00", "2020-03-21"),
        ("The attack on 3 May was confirmed on Friday.", "2024-05-15T07:00:00", "2024-05-03"),
        ("Fighting on December 30 killed two.", "2025-01-02T07:00:00", "2024-12-30"),
    ],
)
def test_event_date(judge, summary, published, expected):
    a = judge(BASE, summary, published)
    assert a.incident
    assert a.event_date == expected


def test_no_date_anywhere_falls_back_to_publication(judge):
    assert judge(BASE, "", "2024-05-15T07:00:00").event_date == "2024-05-15"


def test_no_publication_and_no_written_date_is_null(judge):
    assert judge(BASE, "", None).event_date is None
