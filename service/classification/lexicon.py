"""Regular-expression lexicons: how the news words violence, and the contexts that are not it.

Each pattern carries a rule name that appears in an assessment's evidence, so a monitor can
see which words decided. Patterns are general English news usage, not tuned to any record.
"""
# ruff: noqa: E501  -- word lists and patterns read best one alternative per line, unbroken

from __future__ import annotations

import re
from dataclasses import dataclass

from service.classification.prefilter import Guarded

IGNORE = re.IGNORECASE


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: Guarded
    event_type: str | None = None
    weight: float = 1.0


def _r(
    name: str, pattern: str, event_type: str | None = None, weight: float = 1.0, flags: int = IGNORE
) -> Rule:
    return Rule(name, Guarded(pattern, flags), event_type, weight)


NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a dozen": 12,
    "half a dozen": 6,
    "a half-dozen": 6,
    "a hundred": 100,
}
VAGUE_NUMBERS = r"dozens|scores|hundreds|thousands|several|many|numerous|multiple|some"

# --- Methods of violence. "strong" rules are military by themselves; the rest need an armed
# party, a weapon or a casualty figure nearby before they count.
STRONG: tuple[Rule, ...] = (
    _r(
        "suicide_bombing",
        r"\bsuicide[- ](?:bomb(?:er|ers|ing|ings)?|attack(?:s|ers?)?|blasts?|car[- ]bombs?|vests?|truck[- ]bombs?)\b"
        r"|\bblew (?:himself|herself|themselves) up\b|\bself-detonat\w*",
        "suicide_bomb",
        2.5,
    ),
    _r(
        "grenade",
        r"\b(?:hand[- ])?grenades?\b|\b(?:threw|thrown|throws?|hurled|lobbed|tossed) (?:\w+ ){0,3}(?:bombs?|explosives?|IEDs?)\b",
        "grenade",
        2.0,
    ),
    _r(
        "chemical_weapon",
        r"\bchemical (?:weapons?|attacks?|agents?)\b|\bchlorine (?:gas|attack|barrel)|\bsarin\b"
        r"|\bnerve agents?\b|\bpoison gas\b",
        "chemical_weapon",
        2.0,
    ),
    _r(
        "air_strike",
        r"\bair ?strikes?\b|\bair[- ]raids?\b|\baerial (?:bombardments?|bombings?|attacks?|strikes?|assaults?)\b"
        r"|\bdrone (?:strikes?|attacks?|raids?)\b|\b(?:warplanes?|fighter[- ]jets?|gunships?|helicopters?|aircraft|MiGs?|Sukhois?|F-16s?|Su-\d\ds?|A-10s?)\b(?: \w+){0,3} (?:bombed|struck|hit|pounded|targeted|target|attacked|strafed|fired|raided|carried out)\b"
        r"|\bbarrel[- ]bombs?\b|\bkamikaze drones?\b|\bloitering munitions?\b|\bShaheds?\b|\bair force (?:bombed|struck|pounded|targeted)"
        r"|\bjets? (?:bombed|struck|pounded|hit)\b|\bdrones? (?:hit|struck|targeted|killed|attacked|dropped|spark(?:s|ed)? (?:a )?(?:\w+ )?(?:fires?|blazes?)|set (?:\w+ ){0,3}(?:on fire|ablaze|alight))\b|\bbombed from the air\b"
        r"|\b(?:hit|hits|struck|strikes|attacked|attacks|targeted|targets|pounded) (?:\w+ ){1,5}with (?:\w+ ){0,2}(?:drones|UAVs)\b"
        r"|\b(?:hit|struck|targeted|attacked|damaged) by (?:a |an |two |three |several |\d+ )?(?:\w+ )?(?:drones?|UAVs?|air ?strikes?)\b"
        r"|\b(?:sends?|sent|scrambles?|scrambled|deploys?|deployed) (?:\w+ ){0,2}(?:jets|F-16s?|warplanes|fighter jets|bombers|gunships|attack helicopters|drones) against\b",
        "air_drone_strike",
        2.5,
    ),
    _r(
        "explosion_event",
        r"\bexplosions? (?:occurred|took place|went off|rocked|hit|struck|targeted|was heard|were heard|ripped)\b"
        r"|\bthere (?:was|were) (?:an |two |three |several |multiple )?(?:\w+ )?explosions?\b|\bbombs? blasts? (?:occurred|hit|rocked)\b"
        r"|\b(?:heavy )?weapons? exploded\b|\bexplosions? (?:at|near|in front of|outside) (?:the |a |an )?(?:\w+ ){0,3}(?:office|station|house|home|school|court|building|checkpoint|base|post|camp|market|bank|tower)\b",
        "remote_explosive_landmine_ied",
        2.0,
    ),
    _r(
        "shelling",
        r"\bshell(?:ing|ings|ed)\b|\bartillery\b|\bmortars?\b|\bhowitzers?\b|\bGrads?\b|\bMLRS\b|\bKatyushas?\b"
        r"|\b(?:multiple )?rocket launchers?\b|\brocket (?:fire|attacks?|barrages?|strikes?)\b|\brockets? (?:fired|hit|struck|landed)\b"
        r"|\bmissile (?:strikes?|attacks?|barrages?|fire)\b|\bmissiles? (?:hit|struck|landed|fired)\b|\bbombard(?:ed|ment|ments|ing)\b"
        r"|\btank fire\b|\bfired \w+ (?:\w+ ){0,3}(?:rounds|shells)\b|\bcruise missiles?\b|\bballistic missiles?\b|\bshells (?:hit|landed|fell)\b"
        r"|\brockets?\b(?= (?:and|or) (?:mortars?|missiles?|artillery))|\bfired (?:\w+ ){0,2}(?:rockets|missiles)\b"
        r"|\bcross-border fire\b|\b(?:hit|hits|struck|strikes|attacked|attacks|targeted|targets|pounded) (?:\w+ ){1,5}with (?:\w+ ){0,2}(?:missiles|rockets)\b|\b\d{2,3} ?mm\b(?! (?:rifle|pistol|gun|bullet|ammunition))"
        r"|\b(?:hit|struck|targeted|attacked|damaged) by (?:a |an |two |three |several |\d+ )?(?:\w+ )?(?:missiles?|rockets?|shells?|artillery|mortars?)\b",
        "shelling_artillery_missile_attack",
        2.5,
    ),
    _r(
        "explosive_device",
        r"\b(?:IEDs?|VBIEDs?|improvised explosive devices?|roadside bombs?|road-side bombs?|land ?mines?"
        r"|car[- ]bombs?|truck[- ]bombs?|magnetic bombs?|sticky bombs?|(?:parcel|letter|pipe|nail|hand-?made|home-?made|improvised|time) bombs?|explosive devices?|remote[- ]controlled (?:bombs?|explosives?|mines?|devices?)"
        r"|mine blasts?|bomb blasts?|bomb explosions?|booby[- ]traps?|booby-trapped)\b|\bstepped on (?:a )?(?:land)?mine\b|\b(?:hits?|struck|strikes|ran over|runs over|drove over|triggered) (?:an? |the )?(?:land ?)?mine\b"
        r"|\bbombs? (?:exploded|went off|detonated|blast|planted)\b|\bplanted (?:a |an )?(?:bomb|explosive|mine)s?\b|\bmines? (?:exploded|blast)\b"
        r"|\bwith (?:\w+ ){0,2}(?:mines|landmines|explosives|bombs|IEDs)\b|\blandmine attacks?\b|\bbomb attacks?\b",
        "remote_explosive_landmine_ied",
        2.5,
    ),
    _r("ambush", r"\bambush(?:ed|es|ing)?\b", "armed_clash", 2.0),
    # Aircraft brought down: an act of war whoever reports it ('rebels shoot down junta jet').
    _r(
        "shoot_down",
        r"\b(?:shoot|shoots|shooting|shot) down (?:an? |the |two |three |several |\d+ )?(?:\w+ ){0,3}(?:drones?|UAVs?|helicopters?|jets?|warplanes?|planes?|aircraft|bombers?|fighters?|missiles?|MiGs?|Sukhois?|Su-\d\ds?|Reapers?)\b"
        r"|\b(?:downed|brought down|brings down|bring down) (?:an? |the |two |three |several |\d+ )?(?:[\w-]+ ){0,3}(?:drones?|UAVs?|helicopters?|jets?|warplanes?|planes?|aircraft|bombers?|airliners?|MiGs?|Sukhois?|Su-\d\ds?|Il-\d\ds?|An-\d\ds?|Mi-\d\ds?)\b"
        r"|(?<![\w-])downs? (?:an? |the |two |three |several |\d+ |(?:Ukrainian|Russian|Israeli|Iranian|Syrian|Turkish|Indian|Pakistani|Sudanese|US|enemy|army|military|government|junta|rebel|Houthi) )(?:[\w-]+ ){0,2}(?:drones?|UAVs?|helicopters?|jets?|warplanes?|planes?|aircraft|bombers?|airliners?|MiGs?|Sukhois?|Su-\d\ds?|Il-\d\ds?|An-\d\ds?|Mi-\d\ds?)\b"
        r"|\b(?:airliner|plane|jet|warplane|aircraft|helicopter|bomber)\b(?: [\w-]+){0,5}? (?:was |is )?(?:shot|brought) down\b",
        "armed_clash",
        2.0,
    ),
    # Drones or missiles launched at a party, intercepted or not: 'fires record 728 drones and missiles at Ukraine'
    # (the weapon words name the event type)
    _r(
        "launch_at",
        r"\b(?:fire[sd]?|firing|launch(?:es|ed|ing)?) (?:an? |the )?(?:record |fresh |new |another )?(?:\d[\d,]*|dozens of|hundreds of|scores of"
        r"|two|three|four|five|six|seven|eight|nine|ten|several|a barrage of|a salvo of|a wave of|waves of)? ?(?:[\w-]+ ){0,2}?"
        r"(?:drones?|missiles?|rockets?|UAVs?|Shaheds?)(?: and (?:[\w-]+ )?(?:drones?|missiles?|rockets?))?"
        r"(?: (?:at|on|into|towards?|against|overnight)\b|[^.\n]{0,40}?\bhitting\b)",
        None,
        2.0,
    ),
    # Projectiles landing: 'rockets land near U.S. embassy', 'mortar rounds hit market' (plural: a 'rocket
    # lands' is as often a space launch)
    _r(
        "projectile_impact",
        r"\b(?:rockets|missiles|shells|mortars|mortar (?:rounds|shells|bombs)|artillery (?:rounds|shells)|projectiles|(?:cluster )?munitions"
        r"|submunitions|glide bombs) (?:\w+ ){0,2}?"
        r"(?:land|landed|lands|fell|fall|falls|hit|hits|struck|strike|slam(?:s|med)? into|crash(?:es|ed)? into|rain(?:ed)? down)\b",
        "shelling_artillery_missile_attack",
        2.0,
    ),
    # A vessel sunk in war: 'says it sank Russian landing ship', 'warship sunk by naval drones'
    _r(
        "sinking",
        r"\b(?:sank|sunk|sinks|scuttled) (?:an? |the |two |three |\d+ )?(?:[\w'’-]+ ){0,4}?(?:warships?|ships?|vessels?|frigates?|corvettes?|cruisers?|submarines?|gunboats?|patrol boats?|landing craft|minesweepers?)\b"
        r"|\b(?:warship|frigate|corvette|cruiser|submarine|gunboat|patrol boat|landing ship|minesweeper)s? (?:[\w'’-]+ ){0,3}?(?:was |were |is )?sunk by\b",
        "shelling_artillery_missile_attack",
        2.0,
    ),
    _r(
        "gun_battle",
        r"\bgun ?battles?\b|\bgun ?fights?\b|\bfire ?fights?\b|\bexchange[sd]? (?:of )?(?:gun)?fire\b|\btrad(?:e|es|ed|ing) (?:gun)?fire\b|\bcrossfire\b"
        r"|\bexchanged fire\b|\benemy (?:fire|shelling|attacks?|snipers?|drones?|artillery|mortars?)\b|\b(?:heavy|fierce|deadly|intense|heavy) fighting\b|\bfighting (?:broke out|erupted|rages?|raged|raging|intensifie[sd]|flared)\b",
        "armed_clash",
        2.0,
    ),
    _r(
        "shot_dead",
        r"\bshot (?:dead|and killed|and wounded|and injured)\b|\bshoot \w+ dead\b|\bgunned down\b|\bopen(?:s|ed)? fire\b"
        r"|\bsprayed with bullets\b|\bsnipers?\b|\bbehead(?:s|ed|ing)?\b",
        "attack",
        2.0,
    ),
    _r(
        "combat_casualty",
        r"\bKIA\b|\bWIA\b|\bkilled in action\b|\bcombat (?:wounds?|losses|deaths)\b",
        "armed_clash",
        2.0,
        0,
    ),
    _r(
        "ceasefire_violation",
        r"\bviolat\w* (?:the )?(?:[\w\-]+ )?(?:ceasefire|cease-fire|truce)\b|\b(?:ceasefire|truce) violations?\b"
        r"|\bviolations? of the (?:ceasefire|truce)\b|\bbreakthrough attempts?\b",
        "armed_clash",
        2.0,
    ),
    _r(
        "russian_hostilities",
        r"обстрел\w*|погиб\w*|ранен\w*|убит\w*|военных действий|боев\w*"
        r"|обстріл\w*|загин\w*|поранен\w*|бойових дій|порушен\w* режиму",
        "shelling_artillery_missile_attack",
        2.0,
    ),
    # Losses a war reports as such: 'heavy casualties', 'the bloodiest day since the truce'.
    _r(
        "heavy_losses",
        r"\bheavy (?:casualties|losses among (?:troops|soldiers|fighters))\b"
        r"|\b(?:bloodiest|deadliest) (?:day|night|weekend|24 hours)\b",
        "armed_clash",
        2.0,
    ),
)

MEDIUM: tuple[Rule, ...] = (
    _r(
        "clash",
        r"\bclash(?:es|ed)?\b|\bfighting\b|\bskirmish(?:es)?\b|\bbattle[sd]?\b|\bfought\b|\bhostilities\b|\bcombat\b"
        r"|\bconfrontation\b|\bencounter\b",
        "armed_clash",
    ),
    _r(
        "attack",
        r"\battack(?:s|ed|ing)?\b|\bassault(?:s|ed)?\b|\braid(?:s|ed)?\b|\boffensive\b|\bonslaught\b|\bincursion\b"
        r"|\bstormed\b|\boverr[au]n(?:s|ning)?\b|\bstorm(?:s|ing)? (?:a |an |the )?(?:[\w'’-]+ ){0,2}(?:village|town|base|camp|building|compound|prison|checkpoint|post|hotel|school|church|mosque|barracks|home|house|suburb|district|neighbou?rhood|quarter|commune|slum|area)s?\b|\bstrikes?\b|\bstruck\b|\btargeted\b|\btargeting\b|\bfired (?:at|on|upon|into|shots|towards?|near)\b|\b(?:blew|blow|blows|blowing) up\b"
        r"|\b(?:firing|gunfire|shelling) (?:along|across|on) (?:the )?(?:LoC|Line of Control|border|frontier|line of contact)\b|\b(?:unprovoked|cross-border|heavy|small-arms|indiscriminate) firing\b"
        r"|\bexecut(?:e|es|ing) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|several|scores of)\b"
        r"|\bfires? (?:on|at|upon|into|towards?)\b|\b(?:came|come|comes|coming) under (?:\w+ )?fire\b|\btarget(?:s)? (?:\w+ ){0,3}(?:sites?|positions?|bases?|posts?|areas?|convoys?|vehicles?|checkpoints?)\b"
        r"|\bshooting\b|\bshot\b|\bgunfire\b|\bbullets?\b|\bmassacre[ds]?\b|\bexecuted\b|\btorched\b|\bset (?:on )?fire\b|\bset (?:\w+ )?(?:alight|ablaze)\b|\bset fire to\b|\btorch(?:es|ing)?\b|\blooted\b"
        r"|\bburn(?:ed|t) (?:down )?(?:houses|homes|villages?)\b|\blevel(?:s|led|ed|ling|ing)? (?:another |a |an |the )?(?:[\w'’-]+ ){0,3}?(?:towers?|buildings?|high-rises?|blocks?|homes|houses|villages?|neighbou?rhoods?)\b|\bpound(?:s|ed|ing)\b(?! sterling| coins?| notes?)|\bblitz\b|(?-i:\bstorm(?:s|ed|ing)?) (?-i:[A-Z][a-z])|\bassassinat\w+",
        "attack",
    ),
    _r(
        "explosion",
        r"\bexplosions?\b|\bexploded\b|\bblasts?\b|\bdetonat\w+|\bbomb(?:s|ed|ing|ings)?\b|\bexplosives?\b"
        r"|\bmissiles?\b|\brockets?\b|\bdrones?\b|\bshells?\b"
        r"|\b(?:ATACMS|HIMARS|Storm Shadows?|SCALPs?|Iskanders?|Kinzhals?|Kalibrs?|Shaheds?|Gerans?|Tomahawks?|JDAMs?)\b",
        "remote_explosive_landmine_ied",
    ),
    _r(
        "killing",
        r"\bkill(?:s|ed|ing)?\b|\bslain\b|\bmartyred\b|\bneutrali[sz](?:e|es|ed|ing)\b|\bdead\b|\bdie[sd]?\b|\bdeaths?\b|\bwounded\b|\binjur(?:ed|ing|ies)\b"
        r"|\bcasualt(?:y|ies)\b|\bdeath toll\b|\bfatalit(?:y|ies)\b|\bclaim(?:s|ed)? (?:\w+ ){0,2}lives\b",
        None,
        0.5,
    ),
    _r(
        "abduction",
        r"\babduct(?:ed|s|ion|ions|ing)?\b|\bkidnap(?:ped|ping|pings|s)?\b|\btook (?:\w+ ){0,4}hostage\b"
        r"|\btaken hostage\b|\bforcibly disappeared\b|\btaken captive\b|\bhijack(?:s|ed|ing)?\b"
        r"|\b(?:seiz(?:e|es|ed|ing)|grab(?:s|bed|bing)?|round(?:s|ed)? up|carr(?:y|ies|ied) off|whisk(?:s|ed)? away) (?:at least |some |about |more than )?(?:\d+|dozens|scores|hundreds|several|two|three|four|five|six|seven|eight|nine|ten)? ?(?:of )?(?:\w+ )?(?:villagers|residents|people|passengers|students|schoolchildren|pupils|children|women|worshippers|farmers|travellers|civilians|hostages|aid workers|workers)\b",
        "abduction_forced_disappearance",
    ),
    _r(
        "territory",
        r"\b(?:recaptur\w+|re-captur\w+|retook|retak(?:e|en|es|ing)|regain(?:ed|s)?|reclaim(?:ed|s)?|liberat(?:e|ed|es|ing))\b"
        r"|\b(?:captur(?:e|ed|es|ing)|seiz(?:e|ed|es|ing)|overran|(?:took|take|takes|taken|taking) (?:full |effective )?control of|fell to|advanced (?:on|into))\b"
        # changes of hands told without 'capture': flags raised, strongholds abandoned, defenders pushed out
        r"|\bchang(?:e|es|ed|ing) hands\b|\braised? (?:a |the |their |its |\w+ )?flags? over\b|\babandon(?:s|ed|ing)? (?:the |their |its )?(?:\w+ )?(?:stronghold|positions?|town|city|base|airport|garrison)\b"
        r"|\bpush(?:es|ed|ing)? (?:\w+ ){1,3}(?:out of|back from)\b|\bconced(?:e|es|ed|ing) (?:the )?loss of\b|\badvanc(?:e|es|ing) (?:on|into)\b"
        r"|\b(?:separatists|rebels|militants|insurgents|jihadists|troops|forces|fighters|army|militias?|militiamen|gunmen|shabaab|shabab|taliban|m23|rsf|houthis|isis|jnim|hts|wagner|fano)"
        r" (?:(?:reportedly|allegedly|finally|now|quickly|also|have|has|had) ){0,2}(?:take|takes|took|taking|enter|enters|entered|entering|hold|holds|control|controls) (?:control of |over )?(?:(?:most|much|part|parts|all|half) of )?(?-i:[A-Z])"
        r"|\b(?:city|town|capital|stronghold|base) to fall\b"
        # 'occupy Novohrodivka', 'claim control of', ', take Sudzha' (the subject told before the comma)
        r"|\b(?:has|have|had) taken (?-i:[A-Z][a-z])|\b(?:takes|took|taken|seizes|seized) (?:the )?(?:[\w'’-]+ ){0,4}?(?:headquarters|base|garrison|barracks|airport|airbase|positions)\b"
        r"|\boccup(?:y|ies) (?-i:[A-Z][a-z])|\bclaim(?:s|ed)? (?:full )?control\b|\b(?:take(?<=, take)|takes(?<=, takes)|took(?<=, took)) (?:full )?(?:control of )?(?-i:[A-Z][a-z])"
        r"|\b(?:enter(?:s|ed|ing)?|mov(?:e|es|ed|ing) into|roll(?:s|ed)? into|push(?:es|ed)? into|march(?:es|ed)? into) (?:the )?(?:\w+ ){0,3}(?:town|city|capital|village|district|provincial capital)\b"
        r"|\boverrun(?:s|ning)? (?:the |a |an )?(?:\w+ ){0,2}(?:town|city|village|base|camp|positions?|outpost|district|region|area|garrison|checkpoint|barracks|prison)\b",
        "territory",
    ),
    _r(
        "sexual_violence",
        r"\brap(?:e|ed|es|ing)\b|\bsexual(?:ly)? (?:violence|assault(?:ed)?|abuse[ds]?)\b|\bgang[- ]rap\w*",
        "sexual_violence",
    ),
)

# --- Phrases in which a violent-looking word is not violence. Where one overlaps a trigger,
# the trigger is dropped.
NOT_VIOLENCE = Guarded(
    r"\b(?:bowling|pace|spin|seam) attacks?\b|\battacks? (?:the |his |her |their )?(?:\w+ ){0,2}(?:chiefs?|minister|president|premier|PM|IGP|leader|rival|opposition|critics|media|press|judges?|judiciary|government|party|coalition partners?),? (?:[\w,]+ ){0,2}?(?:over|for)\b"
    r"|\b(?:pressure|concerns?|outcry|anger|alarm|fears|row|dispute|rift|split|divisions?|debate) (?:\w+ ){0,2}over (?:the |a |an )?(?:planned |looming |threatened |expected |possible |proposed )?(?:[\w'’-]+ ){0,2}(?:offensive|operation|invasion|incursion)\b"
    r"|\b(?:battles?|fights?|fighting|clash(?:es)?|war) over (?:the )?(?:[\w'’-]+ ){0,3}(?:aid|budget|funding|bill|law|rules?|policy|plans?|tariffs?|tax(?:es)?|spending|votes?|election|seats?|custody|rights|reforms?|deal|visas?)\b"
    r"|\b(?:unexploded|leftover|left-over|decades-old|wartime|war-era|old|Soviet-era) (?:\w+ )?(?:ordnance|landmines?|mines?|bombs?|shells?|munitions?|explosives?)\b"
    r"|\b(?:landmines?|mines?|bombs?|shells?|ordnance|munitions?) (?:left over|leftover|left behind) from\b"
    r"|\b(?:scrambles?|scrambling|race|races|rush|shortages?|supply|supplies|stocks?|stockpiles?|production|deliveries|orders?|hunger) (?:\w+ ){0,2}?(?:for |of )?(?:artillery )?(?:shells|ammunition|rounds|munitions)\b"
    r"|\b(?:drone|missile|shell|ammunition|weapons?|arms) production\b"
    r"|\b(?:carrier )?strike groups?\b|\bdrone (?:flights?|overflights?|surveillance)\b|\b(?:lay|lays|laying|laid|plant(?:s|ed|ing)?) (?:new |fresh )?(?:land)?mines\b"
    r"|\bviolat\w* (?:the )?(?:ceasefire|cease-fire|truce) by (?:delaying|refusing|failing|not|blocking|restricting|withholding)\b"
    r"|\b(?:drone|missile|rocket|shell) (?:fragments?|debris|wreckage|parts|remains)\b"
    r"|\bbird[- ]?strikes?\b|\blightning (?:strikes?|struck|strike)\b|\bstrik(?:e|es|ing) (?:a |an |the right |the )?(?:\w+ )?(?:deal|balance|chord|agreement|accord|note|pose|tone|blow|bargain|match|compromise)\b"
    r"|\bstruck (?:a|an) (?:deal|balance|chord|agreement|note|bargain)\b|\bstrike (?:down|out)\b|\bstruck (?:down|off|out)\b"
    r"|\b(?:general|hunger|labou?r|national|nationwide|workers'?|teachers'?|doctors'?|nurses'?|rail|transport|truckers'?|miners'?"
    r"|union|24-hour|48-hour|72-hour|one-day|two-day|three-day|indefinite|open-ended|sit-down|wildcat|pay|warning|staff|student|students') strikes?\b"
    r"|\bon strike\b|\bstrike action\b|\b(?:went|go|goes|going|gone) on (?:a )?(?:\w+ )?strike\b|\bstrike (?:over|for) (?:pay|wages|salar\w+|better|conditions|pensions?)\b"
    r"|\bstriking (?:workers|staff|teachers|doctors|nurses|employees|miners|drivers|unions?)\b|\bstrikes? (?:called|ends?|continues|enters|threat)\b"
    r"|\b(?:call(?:ed|s)? off|announced|staged|held|threaten(?:s|ed)?|plan(?:s|ned)?) (?:a |an |their |its )?(?:\w+ )?strikes?\b"
    r"|\b(?:heart|panic|asthma|cyber|verbal|personal|shark|dog|bear|crocodile|snake|bee|ransomware|phishing|malware) attacks?\b|\battack (?:helicopters?|aircraft|jets?|submarines?|boats?|craft|dogs?)\b|\bcyber-?attacks?\b"
    r"|\battack(?:ed|s|ing)? (?:the |his |her |their |its )?(?:government'?s? |president'?s? )?(?:plans?|policy|policies|proposals?|critics?|decision|remarks|comments"
    r"|record|rivals?|opponents?|media|press|budget|bill|law|reforms?|ruling|move|idea)\b"
    r"|\b(?:trade|price|tariff|culture|bidding|format|console|browser|talent|turf|currency|cola|streaming|ratings|rate|tax|chip) wars?\b|\bwar of words\b"
    r"|\bwar on (?:drugs|poverty|terror|waste|inflation|woke|plastic)\b"
    r"|\bkill(?:s|ed|ing)? (?:off|the (?:deal|bill|plan|project|idea|proposal|merger|app))\b|\bkiller (?:app|feature|whale|heat)\b|\bkilling it\b"
    r"|\bexplosion (?:in|of) (?:demand|popularity|growth|interest|sales|prices|use|users|data|colou?r)\b|\bexplosive (?:growth|rise|increase|performance|debut|row)\b"
    r"|\bfight(?:ing|s)? (?:against )?(?:corruption|poverty|inflation|crime|disease|cancer|climate change|fraud|piracy|obesity|racism|spam|hunger|illness|dizziness|fatigue|back|off|fit|for (?:survival|justice|rights|the title|his life|her life|their lives|equality|votes))\b"
    r"|\b(?:legal|court|courtroom|custody|takeover|boardroom|political|election|electoral|ratings|price|bidding|uphill|copyright|patent|trademark|title|relegation|policy|budget) battles?\b"
    r"|\bbattl\w+ (?:against|with) (?:cancer|illness|addiction|the disease|injur\w+|depression)\b|\bbattle of the (?:bands|sexes|brands)\b|\bbattleground states?\b"
    r"|\b(?:police|tax|FBI|dawn|immigration|ICE|drug|anti-corruption|customs|fraud) raids?\b|\braided by (?:police|tax|the FBI|investigators)\b"
    r"|\b(?:film|movie|photo|video) ?shoot\w*\b|\bshooting (?:a film|a movie|star|stars|guard|range|percentage)\b|\bshots? on (?:goal|target)\b|\bshot (?:clock|put)\b|\bbig shots?\b|\bmug ?shots?\b|\bscreen ?shots?\b"
    r"|\bclash(?:es|ed)? (?:over|on) (?:the )?(?:budget|policy|plans?|tax|reforms?|bill|law|visas?|trade|tariffs?|vaccines?|rules?|election|comments|remarks|claims|funding|spending|immigration|abortion)\b"
    r"|\bclash of (?:the )?(?:titans|cultures|ideas|styles|civilisations|civilizations)\b|\bclashed with (?:the )?(?:government|ministers?|officials|journalists|critics|reporters|the host)\b"
    r"|\b(?:assault|attack|war|onslaught) on (?:democracy|freedom|rights|the constitution|free speech|the press|press freedom|science|truth|workers|the poor|the judiciary|the rule of law)\b"
    r"|\bblast(?:s|ed)? (?:the )?(?:government|critics?|decision|plans?|policy|ruling|rivals?|opponents?|report|move|remarks|referee|club|board)\b"
    r"|\b(?:comes?|came|coming) under fire (?:for|over|from (?:critics|lawmakers|MPs|rights groups|campaigners|fans|opposition))\b"
    r"|\b(?:was|were|been|being|got|gets|get) fired\b|\bfired (?:the|his|her|its|their) (?:coach|manager|ceo|chief|director|minister|head|boss|staff|employees|workers)\b"
    r"|\bdead (?:heat|end|line|lock)\b|\bdeadline\b|\bdeadlock\w*\b|\bshell (?:company|companies|corporations?|firms?|oil|game)\b|\bbombshell\b"
    r"|\b(?:box[- ]office|sales|commercial) (?:bomb|hit)s?\b|\bhits? (?:out|back) at\b|\bhit (?:a )?(?:record|high|low|target|single|show|song|film|movie)s?\b"
    r"|\bhit by (?:inflation|tariffs|strikes?|sanctions|the (?:downturn|slowdown|recession|crisis))\b|\bhit hard\b|\bhit (?:the )?(?:headlines|shelves|market|screens|stores)\b"
    r"|\b(?:box office|chart|smash|surprise|runaway|instant) hits?\b|\btarget(?:ed|ing|s)? (?:voters|customers|consumers|audiences?|market|growth|inflation|savings)\b"
    r"|\bmissile (?:defen[cs]e|shield|programme|program|tests?|launch(?:ed)? test)\b|\btest[- ]?(?:fir\w*|launch\w*) (?:\w+ ){0,3}(?:missiles?|rockets?|torpedo\w*|drones?)\b|\b(?:missile|rocket) (?:launch )?tests?\b"
    r"|\b(?:fireworks?|sparks?|candles?|cigarettes?|a short[- ]circuit|an electrical fault|lightning|faulty wiring) (?:\w+ ){0,2}(?:set|sets|setting) (?:\w+ ){0,3}(?:alight|ablaze|on fire)\b"
    r"|\bnuclear(?:-capable)? (?:bombs?|weapons?|programme|program)\b"
    r"|\bdrone (?:footage|shows?|deliver\w*|racing|industry|makers?|maker)\b|\bbomb shelters?\b|\b(?:smoke|stink|paint|flour|water|glitter|bath|seed|cherry|confetti) bombs?\b|\b(?:smoke|stun|flash|flashbang|tear[- ]gas) grenades?\b|\bbomb (?:threat|scare|hoax)s?\b"
    r"|\b(?:reduced|less|fewer|lower|declin\w+|drop in|decrease in|lull in|pause in|halt to|end to|stop(?:ped)?|cessation of) (?:the )?(?:\w+ )?(?:shelling|attacks|fighting|strikes|violence|bombing|bombardment|hostilities)\b"
    r"|\b(?:attacks|fighting|shelling|violence|strikes|bombing|hostilities) (?:subsid\w+|eas\w+|decreas\w+|declin\w+|halt\w*|stopp\w+|calm\w*|ended|have ended)\b"
    r"|\b(?:shipments?|deliver(?:y|ies)|supply|supplies|sales?|transfers?|exports?|stockpiles?|production|purchases?|orders?|pause on|ban on) of (?:\w+ ){0,3}(?:bombs|missiles|shells|weapons|drones|rockets|munitions|arms|ammunition)\b"
    r"|\b(?:in|of|from|across|the|a) (?:newly |recently )?(?:seized|captured|recaptured|occupied) (?:\w+ )?(?:city|cities|town|towns|village|villages|territory|territories|areas?|region|capital|port|ships?|vessels?|tankers?|boats?|assets|funds|cargo|drugs|documents)\b"
    r"|\b(?:land ?)?mine[- ]clear\w*|\bdemining\b|\bde-mining\b|\bmine action\b|\bclear(?:ing|ed)? (?:\w+ )?(?:land ?)?mines\b|\bmine[- ]sweep\w*"
    r"|\bbomb disposal\b|\bdefus\w+ (?:a |an |the )?(?:\w+ )?(?:bomb|shell|device|mine)s?\b|\bunexploded\b|\b(?:wartime|world war|WWII|WW2|old) (?:bomb|shell|mine|munition)s?\b"
    r"|\bexecut(?:ed|es|ion|ions) (?:of|for|by) (?:the )?(?:plan|orders?|deal|strategy|contract)\b|\bsuccessful execution\b"
    # seizures of contraband and takeovers of power are policing and politics, not territory
    r"|\bseiz(?:e|ed|es|ing|ure of|ures of) (?:[\w.,]+ ){0,4}(?:cocaine|heroin|drugs|narcotics|contraband|methamphetamine|meth|fentanyl|cannabis|marijuana|cigarettes|cash|counterfeit \w+|(?:weapons|arms) caches?|tonnes|tons|kilos|kilograms|passports?|assets|accounts|property|properties|documents|phones?|laptops?)\b"
    r"|\bseiz(?:e|ed|es|ing) (?:power|control of (?:the )?(?:government|country|presidency|state (?:television|TV|broadcaster)))\b|\b(?:take|takes|taken|taking|took|grab\w*) power\b"
    r"|\b(?:weapons|arms|guns|drugs|cocaine|cash|cannabis|ammunition|rifles|firearms|explosives|vehicles|phones|assets|contraband) (?:were |was |have been )?(?:seized|confiscated)\b"
    # missiles fired into the sea: a test or a show of force, not an attack
    r"|\b(?:fir(?:e|es|ed|ing)|launch(?:es|ed|ing)?) (?:[\w-]+ ){0,4}(?:missiles?|rockets?|projectiles?|artillery|shells|rounds|barrages?) (?:[\w-]+ ){0,3}(?:into|towards?|in) (?:the )?(?:sea|ocean|waters|East Sea|Sea of Japan|Yellow Sea)\b|\blive-fire (?:drills?|exercises?)\b"
    # figures of speech and fiction: 'bombarded with junk messages', 'players control a soldier fighting aliens'
    r"|\bbombard(?:s|ed|ing)? (?:\w+ ){0,2}(?:with|by) (?:\w+ ){0,2}(?:messages|e-?mails|calls|questions|complaints|requests|offers|spam|ads|adverts|advertising|criticism|letters|texts|applications|information|images|offers)\b"
    r"|\b(?:play(?:s|ed|ing)?|control(?:s|led|ling)?|portray(?:s|ed|ing)?) (?:as )?(?:a|an|the) (?:\w+ ){0,3}(?:soldier|marine|sniper|commando|assassin|warrior|fighter|gunman|spy|hitman|mercenary|general|hero|cop|detective|knight)s?(?: \w+){0,3}? (?:fighting|battling|shooting|killing|attacking)\b"
    # arms sales and supplies: 'US approves $7bn in bombs and missiles for Israel'
    r"|\b(?:approv\w+|sell|sells|selling|sold|ship(?:s|ped|ping|ments?)?|deliver\w*|supplie[sd]|supply(?:ing)?|pledg\w+|transfer\w*|provid\w+|buy\w*|bought|order(?:s|ed|ing)?|purchas\w+|stockpil\w+|manufactur\w+|produc(?:e|es|ed|ing|tion)) (?:[\w$€£.,-]+ ){0,4}(?:bombs|missiles|shells|rockets|drones|munitions|weapons|arms|ammunition)(?: and (?:\w+ ){0,2}(?:bombs|missiles|shells|rockets|drones|munitions|weapons|arms|ammunition))?\b"
    # weapons tested or handed over, captives freed: 'tests Fatah-II rocket', 'frees kidnapped officer'
    r"|\b(?:successfully )?(?:tests?|tested|testing|test-fires?|test-fired)\b (?:(?:a|an|the|its|new|successfully)\s+){0,2}(?:[\w-]+ ){0,4}(?:missiles?|rockets?|torpedo\w*|drones?|weapons?|warheads?)\b"
    r"|\b(?:receiv\w+|acquir\w+|tak(?:es|en|ing)? delivery of|took delivery of|unveil\w*) (?:[\w$€£.,-]+ ){0,5}(?:bombs|missiles|shells|rockets|drones|munitions|weapons|arms|ammunition|jets|helicopters)\b"
    r"|\b(?:free[sd]?|freeing|release[sd]?|releasing|hand(?:s|ed)? over) (?:\w+ ){0,3}?(?:kidnapped|abducted|captive|captured|hostage|detained)\b"
    r"|\b(?:kidnapped|abducted|captive|hostages?|captives)\b (?:\w+ ){0,3}?(?:freed|released|set free|rescued|return(?:s|ed)? home|reunited|regain(?:s|ed)? (?:\w+ )?freedom)\b"
    # defences and factories: 'interceptors against Shahed swarms', 'race to build drones'
    r"|\b(?:interceptors?|defen[cs]es?|protection|shields?|nets?|jammers?|countermeasures?) (?:against|for|to stop|to counter|to down) (?:\w+ ){0,2}(?:Shaheds?|drones?|missiles?|rockets?|swarms?)\b"
    r"|\b(?:build|builds|building|make|makes|making|produce|produces|producing|assembl\w+|design\w*) (?:\w+ ){0,3}(?:interceptors?|drones?|missiles?|Shaheds?)\b"
    r"|\b(?:scams?|fraud|phishing|campaign|ads?|advertising|marketing|policy|policies|sanctions|tariffs|measures|rules|law|bill|crackdown|schemes?) (?:\w+ ){0,2}targeting\b"
    # warnings and tests: 'air raid alerts', 'a test of a cruise missile'
    r"|\bair[- ]raid (?:alerts?|sirens?|warnings?|shelters?|alarms?|drills?)\b|\btests? of (?:an? |the |its )?(?:[\w-]+ ){0,4}(?:missiles?|rockets?|torpedo\w*|drones?|weapons?|bombs?|warheads?)\b"
    r"|\b(?:row|dispute|spat|feud|standoff|tensions?) (?:\w+ ){0,2}over (?:[\w'’]+ ){0,4}(?:killing|murder|death|assassination|shooting)\b"
    r"|\bartillery (?:units?|regiments?|brigades?|battalions?|batter(?:y|ies)|school|training|drills?|exercises?|pieces|systems?|production|factory|plant|ammunition)\b"
    r"|\b(?:earthquake|quake|tremor|storm|cyclone|typhoon|hurricane|tornado|lightning|disaster|tragedy|floods?|disease|epidemic|outbreak|cholera|heatwave|wildfire)s? (?:\w+ ){0,2}(?:strikes?|struck|hits?|hit|kills?|killed)\b"
    # coercion and sightings: an 'armed strike' (a lockdown ordered by a group), drones sighted
    r"|\barmed strikes?\b|\bparo armado\b|\bdrone (?:sightings?|activity)\b|\bdrones? (?:were |was )?(?:spotted|sighted|seen)\b|\bsightings? of (?:\w+ )?drones?\b"
    r"|\braids? on (?:\w+ ){0,3}(?:scam|fraud|gambling|drug|cyber ?crime|online scam) (?:hubs?|centres?|centers?|compounds?|dens?|labs?|networks?|parks?)\b"
    r"|\b(?:held|detained|captured|missing|imprisoned|jailed) since (?:the )?(?:\w+ ){0,2}(?:clashes|fighting|attack|battle|war|raid|offensive|incursion|invasion|assault)\b"
    # a blaze, not gunfire: 'after fire at substation', 'a fire at the market' (but 'open fire at')
    r"|\b(?:a|the|after|huge|massive|large|big|major|deadly|overnight|electrical|forest|house|factory|warehouse) fires? (?:at|in|on)\b"
    # road traffic: 'struck by a truck' is an accident whoever it hits
    r"|\b(?:hit|struck|knocked down|run over|mown down|killed|injured|hurt) by (?:a |an |the )?(?:\w+ ){0,2}(?:car|cars|truck|lorry|bus|train|tram|vehicle|motorbike|motorcycle|van|taxi)\b",
    IGNORE,
)

# --- Frames that make an item something other than an incident report.
FRAMES: tuple[Rule, ...] = (
    _r(
        "sport",
        r"\breduc(?:e|es|ed) (?:\w+ ){0,2}to \d{1,3}-\d{1,2}\b|\b(?:wickets?|innings|Test match|ODIs?|T20I?s?|SCG|MCG|bowled|batsm[ae]n|bowlers?|run chase|[A-Z]\w+ v [A-Z]\w+)\b"
        r"|\b(?:football|soccer|cricket|rugby|tennis|golf|basketball|baseball|hockey|NBA|NFL|UFC|MMA|boxing|boxer|F1|Formula One"
        r"|Grand Prix|Olympics?|Olympic|World Cup|Champions League|Premier League|LaLiga|La Liga|Serie A|Bundesliga|Europa League|FIFA|UEFA"
        r"|strikers?|midfielders?|goalkeepers?|defenders?(?<!last defenders)(?<!last defender) (?=and|were|was)|goals?|scored|team news|kick-?off|semi-?finals?|quarter-?finals?"
        r"|tournament|wickets?|innings|T20|ODI|grand slam|fight card|knockout|Clasico|lineups?|playoffs?|league|squad|(?:head|assistant|football|national|team|interim|new|former) coach(?:es)?|coach(?:es)? (?:said|says|laments?|lamented|praised|praises|admits?|admitted|blames?|blamed|hails?|hailed)|goalless|scoreless|warm-up|friendly (?:match|game|international|win|defeat|draw)|Arab Cup|Gulf Cup|Africa Cup|Asian Cup|Copa|qualifiers?|qualifying|hat-trick"
        r"|title fight|heavyweight|lightweight|welterweight|match(?:es)?|fixtures?|sprint|marathon|cyclist|peloton|Wimbledon|Australian Open"
        r"|US Open|French Open|Ryder Cup|Super Bowl|Test series|derby|relegation|transfer window|striker's)\b|\b\d{1,3}-\d{1,3} (?:win|victory|defeat|loss|draw)\b",
        None,
        -3.0,
    ),
    _r(
        "fiction_culture",
        r"\b(?:film|movie|novel|album|song|singer|actor|actress|director's|box office|Oscars?|Bafta|Grammy|Emmy|premiere"
        r"|video game|videogame|video games|computer games?|game developer|gamers?|gameplay|games console|consoles?|Xbox|PlayStation|Nintendo|TV series|drama series|thriller|sitcom|soap opera|theatre|musical|festival|gallery"
        r"|exhibition|museum|documentary|book|author|comic|cartoon|anime|Hollywood|Bollywood|Netflix|award|awards)\b",
        None,
        -1.5,
    ),
    _r(
        "business_tech",
        r"\b(?:shares|stocks?|profits?|revenue|earnings|investors?|market share|quarterly|shareholders|IPO|merger|acquisition"
        r"|chief executive|CEO|economy|economic|inflation|interest rates?|GDP|tariffs?|exports?|imports?|retail|consumers?|prices?|oil prices"
        r"|broadband|software|smartphones?|mobile phones?|internet|website|online|gadgets?|laptops?|chips?|crypto\w*|bitcoin|startups?|AI"
        r"|futures|traders|crude|Brent|oil (?:set|falls?|fell|rises?|rose|jumps?|jumped|slides?|slid|drops?|dropped|surges?|surged)|markets? (?:rally|rallies|slump|fall|rise))\b",
        None,
        -1.0,
    ),
    _r(
        "labour_strike",
        r"\b(?:trade unions?|union members|unions?(?! officials?\b)|walk-?outs?|pay dispute|wage dispute|industrial action|picket\w*|dockers|strikers)\b"
        r"|\bstriking (?:\w+ )?(?:workers|staff|teachers|doctors|nurses|employees|miners|drivers|dockers|pilots|students|farmers)\b",
        None,
        -2.0,
    ),
    _r(
        "accident_disaster",
        r"\b(?:car|bus|road|traffic|plane|train|helicopter|boat|ferry|air|truck|lorry|motorway) (?:crash|accident|collision)e?s?\b"
        r"|\bcrash(?:ed|es)?\b|\boverturn\w*|\brolled over\b|\bveered off\b|\bcollid\w+\b|\bcollision\b|\bcapsiz\w+\b|\bsank\b|\bsinking\b|\bshipwreck\w*\b|\bderail\w*\b|\bplung(?:e|es|ed|ing)\b"
        r"|\bearthquakes?\b|\bquakes?\b|\btremors?\b|\bfloods?\b|\bflooding\b|\blandslides?\b|\bmudslides?\b|\bcyclones?\b|\bhurricanes?\b"
        r"|\btyphoons?\b|\b(?:tropical|winter|severe|heavy|snow|dust|sand|rain|ice|hail|thunder|wind) ?storms?\b|\bstorms? (?:hit|hits|lash\w*|sweep\w*|kill\w*|batter\w*|caus\w*)\b|\btornado\w*\b|\bwildfires?\b|\bbush ?fires?\b|\bforest fires?\b|\bblaze\b|\bfire broke out\b|\bgas (?:leak|explosion|cylinder)s?\b"
        r"|\b(?:fuel|gas|oil|petrol|diesel|cooking gas|cylinder|tanker) (?:tank |truck |tanker |lorry |cylinder |pipeline )?(?:explosion|blast)s?\b"
        # ordnance left from an old war: 'landmine left over from the civil war kills two boys'
        r"|\b(?:unexploded|leftover|left-over|decades-old|wartime|war-era|Soviet-era) (?:\w+ )?(?:ordnance|landmines?|mines?|bombs?|shells?|munitions?)\b"
        r"|\b(?:landmines?|mines?|bombs?|shells?|ordnance|munitions?) (?:left over|leftover|left behind) from\b"
        r"|\b(?:hit|struck|knocked down|run over|mown down) by (?:a |an |the )?(?:\w+ )?(?:car|truck|lorry|bus|train|tram|vehicle|motorbike|motorcycle|van)\b|\bhit-and-run\b|\bdrunk(?:en)?[- ]driv\w+|\bdriver was drunk\b"
        r"|\bboiler\b|\bstampedes?\b|\bdrown\w*\b|\bavalanches?\b|\bheat ?waves?\b|\bvolcan\w+\b|\btsunamis?\b|\bcholera\b|\bepidemic\b"
        r"|\bpandemic\b|\bCovid\w*\b|\boutbreak\b|\bfamine\b|\bmine collapse\b|\bmining accident\b|\btrapped (?:miners|underground)\b"
        r"|\b(?:explosions?|blasts?|fires?) (?:at|in|rips? through|ripped through|tears? through|tore through|hits?) (?:an? |the )?(?:[\w'’-]+ ){0,3}(?:port|plant|factory|refinery|warehouse|mine|pipeline|workshop|gas station|petrol station|fuel depot)\b"
        r"|\b(?:port|plant|factory|refinery|warehouse|gunpowder|chemical|fireworks|gas station|petrol station) (?:explosions?|blasts?|fires?)\b|\bcloudbursts?\b|\bflash floods?\b"
        r"|\b(?:poorly|improperly|badly|unsafely) stored\b|\bstored chemicals\b|\b(?:chemicals?|explosives|fireworks|munitions|ammunition) (?:plant|factory|warehouse|store|depot)\b|\bsafety (?:lapses?|failures?|violations)\b|\b(?:grass|brush|forest) fire\b|\bfire (?:sets?|set) off\b|\bset off by (?:a )?fire\b"
        r"|\bmigrant boat\b|\b(?:factory|plant|refinery|warehouse|mine|gas|chemical|fireworks?|boiler|pipeline|tanker|industrial|kitchen|restaurant) (?:fire|explosion|blast)s?\b|\bhospital fires?\b|\bbuilding collapsed?\b|\bdam (?:collapse|burst|breach)\w*\b|\bbridge collapsed?\b|\bpoisoning\b|\bfood poisoning\b|\bair pollution\b"
        r"|\baccident(?:s|al|ally)?\b|\b(?:fire|leak|fault|malfunction|short circuit) (?:triggered|caused|sparked)\b|\b(?:triggered|caused|sparked) by (?:a )?(?:fire|leak|fault|malfunction)\b"
        r"|\b(?:blamed on|caused by|due to|sparked by|triggered by) (?:the |a |an )?(?:\w+ ){0,2}(?:heat|heatwave|fault|malfunction|leak|short[- ]circuit|lightning|negligence|mishandling|overheating|faulty wiring)\b"
        r"|\b(?:fire|blaze)(?<!opened fire)(?<!open fire)(?<!opens fire)(?<!opening fire)(?<!returned fire)(?<!return fire) (?:at|in|engulfs?|guts?|gutted|sweeps? through|rips? through|tears? through) (?:a |an |the )?(?:\w+ ){0,3}(?:wedding|hall|hospital|nightclub|club|hotel|factory|warehouse|market|mall|apartment|block|building|dormitory|school|hostel|prison|church|mosque|home|house|estate|tower|high-rise|flats|residential compound|shopping centre)s?\b"
        r"|\bsmog\b|\bmeteor\w*\b|\bdisease\b|\bfirefighters?\b|\bfirework\w*\b|\bmine explosion\b|\bemergency landing\b|\bturbulence\b"
        r"|\bskid(?:s|ded|ding)? (?:off|into|across|on)\b|\bflames\b|\bscaffolding\b|\bkilled by (?:a |an |the )?(?:\w+ ){0,2}(?:car|truck|lorry|bus|train|van|taxi)\b",
        None,
        -2.5,
    ),
    _r(
        "judicial_crime",
        r"\bsentenc\w+\b|\bconvicted\b|\bconvictions?\b|\bpleads? (?:not )?guilty\b|\bpleaded\b|\bfound guilty\b|\bacquitt\w+\b"
        r"|\bon trial\b|\btrial\b|\b(?:in|to|before|a|the) court\b(?! (?:office|building|compound|house))|\b(?:supreme|high|appeals?|military|criminal|district|federal|crown|magistrates'?) court\b|\bcourt (?:ruled|rules|heard|hears|case|hearing|sentenced|convicted|ordered|orders|rejected|upheld|found|fines?|fined|jails?|jailed)\b|\bjudges?\b|\bjailed\b|\bjails?\b|\bprison term\b|\bcharged (?:with|after|over|in)\b|\bcharges\b"
        r"|\bindicted\b|\bprosecut\w+\b|\bverdict\b|\blawsuits?\b|\bsues?\b|\bsued\b|\bexecutes\b|\bdeath penalty\b|\bdeath sentence\b"
        r"|\blife sentence\b|\bappeal\b|\bextradit\w+\b|\bdeport\w*\b|\bmurder(?:ed|er|ers|s)?\b|\bstabb\w+\b|\bknife\b|\bknifeman\b|\brobbery\b"
        r"|\brobbers?\b|\bburglar\w*\b|\bdomestic violence\b|\bschool shooting\b|\bmass shooting\b|\bshooting spree\b|\bserial killer\b|\bmanslaughter\b"
        r"|\bshot (?:dead )?by (?:police|officers|an officer|a police officer)\b|\bpolice (?:watchdog|shooting|chase|custody)\b|\bdrug (?:gangs?|cartels?|traffickers?|lords?)\b|\borgani[sz]ed crime\b"
        r"|\barrest(?:s|ed|ing)? (?:a |an |the |two |three |\d+ )?(?:\w+ )?(?:teenager|man|woman|boy|girl|suspects?|students?|youths?|people|men)\b|\bmotive\b|\brampage\b"
        r"|\bespionage\b|\bspying\b|\bfraud\b|\bcorruption\b|\bpolice (?:said|say) (?:a|the) (?:man|woman|suspect)\b|(?<!police )(?<!officials )(?<!authorities )(?<!they )\bsuspect\b(?! (?:members|that|the|it|an?|rebels|militants|insurgents|separatists)\b)|\bgangs?\b|\bcartels?\b|\b\d+ (?:people |men |suspects )?(?:arrested|detained)\b|\bdrug[- ]trafficking\b|\btrafficking (?:ring|network|probe|gang)\b"
        r"|\battach(?:es|ed)? (?:the )?propert(?:y|ies)\b|\bunder (?:the )?(?:UAPA|PSA|AFSPA|anti-terror(?:ism)? (?:law|act))\b|\bbounty\b"
        r"|\bcriminal (?:groups?|gangs?|organi[sz]ations?|networks?|cells?|clans?)\b|\b(?:has|have) been arrested\b|\bturf war\b"
        r"|\b(?:bar|nightclub|club|party|school|university|campus|mall|supermarket|church|workplace|office|concert|festival) shootings?\b|\bshooting at (?:a |an |the )?(?:\w+ ){0,3}(?:bar|nightclub|club|party|school|university|college|campus|mall|supermarket|workplace|concert)\b",
        None,
        -2.0,
    ),
    # Violence between people who know each other: a soldier turning on colleagues over a quarrel.
    _r(
        "personal_violence",
        r"\b(?:kills?|killed|shoots?|shot) (?:\w+ ){0,2}(?:colleagues|co-workers|coworkers)\b|\bbarracks (?:shooting|dispute|row|quarrel)\b"
        r"|\b(?:personal|domestic|family|marital|romantic) (?:dispute|quarrel|row|feud|argument)s?\b"
        r"|\bover (?:an? )?(?:property|money|inheritance|loan|debt|business|love affair|parking) (?:dispute|quarrel|row|feud|argument|issue)s?\b",
        None,
        -3.0,
    ),
    _r(
        "opinion_analysis",
        r"\bAJOPINION|\bopinion\b|\banalysis\b|\bexplainer\b|\bexplained\b|\bwhat we know\b|\bkey (?:events|takeaways)\b|\blist of\b"
        r"|\btimeline\b|\bin pictures\b|^live\b|\blive:|^inside\b|\binside the\b|\binside story\b|\bby the numbers\b|\bhow many\b|\b(?:villagers|farmers|residents|families|locals) say\b|\bguest column\b|\b(?:residents|survivors|witnesses|families|relatives|villagers|locals) describe\b|\bpodcast\b|\binterview\b|\bhistory of\b|\bbrief history\b|\blive updates\b|\blive blog\b"
        r"|\bmapping\b|\blessons\b|\blegacy\b|(?-i:\bI\b)(?!['’])|\bmy\b|\bmourn\w*\b|\bwhat (?:next|is|are|does|did|happened)\b|\bhow (?:did|does|do|the)\b"
        r"|\bwhy (?:is|are|did|does|do|the)\b|\breflects?\b|\bessay\b|\b(?:opinion |weekly |his |her |my )column\b|\bcommentary\b|\bmemoir\b|\brecounts?\b|\bsurvived\b"
        r"|\bhumanity\b|\bempathy\b|\bmoral\b|\bgenocid\w+\b",
        None,
        -1.5,
    ),
    _r(
        "diplomacy",
        r"\b(?:peace|ceasefire|cease-fire|truce) (?:talks|deal|agreement|negotiations|plan|proposal|process|efforts?|summit|framework"
        r"|terms|accord|pact|bid|push|envoy|conference|initiative|roadmap|text|draft|offer)\b|\btalks\b|\bnegotiat\w+\b|\bdiplomac\w*\b|\bdiplomats?\b"
        r"|\bsummit\b|\bmediat\w+\b|\bbrokered\b|\benvoys?\b|\bagreements?\b|\baccords?\b|\bsign(?:ed|s|ing)? (?:a |the )?deal\b|\bmeets?\b|\bmet with\b"
        r"|\bphone call\b|\bcall(?:s|ed)? for\b|\burges?\b|\burged\b|\bwelcomes?\b|\bwelcomed\b|\bsanctions?\b|\bresolution\b|\bvotes?\b|\belections?\b"
        r"|\bprisoners? (?:swap|exchange|release)\b|\bexchange (?:of )?prisoners\b|\bswap\b|\bhostage (?:deal|release)\b|\breleased?\b|\bfreed\b"
        r"|\bhumanitarian aid\b|\baid (?:deliveries|convoys?|trucks)\b|\breconstruction\b|\brebuild\w*\b|\bimplement\w*\b|\bextend\w*\b"
        r"|\bproposal\b|\bframework\b|\btreat(?:y|ies)\b"
        r"|\b(?:suspend\w*|expel\w*|recall\w*|sever\w*|cuts? off|downgrad\w*|revok\w*|closes?|closed|shuts?) (?:\w+ ){0,3}(?:treaty|ties|relations|envoys?|ambassadors?|diplomats|visas|trade|agreement|border|border crossings?|airspace|embassy|flights)\b|\bguarantees?\b|\bceasefire (?:holds|held|takes effect|came into effect|begins|starts|deal)\b",
        None,
        -1.0,
    ),
    _r(
        "protest",
        r"\bprotest\w*\b|\bdemonstrat\w+\b|\brall(?:y|ies|ied)\b|\bmarchers\b|\bmarched\b(?= (?:on|to|through|in|into|from|towards?|along|past|outside|around|against|for|peacefully)\b|\s*[.,;:]|\s*$)|(?-i:\bmarch(?:es)?\b)|\bsit-ins?\b|\briot\w*\b|\bwater cannons?\b|\b(?:night|nights|days?) of (?:disorder|unrest|violence)\b|\bdisorder\b|\bpetrol bombs?\b|\bmolotov cocktails?\b"
        r"|\btear ?gas\b|\brubber bullets\b|\briot police\b|\bpicket\w*\b"
        r"|\b(?:students|protesters|demonstrators|fans|supporters|farmers|workers|activists|rioters|crowds?|mobs?|youths|villagers|residents) (?:\w+ )?(?:clash(?:es|ed)?|fought|scuffled?|brawl\w*) with (?:the )?(?:riot )?(?:police|security forces|officers)\b|(?<!armed men )(?<!gunmen )(?<!attackers )(?<!bandits )\bblocked (?:the )?roads?\b|\bbarricad\w+\b(?! (?:themselves|himself|herself|inside)\b)",
        None,
        -2.0,
    ),
    _r(
        "procurement",
        r"\b(?:receives?|received|takes? delivery of|took delivery of|acquires?|acquired|gets|delivers?|delivered|supplies|supplied|sends?|sent|pledges?|pledged|approves?|approved|buys?|bought|orders?|ordered|unveils?|unveiled)\b (?:[\w$€£.,-]+ ){0,5}(?:jets|fighter jets|F-16s?|tanks|missiles|bombs|air defen[cs]es?|weapons|arms|ammunition|shells|drones|systems|aid package|military aid)\b(?! (?:against|at|into battle|to (?:attack|strike|bomb|hit))\b)",
        None,
        -1.5,
    ),
    _r(
        "cumulative_toll",
        r"\b(?:death toll|toll|dead|deaths|killed|losses|casualties)\b[^.]{0,40}?\b(?:passe[sd]|tops?|topped|surpass\w*|exceed\w*|reache[sd]|reach|nearing|nears?|neared|hits?|climbs? (?:to|past|above)|rises? (?:to|past|above)|rose (?:to|past|above))\s+(?:\d{1,3},\d{3}|\d{4,}|\d+ (?:000|thousand|million))\b"
        r"|\bsince the (?:war|conflict|invasion|fighting|offensive) (?:began|started)\b"
        r"|\b(?:war|conflict|fighting|violence|insurgency|invasion)\b[^.]{0,40}?\b(?:has|have) (?:killed|left)\b[^.]{0,20}?(?:\b(?:\d{1,3},\d{3}|\d{4,}|\d+ (?:000|thousand|million))\b|\b(?:tens of |hundreds of )?thousands\b)"
        r"|\b(?:\d{1,3},\d{3}|\d{4,}|\d+ (?:000|thousand|million))\b[^.]{0,60}?\b(?:(?:so far )?this year|since January|in the (?:past|last) (?:year|twelve months|12 months))\b"
        r"|\b(?:\d{1,3},\d{3}|\d{4,}|\d+ (?:000|thousand|million))\b[^.]{0,60}?\bsince (?:the )?(?:start of the |beginning of the )?(?:full-scale )?(?:[\w'’-]+ ){0,2}?(?:war|conflict|invasion|fighting|offensive|ground (?:push|offensive|operation|invasion|incursion)|operation|incursion|escalation|(?:19|20)\d\d)\b"
        # a war's whole span: '610 killed in 12 days of war'
        r"|\b\d[\d,]*\s+(?:\w+\s+){0,2}?(?:killed|dead|deaths|died)\b[^.]{0,25}?\b(?:in|during|over|after) (?:the )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many) (?:days|weeks|months|years) of (?:\w+ )?(?:war|fighting|conflict|clashes|hostilities|strikes|bombing|bombardment|violence)\b"
        # a tally of violations or strikes: 'violated Easter truce 2,935 times', 'struck targets hundreds of times'
        r"|\b(?:violat\w*|struck|hit|attacked|targeted|shelled) (?:[\w'’-]+ ){0,4}?['‘\"]?(?:\d{3,}|\d{1,3},\d{3}|hundreds of|thousands of) times\b"
        r"|\b(?:\d{3,}|\d{1,3},\d{3}|hundreds of|thousands of) (?:\w+ )?(?:ceasefire |truce )?violations\b"
        r"|\b(?:\d{1,3},\d{3}|\d{4,})\b[^.\n]{0,40}?\bin (?:the )?(?:first|past|last) (?:\w+ )?(?:month|months|weeks|year)\b"
        r"|\bkilled in (?:[\w'’-]+ ){0,2}(?:\d+|\w+)-year (?:war|conflict|insurgency|civil war)\b"
        # counts over days or a past year: '500 missiles and drones in five days', 'claimed over 40 lives in 2022'
        r"|\b(?:\d{3,}|\d{1,3},\d{3})\b[^.\n]{0,50}?\bin (?:the )?(?:past |last )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:days|weeks|months)\b"
        r"|\b(?:claimed|killed|left) (?:over |more than |nearly |some |at least )?\d+ (?:lives|people|dead)\b[^.\n]{0,20}?\bin (?:19|20)\d\d\b"
        r"|\b(?:hundreds|thousands|\d{3,})\b[^.\n]{0,60}?\b(?:over|in|during) the (?:past|last) (?:year|months|twelve months|12 months)\b"
        # a year's count: 'over 1,500 killed in militancy-related violence in 2024', '720 killed in J&K this year'
        # (a hundred or more: 'Lugansk says 21 people killed this year' is how UCDP's sources report losses)
        r"|\b(?:\d{3,}|\d{1,3},\d{3})[\d,]* (?:\w+ ){0,3}(?:killed|dead|deaths|died|neutrali[sz]ed)\b[^.\n]{0,30}?\b(?:so far this year|this year|last year|in (?:19|20)\d\d)\b"
        r"|\b(?:\d{1,3},\d{3}|\d{4,}|\d+ (?:000|thousand))\b[^.\n]{0,60}?\bin (?:19|20)\d\d\b"
        r"|\b(?:fighting|war|conflict|violence|clashes|insurgency|offensive) that (?:has |have |had )?(?:killed|left)\b[^.]{0,20}?(?:\b(?:\d{1,3},\d{3}|\d{4,})\b|\b(?:tens of |hundreds of )?thousands\b)"
        # a year's operations: '917 terrorists killed in operations across KP this year'
        r"|\b\d[\d,]* (?:\w+ ){0,2}(?:killed|neutrali[sz]ed|eliminated) in (?:\w+ ){0,3}operations\b[^.]{0,60}?\b(?:this year|since|so far|in 20\d\d|over the)\b"
        r"|\b\d{3,}[\d,]* (?:\w+ ){0,2}(?:killed|dead|deaths|died)\b[^.]{0,40}?\bsince (?:late |early |mid-?)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
        r"|\b(?:hit|struck|targeted|destroyed|bombed) (?:more than |over |some |nearly )?\d{3,}[\d,]* (?:\w+ ){0,2}targets\b"
        r"|\bkilled\s+['‘\"]?(?:more than|over|nearly|almost|some|at least)\s+\d[\d,]*['’\"]?\s+(?:\w+\s+){0,2}since\b"
        # (a hundred or more: 'five servicemen killed since the truce' is how wires report fresh losses)
        r"|\b(?:\d{3,}|\d{1,3},\d{3})[\d,]* (?:\w+ ){0,2}?(?:killed|dead|deaths|died|wounded)\b[^.]{0,30}?\bsince (?:the )?(?:ceasefire|cease-fire|truce|deal|agreement|accord)\b"
        r"|\bkilled (?:more than |over |some |nearly )?(?:hundreds|thousands|\d{3,}[\d,]*) (?:of )?(?:[\w'’-]+ ){0,3}since\b"
        r"|\b(?:\d{3,}|\d{1,3},\d{3})[\d,]* (?:\w+ ){0,2}?(?:killed|dead|deaths|died|wounded)\b[^.]{0,30}?\bsince (?:the )?(?:[\w'’-]+ ){1,2}(?:ceasefire|cease-fire|truce)\b"
        # a running count since the truce: 'more than 240 killed since the ceasefire began'
        r"|\b(?:more than|over|nearly|almost|some|upwards of)\s+\d[\d,]*\s+(?:\w+\s+){0,2}?(?:killed|dead|deaths|died|wounded)\b[^.]{0,30}?\bsince (?:the )?(?:ceasefire|cease-fire|truce|deal|agreement|accord|start of|beginning of|January|February|March|April|May|June|July|August|September|October|November|December)\b",
        None,
        -2.0,
    ),
    _r(
        "exercise",
        r"\bsimulators?\b|\b(?:combat readiness|readiness (?:check|inspection|drills?)|snap (?:check|inspection|drills?|exercises?)|military (?:drills?|exercises?|manoeuvres|maneuvers)|(?:firing|live-fire|artillery firing) drills?|war games|joint (?:drills?|exercises?)|naval (?:drills?|exercises?)|training exercises?)\b",
        None,
        -3.0,
    ),
    _r(
        "wildlife",
        # (not tigers, wolves or lions: the Tamil Tigers, Grey Wolves and Lions' Den are armed groups)
        # ('bears' only as the animal: 'bears the brunt' is a verb)
        r"\b(?:bear|shark|crocodile|alligator|leopard|elephant|snake|hippo|jaguar|puma|cougar|monkey|hornet|wasp|dog) attacks?\b"
        r"|\b(?:brown|black|polar|grizzly|wild|a|the) bears?\b(?! the brunt| responsibility| hallmarks)|\bbears? (?:wanders?|wandered|roams?|roamed|enters?|entered|spotted|sightings?)\b"
        r"|\b(?:sharks?|leopards?|elephants?|crocodiles?|alligators?|snakes?|hippos?|jaguars?|pumas?|cougars?|monkeys?|hornets?|wasps?|bees)\b",
        None,
        -3.0,
    ),
    _r(
        "arms_fair",
        r"\b(?:arms|defen[cs]e|weapons|military|air) (?:fairs?|expos?|exhibitions?|shows?|trade shows?)\b|\bIDEX\b|\bEurosatory\b|\bDSEI\b|\bexhibitors?\b|\bsteal the show\b|\border books?\b",
        None,
        -3.0,
    ),
    _r(
        "trend",
        # how often, not what happened: 'attacks at highest level in years', '260 incidents in October'
        r"\b(?:[\w-]+ )?(?:casualties|deaths|killings|attacks|violations|incidents|fatalities|strikes)\b (?:[\w'’-]+ ){0,4}?(?:up|down|rose|rise|rises|fell|falls|doubled|tripled|surged|soared|dropped|declined|increased|decreased|jumped)\b(?! (?:to|from) (?:a |the )?(?:\w+ )?(?:scene|area|village|town))"
        r"|\bin the (?:first|second) half of\b|\bbetween (?:January|February|March|April|May|June|July|August|September|October|November|December) and (?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
        r"|\btops? (?:the )?(?:world|list|ranking|table|global)\b|\b(?:ranks?|ranked) (?:first|highest|worst)\b|\b(?:spate|series|string|rash) of (?:\w+ ){0,2}(?:attacks|strikes|bombings|killings|incidents|abductions)\b"
        r"|\b(?:weeks|months) of (?:\w+ )?(?:attacks|strikes|bombings)\b"
        r"|\b(?:highest|lowest|worst)\b(?: [\w-]+){0,4} (?:since (?:19|20)\d\d|this year|on record|in (?:\w+ )?years)\b"
        r"|\bsince (?:World War (?:II|Two|2)|WWII|the Second World War)\b|\b(?:hit|hits|reach(?:ed|es)?) (?:a |an )?(?:new |all-time )?record\b"
        r"|\bdeadliest (?:month|year|quarter|season|summer|winter|spring|autumn)\b|\bkills? more (?!than\b)(?:\w+ )?(?:children|civilians|people)\b"
        r"|\b(?:at|to|hit|hits|reach\w*|near\w*) (?:the |an? |its |their )?(?:highest|lowest|record) (?:level|levels|rate|number|point|high|low)s?\b"
        r"|\brecord (?:number|high|level) of\b|\b(?:surge|spike|rise|increase|jump|decline|drop|fall) in (?:\w+ ){0,2}(?:attacks|violence|incidents|violations|strikes|killings)\b(?![^.]{0,25}\b(?:kill|leaves? \w+ dead))"
        r"|\b(?:recorded|records?|counted|counts?|logged|logs|documented|documents|registered|registers|tallied|tallies|verified|verifies) (?:more than |over |at least |some |nearly |almost )?(?:\d[\d,]*|thousands|hundreds|dozens|scores) (?:of )?(?:\w+ ){0,2}(?:incidents|attacks|violations|strikes|killings|breaches)\b"
        r"|\b(?:conducted|carried out|launched|flew) (?:more than |over |some |nearly )?\d[\d,]* (?:\w+ ){0,2}(?:airstrikes|air strikes|strikes|raids|sorties|operations)\b[^.\n]{0,40}?\b(?:in (?:19|20)\d\d|this year|last year|since)\b"
        r"|\b\d[\d,]* (?:\w+ )?(?:incidents|attacks|violations|killings) (?:in|during|over|since|this|last) (?:the (?:past|last) )?(?:January|February|March|April|May|June|July|August|September|October|November|December|month|week|year|weeks|months)\b",
        None,
        -2.5,
    ),
    _r(
        "agreement_after",
        r"\b(?:agree|agrees|agreed|sign|signs|signed|announce|announces|announced|declare|declares|declared|accept|accepts|accepted|reach|reaches|reached|seal|seals|sealed)\b"
        r" (?:\w+ ){0,3}(?:ceasefire|cease-fire|truce|peace deal|peace agreement|peace accord|deal|accord)s? (?:\w+ ){0,4}(?:after|following)\b",
        None,
        -3.0,
    ),
    _r(
        "mutual_blame",
        r"\btrade(?:s|d)? (?:accusations|blame|charges)\b|\baccus(?:e|ed|ing) each other\b|\bblam(?:e|ed|ing) each other\b|\bmutual accusations\b",
        None,
        -2.5,
    ),
    _r(
        "tension",
        r"\bescalat\w+\b|\btensions?\b|\bon edge\b|\bbrink\b|\bwar clouds\b|\bspectre\b|\bsimmer\w*\b",
        None,
        -1.0,
    ),
    _r(
        "displacement",
        r"\bfle(?:e|es|eing|d) (?:the )?(?:\w+ )?(?:fighting|violence|war|conflict|bombing|shelling|attacks)\b|\brefugees? (?:describe|recount|tell)\w*|\bdisplaced (?:people|families) (?:describe|recount|tell|return)\w*"
        r"|\b(?:families|residents|refugees|displaced|civilians|villagers|people|evacuees) (?:\w+ )?(?:return|returns|returning|returned|head home|go home|flock back)\b|\breturn(?:s|ed|ing)? (?:to their )?homes?\b"
        r"|\b(?:displaced|uprooted) (?:more than |over |nearly |some |about )?\d[\d.,]* (?:million|thousand)\b|\breturnees\b"
        r"|\b(?:families|residents|people|civilians|children|villagers|farmers|Kyivans|parents) (?:\w+ )?(?:adapt|cope|learn to live|struggle to live|sleep)\w*\b"
        r"|\b(?:still |remain |are )?sheltering\b|\bno home to return\b|\bdisplaced families\b",
        None,
        -1.5,
    ),
    _r(
        "future_threat",
        r"\bthreat(?:en|ens|ened|ening)?\b|\bwarns?\b|\bwarned\b|\bwarning\b|\bvows?\b|\bvowed\b|\bpledges?\b|\bplans? to\b|\bany (?:attack|aggression|strike|incursion)\b|\brespond to\b"
        r"|\bprepar\w+\b|\bpossible\b|\bpotential\b|\bwould\b|\bcould\b|\bif\b|\bfears? of\b|\brisk of\b|\bready (?:for|to)\b|\bdrills?\b"
        r"|\bmilitary exercises?\b|\bwar games\b|\btest[- ]?(?:fir\w*|launch\w*)\b|\bhas a range of\b|\bbuy\b|\bpurchases?\b|\bdefen[cs]e spending\b|\bbudget\b|\barms (?:sales?|deals?|supplies|exports?)\b"
        r"|\bweapons? (?:sales?|deals?|deliveries|supplies)\b|\bsale of\b|\bapprov\w* (?:the )?(?:sale|purchase|delivery|export)\b|\bprocure\w*\b|\bcontracts?\b|\bF-35\w*\b|\bcapable of\b"
        r"|\bdeterren\w+\b|\bthreatens?\b|\bcontingency\b|\bfactor(?:y|ies) (?:making|producing|build\w*)\b|\bmanufactur\w+\b|\bproduc(?:e|es|ing|tion) (?:of )?(?:\w+ )?(?:drones|missiles|shells|weapons|ammunition)\b",
        None,
        -1.0,
    ),
    _r(
        "anniversary",
        r"\banniversary\b|\benters? (?:its )?(?:second|third|fourth|fifth|sixth|\w+th) year\b|\bmarks? (?:\d+|one|a|two|three|four|five|six|ten) (?:years?|months?)\b|\b(?:one|a) year (?:since|on)\b|(?-i:\b(?:A|One) year after\b)|\b(?:\d+|two|three|four|five|ten|twenty) (?:years|decades) (?:since|after|ago|on)\b|\byears (?:ago|after|since)\b"
        r"|\bcommemorat\w+\b|\bremember\w*\b|\blast (?:month|year|week|summer|winter|spring)'s\b",
        None,
        -2.5,
    ),
    _r(
        "aftermath",
        r"\bfunerals?\b|\bburial\b|\bburied\b|\blaid to rest\b|\bmourners\b|\bvigils?\b|\bmemorial service\b|\bcondolences\b|\bpay(?:s|ing)? tribute\b"
        r"|\bvisit(?:s|ed|ing)? (?:the )?(?:wounded|injured|victims|survivors|troops wounded|soldiers wounded)\b"
        r"|\bprosthe\w+|\b(?:landmine|mine|bomb|attack|war) survivors\b|\brehabilitation\b",
        None,
        -4.0,
    ),
    _r(
        "historical",
        r"\bmemorial\b"
        r"|\blast year\b|\bin (?:19|20)\d\d\b(?! ?,)|\b(?:one|a|two|three|four|five|six|\d+) (?:year|month)s? on\b|\bdecades?\b|\bhistoric(?:al)?\b|\bwar crimes?\b|\bNakba\b|\bWorld War\b|\bWWI?I\b|\bSecond World War\b|\bVictory Day\b"
        r"|\bparade\b|\bveterans?\b|\bcentury\b|\bcenturies\b|\bmonths of\b|\byears of\b|\bsince (?:the )?(?:war|conflict) began\b"
        r"|\bbodies (?:found|recovered|under)\b|\bunder (?:the )?rubble\b|\bmass graves?\b|\bexhum\w+\b",
        None,
        -1.5,
    ),
    _r(
        "nonviolent_armed_group",
        r"\bsurrender(?:ed|s)?\b|\bdefect(?:ed|s|ion|ions)?\b|\bswitched sides\b|\bjoined (?:the )?(?:\w+ )?(?:militants|Taliban|rebels|group)\b"
        r"|\bno reported violence\b|\bwithout (?:a )?(?:fight|resistance|violence)\b|\bpeacefully\b|\bwithdr[ae]w\w*\b|\bhanded over\b"
        r"|\brecruit\w*\b|\bgraduat\w+\b|\bpeace march\b|\bchange to (?:armed )?group\b|\bagreement:",
        None,
        -2.5,
    ),
)
# 'trend' branch 0 ('[word ]attacks ... rose') starts at most one word before the noun it needs
next(f for f in FRAMES if f.name == "trend").pattern.word_before = frozenset({0})

# The headline is about the mourning of people killed earlier ('funeral for minister killed in
# suicide attack'), unless violence is named before it ('air strike on funeral for ...').
AFTERMATH_OF = Guarded(
    r"\b(?:funerals?|burials?|vigils?|memorial services?|mourners|tributes?) (?:\w+ ){0,4}(?:for|of) (?:\w+ ){0,6}?(?:killed|slain|who died|dead)\b"
    r"|\b(?:bur(?:y|ies|ied)|mourn(?:s|ed)?|bid farewell to|lay to rest|lays to rest) (?:[\w-]+ ){0,6}?(?:killed|slain|who died|dead)\b"
    r"|\b(?:days?|period) of (?:national )?mourning\b",
    IGNORE,
)
# The headline is a court case over violence done before ('court jails soldier over 2022
# killing of civilians'), unless violence is named before it.
COURT_OVER = Guarded(
    r"\b(?:files?|filed|submits?|submitted) (?:a |the )?charge ?sheets?\b|\bcourt (?:convicts?|convicted|sentences?|sentenced|jails?|jailed|acquits?|acquitted|indicts?|indicted|hands? down)\b"
    r"|\b(?:probe|inquiry|investigation|investigators|board of inquiry|fact-finding (?:team|mission|committee)|OPCW|UN (?:experts|panel|investigators))\b"
    r" (?:\w+ ){0,3}?(?:finds?|found|into|clears?|cleared|blames?|blamed|concludes?|concluded|says?|said|traced?)\b|\b(?:tak(?:es|e|en|ing)|took) (?:\w+ ){0,2}to (?:the )?(?:ICJ|ICC|court|tribunal|World Court|International Court)\b"
    r"|\b(?:IED|blast|bomb|bombing|attack|massacre|killings?|murder|shooting|ambush|terror|terrorism) (?:case|trial|probe|verdict|hearing)\b|\b(?:arrests?|arrested|detains?|detained|holds?|held|nabs?|nabbed|jails?|jailed|sentenc(?:e|es|ed|ing)|convict(?:s|ed)?|found guilty|guilty|charg(?:e|es|ed)|indict(?:s|ed)?|tries|tried|trial|acquit(?:s|ted)?|prosecut\w+|verdict)\b"
    r" (?:\w+ ){0,8}?(?:for|over|of|in|on) (?:the |a |an )?(?:\w+ ){0,3}?(?:killings?|murders?|attacks?|shooting|bombing|massacres?|deaths?|strikes?|war crimes?|abductions?|execution|fighting|clashes|violence|unrest)\b",
    IGNORE,
)
HEDGE = Guarded(
    r"\ballege(?:d|dly)?\b|\breported(?:ly)?\b(?! on)|\bunconfirmed\b|\bunverified\b|\bden(?:y|ies|ied)\b|\bmay have\b|\bmight have\b"
    r"|\bpossibly\b|\bpurported(?:ly)?\b|\bapparent(?:ly)?\b|\bsuspected\b|\bclaim(?:s|ed)?\b|\bsupposedly\b|\bit is understood\b"
    r"|\bcould not be (?:independently )?(?:verified|confirmed)\b|\bif confirmed\b|\bsaid to (?:have|be)\b|\bwere said\b|\bthought to\b",
    IGNORE,
)
CEASEFIRE = Guarded(
    r"\bcease-?fires?\b|\btruces?\b|\bcessation of hostilities\b|\barmistices?\b|\bперемири\w*|\bрежима тишины\b|\bприпинення вогню\b|\bпрекращени\w* огня\b|\bрежиму тиші\b",
    IGNORE,
)
SITREP = Guarded(
    r"\b(?:situation update|situation report|sitrep|CrisisWatch|overview of the (?:current )?(?:\w+ ){0,4}situation)\b|Обзор\b|Сводка\b|Зведення\b"
    # a monitoring mission's report: by their nature they record ceasefire violations
    r"|\blatest from the (?:\w+ ){0,3}(?:monitoring|observer|observation) mission\b|\b(?:SMM|monitoring mission|observer mission)(?:'s)? (?:daily|spot|weekly) reports?\b"
    # a periodic bulletin of a war's casualties (whole-year statistics are framed as history)
    r"|\bconflict-related (?:civilian )?(?:casualt(?:y|ies)|deaths|fatalities)\b|\bcivilian casualt(?:y|ies) (?:update|bulletin)\b"
    r"|\b(?:daily|spot|weekly|thematic) reports? (?:No\.? ?)?\d{1,3}/(?:19|20)\d\d\b",
    IGNORE,
)
# A numbered report of a monitoring mission ('Daily Report 57/2021'): no theatre named, but the
# numbering is the missions' own.
MISSION_REPORT = re.compile(
    r"\b(?:daily|spot|weekly|thematic) reports? (?:No\.? ?)?\d{1,3}/(?:19|20)\d\d\b", IGNORE
)
CONFLICT_ZONE = Guarded(
    r"\beast(?:ern)? Ukraine\b|\bDonbass?\b|\bDonetsk\b|\bLuhansk\b|\bLugansk\b|\bDPR\b|\bLPR\b|\bhostilities\b|военных действий"
    r"|\bconflict zone\b|\bfront ?line\b|\bATO\b|\bJFO\b|\bUkraine\b",
    IGNORE,
)
# A genre label opening a headline: commentary, explanation or pictures, never an incident report.
GENRE_LABEL = re.compile(
    r"^\s*(?:analysis|explainer|opinion|comment|commentary|feature|interview|podcast|(?:guest )?column|in pictures|in photos|factbox|fact check|insight|long read|the big picture|view|editorial|maps?|in maps|charts?|in charts|graphics?|visuals?|visualised|timeline|in numbers|by the numbers|data)\s*[:|]\s*",
    IGNORE,
)
# The first one to five words of a headline, its subject, before the verb the two rules below read.
_HEADLINE_SUBJECT = r"^(?:(?:[\w'’.&\-]+,?|\d+)\s+){1,5}?"
# A headline whose own verb is not an act of violence, with the violence only as its object:
# 'Pakistan tests guided rocket', 'Mali receives combat drones', 'Kyiv warns of massive strike'.
# Reactions ('condemns', 'weighs a response to', 'warns over') and accusations ('accuses') are not
# here: their object is an act that happened.
NONEVENT_VERB = re.compile(
    _HEADLINE_SUBJECT + r"(?:successfully\s+|reportedly\s+)?"
    r"(?P<verb>tests?|tested|test-fires?|receives?|received|takes? delivery|frees|freed|releases?|released|begins?|began|starts?"
    r"|launches (?:drills?|exercises?|campaign|probe|inquiry|investigation)|vows?|vowed|plans?|planned|prepares?|readies|braces?"
    r"|approves?|approved|signs?|signed|unveils?|unveiled|seeks?|sought|pledges?|pledged|promises?|promised|builds?|buys?|bought"
    r"|bans?|banned|rules? out|sanctions?|sanctioned|blacklists?|designates?|weighs?|mulls?|considers?|imposes?|imposed|votes?|voted"
    r"|arrests?|arrested|busts?|busted|nabs?|nabbed|recovers?|recovered|captures? (?:an? )?(?:alleged|suspected|wanted|most-wanted)"
    r"|declares? (?:an? )?(?:\w+ )?(?:emergency|mourning)|marks?|marked|commemorates?|remembers?|detains?|detained|foils?|foiled"
    r"|reopens?|reopened|meets?|met|meet|convenes?|convened|gathers?|gathered|names?|named"
    r"|orders? (?:an? |the )?(?:\w+ )?evacuations?|evacuates?|evacuated|orders?|ordered|sets? up|establish(?:es|ed)?"
    r"|suspends?|suspended|completes?|completed|oversees?|oversaw|watches|watched|probes?|probed|investigates?|investigated|renews? (?:\w+ )?(?:plea|call|appeal)|pleads?|appeals?|urges?|urged|drills?|drilled|rehearses?|rehearsed|simulates?|simulated"
    r"|(?:announces?|announced|offers?|offered|places?|placed) (?:an? )?(?:[\w₦$€£.,-]+ )?(?:bounty|reward))\b",
    IGNORE,
)
# Reactions to an act told elsewhere ('UN condemns Doha strike'): not a report of it unless the
# headline itself gives its toll.
REACTION_VERB = re.compile(
    _HEADLINE_SUBJECT
    + r"(?P<verb>condemns?|condemned|denounces?|denounced|slams?|slammed|decries|decried|deplores?|deplored"
    r"|criticis(?:es|ed)|criticiz(?:es|ed)|hails?|hailed|praises?|praised|welcomes?|welcomed|justifies|justified|defends?|defended"
    r"|rejects?|rejected|dismisses|dismissed|reacts? to|responds? to|denies|denied|refutes|grills?|grilled|summons|summoned|weighs? (?:a |its )?response to|mulls? (?:a )?response to|visits?|visited|inspects?|inspected|tours?|toured)\b",
    IGNORE,
)
# A speaker's quoted words about an act: "Hamas: Doha attack 'will not change our demands'".
QUOTED_STATEMENT = re.compile(r"^[^:\n]{2,45}:\s+(?=[^\n]*['\"‘“][^\n]*['\"’”])", IGNORE)
# ... unless the violence comes in a clause of its own: 'vows revenge after rebels kill 12'
OWN_CLAUSE = re.compile(r"\b(?:after|as|following|when|while|amid|since|despite|but|,|;|:|—|–|-)\s", IGNORE)
QUESTION_START = re.compile(
    r"^\s*(?-i:(?![A-Z]{2}\b))(?:why|how|what|who|which|when|where|can|could|will|would|should|is|are|does|do|did|has|have|was|were)\b",
    IGNORE,
)

# Weapons named without a verb: enough, with a violent word, to make the violence armed.
WEAPONS = Guarded(
    r"\b(?:rockets?|missiles?|shells?|bombs?|drones?|mortars?|grenades?|guns?|rifles?|bullets?|explosives?|warplanes?|fighter jets?"
    r"|helicopters?|tanks?|artillery|machine[- ]guns?|AK-47s?|Kalashnikovs?|munitions?|ammunition)\b",
    IGNORE,
)
# War words: a death reported in a war zone is most likely a war death.
CONFLICT_CONTEXT = Guarded(
    r"\bwar-torn\b|\bwar zone\b|\bconflict zone\b|\bfront ?lines?\b|\bfrontline\b|\bbattlefield\b|\boccupied\b|\brebel-held\b"
    r"|\bseparatist\w*\b|\binsurgen\w+\b|\bmilitants?\b|\bhostilities\b|\bfighting\b"
    r"|\bwar\b(?<!turf war)(?<!gang war)(?<!drug war)(?<!price war)(?<!trade war)(?<!tariff war)(?<!culture war)(?<!bidding war)(?<!streaming war)(?! on (?:drugs|poverty|waste|inflation|woke|plastic)\b)"
    r"|\bconflict\b|\bcombat\b"
    r"|\beast(?:ern)? Ukraine\b|\bDonbass?\b|\bGaza\b|\bWest Bank\b|\bKashmir\b|\bDarfur\b",
    IGNORE,
)

# Violence spoken of as intent or condition ('vows to keep fighting', 'will resume attacks if'):
# matched against the words just before a trigger.
# ... and violence followed straight away by a modal ('attacks will now target only ...').
FUTURE_AFTER = re.compile(r"\s+(?:will|would|could|may|might|shall|are to|is to)\b(?!\s+have\b)", IGNORE)
HYPOTHETICAL = re.compile(
    r"(?-i:\b(?:will|would|could|might|may|shall|can|won't|wouldn't))(?!\s+have\b)(?:\s+not)?\s+(?:\w+\s+){0,2}$"
    r"|\b(?:vow(?:s|ed)?|threaten(?:s|ed)?|plan(?:s|ned|ning)?|ready|prepared?|preparing|intends?|pledge[sd]?|promise[sd]?"
    r"|decide[sd]?|want(?:s|ed)?|seek(?:s|ing)?|order(?:s|ed)?)\s+to\s+(?:\w+\s+){0,4}$"
    r"|\b(?:defen[cd]\w*|protect\w*|shield\w*|guard\w*)\s+(?:\w+\s+){0,2}(?:against|from)\s+(?:\w+\s+){0,2}$"
    r"|\bto\s+(?:keep|resume|continue|step up|launch|stop|halt|end|avoid|prevent|deter|respond to)\s+(?:\w+\s+){0,1}$"
    r"|\b(?:fears? of|risk of|threat of|warns? of|warning of|threats? to|in case of|against (?:any|possible|future))\s+(?:[\w'’‘\"“”-]+\s+){0,2}$"
    r"|\bbrac(?:e|es|ed|ing)\s+(?:\w+\s+){0,1}for\s+(?:[\w'’-]+\s+){0,4}$"
    r"|\bprepar(?:es|ing|ed) (?:a |an |for (?:a |an )?)?(?:\w+ ){0,2}$"
    r"|\b(?:let|lets|allow(?:s|ed|ing)?|authori[sz](?:e|es|ed|ing)|permit(?:s|ted|ting)?)\s+(?:\w+\s+){0,5}(?:to\s+)?$"
    r"|\brespond(?:s|ed|ing)?\b[^.\n]{0,25}\bto\s+(?:\w+\s+){0,2}$"
    # 'a strong response to any new attacks': no attack happened
    r"|\bany\s+(?:new\s+|further\s+|future\s+|fresh\s+|more\s+|such\s+)?$"
    # a condition: 'if Gaza fighting restarts', 'unless the shelling stops' (not 'unclear if the strike ...')
    r"|(?<!clear )(?<!known )(?<!asked )(?<!sure )(?<!see )\b(?:if|unless)\s+(?:[\w'’-]+\s+){0,3}$"
    # what a truce or law forbids: 'the truce bans sniper fire'; what has not happened yet: 'until X is captured';
    # what is background: 'reserves sufficient despite attacks'
    r"|\b(?:curb(?:s|ed|ing)?|stopping|ending|preventing|halting|reining in|rein in|pause[sd]?|pausing|halt(?:s|ed)?|suspend(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,3}$"
    r"|\bthreat(?:en|ens|ened|ening)\s+(?:fresh\s+|new\s+|more\s+|further\s+|renewed\s+)?$"
    r"|\b(?:cover|covers|include|includes|exclude|excludes|apply to|applies to)\s+$"
    r"|\buntil\s+(?:[\w'’-]+\s+){0,4}$|\b(?:despite|in spite of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$"
    r"|\b(?:bans?|banned|banning|prohibits?|prohibited|forbids?|forbidden|outlaws?)\s+(?:[\w'’-]+\s+){0,3}$"
    r"|\b(?:if|unless|should)\s+(?:\w+\s+){0,2}(?:keeps?|kept|continues?|resumes?|steps? up|launch(?:es)?|carries out|carry out)\s+(?:its\s+|their\s+|the\s+)?(?:\w+\s+){0,1}$",
    IGNORE,
)
# A literal every HYPOTHETICAL match contains, lower-case: searched in the lower-cased text
# (where lower() agrees with re.I, see prefilter.odd_case) before HYPOTHETICAL itself is tried.
HYPOTHETICAL_WORDS = re.compile(
    r"will|would|could|might|may|shall|can|won't|vow|threat|plan|ready|prepar|intend|pledge|promise"
    r"|decide|want|seek|order|defen|protect|shield|guard|keep|resume|continu|step|launch|stop|halt|end"
    r"|avoid|prevent|deter|respond|fear|risk|warn|case|against|brac|let|allow|authori|permit|any|if"
    r"|unless|should|ban|prohibit|forbid|outlaw|until|despite|spite|curb|stopping|ending|preventing|halting|rein|paus|halt|suspend|cover|include|exclude|appl"
)
