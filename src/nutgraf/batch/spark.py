"""The Spark engine and ``summarize_frame`` for Spark users' own jobs (``nutgraf[spark]``).

``run_spark`` makes one Spark task per shard: the task reads its shard, summarizes it and
renames its output file into place, exactly as a local worker does, so Spark's retries of a
failed task, speculative copies and a resumed run all leave each shard once. Inputs and
output must be on a filesystem every executor sees (one machine, NFS, a mounted bucket).
A summarizer is built once per Python worker process and reused by its tasks.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from nutgraf.batch.errors import BatchError
from nutgraf.batch.inputs import Columns, Shard, from_fields
from nutgraf.batch.output import OutputDir, OutputFormat
from nutgraf.batch.progress import Progress
from nutgraf.batch.records import Options, summarize_record
from nutgraf.batch.schema import SPARK_DDL, arrow_schema, pyarrow
from nutgraf.batch.shard import process_shard
from nutgraf.batch.warm import warm_up
from nutgraf.config import Config
from nutgraf.errors import InputError
from nutgraf.pipeline import Summarizer

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession  # type: ignore[import-untyped,import-not-found,unused-ignore]

logger = logging.getLogger(__name__)


def summarize_frame(
    df: DataFrame,
    *,
    columns: Columns | None = None,
    config: Config | None = None,
    points: int | None = None,
    words: int | None = None,
    timeout: float = 60.0,
) -> DataFrame:
    """Summarize every row of ``df`` (an ``id`` and a ``text``, ``html`` or ``url`` column).

    Returns a DataFrame with one row per input row and the batch output columns
    (``nutgraf.batch.FIELDS``: ``id``, ``status``, ``error``, ``title``, ``points``...); join it
    back on ``id``. Runs through Arrow batches (``mapInArrow``); a bad row gets an error
    ``status`` and never fails its task. Raises ``InputError`` when the id column is missing.
    """
    columns = columns or Columns()
    wanted = (columns.id, columns.text, columns.html, columns.url)
    if columns.id not in df.columns:
        raise InputError(f"the DataFrame has no {columns.id!r} column")
    present = [c for c in wanted if c in df.columns]
    if len(present) < 2:
        raise InputError(f"the DataFrame has none of {wanted[1:]}")
    mapper = _FrameMapper(columns, config or Config(), Options(points, words, timeout))
    return df.select(*present).mapInArrow(mapper, SPARK_DDL)


@dataclass(frozen=True, slots=True)
class _FrameMapper:
    columns: Columns
    config: Config
    options: Options

    def __call__(self, batches: Iterator[Any]) -> Iterator[Any]:
        pa, _ = pyarrow()
        schema = arrow_schema()
        summarizer = _summarizer(self.config)
        where = f"partition {_partition_id()}"
        n = 0
        for batch in batches:
            out = []
            for row in batch.to_pylist():
                record = from_fields(row, f"{where} row {n}", self.columns)
                out.append(summarize_record(summarizer, record, self.options))
                n += 1
            yield pa.RecordBatch.from_pylist(out, schema=schema)


@dataclass(frozen=True, slots=True)
class _ShardRunner:
    config: Config
    fmt: OutputFormat
    columns: Columns
    options: Options

    def __call__(self, task: tuple[Shard, str]) -> dict[str, int]:
        shard, final = task
        if Path(final).exists():  # a speculative or retried copy finished it already
            return {}
        counts = process_shard(
            _summarizer(self.config), shard, Path(final), self.fmt, self.columns, self.options
        )
        return dict(counts)


@cache
def _summarizer(config: Config) -> Summarizer:
    # One per Python worker process, reused by every task it runs (spark.python.worker.reuse).
    summarizer = Summarizer(config)
    warm_up(summarizer)
    return summarizer


def _partition_id() -> int:
    from pyspark import TaskContext  # type: ignore[import-untyped,import-not-found,unused-ignore]

    ctx = TaskContext.get()
    return int(ctx.partitionId()) if ctx is not None else 0


def spark_session(
    master: str | None, workers: int, conf: Mapping[str, str] | None = None
) -> tuple[SparkSession, bool]:
    """The active SparkSession, or a new one on ``master``; True when we made it."""
    try:
        from pyspark.sql import SparkSession  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError as exc:
        raise InputError("the spark engine needs pyspark: pip install 'nutgraf[spark]'") from exc
    active = SparkSession.getActiveSession()
    if active is not None:
        return active, False
    # Executors must run this interpreter, where nutgraf is installed.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    master = master or f"local[{workers},4]"  # 4 attempts per task, as on a cluster
    builder = (
        SparkSession.builder.appName("nutgraf-batch")
        .master(master)
        .config("spark.pyspark.python", os.environ["PYSPARK_PYTHON"])
        .config("spark.task.maxFailures", "4")
        .config("spark.python.worker.reuse", "true")
        .config("spark.ui.showConsoleProgress", "false")  # ours is shown instead
    )
    if master.startswith("local"):
        # One machine needs no address but loopback; never listen on the network.
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = builder.config("spark.driver.host", "127.0.0.1").config(
            "spark.driver.bindAddress", "127.0.0.1"
        )
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    return builder.getOrCreate(), True


def run_spark(
    shards: Sequence[Shard],
    out: OutputDir,
    *,
    config: Config,
    columns: Columns,
    options: Options,
    workers: int,
    master: str | None,
    progress: Progress,
    conf: Mapping[str, str] | None = None,
) -> Counter[str]:
    """Summarize ``shards`` into ``out`` with one Spark task per shard; counts by status.

    Raises ``BatchError`` when Spark gives up on the job (a task failed too often).
    """
    if not shards:
        return Counter()
    spark, owned = spark_session(master, workers, conf)
    try:
        sc = spark.sparkContext
        acc: Any = sc.accumulator(Counter(), cast(Any, _CounterParam()))
        runner = _ShardRunner(config, out.format, columns, options)
        tasks = [(s, str(out.final(s.id))) for s in shards]

        def counted(task: tuple[Shard, str]) -> dict[str, int]:
            counts = runner(task)
            acc.add(Counter(counts))
            return counts

        rdd = sc.parallelize(tasks, numSlices=len(tasks))
        box: dict[str, Any] = {}

        def collect() -> None:
            try:
                box["results"] = rdd.map(counted).collect()
            except Exception as exc:  # py4j's errors: re-raised below as ours
                box["error"] = exc

        thread = threading.Thread(target=collect, name="nutgraf-spark-job", daemon=True)
        thread.start()
        shown: Counter[str] = Counter()
        while thread.is_alive():
            thread.join(0.5)
            seen = Counter(acc.value)
            progress.advance(seen - shown)
            shown = seen
        if "error" in box:
            first = str(box["error"]).strip().splitlines()[0]
            raise BatchError(f"Spark stopped the batch: {first}") from box["error"]
        total: Counter[str] = Counter()
        for counts in box["results"]:
            total.update(counts)
        progress.counts = Counter(total)
        return total
    finally:
        if owned:
            spark.stop()


class _CounterParam:
    """Adds ``Counter``s: a Spark accumulator of records by status."""

    def zero(self, value: Counter[str]) -> Counter[str]:
        return Counter()

    def addInPlace(self, a: Counter[str], b: Counter[str]) -> Counter[str]:  # noqa: N802 - Spark's name
        a.update(b)
        return a
