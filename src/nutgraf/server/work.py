"""Summarizing in a pool of worker processes, so the event loop never does CPU work.

Each worker builds one ``Summarizer`` (models load once per worker, at start-up) and opens
its own ``Store``; a job cleans its input, looks the summary up by cache key, and only
summarizes and stores on a miss. The pool is created when the server starts and warmed up
before the first request is accepted.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import hashlib
import json
import logging
import multiprocessing
import os
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from nutgraf.config import Config
from nutgraf.pipeline import Kind, Summarizer, version
from nutgraf.store import Store, StoredSummary, cache_key, content_hash
from nutgraf.types import Article

logger = logging.getLogger(__name__)

_WARM_EN = "The council approved the budget on Monday. It adds 12 buses. Critics disagree."
_WARM_RU = "Совет утвердил бюджет в понедельник. Он добавит 12 автобусов. Критики не согласны."


@dataclass(frozen=True, slots=True)
class Options:
    """The summary options that are part of the cache key."""

    points: int | None = None
    words: int | None = None
    language: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"points": self.points, "words": self.words, "language": self.language}


@dataclass(frozen=True, slots=True)
class Job:
    """One summarize request: raw text, HTML or a URL, or a stored ``Article``."""

    source: str | Article
    kind: Kind
    options: Options
    input_key: str | None = None  # remember this raw input -> summary (text and HTML only)


@dataclass(frozen=True, slots=True)
class JobResult:
    summary: dict[str, Any]  # StoredSummary.to_dict()
    cached: bool


def input_key(kind: str, raw: str, options: Options) -> str:
    """The key of a raw request (text or HTML): a repeat is answered without the pool."""
    payload = json.dumps([kind, version(), options.as_dict()], sort_keys=True) + "\n" + raw
    return hashlib.sha256(payload.encode("utf-8", errors="surrogatepass")).hexdigest()


def summary_key(digest: str, options: Options) -> str:
    return cache_key(digest, version(), options.as_dict())


# Per-process state of a pool worker: a process pool initializer can only hand objects to
# later jobs through module globals. Never set in the server process itself.
_worker: tuple[Summarizer, Store] | None = None


def _init_worker(config: Config, db_url: str) -> None:
    global _worker
    logging.getLogger("nutgraf").setLevel(logging.WARNING)
    # Workers yield the CPU to the server process, so that under overload admission (503),
    # cached reads and rate limits stay fast while summaries queue.
    with contextlib.suppress(OSError):
        os.nice(10)
    summarizer = Summarizer(config)
    # Load every lazy model now, not on a reader's first click.
    summarizer.summarize(_WARM_EN, kind="text")
    summarizer.summarize(_WARM_RU, kind="text")
    _worker = (summarizer, Store.open(db_url, migrate_schema=False))


def _ready() -> bool:
    return _worker is not None


def run_job(job: Job) -> JobResult:
    """Run in a worker: clean, look up by cache key, summarize and store on a miss."""
    if _worker is None:  # pragma: no cover - the pool always runs the initializer first
        raise RuntimeError("worker not initialised")
    summarizer, store = _worker
    if isinstance(job.source, Article):
        article = job.source
    else:
        article = summarizer.load(job.source, kind=job.kind)
    stored, cached = summarize_and_store(summarizer, store, article, job.options)
    if job.input_key is not None:
        store.alias_input(job.input_key, stored.id)
    return JobResult(stored.to_dict(), cached)


def summarize_and_store(
    summarizer: Summarizer, store: Store, article: Article, options: Options
) -> tuple[StoredSummary, bool]:
    """The summary of ``article`` under ``options`` from the store, else made and stored.

    Returns the stored summary and whether it was there already. Every path that stores
    summaries (the server's workers, ``nutgraf feed update``) goes through here, so they
    share one cache. Raises ``InputError`` when the article has no sentences.
    """
    key = summary_key(content_hash(article.text), options)
    stored = store.get_summary_by_key(key)
    if stored is not None:
        return stored, True
    summary = summarizer.summarize(
        article, points=options.points, words=options.words, language=options.language
    )
    kept = store.put_article(summary.article, language=summary.language)
    if kept.language is None:
        store.set_language(kept.id, summary.language)
    stored = store.put_summary(
        kept.id, key, summary.to_dict(), version=summary.version, options=options.as_dict()
    )
    return stored, False


class BusyError(Exception):
    """Raised when the in-flight cap is reached: the caller answers 503 at once."""


class Pool:
    """The worker processes plus the in-flight cap that guards them."""

    def __init__(self, config: Config, db_url: str, workers: int, cap: int) -> None:
        self._args = (config, db_url)
        self.workers = workers
        self.cap = cap
        self.in_flight = 0
        self._executor = self._new_executor()

    def _new_executor(self) -> concurrent.futures.ProcessPoolExecutor:
        # spawn, not fork: the server process has threads (uvicorn, the DB pool).
        return concurrent.futures.ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=self._args,
        )

    async def warm_up(self) -> None:
        """Start every worker and wait until each has loaded its models."""
        loop = asyncio.get_running_loop()
        futures = [loop.run_in_executor(self._executor, _ready) for _ in range(self.workers)]
        await asyncio.gather(*futures)

    async def run(self, job: Job) -> JobResult:
        """Run ``job`` in a worker; raise ``BusyError`` without waiting when the cap is reached."""
        if self.in_flight >= self.cap:
            raise BusyError
        self.in_flight += 1
        try:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self._executor, run_job, job)
        except BrokenProcessPool:
            # A worker died (killed, out of memory): replace the pool, fail this request.
            logger.error("summarizer worker died; restarting the pool")
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = self._new_executor()
            raise BusyError from None
        finally:
            self.in_flight -= 1

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
