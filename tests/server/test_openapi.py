"""/docs tells the truth: every route declares its answer's shape and the one error body,
and real answers from a running server match those declarations field for field."""

from __future__ import annotations

import html as html_lib
from typing import Any

import httpx
import pytest
from pydantic import BaseModel
from server_articles import EXAMPLE_EN, english
from server_harness import post_summary

from helpers import LoopbackServer, respond
from nutgraf.server.schemas import (
    ArticleList,
    ArticleOut,
    ErrorResponse,
    FeedItemList,
    FeedList,
    FeedOut,
    Health,
    SummaryOut,
)

pytestmark = pytest.mark.network


def _schema_name(response: dict[str, Any]) -> str | None:
    ref = response.get("content", {}).get("application/json", {}).get("schema", {}).get("$ref")
    return ref.rsplit("/", 1)[1] if ref else None


def test_every_route_declares_its_answer_and_the_error_model(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    assert "HTTPValidationError" not in spec["components"]["schemas"]
    operations = [(m, p, op) for p, ops in spec["paths"].items() for m, op in ops.items()]
    assert len(operations) >= 10
    for method, path, op in operations:
        statuses = op["responses"]
        ok = [s for s in statuses if s.startswith("2")]
        assert ok, (method, path)
        for status in ok:
            assert _schema_name(statuses[status]) not in (None, "ErrorResponse"), (path, status)
        failures = [s for s in statuses if s[0] in "45"]
        assert "500" in failures, (method, path)
        for status in failures:
            assert _schema_name(statuses[status]) == "ErrorResponse", (method, path, status)


def _holds(model: type[BaseModel], body: Any) -> None:
    model.model_validate(body)  # unknown fields are forbidden: a drift fails here


def test_real_answers_match_the_declared_models(
    client: httpx.Client, http_server: LoopbackServer
) -> None:
    made = post_summary(client, english("openapi", 777), points=2)
    _holds(SummaryOut, made)
    again = client.post("/api/v1/summaries", json={"text": english("openapi", 777), "points": 2})
    assert again.status_code == 200
    _holds(SummaryOut, again.json())
    _holds(SummaryOut, client.get(f"/api/v1/summaries/{made['id']}").json())
    article_id = made["article_id"]
    _holds(ArticleOut, client.get(f"/api/v1/articles/{article_id}").json())
    _holds(ArticleList, client.get("/api/v1/articles", params={"limit": 5}).json())
    _holds(SummaryOut, client.post(f"/api/v1/articles/{article_id}/summary").json())
    _holds(Health, client.get("/health").json())

    page = html_lib.escape(EXAMPLE_EN)
    http_server.routes["/story"] = respond(200, f"<html><body><p>{page}</p></body></html>".encode())
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>OpenAPI News</title>'
        f"<item><title>Story</title><link>{http_server.url('/story')}</link></item>"
        "</channel></rss>"
    )
    http_server.routes["/rss"] = respond(200, feed.encode(), "application/rss+xml")
    created = client.post("/api/v1/feeds", json={"url": http_server.url("/rss")})
    assert created.status_code == 201, created.text
    _holds(FeedOut, created.json())
    feed_id = created.json()["id"]
    _holds(FeedList, client.get("/api/v1/feeds").json())
    _holds(FeedOut, client.get(f"/api/v1/feeds/{feed_id}").json())
    _holds(FeedItemList, client.get(f"/api/v1/feeds/{feed_id}/items").json())


@pytest.mark.parametrize(
    ("method", "path", "body", "status"),
    [
        ("get", "/api/v1/summaries/999999", None, 404),
        ("get", "/api/v1/articles/0", None, 422),
        ("get", "/api/v1/articles?limit=1000", None, 422),
        ("post", "/api/v1/summaries", {"text": "x", "html": "y"}, 422),
        ("post", "/api/v1/summaries", {"text": "   "}, 422),
        ("post", "/api/v1/summaries", {"text": english("lang", 1), "language": "xx"}, 422),
        ("post", "/api/v1/summaries", {"url": "http://[::1"}, 400),
        ("get", "/api/v1/feeds/999999", None, 404),
        ("get", "/api/v1/nothing-here", None, 404),
    ],
)
def test_error_answers_match_the_error_model(
    client: httpx.Client, method: str, path: str, body: Any, status: int
) -> None:
    response = client.request(method, path, json=body)
    assert response.status_code == status, response.text
    _holds(ErrorResponse, response.json())


def test_malformed_json_is_the_error_model_too(client: httpx.Client) -> None:
    response = client.post(
        "/api/v1/summaries", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    _holds(ErrorResponse, response.json())
    assert response.json()["error"]["code"] == "malformed_json"


def test_an_unknown_language_is_refused(client: httpx.Client) -> None:
    body = {"text": english("language", 2), "language": "xx"}
    answer = client.post("/api/v1/summaries", json=body).json()
    assert answer["error"]["code"] == "bad_input"
    assert "unknown language code 'xx'" in answer["error"]["message"]
