"""RSS and Atom subscriptions: ``nutgraf feed add|list|update`` and the server's feed routes.

>>> feed, created = add_feed(FeedStore(store), "https://example.org/rss", config)  # doctest: +SKIP
>>> report = FeedUpdater(store, summarizer).update()                             # doctest: +SKIP
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nutgraf.feeds.dedup import normalize_url
    from nutgraf.feeds.subscribe import add_feed
    from nutgraf.feeds.updater import FeedUpdater, UpdatePolicy, UpdateReport
    from nutgraf.store.feeds import FeedStore, StoredFeed, StoredItem

__all__ = [
    "FeedStore",
    "FeedUpdater",
    "StoredFeed",
    "StoredItem",
    "UpdatePolicy",
    "UpdateReport",
    "add_feed",
    "normalize_url",
]

_HOMES = {
    "normalize_url": "nutgraf.feeds.dedup",
    "FeedUpdater": "nutgraf.feeds.updater",
    "UpdatePolicy": "nutgraf.feeds.updater",
    "UpdateReport": "nutgraf.feeds.updater",
    "add_feed": "nutgraf.feeds.subscribe",
    "FeedStore": "nutgraf.store.feeds",
    "StoredFeed": "nutgraf.store.feeds",
    "StoredItem": "nutgraf.store.feeds",
}

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str) -> Any:
    # Imported on first use, so `nutgraf --help` does not load the store and the summarizer.
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(name)
    return getattr(importlib.import_module(home), name)
