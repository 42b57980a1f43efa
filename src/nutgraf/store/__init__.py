"""The store every nutgraf command shares: articles, cached summaries, API keys, counters.

>>> store = Store.open()                       # NUTGRAF_DB, else a SQLite file   # doctest: +SKIP
>>> stored = store.put_article(summary.article)                                   # doctest: +SKIP
"""

from __future__ import annotations

from nutgraf.store.db import default_url, resolve_url
from nutgraf.store.store import (
    ApiKey,
    Store,
    StoredArticle,
    StoredSummary,
    cache_key,
    content_hash,
    points_key,
    site_of,
    source_key,
)

__all__ = [
    "ApiKey",
    "Store",
    "StoredArticle",
    "StoredSummary",
    "cache_key",
    "content_hash",
    "default_url",
    "points_key",
    "resolve_url",
    "site_of",
    "source_key",
]
