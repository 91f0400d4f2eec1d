"""Error classes fixed in 0.4.7 (realistic-feed batches 16-17 and the known limits of 0.4.6).

Each case is a kind of item, written by us; none is a fixture or development record.
"""

from __future__ import annotations

import pytest

INCIDENTS = [
    # violence named before the funeral: the funeral is the target
    ("Shelling hits funeral procession in Donetsk, killing four", "Mourners scattered as rounds landed."),
    # a drone strike in the headline with the year's toll as background stays an incident
    ("Drone strike kills 9 at market, taking this year's toll past 2,000", "Medics blamed the RSF."),
    # an arrest after an attack in a theatre is not crime framing
    (
        "Car bomb kills five near army checkpoint in Mogadishu",
        "A suspect has been arrested, officials said; al-Shabaab claimed the blast.",
    ),
    ("Insurgents seize two villages in Cabo Delgado", "Residents said the fighters burned homes."),
    ("Fire at army depot after drone attack in Belgorod region", "Two soldiers were wounded."),
    # 'hit X with drones/missiles' names the method (batch 18)
    ("Kyiv says it hit Russian oil terminal with drones", "Fires burned at the port of Novorossiysk."),
    ("Russia pounds Kharkiv with missiles overnight", "The mayor said four people were hurt."),
    # violence that follows an agreement is still news
    (
        "Strikes kill 40 in Gaza hours after truce agreed",
        "Hospitals said women and children were among the dead.",
    ),
]
NEGATIVES = [
    # contraband and power seized are not territory
    ("Coastguard seizes 2.3 tonnes of cocaine off Ecuador", "The drugs were hidden in a banana shipment."),
    (
        "Army officers seize power in Niamey",
        "They announced on state TV that the constitution was suspended.",
    ),
    # missiles fired into the sea: a test or a show of force
    ("North Korea fires two ballistic missiles into the sea", "Seoul said they flew 400km."),
    # road and runway accidents, fires in housing blocks
    ("Off-duty soldier killed by car outside barracks", "The driver was arrested at the scene."),
    ("Jet skids off runway in storm, injuring 12", "Passengers were evacuated down emergency slides."),
    ("Fire at Bangkok housing estate kills 8", "Flames spread up the outside of the tower."),
    # crime outside a war: criminal groups, shootings at venues
    (
        "Gunmen open fire at bar in Rosario, killing four",
        "Prosecutors blamed a feud between criminal groups.",
    ),
    ("Three dead after shooting at college in Ohio", "A 19-year-old has been arrested, police said."),
    # personal violence by soldiers
    ("Conscript shoots dead four colleagues at base", "Officials said a personal dispute was behind it."),
    # prospective attacks
    (
        "Kyiv braces for a winter of Russian strikes on the grid",
        "Utilities are stockpiling spare transformers.",
    ),
    # a year's toll in the headline, methods in the summary
    ("UN: 5,100 civilians killed in Myanmar this year", "Most died in air strikes and artillery fire."),
    ("1,800 killed in fighting in eastern Congo since January", "Drone strikes caused a third of deaths."),
    # mourning of people killed earlier
    ("Hundreds attend funeral for commander killed in drone strike", "The ceremony was held two days later."),
    # an agreement reached after violence: the violence is background (batch 18)
    ("Armenia and Azerbaijan agree truce after deadly border clashes", "Russia brokered the deal."),
    # genre labels: analysis and explainers are never incident reports (batch 18)
    ("Analysis: Why the M23 rebels took Goma so quickly", "The army had been hollowed out by corruption."),
    ("Explainer: How Houthi drone attacks changed Red Sea shipping", "Insurers raised premiums fivefold."),
]


@pytest.mark.parametrize(("title", "summary"), INCIDENTS)
def test_incidents(judge, title, summary):
    assert judge(title, summary).incident


@pytest.mark.parametrize(("title", "summary"), NEGATIVES)
def test_negatives(judge, title, summary):
    assert not judge(title, summary).incident
