"""Server-side request forgery: attack vectors against canary servers on loopback.

Every vector must be refused before a TCP connection opens to a canary; a control server
on 127.0.0.2 (allowed through ``allowed_networks``, as an intranet deployment would) shows
that ordinary fetching still works through the same connect path.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from nutgraf.config import Config
from nutgraf.errors import RefusedError
from nutgraf.ingest.fetch import fetch, resolve

CONTROL_IP = "127.0.0.2"


@dataclass
class Canary:
    """Listens on 127.0.0.1 and ::1 at one port and counts every TCP connection."""

    port: int = 0
    connections: int = 0
    sockets: list[socket.socket] = field(default_factory=list)

    def serve(self, sock: socket.socket) -> None:
        while True:
            try:
                conn, _ = sock.accept()
            except OSError:
                return
            self.connections += 1
            with contextlib.suppress(OSError):
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nsecret")
            conn.close()


@pytest.fixture(scope="module")
def canary() -> Iterator[Canary]:
    state = Canary()
    v4 = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    v4.bind(("127.0.0.1", 0))
    state.port = v4.getsockname()[1]
    state.sockets.append(v4)
    with contextlib.suppress(OSError):
        v6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
        v6.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        v6.bind(("::1", state.port))
        state.sockets.append(v6)
    for sock in state.sockets:
        sock.listen(16)
        threading.Thread(target=state.serve, args=(sock,), daemon=True).start()
    yield state
    for sock in state.sockets:
        sock.close()


@dataclass
class Control:
    port: int
    hits: list[str]
    redirects: dict[str, str]

    def url(self, path: str, host: str = CONTROL_IP) -> str:
        return f"http://{host}:{self.port}{path}"


@pytest.fixture(scope="module")
def control() -> Iterator[Control]:
    hits: list[str] = []
    redirects: dict[str, str] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            target = redirects.get(self.path)
            if target:
                self.send_response(302)
                self.send_header("Location", target)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body = b"<html><body><p>public control page</p></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer((CONTROL_IP, 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield Control(httpd.server_address[1], hits, redirects)
    httpd.shutdown()
    httpd.server_close()


def config() -> Config:
    return Config(allowed_ports=None, allowed_networks=(f"{CONTROL_IP}/32",), fetch_timeout=5.0)


def fake_dns(table: dict[str, Sequence[str]]) -> Callable[[str, int], Sequence[str]]:
    def resolver(host: str, port: int) -> Sequence[str]:
        if host in table:
            return table[host]
        return resolve(host, port, 2.0)

    return resolver


# (id, URL template with {p} for the canary port, fake DNS answers)
DIRECT: list[tuple[str, str, dict[str, Sequence[str]]]] = [
    ("loopback", "http://127.0.0.1:{p}/", {}),
    ("localhost", "http://localhost:{p}/", {}),
    ("decimal", "http://2130706433:{p}/", {}),
    ("hex", "http://0x7f000001:{p}/", {}),
    ("hex-dotted", "http://0x7f.0.0.1:{p}/", {}),
    ("octal", "http://0177.0.0.1:{p}/", {}),
    ("short", "http://127.1:{p}/", {}),
    ("ipv6-loopback", "http://[::1]:{p}/", {}),
    ("ipv4-mapped", "http://[::ffff:127.0.0.1]:{p}/", {}),
    ("ipv4-mapped-hex", "http://[::ffff:7f00:1]:{p}/", {}),
    ("this-network", "http://0.0.0.0:{p}/", {}),
    ("metadata-aws", "http://169.254.169.254:{p}/latest/meta-data/", {}),
    ("metadata-alibaba", "http://100.100.100.200:{p}/", {}),
    ("metadata-azure", "http://168.63.129.16:{p}/", {}),
    ("cgnat", "http://100.64.0.1:{p}/", {}),
    ("private-10", "http://10.0.0.1:{p}/", {}),
    ("private-172", "http://172.16.0.1:{p}/", {}),
    ("private-192", "http://192.168.1.1:{p}/", {}),
    ("multicast", "http://224.0.0.1:{p}/", {}),
    ("reserved", "http://240.0.0.1:{p}/", {}),
    ("nat64", "http://[64:ff9b::7f00:1]:{p}/", {}),
    ("6to4", "http://[2002:7f00:1::]:{p}/", {}),
    ("teredo", "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]:{p}/", {}),
    ("ula", "http://[fd00::1]:{p}/", {}),
    ("link-local-v6", "http://[fe80::1]:{p}/", {}),
    ("dns-to-loopback", "http://evil.test:{p}/", {"evil.test": ["127.0.0.1"]}),
    ("dns-to-mapped", "http://evil.test:{p}/", {"evil.test": ["::ffff:127.0.0.1"]}),
    ("dns-to-metadata", "http://evil.test:{p}/", {"evil.test": ["169.254.169.254"]}),
    ("dns-mixed-good-first", "http://evil.test:{p}/", {"evil.test": [CONTROL_IP, "127.0.0.1"]}),
    ("dns-mixed-bad-first", "http://evil.test:{p}/", {"evil.test": ["127.0.0.1", CONTROL_IP]}),
    ("userinfo", "http://user:pass@127.0.0.2:{p}/", {}),
    ("userinfo-at-trick", "http://127.0.0.2:{p}@127.0.0.1:{p}/", {}),
    ("file-scheme", "file:///etc/passwd", {}),
    ("gopher-scheme", "gopher://127.0.0.1:{p}/_GET%20/", {}),
    ("dict-scheme", "dict://127.0.0.1:{p}/info", {}),
    ("ftp-scheme", "ftp://127.0.0.1:{p}/", {}),
]

REDIRECTS: list[tuple[str, str]] = [
    ("redirect-loopback", "http://127.0.0.1:{p}/"),
    ("redirect-localhost", "http://localhost:{p}/"),
    ("redirect-decimal", "http://2130706433:{p}/"),
    ("redirect-ipv6", "http://[::1]:{p}/"),
    ("redirect-mapped", "http://[::ffff:127.0.0.1]:{p}/"),
    ("redirect-file", "file:///etc/passwd"),
    ("redirect-gopher", "gopher://127.0.0.1:{p}/"),
]


@pytest.mark.parametrize(
    ("url", "dns"), [(u, d) for _, u, d in DIRECT], ids=[i for i, _, _ in DIRECT]
)
def test_direct_vector_is_refused(canary: Canary, url: str, dns: dict[str, Sequence[str]]) -> None:
    before = canary.connections
    with pytest.raises(RefusedError, match=r"^refused: "):
        fetch(url.format(p=canary.port), config(), resolver=fake_dns(dns))
    assert canary.connections == before


@pytest.mark.parametrize("target", [t for _, t in REDIRECTS], ids=[i for i, _ in REDIRECTS])
def test_redirect_inward_is_refused(canary: Canary, control: Control, target: str) -> None:
    path = f"/go-{abs(hash(target))}"
    control.redirects[path] = target.format(p=canary.port)
    before = canary.connections
    with pytest.raises(RefusedError):
        fetch(control.url(path), config())
    assert path in control.hits  # the public hop was made; the inward one was not
    assert canary.connections == before


def test_dns_rebinding_between_lookups_cannot_redirect_the_connection(
    canary: Canary, control: Control
) -> None:
    answers = iter([[CONTROL_IP], ["127.0.0.1"], ["127.0.0.1"]])
    before = canary.connections
    got = fetch(
        f"http://rebind.test:{control.port}/page", config(), resolver=lambda h, p: next(answers)
    )
    assert b"public control page" in got.body
    assert canary.connections == before


def test_public_control_still_works(canary: Canary, control: Control) -> None:
    before = canary.connections
    got = fetch(control.url("/ok"), config())
    assert b"public control page" in got.body
    assert canary.connections == before


def test_default_config_refuses_even_the_control(control: Control) -> None:
    with pytest.raises(RefusedError, match=r"refused: 127\.0\.0\.2 resolves to a non-public"):
        fetch(control.url("/x"), Config(allowed_ports=None))


def test_ports_outside_the_allowed_list_are_refused(control: Control) -> None:
    with pytest.raises(RefusedError, match="port"):
        fetch(control.url("/x"), Config(allowed_networks=(f"{CONTROL_IP}/32",)))


def test_private_network_switch_reaches_loopback(canary: Canary) -> None:
    # The one explicit switch: intranet deployments and tests may reach private addresses.
    before = canary.connections
    got = fetch(
        f"http://127.0.0.1:{canary.port}/", Config(allowed_ports=None, allow_private_network=True)
    )
    assert got.body == b"secret"
    assert canary.connections == before + 1


def test_matrix_has_at_least_37_vectors() -> None:
    assert len(DIRECT) + len(REDIRECTS) + 1 >= 37
