"""Feed updates on a schedule, for ``nutgraf serve --update-feeds-every 15m``.

Each update runs in a fresh process (spawned, at nice 10 like the summarizer workers), so the
server's event loop and GIL never carry extraction or summarizing, memory goes back after
each run, and stopping the server stops an update at once. Loading the models costs a few
seconds per run: noise at the intervals feeds are polled at.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import re
from multiprocessing.process import BaseProcess

from nutgraf.config import Config
from nutgraf.errors import InputError

logger = logging.getLogger(__name__)

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd]?)", re.IGNORECASE)
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86_400}


def parse_duration(text: str) -> float:
    """Seconds in ``"90s"``, ``"15m"``, ``"1h30m"``, ``"2h"`` or a bare number of seconds.

    Raises ``InputError`` for anything else, or for a duration under one second.
    """
    spec = text.strip().lower()
    pos, total = 0, 0.0
    while pos < len(spec):
        match = _DURATION.match(spec, pos)
        if match is None or match.end() == pos:
            raise InputError(f"not a duration: {text!r} (e.g. 90s, 15m, 1h)")
        total += float(match.group(1)) * _UNITS[match.group(2)]
        pos = match.end()
    if total < 1:
        raise InputError(f"not a duration of at least one second: {text!r} (e.g. 90s, 15m, 1h)")
    return total


def update_once(config: Config, db_url: str) -> None:
    """One full update of every due feed in the store at ``db_url`` (a worker's entry point)."""
    from nutgraf.feeds.updater import FeedUpdater
    from nutgraf.pipeline import Summarizer
    from nutgraf.store import Store

    logging.basicConfig(level=logging.INFO, format="nutgraf: %(levelname)s: %(message)s")
    with contextlib.suppress(OSError):
        os.nice(10)
    store = Store.open(db_url, migrate_schema=False)
    try:
        FeedUpdater(store, Summarizer(config)).update()  # logs its report
    finally:
        store.close()


class ScheduledUpdates:
    """Runs ``update_once`` every ``every`` seconds (counted from the end of the last run)."""

    def __init__(self, config: Config, db_url: str, every: float) -> None:
        self.config = config
        self.db_url = db_url
        self.every = every
        self.runs = 0
        self._task: asyncio.Task[None] | None = None
        self._process: BaseProcess | None = None

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._loop())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        process = self._process
        if process is not None and process.is_alive():
            process.terminate()
            await asyncio.get_running_loop().run_in_executor(None, process.join, 10)

    async def _loop(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            process = multiprocessing.get_context("spawn").Process(
                target=update_once,
                args=(self.config, self.db_url),
                name="nutgraf-feed-update",
                daemon=True,
            )
            self._process = process
            process.start()
            await loop.run_in_executor(None, process.join)
            self.runs += 1
            if process.exitcode:
                logger.error("feed update process exited with code %s", process.exitcode)
            self._process = None
            await asyncio.sleep(self.every)
