"""The updater against feeds and pages served on loopback."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler

import pytest
from feed_site import LOOPBACK, article_html, conditional, rss, serve_article, story

from helpers import LoopbackServer, respond
from nutgraf.errors import FetchError, InputError, RefusedError
from nutgraf.feeds.updater import FeedUpdater, UpdatePolicy, add_feed
from nutgraf.pipeline import Summarizer
from nutgraf.store import Store
from nutgraf.store.feeds import FeedStore

pytestmark = pytest.mark.network


def _updater(store: Store, summarizer: Summarizer, **policy: float) -> FeedUpdater:
    return FeedUpdater(store, summarizer, policy=UpdatePolicy(**policy))  # type: ignore[arg-type]


def test_update_stores_each_story_once(
    http_server: LoopbackServer, any_store: Store, summarizer: Summarizer
) -> None:
    urls = [serve_article(http_server, f"/a/{i}", i) for i in range(3)]
    syndicated = article_html("Story 0, syndicated", [*story(0), "First published by Example."])
    http_server.routes["/partner/copy"] = respond(200, syndicated)
    canonical = serve_article(http_server, "/amp/2", 2, canonical=urls[2])
    items = [(f"Story {i}", u) for i, u in enumerate(urls)]
    items += [
        ("Copy", http_server.url("/partner/copy")),  # near-identical body
        ("Tracked", urls[1] + "?utm_source=rss&utm_medium=feed"),  # same canonical URL
        ("AMP", canonical),  # declares /a/2 canonical
    ]
    http_server.routes["/rss"] = conditional(rss("Example News", items), '"v1"')
    feeds = FeedStore(any_store)
    feed, created = add_feed(feeds, http_server.url("/rss"), LOOPBACK)
    assert created and feed.title == "Example News" and feed.items == 6

    report = _updater(any_store, summarizer).update()
    assert (report.items_stored, report.items_duplicate, report.items_failed) == (3, 3, 0)
    assert any_store.count_articles() == 3
    by_url = {i.url: i for i in feeds.list_items(feed.id)}
    assert by_url[http_server.url("/partner/copy")].article_id == by_url[urls[0]].article_id
    assert by_url[canonical].article_id == by_url[urls[2]].article_id
    assert {i.state for i in by_url.values()} == {"ok", "duplicate"}
    # Summaries are in the server's cache: the default options' key.
    listed = feeds.list_feeds()[0]
    assert (listed.items, listed.stored, listed.failed) == (6, 3, 0)
    assert http_server.hits.count("/a/1") == 1  # the tracked link was never fetched

    again = _updater(any_store, summarizer).update()  # conditional GET: 304, nothing to do
    assert (again.feeds, again.feeds_unchanged, again.items_done) == (1, 1, 0)


def test_crawl_delay_spaces_a_sites_requests(
    http_server: LoopbackServer, sqlite_store: Store, summarizer: Summarizer
) -> None:
    http_server.routes["/robots.txt"] = respond(
        200, b"User-agent: *\nCrawl-delay: 1\n", "text/plain"
    )
    started: list[float] = []
    for i in range(3):
        page = respond(200, article_html(f"Story {i}", story(i)))

        def timed(handler: BaseHTTPRequestHandler, page=page) -> None:  # type: ignore[no-untyped-def]
            started.append(time.monotonic())
            page(handler)

        http_server.routes[f"/s/{i}"] = timed
    items = [(f"Story {i}", http_server.url(f"/s/{i}")) for i in range(3)]
    http_server.routes["/rss"] = respond(200, rss("Slow", items), "application/rss+xml")
    add_feed(FeedStore(sqlite_store), http_server.url("/rss"), LOOPBACK)
    report = _updater(sqlite_store, summarizer).update()  # per_host 2: the delay must hold
    assert report.items_stored == 3
    gaps = [b - a for a, b in zip(sorted(started), sorted(started)[1:], strict=False)]
    # The updater spaces its request starts by the delay; the server's clock sees them
    # arrive with the loopback's jitter (a loaded machine: tens of ms), and without the
    # delay the gaps would be milliseconds.
    assert len(gaps) == 2 and min(gaps) >= 0.8, gaps


def test_failures_are_recorded_retried_and_do_not_stop_others(
    http_server: LoopbackServer, sqlite_store: Store, summarizer: Summarizer
) -> None:
    good = serve_article(http_server, "/good", 1)
    http_server.routes["/broken"] = respond(500, b"oops")
    http_server.routes["/menu"] = respond(200, b"<html><body><a href='/'>Home</a></body></html>")
    http_server.routes["/robots.txt"] = respond(
        200, b"User-agent: *\nDisallow: /private/\n", "text/plain"
    )
    private = serve_article(http_server, "/private/x", 2)
    items = [
        ("broken", http_server.url("/broken")),
        ("menu", http_server.url("/menu")),
        ("private", private),
        ("good", good),
    ]
    http_server.routes["/rss"] = respond(200, rss("Mixed", items), "application/rss+xml")
    feeds = FeedStore(sqlite_store)
    feed, _ = add_feed(feeds, http_server.url("/rss"), LOOPBACK)
    updater = _updater(sqlite_store, summarizer, backoff_base=60, max_attempts=2)
    start = datetime.now(UTC)
    report = updater.update(now=start)
    assert (report.items_stored, report.items_failed) == (1, 3)
    by_url = {i.url: i for i in feeds.list_items(feed.id)}
    broken = by_url[http_server.url("/broken")]
    assert broken.state == "failed" and "HTTP 500" in (broken.reason or "")
    assert broken.attempts == 1 and broken.next_attempt is not None
    assert broken.next_attempt - start == timedelta(seconds=60)
    assert "robots.txt" in (by_url[private].reason or "")
    assert "/private/x" not in http_server.hits
    assert by_url[http_server.url("/menu")].reason  # no article: the reason says so

    assert updater.update(now=start + timedelta(seconds=30)).items_done == 0  # backing off
    serve_article(http_server, "/broken", 3)  # the site is fixed
    later = updater.update(now=start + timedelta(seconds=61))
    assert later.items_stored == 1 and later.items_failed == 2
    # Second failure of the others reaches max_attempts: given up, reason kept.
    gone = {i.url: i for i in feeds.list_items(feed.id)}[http_server.url("/menu")]
    assert gone.attempts == 2 and gone.next_attempt is None and gone.reason
    assert updater.update(now=start + timedelta(days=30)).items_done == 0


def test_feed_errors_back_off(
    http_server: LoopbackServer, sqlite_store: Store, summarizer: Summarizer
) -> None:
    http_server.routes["/rss"] = respond(200, rss("Flaky", []), "application/rss+xml")
    feeds = FeedStore(sqlite_store)
    feed, _ = add_feed(feeds, http_server.url("/rss"), LOOPBACK)
    http_server.routes["/rss"] = respond(503, b"down")
    updater = _updater(sqlite_store, summarizer, backoff_base=10)
    now = datetime.now(UTC)
    assert updater.update(now=now).feeds_failed == 1
    got = feeds.get_feed(feed.id)
    assert got is not None and got.failures == 1 and "HTTP 503" in (got.last_error or "")
    assert updater.update(now=now + timedelta(seconds=5)).feeds == 0
    assert updater.update(now=now + timedelta(seconds=10)).feeds_failed == 1
    got = feeds.get_feed(feed.id)
    assert got is not None and got.failures == 2
    assert got.next_attempt == now + timedelta(seconds=30)  # 10 s, then 20 s


def test_add_feed_discovers_and_refuses(http_server: LoopbackServer, sqlite_store: Store) -> None:
    feeds = FeedStore(sqlite_store)
    http_server.routes["/rss"] = respond(200, rss("Found", []), "application/rss+xml")
    page = (
        b'<html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head></html>'
    )
    http_server.routes["/"] = respond(200, page)
    feed, _ = add_feed(feeds, http_server.url("/"), LOOPBACK)
    assert feed.url == http_server.url("/rss") and feed.added_url == http_server.url("/")
    serve_article(http_server, "/story", 1)
    with pytest.raises(InputError):
        add_feed(feeds, http_server.url("/story"), LOOPBACK)  # a page without a feed
    with pytest.raises(FetchError):
        add_feed(feeds, http_server.url("/missing"), LOOPBACK)
    with pytest.raises(RefusedError):
        add_feed(feeds, http_server.url("/rss"), LOOPBACK.with_(allow_private_network=False))
    assert len(feeds.list_feeds()) == 1


def test_at_most_two_connections_per_host(
    http_server: LoopbackServer, sqlite_store: Store, summarizer: Summarizer
) -> None:
    active, peak, lock = 0, 0, threading.Lock()

    def slow(n: int) -> object:
        page = respond(200, article_html(f"Story {n}", story(n)))

        def route(handler: BaseHTTPRequestHandler) -> None:
            nonlocal active, peak
            with lock:
                active += 1
                peak = max(peak, active)
            time.sleep(0.1)
            with lock:
                active -= 1
            page(handler)

        return route

    for n in range(6):
        http_server.routes[f"/s/{n}"] = slow(n)  # type: ignore[assignment]
    items = [(f"S{n}", http_server.url(f"/s/{n}")) for n in range(6)]
    http_server.routes["/rss"] = respond(200, rss("Slow", items), "application/rss+xml")
    add_feed(FeedStore(sqlite_store), http_server.url("/rss"), LOOPBACK)
    report = _updater(sqlite_store, summarizer, threads=8).update()
    assert report.items_stored == 6
    assert peak == 2


def test_scraped_text_pages_learn_their_site_clutter(
    http_server: LoopbackServer, sqlite_store: Store, summarizer: Summarizer
) -> None:
    menu = "Home\nWorld\nSport\nWeather forecast for the whole region today\n"
    footer = "\nAbout us\nContact the newsroom team by phone\n"
    for n in range(4):
        text = menu + "\n".join(story(n)) + footer
        http_server.routes[f"/t/{n}"] = respond(200, text.encode(), "text/plain; charset=utf-8")
    items = [(f"T{n}", http_server.url(f"/t/{n}")) for n in range(4)]
    http_server.routes["/rss"] = respond(200, rss("Text", items), "application/rss+xml")
    add_feed(FeedStore(sqlite_store), http_server.url("/rss"), LOOPBACK)
    updater = _updater(sqlite_store, summarizer, threads=1)
    assert updater.update().items_stored == 4
    feeds = FeedStore(sqlite_store)
    assert len(feeds.site_pages("127.0.0.1")) == 4
    clutter = updater._site_clutter("127.0.0.1")
    assert "weather forecast for the whole region today" in {c.lower() for c in clutter}
    for stored in sqlite_store.list_articles():
        assert "Weather forecast" not in stored.article.text


def test_a_pasted_forgery_does_not_make_the_genuine_item_its_duplicate(
    http_server: LoopbackServer, sqlite_store: Store, summarizer: Summarizer
) -> None:
    # Someone pastes the story first, with a fake headline and a phishing link; then the
    # publisher's feed lists the genuine page. The item is the genuine article, stored.
    genuine = serve_article(http_server, "/a/7", 7, canonical=http_server.url("/a/7"))
    fake = (
        b"<title>Plan scrapped: claim a refund</title>"
        b'<meta property="og:title" content="Plan scrapped: claim a refund">'
    )
    page = article_html("Story 7", story(7), "https://refund.invalid/x")
    forged = summarizer.load(page.replace(b"<title>Story 7</title>", fake), kind="html")
    assert forged.title == "Plan scrapped: claim a refund" and forged.url is None
    sqlite_store.put_article(forged)
    http_server.routes["/rss"] = respond(
        200, rss("Example News", [("Story 7", genuine)]), "application/rss+xml"
    )
    feeds = FeedStore(sqlite_store)
    feed, _ = add_feed(feeds, http_server.url("/rss"), LOOPBACK)
    report = _updater(sqlite_store, summarizer).update()
    assert (report.items_stored, report.items_duplicate) == (1, 0)
    (item,) = feeds.list_items(feed.id)
    assert item.state == "ok" and item.article_id is not None
    stored = sqlite_store.get_article(item.article_id)
    assert stored is not None and stored.article.title == "Story 7"
    assert stored.article.url == genuine and stored.site == "127.0.0.1"
