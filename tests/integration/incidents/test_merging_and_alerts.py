"""Many outlets, one incident; alerts raised once per change; revisions replay the history.
Runs on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from service import pipeline
from service.alerts import service as alerts
from service.alerts.models import Alert
from service.ceasefires.models import IncidentViolation
from service.incidents import repository
from service.incidents.models import Claim, Incident, IncidentRevision
from service.webhooks.models import Delivery
from tests.reports import T0, add_feed, add_report, coalition_strike, ingest, load_registry

HEADLINES = [
    (
        "Coalition air strike kills Syrian soldiers near Deir ez-Zor",
        "US-led coalition jets hit army positions.",
    ),
    (
        "US-led coalition strikes Syrian army at Deir ez-Zor, dozens dead",
        "Syrian troops were hit near the airport.",
    ),
    (
        "Syria says coalition raid killed its soldiers in Deir ez-Zor",
        "Damascus accused the coalition of an attack.",
    ),
    (
        "Dozens of Syrian troops killed in coalition strike, monitor says",
        "Deir ez-Zor positions were struck.",
    ),
    (
        "Deir ez-Zor: coalition aircraft hit Syrian army base",
        "The strike hit soldiers near Deir ez-Zor airport.",
    ),
]


def count(session: Session, model: type, *where: object) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)  # type: ignore[arg-type]


def test_five_outlets_one_incident_one_violation_alert_then_one_escalation(session: Session) -> None:
    load_registry(session)
    feeds = [add_feed(session, n) for n in range(1, 6)]
    incident_ids = set()
    for n, (feed, (title, summary)) in enumerate(zip(feeds, HEADLINES, strict=True)):
        item, assessment = add_report(
            session, feed=feed, title=title, summary=summary, result=coalition_strike(),
            published=T0 + timedelta(minutes=10 * n),
        )  # fmt: skip
        incident_id, _ = ingest(session, item, assessment, now=T0 + timedelta(minutes=10 * n + 1))
        incident_ids.add(incident_id)
    assert len(incident_ids) == 1, "five outlets reporting one strike make one incident"
    (incident_id,) = incident_ids
    incident = session.get(Incident, incident_id)
    assert incident is not None
    assert (incident.report_count, incident.source_count, incident.status) == (5, 5, "corroborated")
    assert count(session, Alert, Alert.kind == "possible_violation") == 1
    # The reports state the strike as fact, so more outlets saying it is no new alert.
    assert count(session, Alert, Alert.kind == "corroborated") == 0
    assert count(session, Alert, Alert.kind == "escalation") == 0

    higher = coalition_strike(
        killed=83, claims=[{"source": "Syrian Observatory", "killed": 83, "wounded": 110}]
    )
    for n in range(2):  # the same higher toll twice: one escalation only
        item, assessment = add_report(
            session, feed=feeds[n], title="Toll from coalition strike near Deir ez-Zor rises to 83",
            result=higher, published=T0 + timedelta(hours=3 + n),
        )  # fmt: skip
        assert ingest(session, item, assessment, now=T0 + timedelta(hours=3 + n))[0] == incident_id
    escalations = session.scalars(select(Alert).where(Alert.kind == "escalation")).all()
    assert len(escalations) == 1
    assert escalations[0].state["incident"]["killed_high"] == 83
    session.refresh(incident)
    assert (incident.killed_low, incident.killed, incident.killed_high) == (62, 62, 83)

    # Re-running the whole step raises nothing new: one alert per change, never twice.
    assert pipeline.judge_and_alert(session, incident=incident, now=T0 + timedelta(hours=5)) == []
    assert count(session, Alert) == 2


def test_a_hedged_report_confirmed_by_a_second_outlet_raises_one_corroboration_alert(
    session: Session,
) -> None:
    load_registry(session)
    first, second, third = (add_feed(session, n) for n in range(1, 4))
    reports = [
        (first, "Coalition jets reportedly hit Syrian army near Deir ez-Zor", True),
        (second, "US-led coalition strike kills Syrian soldiers near Deir ez-Zor", False),
        (third, "Coalition strike on Syrian troops near Deir ez-Zor confirmed", False),
    ]
    for n, (feed, title, hedged) in enumerate(reports):
        item, assessment = add_report(
            session, feed=feed, title=title, result=coalition_strike(hedged=hedged),
            published=T0 + timedelta(minutes=10 * n),
        )  # fmt: skip
        ingest(session, item, assessment, now=T0 + timedelta(minutes=10 * n + 1))
    kinds = [a.kind for a in session.scalars(select(Alert).order_by(Alert.id))]
    assert kinds == ["possible_violation", "corroborated"]


def test_two_strikes_on_one_town_on_different_days_are_two_incidents(session: Session) -> None:
    feed_a, feed_b = add_feed(session, 1), add_feed(session, 2)
    first = add_report(
        session, feed=feed_a, title="Coalition air strike hits Deir ez-Zor", result=coalition_strike()
    )
    second = add_report(
        session, feed=feed_b, title="Coalition air strike hits Deir ez-Zor again",
        result=coalition_strike(event_date="2016-09-18"), published=T0 + timedelta(days=1),
    )  # fmt: skip
    ids = {ingest(session, *first)[0], ingest(session, *second)[0]}
    assert len(ids) == 2


def test_founding_example_end_to_end_from_the_example_registry(session: Session) -> None:
    names = load_registry(session)
    feed = add_feed(session, 1, title="Wire")
    item, assessment = add_report(
        session, feed=feed, title="US-led coalition air strike kills Syrian soldiers near Deir ez-Zor",
        result=coalition_strike(),
    )  # fmt: skip
    incident_id, _ = ingest(session, item, assessment)
    (violation,) = session.scalars(select(IncidentViolation)).all()
    assert violation.incident_id == incident_id
    assert violation.ceasefire_id == names["Syria cessation of hostilities (September 2016)"]
    assert violation.rule == "broker_force_on_party"
    assert "5 days after the Syria cessation of hostilities (September 2016) took effect" in violation.reason
    assert "US-led coalition, is a broker's force (United States)" in violation.reason
    (alert,) = session.scalars(select(Alert)).all()
    assert alert.kind == "possible_violation" and alert.state["violations"][0]["reason"] == violation.reason


def test_claims_and_revisions_replay_the_history(session: Session) -> None:
    feeds = [add_feed(session, n) for n in range(1, 4)]
    tolls = [(62, "Coalition strike kills 62 Syrian soldiers in Deir ez-Zor"),
             (90, "Coalition strike on Syrian soldiers in Deir ez-Zor kills 90"),
             (None, "US-led coalition denies targeting Syrian troops in Deir ez-Zor")]  # fmt: skip
    incident_id = 0
    for n, (killed, title) in enumerate(tolls):
        item, assessment = add_report(
            session, feed=feeds[n], title=title, result=coalition_strike(killed=killed),
            published=T0 + timedelta(hours=n),
        )  # fmt: skip
        incident_id, _ = ingest(session, item, assessment, now=T0 + timedelta(hours=n))
    claims = session.scalars(select(Claim).where(Claim.incident_id == incident_id)).all()
    assert [c.denied for c in claims].count(True) == 1
    assert next(c for c in claims if c.denied).source == "US-led coalition"
    revisions = repository.revisions_of(session, incident_id)
    assert len(revisions) == 3 and revisions[0].reason == "first report"
    assert revisions[1].changes["killed_high"] == [62, 90]
    assert revisions[1].changes["status"] == ["alleged", "corroborated"]
    incident = session.get(Incident, incident_id)
    assert incident is not None
    replayed: dict[str, object] = {}
    for r in revisions:  # applying each change in order rebuilds the last snapshot
        replayed.update({k: after for k, (_before, after) in r.changes.items()})
    assert replayed == revisions[-1].snapshot
    assert revisions[-1].snapshot["killed_high"] == incident.killed_high == 90
    assert count(session, IncidentRevision) == 3


def test_silenced_alerts_are_recorded_as_muted_and_not_delivered(session: Session) -> None:
    from service.webhooks import service as webhooks
    from service.webhooks.filters import WebhookFilters

    names = load_registry(session)
    webhooks.create(
        session, url="http://127.0.0.1:9/hook", secret=None, description="", filters=WebhookFilters(),
        enabled=True, allow_private=["127.0.0.1"], now=T0,
    )  # fmt: skip
    silence = alerts.add_silence(
        session, ceasefire_id=names["Syria cessation of hostilities (September 2016)"], country="SY",
        event_type=None, until=T0 + timedelta(days=2), created_by="desk", reason="known incident", now=T0,
    )  # fmt: skip
    item, assessment = add_report(
        session, feed=add_feed(session, 1), title="Coalition strike", result=coalition_strike()
    )
    _, delivery_ids = ingest(session, item, assessment)
    (alert,) = session.scalars(select(Alert)).all()
    assert alert.muted and alert.silence_id == silence.id
    assert delivery_ids == [] and count(session, Delivery) == 0
