"""Worker processes behind an in-flight cap: the server's admission control.

Work that may be slow or CPU-heavy (summarizing, subscribing to a feed) runs in spawned
processes, never on the event loop nor in its shared thread pool, and at most ``cap`` jobs
of a kind run or wait at once: one more is refused at once (``BusyError``, answered 503
with ``Retry-After``), so a flood of slow jobs cannot stall the pages and reads.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import multiprocessing
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")


class BusyError(Exception):
    """Raised when the in-flight cap is reached: the caller answers 503 at once."""


class Pool:
    """Worker processes (started by ``initializer``) plus the in-flight cap that guards them."""

    def __init__(
        self,
        name: str,
        initializer: Callable[..., None],
        initargs: tuple[Any, ...],
        workers: int,
        cap: int,
    ) -> None:
        self.name = name
        self._initializer = initializer
        self._initargs = initargs
        self.workers = workers
        self.cap = cap
        self.in_flight = 0
        self._executor = self._new_executor()

    def _new_executor(self) -> concurrent.futures.ProcessPoolExecutor:
        # spawn, not fork: the server process has threads (uvicorn, the DB pool). Processes
        # start on the first job, so an unused pool costs nothing.
        return concurrent.futures.ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=self._initializer,
            initargs=self._initargs,
        )

    async def warm_up(self, ready: Callable[[], bool]) -> None:
        """Start every worker and wait until each has run its initializer."""
        loop = asyncio.get_running_loop()
        futures = [loop.run_in_executor(self._executor, ready) for _ in range(self.workers)]
        await asyncio.gather(*futures)

    async def run(self, task: Callable[[T], R], job: T) -> R:
        """Run ``task(job)`` in a worker; raise ``BusyError`` at once when the cap is reached."""
        if self.in_flight >= self.cap:
            raise BusyError
        self.in_flight += 1
        try:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self._executor, task, job)
        except BrokenProcessPool:
            # A worker died (killed, out of memory): replace the pool, fail this request.
            logger.error("%s worker died; restarting the pool", self.name)
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = self._new_executor()
            raise BusyError from None
        finally:
            self.in_flight -= 1

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
