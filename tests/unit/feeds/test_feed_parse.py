"""parse(): feed bytes to entries, with hostile input refused or defused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from service.feeds.parse import (
    MAX_ENTRIES,
    MAX_TITLE,
    FeedError,
    entry_hash,
    parse,
    plain_text,
    strip_doctype,
    web_url,
)

NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def rss(items: str, *, head: str = "", channel: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?>{head}<rss version="2.0"><channel>'
        f"<title>Wire</title><link>https://wire.example/</link>{channel}{items}</channel></rss>"
    ).encode()


def item(n: int, *, guid: str | None = None, date: str | None = "Wed, 01 May 2024 10:00:00 GMT") -> str:
    parts = [f"<title>Headline {n}</title>", f"<link>https://wire.example/{n}</link>"]
    parts.append(f"<description>Body of story {n}.</description>")
    if guid is not None:
        parts.append(f"<guid>{guid}</guid>")
    if date is not None:
        parts.append(f"<pubDate>{date}</pubDate>")
    return "<item>" + "".join(parts) + "</item>"


def test_rss_entries_are_read_with_their_fields() -> None:
    parsed = parse(
        rss(item(1, guid="g-1") + item(2, guid="g-2")), content_type="application/rss+xml", now=NOW
    )
    assert parsed.title == "Wire"
    assert parsed.site_url == "https://wire.example/"
    assert [e.title for e in parsed.entries] == ["Headline 1", "Headline 2"]
    first = parsed.entries[0]
    assert first.guid == "g-1"
    assert first.url == "https://wire.example/1"
    assert first.summary == "Body of story 1."
    assert first.published_at == datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    assert first.date_missing is False
    assert parsed.warning is None


def test_atom_entries_are_read() -> None:
    body = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
<link href="https://atom.example/"/><id>urn:feed</id><updated>2024-05-01T09:00:00Z</updated>
<entry><title>Shelling reported</title><id>urn:e1</id><link href="https://atom.example/e1"/>
<updated>2024-05-01T09:00:00Z</updated><summary>Three killed.</summary></entry>
</feed>"""
    parsed = parse(body, content_type="application/atom+xml", now=NOW)
    assert parsed.title == "Atom wire"
    (entry,) = parsed.entries
    assert (entry.guid, entry.url, entry.summary) == ("urn:e1", "https://atom.example/e1", "Three killed.")
    assert entry.published_at == datetime(2024, 5, 1, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize("body", [b"", b"   \n\t "])
def test_empty_body_is_a_clear_error(body: bytes) -> None:
    with pytest.raises(FeedError, match="empty body"):
        parse(body, content_type="application/rss+xml", now=NOW)


def test_html_page_is_not_a_feed() -> None:
    page = b"<!DOCTYPE html><html><head><title>Home</title></head><body><p>Welcome</p></body></html>"
    with pytest.raises(FeedError, match="not a feed"):
        parse(page, content_type="text/html", now=NOW)


def test_garbage_is_not_a_feed() -> None:
    with pytest.raises(FeedError, match="not a feed"):
        parse(b"\x00\x01binary junk \xff\xfe", content_type="application/octet-stream", now=NOW)


def test_malformed_xml_is_read_leniently_with_a_warning() -> None:
    body = rss(
        item(1, guid="a") + "<item><title>Broken & unescaped</title><link>https://wire.example/b</link>"
    )
    parsed = parse(body, content_type="application/rss+xml", now=NOW)
    assert parsed.entries, "entries of a malformed feed should still be read when possible"
    assert parsed.warning and parsed.warning.startswith("malformed feed read leniently")


def test_items_without_guid_or_date_are_kept_with_date_missing() -> None:
    parsed = parse(rss(item(1, date=None)), content_type=None, now=NOW)
    (entry,) = parsed.entries
    assert entry.guid is None
    assert entry.date_missing is True
    assert entry.published_at == NOW
    assert entry.guid_hash == entry_hash(None, "https://wire.example/1", "Headline 1", "Body of story 1.")


def test_identity_falls_back_to_title_and_summary_without_guid_or_link() -> None:
    body = rss("<item><title>Only a title</title><description>and text</description></item>" * 2)
    parsed = parse(body, content_type=None, now=NOW)
    (entry,) = parsed.entries  # the same text twice is one entry
    assert entry.guid_hash == entry_hash(None, None, "Only a title", "and text")


def test_duplicate_guids_in_one_document_keep_the_first() -> None:
    body = rss(item(1, guid="same") + item(2, guid="same") + item(3, guid="other"))
    parsed = parse(body, content_type=None, now=NOW)
    assert [e.title for e in parsed.entries] == ["Headline 1", "Headline 3"]


def test_a_future_date_beyond_slack_becomes_now_and_missing() -> None:
    future = (NOW + timedelta(days=3)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    (entry,) = parse(rss(item(1, guid="f", date=future)), content_type=None, now=NOW).entries
    assert entry.published_at == NOW
    assert entry.date_missing is True


def test_a_slightly_future_date_is_clamped_to_now() -> None:
    soon = (NOW + timedelta(minutes=20)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    (entry,) = parse(rss(item(1, guid="s", date=soon)), content_type=None, now=NOW).entries
    assert entry.published_at == NOW
    assert entry.date_missing is False


def test_javascript_and_data_links_are_dropped() -> None:
    body = rss(
        "<item><guid>j</guid><title>t</title><link>javascript:alert(1)</link></item>"
        "<item><guid>d</guid><title>t2</title><link>data:text/html,hi</link></item>"
    )
    parsed = parse(body, content_type=None, now=NOW)
    assert [e.url for e in parsed.entries] == [None, None]


def test_ttl_is_read_in_minutes() -> None:
    parsed = parse(rss(item(1, guid="x"), channel="<ttl>30</ttl>"), content_type=None, now=NOW)
    assert parsed.ttl_s == 1800


def test_html_in_titles_and_summaries_becomes_plain_text() -> None:
    body = rss(
        "<item><guid>h</guid><title>&lt;b&gt;Bold&lt;/b&gt; claim</title>"
        "<description>&lt;p&gt;Five &amp;amp; six&lt;script&gt;x&lt;/script&gt;&lt;/p&gt;"
        "</description></item>"
    )
    (entry,) = parse(body, content_type=None, now=NOW).entries
    assert entry.title == "Bold claim"
    assert "<" not in entry.summary and "Five & six" in entry.summary


def test_entry_count_and_title_length_are_capped() -> None:
    long_title = "x" * (MAX_TITLE * 3)
    items = "".join(
        f"<item><guid>{n}</guid><title>{long_title}</title></item>" for n in range(MAX_ENTRIES + 5)
    )
    parsed = parse(rss(items), content_type=None, now=NOW)
    assert len(parsed.entries) == MAX_ENTRIES
    assert all(len(e.title) == MAX_TITLE for e in parsed.entries)


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>Laughs</title>
<item><guid>bl</guid><title>&lol9;</title><description>&lol9;</description></item>
</channel></rss>"""


def large_entity_feed(size: int = 10_000, refs: int = 1_000) -> bytes:
    """About 20 KB that feedparser alone (its loose parser) expands to 20 MB of text."""
    head = f'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY big "{"A" * size}">\n]>\n'
    ref = "&big;" * refs
    return (
        f'{head}<rss version="2.0"><channel><title>Big</title>'
        f"<item><guid>big</guid><title>t {ref}</title><description>{ref}</description></item>"
        "</channel></rss>"
    ).encode()


@pytest.mark.parametrize(
    "body", [BILLION_LAUGHS, large_entity_feed()], ids=["billion-laughs", "large-entity"]
)
def test_entity_declarations_are_never_expanded(body: bytes) -> None:
    try:
        parsed = parse(body, content_type="application/rss+xml", now=NOW)
    except FeedError:
        return  # refusing the document is as good as defusing it
    text = "".join(e.title + e.summary for e in parsed.entries)
    assert len(text) < 10_000
    assert "lollol" not in text and "AAAA" not in text


def test_the_large_entity_feed_really_is_hostile() -> None:
    """Guards the test above: without strip_doctype, feedparser expands the entity."""
    import feedparser

    raw = feedparser.parse(large_entity_feed())
    assert len(raw.entries[0].summary) > 1_000_000


def test_strip_doctype_removes_the_internal_subset_and_stray_entities() -> None:
    assert b"ENTITY" not in strip_doctype(BILLION_LAUGHS)
    assert b"DOCTYPE" not in strip_doctype(BILLION_LAUGHS)
    assert strip_doctype(b'<!ENTITY x "y"><rss/>') == b"<rss/>"
    assert strip_doctype(b"<rss>&amp;</rss>") == b"<rss>&amp;</rss>"


def test_plain_text_and_web_url_helpers() -> None:
    assert plain_text("  a <i>b</i>\n\n c &amp; d ", 100) == "a b c & d"
    assert plain_text(None, 10) == ""
    assert plain_text("abcdef", 3) == "abc"
    assert web_url(" HTTPS://x.example/a ") == "HTTPS://x.example/a"
    assert web_url("ftp://x.example/") is None
    assert web_url("JavaScript:alert(1)") is None
    assert web_url(None) is None
