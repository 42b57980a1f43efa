"""``run()``: plan the shards, skip the finished ones, hand the rest to an engine."""

from __future__ import annotations

import logging
import os
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from nutgraf.batch.inputs import Columns, fingerprint, plan
from nutgraf.batch.output import OutputDir, OutputFormat
from nutgraf.batch.progress import Progress
from nutgraf.batch.records import OK, Options
from nutgraf.config import Config
from nutgraf.errors import InputError

logger = logging.getLogger("nutgraf.batch")

Engine = Literal["local", "spark"]
DEFAULT_SHARD_SIZE = 1000


@dataclass
class BatchResult:
    """What one run did. ``counts`` covers the records summarized by this run only."""

    out: str
    shards: int
    skipped_shards: int  # finished by an earlier run
    counts: Counter[str] = field(default_factory=Counter)
    failed_shards: list[str] = field(default_factory=list)
    worker_deaths: int = 0
    peak_worker_rss: int = 0  # bytes; local engine only
    plan_seconds: float = 0.0
    seconds: float = 0.0

    @property
    def records(self) -> int:
        return self.counts.total()

    @property
    def errors(self) -> int:
        return self.records - self.counts[OK]


def run(
    inputs: Sequence[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    engine: Engine = "local",
    workers: int | None = None,
    fmt: OutputFormat = "jsonl",
    resume: bool = False,
    shard_size: int = DEFAULT_SHARD_SIZE,
    columns: Columns | None = None,
    config: Config | None = None,
    points: int | None = None,
    words: int | None = None,
    timeout: float = 60.0,
    master: str | None = None,
    spark_conf: Mapping[str, str] | None = None,
    progress_bar: bool = False,
    log_interval: float = 10.0,
) -> BatchResult:
    """Summarize every record of ``inputs`` into one output file per shard under ``out``.

    ``inputs``: JSONL or Parquet files (fields named by ``columns``), folders of .html/.txt
    files, or globs. ``resume`` skips shards finished by an earlier run into ``out``;
    ``timeout`` is the per-record deadline in seconds. ``engine="spark"`` needs
    ``nutgraf[spark]``; ``master`` is its master URL (default ``local[workers]``) and
    ``spark_conf`` extra Spark settings (``{"spark.ui.enabled": "false"}``).
    Raises ``InputError`` for bad inputs or an output folder that does not match.
    """
    if fmt not in ("jsonl", "parquet"):
        raise InputError(f"format must be jsonl or parquet, not {fmt!r}")
    if engine not in ("local", "spark"):
        raise InputError(f"engine must be local or spark, not {engine!r}")
    if points is not None and not 1 <= points <= 50:
        raise InputError(f"points must be between 1 and 50, not {points}")
    if words is not None and words < 1:
        raise InputError(f"words must be positive, not {words}")
    columns = columns or Columns()
    config = config or Config()
    options = Options(points=points, words=words, timeout=timeout)
    workers = workers or os.cpu_count() or 1
    started = time.monotonic()
    shards = plan(inputs, shard_size)
    output = OutputDir(out, fmt)
    output.open(fingerprint(shards), resume=resume)
    try:
        todo = [s for s in shards if not output.done(s.id)]
        result = BatchResult(str(output.path), len(shards), len(shards) - len(todo))
        result.plan_seconds = time.monotonic() - started
        if result.skipped_shards:
            logger.info(
                "resuming: %d of %d shards already done", result.skipped_shards, len(shards)
            )
        progress = Progress(sum(s.count for s in todo), bar=progress_bar, interval=log_interval)
        try:
            if engine == "local":
                from nutgraf.batch.local import run_local

                stats = run_local(
                    todo,
                    output,
                    config=config,
                    columns=columns,
                    options=options,
                    workers=workers,
                    progress=progress,
                )
                result.failed_shards = stats.failed_shards
                result.worker_deaths = stats.deaths
                result.peak_worker_rss = stats.peak_worker_rss
            else:
                from nutgraf.batch.spark import run_spark

                run_spark(
                    todo,
                    output,
                    config=config,
                    columns=columns,
                    options=options,
                    workers=workers,
                    master=master,
                    progress=progress,
                    conf=spark_conf,
                )
        finally:
            progress.close()
        result.counts = +progress.counts  # drop statuses retracted to zero
        output.clean_temps()  # no task runs now: what is left was torn by a dead attempt
    finally:
        output.close()
    result.seconds = time.monotonic() - started
    return result
