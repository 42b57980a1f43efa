"""Progress of a batch: a bar on a terminal, plain log lines otherwise, counts by status."""

from __future__ import annotations

import logging
import time
from collections import Counter
from typing import Any

from nutgraf.batch.records import OK

logger = logging.getLogger("nutgraf.batch")


class Progress:
    """Counts records by status as they finish and shows the rate, errors and ETA.

    ``bar``: draw a rich progress bar on stderr (the CLI passes ``stderr.isatty()``);
    otherwise a log line every ``interval`` seconds.
    """

    def __init__(self, total: int, *, bar: bool = False, interval: float = 10.0) -> None:
        self.total = total
        self.counts: Counter[str] = Counter()
        self.interval = interval
        self._started = time.monotonic()
        self._last_log = self._started
        self._bar: Any = None
        self._task: Any = None
        if bar:
            self._bar, self._task = _rich_bar(total)

    @property
    def done(self) -> int:
        return self.counts.total()

    @property
    def errors(self) -> int:
        return self.done - self.counts[OK]

    def advance(self, counts: Counter[str]) -> None:
        """Add finished records, by status."""
        self.counts.update(counts)
        n = counts.total()
        if self._bar is not None:
            self._bar.update(self._task, advance=n, errors=self.errors)
        self.tick()

    def tick(self) -> None:
        """Log a line if ``interval`` has passed since the last one (no bar only)."""
        now = time.monotonic()
        if self._bar is None and now - self._last_log >= self.interval:
            self._last_log = now
            logger.info("%s", self.line())

    def line(self) -> str:
        """One line: records done, rate, errors so far and ETA."""
        elapsed = max(time.monotonic() - self._started, 1e-9)
        rate = self.done / elapsed
        left = max(self.total - self.done, 0)
        eta = _duration(left / rate) if rate > 0 else "?"
        pct = 100.0 * self.done / self.total if self.total else 100.0
        return (
            f"{self.done:,}/{self.total:,} records ({pct:.0f}%), {rate:,.1f} records/s, "
            f"{self.errors:,} errors, ETA {eta}"
        )

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


def _rich_bar(total: int) -> tuple[Any, Any]:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )

    bar = Progress(
        TextColumn("summarizing"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rate]}"),
        TextColumn("[red]{task.fields[errors]} errors"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        refresh_per_second=4,
    )
    task = bar.add_task("batch", total=total, errors=0, rate="")
    bar.start()
    return _RateBar(bar, task), task


class _RateBar:
    """A rich bar whose rate column is records/s since the start (rich's speed is per window)."""

    def __init__(self, bar: Any, task: Any) -> None:
        self._bar = bar
        self._started = time.monotonic()
        self._done = 0
        self._task = task

    def update(self, task: Any, *, advance: int, errors: int) -> None:
        self._done += advance
        rate = self._done / max(time.monotonic() - self._started, 1e-9)
        self._bar.update(task, advance=advance, errors=errors, rate=f"{rate:,.1f} rec/s")

    def stop(self) -> None:
        self._bar.stop()


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    if seconds >= 60:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds}s"
