"""``Store``: articles, summaries cached by key, API keys and rate counters in one database.

Every command uses the same store (``nutgraf serve``, later ``nutgraf feed``): a SQLite file
by default or PostgreSQL. Methods are synchronous and thread-safe (one engine, pooled
connections); a process builds its own ``Store``.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import time
from collections.abc import Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine, RowMapping

from nutgraf.errors import InputError, StoreError
from nutgraf.ingest.urls import normalize_url
from nutgraf.store.db import (
    insert_ignore,
    make_engine,
    migrate,
    resolve_url,
    upsert_insert,
    write_transaction,
)
from nutgraf.store.schema import api_keys, articles, rate_counters, summaries, summary_inputs
from nutgraf.types import Article, SourceKind

KEY_PREFIX = "ng_"


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article as stored: its id, the site it came from and its content hash."""

    id: int
    article: Article
    site: str
    content_hash: str
    language: str | None  # detected when it was summarized, else as the page declared
    created_at: datetime
    source_key: str = ""  # ``source_key(article)``

    @property
    def fetched(self) -> bool:
        """Whether nutgraf fetched it from its URL (else it was pasted: text or HTML)."""
        return self.article.url is not None


@dataclass(frozen=True, slots=True)
class StoredSummary:
    """A stored summary: ``data`` is ``Summary.to_dict()`` of the run that made it."""

    id: int
    article_id: int
    cache_key: str
    data: dict[str, Any]
    created_at: datetime

    def to_dict(self) -> dict[str, Any]:
        """The API's JSON: ``data`` with ``id`` and ``article_id`` first."""
        return {"id": self.id, "article_id": self.article_id, **self.data}


@dataclass(frozen=True, slots=True)
class ApiKey:
    """An API key's record; the secret itself is never stored, only its SHA-256."""

    id: int
    name: str
    prefix: str
    rate_per_minute: int | None
    revoked: bool
    created_at: datetime


def content_hash(text: str) -> str:
    """The hash of an article's cleaned text: SHA-256 of its UTF-8.

    Raises ``InputError`` for text with a lone surrogate (no UTF-8, so no store, holds it).
    """
    try:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()
    except UnicodeEncodeError as exc:
        raise InputError(f"text holds a lone surrogate at {exc.start}, not Unicode") from exc


def source_key(article: Article) -> str:
    """What identifies where an article came from: its URL, or all it was pasted with.

    A fetched article (``url`` set: only the fetcher sets it) is known by its normalized URL
    (``ingest.urls.normalize_url``): what the page claims about itself (canonical link, site
    name) never names another page's article. A pasted one is known by its text and every
    field it brought, so two pastes of one text under different titles are two articles.
    """
    if article.url:
        return _sha256(["url", normalize_url(article.url)])
    pasted = [article.title, article.text, article.canonical_url, article.date]
    return _sha256(["pasted", *pasted, article.author, article.site_name])


def cache_key(source: str, digest: str, version: str, options: Mapping[str, Any]) -> str:
    """The key of one article's summary: source key + content hash + version + options."""
    return _sha256({"s": source, "c": digest, "v": version, "o": dict(options)})


def points_key(title: str, digest: str, version: str, options: Mapping[str, Any]) -> str:
    """The key of what a summary's points depend on: title, text, version and options."""
    return _sha256({"t": title, "c": digest, "v": version, "o": dict(options)})


def _sha256(value: Any) -> str:
    canonical = json.dumps(value, sort_keys=True)  # ASCII: escapes keep any str hashable
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def site_of(url: str | None) -> str:
    """The site an article belongs to: its URL's host without ``www.`` ('' when unknown)."""
    if not url:
        return ""
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def _reason(exc: BaseException) -> str:
    """The first line of the driver's own message (psycopg adds hints on later lines)."""
    cause = exc.orig if isinstance(exc, sa.exc.DBAPIError) and exc.orig is not None else exc
    lines = str(cause).strip().splitlines()
    return lines[0] if lines else type(cause).__name__


class Store:
    """The database every nutgraf command shares; ``Store.open()`` migrates it on first use."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str | None = None, *, migrate_schema: bool = True) -> Store:
        """Open the store at ``url`` (else ``NUTGRAF_DB``, else the default SQLite file).

        Raises ``InputError`` for an unsupported URL, ``StoreError`` when the database
        cannot be opened or reached.
        """
        resolved = resolve_url(url)
        try:
            engine = make_engine(resolved)
            if migrate_schema:
                migrate(engine)
        except (sa.exc.SQLAlchemyError, OSError) as exc:
            shown = sa.make_url(resolved).render_as_string(hide_password=True)
            raise StoreError(f"cannot open the store {shown}: {_reason(exc)}") from exc
        return cls(engine)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def connect_url(self) -> str:
        """The full URL, password included: for worker processes that open their own store."""
        return self.engine.url.render_as_string(hide_password=False)

    def close(self) -> None:
        self.engine.dispose()

    # -- articles --------------------------------------------------------------------------

    def put_article(
        self, article: Article, *, site: str | None = None, language: str | None = None
    ) -> StoredArticle:
        """Store ``article`` unless its source stored the same text already; return the
        stored one. The site is that of the URL it was fetched from ('' when pasted: a
        pasted page's canonical link is only its claim). Raises ``InputError`` for an
        article without text.
        """
        if not article.text.strip():
            raise InputError("an article needs text to be stored")
        digest = content_hash(article.text)
        key = source_key(article)
        row = {
            "site": site if site is not None else site_of(article.url),
            "source_key": key,
            "url": article.url,
            "canonical_url": article.canonical_url,
            "content_hash": digest,
            "title": article.title,
            "text": article.text,
            "source": article.source,
            "date": article.date,
            "author": article.author,
            "site_name": article.site_name,
            "language": language or article.language,
            "created_at": _now(),
        }
        with self._write() as conn:
            conn.execute(self._insert_ignore(articles, row))
            found = conn.execute(
                sa.select(articles).where(
                    articles.c.source_key == key, articles.c.content_hash == digest
                )
            ).mappings()
            return _article(found.one())

    def get_article(self, article_id: int) -> StoredArticle | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(articles).where(articles.c.id == article_id))
            found = row.mappings().first()
        return _article(found) if found else None

    def list_articles(
        self, *, site: str | None = None, limit: int = 20, offset: int = 0
    ) -> list[StoredArticle]:
        """Articles newest first, optionally of one site."""
        query = sa.select(articles).order_by(articles.c.id.desc()).limit(limit).offset(offset)
        if site is not None:
            query = query.where(articles.c.site == site)
        with self.engine.connect() as conn:
            return [_article(r) for r in conn.execute(query).mappings()]

    def count_articles(self, *, site: str | None = None) -> int:
        query = sa.select(sa.func.count()).select_from(articles)
        if site is not None:
            query = query.where(articles.c.site == site)
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def neighbours(
        self, article_id: int, *, site: str | None = None
    ) -> tuple[StoredArticle | None, StoredArticle | None]:
        """The articles stored just before and just after ``article_id``: (previous, next)."""
        cols = articles.c
        older = sa.select(articles).where(cols.id < article_id).order_by(cols.id.desc())
        newer = sa.select(articles).where(cols.id > article_id).order_by(cols.id.asc())
        if site is not None:
            older, newer = older.where(cols.site == site), newer.where(cols.site == site)
        with self.engine.connect() as conn:
            prev = conn.execute(older.limit(1)).mappings().first()
            nxt = conn.execute(newer.limit(1)).mappings().first()
        return (_article(prev) if prev else None, _article(nxt) if nxt else None)

    def set_language(self, article_id: int, language: str) -> None:
        with self._write() as conn:
            conn.execute(
                articles.update().where(articles.c.id == article_id).values(language=language)
            )

    # -- summaries -------------------------------------------------------------------------

    def get_summary(self, summary_id: int) -> StoredSummary | None:
        return self._summary_where(summaries.c.id == summary_id)

    def get_summary_by_key(self, key: str) -> StoredSummary | None:
        return self._summary_where(summaries.c.cache_key == key)

    def get_summary_by_points_key(self, key: str) -> StoredSummary | None:
        """The oldest summary whose points were made from the same title, text and options."""
        return self._summary_where(summaries.c.points_key == key)

    def put_summary(
        self,
        article_id: int,
        key: str,
        data: Mapping[str, Any],
        *,
        version: str,
        options: Mapping[str, Any],
        points_key: str | None = None,
    ) -> StoredSummary:
        """Get or create the summary under ``key``: the first writer wins, later ones get it.

        ``points_key`` (``store.points_key``) lets later articles with the same title and
        text reuse its points.
        """
        row = {
            "article_id": article_id,
            "cache_key": key,
            "points_key": points_key,
            "version": version,
            "options": json.dumps(dict(options), sort_keys=True),
            "data": json.dumps(dict(data), ensure_ascii=False),
            "created_at": _now(),
        }
        with self._write() as conn:
            conn.execute(self._insert_ignore(summaries, row))
            found = conn.execute(sa.select(summaries).where(summaries.c.cache_key == key))
            return _summary(found.mappings().one())

    def alias_input(self, input_key: str, summary_id: int) -> None:
        """Remember that the raw input ``input_key`` gives summary ``summary_id``."""
        with self._write() as conn:
            conn.execute(
                self._insert_ignore(
                    summary_inputs, {"input_key": input_key, "summary_id": summary_id}
                )
            )

    def summary_for_input(self, input_key: str) -> StoredSummary | None:
        query = sa.select(summaries).join(
            summary_inputs, summary_inputs.c.summary_id == summaries.c.id
        )
        with self.engine.connect() as conn:
            row = conn.execute(query.where(summary_inputs.c.input_key == input_key))
            found = row.mappings().first()
        return _summary(found) if found else None

    # -- API keys --------------------------------------------------------------------------

    def create_api_key(self, name: str, *, rate_per_minute: int | None = None) -> str:
        """Create a key called ``name`` and return its secret (shown once, stored hashed).

        Raises ``InputError`` when the name is empty or taken.
        """
        name = name.strip()
        if not name:
            raise InputError("an API key needs a name")
        secret = KEY_PREFIX + secrets.token_urlsafe(24)
        row = {
            "name": name,
            "key_hash": _key_hash(secret),
            "prefix": secret[:10],
            "rate_per_minute": rate_per_minute,
            "revoked": False,
            "created_at": _now(),
        }
        with self._write() as conn:
            taken = conn.execute(sa.select(api_keys.c.id).where(api_keys.c.name == name))
            if taken.first() is not None:
                raise InputError(f"an API key named {name!r} exists already")
            conn.execute(api_keys.insert().values(**row))
        return secret

    def find_api_key(self, secret: str) -> ApiKey | None:
        """The live key whose secret is ``secret``, or None (unknown or revoked)."""
        query = sa.select(api_keys).where(
            api_keys.c.key_hash == _key_hash(secret), api_keys.c.revoked == sa.false()
        )
        with self.engine.connect() as conn:
            found = conn.execute(query).mappings().first()
        return _api_key(found) if found else None

    def list_api_keys(self) -> list[ApiKey]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(api_keys).order_by(api_keys.c.id)).mappings()
            return [_api_key(r) for r in rows]

    def revoke_api_key(self, name: str) -> bool:
        """Revoke the key called ``name``; False when there is none."""
        with self._write() as conn:
            done = conn.execute(
                api_keys.update().where(api_keys.c.name == name).values(revoked=True)
            )
            return bool(done.rowcount)

    # -- rate limits -----------------------------------------------------------------------

    def hit(self, bucket: str, window_seconds: int, now: float | None = None) -> int:
        """Count one request in ``bucket``'s current fixed window; return the window's count.

        One atomic upsert, so the count holds across threads, worker processes and servers
        that share this database.
        """
        now = time.time() if now is None else now
        window = int(now // window_seconds) * window_seconds
        values = {"bucket": bucket, "window": window, "count": 1}
        stmt = upsert_insert(self.engine, rate_counters).values(**values)
        stmt = stmt.on_conflict_do_update(
            index_elements=["bucket", "window"],
            set_={"count": rate_counters.c.count + 1},
        ).returning(rate_counters.c.count)
        with self._write() as conn:
            count = int(conn.execute(stmt).scalar_one())
            if count == 1 and secrets.randbelow(64) == 0:
                # Now and then, drop windows that ended long ago; no job runner needed.
                conn.execute(rate_counters.delete().where(rate_counters.c.window < window - 3600))
        return count

    # -- helpers ---------------------------------------------------------------------------

    def _write(self) -> AbstractContextManager[Connection]:
        return write_transaction(self.engine)

    def _insert_ignore(self, table: sa.Table, row: Mapping[str, Any]) -> Any:
        return insert_ignore(self.engine, table, row)

    def _summary_where(self, clause: sa.ColumnElement[bool]) -> StoredSummary | None:
        query = sa.select(summaries).where(clause).order_by(summaries.c.id).limit(1)
        with self.engine.connect() as conn:
            found = conn.execute(query).mappings().first()
        return _summary(found) if found else None


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime) -> datetime:
    # SQLite hands back naive datetimes; everything stored is UTC.
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _key_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _source(value: str) -> SourceKind:
    kinds: dict[str, SourceKind] = {"text": "text", "html": "html", "url": "url"}
    return kinds.get(value, "text")


def _article(row: RowMapping) -> StoredArticle:
    article = Article(
        text=row["text"],
        title=row["title"],
        source=_source(row["source"]),
        url=row["url"],
        canonical_url=row["canonical_url"],
        date=row["date"],
        author=row["author"],
        site_name=row["site_name"],
        language=row["language"],
    )
    return StoredArticle(
        id=row["id"],
        article=article,
        site=row["site"],
        content_hash=row["content_hash"],
        language=row["language"],
        created_at=_aware(row["created_at"]),
        source_key=row["source_key"],
    )


def _summary(row: RowMapping) -> StoredSummary:
    return StoredSummary(
        id=row["id"],
        article_id=row["article_id"],
        cache_key=row["cache_key"],
        data=json.loads(row["data"]),
        created_at=_aware(row["created_at"]),
    )


def _api_key(row: RowMapping) -> ApiKey:
    return ApiKey(
        id=row["id"],
        name=row["name"],
        prefix=row["prefix"],
        rate_per_minute=row["rate_per_minute"],
        revoked=bool(row["revoked"]),
        created_at=_aware(row["created_at"]),
    )
