"""``FeedStore``: feeds, their items and the dedup keys, over the same engine as ``Store``.

A feed's item moves ``new -> ok | duplicate | failed``; a failed item (or feed) carries its
reason, its attempts and the time of its next attempt (backoff is the caller's policy; the
store records it). Writes take SQLite's write lock up front, as ``Store`` does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.engine import Connection, RowMapping

from nutgraf.store.db import insert_ignore, write_transaction
from nutgraf.store.schema import (
    article_bands,
    article_urls,
    articles,
    feed_items,
    feeds,
    site_pages,
)
from nutgraf.store.store import Store, site_of

ItemState = Literal["new", "ok", "duplicate", "failed"]


@dataclass(frozen=True, slots=True)
class StoredFeed:
    """A subscribed feed with its validators, its last error and its item counts."""

    id: int
    url: str
    added_url: str
    title: str
    etag: str | None
    last_modified: str | None
    added_at: datetime
    checked_at: datetime | None
    updated_at: datetime | None
    last_error: str | None
    failures: int
    next_attempt: datetime | None
    items: int = 0  # every item seen
    stored: int = 0  # items stored as articles (ok)
    failed: int = 0  # items failed (retried or given up)

    def to_dict(self) -> dict[str, Any]:
        """The JSON of ``nutgraf feed list --format json`` and ``GET /api/v1/feeds``."""
        return {
            "id": self.id,
            "url": self.url,
            "added_url": self.added_url,
            "title": self.title,
            "items": self.items,
            "stored": self.stored,
            "failed": self.failed,
            "added_at": self.added_at.isoformat(),
            "checked_at": _iso(self.checked_at),
            "updated_at": _iso(self.updated_at),
            "last_error": self.last_error,
            "failures": self.failures,
            "next_attempt": _iso(self.next_attempt),
        }


@dataclass(frozen=True, slots=True)
class StoredItem:
    """One item of a feed and where it stands."""

    id: int
    feed_id: int
    guid: str
    url: str
    title: str
    published: str | None
    state: ItemState
    reason: str | None
    attempts: int
    next_attempt: datetime | None
    article_id: int | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "feed_id": self.feed_id,
            "guid": self.guid,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "state": self.state,
            "reason": self.reason,
            "attempts": self.attempts,
            "next_attempt": _iso(self.next_attempt),
            "article_id": self.article_id,
        }


@dataclass(frozen=True, slots=True)
class NewItem:
    """An item as a feed lists it, before it is stored."""

    guid: str
    url: str
    title: str = ""
    published: str | None = None


class FeedStore:
    """Feed tables of a ``Store``'s database; thread-safe like the ``Store`` it wraps."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.engine = store.engine

    # -- feeds -----------------------------------------------------------------------------

    def add_feed(self, url: str, *, added_url: str, title: str = "") -> tuple[StoredFeed, bool]:
        """Get or create the feed at ``url``; True when it was created."""
        row = {"url": url, "added_url": added_url, "title": title, "added_at": _now()}
        with self._write() as conn:
            created = self._inserted(conn, feeds, row)
            found = conn.execute(sa.select(feeds).where(feeds.c.url == url)).mappings().one()
            return _feed(found), created

    def get_feed(self, feed_id: int) -> StoredFeed | None:
        found = self.list_feeds(ids=[feed_id])
        return found[0] if found else None

    def list_feeds(self, *, ids: Sequence[int] | None = None) -> list[StoredFeed]:
        """Feeds in the order they were added, with item counts."""
        state = feed_items.c.state
        counts = (
            sa.select(
                feed_items.c.feed_id,
                sa.func.count().label("n_items"),
                sa.func.sum(sa.case((state == "ok", 1), else_=0)).label("n_stored"),
                sa.func.sum(sa.case((state == "failed", 1), else_=0)).label("n_failed"),
            )
            .group_by(feed_items.c.feed_id)
            .subquery()
        )
        query = (
            sa.select(*feeds.c, counts.c.n_items, counts.c.n_stored, counts.c.n_failed)
            .select_from(feeds.outerjoin(counts, counts.c.feed_id == feeds.c.id))
            .order_by(feeds.c.id)
        )
        if ids is not None:
            query = query.where(feeds.c.id.in_(list(ids)))
        with self.engine.connect() as conn:
            return [_feed(r) for r in conn.execute(query).mappings()]

    def due_feeds(self, now: datetime) -> list[StoredFeed]:
        """Feeds whose next attempt is due (never failed, or past their backoff)."""
        query = (
            sa.select(feeds)
            .where(sa.or_(feeds.c.next_attempt.is_(None), feeds.c.next_attempt <= now))
            .order_by(feeds.c.id)
        )
        with self.engine.connect() as conn:
            return [_feed(r) for r in conn.execute(query).mappings()]

    def feed_checked(
        self,
        feed_id: int,
        now: datetime,
        *,
        title: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        changed: bool = True,
    ) -> None:
        """Record a successful fetch (``changed`` False: 304 Not Modified, keep validators)."""
        values: dict[str, Any] = {
            "checked_at": now,
            "updated_at": now,
            "last_error": None,
            "failures": 0,
            "next_attempt": None,
        }
        if changed:
            values.update(etag=etag, last_modified=last_modified)
            if title:
                values["title"] = title
        with self._write() as conn:
            conn.execute(feeds.update().where(feeds.c.id == feed_id).values(**values))

    def feed_failed(
        self, feed_id: int, reason: str, now: datetime, next_attempt: datetime | None
    ) -> None:
        """Record a failed fetch: the reason, one more failure, when to try again."""
        with self._write() as conn:
            conn.execute(
                feeds.update()
                .where(feeds.c.id == feed_id)
                .values(
                    checked_at=now,
                    last_error=reason,
                    failures=feeds.c.failures + 1,
                    next_attempt=next_attempt,
                )
            )

    # -- items -----------------------------------------------------------------------------

    def add_items(self, feed_id: int, items: Iterable[NewItem]) -> int:
        """Store the items not seen before in this feed (by guid); return how many were new."""
        now = _now()
        rows = [
            {
                "feed_id": feed_id,
                "guid": item.guid,
                "url": item.url,
                "title": item.title,
                "published": item.published,
                "state": "new",
                "attempts": 0,
                "created_at": now,
                "updated_at": now,
            }
            for item in items
        ]
        if not rows:
            return 0
        added = 0
        with self._write() as conn:
            for row in rows:
                added += self._inserted(conn, feed_items, row)
        return added

    def due_items(
        self, now: datetime, *, feed_ids: Sequence[int] | None = None
    ) -> list[StoredItem]:
        """Items to fetch: new ones, and failed ones whose next attempt is due; oldest first."""
        cols = feed_items.c
        due = sa.or_(
            cols.state == "new",
            sa.and_(
                cols.state == "failed", cols.next_attempt.is_not(None), cols.next_attempt <= now
            ),
        )
        query = sa.select(feed_items).where(due).order_by(cols.id)
        if feed_ids is not None:
            query = query.where(cols.feed_id.in_(list(feed_ids)))
        with self.engine.connect() as conn:
            return [_item(r) for r in conn.execute(query).mappings()]

    def list_items(
        self,
        feed_id: int | None = None,
        *,
        state: ItemState | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[StoredItem]:
        """Items newest first, optionally of one feed or in one state."""
        query = sa.select(feed_items).order_by(feed_items.c.id.desc()).limit(limit).offset(offset)
        if feed_id is not None:
            query = query.where(feed_items.c.feed_id == feed_id)
        if state is not None:
            query = query.where(feed_items.c.state == state)
        with self.engine.connect() as conn:
            return [_item(r) for r in conn.execute(query).mappings()]

    def count_items(self, feed_id: int | None = None) -> int:
        query = sa.select(sa.func.count()).select_from(feed_items)
        if feed_id is not None:
            query = query.where(feed_items.c.feed_id == feed_id)
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def item_stored(self, item_id: int, article_id: int, *, duplicate: bool = False) -> None:
        """Mark an item ok (its article) or duplicate (the article stored before it)."""
        self._set_item(
            item_id,
            state="duplicate" if duplicate else "ok",
            article_id=article_id,
            reason=None,
            next_attempt=None,
        )

    def item_failed(self, item_id: int, reason: str, next_attempt: datetime | None) -> None:
        """Record an item's failure: reason, one more attempt, next attempt (None: give up)."""
        with self._write() as conn:
            conn.execute(
                feed_items.update()
                .where(feed_items.c.id == item_id)
                .values(
                    state="failed",
                    reason=reason,
                    attempts=feed_items.c.attempts + 1,
                    next_attempt=next_attempt,
                    updated_at=_now(),
                )
            )

    def _set_item(self, item_id: int, **values: Any) -> None:
        with self._write() as conn:
            conn.execute(
                feed_items.update()
                .where(feed_items.c.id == item_id)
                .values(updated_at=_now(), **values)
            )

    # -- dedup -----------------------------------------------------------------------------

    def article_for_urls(self, keys: Iterable[str], raw: Iterable[str] = ()) -> int | None:
        """The stored article one of the normalized URL ``keys`` (or ``raw`` URLs) names.

        Only fetched articles count: a pasted copy is no source for a URL, whatever it says.
        A raw URL matches an article fetched from it, or one whose canonical link names it
        on its own site.
        """
        keys, raw = [k for k in keys if k], [u for u in raw if u]
        with self.engine.connect() as conn:
            if keys:
                found = conn.execute(
                    sa.select(article_urls.c.article_id)
                    .where(article_urls.c.url_key.in_(keys))
                    .limit(1)
                ).scalar()
                if found is not None:
                    return int(found)
            if raw:  # articles stored by the server or `summarize`, which keep raw URLs
                canonical = [
                    sa.and_(articles.c.canonical_url == u, articles.c.site == site_of(u))
                    for u in raw
                ]
                found = conn.execute(
                    sa.select(articles.c.id)
                    .where(articles.c.url.is_not(None))
                    .where(sa.or_(articles.c.url.in_(raw), *canonical))
                    .order_by(articles.c.id)
                    .limit(1)
                ).scalar()
                if found is not None:
                    return int(found)
        return None

    def article_for_hash(self, digest: str) -> int | None:
        """The first fetched article with this text (pasted copies are nobody's source)."""
        query = (
            sa.select(articles.c.id)
            .where(articles.c.content_hash == digest, articles.c.url.is_not(None))
            .order_by(articles.c.id)
            .limit(1)
        )
        with self.engine.connect() as conn:
            found = conn.execute(query).scalar()
        return None if found is None else int(found)

    def remember_article(
        self, article_id: int, url_keys: Iterable[str], bands: Sequence[int]
    ) -> None:
        """Index an article by its normalized URLs and its MinHash bands."""
        with self._write() as conn:
            for key in dict.fromkeys(k for k in url_keys if k):
                conn.execute(
                    self._insert_ignore(article_urls, {"url_key": key, "article_id": article_id})
                )
            for band in dict.fromkeys(bands):
                conn.execute(
                    self._insert_ignore(article_bands, {"band": band, "article_id": article_id})
                )

    def band_candidates(self, bands: Sequence[int], *, limit: int = 50) -> list[tuple[int, str]]:
        """Articles sharing at least one band, most shared first: (id, text)."""
        if not bands:
            return []
        shared = (
            sa.select(article_bands.c.article_id, sa.func.count().label("n"))
            .where(article_bands.c.band.in_(list(bands)))
            .group_by(article_bands.c.article_id)
            .subquery()
        )
        query = (
            sa.select(articles.c.id, articles.c.text)
            .join(shared, shared.c.article_id == articles.c.id)
            .order_by(shared.c.n.desc(), articles.c.id)
            .limit(limit)
        )
        with self.engine.connect() as conn:
            return [(int(r.id), str(r.text)) for r in conn.execute(query)]

    def feed_titles(self, article_ids: Sequence[int]) -> dict[int, str]:
        """For each article that came from a feed, that feed's title (or URL when untitled)."""
        return {a: title for a, (_, title) in self.feed_links(article_ids).items()}

    def feed_links(self, article_ids: Sequence[int]) -> dict[int, tuple[int, str]]:
        """For each article seen in a feed: (that feed's id, its title or URL); first feed wins."""
        if not article_ids:
            return {}
        query = (
            sa.select(feed_items.c.article_id, feeds.c.id, feeds.c.title, feeds.c.url)
            .join(feeds, feeds.c.id == feed_items.c.feed_id)
            .where(
                feed_items.c.article_id.in_(list(article_ids)),
                feed_items.c.state.in_(("ok", "duplicate")),
            )
            .order_by(feed_items.c.id)
        )
        links: dict[int, tuple[int, str]] = {}
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                links.setdefault(int(row.article_id), (int(row.id), row.title or row.url))
        return links

    def feed_article_ids(self, feed_id: int, *, limit: int, offset: int = 0) -> list[int]:
        """Articles stored from ``feed_id``'s items, newest first."""
        query = (
            sa.select(feed_items.c.article_id)
            .where(feed_items.c.feed_id == feed_id, feed_items.c.state == "ok")
            .order_by(feed_items.c.article_id.desc())
            .limit(limit)
            .offset(offset)
        )
        with self.engine.connect() as conn:
            return [int(r) for r in conn.execute(query).scalars() if r is not None]

    # -- per-site clutter ------------------------------------------------------------------

    def add_site_page(self, site: str, url: str | None, text: str, *, keep: int = 20) -> None:
        """Keep ``text`` (raw scraped text) as one of ``site``'s last ``keep`` pages."""
        with self._write() as conn:
            conn.execute(
                site_pages.insert().values(site=site, url=url, text=text, created_at=_now())
            )
            old = (
                sa.select(site_pages.c.id)
                .where(site_pages.c.site == site)
                .order_by(site_pages.c.id.desc())
                .offset(keep)
            )
            conn.execute(site_pages.delete().where(site_pages.c.id.in_(old.scalar_subquery())))

    def site_pages(self, site: str, *, limit: int = 20) -> list[str]:
        """The raw scraped text of ``site``'s last pages, newest first."""
        query = (
            sa.select(site_pages.c.text)
            .where(site_pages.c.site == site)
            .order_by(site_pages.c.id.desc())
            .limit(limit)
        )
        with self.engine.connect() as conn:
            return [str(t) for t in conn.execute(query).scalars()]

    # -- helpers ---------------------------------------------------------------------------

    def _write(self) -> AbstractContextManager[Connection]:
        return write_transaction(self.engine)

    def _inserted(self, conn: Connection, table: sa.Table, row: dict[str, Any]) -> bool:
        """Insert ``row`` unless it conflicts; whether it was inserted.

        (RETURNING, not rowcount: PostgreSQL's implicit RETURNING makes rowcount unreliable.)
        """
        stmt = self._insert_ignore(table, row).returning(*table.primary_key.columns)
        return conn.execute(stmt).first() is not None

    def _insert_ignore(self, table: sa.Table, row: dict[str, Any]) -> Any:
        return insert_ignore(self.engine, table, row)


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _state(value: str) -> ItemState:
    states: dict[str, ItemState] = {
        "new": "new",
        "ok": "ok",
        "duplicate": "duplicate",
        "failed": "failed",
    }
    return states.get(value, "new")


def _feed(row: RowMapping) -> StoredFeed:
    added = _aware(row["added_at"])
    assert added is not None
    return StoredFeed(
        id=row["id"],
        url=row["url"],
        added_url=row["added_url"],
        title=row["title"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        added_at=added,
        checked_at=_aware(row["checked_at"]),
        updated_at=_aware(row["updated_at"]),
        last_error=row["last_error"],
        failures=row["failures"],
        next_attempt=_aware(row["next_attempt"]),
        items=int(row.get("n_items") or 0),
        stored=int(row.get("n_stored") or 0),
        failed=int(row.get("n_failed") or 0),
    )


def _item(row: RowMapping) -> StoredItem:
    return StoredItem(
        id=row["id"],
        feed_id=row["feed_id"],
        guid=row["guid"],
        url=row["url"],
        title=row["title"],
        published=row["published"],
        state=_state(row["state"]),
        reason=row["reason"],
        attempts=row["attempts"],
        next_attempt=_aware(row["next_attempt"]),
        article_id=row["article_id"],
    )
