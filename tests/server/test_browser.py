"""The pages in real headless Chromium (Debian's, driven by Playwright; never downloaded)."""

from __future__ import annotations

from typing import Any

import httpx
from browser_harness import SCREENSHOT, browser, page
from server_articles import EXAMPLE_EN, RUSSIAN, english, hostile_page, publisher_page
from server_harness import RunningServer, post_summary, respond

__all__ = ["browser", "page"]  # fixtures, used by name


def test_button_reveals_points_without_reload(
    page: Any, server: RunningServer, client: httpx.Client
) -> None:
    summary = post_summary(client, EXAMPLE_EN, points=3)
    page.goto(f"{server.url}/articles/{summary['article_id']}")
    assert page.inner_text("h1.headline") == summary["title"]
    button = page.locator("#summary-button")
    assert button.inner_text() == "No time to read? Get a summary"
    assert page.locator("#summary").is_hidden()
    page.evaluate("window.__sameDocument = true")
    button.click()
    points = page.locator("#summary-points li")
    points.first.wait_for()
    # The article page asks for the default summary, which may hold more points than 3.
    assert points.count() >= 1
    shown = points.all_inner_texts()
    body = page.inner_text(".body")
    assert all(point in body for point in shown)
    assert page.evaluate("window.__sameDocument") is True  # no page load happened
    assert page.locator("#summary-button").is_hidden()
    page.screenshot(path=str(SCREENSHOT), full_page=False)
    assert page.errors == []


def test_russian_article_gets_a_russian_button(
    page: Any, server: RunningServer, client: httpx.Client
) -> None:
    summary = post_summary(client, RUSSIAN)
    assert summary["language"] == "ru"
    page.goto(f"{server.url}/articles/{summary['article_id']}")
    assert page.inner_text("#summary-button") == "Нет времени читать? Краткое содержание"
    assert page.get_attribute("html", "lang") == "ru"
    page.click("#summary-button")
    page.locator("#summary-points li").first.wait_for()
    assert page.text_content("#summary h2") == "Главное"


def test_previous_and_next_links_show_titles(
    page: Any, server: RunningServer, client: httpx.Client
) -> None:
    made = [post_summary(client, english(f"route {i}", 500 + i)) for i in range(3)]
    middle = made[1]["article_id"]
    page.goto(f"{server.url}/articles/{middle}")
    prev, nxt = page.locator("a.prev"), page.locator("a.next")
    assert made[0]["title"] in prev.inner_text() and "Previous article" in prev.inner_text()
    assert made[2]["title"] in nxt.inner_text() and "Next article" in nxt.inner_text()
    nxt.click()
    page.wait_for_url(f"{server.url}/articles/{made[2]['article_id']}")
    page.locator("a.prev").click()
    page.wait_for_url(f"{server.url}/articles/{middle}")


def test_paste_form_gives_a_summary(page: Any, server: RunningServer) -> None:
    text = english("paste form", 600)
    page.goto(f"{server.url}/summarize")
    page.fill("#text", text)
    page.click("#summarize-submit")
    page.wait_for_url("**/articles/*?summary=open")
    page.locator("#summary-points li").first.wait_for()
    assert "paste form" in page.inner_text("h1.headline")
    page.goto(f"{server.url}/summarize")
    page.fill("#url", "http://127.0.0.1:9/nothing-listens-here")
    page.click("#summarize-submit")
    assert page.locator("#form-error").is_visible()


def test_widget_on_a_publisher_page_from_another_port(
    page: Any, server: RunningServer, http_server: Any
) -> None:
    title = "Tram line approved after long debate"
    http_server.routes["/news/tram"] = respond(200, publisher_page(title, server.url))
    page.goto(http_server.url("/news/tram"))
    frame_element = page.locator("iframe.nutgraf-widget")
    frame_element.wait_for()
    src = frame_element.get_attribute("src")
    assert src.startswith(f"{server.url}/widget?url=")
    frame = page.frame_locator("iframe.nutgraf-widget")
    frame.locator("#summary-button").click()
    frame.locator("#summary-points li").first.wait_for()
    points = frame.locator("#summary-points li").all_inner_texts()
    assert any("tram" in p.lower() for p in points)
    # The host page cannot reach into the widget: it is another origin.
    assert (
        page.evaluate(
            "() => { try { return !!document.querySelector('iframe').contentDocument; }"
            " catch (e) { return false; } }"
        )
        is False
    )
    page.wait_for_function("document.querySelector('iframe').offsetHeight > 80")
    assert "/news/tram" in http_server.hits  # nutgraf fetched the publisher's page itself


def test_hostile_page_runs_no_script(
    page: Any, server: RunningServer, client: httpx.Client, http_server: Any
) -> None:
    beacon = http_server.url("/beacon")
    http_server.routes["/beacon"] = respond(200, b"hit")
    response = client.post("/api/v1/summaries", json={"html": hostile_page(beacon)})
    assert response.status_code == 201, response.text
    article_id = response.json()["article_id"]
    for path in (f"/articles/{article_id}", "/"):
        page.goto(server.url + path)
        page.wait_for_load_state("load")
        if path != "/":
            page.click("#summary-button")
            page.locator("#summary-points li").first.wait_for()
            for link in page.locator("a").all():
                href = link.get_attribute("href") or ""
                assert not href.lower().strip().startswith("javascript:")
        page.wait_for_timeout(300)
        assert page.evaluate("window.__pwned") is None
    assert "/beacon" not in http_server.hits
    assert page.errors == []


def test_cross_site_form_post_is_refused(
    page: Any, server: RunningServer, client: httpx.Client, http_server: Any
) -> None:
    # A hostile page on another site (localhost is another site than 127.0.0.1) posts a
    # form to the reader's nutgraf: the browser says "cross-site", nutgraf refuses.
    before = client.get("/api/v1/articles").json()["total"]
    attack = (
        "<!doctype html><html><body>"
        f'<form id="f" method="post" action="{server.url}/summarize">'
        f'<textarea name="text">{english("csrf", 610)}</textarea></form>'
        "<script>document.getElementById('f').submit()</script></body></html>"
    ).encode()
    http_server.routes["/attack"] = respond(200, attack)
    with page.expect_response(f"{server.url}/summarize") as answered:
        page.goto(f"http://localhost:{http_server.port}/attack")
    response = answered.value
    assert response.status == 403
    assert response.request.all_headers().get("sec-fetch-site") == "cross-site"
    assert "cross_site" in response.text()
    assert client.get("/api/v1/articles").json()["total"] == before


def test_widget_embedded_by_another_site_still_summarizes(
    page: Any, server: RunningServer, http_server: Any
) -> None:
    # The publisher's page is another site; the widget's own requests are same-origin.
    title = "Ferry timetable changes after long debate"
    canonical = http_server.url("/news/ferry")
    http_server.routes["/news/ferry"] = respond(
        200, publisher_page(title, server.url, canonical=canonical)
    )
    page.goto(f"http://localhost:{http_server.port}/news/ferry")
    frame = page.frame_locator("iframe.nutgraf-widget")
    frame.locator("#summary-button").click()
    frame.locator("#summary-points li").first.wait_for()
    assert frame.locator("#summary-points li").count() >= 1
    assert page.errors == []
