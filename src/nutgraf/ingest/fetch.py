"""Fetch a URL safely: http(s) only, public addresses only, a total deadline, a byte cap.

No HTTP client blocks server-side request forgery by itself, so each hop (redirects are
followed by hand) resolves the host once, refuses if ANY address is not public, and
connects to exactly the address it checked: the URL is rewritten to that IP, with the
original ``Host`` header and TLS server name, so certificates are still verified against
the host name. A failed certificate check is an error, never a retry without it.
"""

from __future__ import annotations

import concurrent.futures
import ipaddress
import logging
import socket
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from nutgraf.config import Config
from nutgraf.errors import FetchError, RefusedError
from nutgraf.ingest.addresses import why_not_public

Resolver = Callable[[str, int], Sequence[str]]

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


def resolve(host: str, port: int, timeout: float) -> list[str]:
    """The addresses of ``host`` (IP literals in any spelling included), within ``timeout``."""
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    future = pool.submit(socket.getaddrinfo, host, port, type=socket.SOCK_STREAM)
    pool.shutdown(wait=False)  # a hung lookup must not hold the caller past its deadline
    try:
        infos = future.result(timeout=timeout)
    except concurrent.futures.TimeoutError as exc:
        raise FetchError(f"{host}: DNS lookup timed out") from exc
    except (OSError, UnicodeError) as exc:
        raise FetchError(f"{host}: cannot resolve ({exc})") from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def pin(url: str, config: Config, resolver: Resolver | None = None) -> tuple[str, str, str]:
    """Check ``url`` and its host's addresses; return (URL to the checked IP, Host, TLS name).

    Raises ``RefusedError`` when any resolved address is not public (unless the config
    allows private networks) and ``FetchError`` when the host does not resolve.
    """
    check_url(url, config)
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    if resolver is None:
        addresses: Sequence[str] = resolve(host, port, config.connect_timeout)
    else:
        addresses = resolver(host, port)
    if not addresses:
        raise FetchError(f"{host}: no address")
    if not config.allow_private_network:
        for address in addresses:
            why = why_not_public(address.split("%")[0])
            if why:
                raise RefusedError(f"refused: {address} is {why}")
    address = addresses[0]
    literal = (
        f"[{address}]" if ipaddress.ip_address(address.split("%")[0]).version == 6 else address
    )
    netloc = f"{literal}:{port}"
    default_port = port == (443 if parts.scheme == "https" else 80)
    host_header = host if default_port else f"{host}:{port}"
    if ":" in host:  # an IPv6 literal host keeps its brackets in the Host header
        host_header = f"[{host}]" if default_port else f"[{host}]:{port}"
    pinned = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
    return pinned, host_header, host


def fetch(url: str, config: Config | None = None, *, resolver: Resolver | None = None) -> Fetched:
    """Download ``url`` within the config's limits.

    Raises ``RefusedError`` for a URL or address that may not be fetched and ``FetchError``
    for any network failure, HTTP error, unsupported content type, oversize body or missed
    deadline. ``resolver`` replaces DNS (tests); the connection path is the same.
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
            target, host_header, server_name = pin(url, config, resolver)
            try:
                result = _get(client, url, target, host_header, server_name, config, deadline)
            except httpx.HTTPError as exc:
                raise FetchError(f"{url}: {_describe(exc)}") from exc
            if isinstance(result, Fetched):
                return result
            url = result
        raise FetchError(f"{url}: more than {config.max_redirects} redirects")


def _get(
    client: httpx.Client,
    url: str,
    target: str,
    host_header: str,
    server_name: str,
    config: Config,
    deadline: float,
) -> Fetched | str:
    """One request to the pinned ``target``: the document, or the URL a redirect points to."""
    remaining = max(0.1, deadline - time.monotonic())
    with client.stream(
        "GET",
        target,
        headers={"Host": host_header},
        extensions={"sni_hostname": server_name, "timeout": _timeouts(config, remaining)},
    ) as response:
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
            url=url,
            status=response.status_code,
            content_type=response.headers.get("content-type", ""),
            body=b"".join(chunks),
        )


def _timeouts(config: Config, remaining: float) -> dict[str, float]:
    connect = min(config.connect_timeout, remaining)
    return {"connect": connect, "read": remaining, "write": remaining, "pool": connect}


def _describe(exc: httpx.HTTPError) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return "timed out"
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect ({exc})" if str(exc) else "cannot connect"
    return str(exc) or type(exc).__name__
