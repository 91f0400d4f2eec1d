"""A local feed server for `ceasewatch up --demo`: sample wire items released over the first minutes.

The items are fictional (written for this demo) but shaped like real wire copy; most are not
incidents, as in real feeds. Each item has a release offset in seconds from server start, so a
newcomer sees incidents appear while watching.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any
from xml.sax.saxutils import escape

import yaml


@dataclass(frozen=True)
class DemoItem:
    feed: str
    offset_s: int
    title: str
    summary: str


def demo_data() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(
        resources.files("service.demo").joinpath("items.yaml").read_text("utf-8")
    )
    return data


def load_items() -> tuple[dict[str, str], list[DemoItem]]:
    data = demo_data()
    items = [
        DemoItem(feed=i["feed"], offset_s=int(i["offset_s"]), title=i["title"], summary=i["summary"])
        for i in data["items"]
    ]
    return data["feeds"], items


def render(feed_slug: str, title: str, items: list[DemoItem], *, started: datetime, base: str) -> bytes:
    parts = []
    for n, item in enumerate(items):
        when = started + timedelta(seconds=item.offset_s)
        guid = f"{base}/{feed_slug}/{n}-{hashlib.sha1(item.title.encode()).hexdigest()[:10]}"
        parts.append(
            f"<item><title>{escape(item.title)}</title><link>{guid}</link>"
            f'<guid isPermaLink="true">{guid}</guid><pubDate>{format_datetime(when)}</pubDate>'
            f"<description>{escape(item.summary)}</description></item>"
        )
    body = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>{base}/{feed_slug}</link>"
        f"<description>Ceasewatch demo feed</description>{''.join(reversed(parts))}</channel></rss>"
    )
    return body.encode("utf-8")


class DemoServer:
    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.feeds, self.items = load_items()
        self.started = datetime.now(UTC).replace(microsecond=0)
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                slug = self.path.strip("/").removesuffix(".xml")
                if slug not in server.feeds:
                    self.send_error(404, "no such demo feed")
                    return
                body = server.feed_bytes(slug)
                etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
                self.send_header("ETag", etag)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer((host, port), Handler)
        self.base = f"http://{host}:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="demo-feeds", daemon=True)

    def feed_bytes(self, slug: str) -> bytes:
        now = datetime.now(UTC)
        released = [
            i for i in self.items if i.feed == slug and self.started + timedelta(seconds=i.offset_s) <= now
        ]
        return render(slug, self.feeds[slug], released, started=self.started, base=self.base)

    def urls(self) -> dict[str, str]:
        return {slug: f"{self.base}/{slug}.xml" for slug in self.feeds}

    def shutdown(self) -> None:
        self.httpd.shutdown()


def start_demo_server() -> DemoServer:
    server = DemoServer()
    server.thread.start()
    return server


def subscribe_demo_feeds(server: DemoServer) -> None:
    """Subscribe to the demo feeds (replacing those of an earlier demo run, whose port differed)."""
    from sqlalchemy import select

    from service.db import session_scope, utcnow
    from service.feeds import service as feeds
    from service.feeds.models import Feed

    register_demo_ceasefires()
    with session_scope() as session:
        for old in session.scalars(select(Feed).where(Feed.title.like("Demo: %"))).all():
            old.disabled = True
        for slug, url in server.urls().items():
            feeds.add(session, url=url, title=f"Demo: {server.feeds[slug]}", poll_interval_s=15, now=utcnow())


def register_demo_ceasefires() -> None:
    """Create (or move to the present) the demo's fictional ceasefires."""
    from service.ceasefires import repository as registry
    from service.ceasefires import service as ceasefires
    from service.ceasefires.schemas import CeasefireIn
    from service.db import session_scope, utcnow

    data = demo_data()
    now = utcnow()
    with session_scope() as session:
        for entry in data.get("ceasefires", []):
            fields = {k: v for k, v in entry.items() if k != "started_days_ago"}
            fields["starts_on"] = (now - timedelta(days=int(entry["started_days_ago"]))).date()
            body = CeasefireIn.model_validate(fields)
            existing = registry.by_name(session, body.name)
            if existing is None:
                ceasefires.create(session, body=body, now=now)
            else:
                ceasefires.replace(session, ceasefire_id=existing.id, body=body, now=now)
