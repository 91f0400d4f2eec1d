"""Items that report violations indirectly: mission reports, casualty bulletins, war losses."""
# ruff: noqa: E501  -- headlines read best unbroken

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "title,summary",
    [
        ("Daily Report 57/2021 12 March 2021", ""),
        ("Spot Report 3/2019: Explosion near Stanytsia Luhanska", ""),
        (
            "Latest from the OSCE Special Monitoring Mission to Ukraine",
            "Based on information received as of 19:30.",
        ),
        ("Conflict-related civilian casualties in Ukraine", "Update for 1 to 31 March."),
        ("Heavy casualties reported as violence flares in eastern Ukraine", ""),
        ("Ukraine sides trade blame after deadliest day since truce", ""),
        ("Fighting rages near Donetsk despite plane crash", ""),
        ("Зведення штабу ООС: обстріли позицій біля Пісків", ""),
    ],
)
def test_indirect_reports_are_low_confidence_incidents(judge, title, summary):
    a = judge(title, summary)
    assert a.incident, [(e.rule, e.span) for e in a.evidence]


@pytest.mark.parametrize(
    "title,summary",
    [
        (
            "OSCE extends mandate of its monitoring mission in Moldova",
            "The mission has worked there since 1993.",
        ),
        (
            "Civilian casualties in Ukraine rose in 2023, UN says",
            "Conflict-related deaths passed 10,000 since the invasion.",
        ),
        ("UN says more than 10,000 civilians killed in Ukraine since invasion", ""),
        (
            "Soldier killed as army truck overturns on mountain road in Kashmir",
            "Five others were injured in the accident.",
        ),
        (
            "Landmine survivors learn to walk again with new prosthetics",
            "Decades after the war, mines still maim farmers.",
        ),
        ("Police fire tear gas at protesters despite ban on rallies", ""),
        (
            "Air force takes delivery of new attack helicopters",
            "They will support operations against insurgents.",
        ),
        ("Ammunition depot blast kills 5 soldiers in accident", ""),
        ("Twelve dead as bus plunges into gorge in the north", ""),
        ("The war has killed at least 150,000 people, envoy says", ""),
        ("Rivals trade accusations over truce violations", ""),
    ],
)
def test_reports_about_a_war_that_name_no_incident(judge, title, summary):
    a = judge(title, summary)
    assert not a.incident, [(e.rule, e.span) for e in a.evidence]


def test_ukrainian_ceasefire_word(judge):
    assert judge("Порушення режиму припинення вогню на Донбасі").mentions_ceasefire
