"""What a URL names beyond its address: the site (origin) it belongs to."""

from __future__ import annotations

from urllib.parse import urlsplit


def site_origin(url: str) -> str | None:
    """``scheme://host[:port]`` of an http(s) URL, lowercased, default port dropped."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"  # IPv6
    default = 80 if parts.scheme == "http" else 443
    return (
        f"{parts.scheme}://{host}" if port in (None, default) else f"{parts.scheme}://{host}:{port}"
    )
