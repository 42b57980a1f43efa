"""One settings object, built once by the CLI, server or batch and passed down."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from nutgraf.errors import InputError

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Config:
    """Limits and choices for one nutgraf process. Values are immutable; use ``replace()``."""

    max_input_bytes: int = 10 * MB  # larger files or texts are refused, not truncated
    fetch_timeout: float = 15.0  # total deadline per fetch, seconds
    connect_timeout: float = 5.0
    max_fetch_bytes: int = 5 * MB  # after decompression
    max_redirects: int = 5
    user_agent: str = "nutgraf/0.1 (+news summarizer)"
    allow_private_network: bool = False
    allowed_ports: tuple[int, ...] | None = (80, 443)  # None: any port
    allowed_networks: tuple[str, ...] = ()  # CIDRs reachable even though not public
    extract_timeout: float = 20.0  # deadline for HTML extraction, seconds

    @classmethod
    def from_env(cls, env: Mapping[str, str], **overrides: Any) -> Config:
        """Read ``NUTGRAF_*`` variables (``NUTGRAF_FETCH_TIMEOUT=10``), then apply overrides."""
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(f"NUTGRAF_{f.name.upper()}")
            if raw is None:
                continue
            values[f.name] = _parse(f.name, raw, getattr(cls(), f.name))
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def with_(self, **changes: Any) -> Config:
        """A copy with some values changed."""
        return replace(self, **changes)


def _parse(name: str, raw: str, default: Any) -> Any:
    try:
        if name == "allowed_ports":
            if raw.strip().lower() == "any":
                return None
            return tuple(int(p) for p in raw.split(",") if p.strip())
        if name == "allowed_networks":
            return tuple(net.strip() for net in raw.split(",") if net.strip())
        if isinstance(default, bool):
            return raw.strip().lower() in {"1", "true", "yes", "on"}
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
    except ValueError as exc:
        raise InputError(f"NUTGRAF_{name.upper()}={raw!r}: {exc}") from exc
    return raw
