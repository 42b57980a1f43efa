"""``nutgraf serve`` and ``nutgraf keys``: thin shells over ``create_app`` and the store."""

from __future__ import annotations

import ipaddress
import logging
import os
from typing import TYPE_CHECKING, Annotated

import typer

from nutgraf.config import PRIVATE_HELP, Config
from nutgraf.errors import NutgrafError

if TYPE_CHECKING:
    from nutgraf.store import Store

keys_app = typer.Typer(help="Manage API keys for the server.", no_args_is_help=True)


def _open_store(db: str | None) -> Store:
    # Imported here: SQLAlchemy is not needed by the commands that do not touch the store.
    from nutgraf.store import Store

    return Store.open(db)


def _fail(message: str) -> typer.Exit:
    typer.echo(f"nutgraf: error: {message}", err=True)
    return typer.Exit(2)


DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Store URL: sqlite:///PATH or postgresql://... (or NUTGRAF_DB)."),
]


def serve_command(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    db: DbOption = None,
    workers: Annotated[
        int | None, typer.Option("--workers", help="Summarizer processes (default: CPUs).")
    ] = None,
    max_in_flight: Annotated[
        int,
        typer.Option("--max-in-flight", help="Jobs running or queued before 503 (0: 4/worker)."),
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
        int, typer.Option("--anon-rate", help="Summarize requests per minute per anonymous IP.")
    ] = 30,
    key_rate: Annotated[
        int, typer.Option("--key-rate", help="Summarize requests per minute per API key.")
    ] = 600,
    allow_private_network: Annotated[
        bool, typer.Option("--allow-private-network", help=PRIVATE_HELP)
    ] = False,
    update_feeds_every: Annotated[
        str | None,
        typer.Option(
            "--update-feeds-every",
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
    log_level: Annotated[str, typer.Option("--log-level", help="uvicorn log level.")] = "info",
) -> None:
    """Serve the reader pages, the JSON API (/api/v1, docs at /docs) and the widget.

    Example: nutgraf serve --port 8000 --db sqlite:///news.db --update-feeds-every 15m
    """
    import uvicorn

    from nutgraf.ingest.urls import site_origin
    from nutgraf.server.app import create_app
    from nutgraf.server.settings import ServerSettings

    logging.basicConfig(level=logging.INFO, format="nutgraf: %(levelname)s: %(message)s")
    try:
        config = Config.from_env(os.environ, allow_private_network=allow_private_network or None)
        _open_store(db).close()  # fail here, with one line, on a bad URL or store
        every = 0.0
        if update_feeds_every is not None:
            from nutgraf.feeds.background import parse_duration

            every = parse_duration(update_feeds_every)
    except NutgrafError as exc:
        raise _fail(str(exc)) from None
    origins = []
    for site in open_site or []:
        origin = site_origin(site)
        if origin is None:
            raise _fail(f"--open-site needs an http(s) URL such as https://example.org: {site!r}")
        origins.append(origin)
    for entry in forwarded_allow_ips.split(","):
        # uvicorn takes any other word as a host name and then trusts no proxy: say so.
        try:
            if entry.strip() != "*":
                ipaddress.ip_network(entry.strip(), strict=False)
        except ValueError:
            raise _fail(
                f"--forwarded-allow-ips takes addresses or networks (or *): {entry.strip()!r}"
            ) from None
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
    uvicorn.run(
        create_app(settings),
        host=host,
        port=port,
        log_level=log_level,
        access_log=False,
        proxy_headers=True,
        forwarded_allow_ips=forwarded_allow_ips,
    )


@keys_app.command("create")
def create_key(
    name: Annotated[str, typer.Argument(help="Who the key is for, e.g. a publisher's name.")],
    rate: Annotated[
        int | None, typer.Option("--rate", help="Requests per minute (default: the server's).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Create an API key and print it once (only its hash is stored).

    Example: nutgraf keys create example-news --rate 120
    """
    try:
        store = _open_store(db)
        secret = store.create_api_key(name, rate_per_minute=rate)
    except NutgrafError as exc:
        raise _fail(str(exc)) from None
    typer.echo(secret)
    typer.echo(
        f"Key for {name!r}: send it as the X-API-Key header. It is not shown again.",
        err=True,
    )


@keys_app.command("list")
def list_keys(db: DbOption = None) -> None:
    """List API keys (names and prefixes, never the keys).

    Example: nutgraf keys list
    """
    try:
        keys = _open_store(db).list_api_keys()
    except NutgrafError as exc:
        raise _fail(str(exc)) from None
    for key in keys:
        state = "revoked" if key.revoked else "active"
        rate = key.rate_per_minute or "default"
        typer.echo(f"{key.name}\t{key.prefix}…\t{state}\trate={rate}\t{key.created_at:%Y-%m-%d}")


@keys_app.command("revoke")
def revoke_key(
    name: Annotated[str, typer.Argument(help="The key's name.")], db: DbOption = None
) -> None:
    """Revoke an API key by name.

    Example: nutgraf keys revoke example-news
    """
    try:
        done = _open_store(db).revoke_api_key(name)
    except NutgrafError as exc:
        raise _fail(str(exc)) from None
    if not done:
        raise _fail(f"no API key named {name!r}")
    typer.echo(f"revoked {name}")
