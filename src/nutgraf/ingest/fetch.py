"""Fetch a URL safely: http(s) only, public addresses only, a total deadline, a byte cap.

No HTTP client blocks server-side request forgery by itself, so each hop (redirects are
followed by hand) resolves the host once, refuses if ANY address is not public, and
connects to exactly the address it checked: the request goes to that IP with the original
``Host`` header and TLS server name, so certificates are still verified against the host
name, and the socket layer (``_PinnedBackend``) refuses any other address. A failed
certificate check is an error, never a retry without it.

The deadline is total: a watchdog shuts the socket down when it passes, so a server that
trickles one byte a second (even in its headers) cannot hold a fetch open. Bodies are
decompressed here, in bounded steps, so a gzip or brotli bomb stops at the byte cap;
encodings nutgraf does not ask for (zstd, compress) are refused rather than decoded.
A body the deadline cut is an error even when the server sent no ``Content-Length``.

A refusal tells the caller only that a host "resolves to a non-public address": which
address, and why, goes to the log, so that anonymous callers cannot map internal names.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import ipaddress
import logging
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

import brotli
import httpcore

from nutgraf.config import Config
from nutgraf.errors import FetchError, RefusedError
from nutgraf.ingest.addresses import hidden_network, inside, unwrap, why_not_public
from nutgraf.ingest.urls import site_origin

logger = logging.getLogger(__name__)

Resolver = Callable[[str, int], Sequence[str]]

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
_CHUNK = 65_536
_URL_SAFE = "%/:@!$&'()*+,;=?-._~"  # reserved and unreserved ASCII stay as they are


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched document: the final URL after redirects, its content type, body and headers.

    ``status`` is 200, or 304 (empty body) when a conditional request found no change.
    """

    url: str
    status: int
    content_type: str
    body: bytes
    headers: Mapping[str, str] = field(default_factory=dict)  # lower-case names


@dataclass(frozen=True, slots=True)
class Pinned:
    """One hop's request target: the checked address to connect to, and the names to send."""

    url: str  # the URL as the user or redirect gave it
    address: str  # the checked IP to connect to
    port: int
    host_header: str
    server_name: str  # TLS SNI and certificate name

    @property
    def target(self) -> str:
        parts = urlsplit(self.url)
        ip = ipaddress.ip_address(self.address)
        literal = f"[{self.address}]" if ip.version == 6 else self.address
        # An IRI's non-ASCII path and query travel percent-encoded (UTF-8), as browsers send.
        path, query = quote(parts.path or "/", _URL_SAFE), quote(parts.query, _URL_SAFE)
        return urlunsplit((parts.scheme, f"{literal}:{self.port}", path, query, ""))


def check_url(url: str, config: Config) -> None:
    """Raise ``RefusedError`` unless ``url`` is an http(s) URL nutgraf may fetch."""
    try:
        url.encode("utf-8")  # a lone surrogate can never be sent
        parts = urlsplit(url)
        port = parts.port
    except (ValueError, UnicodeError) as exc:
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
    if config.allowed_sites and site_origin(url) not in config.allowed_sites:
        raise RefusedError(f"refused: {site_origin(url)} is not a site this fetch may reach")


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


def refusal(address: str, config: Config) -> str | None:
    """Why ``address`` may not be connected to under ``config`` (for the log), or None.

    Link-local and cloud metadata addresses stay refused under ``allow_private_network``
    and under any broad ``allowed_networks`` entry: only an entry inside their own range
    (``169.254.169.254/32``) opens them.
    """
    ip = unwrap(ipaddress.ip_address(address.split("%")[0]))
    named = [net for net in config.networks() if net.version == ip.version and ip in net]
    hidden = hidden_network(ip)
    if hidden is not None:
        network, hidden_why = hidden
        if any(inside(net, network) for net in named):
            return None
        return f"{address} is {hidden_why}"
    if named or config.allow_private_network:
        return None
    why = why_not_public(ip)
    return f"{address} is {why}" if why else None


def pin(url: str, config: Config, resolver: Resolver | None = None) -> Pinned:
    """Check ``url`` and every address of its host; return the address to connect to.

    Raises ``RefusedError`` when any resolved address is not public (unless the config
    allows it) and ``FetchError`` when the host does not resolve.
    """
    check_url(url, config)
    parts = urlsplit(url)
    try:  # internationalized names travel as IDNA (punycode) in DNS, Host and SNI
        host = (parts.hostname or "").encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise RefusedError(f"refused: invalid host name {parts.hostname!r}") from exc
    port = parts.port or (443 if parts.scheme == "https" else 80)
    if resolver is None:
        addresses: Sequence[str] = resolve(host, port, config.connect_timeout)
    else:
        addresses = resolver(host, port)
    if not addresses:
        raise FetchError(f"{host}: no address")
    for address in addresses:
        why = refusal(address, config)
        if why:
            logger.info("refused %s: %s", url, why)
            raise RefusedError(f"refused: {host} resolves to a non-public address")
    default_port = port == (443 if parts.scheme == "https" else 80)
    name = f"[{host}]" if ":" in host else host  # IPv6 literals keep their brackets
    host_header = name if default_port else f"{name}:{port}"
    return Pinned(url, addresses[0].split("%")[0], port, host_header, host)


def fetch(
    url: str,
    config: Config | None = None,
    *,
    resolver: Resolver | None = None,
    headers: Mapping[str, str] | None = None,
) -> Fetched:
    """Download ``url`` within the config's limits.

    ``headers`` adds request headers (e.g. ``If-None-Match`` for a conditional GET).
    Raises ``RefusedError`` for a URL or address that may not be fetched and ``FetchError``
    for any network failure, HTTP error, unsupported content type, oversize body or missed
    deadline. ``resolver`` replaces DNS (tests); the connection path is the same.
    """
    config = config or Config()
    deadline = time.monotonic() + config.fetch_timeout
    for _hop in range(config.max_redirects + 1):
        pinned = pin(url, config, resolver)
        result = _get(pinned, config, deadline, headers or {})
        if isinstance(result, Fetched):
            return result
        url = result
    raise FetchError(f"{url}: more than {config.max_redirects} redirects")


class _PinnedBackend(httpcore.SyncBackend):
    """Connects only to the one checked address, and lets a watchdog cut the socket."""

    def __init__(self, address: str, port: int) -> None:
        self._address = address
        self._port = port
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._closed = False

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        if (host.strip("[]"), port) != (self._address, self._port):
            raise RefusedError(f"refused: connection to unchecked address {host}:{port}")
        stream = super().connect_tcp(host, port, timeout, local_address, socket_options)
        sock = stream.get_extra_info("socket")
        with self._lock:
            if self._closed:
                stream.close()
                raise FetchError("deadline passed while connecting")
            if isinstance(sock, socket.socket):
                self._sockets.append(sock)
        return stream

    @property
    def was_cut(self) -> bool:
        """Whether the watchdog fired: whatever was read after it is incomplete."""
        with self._lock:
            return self._closed

    def cut(self) -> None:
        """Shut every socket down: blocked reads return at once."""
        with self._lock:
            self._closed = True
            for sock in self._sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


def _get(
    pinned: Pinned, config: Config, deadline: float, extra: Mapping[str, str]
) -> Fetched | str:
    """One request to the pinned address: the document, or the URL a redirect points to."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise FetchError(f"{pinned.url}: no complete answer within {config.fetch_timeout:g} s")
    backend = _PinnedBackend(pinned.address, pinned.port)
    watchdog = threading.Timer(remaining, backend.cut)
    watchdog.daemon = True
    headers = [
        (b"Host", pinned.host_header.encode("ascii")),
        (b"User-Agent", config.user_agent.encode()),
        (b"Accept", b"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5"),
        (b"Accept-Encoding", b"gzip, deflate, br"),
        *((k.encode("latin-1"), v.encode("latin-1")) for k, v in extra.items()),
    ]
    connect = min(config.connect_timeout, remaining)
    extensions = {
        "timeout": {"connect": connect, "read": remaining, "write": remaining, "pool": connect},
        "sni_hostname": pinned.server_name,
    }
    watchdog.start()
    try:
        with (
            httpcore.ConnectionPool(
                ssl_context=ssl.create_default_context(), network_backend=backend
            ) as pool,
            pool.stream("GET", pinned.target, headers=headers, extensions=extensions) as response,
        ):
            result = _read(pinned.url, response, config, deadline)
        if backend.was_cut:
            # A body without Content-Length ends when the socket does: the cut looks like
            # the end of the body, so only the watchdog can tell it was not.
            raise FetchError(f"{pinned.url}: no complete answer within {config.fetch_timeout:g} s")
        return result
    except (httpcore.TimeoutException, httpcore.NetworkError, httpcore.ProtocolError) as exc:
        if isinstance(exc, httpcore.ConnectTimeout):
            raise FetchError(f"{pinned.url}: cannot connect (timed out)") from exc
        if time.monotonic() >= deadline - 0.05 or isinstance(exc, httpcore.TimeoutException):
            # The watchdog cut the socket, or a timeout derived from the deadline fired.
            raise FetchError(
                f"{pinned.url}: no complete answer within {config.fetch_timeout:g} s"
            ) from exc
        detail = str(exc) or type(exc).__name__
        if isinstance(exc, httpcore.ConnectError):
            raise FetchError(f"{pinned.url}: cannot connect ({detail})") from exc
        raise FetchError(f"{pinned.url}: bad HTTP answer ({detail})") from exc
    finally:
        watchdog.cancel()


def _read(url: str, response: httpcore.Response, config: Config, deadline: float) -> Fetched | str:
    headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in response.headers}
    status = response.status
    if status in _REDIRECTS and "location" in headers:
        return urljoin(url, headers["location"].strip())
    if status == 304:
        return Fetched(url=url, status=304, content_type="", body=b"", headers=headers)
    if status >= 400:
        raise FetchError(f"{url}: HTTP {status}")
    if status != 200:
        raise FetchError(f"{url}: unexpected HTTP {status}")
    ctype = headers.get("content-type", "")
    bare = ctype.split(";")[0].strip().lower()
    if bare and not bare.startswith(_ALLOWED_TYPES):
        raise FetchError(f"{url}: unsupported content type {bare!r}")
    declared = headers.get("content-length", "").strip()
    encoding = headers.get("content-encoding", "identity").strip().lower()
    if (
        encoding in {"", "identity"}
        and declared.isdigit()
        and int(declared) > config.max_fetch_bytes
    ):
        raise FetchError(f"{url}: body of {declared} bytes exceeds {config.max_fetch_bytes}")
    body = bytearray()
    for piece in _decoded(url, response.iter_stream(), encoding, config.max_fetch_bytes):
        body += piece
        if len(body) > config.max_fetch_bytes:
            raise FetchError(f"{url}: body exceeds {config.max_fetch_bytes} bytes")
        if time.monotonic() > deadline:
            raise FetchError(f"{url}: no complete answer within {config.fetch_timeout:g} s")
    if time.monotonic() > deadline:
        raise FetchError(f"{url}: no complete answer within {config.fetch_timeout:g} s")
    return Fetched(url=url, status=status, content_type=ctype, body=bytes(body), headers=headers)


def _decoded(url: str, raw: Iterator[bytes], encoding: str, cap: int) -> Iterator[bytes]:
    """Decompress ``raw`` in steps of at most ``cap + 1`` bytes, so bombs stop at the cap."""
    if encoding in {"", "identity"}:
        yield from raw
        return
    if encoding == "br":
        yield from _brotli(url, raw, cap)
        return
    if encoding in {"gzip", "x-gzip"}:
        decoder = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
    elif encoding == "deflate":
        decoder = zlib.decompressobj()
    else:
        raise FetchError(f"{url}: unsupported content encoding {encoding!r}")
    try:
        for chunk in raw:
            data = chunk
            while data:
                out = decoder.decompress(data, cap + 1)
                yield out
                data = decoder.unconsumed_tail
        yield decoder.flush()
    except zlib.error as exc:
        raise FetchError(f"{url}: corrupt {encoding} body ({exc})") from exc


def _brotli(url: str, raw: Iterator[bytes], cap: int) -> Iterator[bytes]:
    """Brotli in steps of at most ``cap + 1`` bytes (brotli >= 1.2 bounds each step)."""
    decoder = brotli.Decompressor()
    try:
        for chunk in raw:
            yield decoder.process(chunk, output_buffer_limit=cap + 1)
            while not decoder.can_accept_more_data():
                yield decoder.process(b"", output_buffer_limit=cap + 1)
    except brotli.error as exc:
        raise FetchError(f"{url}: corrupt br body ({exc})") from exc
