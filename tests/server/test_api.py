"""The JSON API over real HTTP: summarize, cache, read, headers, and bad input as 4xx JSON."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import httpx
import pytest
from server_articles import EXAMPLE_EN, english
from server_harness import RunningServer, post_summary, respond


def test_health_and_openapi(client: httpx.Client) -> None:
    health = client.get("/health")
    assert health.status_code == 200
    assert health.json() == {"status": "ok"}
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/static/swagger/swagger-ui-bundle.js" in docs.text and "cdn" not in docs.text.lower()
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/v1/summaries", "/api/v1/summaries/{summary_id}", "/api/v1/articles"):
        assert path in paths


def test_summarize_text_has_cli_schema_and_id(client: httpx.Client) -> None:
    response = client.post("/api/v1/summaries", json={"text": EXAMPLE_EN, "points": 3})
    assert response.status_code in (200, 201)
    body = response.json()
    assert isinstance(body["id"], int) and isinstance(body["article_id"], int)
    expected = {"title", "language", "points", "facts", "article", "version", "word_budget"}
    assert expected <= body.keys()
    assert len(body["points"]) == 3
    stored = client.get(f"/api/v1/articles/{body['article_id']}").json()
    for point in body["points"]:
        assert stored["text"][point["start"] : point["end"]] == point["text"]


def test_repeat_request_returns_the_stored_summary(client: httpx.Client) -> None:
    text = english("ferry", 101)
    first = client.post("/api/v1/summaries", json={"text": text})
    again = client.post("/api/v1/summaries", json={"text": text})
    assert first.status_code == 201 and first.headers["x-nutgraf-cache"] == "miss"
    assert again.status_code == 200 and again.headers["x-nutgraf-cache"] == "hit"
    assert again.json() == first.json()
    # Same cleaned content through another door (HTML) is the same summary too.
    html = (
        "<html><body><article>"
        + "".join(f"<p>{p}</p>" for p in text.split("\n\n")[1:])
        + "</article></body></html>"
    )
    other_options = client.post("/api/v1/summaries", json={"text": text, "points": 1})
    assert other_options.json()["id"] != first.json()["id"]
    assert client.post("/api/v1/summaries", json={"html": html}).status_code in (200, 201)
    got = client.get(f"/api/v1/summaries/{first.json()['id']}")
    assert got.status_code == 200 and got.json() == first.json()


def test_summarize_url_through_the_safe_fetcher(client: httpx.Client, http_server) -> None:  # type: ignore[no-untyped-def]

    page = (
        "<html><head><title>Tram vote</title></head><body><article>"
        + "".join(f"<p>{p}</p>" for p in english("tram", 202).split("\n\n")[1:])
        + "</article></body></html>"
    )
    http_server.routes["/story"] = respond(200, page.encode())
    response = client.post("/api/v1/summaries", json={"url": http_server.url("/story")})
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["article"]["url"] == http_server.url("/story")
    listed = client.get("/api/v1/articles", params={"site": "127.0.0.1"}).json()
    assert body["article_id"] in [a["id"] for a in listed["items"]]


def test_articles_are_paged_newest_first(client: httpx.Client) -> None:
    ids = [post_summary(client, english("bus", 300 + i))["article_id"] for i in range(3)]
    page = client.get("/api/v1/articles", params={"limit": 2}).json()
    assert [a["id"] for a in page["items"]] == [ids[2], ids[1]]
    assert page["total"] >= 3 and "text" not in page["items"][0]
    following = client.get("/api/v1/articles", params={"limit": 2, "offset": 2}).json()
    assert following["items"][0]["id"] == ids[0]
    assert client.get("/api/v1/articles", params={"site": "no-such.site"}).json()["items"] == []


@pytest.mark.parametrize("path", ["/api/v1/summaries/999999", "/api/v1/articles/999999"])
def test_missing_is_404_json(client: httpx.Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def _chunks(total: int) -> Iterator[bytes]:
    sent = 0
    while sent < total:
        yield b"a" * 65536
        sent += 65536


BAD_REQUESTS = [
    ("malformed json", b'{"text": "oops', 400, "malformed_json"),
    ("not an object", b'["text"]', 422, "invalid_request"),
    ("wrong type", b'{"text": 42}', 422, "invalid_request"),
    ("points as string", b'{"text": "A. B.", "points": "3"}', 422, "invalid_request"),
    ("points out of range", b'{"text": "A. B.", "points": 0}', 422, "invalid_request"),
    ("two sources", b'{"text": "A.", "url": "https://example.org/"}', 422, "invalid_request"),
    ("no source", b"{}", 422, "invalid_request"),
    ("unknown field", b'{"text": "A. B.", "color": 1}', 422, "invalid_request"),
    ("empty body", b"", 422, "invalid_request"),
    ("empty text", b'{"text": ""}', 422, "bad_input"),
    ("blank text", b'{"text": "   \\n  "}', 422, "bad_input"),
    ("clutter only", b'{"text": "Home\\nLogin\\nShare"}', 422, None),
    ("binary text", b'{"text": "\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005"}', 422, None),
    ("file scheme", b'{"url": "file:///etc/passwd"}', 400, "url_refused"),
    ("javascript scheme", b'{"url": "javascript:alert(1)"}', 400, "url_refused"),
    ("ftp scheme", b'{"url": "ftp://example.org/x"}', 400, "url_refused"),
    ("bad language", b'{"text": "A. B.", "language": "../../x"}', 422, "invalid_request"),
]


@pytest.mark.parametrize(
    ("name", "payload", "status", "code"), BAD_REQUESTS, ids=[b[0] for b in BAD_REQUESTS]
)
def test_bad_input_is_4xx_json(
    client: httpx.Client, name: str, payload: bytes, status: int, code: str | None
) -> None:
    response = client.post(
        "/api/v1/summaries", content=payload, headers={"content-type": "application/json"}
    )
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["message"]
    if code:
        assert error["code"] == code


def test_unreachable_url_is_4xx(client: httpx.Client) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    response = client.post("/api/v1/summaries", json={"url": f"http://127.0.0.1:{port}/gone"})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "fetch_failed"


def test_oversize_body_is_413_before_reading(server: RunningServer, client: httpx.Client) -> None:
    limit = server.settings.max_body_bytes
    declared = client.post(
        "/api/v1/summaries",
        content=b"x" * (limit + 1),
        headers={"content-type": "application/json"},
    )
    assert declared.status_code == 413
    assert declared.json()["error"]["code"] == "too_large"
    chunked = client.post(
        "/api/v1/summaries",
        content=_chunks(limit + 65536),
        headers={"content-type": "application/json"},
    )
    assert chunked.status_code == 413


def test_oversize_body_with_expect_continue_is_413_before_any_is_sent(
    server: RunningServer,
) -> None:
    host, port = server.url.removeprefix("http://").split(":")
    limit = server.settings.max_body_bytes
    head = (
        f"POST /api/v1/summaries HTTP/1.1\r\nHost: {host}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {limit * 2}\r\n"
        "Expect: 100-continue\r\n\r\n"
    )
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(head.encode())  # and no body: the answer must come first
        answer = b""
        while b"\r\n\r\n" not in answer:
            chunk = sock.recv(65536)
            assert chunk, f"closed without an answer: {answer!r}"
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 413"), answer[:80]


def test_cors_only_on_public_reads(client: httpx.Client) -> None:
    origin = {"Origin": "https://publisher.example"}
    assert (
        client.get("/api/v1/articles", headers=origin).headers["access-control-allow-origin"] == "*"
    )
    read = client.get("/health", headers=origin)
    assert read.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-credentials" not in read.headers
    post = client.post("/api/v1/summaries", json={"text": ""}, headers=origin)
    assert "access-control-allow-origin" not in post.headers
    preflight = client.options(
        "/api/v1/summaries", headers={**origin, "Access-Control-Request-Method": "POST"}
    )
    assert "access-control-allow-origin" not in preflight.headers


def test_pages_send_strict_csp(client: httpx.Client) -> None:
    page = client.get("/")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "object-src 'none'" in csp
    assert "frame-ancestors 'none'" in csp
    widget = client.get("/widget", params={"url": "https://example.org/a"})
    assert "frame-ancestors *" in widget.headers["content-security-policy"]
    assert "x-frame-options" not in widget.headers


def test_summary_json_round_trips(client: httpx.Client) -> None:
    body = post_summary(client, english("bridge", 400))
    assert json.loads(json.dumps(body)) == client.get(f"/api/v1/summaries/{body['id']}").json()
