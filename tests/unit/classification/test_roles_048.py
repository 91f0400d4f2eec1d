"""Who was hit, fixed in 0.4.8: targets named through a convoy, troops inside a building, informants.

Each sentence is written by us in the style of an event description; none is a development record.
"""

from __future__ import annotations

import pytest

from service.classification import ItemText, classify

CASES = [
    # 'a convoy of N military trucks' is the army, however many words sit between the verb and it
    (
        "On 4 June 2022, near a village in Magway region, the local PDF attacked a convoy of three "
        "military trucks with improvised mines. Casualties unknown.",
        "state_forces",
        True,
    ),
    # the troops inside a building are hit by a bomb at that building
    (
        "On 6 June 2022, in a town in Mandalay region, there was an explosion at a school in which "
        "the military was stationed. No casualties reported.",
        "state_forces",
        True,
    ),
    # informants of the military are civilians, not the military
    (
        "On 7 June 2022, the local guerrilla force threw a hand grenade at military informants "
        "gathered near a bus stop.",
        "civilians",
        False,
    ),
]


@pytest.mark.parametrize(("text", "kind", "tsf"), CASES)
def test_target(text: str, kind: str, tsf: bool) -> None:
    a = classify(ItemText(title="", summary=text))
    assert a.incident
    assert a.target is not None and a.target.kind == kind
    assert a.target_is_state_forces is tsf


def test_a_village_named_as_the_scene_is_not_the_target() -> None:
    a = classify(
        ItemText(
            title="",
            summary="On 9 June 2022, near a village in Sagaing region, gunmen ambushed a police patrol.",
        )
    )
    assert a.target is not None and a.target.kind == "state_forces"
