"""Where and whom, fixed in 0.4.8 from the blind batches' extraction errors (our own wording)."""

from __future__ import annotations

import pytest

from service.classification import ItemText, classify


@pytest.mark.parametrize(
    ("title", "country"),
    [
        # a possessive is not part of the name
        ("Two killed as shells hit Mariupol's eastern district", "UA"),
        ("Israel strikes Beirut's southern suburbs for the first time in weeks", "LB"),
        # 'in south Lebanon kills' names the place, not an actor
        ("Israeli drone strike on car in south Lebanon kills 2", "LB"),
        # a country's name before its weapons names who struck, not where
        ("US airstrike on Sanaa market kills 12, health ministry says", "YE"),
        ("Ukrainian drones strike Ryazan oil refinery, governor says", "RU"),
        # the reviewed spelling and the Grad rocket
        ("Russian glide bombs hit Zaporizhzhia, killing 3", "UA"),
        ("Grad rockets slam into Mariupol district, 30 dead", "UA"),
        # districts the gazetteer lacked
        ("Six soldiers killed as IED hits convoy in North Waziristan", "PK"),
        ("Puntland forces kill 11 fighters in mountain battle", "SO"),
    ],
)
def test_country(title: str, country: str) -> None:
    a = classify(ItemText(title=title, summary=""))
    assert a.incident
    assert a.country == country


def test_who_lost_the_ground_is_the_target() -> None:
    a = classify(ItemText(title="Sudan's army says it has retaken Bara from RSF", summary=""))
    assert a.target is not None and a.target.name == "Rapid Support Forces"
    assert a.target_is_state_forces is False
    assert a.event_type == "government_regains_territory"


def test_fano_is_not_tigray() -> None:
    a = classify(
        ItemText(title="Ethiopian army says it has retaken Amhara town from Fano militia", summary="")
    )
    assert a.target is not None and a.target.name == "Fano"


def test_victims_after_as_are_not_the_attacker() -> None:
    a = classify(
        ItemText(title="Three injured as Ukrainian drone strikes apartment block in Kursk", summary="")
    )
    assert not (a.target is not None and a.target.kind in ("state_forces", "external_force"))


def test_fire_taken_from_a_party_is_not_ground_taken_from_it() -> None:
    a = classify(
        ItemText(title="Soldiers took heavy fire from militants near Kunduz, two killed", summary="")
    )
    assert a.perpetrator is not None and a.perpetrator.name == "militants"
