"""``--allow-private-network`` means the same in summarize, feed, batch and serve (issue 14,
item 4): loopback and private addresses on any port, never link-local or cloud metadata.

Each command runs as a real subprocess with ``tests/netguard_site`` on its ``PYTHONPATH``:
its ``sitecustomize`` refuses, before any packet, every connect outside loopback (in the
command's own worker processes too) and logs it. URLs name addresses as literals, so no
name is ever looked up. The log must stay empty: a refusal happened before connecting.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from helpers import LoopbackServer, respond

pytestmark = pytest.mark.network

SITE = Path(__file__).parent / "netguard_site"
METADATA = ["http://169.254.169.254/latest/meta-data/", "http://[::ffff:169.254.169.254]:8080/"]
PAGE = (
    "<html><head><title>Tram vote</title></head><body><article>"
    + "".join(
        f"<p>The city council voted on Tuesday to approve a tram plan worth {12 + i} million "
        f"dollars, officials said, after a long debate number {i}.</p>"
        for i in range(4)
    )
    + "</article></body></html>"
).encode()


@pytest.fixture
def guarded(tmp_path: Path) -> Iterator[tuple[dict[str, str], Path]]:
    log = tmp_path / "outside.log"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SITE), os.environ.get("PYTHONPATH", "")]),
        "NUTGRAF_NETGUARD_LOG": str(log),
        "NUTGRAF_DB": f"sqlite:///{tmp_path / 'nutgraf.db'}",
    }
    for name in ("NUTGRAF_ALLOWED_PORTS", "NUTGRAF_ALLOWED_NETWORKS"):
        env.pop(name, None)
    yield env, log
    assert not log.exists() or log.read_text() == "", "a connect outside loopback was attempted"


def _nutgraf(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nutgraf", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


def test_guard_is_active_in_subprocesses(guarded: tuple[dict[str, str], Path]) -> None:
    env, log = guarded
    code = "import socket; s = socket.socket(); print(s.connect_ex(('192.0.2.1', 80)))"
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.stdout.strip() == "111"
    assert log.read_text().split() == ["192.0.2.1", "80"]
    log.unlink()


def test_summarize(guarded: tuple[dict[str, str], Path], http_server: LoopbackServer) -> None:
    env, _ = guarded
    http_server.routes["/story"] = respond(200, PAGE)
    for url in METADATA:
        done = _nutgraf(env, "summarize", url, "--allow-private-network")
        assert done.returncode == 2, done.stderr
        assert "resolves to a non-public address" in done.stderr
    # Any port under the switch, as for serve, feed and batch (it was 80 and 443 here).
    done = _nutgraf(env, "summarize", http_server.url("/story"), "--allow-private-network")
    assert done.returncode == 0, done.stderr
    assert "tram" in done.stdout.lower()


def test_feed_add(guarded: tuple[dict[str, str], Path], http_server: LoopbackServer) -> None:
    env, _ = guarded
    rss = b'<rss version="2.0"><channel><title>Local</title><item><title>a</title><link>http://127.0.0.1/a</link></item></channel></rss>'
    http_server.routes["/rss"] = respond(200, rss, "application/rss+xml")
    for url in METADATA:
        done = _nutgraf(env, "feed", "add", url, "--allow-private-network")
        assert done.returncode == 2, done.stderr
        assert "resolves to a non-public address" in done.stderr
    done = _nutgraf(env, "feed", "add", http_server.url("/rss"), "--allow-private-network")
    assert done.returncode == 0, done.stderr


def test_batch(
    guarded: tuple[dict[str, str], Path], http_server: LoopbackServer, tmp_path: Path
) -> None:
    env, _ = guarded
    http_server.routes["/story"] = respond(200, PAGE)
    records = [{"id": f"m{i}", "url": url} for i, url in enumerate(METADATA)]
    records.append({"id": "local", "url": http_server.url("/story")})
    path = tmp_path / "urls.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    out = tmp_path / "out"
    done = _nutgraf(
        env, "batch", str(path), "--out", str(out), "-j", "1", "--allow-private-network"
    )
    assert done.returncode == 5, done.stderr  # records failed (the refused ones): exit 5
    got = {}
    for shard in out.glob("*.jsonl"):
        for line in shard.read_text().splitlines():
            record = json.loads(line)
            got[record["id"]] = (record["status"], record["error"])
    assert got["local"] == ("ok", None)
    for i in range(len(METADATA)):
        status, error = got[f"m{i}"]
        assert status == "RefusedError" and "non-public" in error


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_serve(
    guarded: tuple[dict[str, str], Path], http_server: LoopbackServer, tmp_path: Path
) -> None:
    env, _ = guarded
    http_server.routes["/story"] = respond(200, PAGE)
    port = _free_port()
    args = ["serve", "--port", str(port), "--workers", "1", "--allow-private-network"]
    with (tmp_path / "serve.log").open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "nutgraf", *args], env=env, stdout=log, stderr=log
        )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 180
        with httpx.Client(base_url=base, timeout=60.0) as client:
            while True:
                try:
                    if client.get("/health").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert process.poll() is None and time.monotonic() < deadline, "serve did not start"
                time.sleep(0.5)
            for url in METADATA:
                refused = client.post("/api/v1/summaries", json={"url": url})
                assert refused.status_code == 400, refused.text
                assert "non-public" in refused.json()["error"]["message"]
            made = client.post("/api/v1/summaries", json={"url": http_server.url("/story")})
            assert made.status_code == 201, made.text
    finally:
        process.terminate()
        process.wait(30)
