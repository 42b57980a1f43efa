"""The server's settings: one frozen value built by ``nutgraf serve`` or a test."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from nutgraf.config import MB, Config


def _default_workers() -> int:
    return max(1, os.cpu_count() or 1)


@dataclass(frozen=True, slots=True)
class ServerSettings:
    """What ``create_app`` needs; every value has a default fit for one small machine."""

    db_url: str | None = None  # None: NUTGRAF_DB, else the SQLite file in the user data dir
    config: Config = field(default_factory=Config)  # the summarizer's and fetcher's limits
    workers: int = field(default_factory=_default_workers)  # summarizer processes
    max_in_flight: int = 0  # summarize jobs running or queued; 0: 4 per worker
    max_body_bytes: int = 4 * MB  # larger request bodies get 413, never parsed
    anon_per_minute: int = 30  # summarize/ingest requests per client IP without a key
    key_per_minute: int = 600  # per API key, unless the key has its own rate
    require_key: bool = False  # True: no anonymous summarize/ingest ...
    # ... except summarizing URLs of these origins ("https://example.org"): a publisher's
    # own site, whose readers use the widget without a key (``ingest.urls.site_origin``).
    open_sites: tuple[str, ...] = ()
    rate_window_seconds: int = 60
    page_size: int = 20
    feed_update_seconds: float = 0.0  # > 0: update every feed this often (nutgraf feed update)
    feed_workers: int = 1  # processes that subscribe to feeds (POST /api/v1/feeds)
    max_feed_in_flight: int = 0  # subscriptions running or queued; 0: 4 per feed worker

    @property
    def in_flight_cap(self) -> int:
        return self.max_in_flight or 4 * self.workers

    @property
    def feed_in_flight_cap(self) -> int:
        return self.max_feed_in_flight or 4 * self.feed_workers
