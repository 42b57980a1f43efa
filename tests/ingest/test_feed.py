from __future__ import annotations

from http.server import BaseHTTPRequestHandler

import pytest

from helpers import LoopbackServer, respond
from nutgraf.config import Config
from nutgraf.errors import InputError
from nutgraf.ingest.feed import Robots, discover_feeds, fetch_feed, parse_feed

LOCAL = Config(allowed_ports=None, allow_private_network=True, fetch_timeout=5.0)

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Aldmere Daily</title><link>http://example.test/</link>
<item><title>Ferries to go electric</title><link>/news/ferries</link><guid>f-1</guid>
<pubDate>Tue, 11 Mar 2025 09:00:00 GMT</pubDate></item>
<item><title>Bakery wins award</title><link>http://example.test/news/bakery</link></item>
<item><title>No link here</title></item>
<item><title>Bad scheme</title><link>javascript:alert(1)</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Новости Самары</title>
<entry><title>Мост отложили</title><link href="https://example.test/most"/><id>urn:1</id>
<updated>2025-03-11T10:00:00Z</updated></entry></feed>""".encode()


def test_parse_rss_resolves_links_and_dates() -> None:
    feed = parse_feed(RSS, "http://example.test/feed.xml")
    assert feed.title == "Aldmere Daily"
    assert [i.url for i in feed.items] == [
        "http://example.test/news/ferries",
        "http://example.test/news/bakery",
    ]
    assert feed.items[0].published == "2025-03-11T09:00:00+00:00"
    assert feed.items[0].guid.endswith("f-1")


def test_parse_atom_in_russian() -> None:
    feed = parse_feed(ATOM, "https://example.test/atom")
    assert feed.title == "Новости Самары"
    assert feed.items[0].title == "Мост отложили"
    assert feed.items[0].published == "2025-03-11T10:00:00+00:00"


@pytest.mark.parametrize("data", [b"", b"<html><body>Hello</body></html>", b"\x00\x01garbage"])
def test_not_a_feed(data: bytes) -> None:
    with pytest.raises(InputError, match="not a feed"):
        parse_feed(data, "http://example.test/x")


def test_discover_feeds_from_page() -> None:
    page = """<html><head>
    <link rel="alternate" type="application/rss+xml" href="/rss.xml">
    <link rel="alternate" type="application/atom+xml" href="https://example.test/atom">
    <link rel="stylesheet" href="/s.css"></head><body></body></html>"""
    assert discover_feeds(page, "https://example.test/news/") == [
        "https://example.test/rss.xml",
        "https://example.test/atom",
    ]
    assert discover_feeds("<html></html>", "https://example.test/") == []


def test_fetch_feed_conditional_get(http_server: LoopbackServer) -> None:
    def feed_route(handler: BaseHTTPRequestHandler) -> None:
        if handler.headers.get("If-None-Match") == '"v1"':
            handler.send_response(304)
            handler.send_header("ETag", '"v1"')
            handler.end_headers()
            return
        respond(
            200,
            RSS,
            "application/rss+xml",
            ETag='"v1"',
            Last_Modified="Tue, 11 Mar 2025 09:00:00 GMT",
        )(handler)

    http_server.routes["/feed.xml"] = feed_route
    first = fetch_feed(http_server.url("/feed.xml"), LOCAL)
    assert first is not None and len(first.items) == 2
    assert first.etag == '"v1"' and first.last_modified == "Tue, 11 Mar 2025 09:00:00 GMT"
    assert fetch_feed(http_server.url("/feed.xml"), LOCAL, etag=first.etag) is None


def test_fetch_feed_follows_page_link(http_server: LoopbackServer) -> None:
    http_server.routes["/"] = respond(
        200,
        b'<html><head><link rel="alternate" type="application/atom+xml" href="/atom"></head></html>',
    )
    http_server.routes["/atom"] = respond(200, ATOM, "application/atom+xml")
    feed = fetch_feed(http_server.url("/"), LOCAL)
    assert feed is not None and feed.title == "Новости Самары"
    http_server.routes["/plain"] = respond(200, b"<html><body><p>No feed</p></body></html>")
    with pytest.raises(InputError, match="links no RSS"):
        fetch_feed(http_server.url("/plain"), LOCAL)


def test_robots_rules(http_server: LoopbackServer) -> None:
    http_server.routes["/robots.txt"] = respond(
        200, b"User-agent: *\nDisallow: /private/\n", "text/plain"
    )
    robots = Robots(LOCAL)
    assert robots.allowed(http_server.url("/news/a"))
    assert not robots.allowed(http_server.url("/private/b"))
    assert http_server.hits.count("/robots.txt") == 1  # fetched once per site


def test_missing_robots_allows_all(http_server: LoopbackServer) -> None:
    assert Robots(LOCAL).allowed(http_server.url("/anything"))
