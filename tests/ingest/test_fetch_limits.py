"""Hostile servers on loopback: huge bodies, bombs, trickles, loops and wrong types."""

from __future__ import annotations

import contextlib
import gzip
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator

import brotli
import pytest

from nutgraf.config import Config
from nutgraf.errors import FetchError
from nutgraf.ingest.fetch import fetch

Behaviour = Callable[[socket.socket], None]
LOCAL = Config(
    allowed_ports=None, allow_private_network=True, fetch_timeout=3.0, max_fetch_bytes=1_000_000
)
GIB = 1 << 30


@contextlib.contextmanager
def raw_server(behaviour: Behaviour) -> Iterator[str]:
    """A TCP server on loopback that hands each connection to ``behaviour``."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=handle, args=(conn,), daemon=True).start()

    def handle(conn: socket.socket) -> None:
        with contextlib.suppress(OSError), conn:
            conn.recv(65536)
            behaviour(conn)

    threading.Thread(target=serve, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/"
    finally:
        listener.close()


def headers(*lines: str) -> bytes:
    return ("HTTP/1.1 200 OK\r\n" + "".join(f"{line}\r\n" for line in lines) + "\r\n").encode()


def endless(conn: socket.socket, head: bytes) -> None:
    conn.sendall(head)
    block = b"<p>" + b"x" * 65_000 + b"</p>"
    sent = 0
    while sent < GIB:
        conn.sendall(block)
        sent += len(block)


def test_gigabyte_with_length_is_refused_before_reading() -> None:
    with (
        raw_server(
            lambda c: endless(c, headers("Content-Type: text/html", f"Content-Length: {GIB}"))
        ) as url,
        pytest.raises(FetchError, match="exceeds"),
    ):
        fetch(url, LOCAL)


def test_gigabyte_without_length_stops_at_the_cap() -> None:
    with (
        raw_server(
            lambda c: endless(c, headers("Content-Type: text/html", "Connection: close"))
        ) as url,
        pytest.raises(FetchError, match="exceeds"),
    ):
        fetch(url, LOCAL)


def test_gigabyte_chunked_stops_at_the_cap() -> None:
    def chunked(conn: socket.socket) -> None:
        conn.sendall(headers("Content-Type: text/html", "Transfer-Encoding: chunked"))
        block = b"y" * 60_000
        for _ in range(GIB // len(block)):
            conn.sendall(b"%x\r\n%s\r\n" % (len(block), block))

    with raw_server(chunked) as url, pytest.raises(FetchError, match="exceeds"):
        fetch(url, LOCAL)


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br"])
def test_compression_bombs_stop_at_the_cap(encoding: str) -> None:
    plain = b"a" * (200 * 1024 * 1024)  # 200 MB that compresses to ~200 kB (br: ~500 bytes)
    if encoding == "br":
        body = brotli.compress(plain, quality=5)
    else:
        body = gzip.compress(plain, 9) if encoding == "gzip" else zlib.compress(plain, 9)
    head = headers(
        "Content-Type: text/html", f"Content-Encoding: {encoding}", f"Content-Length: {len(body)}"
    )
    with (
        raw_server(lambda c: c.sendall(head + body)) as url,
        pytest.raises(FetchError, match="exceeds"),
    ):
        fetch(url, LOCAL)


def test_brotli_page_is_decoded() -> None:
    page = b"<html><body><p>" + "Новости дня. ".encode() * 2000 + b"</p></body></html>"
    body = brotli.compress(page)
    head = headers(
        "Content-Type: text/html; charset=utf-8",
        "Content-Encoding: br",
        f"Content-Length: {len(body)}",
    )
    with raw_server(lambda c: c.sendall(head + body)) as url:
        assert fetch(url, LOCAL).body == page


@pytest.mark.parametrize(
    ("encoding", "body", "reason"),
    [
        ("zstd", b"\x28\xb5\x2f\xfd" * 100, "unsupported content encoding"),
        ("br", b"\xff" * 400, "corrupt br body"),
    ],
)
def test_unknown_or_corrupt_encodings_are_refused(encoding: str, body: bytes, reason: str) -> None:
    head = headers(
        "Content-Type: text/html", f"Content-Encoding: {encoding}", f"Content-Length: {len(body)}"
    )
    with (
        raw_server(lambda c: c.sendall(head + body)) as url,
        pytest.raises(FetchError, match=reason),
    ):
        fetch(url, LOCAL)


@pytest.mark.parametrize("where", ["headers", "body"])
def test_one_byte_per_second_hits_the_total_deadline(where: str) -> None:
    def trickle(conn: socket.socket) -> None:
        data = headers("Content-Type: text/html", "Content-Length: 100000") + b"x" * 100_000
        if where == "body":
            conn.sendall(data[:200])
            data = data[200:]
        for byte in data:
            conn.sendall(bytes([byte]))
            time.sleep(1.0)

    start = time.monotonic()
    with raw_server(trickle) as url, pytest.raises(FetchError, match=r"within|timed out"):
        fetch(url, LOCAL.with_(fetch_timeout=2.0))
    assert time.monotonic() - start < 6  # generous: the point is that it ends near 2 s


def test_redirect_loop_is_cut() -> None:
    def loop(conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 302 Found\r\nLocation: /again\r\nContent-Length: 0\r\n\r\n")

    with raw_server(loop) as url, pytest.raises(FetchError, match="redirects"):
        fetch(url, LOCAL)


@pytest.mark.parametrize(
    "ctype", ["image/png", "application/octet-stream", "video/mp4", "application/pdf"]
)
def test_wrong_content_type_is_refused(ctype: str) -> None:
    head = headers(f"Content-Type: {ctype}", "Content-Length: 4")
    with (
        raw_server(lambda c: c.sendall(head + b"\x89PNG")) as url,
        pytest.raises(FetchError, match="content type"),
    ):
        fetch(url, LOCAL)


def test_garbage_answer_is_a_fetch_error() -> None:
    with (
        raw_server(lambda c: c.sendall(b"SSH-2.0-OpenSSH_9.2\r\n")) as url,
        pytest.raises(FetchError),
    ):
        fetch(url, LOCAL)


def test_tls_to_a_plain_server_fails_without_retrying_insecurely() -> None:
    hits: list[int] = []

    def plain(conn: socket.socket) -> None:
        hits.append(1)
        conn.sendall(headers("Content-Type: text/html", "Content-Length: 2") + b"ok")

    with raw_server(plain) as url, pytest.raises(FetchError):
        fetch(url.replace("http://", "https://"), LOCAL)
    assert len(hits) == 1  # one TLS attempt, no second try without verification


def test_body_cut_by_the_deadline_without_length_is_an_error() -> None:
    # No Content-Length, no chunking: the body ends when the connection does, so a watchdog
    # cut would look like a complete (short) page unless the fetcher knows it cut.
    def stall(conn: socket.socket) -> None:
        conn.sendall(headers("Content-Type: text/html", "Connection: close"))
        conn.sendall(b"<html><body><p>" + b"first part " * 100)
        time.sleep(6)
        conn.sendall(b"the rest</p></body></html>")

    with raw_server(stall) as url, pytest.raises(FetchError, match="within"):
        fetch(url, LOCAL.with_(fetch_timeout=1.0))
