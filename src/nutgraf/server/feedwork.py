"""Subscribing to feeds in worker processes, under their own in-flight cap.

``POST /api/v1/feeds`` fetches a feed (or a page and the feed it links), parses it and
writes its items: seconds of network wait and CPU for a large feed. It runs in a small
pool of spawned processes (``ServerSettings.feed_workers``), so neither the event loop nor
its thread pool carries it, and beyond ``feed_in_flight_cap`` jobs the route answers 503
at once. This module imports no summarizer: a feed worker stays small.
"""

from __future__ import annotations

import contextlib
import logging
import os
from typing import Any

from nutgraf.config import Config
from nutgraf.feeds.subscribe import add_feed
from nutgraf.server.pool import Pool
from nutgraf.store import Store
from nutgraf.store.feeds import FeedStore

# Per-process state of a feed worker, set by the pool's initializer (as in server.work).
_worker: tuple[Config, Store] | None = None


def feed_pool(config: Config, db_url: str, workers: int, cap: int) -> Pool:
    """The feed workers' pool; its processes start with the first subscription."""
    return Pool("feed", _init_worker, (config, db_url), workers, cap)


def _init_worker(config: Config, db_url: str) -> None:
    global _worker
    logging.getLogger("nutgraf").setLevel(logging.WARNING)
    with contextlib.suppress(OSError):
        os.nice(10)
    _worker = (config, Store.open(db_url, migrate_schema=False))


def subscribe(url: str) -> tuple[dict[str, Any], bool]:
    """Run in a feed worker: ``add_feed``; the feed's JSON and whether it is new."""
    if _worker is None:  # pragma: no cover - the pool always runs the initializer first
        raise RuntimeError("feed worker not initialised")
    config, store = _worker
    feed, created = add_feed(FeedStore(store), url, config)
    return feed.to_dict(), created
