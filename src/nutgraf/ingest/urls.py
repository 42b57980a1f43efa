"""What a URL names beyond its address: the site (origin) it belongs to, and its identity.

``normalize_url`` is the key a page is known by (feeds' dedup, the store's articles), so
two spellings of one page are one story.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING = re.compile(
    r"^(?:utm_\w*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|yclid|_ga|_gl|igshid|"
    r"ref_src|cmpid|ocid|smid)$",
    re.IGNORECASE,
)


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


def normalize_url(url: str) -> str:
    """``url`` as a dedup key: lowercase scheme and host, no default port, fragment or tracking.

    >>> normalize_url("HTTPS://Example.org:443/a/?utm_source=rss&id=2#top")
    'https://example.org/a?id=2'
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip()
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().removeprefix("www.")
    if port and port != {"http": 80, "https": 443}.get(scheme):
        host = f"{host}:{port}"
    path = parts.path or "/"
    if len(path) > 1:
        path = path.rstrip("/")
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    kept = urlencode([(k, v) for k, v in query if not _TRACKING.match(k)])
    # http and https copies of one page are one story.
    return urlunsplit(("https" if scheme == "http" else scheme, host, path, kept, ""))
