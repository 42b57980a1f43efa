"""Subscribe to a feed: fetch it once, record it and its items (``nutgraf feed add``).

Kept apart from the updater so that what subscribes (the CLI, the server's feed workers)
loads no summarizer.
"""

from __future__ import annotations

from datetime import UTC, datetime

from nutgraf.config import Config
from nutgraf.errors import InputError
from nutgraf.ingest.feed import Feed, fetch_feed
from nutgraf.ingest.fetch import Resolver
from nutgraf.store.feeds import FeedStore, NewItem, StoredFeed


def add_feed(
    feeds: FeedStore, url: str, config: Config, *, resolver: Resolver | None = None
) -> tuple[StoredFeed, bool]:
    """Subscribe to the feed at ``url`` (RSS, Atom, or a page that links its feed).

    Fetches it once, records its first ``config.max_feed_items`` items as ``new`` (the
    updater fetches them) and returns the feed and whether it is new. Raises
    ``RefusedError`` for a URL that may not be fetched, ``FetchError`` when it cannot be,
    ``InputError`` when it is no feed and links none.
    """
    url = url.strip()
    feed = fetch_feed(url, config, resolver=resolver)
    if feed is None:  # pragma: no cover - no validators were sent, so no 304
        raise InputError(f"{url}: the server answered 304 to an unconditional request")
    stored, created = feeds.add_feed(feed.url, added_url=url, title=feed.title)
    feeds.add_items(stored.id, new_items(feed))
    feeds.feed_checked(
        stored.id,
        datetime.now(UTC),
        title=feed.title,
        etag=feed.etag,
        last_modified=feed.last_modified,
    )
    found = feeds.get_feed(stored.id)
    assert found is not None
    return found, created


def new_items(feed: Feed) -> list[NewItem]:
    """A parsed feed's items as the store records them."""
    return [NewItem(i.guid, i.url, i.title, i.published) for i in feed.items]
