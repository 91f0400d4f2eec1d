"""Ordinary news that uses the words of war: none of it is an armed incident."""
# ruff: noqa: E501  -- word lists and patterns read best one alternative per line, unbroken

from __future__ import annotations

import pytest

NEGATIVES = [
    (
        "Striker's late double sends United top of the league",
        "The forward struck twice in stoppage time to beat City 3-1.",
    ),
    (
        "Rail workers strike over pay as union rejects offer",
        "Trains across the country were cancelled on Monday as staff walked out.",
    ),
    (
        "Bird strike forces passenger jet to return to airport",
        "The plane landed safely after hitting a flock of geese on take-off.",
    ),
    (
        "Five killed as car crashes into lorry on motorway",
        "Police said the collision happened in heavy fog early on Sunday.",
    ),
    (
        "Thousands protest against fuel prices in the capital",
        "Demonstrators marched to parliament; police used tear gas to disperse them.",
    ),
    (
        "Peace talks to resume next week, mediators say",
        "Envoys from both sides are expected in the capital for a new round of negotiations.",
    ),
    (
        "Truce negotiations stall over prisoner exchange",
        "Diplomats said the draft ceasefire deal still lacked guarantees.",
    ),
    (
        "Analysis: can the ceasefire survive the winter?",
        "Years of war have left both armies exhausted, analysts say.",
    ),
    (
        "Earthquake kills more than 200 in mountain villages",
        "Rescuers are searching the rubble after the magnitude 6.8 quake.",
    ),
    (
        "Chancellor launches attack on rival's spending plans",
        "The minister said the budget would hit families hard.",
    ),
    (
        "Tech giant hit by cyber attack on payment systems",
        "Hackers stole customer data in the breach, the company said.",
    ),
    ("Court jails man for murder of neighbour in knife attack", "The judge sentenced him to life in prison."),
    (
        "Box office: war epic explodes onto screens",
        "The film's battle scenes thrilled audiences at the premiere.",
    ),
    (
        "Fighter pilot film wins best picture award",
        "The drama about air force cadets took home three prizes.",
    ),
    (
        "Government wins vote to extend ceasefire monitoring mission",
        "Lawmakers approved the budget for observers.",
    ),
    (
        "Country to buy 24 fighter jets and new missile defence system",
        "The defence ministry signed the contract on Friday.",
    ),
    (
        "Miners trapped after gas explosion at colliery",
        "Rescue teams are trying to reach 12 men underground.",
    ),
    ("Boxer knocks out champion in the fourth round", "The heavyweight bout drew a record crowd."),
    ("Opposition leader blasts government over price rises", "Critics say the policy will hurt the poor."),
    ("Wildfire kills three firefighters as heatwave grips region", "Officials evacuated thousands of homes."),
    (
        "Storm kills 12 as floods sweep through coastal towns",
        "Rescuers used boats to reach stranded residents.",
    ),
    ("Former rebel commander sworn in as regional governor", "The ceremony took place under heavy security."),
]


@pytest.mark.parametrize("title,summary", NEGATIVES)
def test_hard_negative_is_not_an_incident(judge, title, summary):
    a = judge(title, summary)
    assert not a.incident, [(e.rule, e.span) for e in a.evidence]
    assert a.event_type is None


def test_ceasefire_mention_is_flagged_without_an_incident(judge):
    a = judge(
        "Truce holds for a third day as aid convoys enter the city",
        "A cessation of hostilities began on Friday.",
    )
    assert not a.incident
    assert a.mentions_ceasefire


def test_lower_case_business_copy_is_not_an_incident(judge):
    a = judge(
        "",
        "shares in the airline fell after it warned that strikes by cabin crew would hit profits this quarter.",
        None,
    )
    assert not a.incident


@pytest.mark.parametrize(
    "title",
    [
        "Militia leader vows to keep fighting until the occupation ends",
        "Rebels say they will resume attacks if the truce collapses",
        "New air defences will protect the capital from missile attacks, minister says",
        "Government pauses shipment of bombs to ally",
        "Death toll in the war passes 40,000, ministry says",
        "Rebels set up an administration in seized city",
    ],
)
def test_intent_logistics_and_tallies_are_not_incidents(judge, title):
    a = judge(title)
    assert not a.incident, [(e.rule, e.span) for e in a.evidence]
