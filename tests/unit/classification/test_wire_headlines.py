"""Terse wire headlines and event descriptions that do report armed incidents."""

from __future__ import annotations

import pytest


def test_terse_shelling_headline(judge):
    a = judge("Two soldiers killed in shelling near Avdiivka")
    assert a.incident
    assert a.event_type == "shelling_artillery_missile_attack"
    assert a.killed == 2
    assert a.country == "UA"
    assert a.location is not None and a.location.name == "Avdiivka"
    assert a.target is not None and a.target.kind == "state_forces" and a.target_is_state_forces


@pytest.mark.parametrize(
    "title,event_type",
    [
        ("Roadside bomb kills three policemen in Helmand province", "remote_explosive_landmine_ied"),
        ("Drone strike on convoy kills four fighters near Marib", "air_drone_strike"),
        ("Suicide bomber kills 9 at army checkpoint", "suicide_bomb"),
        ("Grenade thrown at police station wounds two officers", "grenade"),
        ("Militants ambush army patrol, killing six soldiers", "armed_clash"),
        ("Gunmen kill 12 villagers in overnight raid", "attack"),
        ("Rebels abduct 20 students from boarding school", "abduction_forced_disappearance"),
    ],
)
def test_event_types(judge, title, event_type):
    a = judge(title)
    assert a.incident, [(e.rule, e.span) for e in a.evidence]
    assert a.event_type == event_type


@pytest.mark.parametrize(
    "title",
    [
        "One KIA, three WIA in Donbas in past 24 hours",
        "Separatists violate ceasefire 14 times overnight, military says",
        "Three civilians killed in eastern Ukraine",
        "Israeli air raids kill 17 in Gaza overnight",
        "Taliban attack checkpoint in Kunduz, killing five police",
    ],
)
def test_wire_headlines_are_incidents(judge, title):
    assert judge(title).incident


def test_event_description_with_written_date_wins_over_publication(judge):
    a = judge(
        "",
        "On 4 March 2021, Taliban militants attacked a police post in Nahrin district, Baghlan, "
        "killing 3 policemen and wounding 2.",
        "2021-03-09T08:00:00",
    )
    assert a.incident
    assert a.event_date == "2021-03-04"
    assert a.killed == 3 and a.wounded == 2
    assert a.country == "AF"
    assert a.perpetrator is not None and a.perpetrator.name == "Taliban"
    assert a.target_is_state_forces


def test_civilian_target_is_not_state_forces(judge):
    a = judge("Shelling of market kills seven civilians in Donetsk")
    assert a.incident
    assert a.target is not None and a.target.kind == "civilians"
    assert not a.target_is_state_forces


def test_nationality_with_an_attack_noun_names_the_perpetrator(judge):
    a = judge("Israeli strikes on Khan Younis kill 9, medics say")
    assert a.incident
    assert a.perpetrator is not None and a.perpetrator.name == "Israeli forces"
    assert a.perpetrator.kind == "external_force"  # a state's forces outside its own country
    assert a.country == "PS"


def test_the_speaker_is_not_a_party(judge):
    a = judge("Hamas says Israeli air strike killed 5 in Rafah")
    assert a.perpetrator is not None and a.perpetrator.name == "Israeli forces"
    assert {c.source for c in a.claims} == {"Hamas"}


def test_vehicles_that_hit_mines_are_the_target(judge):
    a = judge(
        "",
        "On 5 May 2021, two army trucks hit landmines near a village in Sagaing region. Three soldiers died.",
    )
    assert a.incident
    assert a.event_type == "remote_explosive_landmine_ied"
    assert a.target_is_state_forces
    assert a.country == "MM"
