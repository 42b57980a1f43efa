"""``nutgraf serve`` and ``nutgraf keys``: thin shells over ``create_app`` and the store.

Errors become exit codes in ``nutgraf.cli_edge``: a store that cannot be opened and an
address that is taken exit 4, bad options 2.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import socket
from typing import TYPE_CHECKING, Annotated

import typer

from nutgraf.cli_edge import Command, fail, sub_app
from nutgraf.config import PRIVATE_HELP, Config
from nutgraf.errors import InputError, UnavailableError

if TYPE_CHECKING:
    from nutgraf.store import Store

keys_app = sub_app("Manage API keys for the server.")
LOG_LEVELS = ("critical", "error", "warning", "info", "debug", "trace")  # uvicorn's


def _open_store(db: str | None) -> Store:
    # Imported here: SQLAlchemy is not needed by the commands that do not touch the store.
    from nutgraf.store import Store

    return Store.open(db)


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port``, for the server to listen on.

    Bound before any model loads, so a taken port fails at once. Raises ``InputError`` for
    a host that does not resolve, ``UnavailableError`` when the address is taken or not
    ours to bind.
    """
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (socket.gaierror, UnicodeError) as exc:
        raise InputError(f"--host {host!r} is not an address to listen on: {exc}") from exc
    family, kind, proto, _, address = found[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as exc:
        sock.close()
        reason = exc.strerror or str(exc)
        raise UnavailableError(f"cannot listen on {host}:{port}: {reason}") from exc
    sock.set_inheritable(True)
    return sock


DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", metavar="URL", help="Store URL: sqlite:///PATH or postgresql://... (or NUTGRAF_DB)."
    ),
]


def serve_command(
    host: Annotated[
        str, typer.Option("--host", metavar="ADDRESS", help="Address to listen on.")
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", metavar="PORT", min=0, max=65535, help="Port to listen on.")
    ] = 8000,
    db: DbOption = None,
    workers: Annotated[
        int | None,
        typer.Option("--workers", metavar="N", min=1, help="Summarizer processes (default: CPUs)."),
    ] = None,
    max_in_flight: Annotated[
        int,
        typer.Option(
            "--max-in-flight",
            metavar="N",
            min=0,
            help="Jobs running or queued before 503 (0: 4/worker).",
        ),
    ] = 0,
    require_key: Annotated[
        bool, typer.Option("--require-key", help="Refuse anonymous summarize requests.")
    ] = False,
    open_site: Annotated[
        list[str] | None,
        typer.Option(
            "--open-site",
            metavar="URL",
            help="With --require-key, still summarize URLs of this site (e.g. "
            "https://example.org) for anyone: a publisher's widget needs no key. Repeatable.",
        ),
    ] = None,
    anon_rate: Annotated[
        int,
        typer.Option(
            "--anon-rate",
            metavar="N",
            min=0,
            help="Summarize requests per minute per anonymous IP.",
        ),
    ] = 30,
    key_rate: Annotated[
        int,
        typer.Option(
            "--key-rate", metavar="N", min=0, help="Summarize requests per minute per API key."
        ),
    ] = 600,
    allow_private_network: Annotated[
        bool, typer.Option("--allow-private-network", help=PRIVATE_HELP)
    ] = False,
    update_feeds_every: Annotated[
        str | None,
        typer.Option(
            "--update-feeds-every",
            metavar="DURATION",
            help="Update every feed this often, e.g. 15m or 1h (as `nutgraf feed update`).",
        ),
    ] = None,
    forwarded_allow_ips: Annotated[
        str,
        typer.Option(
            "--forwarded-allow-ips",
            metavar="IPS",
            help="Proxies trusted to name the client in X-Forwarded-For (comma-separated "
            "addresses or networks, '*' for any): rate limits then apply per reader.",
        ),
    ] = "127.0.0.1",
    log_level: Annotated[
        str,
        typer.Option("--log-level", metavar="LEVEL", help=f"uvicorn's: {', '.join(LOG_LEVELS)}."),
    ] = "info",
) -> None:
    """Serve the reader pages, the JSON API (/api/v1, docs at /docs) and the widget.

    Example: nutgraf serve --port 8000 --db sqlite:///news.db --update-feeds-every 15m
    """
    import uvicorn

    from nutgraf.ingest.urls import site_origin
    from nutgraf.server.app import create_app
    from nutgraf.server.settings import ServerSettings

    if log_level.lower() not in LOG_LEVELS:
        fail(f"--log-level must be one of {', '.join(LOG_LEVELS)}, not {log_level!r}")
    config = Config.from_env(os.environ, allow_private_network=allow_private_network or None)
    every = 0.0
    if update_feeds_every is not None:
        from nutgraf.feeds.background import parse_duration

        every = parse_duration(update_feeds_every)
    origins = []
    for site in open_site or []:
        origin = site_origin(site)
        if origin is None:
            fail(f"--open-site needs an http(s) URL such as https://example.org: {site!r}")
        origins.append(origin)
    for entry in forwarded_allow_ips.split(","):
        # uvicorn takes any other word as a host name and then trusts no proxy: say so.
        try:
            if entry.strip() != "*":
                ipaddress.ip_network(entry.strip(), strict=False)
        except ValueError:
            fail(f"--forwarded-allow-ips takes addresses or networks (or *): {entry.strip()!r}")
    # The address first, then the store: either failing costs no model load.
    sock = listen(host, port)
    try:
        _open_store(db).close()
        settings = ServerSettings(
            db_url=db,
            open_sites=tuple(origins),
            config=config,
            max_in_flight=max_in_flight,
            require_key=require_key,
            anon_per_minute=anon_rate,
            key_per_minute=key_rate,
            feed_update_seconds=every,
            **({"workers": workers} if workers else {}),
        )
        logging.basicConfig(level=logging.INFO, format="nutgraf: %(levelname)s: %(message)s")
        logging.getLogger("alembic").setLevel(logging.WARNING)  # "Context impl SQLiteImpl."
        server = uvicorn.Server(
            uvicorn.Config(
                create_app(settings),
                host=host,
                port=port,
                log_level=log_level.lower(),
                access_log=False,
                proxy_headers=True,
                forwarded_allow_ips=forwarded_allow_ips,
            )
        )
        bound = sock.getsockname()[1]
        shown = f"[{host}]" if ":" in host else host
        logging.getLogger("nutgraf").info("listening on http://%s:%d (Ctrl-C stops)", shown, bound)
        server.run(sockets=[sock])
    finally:
        sock.close()


@keys_app.command("create", cls=Command)
def create_key(
    name: Annotated[
        str,
        typer.Argument(
            metavar="NAME", help="Who the key is for, e.g. a publisher's name.", show_default=False
        ),
    ],
    rate: Annotated[
        int | None,
        typer.Option(
            "--rate", metavar="N", min=1, help="Requests per minute (default: the server's)."
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Create an API key and print it once (only its hash is stored).

    Example: nutgraf keys create example-news --rate 120
    """
    store = _open_store(db)
    try:
        secret = store.create_api_key(name, rate_per_minute=rate)
    finally:
        store.close()
    typer.echo(secret)
    typer.echo(
        f"Key for {name!r}: send it as the X-API-Key header. It is not shown again.",
        err=True,
    )


@keys_app.command("list", cls=Command)
def list_keys(db: DbOption = None) -> None:
    """List API keys (names and prefixes, never the keys).

    Example: nutgraf keys list
    """
    store = _open_store(db)
    try:
        keys = store.list_api_keys()
    finally:
        store.close()
    for key in keys:
        state = "revoked" if key.revoked else "active"
        rate = key.rate_per_minute or "default"
        typer.echo(f"{key.name}\t{key.prefix}…\t{state}\trate={rate}\t{key.created_at:%Y-%m-%d}")


@keys_app.command("revoke", cls=Command)
def revoke_key(
    name: Annotated[str, typer.Argument(metavar="NAME", help="The key's name.")],
    db: DbOption = None,
) -> None:
    """Revoke an API key by name.

    Example: nutgraf keys revoke example-news
    """
    store = _open_store(db)
    try:
        done = store.revoke_api_key(name)
    finally:
        store.close()
    if not done:
        fail(f"no API key named {name!r}")
    typer.echo(f"revoked {name}")
