"""What the routes share: the store, the worker pool, the limiter and the settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from nutgraf.errors import NutgrafError
from nutgraf.ingest.decode import check_unicode
from nutgraf.ingest.fetch import check_url
from nutgraf.pipeline import Kind
from nutgraf.server.errors import ApiError, from_nutgraf
from nutgraf.server.limits import Limiter
from nutgraf.server.pool import BusyError, Pool
from nutgraf.server.settings import ServerSettings
from nutgraf.server.work import Job, JobResult, input_key, run_job
from nutgraf.store import Store, StoredArticle
from nutgraf.summaries import Options, summary_key


@dataclass
class Service:
    settings: ServerSettings
    store: Store
    pool: Pool  # the summarizer's workers
    limiter: Limiter
    feed_pool: Pool | None = None  # the feed workers (POST /api/v1/feeds)

    async def summarize_input(
        self, request: Request, kind: Kind, raw: str, options: Options
    ) -> JobResult:
        """Summarize raw text, HTML or a URL for ``request``'s caller (rate-limited)."""
        caller = await self.limiter.check(request, raw if kind == "url" else None)
        if not raw.strip():
            raise ApiError(422, "bad_input", f"the {kind} is empty")
        try:
            check_unicode(raw)  # a lone surrogate: 422 here, not a 500 from the store
        except NutgrafError as exc:
            raise from_nutgraf(exc) from exc
        if kind == "url":
            try:
                check_url(raw.strip(), self.settings.config)
            except NutgrafError as exc:
                raise from_nutgraf(exc) from exc
            return await self._run(Job(raw.strip(), "url", options, sites=caller.sites))
        key = input_key(kind, raw, options)
        found = await run_in_threadpool(self.store.summary_for_input, key)
        if found is not None:
            return JobResult(found.to_dict(), cached=True)
        return await self._run(Job(raw, kind, options, input_key=key))

    async def summarize_article(self, request: Request, stored: StoredArticle) -> JobResult:
        """The default summary of a stored article; only a miss counts against the limit."""
        options = Options()
        key = summary_key(stored.article, options)
        found = await run_in_threadpool(self.store.get_summary_by_key, key)
        if found is not None:
            return JobResult(found.to_dict(), cached=True)
        await self.limiter.check(request, stored.article.url or None)
        return await self._run(Job(stored.article, "text", options))

    async def _run(self, job: Job) -> JobResult:
        try:
            return await self.pool.run(run_job, job)
        except BusyError:
            raise busy("the summarizer") from None
        except NutgrafError as exc:
            raise from_nutgraf(exc) from exc


def busy(what: str) -> ApiError:
    """503 with ``Retry-After``: the answer beyond a pool's in-flight cap."""
    return ApiError(503, "busy", f"{what} is at capacity; retry shortly", {"Retry-After": "1"})


def article_dict(stored: StoredArticle, *, body: bool = True) -> dict[str, Any]:
    """An article's JSON in the API (``text`` only when ``body``)."""
    art = stored.article
    data: dict[str, Any] = {
        "id": stored.id,
        "site": stored.site,
        "title": art.title,
        "url": art.url,
        "canonical_url": art.canonical_url,
        "date": art.date,
        "author": art.author,
        "site_name": art.site_name,
        "language": stored.language,
        "source": art.source,
        "content_hash": stored.content_hash,
        "created_at": stored.created_at.isoformat(),
    }
    if body:
        data["text"] = art.text
    return data
