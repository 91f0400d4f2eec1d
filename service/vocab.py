"""The closed vocabularies shared by the classifier's output, the API and the registry."""

EVENT_TYPES = (
    "armed_clash",
    "air_drone_strike",
    "shelling_artillery_missile_attack",
    "remote_explosive_landmine_ied",
    "grenade",
    "suicide_bomb",
    "attack",
    "abduction_forced_disappearance",
    "government_regains_territory",
    "non_state_actor_overtakes_territory",
    "chemical_weapon",
    "sexual_violence",
)

ACTOR_KINDS = (
    "state_forces",
    "rebel_group",
    "political_militia",
    "identity_militia",
    "rioters",
    "protesters",
    "civilians",
    "external_force",
)
