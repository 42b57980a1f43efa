from __future__ import annotations

import gzip
from http.server import BaseHTTPRequestHandler

import pytest

from helpers import LoopbackServer, respond
from nutgraf.config import Config
from nutgraf.errors import FetchError, RefusedError
from nutgraf.ingest.fetch import check_url, fetch

LOCAL = Config(allowed_ports=None, allow_private_network=True, fetch_timeout=5.0)


def test_fetch_returns_body_and_type(http_server: LoopbackServer) -> None:
    http_server.routes["/a"] = respond(200, b"<html><p>Hi</p></html>")
    got = fetch(http_server.url("/a"), LOCAL)
    assert got.body == b"<html><p>Hi</p></html>"
    assert got.content_type.startswith("text/html")


def test_fetch_follows_redirects_up_to_limit(http_server: LoopbackServer) -> None:
    for i in range(7):
        http_server.routes[f"/r{i}"] = respond(302, b"", Location=f"/r{i + 1}")
    http_server.routes["/r7"] = respond(200, b"done", "text/plain")
    assert fetch(http_server.url("/r3"), LOCAL).body == b"done"  # 4 hops
    with pytest.raises(FetchError, match="redirects"):
        fetch(http_server.url("/r0"), LOCAL)  # 7 hops


def test_fetch_caps_declared_and_streamed_size(http_server: LoopbackServer) -> None:
    http_server.routes["/big"] = respond(200, b"x" * 5000)
    small = LOCAL.with_(max_fetch_bytes=1000)
    with pytest.raises(FetchError, match="exceeds"):
        fetch(http_server.url("/big"), small)

    def bomb(handler: BaseHTTPRequestHandler) -> None:
        body = gzip.compress(b"a" * 2_000_000)
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Encoding", "gzip")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    http_server.routes["/bomb"] = bomb
    with pytest.raises(FetchError, match="exceeds"):
        fetch(http_server.url("/bomb"), LOCAL.with_(max_fetch_bytes=100_000))


def test_fetch_rejects_http_errors_and_types(http_server: LoopbackServer) -> None:
    http_server.routes["/img"] = respond(200, b"\x89PNG", "image/png")
    with pytest.raises(FetchError, match="content type"):
        fetch(http_server.url("/img"), LOCAL)
    with pytest.raises(FetchError, match="404"):
        fetch(http_server.url("/missing"), LOCAL)


def test_fetch_unreachable_is_fetch_error() -> None:
    with pytest.raises(FetchError):
        fetch("http://127.0.0.1:9/", LOCAL)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("file:///etc/passwd", "scheme"),
        ("gopher://example.org/", "scheme"),
        ("ftp://example.org/x", "scheme"),
        ("http://user:pw@example.org/", "credentials"),
        ("http://example.org:8080/", "port"),
        ("http:///nohost", "host"),
    ],
)
def test_check_url_refuses(url: str, reason: str) -> None:
    with pytest.raises(RefusedError, match=reason):
        check_url(url, Config())


def test_loopback_is_refused_by_default_and_no_request_arrives(http_server: LoopbackServer) -> None:
    http_server.routes["/a"] = respond(200, b"secret")
    with pytest.raises(RefusedError, match=r"refused: 127\.0\.0\.1 resolves to a non-public"):
        fetch(http_server.url("/a"), Config(allowed_ports=None))
    assert http_server.hits == []


def test_any_bad_answer_refuses_and_pinning_uses_the_checked_address(
    http_server: LoopbackServer,
) -> None:
    http_server.routes["/a"] = respond(200, b"ok", "text/plain")
    mixed = Config(allowed_ports=None)
    with pytest.raises(RefusedError, match=r"news\.test resolves to a non-public address"):
        fetch(
            f"http://news.test:{http_server.port}/a",
            mixed,
            resolver=lambda h, p: ["93.184.216.34", "10.0.0.5"],
        )
    # With private networks allowed, the checked answer is the one connected to.
    got = fetch(
        f"http://news.test:{http_server.port}/a", LOCAL, resolver=lambda h, p: ["127.0.0.1"]
    )
    assert got.body == b"ok" and got.url == f"http://news.test:{http_server.port}/a"


@pytest.mark.parametrize(
    "url",
    [
        "http://2130706433/",
        "http://0x7f.1/",
        "http://0177.0.0.1/",
        "http://127.1/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::1]/",
        "http://169.254.169.254/latest/meta-data/",
        "http://100.100.100.200/",
        "http://168.63.129.16/",
        "http://[64:ff9b::7f00:1]/",
        "http://[2002:7f00:1::]/",
        "http://[fd00::1]/",
        "http://0.0.0.0/",
    ],
)
def test_inward_spellings_are_refused(url: str) -> None:
    with pytest.raises(RefusedError, match="refused"):
        fetch(url, Config())
