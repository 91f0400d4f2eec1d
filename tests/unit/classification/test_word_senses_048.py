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
