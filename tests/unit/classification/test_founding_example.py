"""The story Ceasewatch was founded on, retold in our own words."""

from __future__ import annotations

TITLE = "Coalition jets hit Syrian army positions near Deir ez-Zor, Moscow says"
SUMMARY = (
    "Warplanes of the US-led coalition reportedly killed dozens of Syrian soldiers on Saturday near "
    "Deir Ezzor, putting a fragile US-Russian ceasefire at risk. Washington said it halted the raids "
    "after Moscow warned that Syrian troops may have been struck. Russia said 62 soldiers died and 100 "
    "were wounded. The Syrian Observatory for Human Rights put the death toll at 83."
)
PUBLISHED = "2016-09-18T09:30:00"  # a Sunday


def test_founding_story_is_an_air_strike_on_state_forces(judge):
    a = judge(TITLE, SUMMARY, PUBLISHED)
    assert a.incident
    assert a.event_type == "air_drone_strike"
    assert a.perpetrator is not None and a.perpetrator.name == "US-led coalition"
    assert a.perpetrator.kind == "external_force"
    assert a.target is not None and a.target.kind == "state_forces"
    assert a.target_is_state_forces
    assert a.country == "SY"


def test_founding_story_place_date_and_claims(judge):
    a = judge(TITLE, SUMMARY, PUBLISHED)
    assert a.location is not None and a.location.name == "Deir ez-Zor"
    assert a.location.lat is not None and abs(a.location.lat - 35.34) < 0.2
    assert a.event_date == "2016-09-17"  # the Saturday before publication
    claims = {c.source: (c.killed, c.wounded) for c in a.claims}
    assert claims["Russia"] == (62, 100)
    assert claims["Syrian Observatory for Human Rights"][0] == 83
    assert a.hedged
    assert a.mentions_ceasefire


def test_founding_story_explains_itself(judge):
    a = judge(TITLE, SUMMARY, PUBLISHED)
    rules = {e.rule for e in a.evidence}
    assert {"air_strike", "perpetrator", "target", "event_date", "hedge", "ceasefire"} <= rules
    text = f"{TITLE}\n{SUMMARY}"
    for e in a.evidence:
        assert text[e.start : e.end] == e.span
    d = a.to_dict()
    assert d["event_type"] == "air_drone_strike" and d["classifier_version"]
