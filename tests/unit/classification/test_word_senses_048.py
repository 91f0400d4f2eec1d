"""Error classes fixed in 0.4.8 (blind realistic-feed batches 19-22).

Each case is a kind of item, written by us in our own words; none is a fixture or development record.
"""

from __future__ import annotations

import pytest

INCIDENTS = [
    # gangs and cartels named as parties: the word 'gang' or 'cartel' is the party, not crime framing
    ("Gangs storm hillside suburb of Port-au-Prince, killing at least 14", ""),
    (
        "Five shot dead in Sinaloa as cartel factions fight on",
        "Gunmen fired on a taxi rank in Culiacan on Friday, prosecutors said.",
    ),
    ("Viv Ansanm fighters overrun town in central Haiti", "The police station was set on fire."),
    # armed men entering a town is its capture
    (
        "Rebels enter eastern mining town as army withdraws",
        "Residents said fighters moved in after clashes with troops on Tuesday.",
    ),
    # changes of hands told without 'capture' (blind wire batch 25, blind feed batch 24)
    ("Town changes hands again as rebels advance on rail junction", "Troops fell back overnight."),
    ("Separatists take Horlivka police HQ; two officers killed", ""),
    ("Army pushes militants out of two villages near Palmyra", "Eleven soldiers were killed."),
    ("Rebels enter Kalehe, third town to fall this month", "Government soldiers had left on Friday."),
    ("Separatists raise flag over Kramatorsk council after gunfight", ""),
    # aircraft brought down
    ("Rebels down army helicopter near Sloviansk, crew of four killed", ""),
    ("Cargo plane with 40 aboard brought down by missile over Luhansk", ""),
    # a hijacking by an armed group
    ("Gunmen hijack bus carrying soldiers in Balochistan", "Police said 11 passengers were taken off."),
    # a spike in violence that kills people is still an event
    ("Spike in violence kills four near Donetsk", ""),
]

NEGATIVES = [
    # how often, not what happened
    (
        "UN: attacks by settlers at highest level in a decade",
        "Its monitors recorded more than 180 incidents in September.",
    ),
    ("Rights group logs 95 drone attacks in October", "Most hit farmland, it said."),
    # a running count since the truce or over a whole war
    ("Ministry: more than 300 killed since ceasefire took effect", "Hundreds were also wounded."),
    ("Iraq says 412 people killed in nine days of clashes", "Most of the dead were fighters."),
    # burial and mourning of someone killed earlier
    ("Villagers bury teacher killed in last week's shelling", "Relatives wept at the graveside."),
    # a verdict over violence done before
    (
        "Court jails soldier for 15 years over killing of two farmers in 2023",
        "He was found guilty of firing on their car at a checkpoint.",
    ),
    # a condition, not an event
    (
        "Militia chief threatens to hit tankers if navy keeps up patrols",
        "He spoke at a rally in the port city.",
    ),
    # figures of speech and games (blind BBC-style batch 23)
    ("", "Small firms say they are bombarded with spam e-mails offering loans and cheap pills."),
    (
        "",
        "The sequel sold two million copies in a week. Players control a marine fighting off alien "
        "invaders across a ruined city.",
    ),
    # warnings, tests, hypotheticals and arms sales (blind batches 24 and 26)
    ("Video: Life in a Kharkiv shelter during air raid alerts", ""),
    ("Moscow reports successful test of new long-range cruise missile", "It flew for 12 hours."),
    ("General warns neighbour of a 'crushing response' to any new attacks", ""),
    ("UN monitors count more than 9,000 violations of the truce in a year", "Most were overflights."),
    ("Germany approves $2bn in missiles and shells for Kyiv", "Deliveries start next year."),
    ("Minister says only friendly troops can enter the buffer zone town", ""),
    # a blaze, not gunfire
    (
        "Airport closed after fire at power substation",
        "Counter-terrorism officers said they were keeping an open mind.",
    ),
]


@pytest.mark.parametrize(("title", "summary"), INCIDENTS)
def test_incidents(judge, title, summary):
    assert judge(title, summary).incident


@pytest.mark.parametrize(("title", "summary"), NEGATIVES)
def test_negatives(judge, title, summary):
    assert not judge(title, summary).incident
