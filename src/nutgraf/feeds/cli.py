"""``nutgraf feed add|list|update``: thin shells over ``nutgraf.feeds``.

Exit codes as every command's (``nutgraf.cli_edge``): 0 ok, 1 unexpected failure, 2 bad
input or refused URL, 3 fetch failed, 4 store unavailable. ``feed update`` exits 0 when
items failed: each failure is printed with its reason, recorded on its item (``feed list``
shows the counts) and retried by later updates.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from nutgraf.cli_edge import Command, fail, sub_app
from nutgraf.config import PRIVATE_HELP, Config

if TYPE_CHECKING:
    from nutgraf.feeds.updater import UpdateReport
    from nutgraf.store import Store

feed_app = sub_app("Subscribe to RSS/Atom feeds; summarize and store their new stories.")

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", metavar="URL", help="Store URL: sqlite:///PATH or postgresql://... (or NUTGRAF_DB)."
    ),
]
PrivateOption = Annotated[
    bool,
    typer.Option("--allow-private-network", help=PRIVATE_HELP),
]


def _config(allow_private_network: bool) -> Config:
    return Config.from_env(os.environ, allow_private_network=allow_private_network or None)


def _open_store(db: str | None) -> Store:
    from nutgraf.store import Store

    return Store.open(db)


def _logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="nutgraf: %(levelname)s: %(message)s",
        stream=sys.stderr,
    )


def report_text(report: UpdateReport) -> str:
    """What ``feed update`` prints: feeds, items, each failure with its reason, time."""
    feeds = "feed" if report.feeds == 1 else "feeds"
    lines = [
        f"feeds: {report.feeds} {feeds} checked, {report.feeds_unchanged} unchanged since the "
        f"last check, {report.feeds_failed} failed; {report.items_new} new items listed",
        f"items: {report.items_stored} stored, {report.items_duplicate} duplicates, "
        f"{report.items_failed} failed",
    ]
    if report.failures:
        lines.append("failed (tried again by a later update):")
        lines += [f"  {url}: {reason}" for url, reason in report.failures]
    lines.append(f"took {report.seconds:.1f} s")
    return "\n".join(lines)


@feed_app.command("add", cls=Command)
def add_command(
    url: Annotated[
        str,
        typer.Argument(
            metavar="URL", help="An RSS or Atom feed, or a page that links one.", show_default=False
        ),
    ],
    db: DbOption = None,
    allow_private_network: PrivateOption = False,
) -> None:
    """Subscribe to a feed; its items are fetched by the next `nutgraf feed update`.

    Example: nutgraf feed add https://example.org/news/ --db sqlite:///news.db
    """
    from nutgraf.feeds.updater import add_feed
    from nutgraf.store.feeds import FeedStore

    config = _config(allow_private_network)
    store = _open_store(db)
    try:
        feed, created = add_feed(FeedStore(store), url, config)
    finally:
        store.close()
    verb = "added" if created else "already subscribed:"
    typer.echo(f"{verb} {feed.title or '(untitled)'} <{feed.url}>: {feed.items} items")


@feed_app.command("list", cls=Command)
def list_command(
    db: DbOption = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", metavar="FORMAT", help="Output: text or json.")
    ] = "text",
) -> None:
    """List feeds: URL, title, items, stored, failed, last update and last error.

    Example: nutgraf feed list --format json
    """
    from nutgraf.store.feeds import FeedStore

    if fmt not in ("text", "json"):
        fail(f"--format must be text or json, not {fmt!r}")
    store = _open_store(db)
    try:
        feeds = FeedStore(store).list_feeds()
    finally:
        store.close()
    if fmt == "json":
        typer.echo(json.dumps([f.to_dict() for f in feeds], ensure_ascii=False, indent=2))
        return
    for f in feeds:
        updated = f.updated_at.strftime("%Y-%m-%d %H:%M") if f.updated_at else "never"
        error = f"\terror: {f.last_error}" if f.last_error else ""
        typer.echo(
            f"{f.id}\t{f.title or '(untitled)'}\t{f.url}\t{f.items} items, {f.stored} stored, "
            f"{f.failed} failed\tupdated {updated}{error}"
        )


@feed_app.command("update", cls=Command)
def update_command(
    db: DbOption = None,
    threads: Annotated[
        int,
        typer.Option(
            "--threads", metavar="N", min=1, max=64, help="Fetches in flight over all hosts."
        ),
    ] = 8,
    per_host: Annotated[
        int,
        typer.Option(
            "--per-host", metavar="N", min=1, max=8, help="Connections to one host at a time."
        ),
    ] = 2,
    fmt: Annotated[
        str, typer.Option("--format", "-f", metavar="FORMAT", help="Report: text or json.")
    ] = "text",
    allow_private_network: PrivateOption = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Log each fetch and failure as it happens.")
    ] = False,
) -> None:
    """Fetch every due feed, then summarize and store its new items (duplicates once).

    Example: nutgraf feed update --db sqlite:///news.db
    """
    from nutgraf.feeds.updater import FeedUpdater, UpdatePolicy
    from nutgraf.pipeline import Summarizer

    if fmt not in ("text", "json"):
        fail(f"--format must be text or json, not {fmt!r}")
    _logging(verbose)
    config = _config(allow_private_network)
    store = _open_store(db)
    try:
        policy = UpdatePolicy(per_host=per_host, threads=threads)
        report = FeedUpdater(store, Summarizer(config), policy=policy).update()
    finally:
        store.close()
    if fmt == "json":
        typer.echo(json.dumps(report.to_dict()))
    else:
        typer.echo(report_text(report))
