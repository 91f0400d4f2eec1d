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


@pytest.mark.parametrize(
    "summary,published,expected",
    [
        # across a month and a year boundary
        ("The attack happened last night.", "2024-03-01T06:00:00", "2024-02-29"),
        ("The shelling began yesterday.", "2025-01-01T09:00:00", "2024-12-31"),
        ("The strike happened on Saturday.", "2025-01-02T09:00:00", "2024-12-28"),  # a Thursday
        ("Positions came under fire on Thursday morning.", "2024-06-03T09:00:00", "2024-05-30"),
        ("The convoy was ambushed late on Thursday night.", "2024-05-20T09:00:00", "2024-05-16"),  # a Monday
        ("The strike happened last Wednesday.", "2024-05-15T07:00:00", "2024-05-08"),
        ("Monday's attack killed two.", "2024-05-15T07:00:00", "2024-05-13"),
        # the day something was said is not the day it happened
        ("The army said on Tuesday that the post was hit on Sunday.", "2024-05-15T07:00:00", "2024-05-12"),
        ("Officials said on Monday the base was shelled overnight.", "2024-05-15T07:00:00", "2024-05-14"),
        # a written date wins over any relative word
        ("On Saturday, 4 May, the village was shelled.", "2024-05-15T07:00:00", "2024-05-04"),
        (
            "Fighting on 30 December was the worst in weeks, officials said yesterday.",
            "2025-01-02T07:00:00",
            "2024-12-30",
        ),
        ("The post was shelled, officials told reporters yesterday.", "2024-05-15T07:00:00", "2024-05-14"),
    ],
)
def test_relative_dates_against_publication(judge, summary, published, expected):
    a = judge(BASE, summary, published)
    assert a.event_date == expected
