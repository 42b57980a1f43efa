"""Issue 14 through a real server on loopback: forged copies, open sites, bad text, CSRF.

Every fetch goes to loopback HTTP servers the tests start; nothing else is contacted.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from server_articles import english
from server_harness import RunningServer, ServerFactory

from helpers import LoopbackServer, respond

pytestmark = pytest.mark.network

BODY = english("tram", 901).split("\n\n")[1:]


def _page(title: str, canonical: str | None = None, site_name: str = "") -> bytes:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    meta = f'<meta property="og:site_name" content="{site_name}">' if site_name else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"{link}{meta}</head><body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    ).encode()


def test_a_pasted_forgery_does_not_take_over_the_fetched_article(
    client: httpx.Client, server: RunningServer, http_server: LoopbackServer
) -> None:
    genuine_url = http_server.url("/news/tram")
    phishing = "https://refunds.example.invalid/login"
    # 1. Someone pastes the story's HTML first: a fake headline, a phishing canonical link.
    forged_html = _page("Tram plan scrapped: claim your refund", phishing, "Loopback News")
    forged = client.post("/api/v1/summaries", json={"html": forged_html.decode()})
    assert forged.status_code == 201, forged.text
    # 2. A reader's widget then asks for the genuine page: same text, fetched from its URL.
    http_server.routes["/news/tram"] = respond(
        200, _page("Council approves tram plan", genuine_url, "Loopback News")
    )
    genuine = client.post("/api/v1/summaries", json={"url": genuine_url})
    assert genuine.status_code == 201, genuine.text  # made (or its points reused), not a hit
    body = genuine.json()
    assert body["article_id"] != forged.json()["article_id"]
    assert body["title"] == "Council approves tram plan"
    assert body["article"]["canonical_url"] == genuine_url
    assert body["article"]["url"] == genuine_url
    assert [p["text"] for p in body["points"]]  # the points are there (shared or made)
    # 3. The genuine article's page and JSON show the genuine title and link, never the forgery.
    stored = client.get(f"/api/v1/articles/{body['article_id']}").json()
    assert (stored["title"], stored["canonical_url"]) == ("Council approves tram plan", genuine_url)
    page = client.get(f"/articles/{body['article_id']}").text
    assert '<h1 class="headline">Council approves tram plan</h1>' in page
    assert f'class="source" href="{genuine_url}"' in page and phishing not in page
    # The pasted copy's own page shows what was pasted, but links to nothing it claimed.
    pasted = client.get(f"/articles/{forged.json()['article_id']}").text
    assert phishing not in pasted and "Pasted by a reader" in pasted
    # 4. Asked again, the genuine URL gets its own cached summary.
    again = client.post("/api/v1/summaries", json={"url": genuine_url})
    assert again.status_code == 200 and again.json()["id"] == body["id"]
    # 5. The stored article's own summary route answers for the genuine article too.
    own = client.post(f"/api/v1/articles/{body['article_id']}/summary")
    assert own.status_code == 200 and own.json()["title"] == "Council approves tram plan"


@pytest.mark.parametrize(
    "payload",
    [
        # One surrogate in a long text: too few to look like binary data.
        {"text": english("tram", 904) + " \ud800 The end."},
        {"html": f"<html><body><p>{english('bus', 905)} \udfff</p></body></html>"},
        {"url": "http://127.0.0.1/\ud800"},
    ],
)
def test_lone_surrogates_are_a_4xx_with_json(client: httpx.Client, payload: dict[str, str]) -> None:
    # JSON's \u escape carries a lone surrogate (json.dumps writes one; httpx's json= would not).
    response = client.post(
        "/api/v1/summaries",
        content=json.dumps(payload).encode(),
        headers={"content-type": "application/json"},
    )
    assert 400 <= response.status_code < 500, response.text
    assert response.json()["error"]["code"] in ("bad_input", "url_refused")


def test_open_site_holds_on_every_redirect_hop(
    server_factory: ServerFactory, http_server: LoopbackServer
) -> None:
    origin = f"http://127.0.0.1:{http_server.port}"
    http_server.routes["/story"] = respond(200, _page("Council approves tram plan"))
    # An open redirect on the publisher's site, to a page of another site (localhost).
    http_server.routes["/go"] = respond(
        302, b"", Location=f"http://localhost:{http_server.port}/elsewhere"
    )
    http_server.routes["/elsewhere"] = respond(200, _page("Somebody else's page"))
    running = server_factory(require_key=True, open_sites=(origin,))
    with running.client() as client:
        ok = client.post("/api/v1/summaries", json={"url": f"{origin}/story"})
        assert ok.status_code == 201, ok.text
        redirected = client.post("/api/v1/summaries", json={"url": f"{origin}/go"})
        assert redirected.status_code == 400, redirected.text
        assert redirected.json()["error"]["code"] == "url_refused"
        direct = client.post(
            "/api/v1/summaries", json={"url": f"http://localhost:{http_server.port}/elsewhere"}
        )
        assert direct.status_code == 401
    assert "/elsewhere" not in http_server.hits


# -- cross-site requests (CSRF) -------------------------------------------------------------


def test_cross_site_browser_posts_are_refused(client: httpx.Client, server: RunningServer) -> None:
    article_id = client.post("/api/v1/summaries", json={"text": english("ferry", 902)}).json()[
        "article_id"
    ]
    form = {"text": english("harbour", 903)}
    hostile = [
        {"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"},
        {"Sec-Fetch-Site": "same-site", "Origin": "https://sub.127.0.0.1"},
        {"Origin": "https://evil.example"},  # an older browser: no Sec-Fetch-Site
        {"Origin": "null"},  # a sandboxed frame or a data: page
    ]
    for headers in hostile:
        posted = client.post("/summarize", data=form, headers=headers)
        assert posted.status_code == 403, (headers, posted.text)
        assert posted.json()["error"]["code"] == "cross_site"
        summary = client.post(f"/api/v1/articles/{article_id}/summary", headers=headers)
        assert summary.status_code == 403
        api = client.post("/api/v1/summaries", json=form, headers=headers)
        assert api.status_code == 403
    # Our own pages (same-origin), a typed URL ("none"), and API clients (no browser headers).
    own_origin = {"Sec-Fetch-Site": "same-origin", "Origin": server.url}
    posted = client.post("/summarize", data=form, headers=own_origin)
    assert posted.status_code == 303, posted.text
    assert client.post("/summarize", data=form, headers={"Origin": server.url}).status_code == 303
    assert client.post(f"/api/v1/articles/{article_id}/summary").status_code == 200
    assert (
        client.post(
            f"/api/v1/articles/{article_id}/summary", headers={"Sec-Fetch-Site": "none"}
        ).status_code
        == 200
    )


# -- feed subscriptions under admission control ------------------------------------------------


def _rss(items: int) -> bytes:
    entries = "".join(
        f"<item><title>Story {i}</title><link>http://example.test/a/{i}</link></item>"
        for i in range(items)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>{entries}'
        "</channel></rss>"
    ).encode()


def test_a_huge_feed_is_capped_through_the_api(
    client: httpx.Client, http_server: LoopbackServer
) -> None:
    # 10x the cap proves the cap; 40,000 items only add parse time (minutes on a busy CI host)
    http_server.routes["/big.xml"] = respond(200, _rss(2_000), "application/rss+xml")
    added = client.post("/api/v1/feeds", json={"url": http_server.url("/big.xml")})
    assert added.status_code == 201, added.text
    assert added.json()["items"] == 200  # Config.max_feed_items


def test_self_naming_feed_page_is_a_422_after_one_fetch(
    client: httpx.Client, http_server: LoopbackServer
) -> None:
    page = b'<html><head><link rel="alternate" type="application/rss+xml" href="/loop"></head><body>x</body></html>'
    http_server.routes["/loop"] = respond(200, page)
    answer = client.post("/api/v1/feeds", json={"url": http_server.url("/loop")})
    assert answer.status_code == 422 and answer.json()["error"]["code"] == "bad_input"
    assert http_server.hits.count("/loop") == 1


@pytest.fixture
def slow_feed(http_server: LoopbackServer) -> Iterator[tuple[LoopbackServer, threading.Event]]:
    release = threading.Event()
    body = _rss(3)

    def route(handler: Any) -> None:
        release.wait(60)
        respond(200, body, "application/rss+xml")(handler)

    http_server.routes["/slow.xml"] = route
    yield http_server, release
    release.set()


def test_concurrent_feed_adds_are_admitted_or_refused_and_reads_go_on(
    server_factory: ServerFactory, slow_feed: tuple[LoopbackServer, threading.Event]
) -> None:
    site, release = slow_feed
    running = server_factory(feed_workers=1, max_feed_in_flight=2)
    results: list[httpx.Response] = []
    lock = threading.Lock()

    def add() -> None:
        with httpx.Client(base_url=running.url, timeout=90.0) as c:
            got = c.post("/api/v1/feeds", json={"url": site.url("/slow.xml")})
        with lock:
            results.append(got)

    adders = [threading.Thread(target=add) for _ in range(45)]
    for t in adders:
        t.start()
    # While the feed hangs (nothing released yet), every add beyond the cap is refused at
    # once, and the article and feed lists still answer.
    refused = _wait_for(lambda: sum(r.status_code == 503 for r in results) >= 43, 60)
    with running.client() as c:
        articles = c.get("/api/v1/articles")
        feeds = c.get("/api/v1/feeds")
        page = c.get("/")
    assert not release.is_set()
    assert refused, [r.status_code for r in results]
    assert articles.status_code == 200 and feeds.status_code == 200 and page.status_code == 200
    busy = [r for r in results if r.status_code == 503]
    assert all(r.headers.get("retry-after") and r.json()["error"]["code"] == "busy" for r in busy)
    release.set()
    for t in adders:
        t.join(90)
    admitted = sorted(r.status_code for r in results if r.status_code != 503)
    assert admitted == [200, 201]  # the two admitted: one subscribed, one found it subscribed


def _wait_for(condition: Any, seconds: float) -> bool:
    done = threading.Event()
    deadline = seconds
    step = 0.1
    while deadline > 0:
        if condition():
            return True
        done.wait(step)
        deadline -= step
    return bool(condition())
