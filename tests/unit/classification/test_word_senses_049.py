"""Error classes fixed in 0.4.9 (blind realistic-feed batches 54-61).

Each case is a kind of item, written by us in our own words; none is a fixture or development record.
"""

from __future__ import annotations

import pytest

INCIDENTS = [
    # a vessel sunk in war is an attack, not a shipwreck
    (
        "Navy says it sank enemy patrol boat off the coast overnight",
        "Sea drones struck the vessel near the port.",
    ),
    ("Russian corvette sunk by Ukrainian sea drones near Crimea, intelligence says", ""),
    # changes of hands told with 'occupy', 'claim control' or ', take X' after a comma
    ("Russian troops occupy Kurakhove after months of fighting", ""),
    ("Rebels press on towards the coast, take Baniyas - monitors", ""),
    ("Separatists claim control of rail hub as government troops pull out", ""),
    # 'IS' in capitals is the group, not a question ('Is ...?')
    ("IS captures oil town in eastern Syria", "Jihadists overran army positions at dawn."),
    # armed men barricading themselves inside are not a protest
    (
        "Gunmen kill policeman in northern Kosovo village",
        "The attackers then barricaded themselves inside a monastery, police said.",
    ),
    # a place held by a party ('Houthi-held') is not a suspect held over an attack
    ("Israeli jets strike Houthi-held port after drone attack on Tel Aviv", "Fuel tanks burned for hours."),
    # a named operation's words are a name, not a frame ('Volcano' is no disaster here)
    (
        "Government forces retake Tarhuna in Operation Volcano of Rage",
        "Fighters of the eastern army fled south.",
    ),
]

NEGATIVES = [
    # cricket's bowling attack; a minister attacking an official over a policy
    ("Visitors' bowling attack rips through the top order in Multan", ""),
    (
        "Security minister attacks intelligence chief over detention orders",
        "The opposition called for his removal.",
    ),
    # weather that kills is not war, even at an army post
    ("Lightning kills two soldiers at border post during storm", "They were struck while on sentry duty."),
    ("Lightning strikes kill six in desert district", "Monsoon rains lashed the area, officials said."),
    # a fuel tank blowing up is an accident
    ("Fuel tank explosion kills 19 in northern village", "Residents had gathered to fill jerrycans."),
    # a shooting over a property dispute is crime between relatives
    ("Retired soldier shot dead over property dispute", "Police said a cousin fled with a pistol."),
    # features, columns and testimony
    ("The inside story of the sabotage plot against the militia's radios", ""),
    ("Guest Column: Why the capital fears a rebel victory in the north", ""),
    (
        "Villagers describe abductions under occupation",
        "Rights workers documented dozens of cases since 2022.",
    ),
    # anniversaries told as 'one year since', and a statistic 'a year after'
    ("Nation marks one year since the border massacre", ""),
    ("Shipping through the strait still down by half a year after militia attacks began", ""),
    # the Second World War is history
    ("Admiral says the deployment was the navy's most intense combat since WWII", ""),
    # counts over a year
    ("Over 1,400 killed in militant violence in 2024, think tank says", ""),
    ("Command says it conducted 58 airstrikes in the country in 2019", "Most targeted insurgent camps."),
    ("Government and rebels sign truce", "The deal follows a month of fighting that killed thousands."),
    # mourning declared after an attack told elsewhere
    ("Day of mourning declared in river town after drone strike on bus", ""),
    # courts and probes over past violence, also after a topic label
    ("Cathedral bombing: Court convicts five militants", "The twin blasts killed 23 in 2019."),
    ("Air force strike: board of inquiry set up into civilian deaths", ""),
    ("Army probe finds soldiers fired on aid convoy without justification", ""),
    # headline verbs that are not violence: arrests, busts, sanctions, votes, deliberation, denials
    ("Police arrest four suspects 'planning attack' on police lines", "Suicide vests were recovered."),
    ("Police bust militant module, recover grenades and pistols", ""),
    ("Police capture alleged explosives expert of dissident front", ""),
    ("Treasury sanctions violent settlers over West Bank attacks", ""),
    ("Parliament votes to expel foreign troops after general's killing", ""),
    ("Pentagon weighs strikes on militias after drone attack on troops", ""),
    ("Kremlin denies its jets struck hospitals", "Moscow rejected accusations from Ankara and Paris."),
    ("Lawmakers grill defence minister over fighting in the provincial capital", ""),
    ("Nation marks fifth anniversary of the battle for the town", "Veterans remembered the hundreds killed."),
    # threats with quoted or possessive words, and a truce that bans fire
    ("Rebels warn of 'painful' strikes on the capital's airports", ""),
    ("Militia threatens ships if Washington joins Israel's strikes", ""),
    ("Families in the city brace for Israel's offensive", "The army ordered the district evacuated."),
    (
        "Comprehensive ceasefire takes effect in the east",
        "The truce bans sniper fire and offensive operations.",
    ),
]


def test_territory_taken_by_an_armed_group_was_held_by_the_state(judge):
    a = judge("Rebels seize key city of Wad Madani", "Fighters were seen in the market.")
    assert a.event_type == "non_state_actor_overtakes_territory"
    assert a.target_is_state_forces


def test_government_retaking_ground_does_not_make_the_state_the_target(judge):
    a = judge("Army retakes town from rebels after week of fighting", "")
    assert a.incident and not a.target_is_state_forces


def test_martyred_counts_as_killed(judge):
    a = judge("Four soldiers martyred in IED blast in North Waziristan", "")
    assert a.killed == 4 and a.target_is_state_forces


def test_a_toll_does_not_run_from_the_headline_into_the_summary(judge):
    a = judge("Gunmen attack police post, one officer killed", "About 30 armed men fled into the hills.")
    assert a.killed == 1


def test_a_city_name_without_its_suffix_places_the_event(judge):
    a = judge("Blast hits gym during Mass in Marawi; 4 dead", "")
    assert a.country == "PH"


def test_possessive_place_names_are_two_places(judge):
    a = judge("Drone strike kills two PKK fighters in Duhok's Amedi", "")
    assert a.country == "IQ"


@pytest.mark.parametrize(
    "title",
    [
        "Drone hits bus near the border, killing driver - governor",
        "Army says it killed rebel commander in overnight raid",
        "Roadside bomb kills district commissioner in the south",
    ],
)
def test_one_person_killed_by_role_is_one(judge, title):
    assert judge(title).killed == 1


def test_a_role_killed_with_others_is_not_counted_as_one(judge):
    assert judge("Strike kills commander and two guards near the front").killed != 1


# --- blind batches 62-67

INCIDENTS_62 = [
    # drones or missiles launched at a party are an incident, intercepted or not
    ("Russia fires record 500 drones and missiles at Ukraine overnight", "Most were shot down or jammed."),
    # 'pounds', 'storm' before a place name, 'taken control of'
    ("Israel pounds Rafah as truce talks resume in Cairo", "Strikes killed 25 people overnight."),
    ("Haiti gangs storm Mirebalais, free hundreds of inmates", "The police station was set on fire."),
    ("Militia says it has taken control of Lalibela", "Residents heard gunfire as troops withdrew."),
    # police killed in an ambush outside a war theatre are not a crime story
    ("Gunmen kill 13 police in ambush in Mexico State", "Prosecutors said the convoy was attacked."),
    # ground lost after fighting, and a toll after a comma, are what the headline reports
    ("Troops withdraw from rail hub after weeks of fighting", "Separatists claimed control of the town."),
    ("Army foils infiltration bid along the border, two intruders killed", ""),
]

NEGATIVES_62 = [
    # violence only as the background of what the headline reports
    ("Rebel movement names new prime minister after Israeli strike", ""),
    ("Peninsula fuel shortages deepen after refinery strikes", "Drivers are limited to 20 litres a day."),
    ("Port throughput rebounds despite Russian attacks, ministry says", ""),
    ("Alliance launches air-defence mission after drone incursion", ""),
    ("Leaders meet in the capital after strike on negotiators", ""),
    ("Train services resume weeks after hijacking", "Extra guards will travel on every train."),
    ("Gas reserves sufficient for winter despite attacks, utility says", ""),
    ("Governor orders evacuation of children from border villages amid shelling", ""),
    # a dispute over a planned offensive, a political battle over aid
    ("Leaders speak as pressure mounts over Rafah offensive", ""),
    ("The battle over Ukraine aid in Congress is heating up", ""),
    # leftover ordnance is not a new attack
    ("Landmine left over from the civil war kills two boys", ""),
    # arrests, detentions and foiled plots after a topic label
    ("Cantonment attack: police arrest alleged facilitator", "The suspect sheltered the attackers."),
    ("Police detain 12 over suspected ISIL links in raids", ""),
    ("Security service foils plot to fire rockets from Jenin", ""),
    ("President orders army chiefs to relocate until bandit leader is captured", ""),
    # statistics: a year's count of a hundred or more, a record, the Second World War
    ("Army says 720 militants killed in the region this year", ""),
    ("Settler attacks on villages hit record in 2025, UN says", ""),
    ("Commander calls Red Sea mission the most intense combat since World War II", ""),
    ("Iron Dome by the numbers: how many rockets were downed in 2023", ""),
    # investigators on an old downing; testimony and life under attack
    ("Investigators say missile that downed the airliner came from an army brigade", ""),
    ("Farmers say drones make working the orchards impossible", ""),
    ("'We sleep in the metro': families adapt to nightly air raids", ""),
    ("Mothers of conscripts missing since the incursion demand answers", ""),
    # a change of hands told as peaceful
    ("Militants take control of town after peacekeepers withdraw. No reported violence.", ""),
]


def test_parties_trading_blame_over_strikes_stay_incidents(judge):
    assert judge("India, Pakistan exchange claims over drone strikes").incident


# --- blind batches 68-73

INCIDENTS_68 = [
    ("Rockets land near embassy compound in Baghdad - security sources", ""),
    ("President says Russia launched 40 drones after the call, hitting a hospital", ""),
    ("Peacekeepers say Israeli tank fired near their patrol in Kfar Kila", "No one was hurt."),
    ("Gunmen execute 8 alleged collaborators in Gaza City, video shows", ""),
    ("El Fasher falls: RSF takes army's 6th Infantry Division headquarters", ""),
    (
        "Troops resort to unprovoked firing along the line of control",
        "Small-arms fire came from posts overnight.",
    ),
    ("RSF says it has taken Wad Madani, army pulls out - witnesses", ""),
    ("Five martyred as troops target villages along the line of control", ""),
    ("Gangs storm Haiti's main prison, thousands of inmates flee", ""),
    ("Jihadi fighters attack fuel convoy in western Mali", "A transport union official said tankers burned."),
    ("Cluster munitions hit residential areas of Kharkiv: what the evidence shows", ""),
    ("Conflict alert: northern region erupts after attack on federal army base", ""),
]

NEGATIVES_68 = [
    # essays, features and explainers
    (
        "The Return of the Tank: Lessons From the Battle for Avdiivka",
        "Glide bombs and massed artillery decided it.",
    ),
    ("Inside the Kill Chain: How the Military Picks Its Targets", "Target banks grew to tens of thousands."),
    ("Drone warfare: how cheap kamikaze drones have rewritten the rules of combat", ""),
    ("Why the front line has become a 'kill zone' for drones", "Drones now cause most casualties."),
    ("A drone unit's war, in their own words", "Pilots who fly attack drones describe the strain."),
    ("Drones are transforming the battlefield, and not only in Ukraine", ""),
    ("Deterrence by punishment: can airstrikes stop the Houthis?", ""),
    ("How many Palestinians has Israel killed since the ceasefire began?", "Our tracker counts every death."),
    ("Survivors of the strikes recount a night of terror", "Families describe digging through rubble."),
    # markets that name a war as their reason
    ("Oil climbs as Israel strikes Gaza, Ukraine talks in focus", ""),
    # tallies of violations and strikes
    ("Russia violated Easter truce 2,935 times, president says", ""),
    ("Rebels say coalition 'violated truce' 100 times in a day", ""),
    ("Group says Israel has committed hundreds of ceasefire violations since October", ""),
    ("Military says it has struck militia targets 'hundreds of times' since truce", ""),
    ("Monitor: more than 1,000 killed in first month of truce", ""),
    ("Monitor: over 500,000 killed in Syria's 13-year war", ""),
    ("Army says over 100 insurgents killed so far this year", ""),
    ("Fighting has displaced over 5 million people, UN says", ""),
    # acts that are not attacks: surveillance flights, mines laid, debris found, non-violent 'violations'
    ("Army accuses neighbour of 'provocative' drone flights over border", ""),
    ("Government accuses neighbour of laying new landmines along border", ""),
    ("Romania says drone fragments found on its soil after raids on Ukraine ports", ""),
    ("Israel says Hamas violating ceasefire by delaying return of remains", ""),
    # headline verbs: orders, sets up, suspends, denies; pausing and curbing
    ("Prime minister orders 'powerful strikes' over alleged truce breach", "No details were given."),
    ("US, Russia set up hotline to monitor truce violations", ""),
    ("Opposition suspends talks citing truce violations", ""),
    ("Rebel group denies role in grenade attacks in the capital", ""),
    ("President agrees to pause strikes on energy sites but rejects full ceasefire", ""),
    ("Truce depends on curbing cross-border militant attacks, minister says", ""),
    # consequences for the population, and a topic label over another story
    ("Power cuts hit six regions after weekend attacks on grid", "Engineers are repairing substations."),
    (
        "Shelling along LoC: families return to assess damaged homes",
        "They took shelter in bunkers last week.",
    ),
]


@pytest.mark.parametrize(
    "title",
    [
        "Six killed in east Ukraine fighting: officials",
        "Two civilians killed in rebel attack in the east: governor",
    ],
)
def test_a_source_after_the_colon_is_not_a_topic_label(judge, title):
    assert judge(title).incident


# --- blind batches 74-79

INCIDENTS_74 = [
    (
        "Iran revises death toll from twin blasts near the shrine to 84",
        "Bombs hidden in bags were detonated.",
    ),
    (
        "Shrine attack: Iran mourns 84 killed as president vows 'heavy price'",
        "Funerals were held for victims of Wednesday's twin suicide bombings, claimed by IS.",
    ),
    ("Rebels take most of Debaltseve, Kiev says troops pulling out", ""),
    ("Al-Shabaab takes Leego after AU troops pull out", ""),
    ("Monitor killed as patrol vehicle hits mine in Luhansk region", ""),
]

NEGATIVES_74 = [
    ("Kidnapped priest regains freedom after 10 days in captivity", ""),
    ("Shaheen strikes early as Pakistan reduce Kiwis to 45-4", ""),
    ("Australia v Pakistan: Cummins strikes again as tourists struggle", ""),
    ("Police attach property of slain militant's handler under UAPA", ""),
    ("Residents flee as terrorists threaten fresh attacks", ""),
    ("Police announce N10m bounty on gunmen behind station attacks", ""),
    ("Air force drills long-range strike scenario over the sea", ""),
    ("Wave of assassinations claimed over 40 lives in 2022, monitor says", ""),
    ("OPCW blames air force for 2017 sarin attacks", ""),
    ("President: Russia launched 500 missiles and drones in five days", ""),
    ("Four years after US drone strike, the general's shadow looms over the region", ""),
    ("Bombing poses a new test for the country's leaders", ""),
    ("Israelis spend nights in shelters as missile barrages become a routine", ""),
    # long-form essays: 'The ...' with no day named, and their other forms
    (
        "The Sahel's Jihadists Are Winning",
        "Juntas promised to crush the insurgents. Instead, ambushes multiplied.",
    ),
    (
        "The Massacre That Explains Sudan's War",
        "What happened in the summer of 2023 reveals the paramilitary's intent.",
    ),
    (
        "The Ambush at Tongo Tongo",
        "How four soldiers died in a village, and what the investigation left out.",
    ),
    ("America's Drone War in Somalia Is Failing", "Hundreds of air strikes have not dented the insurgents."),
    ("The Houthis Can't Be Bombed Into Submission", "Months of air strikes have not stopped the attacks."),
]


def test_a_the_headline_that_names_the_day_stays_a_report(judge):
    a = judge("The army says rebels shelled the town overnight, killing 4", "")
    assert a.incident


# --- blind batches 80-85

INCIDENTS_80 = [
    ("Separatists blow up railway bridge, cutting the rail link", "The bridge was destroyed overnight."),
    ("ISPR: Indian firing along LoC kills 3 civilians in Kotli", ""),
    (
        "Palm Sunday strike: what the footage shows",
        "Two missiles hit the city centre on Sunday morning, killing at least 34 people.",
    ),
]

NEGATIVES_80 = [
    ("Abbey Gate: Three years after the airport bombing, families still ask why", ""),
    (
        "Dam collapse in the east kills at least 30, adding to a war-torn nation's woes",
        "Heavy rains burst the dam.",
    ),
    ("President renews plea for long-range strikes after 'vile' Russian attack", ""),
    ("Three weeks into the Kursk gamble, a battle for momentum", ""),
    ("Bloggers ask what went wrong for the mercenaries in July's ambush", ""),
    ("Israel says it has killed hundreds of Hezbollah fighters since October. What comes next?", ""),
    ("More than 300 Palestinians killed since Gaza ceasefire began, ministry says", ""),
    ("Carrier strike group in the Caribbean as Venezuela mobilizes troops", ""),
    ("Learning the wrong lessons from the battle of Avdiivka", ""),
    ("Drones are changing the civil war in Myanmar", "The junta has answered with airstrikes on villages."),
    ("Mapping the attacks on Gaza's hospitals", ""),
    ("A year of pirate attacks and missile strikes: the Red Sea in numbers", ""),
]


@pytest.mark.parametrize(
    ("title", "country"),
    [
        # a country's name is the country, not another name of a city elsewhere ('Iraq' for Arak)
        ("Five PKK fighters killed in northern Iraq airstrike", "IQ"),
        ("Israeli drone strike on car in Nabatieh kills two", "LB"),
        ("Israel strikes building in Dahieh after warning", "LB"),
        ("Hezbollah launches drones at army post in western Galilee", "IL"),
        ("Burkina: jihadists kill scores of civilians near Barsalogho", "BF"),
    ],
)
def test_country_from_places_not_parties(judge, title, country):
    assert judge(title).country == country


# --- blind batches 86-91

INCIDENTS_86 = [
    ("Turkish forces 'neutralize' 6 PKK fighters in northern Iraq", ""),
    ("Troops neutralise 9 terrorists in forest clearance operation", "Fighters were engaged on Tuesday."),
    (
        "Fighting erupts in the north, shattering months-long truce",
        "Both sides blamed each other for the clashes, which began at dawn near Kobo.",
    ),
]

NEGATIVES_86 = [
    ("UN says more than 8,000 civilians killed in Ukraine since Russian invasion", ""),
    ("Pentagon says coalition strikes killed 1,300 civilians since 2014", ""),
    ("Allies scramble for artillery shells as war enters second year", ""),
    ("Gunman kills TV journalist, girl in shooting spree", "A 19-year-old man was arrested."),
    ("Rebels say truce with the US does not cover attacks on Israel", ""),
    ("Defence stocks surge on claims jets downed enemy planes", ""),
    ("Festival to screen documentary on photojournalist killed in strike", ""),
    ("Senators attack IGP, service chiefs over insecurity", ""),
    ("Ceasefire committee probes clash that killed 4 soldiers last month", ""),
]


def test_neutralised_counts_as_killed(judge):
    assert judge("Troops neutralise 9 terrorists in forest clearance operation").killed == 9


# --- blind batches 92-95 (whole days of a desk's intake)

INCIDENTS_92 = [
    ("UN demands inquiry into air strike that killed 29 at displacement camp", ""),
    ("Ukraine hits Russian-held airfields with US-supplied ATACMS for first time", ""),
    ("Gaza hospital blast kills at least 500, officials say; Israel blames militant rocket", ""),
    ("Israel levels another Gaza City tower after ordering residents out", ""),
    ("Myanmar rebels hold Myawaddy as junta troops retreat to the bridge", ""),
    ("Ukraine says it pushed Russian troops back from parts of Kupiansk", ""),
]

NEGATIVES_92 = [
    ("Kim oversees artillery firing drill, state media says", "Large-calibre rocket launchers took part."),
    ("Civil War review - a vision of a shattered America is a blast", ""),
    ("'A House of Dynamite' Review: Countdown to a Missile Strike", ""),
    ("Russian drone production surges, intelligence chief warns", ""),
    ("'Everyone was crying': survivors recall the night the RSF stormed El Fasher", ""),
    ("In Khan Younis, a baker works through the bombardment as queues stretch for hours", ""),
]


# Every round's cases, judged alike.
ALL_INCIDENTS = (
    INCIDENTS + INCIDENTS_62 + INCIDENTS_68 + INCIDENTS_74 + INCIDENTS_80 + INCIDENTS_86 + INCIDENTS_92
)
ALL_NEGATIVES = (
    NEGATIVES + NEGATIVES_62 + NEGATIVES_68 + NEGATIVES_74 + NEGATIVES_80 + NEGATIVES_86 + NEGATIVES_92
)


@pytest.mark.parametrize(("title", "summary"), ALL_INCIDENTS)
def test_incidents(judge, title, summary):
    assert judge(title, summary).incident


@pytest.mark.parametrize(("title", "summary"), ALL_NEGATIVES)
def test_negatives(judge, title, summary):
    assert not judge(title, summary).incident
