"""Keep a test off the network: fake DNS, and a connect() that refuses all but loopback.

``install(monkeypatch, names)`` (in-process) and ``sitecustomize.py`` in ``netguard_site/``
(for subprocesses: put that folder on ``PYTHONPATH`` and set ``NUTGRAF_NETGUARD_LOG``) patch
``socket.getaddrinfo`` to answer only IP literals, ``localhost`` and the test's own names,
and ``socket.socket.connect`` / ``connect_ex`` to refuse, before any packet, every address
outside 127.0.0.0/8 and ::1, recording it. A refusal test then asserts the record is empty:
a fetch that got as far as connecting would be caught here and never reach the address.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

_real_getaddrinfo = socket.getaddrinfo
_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


@dataclass
class Guard:
    """What the guarded code tried: every connect, and the refused (non-loopback) ones."""

    names: Mapping[str, Sequence[str]] = field(default_factory=dict)
    attempts: list[tuple[str, int]] = field(default_factory=list)
    outside: list[tuple[str, int]] = field(default_factory=list)
    on_outside: Callable[[tuple[str, int]], None] | None = None

    def getaddrinfo(
        self, host: Any, port: Any, family: int = 0, type: int = 0, proto: int = 0, flags: int = 0
    ) -> list[Any]:
        name = host.decode() if isinstance(host, bytes) else str(host)
        if _literal(name):  # the real resolver parses a literal without asking any server
            return _real_getaddrinfo(name, port, family, type, proto, flags | socket.AI_NUMERICHOST)
        addresses = self.names.get(name.lower())
        if addresses is None and name.lower() == "localhost":
            addresses = ["127.0.0.1"]
        if addresses is None:
            raise socket.gaierror(socket.EAI_NONAME, f"netguard: {name} is not a test name")
        out = []
        for address in addresses:
            ip = ipaddress.ip_address(address.split("%")[0])
            kind = socket.AF_INET6 if ip.version == 6 else socket.AF_INET
            target = (
                (address, int(port or 0), 0, 0) if ip.version == 6 else (address, int(port or 0))
            )
            out.append((kind, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", target))
        return out

    def allowed(self, address: Any) -> bool:
        if not isinstance(address, tuple):
            return True  # a Unix socket path: not the network
        host, port = str(address[0]), int(address[1])
        self.attempts.append((host, port))
        ip = ipaddress.ip_address(host.split("%")[0])
        mapped = ip.ipv4_mapped if isinstance(ip, ipaddress.IPv6Address) else None
        if (mapped or ip).is_loopback:
            return True
        self.outside.append((host, port))
        if self.on_outside is not None:
            self.on_outside((host, port))
        return False


def _literal(name: str) -> bool:
    """An IP literal in any spelling the C resolver takes (``2852039166``, ``0x7f.1``)."""
    try:
        ipaddress.ip_address(name.strip("[]").split("%")[0])
        return True
    except ValueError:
        pass
    try:
        socket.inet_aton(name)
        return True
    except OSError:
        return False


def patch(guard: Guard, setattr_: Callable[[Any, str, Any], None]) -> None:
    """Install ``guard`` with ``setattr_`` (pytest's ``monkeypatch.setattr`` or ``setattr``)."""

    def connect(sock: socket.socket, address: Any) -> None:
        if not guard.allowed(address):
            raise ConnectionRefusedError(f"netguard: no traffic to {address[0]} in tests")
        _real_connect(sock, address)

    def connect_ex(sock: socket.socket, address: Any) -> int:
        if not guard.allowed(address):
            return 111  # ECONNREFUSED
        return _real_connect_ex(sock, address)

    setattr_(socket, "getaddrinfo", guard.getaddrinfo)
    setattr_(socket.socket, "connect", connect)
    setattr_(socket.socket, "connect_ex", connect_ex)


def install(monkeypatch: Any, names: Mapping[str, Sequence[str]] | None = None) -> Guard:
    """Guard this test's process; undone when the test ends."""
    guard = Guard(names={k.lower(): v for k, v in (names or {}).items()})
    patch(guard, monkeypatch.setattr)
    return guard
