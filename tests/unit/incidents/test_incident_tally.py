"""Claims from a report and what they add up to: low/best/high, status."""

from __future__ import annotations

from service.incidents.tally import ClaimFacts, SaidClaim, claims_from, figures, status


def test_figures_use_each_sources_latest_word() -> None:
    claims = [
        ClaimFacts(source="Outlet A", killed=3),
        ClaimFacts(source="Outlet B", killed=5, wounded=10),
        ClaimFacts(source="Outlet A", killed=7),  # A updates its toll: only 7 counts for A
        ClaimFacts(source="Outlet C", killed=62),
        ClaimFacts(source="Russia", denied=True),
    ]
    f = figures(claims)
    assert (f.killed_low, f.killed, f.killed_high) == (5, 7, 62)
    assert (f.wounded_low, f.wounded, f.wounded_high) == (10, 10, 10)


def test_no_figures_means_none() -> None:
    assert figures([ClaimFacts(source="x")]).killed is None


def test_status_order() -> None:
    one = SaidClaim(feed_id=1, claim=ClaimFacts(source="a", killed=1))
    two = SaidClaim(feed_id=2, claim=ClaimFacts(source="b", killed=1))
    denial = SaidClaim(feed_id=1, claim=ClaimFacts(source="accused", denied=True))
    retraction = SaidClaim(feed_id=2, claim=ClaimFacts(source="b", retracted=True))
    assert status([one]) == "alleged"
    assert status([one, denial]) == "denied"
    assert status([one, two, denial]) == "corroborated"
    assert status([one, two, retraction]) == "retracted"


def test_claims_from_attributed_claims_denial_and_retraction() -> None:
    result = {
        "perpetrator": {"name": "US-led coalition", "kind": "external_force"},
        "claims": [{"source": "Russia", "killed": 62, "wounded": 100}, {"source": "SOHR", "killed": 80}],
    }
    claims = claims_from(result, outlet="Wire", text="Coalition denied targeting Syrian troops")
    assert [c.source for c in claims] == ["Russia", "SOHR", "US-led coalition"]
    assert claims[0].blamed == "US-led coalition" and claims[2].denied
    plain = claims_from({"killed": 4}, outlet="Wire", text="Correction: the strike did not happen")
    assert plain[0].source == "Wire" and plain[0].killed == 4 and plain[-1].retracted
