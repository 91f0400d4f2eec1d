"""The pure report-to-incident matcher: the same event merges, distinct events nearby stay apart."""

from __future__ import annotations

from datetime import date

from service.incidents.matching import EventFacts, best_match, merged, score, words_of

DAY = date(2016, 9, 17)


def facts(**over: object) -> EventFacts:
    base: dict[str, object] = dict(
        day=DAY,
        day_known=True,
        country="SY",
        place="Deir ez-Zor",
        lat=35.336,
        lon=40.14,
        event_type="air_drone_strike",
        perpetrator="US-led coalition",
        target="Syrian government forces",
        words=words_of("Coalition air strike kills Syrian soldiers near Deir ez-Zor airport"),
    )
    base.update(over)
    return EventFacts(**base)  # type: ignore[arg-type]


def test_same_strike_reported_differently_merges() -> None:
    other = facts(
        lat=35.29,
        lon=40.18,
        event_type="shelling_artillery_missile_attack",
        words=words_of("US-led coalition strikes hit Syrian army positions at Deir ez-Zor, dozens dead"),
    )
    verdict = score(other, facts())
    assert verdict.same_event, verdict.reasons
    assert any("km apart" in r for r in verdict.reasons)


def test_same_town_on_another_day_stays_apart() -> None:
    verdict = score(facts(day=date(2016, 9, 18)), facts())
    assert not verdict.same_event
    assert verdict.reasons == ("different days (2016-09-18 vs 2016-09-17)",)


def test_undated_report_published_next_day_can_join() -> None:
    verdict = score(facts(day=date(2016, 9, 18), day_known=False), facts())
    assert verdict.same_event, verdict.reasons


def test_other_country_far_place_or_other_kind_of_event_never_merge() -> None:
    assert not score(facts(country="IQ"), facts()).same_event
    assert not score(facts(lat=36.2, lon=37.15, place="Aleppo"), facts()).same_event  # ~300 km
    assert not score(facts(event_type="abduction_forced_disappearance"), facts()).same_event
    assert not score(facts(perpetrator="Russian armed forces"), facts()).same_event


def test_mutual_blame_is_one_event() -> None:
    a = facts(
        perpetrator="Ukrainian armed forces", target="Russian armed forces", country="UA", lat=48.0, lon=37.8
    )
    b = facts(
        perpetrator="Russian armed forces", target="Ukrainian armed forces", country="UA", lat=48.0, lon=37.8
    )
    verdict = score(a, b)
    assert verdict.same_event and "each side blames the other" in verdict.reasons


def test_unrelated_text_at_same_place_and_day_with_unknown_actors_stays_apart() -> None:
    a = facts(perpetrator=None, target=None, lat=None, lon=None, event_type=None, words=words_of("Bus crash"))
    b = facts(
        perpetrator=None, target=None, lat=None, lon=None, place="Raqqa", words=words_of("Market bombing")
    )
    assert not score(a, b).same_event


def test_best_match_prefers_highest_score_then_oldest() -> None:
    near = facts()
    far = facts(lat=35.6, lon=40.3)
    found = best_match(facts(), [(2, far), (1, near)])
    assert found is not None and found[0] == 1


def test_merged_fills_gaps_and_keeps_known_facts() -> None:
    incident = facts(day_known=False, lat=None, lon=None, perpetrator=None, event_type="attack")
    report = facts(day=date(2016, 9, 16), perpetrator="US-led coalition")
    out = merged(incident, report)
    assert out.day == date(2016, 9, 16) and out.day_known
    assert (
        out.lat == 35.336 and out.perpetrator == "US-led coalition" and out.event_type == "air_drone_strike"
    )


def test_different_kinds_of_target_worded_differently_stay_apart() -> None:
    soldiers = facts(target_kind="state_forces", words=words_of("Drone hits army post, three soldiers dead"))
    camp = facts(
        target=None, target_kind="civilians", words=words_of("Missile lands near camp, two children dead")
    )
    verdict = score(camp, soldiers)
    assert not verdict.same_event and "different targets" in verdict.reasons[0]
