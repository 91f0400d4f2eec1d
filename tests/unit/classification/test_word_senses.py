"""Word senses and frames added in 0.4.5 and 0.4.6: each case is a kind of item, written by us."""

from __future__ import annotations

import pytest

INCIDENTS = [
    (
        "Rebels shoot down army helicopter over the Nuba Mountains",
        "The crew of three were killed, a rebel spokesman said.",
    ),
    ("Air defences downed 14 drones over Kursk region overnight", ""),
    ("Army checkpoint near Horlivka came under mortar fire twice", ""),
    (
        "Insurgents overrun district centre after clashes with police",
        "Surviving officers withdrew to the provincial capital.",
    ),
]
NEGATIVES = [
    (
        "North Korea test-fires cruise missiles into the sea",
        "State media said the launch was a routine drill.",
    ),
    ("Blaze at nightclub in Skopje kills 59", "Investigators said indoor fireworks set the ceiling alight."),
    ("Blast at arms store blamed on faulty wiring", "The army said an inquiry had been opened."),
    ("Students clash with riot police over tuition fees", "Officers fired rubber bullets; dozens were hurt."),
    ("Refugees return to Aleppo after years away", "Many found their homes destroyed by the fighting."),
    (
        "Ministry recalls ambassador after border shooting",
        "The foreign minister called the incident unacceptable.",
    ),
    ("Navy frees crew of seized tanker", "The ship's 20 sailors were flown home."),
    ("Cyclist killed after being hit by a lorry near an army base", "Police said the driver fled."),
    ("Police arrest two men after nightclub shooting in Antwerp", "One person died in hospital."),
    ("Activists throw paint bombs at embassy", "Nobody was hurt."),
    (
        "3,400 civilians killed in the conflict so far this year, UN says",
        "The figure is higher than for the whole of last year.",
    ),
]


@pytest.mark.parametrize(("title", "summary"), INCIDENTS)
def test_incidents(judge, title, summary):
    assert judge(title, summary).incident


@pytest.mark.parametrize(("title", "summary"), NEGATIVES)
def test_negatives(judge, title, summary):
    assert not judge(title, summary).incident
