"""Summarizing in a pool of worker processes, so the event loop never does CPU work.

Each worker builds one ``Summarizer`` (models load once per worker, at start-up) and opens
its own ``Store``; a job cleans its input, looks the summary up by cache key, and only
summarizes and stores on a miss. The pool is created when the server starts and warmed up
before the first request is accepted.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from dataclasses import dataclass
from typing import Any

from nutgraf.config import Config
from nutgraf.pipeline import Kind, Summarizer, version
from nutgraf.server.pool import Pool
from nutgraf.store import Store
from nutgraf.summaries import Options, summarize_and_store
from nutgraf.types import Article

logger = logging.getLogger(__name__)

_WARM_EN = "The council approved the budget on Monday. It adds 12 buses. Critics disagree."
_WARM_RU = "Совет утвердил бюджет в понедельник. Он добавит 12 автобусов. Критики не согласны."


@dataclass(frozen=True, slots=True)
class Job:
    """One summarize request: raw text, HTML or a URL, or a stored ``Article``."""

    source: str | Article
    kind: Kind
    options: Options
    input_key: str | None = None  # remember this raw input -> summary (text and HTML only)
    # A URL job for a caller let in only for the server's open sites: every redirect hop
    # must stay on them (``Config.allowed_sites``).
    sites: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class JobResult:
    summary: dict[str, Any]  # StoredSummary.to_dict()
    cached: bool


def input_key(kind: str, raw: str, options: Options) -> str:
    """The key of a raw request (text or HTML): a repeat is answered without the pool."""
    payload = json.dumps([kind, version(), options.as_dict()], sort_keys=True) + "\n" + raw
    return hashlib.sha256(payload.encode("utf-8", errors="surrogatepass")).hexdigest()


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


def run_job(job: Job) -> JobResult:
    """Run in a worker: clean, look up by cache key, summarize and store on a miss."""
    if _worker is None:  # pragma: no cover - the pool always runs the initializer first
        raise RuntimeError("worker not initialised")
    summarizer, store = _worker
    if isinstance(job.source, Article):
        article = job.source
    else:
        if job.sites:
            limited = summarizer.config.with_(allowed_sites=job.sites)
            summarizer = summarizer.with_config(limited)
        article = summarizer.load(job.source, kind=job.kind)
    stored, cached = summarize_and_store(summarizer, store, article, job.options)
    if job.input_key is not None:
        store.alias_input(job.input_key, stored.id)
    return JobResult(stored.to_dict(), cached)


def summarizer_pool(config: Config, db_url: str, workers: int, cap: int) -> Pool:
    """The summarizer's worker processes; ``await pool.warm_up(ready)`` loads their models."""
    return Pool("summarizer", _init_worker, (config, db_url), workers, cap)


def ready() -> bool:
    """Run in a worker by ``Pool.warm_up``: whether its models are loaded."""
    return _worker is not None
