"""Fetch a URL: http(s) only, a total deadline, a byte cap after decompression, few redirects.

Redirects are followed by hand so that each hop is checked again (scheme, port, limit).
Certificates are always verified; a failed check is an error, never a retry without it.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from nutgraf.config import Config
from nutgraf.errors import FetchError, RefusedError

logger = logging.getLogger(__name__)

_ALLOWED_TYPES = (
    "text/html",
    "application/xhtml+xml",
    "text/plain",
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "text/xml",
)
_REDIRECTS = {301, 302, 303, 307, 308}


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched document: the final URL after redirects, its content type and body bytes."""

    url: str
    status: int
    content_type: str
    body: bytes


def check_url(url: str, config: Config) -> None:
    """Raise ``RefusedError`` unless ``url`` is an http(s) URL nutgraf may fetch."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise RefusedError(f"refused: {url!r} is not a valid URL ({exc})") from exc
    if parts.scheme not in {"http", "https"}:
        raise RefusedError(f"refused: scheme {parts.scheme or '(none)'!r} (http and https only)")
    if not parts.hostname:
        raise RefusedError(f"refused: {url!r} has no host")
    if parts.username is not None or parts.password is not None:
        raise RefusedError("refused: credentials in the URL")
    port = port or (443 if parts.scheme == "https" else 80)
    if config.allowed_ports is not None and port not in config.allowed_ports:
        allowed = ",".join(map(str, config.allowed_ports))
        raise RefusedError(f"refused: port {port} (allowed: {allowed})")


def fetch(url: str, config: Config | None = None) -> Fetched:
    """Download ``url`` within the config's limits.

    Raises ``RefusedError`` for a URL that may not be fetched and ``FetchError`` for any
    network failure, HTTP error, unsupported content type, oversize body or missed deadline.
    """
    config = config or Config()
    deadline = time.monotonic() + config.fetch_timeout
    timeout = httpx.Timeout(config.fetch_timeout, connect=config.connect_timeout)
    headers = {
        "User-Agent": config.user_agent,
        "Accept": "text/html,application/xhtml+xml,*/*;q=0.5",
    }
    with httpx.Client(
        timeout=timeout, follow_redirects=False, trust_env=False, headers=headers
    ) as client:
        for _hop in range(config.max_redirects + 1):
            check_url(url, config)
            try:
                result = _get(client, url, config, deadline)
            except httpx.HTTPError as exc:
                raise FetchError(f"{url}: {_describe(exc)}") from exc
            if isinstance(result, Fetched):
                return result
            url = result
        raise FetchError(f"{url}: more than {config.max_redirects} redirects")


def _get(client: httpx.Client, url: str, config: Config, deadline: float) -> Fetched | str:
    """One request: the document, or the URL a redirect points to."""
    with client.stream("GET", url) as response:
        if response.status_code in _REDIRECTS and "location" in response.headers:
            return urljoin(url, response.headers["location"])
        if response.status_code >= 400:
            raise FetchError(f"{url}: HTTP {response.status_code} {response.reason_phrase}")
        ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype and not ctype.startswith(_ALLOWED_TYPES):
            raise FetchError(f"{url}: unsupported content type {ctype!r}")
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > config.max_fetch_bytes:
            raise FetchError(f"{url}: body of {declared} bytes exceeds {config.max_fetch_bytes}")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():  # decompressed bytes: the cap holds against bombs
            size += len(chunk)
            if size > config.max_fetch_bytes:
                raise FetchError(f"{url}: body exceeds {config.max_fetch_bytes} bytes")
            if time.monotonic() > deadline:
                raise FetchError(f"{url}: no complete answer within {config.fetch_timeout:g} s")
            chunks.append(chunk)
        return Fetched(
            url=str(response.url),
            status=response.status_code,
            content_type=response.headers.get("content-type", ""),
            body=b"".join(chunks),
        )


def _describe(exc: httpx.HTTPError) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return "timed out"
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect ({exc})" if str(exc) else "cannot connect"
    return str(exc) or type(exc).__name__
