"""The closed vocabularies shared by the classifier's output, the API and the registry, and their checks."""

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


def country_code(value: str | None) -> str | None:
    """A query's country as ISO 3166-1 alpha-2, upper-cased, or a clear 422."""
    from service.errors import Invalid

    if value is None:
        return None
    code = value.strip().upper()
    if len(code) != 2 or not code.isalpha():
        raise Invalid(reason="country must be an ISO 3166-1 alpha-2 code such as SY or UA")
    return code


def event_type(value: str | None) -> str | None:
    """A query's event type, one of EVENT_TYPES, or a clear 422."""
    from service.errors import Invalid

    if value is not None and value not in EVENT_TYPES:
        raise Invalid(reason=f"event_type must be one of: {', '.join(EVENT_TYPES)}")
    return value
