"""Feed routes, the reader page's feed items, and scheduled updates in a real server."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from feed_site import LOOPBACK, rss, serve_article

from helpers import LoopbackServer, respond
from nutgraf.server import ServerSettings
from server.server_harness import RunningServer, start_server

pytestmark = pytest.mark.network


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    db: Path = tmp_path_factory.mktemp("feeds-server") / "nutgraf.db"
    settings = ServerSettings(
        db_url=f"sqlite:///{db}",
        config=LOOPBACK,
        workers=1,
        anon_per_minute=100_000,
        feed_update_seconds=1.0,
    )
    running = start_server(settings)
    yield running
    running.stop()


@pytest.fixture
def client(server: RunningServer) -> Iterator[httpx.Client]:
    with server.client() as c:
        yield c


def _wait_for_items(client: httpx.Client, feed_id: int, count: int) -> list[dict[str, Any]]:
    deadline = time.monotonic() + 90  # the update process loads the models first
    while True:
        items: list[dict[str, Any]] = client.get(f"/api/v1/feeds/{feed_id}/items").json()["items"]
        if sum(i["state"] != "new" for i in items) >= count or time.monotonic() > deadline:
            return items
        time.sleep(0.3)


def test_add_feed_then_scheduled_update_stores_its_items(
    http_server: LoopbackServer, client: httpx.Client
) -> None:
    urls = [serve_article(http_server, f"/a/{i}", i) for i in range(2)]
    http_server.routes["/broken"] = respond(500, b"down")
    items = [("Story 0", urls[0]), ("Story 1", urls[1]), ("Broken", http_server.url("/broken"))]
    http_server.routes["/rss"] = respond(200, rss("Loopback Daily", items), "application/rss+xml")

    created = client.post("/api/v1/feeds", json={"url": http_server.url("/rss")})
    assert created.status_code == 201, created.text
    feed = created.json()
    assert feed["title"] == "Loopback Daily" and feed["items"] == 3
    assert created.headers["location"] == f"/api/v1/feeds/{feed['id']}"
    again = client.post("/api/v1/feeds", json={"url": http_server.url("/rss")})
    assert again.status_code == 200 and again.json()["id"] == feed["id"]

    done = _wait_for_items(client, feed["id"], 3)
    states = {i["url"]: i for i in done}
    assert states[urls[0]]["state"] == "ok" and states[urls[0]]["article_id"]
    broken = states[http_server.url("/broken")]
    assert broken["state"] == "failed" and "HTTP 500" in broken["reason"]
    assert broken["next_attempt"]

    listed = client.get("/api/v1/feeds").json()
    mine = next(f for f in listed["items"] if f["id"] == feed["id"])
    assert (mine["stored"], mine["failed"], mine["last_error"]) == (2, 1, None)
    assert client.get(f"/api/v1/feeds/{feed['id']}").json()["url"] == http_server.url("/rss")

    page = client.get("/")
    assert page.status_code == 200 and "Loopback Daily" in page.text and "Story 1" in page.text
    by_feed = client.get(f"/?feed={feed['id']}")
    assert by_feed.status_code == 200 and "from the feed Loopback Daily" in by_feed.text
    article_id = states[urls[1]]["article_id"]
    summary = client.post(f"/api/v1/articles/{article_id}/summary")
    assert summary.status_code == 200  # summarized by the update, in the server's cache
    assert summary.headers["x-nutgraf-cache"] == "hit"


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"url": "ftp://example.org/rss"}, 400, "url_refused"),
        ({"url": 5}, 422, "invalid_request"),
        ({}, 422, "invalid_request"),
        ({"url": "http://127.0.0.1:9/rss"}, 422, "fetch_failed"),
    ],
)
def test_add_feed_bad_input_is_4xx_json(
    client: httpx.Client, body: dict[str, Any], status: int, code: str
) -> None:
    response = client.post("/api/v1/feeds", json=body)
    assert response.status_code == status
    assert response.json()["error"]["code"] == code


def test_add_non_feed_and_unknown_feed(http_server: LoopbackServer, client: httpx.Client) -> None:
    serve_article(http_server, "/page", 1)
    response = client.post("/api/v1/feeds", json={"url": http_server.url("/page")})
    assert response.status_code == 422 and response.json()["error"]["code"] == "bad_input"
    assert client.get("/api/v1/feeds/999999").status_code == 404
    assert client.get("/api/v1/feeds/999999/items").status_code == 404
    assert client.get("/?feed=999999").status_code == 404
    malformed = client.post(
        "/api/v1/feeds", content=b"{", headers={"content-type": "application/json"}
    )
    assert malformed.status_code == 400
