"""The reader's pages say what each date is: the story's publication date, or the day it
was stored, never one dressed as the other."""

from __future__ import annotations

import httpx
import pytest
from lxml import html as lxml_html
from server_articles import english
from server_harness import post_summary

pytestmark = pytest.mark.network

DATED = (
    "<html><head><title>Bridge reopens</title>"
    '<meta property="article:published_time" content="2024-03-05"></head><body><article>'
    "<h1>Bridge reopens after repairs</h1>"
    "<p>The old bridge over the river reopened on Monday after two years of repairs that cost "
    "18 million euros, the city said in a statement.</p>"
    "<p>Traffic will be limited to buses and bicycles until the end of the month, officials "
    "said, while engineers finish their checks of the structure.</p>"
    "</article></body></html>"
)


def _meta(client: httpx.Client, article_id: int) -> lxml_html.HtmlElement:
    page = client.get(f"/articles/{article_id}")
    assert page.status_code == 200
    meta: lxml_html.HtmlElement = lxml_html.fromstring(page.text).cssselect("p.meta")[0]
    return meta


def test_a_published_date_is_labelled_and_the_stored_date_too(client: httpx.Client) -> None:
    made = client.post("/api/v1/summaries", json={"html": DATED}).json()
    meta = _meta(client, made["article_id"])
    (published,) = meta.cssselect(".published")
    assert published.text_content().split() == ["Published", "2024-03-05"]
    assert published.cssselect("time")[0].get("datetime") == "2024-03-05"
    (added,) = meta.cssselect(".added")
    assert added.text_content().startswith("Added ")


def test_text_without_a_date_shows_only_when_it_was_added(client: httpx.Client) -> None:
    made = post_summary(client, english("dates", 31))
    meta = _meta(client, made["article_id"])
    assert meta.cssselect(".published") == []
    (added,) = meta.cssselect(".added")
    assert added.text_content().startswith("Added ")
    listing = lxml_html.fromstring(client.get("/").text)
    item = next(
        li
        for li in listing.cssselect("ol.articles li")
        if li.cssselect("a.title")[0].get("href") == f"/articles/{made['article_id']}"
    )
    assert item.cssselect(".added")[0].text_content().startswith("added ")
    assert item.cssselect(".published") == []


def test_favicon_is_served(client: httpx.Client) -> None:
    icon = client.get("/favicon.ico")
    assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg+xml")
    assert b"<svg" in icon.content
