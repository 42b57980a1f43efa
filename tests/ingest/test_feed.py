from __future__ import annotations

from http.server import BaseHTTPRequestHandler

import pytest

from helpers import LoopbackServer, Route, respond
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


def _page_linking(feed_path: str) -> bytes:
    return (
        f'<html><head><link rel="alternate" type="application/rss+xml" href="{feed_path}">'
        "</head><body><p>News</p></body></html>"
    ).encode()


def _at_most(times: int, body: bytes) -> Route:
    """A route that answers the page ``times`` times, then 500: a loop must end even on a
    fetcher that would follow it forever."""
    served = [0]

    def route(handler: BaseHTTPRequestHandler) -> None:
        served[0] += 1
        respond(200 if served[0] <= times else 500, body)(handler)

    return route


def test_page_naming_itself_as_its_feed_is_fetched_once(http_server: LoopbackServer) -> None:
    http_server.routes["/news"] = _at_most(20, _page_linking("/news"))
    with pytest.raises(InputError, match="links no RSS or Atom feed"):
        fetch_feed(http_server.url("/news"), LOCAL)
    assert http_server.hits == ["/news"]


def test_two_pages_naming_each_other_stop_after_one_hop(http_server: LoopbackServer) -> None:
    http_server.routes["/a"] = _at_most(20, _page_linking("/b"))
    http_server.routes["/b"] = _at_most(20, _page_linking("/a"))
    with pytest.raises(InputError, match="is a page, not a feed"):
        fetch_feed(http_server.url("/a"), LOCAL)
    assert http_server.hits == ["/a", "/b"]


def test_page_linking_a_feed_is_followed_one_hop(http_server: LoopbackServer) -> None:
    http_server.routes["/home"] = respond(200, _page_linking("/feed.xml"))
    http_server.routes["/feed.xml"] = respond(200, RSS, "application/rss+xml")
    feed = fetch_feed(http_server.url("/home"), LOCAL)
    assert feed is not None and feed.url == http_server.url("/feed.xml")
    assert http_server.hits == ["/home", "/feed.xml"]


def _big_rss(items: int) -> bytes:
    entries = "".join(
        f"<item><title>Story {i}</title><link>http://example.test/a/{i}</link>"
        f"<guid>g{i}</guid></item>"
        for i in range(items)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>{entries}'
        "</channel></rss>"
    ).encode()


def test_a_40000_item_feed_is_capped(http_server: LoopbackServer) -> None:
    http_server.routes["/big"] = respond(200, _big_rss(40_000), "application/rss+xml")
    feed = fetch_feed(http_server.url("/big"), LOCAL)
    assert feed is not None and len(feed.items) == Config().max_feed_items == 200
    assert feed.items[0].url == "http://example.test/a/0"  # the first (newest) are kept
    http_server.routes["/small"] = respond(200, _big_rss(100), "application/rss+xml")
    small = fetch_feed(http_server.url("/small"), LOCAL.with_(max_feed_items=7))
    assert small is not None and len(small.items) == 7


def test_feed_with_a_surrogate_reference_is_not_a_feed() -> None:
    data = b'<rss version="2.0"><channel><title>T &#xD800;</title><item><title>x &#55296;</title><link>http://e.test/a</link></item></channel></rss>'
    with pytest.raises(InputError, match="not a feed"):
        parse_feed(data, "http://example.test/rss")
