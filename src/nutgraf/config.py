"""One settings object, built once by the CLI, server or batch and passed down."""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from nutgraf.errors import InputError
from nutgraf.ingest.urls import site_origin

MB = 1024 * 1024
# The --allow-private-network switch means this in every command (see Config.from_env).
PRIVATE_HELP = (
    "Let URLs reach private and loopback addresses on any port (link-local and cloud "
    "metadata addresses stay refused; see NUTGRAF_ALLOWED_NETWORKS, NUTGRAF_ALLOWED_PORTS)."
)
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True, slots=True)
class Config:
    """Limits and choices for one nutgraf process. Values are immutable; use ``replace()``.

    ``allow_private_network`` lets fetches reach private and loopback addresses (and, unless
    ``allowed_ports`` is set too, any port); link-local and cloud metadata addresses stay
    refused under it, reachable only through a network named in ``allowed_networks``.
    Raises ``InputError`` for an ``allowed_networks`` entry that is no network.
    """

    max_input_bytes: int = 10 * MB  # larger files or texts are refused, not truncated
    fetch_timeout: float = 15.0  # total deadline per fetch, seconds
    connect_timeout: float = 5.0
    max_fetch_bytes: int = 5 * MB  # after decompression
    max_redirects: int = 5
    user_agent: str = "nutgraf/0.1 (+news summarizer)"
    allow_private_network: bool = False
    allowed_ports: tuple[int, ...] | None = (80, 443)  # None: any port
    allowed_networks: tuple[str, ...] = ()  # CIDRs reachable even though not public
    # Origins ("https://example.org") every hop of a fetch must stay on; empty: any site.
    allowed_sites: tuple[str, ...] = ()
    max_feed_items: int = 200  # items read from one feed (the first, newest, ones)
    extract_timeout: float = 20.0  # deadline for HTML extraction, seconds

    def __post_init__(self) -> None:
        self.networks()  # an unusable entry fails here, not at the first fetch
        if self.max_feed_items < 1:
            raise InputError(f"max_feed_items must be at least 1, not {self.max_feed_items}")

    @classmethod
    def from_env(cls, env: Mapping[str, str], **overrides: Any) -> Config:
        """Read ``NUTGRAF_*`` variables (``NUTGRAF_FETCH_TIMEOUT=10``), then apply overrides.

        ``allow_private_network`` (the ``--allow-private-network`` switch of every command,
        or ``NUTGRAF_ALLOW_PRIVATE_NETWORK=1``) also lifts the port limit unless
        ``NUTGRAF_ALLOWED_PORTS`` (or an ``allowed_ports`` override) sets one: an intranet
        site often listens on 8080. The switch means the same in every command.
        """
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(f"NUTGRAF_{f.name.upper()}")
            if raw is None:
                continue
            values[f.name] = _parse(f.name, raw, getattr(cls(), f.name))
        values.update({k: v for k, v in overrides.items() if v is not None})
        if values.get("allow_private_network") and "allowed_ports" not in values:
            values["allowed_ports"] = None
        return cls(**values)

    def with_(self, **changes: Any) -> Config:
        """A copy with some values changed."""
        return replace(self, **changes)

    def networks(self) -> tuple[Network, ...]:
        """``allowed_networks`` parsed; raises ``InputError`` for an entry that is no network."""
        try:
            return tuple(ipaddress.ip_network(net, strict=False) for net in self.allowed_networks)
        except ValueError as exc:
            raise InputError(f"allowed_networks: {exc}") from exc


def _parse(name: str, raw: str, default: Any) -> Any:
    try:
        if name == "allowed_ports":
            if raw.strip().lower() == "any":
                return None
            return tuple(int(p) for p in raw.split(",") if p.strip())
        if name == "allowed_networks":
            return tuple(net.strip() for net in raw.split(",") if net.strip())
        if name == "allowed_sites":
            return tuple(_origin(site) for site in raw.split(",") if site.strip())
        if isinstance(default, bool):
            return raw.strip().lower() in {"1", "true", "yes", "on"}
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
    except ValueError as exc:
        raise InputError(f"NUTGRAF_{name.upper()}={raw!r}: {exc}") from exc
    return raw


def _origin(site: str) -> str:
    origin = site_origin(site)
    if origin is None:
        raise ValueError(f"{site.strip()!r} is not an http(s) URL such as https://example.org")
    return origin
