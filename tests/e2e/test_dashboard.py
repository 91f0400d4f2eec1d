"""The dashboard in a real browser: Debian's Chromium, driven by Playwright, against the service
running in uvicorn on PostgreSQL, with items brought in from a local RSS feed by the real pipeline."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime
from typing import Any
from xml.sax.saxutils import escape

import pytest

from tests.e2e.conftest import FeedServer, Service, screenshot, start_service, stop_service

pytestmark = [pytest.mark.browser, pytest.mark.postgres, pytest.mark.slow]

HORLIVKA = "Shelling kills three civilians near Horlivka in Donetsk region"
IDLIB = "Air strike kills five civilians in Idlib"
SCRIPT_TITLE = "<script>alert(1)</script> Drone strike kills two civilians in Kherson"
IMG_SUMMARY = (
    "<img src=x onerror=alert(2)> A drone strike killed two civilians in Kherson, the governor said."
)
LATER = "Clashes kill four soldiers near Marib in Yemen"
DONBAS = "Donbas test truce"


def rss(items: list[tuple[str, str, str, datetime]]) -> str:
    """Titles and summaries are escaped twice, so the feed's text itself is markup: hostile as text."""
    entries = "".join(
        f"<item><title>{escape(escape(title))}</title><link>https://wire.example/{guid}</link>"
        f"<guid>{guid}</guid><pubDate>{format_datetime(at)}</pubDate>"
        f"<description>{escape(escape(summary))}</description></item>"
        for guid, title, summary, at in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Northwind Wire</title>'
        f"<link>https://wire.example/</link><description>fictional</description>{entries}</channel></rss>"
    )


def wire_items(now: datetime) -> list[tuple[str, str, str, datetime]]:
    return [
        (
            "w1",
            HORLIVKA,
            "Three civilians were killed when Russian forces shelled a residential street in Horlivka, "
            "officials said.",
            now - timedelta(hours=5),
        ),
        (
            "w2",
            IDLIB,
            "A government air strike on a market in Idlib killed five civilians and wounded twelve, "
            "a war monitor said.",
            now - timedelta(days=2),
        ),
        ("w3", SCRIPT_TITLE, IMG_SUMMARY, now - timedelta(days=4)),
        (
            "w4",
            "Central bank holds interest rates",
            "Policymakers kept rates unchanged.",
            now - timedelta(hours=2),
        ),
    ]


def poll_and_process(feed_id: int) -> list[int]:
    """One poll of a feed and the pipeline over its new items, as a worker would run them; the
    webhook deliveries the pipeline creates are attempted once each."""
    from service.config import get_settings
    from service.db import session_scope, utcnow
    from service.feeds import service as feeds
    from service.netguard import guarded_client
    from service.pipeline import process_item

    settings = get_settings()
    client = guarded_client(allow=settings.allow_private, timeout=5, max_redirects=3, user_agent="test")
    with session_scope() as session:
        result = feeds.poll(
            session,
            feed_id=feed_id,
            client=client,
            now=utcnow(),
            default_interval_s=300,
            max_bytes=settings.fetch_max_bytes,
        )
    incident_ids = []
    for item_id in result.new_item_ids:
        with session_scope() as session:
            outcome = process_item(session, item_id=item_id, now=utcnow())
            if outcome.incident_id:
                incident_ids.append(outcome.incident_id)
        for delivery_id in outcome.delivery_ids:
            attempt_delivery(delivery_id, client=client)
    return incident_ids


def attempt_delivery(delivery_id: int, *, client: Any) -> None:
    from service.db import session_scope, utcnow
    from service.webhooks import delivery

    policy = delivery.Policy(
        lease=timedelta(seconds=30), disable_after=timedelta(hours=1), disable_min_failures=3
    )
    with session_scope() as session:
        out = delivery.claim(session, delivery_id=delivery_id, now=utcnow(), lease=policy.lease)
    if out is None:
        return
    result = delivery.send(out, client=client, now=utcnow(), max_excerpt=200)
    with session_scope() as session:
        delivery.record(
            session, delivery_id=delivery_id, result=result, now=utcnow(), policy=policy, rng=random.Random(0)
        )


def register(now: datetime, hook_url: str) -> int:
    """A ceasefire over Donetsk for the wire's Horlivka item to breach, and a webhook that is gone."""
    from service.ceasefires import service as ceasefires
    from service.ceasefires.schemas import CeasefireIn
    from service.config import get_settings
    from service.db import session_scope
    from service.webhooks import service as webhooks
    from service.webhooks.filters import WebhookFilters

    body = CeasefireIn.model_validate(
        {
            "name": DONBAS,
            "kind": "definitive",
            "countries": ["UA"],
            "areas": [{"name": "Donetsk front", "bbox": [36.5, 47.0, 40.0, 49.5]}],
            "starts_on": (now - timedelta(days=60)).date().isoformat(),
            "parties": [
                {
                    "name": "Russia",
                    "kind": "state_forces",
                    "aliases": ["Russian forces", "Russian armed forces"],
                },
                {"name": "Ukraine", "kind": "state_forces", "aliases": ["Ukrainian armed forces"]},
            ],
            "notes": "A fictional truce for the dashboard's tests.",
        }
    )
    with session_scope() as session:
        ceasefire = ceasefires.create(session, body=body, now=now)
        webhooks.create(
            session,
            url=hook_url,
            secret=None,
            description="Partner newsroom",
            filters=WebhookFilters(),
            enabled=True,
            allow_private=get_settings().allow_private,
            now=now,
        )
        return ceasefire.id


@dataclass
class World:
    service: Service
    feeds: FeedServer
    wire_id: int
    broken_id: int
    read_key: str
    admin_key: str
    incidents: list[int]
    ceasefire_id: int


@pytest.fixture(scope="module")
def world(
    e2e_env: dict[str, str], feed_server: FeedServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[World]:
    from service.auth import service as keys
    from service.db import session_scope, utcnow
    from service.feeds import service as feeds
    from service.ops.models import WorkerHeartbeat

    now = utcnow()
    wire_url = feed_server.serve("/wire.xml", rss(wire_items(now)))
    hook_url = feed_server.serve("/hook", "gone", status=410, ctype="text/plain")
    ceasefire_id = register(now, hook_url)
    broken_url = feed_server.serve("/broken.xml", "upstream exploded", status=500, ctype="text/plain")
    with session_scope() as session:
        wire = feeds.add(session, url=wire_url, now=now)
        broken = feeds.add(session, url=broken_url, title="Broken Desk", now=now)
        _, read_key = keys.create(session, name="monitor", role="read", now=now)
        _, admin_key = keys.create(session, name="operator", role="admin", now=now)
        wire_id, broken_id = wire.id, broken.id
    with session_scope() as session:  # one live worker and one that stopped reporting
        session.add(
            WorkerHeartbeat(hostname="worker@alive", kind="worker", pid=101, seen_at=now, tasks_done=12)
        )
        stale = now - timedelta(minutes=10)
        session.add(
            WorkerHeartbeat(hostname="worker@gone", kind="worker", pid=102, seen_at=stale, started_at=stale)
        )
    incidents = poll_and_process(wire_id)
    poll_and_process(broken_id)
    service = start_service(e2e_env, tmp_path_factory.mktemp("logs") / "service.log")
    yield World(service, feed_server, wire_id, broken_id, read_key, admin_key, incidents, ceasefire_id)
    stop_service(service)


@dataclass
class Tab:
    page: Any
    dialogs: list[str]
    errors: list[str]


def open_tab(browser: Any, world: World, *, key: str | None, width: int = 1280) -> Tab:
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    tab = Tab(page, [], [])
    page.on("dialog", lambda d: (tab.dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: tab.errors.append(str(e)))
    page.on("console", lambda m: tab.errors.append(m.text) if m.type == "error" else None)
    if key:
        page.goto(world.service.base + "/login")
        page.fill("#key", key)
        page.click("form.login button[type=submit]")
        page.wait_for_url(world.service.base + "/")
    return tab


@pytest.fixture
def admin(browser: Any, world: World) -> Iterator[Tab]:
    tab = open_tab(browser, world, key=world.admin_key)
    yield tab
    tab.page.context.close()
    assert tab.dialogs == [], "no script from a feed ran on any page"


def test_pipeline_made_incidents(world: World) -> None:
    assert len(world.incidents) >= 3, "the three incident-like wire items became incidents"


def test_overview_lists_incidents_and_filters_narrow(admin: Tab, world: World) -> None:
    page = admin.page
    body = page.locator("#incidents-body")
    for title in (HORLIVKA, IDLIB):
        assert body.get_by_role("link", name=title).is_visible()
    assert page.locator("#chart-bars rect").count() >= 1
    screenshot(page, "overview")

    page.select_option("select[name=country]", "UA")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**country=UA**")
    assert body.get_by_role("link", name=HORLIVKA).is_visible()
    assert body.get_by_role("link", name=IDLIB).count() == 0

    page.select_option("select[name=country]", "")
    page.select_option("select[name=event_type]", "air_drone_strike")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**event_type=air_drone_strike**")
    assert body.get_by_role("link", name=IDLIB).is_visible()
    assert body.get_by_role("link", name=HORLIVKA).count() == 0

    old = (datetime.now().date() - timedelta(days=400)).isoformat()
    page.goto(f"{world.service.base}/?since={old}&until={old}")
    assert "Nothing matches" in body.inner_text()
    assert not admin.errors, admin.errors


def test_overview_updates_live_without_reloading(admin: Tab, world: World) -> None:
    from service.db import utcnow

    page = admin.page
    page.evaluate("window.__same_document = true")
    assert page.locator("#incidents-body").get_by_role("link", name=LATER).count() == 0
    now = utcnow()
    items = [
        *wire_items(now),
        ("w5", LATER, "Houthi fighters attacked army positions near Marib, killing four soldiers.", now),
    ]
    world.feeds.serve("/wire.xml", rss(items))
    assert poll_and_process(world.wire_id), "the new item became an incident"
    # The page polls every 15 s and at once when it becomes visible again: ask for that now.
    page.evaluate("document.dispatchEvent(new Event('visibilitychange'))")
    page.locator("#incidents-body").get_by_role("link", name=LATER).wait_for()
    assert page.evaluate("window.__same_document") is True, "updated in place, not reloaded"


def test_map_shows_the_incident_as_a_point(admin: Tab, world: World) -> None:
    page = admin.page
    page.goto(world.service.base + "/map")
    point = page.locator(f"a.point[aria-label*='{HORLIVKA}']")
    assert point.count() == 1
    assert point.locator("circle").is_visible()
    assert page.locator("#map-svg use").count() == 1, "the shipped outline is drawn"
    screenshot(page, "map")
    point.click()
    page.wait_for_url("**/incidents/*")
    assert page.locator("h1").inner_text() == HORLIVKA


def test_incident_page_shows_its_reports(admin: Tab, world: World) -> None:
    page = admin.page
    page.goto(world.service.base + "/")
    page.locator("#incidents-body").get_by_role("link", name=HORLIVKA).click()
    page.wait_for_url("**/incidents/*")
    report = page.locator("li.report").first
    assert report.locator(".report-title").inner_text() == HORLIVKA
    assert "Northwind Wire" in report.locator(".outlet").inner_text()
    assert (
        report.get_by_role("link", name="original report").get_attribute("href") == "https://wire.example/w1"
    )
    report.locator("details summary").click()
    assert report.locator("table.evidence tbody tr").count() >= 1, "the classifier's evidence is shown"
    screenshot(page, "incident")


def test_hostile_feed_text_renders_as_text(admin: Tab, world: World) -> None:
    page = admin.page
    page.goto(world.service.base + "/")
    link = page.locator("#incidents-body").get_by_role("link", name=SCRIPT_TITLE)
    assert link.is_visible(), "the script tag is shown as text"
    link.click()
    page.wait_for_url("**/incidents/*")
    assert page.locator("h1").inner_text() == SCRIPT_TITLE
    assert page.get_by_text(IMG_SUMMARY).is_visible()
    assert page.locator("main img").count() == 0 and page.locator("main script").count() == 0
    # The live overview writes rows from JSON; it too must write text, not markup.
    page.goto(world.service.base + "/")
    page.evaluate("document.dispatchEvent(new Event('visibilitychange'))")
    # (wait_for_function would evaluate a string, which the page's CSP rightly refuses)
    page.locator("#live-status", has_text="updated").wait_for()
    assert page.locator("#incidents-body").get_by_role("link", name=SCRIPT_TITLE).is_visible()
    page.wait_for_timeout(300)
    assert admin.dialogs == [], "no script from a feed ran"


def test_operations_page_shows_the_failing_feed_and_admin_can_poll(admin: Tab, world: World) -> None:
    page = admin.page
    page.goto(world.service.base + "/ops")
    broken = page.locator(f"tr[data-feed-id='{world.broken_id}']")
    assert broken.locator(".state").inner_text().lower() == "failing"
    assert "500" in broken.inner_text()
    beats = page.locator("ul.beats")
    assert "alive" in beats.locator("li", has_text="worker@alive").inner_text().lower()
    assert "stale" in beats.locator("li", has_text="worker@gone").inner_text().lower()
    wire = page.locator(f"tr[data-feed-id='{world.wire_id}']")
    assert wire.locator(".state").inner_text().lower() == "ok"
    screenshot(page, "ops")
    broken.get_by_role("button", name="Poll now").click()
    page.locator("#action-status", has_text="will be polled").wait_for()


def test_read_key_logs_in_and_sees_no_admin_buttons(browser: Any, world: World) -> None:
    tab = open_tab(browser, world, key=world.read_key)
    page = tab.page
    try:
        assert "monitor" in page.locator(".who").inner_text()
        page.goto(world.service.base + "/ops")
        assert page.locator(f"tr[data-feed-id='{world.broken_id}']").is_visible()
        assert page.get_by_role("button", name="Poll now").count() == 0
        # Nor can a read key act by calling the API from the page.
        status = page.evaluate(
            """async (url) => (await fetch(url, {method: 'POST',
                 headers: {'X-Ceasewatch-Request': 'dashboard'}})).status""",
            f"/api/v1/feeds/{world.broken_id}/poll",
        )
        assert status == 403
    finally:
        page.context.close()


def test_signed_out_visitors_are_sent_to_login(browser: Any, world: World) -> None:
    tab = open_tab(browser, world, key=None)
    page = tab.page
    try:
        page.goto(world.service.base + "/ops")
        assert page.url.startswith(world.service.base + "/login")
        page.fill("#key", "cw_read_not-a-real-key")
        page.click("form.login button[type=submit]")
        assert "unknown or revoked" in page.locator(".error").inner_text()
        screenshot(page, "login")
    finally:
        page.context.close()


def test_cookie_writes_need_the_dashboard_header_and_pages_carry_a_csp(admin: Tab, world: World) -> None:
    page = admin.page
    response = page.goto(world.service.base + "/ops")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    status = page.evaluate(
        "async (url) => (await fetch(url, {method: 'POST'})).status", f"/api/v1/feeds/{world.wire_id}/poll"
    )
    assert status == 403, "a cookie-only POST without the custom header is refused"


def test_phone_width_has_no_sideways_scrolling(browser: Any, world: World) -> None:
    tab = open_tab(browser, world, key=world.admin_key, width=390)
    page = tab.page
    try:
        for path in ("/", "/ops", "/map"):
            page.goto(world.service.base + path)
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 1, f"{path} is {overflow}px wider than a phone"
        page.goto(world.service.base + "/")
        screenshot(page, "overview-phone")
    finally:
        page.context.close()


def test_keyboard_reaches_the_skip_link_first(admin: Tab, world: World) -> None:
    page = admin.page
    page.goto(world.service.base + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_possible_violations_come_first_and_the_ceasefire_filter_narrows(admin: Tab, world: World) -> None:
    page = admin.page
    page.goto(world.service.base + "/")
    violations = page.locator("#violations-body")
    row = violations.locator("tr", has=page.get_by_role("link", name=HORLIVKA))
    assert row.is_visible()
    assert DONBAS in row.inner_text(), "the ceasefire it may breach is named"
    assert violations.get_by_role("link", name=IDLIB).count() == 0
    page.select_option("select[name=ceasefire]", str(world.ceasefire_id))
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**ceasefire=**")
    incidents = page.locator("#incidents-body")
    assert incidents.get_by_role("link", name=HORLIVKA).is_visible()
    assert incidents.get_by_role("link", name=IDLIB).count() == 0


def test_incident_page_explains_the_match_claims_and_alerts(admin: Tab, world: World) -> None:
    page = admin.page
    page.goto(world.service.base + "/")
    page.locator("#violations-body").get_by_role("link", name=HORLIVKA).click()
    page.wait_for_url("**/incidents/*")
    match = page.locator("section[aria-labelledby=match-h]")
    assert match.get_by_role("link", name=DONBAS).is_visible()
    assert "Donetsk front" in match.inner_text(), "the reason names the area it fell in"
    assert page.locator("table.ledger tbody tr:not(.empty)").count() >= 1
    alerts = page.locator("section[aria-labelledby=alerts-h]")
    assert "possible violation" in alerts.inner_text()
    assert "410" in alerts.inner_text(), "the delivery's failed attempt is shown"
    assert "/hook" not in alerts.inner_text(), "webhook URLs can carry tokens: host only"


def test_ceasefire_pages_show_the_registry_and_its_incidents(admin: Tab, world: World) -> None:
    page = admin.page
    page.goto(world.service.base + "/ceasefires")
    page.get_by_role("link", name=DONBAS).click()
    page.wait_for_url(f"**/ceasefires/{world.ceasefire_id}")
    assert page.locator("#ceasefire-incidents-body").get_by_role("link", name=HORLIVKA).is_visible()
    assert page.locator("#chart-bars rect").count() >= 1, "its incidents over time"
    screenshot(page, "ceasefire")
    page.get_by_role("link", name="On the map").click()
    page.wait_for_url("**/map?**")
    assert page.locator("#map-svg g.area path").count() >= 1, "the ceasefire's area is drawn"


def test_operator_reenables_a_disabled_webhook_endpoint(admin: Tab, world: World) -> None:
    page = admin.page
    page.goto(world.service.base + "/ops")
    endpoint = page.locator("tr[data-endpoint-id]").first
    assert "disabled" in endpoint.inner_text().lower() and "410" in endpoint.inner_text()
    assert page.locator("tr[data-delivery-id]").first.get_by_role("button", name="Replay").is_visible()
    endpoint.get_by_role("button", name="Re-enable").click()
    page.locator("#action-status", has_text="enabled again").wait_for()
    page.reload()
    assert page.locator("tr[data-endpoint-id]").first.locator(".state").inner_text().lower() == "enabled"


def test_keyset_pages_and_day_counts_are_exact_on_both_databases(session: Any) -> None:
    """Not a browser test: the dashboard's repository on SQLite and PostgreSQL, with ties in time."""
    from datetime import UTC

    from service.dashboard import repository as repo
    from service.incidents.models import Incident
    from service.pagination import Cursor

    base = datetime(2026, 3, 10, 12, tzinfo=UTC)
    for n in range(120):
        at = base - timedelta(hours=6 * (n // 3))  # three incidents share each time
        kind = "armed_clash" if n % 2 else "attack"
        session.add(Incident(occurred_at=at, title=f"i{n}", event_type=kind, country="SY", confidence=0.5))
    session.flush()
    flt = repo.Filter(since=base - timedelta(days=30), until=base + timedelta(days=1))
    seen: list[tuple[datetime, int]] = []
    cursor = None
    while True:
        rows = repo.incident_page(session, flt=flt, cursor=cursor, limit=50)
        seen += [(r.occurred_at, r.id) for r in rows]
        if len(rows) < 50:
            break
        cursor = Cursor(rows[-1].occurred_at, rows[-1].id)
    assert len(seen) == 120 and len(set(seen)) == 120
    assert seen == sorted(seen, reverse=True)
    counts = repo.daily_counts(session, flt=flt)
    assert sum(n for _, _, n in counts) == 120
    per_day = {(d.isoformat(), t): n for d, t, n in counts}
    assert (
        per_day[("2026-03-10", "attack")] + per_day[("2026-03-10", "armed_clash")] == 9
    )  # 12:00, 06:00, 00:00


def test_public_reads_show_pages_without_a_key_but_no_buttons(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not a browser test: the pages' access rules, in-process, on SQLite and PostgreSQL."""
    from fastapi.testclient import TestClient

    from service.api import create_app
    from service.db import reset_caches, session_scope, utcnow
    from service.feeds import service as feeds

    with session_scope() as session:
        feeds.add(session, url="http://127.0.0.1:9/feed.xml", now=utcnow())
    client = TestClient(create_app())
    response = client.get("/ops", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/login?next=%2Fops"

    monkeypatch.setenv("CEASEWATCH_PUBLIC_READS", "true")
    reset_caches()
    client = TestClient(create_app())
    for path in ("/", "/map", "/ceasefires", "/ops"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert "Poll now" not in client.get("/ops").text
    assert client.post("/api/v1/feeds/1/poll").status_code == 401, "acting still needs an admin key"


@pytest.mark.redis
def test_queue_depth_reads_redis_and_the_embedded_broker(tmp_path: Any) -> None:
    """Not a browser test: what the operations page shows as queue depth, on both brokers."""
    import redis
    from kombu import Connection

    from service.dashboard.ops import queue_depth
    from tests.conftest import REDIS_URL

    url = REDIS_URL.rsplit("/", 1)[0] + "/14"  # a database no other test uses
    client = redis.Redis.from_url(url)
    try:
        client.delete("celery")
        client.rpush("celery", "a", "b", "c")
        assert queue_depth(url).depth == 3
    finally:
        client.delete("celery")
        client.close()

    embedded = f"sqla+sqlite:///{tmp_path / 'broker.sqlite3'}"
    assert queue_depth(embedded).depth == 0
    with Connection(embedded) as conn:
        queue = conn.SimpleQueue("celery")
        queue.put({"n": 1})
        queue.put({"n": 2})
        queue.close()
    assert queue_depth(embedded).depth == 2
    assert queue_depth("redis://127.0.0.1:1/0", timeout_s=0.2).error, "an unreachable broker is reported"
