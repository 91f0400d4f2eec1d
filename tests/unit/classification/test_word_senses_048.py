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
    # people seized are abducted; captives marched off are not a march (blind batches 28-29)
    ("Bandits seize 40 worshippers from mosque in Katsina", "They marched the captives into the forest."),
    (
        "Gunmen abduct 12 travellers on Abuja-Kaduna road",
        "Armed men blocked the road and opened fire on vehicles, police said.",
    ),
    # ships and buildings hit by drones or missiles (blind wire batch 32)
    ("Tanker hit by drone off Yemen's coast, crew unharmed - UKMTO", ""),
    ("Kharkiv apartment block struck by missile, mayor says", ""),
    # fires a strike starts are its damage; 'liberate' is a capture (blind batches 33-34)
    ("Drones spark fire at fuel depot in Kursk region, governor says", "No one was hurt."),
    ("Drone strike hits port warehouse, sparking huge blaze", "Firefighters worked through the night."),
    ("Troops liberate two villages near Kupiansk, ministry says", ""),
    # a non-event verb with the violence in a clause of its own, or a reaction to an act
    ("Army vows revenge after rebels kill 12 soldiers in Borno", ""),
    # a coach on the road is a bus, not a team; 'unclear if' does not make a strike hypothetical
    ("Gunmen seize 15 passengers from coach on Niger highway", "The coach was stopped at a fake checkpoint."),
    ("Drone strike hits car in south Lebanon; unclear if anyone was killed", ""),
    # 'trade fire' is a gun battle; a framework named in a 'despite' clause is background
    ("Rebels and troops trade fire near Goma despite Doha framework", "Residents fled the hills."),
    # an armed group named only by its acronym; 'police suspect' is not crime framing (batch 46)
    ("Gunmen abduct four surveyors in Papua highlands", "Police suspect members of the TPNPB."),
    # jets sent against positions are an air strike, not a delivery (batch 49)
    ("Cambodia sends jets against Thai army positions", "Troops came under fire near the temple."),
    # 'bears the brunt' is a verb, not wildlife
    ("Kharkiv bears the brunt as Russian missiles kill 7", ""),
    # a blast at a depot after a drone attack stays an attack (measurement batches 51-53)
    ("Explosion at ammunition depot after drone attack, governor says", ""),
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
    # tests, deliveries and releases (blind batch 28)
    ("India successfully tests Agni-Prime ballistic missile", ""),
    ("Niger takes delivery of new batch of Chinese armed drones", "They were shown at an airbase."),
    ("Rebels free abducted engineer after two months", "He was handed to the Red Cross."),
    # trends, industrial blasts, riots, arms fairs, drills, crime probes, future targets (blind batch 29)
    ("Mine casualties rose for a third year, report finds", "Most victims were children."),
    ("Civilian deaths up sharply in first half of the year, UN says", "It blamed long-range strikes."),
    ("Blast at chemical plant kills 9; officials blame poorly stored fertiliser", ""),
    ("Fire sets off explosions at army munitions depot; villages evacuated", "No one was hurt."),
    ("Second night of disorder in Belfast as police hit by petrol bombs", "Nine officers were hurt."),
    ("Drones and loitering munitions dominate Paris arms fair", "Exhibitors reported full order books."),
    ("South Korea fires artillery into the sea in live-fire drill", ""),
    ("Lyon: 12 arrested in drug-trafficking probe, guns seized", ""),
    ("Militia says its attacks will now target only military ships", ""),
    # a year's operations, captives coming home, monthly tolls, factories, map pages (batches 30-31)
    ("Army: 640 militants killed in operations across the north this year", ""),
    ("Kidnapped aid workers released in Darfur after talks with elders", ""),
    ("May deadliest month for civilians in Sudan this year, UN says", "Most were killed by drones."),
    ("Workshops race to build interceptors against Shahed swarms", ""),
    ("Maps: Where the army's offensive has stalled", "Our tracker shows the front since March."),
    # loss tallies, drills, warnings of strikes, scams (blind batch 34)
    ("General Staff: enemy combat losses reach 905,000", "Including 1,100 over the past day."),
    ("Army holds snap combat readiness check near the border", "Artillery units are taking part."),
    ("Intelligence warns enemy preparing massive missile strike", "Bombers were moved to forward bases."),
    ("Police shut down phone scam targeting pensioners in Odesa", ""),
    # the headline's own act is a deal, a ban or a delivery; the violence is only its object;
    # reactions and quoted views of an act reported elsewhere (blind batches 39-41)
    ("Seoul weighs response to artillery fire near border island", ""),
    ("Security Council condemns Kabul strike in statement", "Members deplored the attack."),
    ("Egypt's foreign minister: Israel's Beirut strike was 'reckless'", ""),
    ("Zelensky visits site of Kharkiv strike", ""),
    ("Parliament votes to let air force shoot down drones over its territory", ""),
    ("Bear wanders into shopping centre amid record attacks", "Bear attacks have killed 9 this year."),
    ("Magnitude 6.1 earthquake strikes eastern Turkey, killing 4", ""),
    ("Kim Jong Un visits artillery unit, orders readiness", ""),
    ("Army says it has killed 'over 900' militants since ground push began", ""),
    ("Civilian casualties in June highest for the month since 2022, UN says", ""),
    ("Army warns it will respond 'decisively' to attacks from across the border", ""),
    ("Delhi expels envoys as row over activist's killing deepens", ""),
    ("North Korea fires short-range ballistic missile into East Sea", ""),
    ("Pentagon signs deal for 400 attack drones", ""),
    ("Moscow bans drone flights over capital after attacks on airports", ""),
    # charge sheets, cases at the ICJ, world rankings, spates and running counts (batches 36-38)
    ("Agency files charge sheet against nine in 2022 Bijapur IED case", "The blast killed seven police."),
    ("Niger takes Benin to ICJ over downed drone", ""),
    ("Afghanistan again tops world in landmine casualties, monitor says", ""),
    ("President orders inquiry into spate of drone attacks on oil fields", ""),
    ("UN: 640 killed near food distribution points since late June", ""),
    ("Video: Passengers climb out of upside-down plane in Calgary", ""),
    ("Militia threatens to resume attacks if fighting restarts in the capital", ""),
    # denials of claims, arrests over an attack, 'armed strikes', drone sightings (batches 42-44)
    ("Kabul rejects Islamabad's claims over Peshawar attack", "It urged Pakistan not to shift blame."),
    ("Police arrest two suspected facilitators of Kabul car bombing", ""),
    ("Rebel group announces 48-hour armed strike in Cauca", "Residents were told to stay home."),
    ("Oslo airport halts flights after drone sightings", ""),
    # sport, running counts, violations counted in thousands, scam raids, captives held (45-47)
    ("Syria's blunt attack leaves side held goalless in Gulf Cup warm-up", "Coach laments missed chances."),
    ("Health ministry: 310 killed since ceasefire began", ""),
    ("Peacekeepers say they recorded thousands of airspace violations since truce", ""),
    ("Hundreds cross into Laos after raids on scam compounds", ""),
    ("Manila presses Beijing to free 6 fishermen held since May clashes", ""),
    ("Insurgency deaths in Balochistan up 30% in first half of year: think tank", ""),
    # detentions over fighting, simulator training (batches 48, 50)
    ("Juba holds opposition ministers over Upper Nile fighting", ""),
    ("Video: Conscripts train on drone simulators far from the front", ""),
    # industrial blasts, cloudbursts, targets counted over weeks, burials, markets (batches 51-53)
    ("Explosion at Dzerzhinsk gunpowder plant kills at least 8", ""),
    ("Huge blast rips through Chittagong port, hundreds injured", ""),
    ("Cloudburst: death toll rises to 40 in Himachal, dozens missing", ""),
    ("Command says it has hit more than 600 targets in Yemen since mid-March", ""),
    ("Tehran buries air-defence officers killed in strikes", ""),
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
