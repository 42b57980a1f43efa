"""Abuse control over real HTTP: per-IP and per-key limits, keys in headers only, 503 at capacity."""

from __future__ import annotations

import threading
import time

import httpx
import pytest
from server_articles import english
from server_harness import RunningServer, ServerFactory, respond

from nutgraf.ingest.urls import site_origin
from nutgraf.store import Store


@pytest.fixture(scope="module")
def limited(server_factory: ServerFactory) -> RunningServer:
    """A server allowing 3 anonymous and 5 keyed summarize requests per minute."""
    return server_factory(anon_per_minute=3, key_per_minute=5)


# The limiter counts in fixed windows of the wall clock (60 s here): a burst that
# straddled a window's end would be counted in two, and a 4th request could pass. Each
# test on the limited server starts its burst with at least this long left in the window.
_BURST_S = 20.0


@pytest.fixture(autouse=True)
def _inside_one_window(request: pytest.FixtureRequest) -> None:
    if "limited" in request.fixturenames:
        left = 60 - time.time() % 60
        if left < _BURST_S:
            time.sleep(left + 0.05)


def _key(server: RunningServer, name: str, rate: int | None = None) -> str:
    store = Store.open(server.db_url)
    try:
        return store.create_api_key(name, rate_per_minute=rate)
    finally:
        store.close()


def test_anonymous_limit_then_429_with_retry_after(limited: RunningServer) -> None:
    with limited.client() as client:
        statuses = [
            client.post("/api/v1/summaries", json={"text": english("anon", i)}).status_code
            for i in range(4)
        ]
        assert statuses[:3] == [201, 201, 201]
        assert statuses[3] == 429
        last = client.post("/api/v1/summaries", json={"text": english("anon", 9)})
        assert last.status_code == 429
        assert 1 <= int(last.headers["retry-after"]) <= 61
        assert last.json()["error"]["code"] == "rate_limited"
        # Reading stays public and unlimited.
        assert client.get("/api/v1/articles").status_code == 200


def test_behind_a_proxy_on_loopback_each_reader_has_its_limit(limited: RunningServer) -> None:
    """A reverse proxy on this machine names the reader in X-Forwarded-For (trusted from
    127.0.0.1 by default, `nutgraf serve --forwarded-allow-ips` otherwise)."""
    with limited.client() as client:

        def post(reader: str, i: int) -> int:
            return client.post(
                "/api/v1/summaries",
                json={"text": english(f"proxied {reader}", i)},
                headers={"X-Forwarded-For": reader},
            ).status_code

        assert [post("203.0.113.7", i) for i in range(4)] == [201, 201, 201, 429]
        assert post("203.0.113.8", 0) == 201  # another reader behind the same proxy


def test_api_key_has_its_own_limit(limited: RunningServer) -> None:
    key = _key(limited, "publisher-a")
    with limited.client(headers={"X-API-Key": key}) as client:
        statuses = [
            client.post("/api/v1/summaries", json={"text": english("keyed", i)}).status_code
            for i in range(6)
        ]
    assert statuses == [201] * 5 + [429]
    bearer = _key(limited, "publisher-b", rate=1)
    with limited.client(headers={"Authorization": f"Bearer {bearer}"}) as client:
        first = client.post("/api/v1/summaries", json={"text": english("bearer", 1)})
        second = client.post("/api/v1/summaries", json={"text": english("bearer", 2)})
    assert (first.status_code, second.status_code) == (201, 429)


def test_bad_key_and_key_in_query(limited: RunningServer) -> None:
    with limited.client() as client:
        bad = client.post(
            "/api/v1/summaries", json={"text": "A. B."}, headers={"X-API-Key": "ng_nope"}
        )
        assert bad.status_code == 401 and bad.json()["error"]["code"] == "bad_key"
        key = _key(limited, "leaky")
        query = client.post("/api/v1/summaries", params={"api_key": key}, json={"text": "A. B."})
        assert query.status_code == 400 and query.json()["error"]["code"] == "key_in_query"


def test_revoked_key_is_refused(limited: RunningServer) -> None:
    key = _key(limited, "gone")
    store = Store.open(limited.db_url)
    assert store.revoke_api_key("gone")
    store.close()
    with limited.client(headers={"X-API-Key": key}) as client:
        assert client.post("/api/v1/summaries", json={"text": "A. B."}).status_code == 401


def test_require_key_closes_anonymous_path(server_factory: ServerFactory) -> None:
    closed = server_factory(require_key=True)
    with closed.client() as client:
        anon = client.post("/api/v1/summaries", json={"text": english("closed")})
        assert anon.status_code == 401 and anon.json()["error"]["code"] == "key_required"
        key = _key(closed, "member")
        ok = client.post(
            "/api/v1/summaries", json={"text": english("closed")}, headers={"X-API-Key": key}
        )
        assert ok.status_code == 201
        summary_id = ok.json()["id"]
        assert client.get(f"/api/v1/summaries/{summary_id}").status_code == 200


def test_open_site_is_summarized_without_a_key_when_keys_are_required(
    server_factory: ServerFactory,
    http_server,  # type: ignore[no-untyped-def]
) -> None:
    page = b"<html><head><title>Tram vote</title></head><body><article><h1>Tram vote</h1>"
    page += (
        b"".join(f"<p>{english('open site', i)}</p>".encode() for i in range(3))
        + b"</article></body></html>"
    )
    http_server.routes["/story"] = respond(200, page)
    own = http_server.url("/story")  # http://127.0.0.1:PORT/story: the publisher's site
    closed = server_factory(require_key=True, open_sites=(site_origin(own),))
    with closed.client() as client:
        ok = client.post("/api/v1/summaries", json={"url": own})
        assert ok.status_code == 201, ok.text
        elsewhere = own.replace("127.0.0.1", "localhost")  # another origin, same server
        for body in ({"url": elsewhere}, {"text": english("open site", 9)}):
            refused = client.post("/api/v1/summaries", json=body)
            assert refused.status_code == 401
            assert refused.json()["error"]["code"] == "key_required"


def test_over_capacity_gets_503_at_once(server_factory: ServerFactory, http_server) -> None:  # type: ignore[no-untyped-def]
    busy = server_factory(max_in_flight=1)
    http_server.routes["/slow"] = respond(200, b"<html><body><p>Slow.</p></body></html>", delay=2.0)
    with busy.client() as client:
        slow = threading.Thread(
            target=client.post,
            args=("/api/v1/summaries",),
            kwargs={"json": {"url": http_server.url("/slow")}},
        )
        slow.start()
        deadline = time.monotonic() + 5
        while "/slow" not in http_server.hits and time.monotonic() < deadline:
            time.sleep(0.01)
        refused = client.post("/api/v1/summaries", json={"text": english("overflow")})
        # At once: answered while the slow request (2 s at the site) still holds the slot,
        # not queued behind it.
        in_flight = slow.is_alive()
        slow.join()
    assert refused.status_code == 503
    assert refused.headers["retry-after"] == "1"
    assert refused.json()["error"]["code"] == "busy"
    assert in_flight


def test_keys_cli_prints_a_key_once_and_stores_its_hash(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from nutgraf.cli import app

    db = f"sqlite:///{tmp_path / 'keys.db'}"
    result = CliRunner().invoke(app, ["keys", "create", "example-news", "--db", db])
    assert result.exit_code == 0, result.output
    secret = result.stdout.strip().splitlines()[0]
    assert secret.startswith("ng_")
    store = Store.open(db)
    found = store.find_api_key(secret)
    assert found is not None and found.name == "example-news"
    with store.engine.connect() as conn:
        dump = "\n".join(
            " ".join(map(str, row)) for row in conn.exec_driver_sql("SELECT * FROM api_keys")
        )
    assert secret not in dump
    store.close()
    again = CliRunner().invoke(app, ["keys", "create", "example-news", "--db", db])
    assert again.exit_code == 2
    listed = CliRunner().invoke(app, ["keys", "list", "--db", db])
    assert "example-news" in listed.stdout and secret not in listed.stdout


def test_serve_help_has_an_example() -> None:
    from typer.testing import CliRunner

    from nutgraf.cli import app

    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    assert "Example: nutgraf serve" in result.stdout and "--require-key" in result.stdout


def test_concurrent_clients_share_one_count(limited: RunningServer) -> None:
    key = _key(limited, "shared", rate=4)
    codes: list[int] = []

    def one(i: int) -> None:
        with httpx.Client(base_url=limited.url, timeout=30, headers={"X-API-Key": key}) as c:
            codes.append(c.post("/api/v1/summaries", json={"text": english("race", i)}).status_code)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert codes.count(429) == 4


def test_serve_refuses_an_open_site_that_is_not_a_url(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from nutgraf.cli import app

    db = f"sqlite:///{tmp_path / 'serve.db'}"
    result = CliRunner().invoke(app, ["serve", "--db", db, "--open-site", "example.org"])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "nutgraf: error: --open-site needs an http(s) URL such as https://example.org: "
        "'example.org'"
    )


def test_serve_refuses_forwarded_allow_ips_that_are_not_addresses(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from nutgraf.cli import app

    db = f"sqlite:///{tmp_path / 'serve.db'}"
    args = ["serve", "--db", db, "--forwarded-allow-ips", "10.0.0.0/8,proxy.local"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "nutgraf: error: --forwarded-allow-ips takes addresses or networks (or *): 'proxy.local'"
    )
