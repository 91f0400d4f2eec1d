"""The pure violation rules, with the founding example."""

from __future__ import annotations

from datetime import date

import yaml

from service.ceasefires.violations import IncidentFacts, Terms, evaluate, in_shape, sides_from
from tests.reports import REGISTRY


def syria() -> Terms:
    entry = next(
        c for c in yaml.safe_load(REGISTRY.read_text())["ceasefires"] if c["name"].startswith("Syria")
    )
    return Terms(
        id=1,
        name=entry["name"],
        starts_on=entry["starts_on"],
        ends_on=entry["ends_on"],
        countries=tuple(entry["countries"]),
        parties=sides_from(entry["parties"], role="party"),
        brokers=sides_from(entry["brokers"], role="broker"),
        excluded=sides_from(entry["excluded"], role="excluded"),
    )


def strike(**over: object) -> IncidentFacts:
    base: dict[str, object] = dict(
        day=date(2016, 9, 17),
        country="SY",
        lat=35.336,
        lon=40.14,
        perpetrator="US-led coalition",
        perpetrator_kind="external_force",
        target="Syrian government forces",
        target_kind="state_forces",
    )
    base.update(over)
    return IncidentFacts(**base)  # type: ignore[arg-type]


def test_founding_example_is_a_possible_violation_by_a_brokers_force() -> None:
    verdict = evaluate(strike(), syria())
    assert verdict is not None and verdict.rule == "broker_force_on_party"
    assert verdict.reason == (
        "occurred in SY on 2016-09-17, 5 days after the Syria cessation of hostilities (September 2016) "
        "took effect; the perpetrator, US-led coalition, is a broker's force (United States) and the target, "
        "Syrian government forces, is a party"
    )


def test_outside_period_or_place_is_no_violation() -> None:
    assert evaluate(strike(day=date(2016, 9, 11)), syria()) is None
    assert evaluate(strike(day=date(2016, 9, 20)), syria()) is None
    assert evaluate(strike(country="IQ"), syria()) is None


def test_parties_unknown_actors_civilians_and_excluded_groups() -> None:
    terms = syria()
    both = evaluate(strike(perpetrator="Syrian opposition", perpetrator_kind="rebel_group"), terms)
    assert both is not None and both.rule == "parties"
    unknown = evaluate(strike(perpetrator=None, perpetrator_kind=None), terms)
    assert unknown is not None and unknown.rule == "unknown_actor" and "is not named" in unknown.reason
    civilians = evaluate(
        strike(perpetrator="Syrian government forces", target=None, target_kind="civilians"), terms
    )
    assert civilians is not None and civilians.rule == "party_on_civilians"
    assert evaluate(strike(target="Islamic State", target_kind="rebel_group"), terms) is None
    assert (
        evaluate(strike(perpetrator="Turkish armed forces", perpetrator_kind="state_forces"), terms) is None
    )
    same_side = strike(perpetrator="Syrian army", target="Syrian government forces")
    assert evaluate(same_side, terms) is None


def test_areas_bbox_and_polygon() -> None:
    box = {"name": "box", "bbox": [36.5, 46.8, 40.3, 50.1]}
    assert in_shape(box, 48.0, 37.8) and not in_shape(box, 50.45, 30.52)
    square = {
        "type": "Polygon",
        "coordinates": [
            [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
            [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]],
        ],
    }
    assert in_shape({"geometry": square}, 2, 2) and not in_shape({"geometry": square}, 5, 5)
    terms = Terms(
        id=2, name="Donbas line", starts_on=date(2015, 2, 15), countries=("UA",), areas=(box,),
        parties=sides_from([{"name": "Ukrainian armed forces"}, {"name": "DPR"}], role="party"),
    )  # fmt: skip
    inside = IncidentFacts(day=date(2016, 1, 1), country="UA", lat=48.0, lon=37.8, perpetrator="DPR",
                           target="Ukrainian armed forces")  # fmt: skip
    verdict = evaluate(inside, terms)
    assert verdict is not None and "in the box (UA)" in verdict.reason
    kyiv = IncidentFacts(day=date(2016, 1, 1), country="UA", lat=50.45, lon=30.52, perpetrator="DPR",
                         target="Ukrainian armed forces")  # fmt: skip
    assert evaluate(kyiv, terms) is None


def test_generic_names_are_taken_to_be_the_one_party_of_their_kind() -> None:
    """Wire copy says 'militants attack soldiers': in the area that is the rebels and the army."""
    verdict = evaluate(
        strike(perpetrator="militants", perpetrator_kind="rebel_group", target="soldiers"), syria()
    )
    assert verdict is not None and verdict.rule == "parties"
    assert verdict.reason.endswith(
        "the perpetrator, militants, is taken to be Armed opposition groups "
        "(the only rebel group party to it) and the target, soldiers, is taken to be "
        "Syrian government and allied forces (the only state forces party to it)"
    )


def test_a_named_actor_outside_the_agreement_is_not_inferred_to_be_a_party() -> None:
    # A group of the same kind with a name of its own is not the party: nothing is inferred.
    assert (
        evaluate(strike(perpetrator="PKK", perpetrator_kind="rebel_group", target="soldiers"), syria())
        is None
    )


def test_no_inference_when_two_parties_share_the_kind() -> None:
    terms = syria()
    two_rebel_sides = Terms(
        id=terms.id, name=terms.name, starts_on=terms.starts_on, ends_on=terms.ends_on,
        countries=terms.countries, brokers=terms.brokers, excluded=terms.excluded,
        parties=terms.parties
        + sides_from([{"name": "Kurdish militias", "kind": "rebel_group"}], role="party"),
    )  # fmt: skip
    verdict = evaluate(strike(perpetrator="militants", perpetrator_kind="rebel_group"), two_rebel_sides)
    assert verdict is None
