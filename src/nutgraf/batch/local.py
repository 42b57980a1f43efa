"""The local engine: a pool of worker processes, one model load each, that survives deaths.

The parent hands out shards and keeps the books; each worker summarizes whole shards and
writes their output files itself. Each worker publishes the record it is on in shared
memory, so when it dies (killed by the kernel, a crash in C code) the parent knows which
record was in flight: the shard runs again, and a record that was in flight at
``max_attempts`` deaths is written as ``WorkerDied`` instead of being run once more. A record
stuck past its deadline in code that SIGALRM cannot interrupt is killed by the parent's
watchdog and written as ``DeadlineExceeded``. Workers die with the parent
(``PR_SET_PDEATHSIG`` on Linux, and end-of-file on their pipe everywhere).
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import multiprocessing
import os
import resource
import signal
import sys
import time
import warnings
from collections import Counter, deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from nutgraf.batch.errors import BatchError
from nutgraf.batch.inputs import Columns, Shard, read_shard
from nutgraf.batch.output import (
    OutputDir,
    OutputFormat,
    commit,
    open_writer,
    read_output,
    temp_path,
)
from nutgraf.batch.progress import Progress
from nutgraf.batch.records import Options, error_record
from nutgraf.batch.shard import process_shard
from nutgraf.batch.warm import warm_up
from nutgraf.config import Config
from nutgraf.pipeline import Summarizer

logger = logging.getLogger(__name__)

_IDLE = -1.0
_PROGRESS_EVERY = 0.25  # seconds between a worker's progress messages


@dataclass(frozen=True, slots=True)
class _Job:
    """What every worker is started with."""

    config: Config
    fmt: OutputFormat
    columns: Columns
    options: Options
    parent: int
    log_level: int


@dataclass(frozen=True, slots=True)
class _Task:
    shard: Shard
    final: str
    skip: dict[int, str]


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    slot: Any  # RawArray('d', 2): [record index in the shard, monotonic start time]
    task: _Task | None = None
    ready: bool = False  # models loaded: only now is it handed a shard
    reported: Counter[str] = field(default_factory=Counter)  # counted for the current task
    killed_for_deadline: bool = False


@dataclass
class _Books:
    """Per shard: deaths charged to each in-flight record (-1: outside any record)."""

    strikes: dict[str, Counter[int]] = field(default_factory=dict)
    skip: dict[str, dict[int, str]] = field(default_factory=dict)


@dataclass
class LocalStats:
    """What the pool saw: worker deaths and restarts, peak memory of a worker."""

    deaths: int = 0
    failed_shards: list[str] = field(default_factory=list)
    peak_worker_rss: int = 0  # bytes


def run_local(
    shards: Sequence[Shard],
    out: OutputDir,
    *,
    config: Config,
    columns: Columns,
    options: Options,
    workers: int,
    progress: Progress,
    max_attempts: int = 3,
) -> LocalStats:
    """Summarize ``shards`` into ``out`` with ``workers`` processes; return what happened."""
    ctx = multiprocessing.get_context("spawn")  # fork would copy the parent's threads' locks
    job = _Job(config, out.format, columns, options, os.getpid(), logging.getLogger().level)
    pending = deque(_Task(s, str(out.final(s.id)), {}) for s in shards)
    books = _Books()
    stats = LocalStats()
    pool: list[_Worker] = []
    startup_deaths = 0
    hard_limit = options.timeout * 1.5 + 5 if options.timeout > 0 else 0.0
    try:
        for _ in range(min(workers, len(pending))):
            pool.append(_start_worker(ctx, job))
        while pending or any(w.task is not None for w in pool):
            for w in pool:
                if w.ready and w.task is None and pending:
                    w.task = pending.popleft()
                    w.slot[0], w.slot[1] = _IDLE, _IDLE
                    w.conn.send(w.task)
            ready = wait([w.conn for w in pool] + [w.process.sentinel for w in pool], 0.5)
            for w in list(pool):
                if w.conn in ready or w.process.sentinel in ready:
                    alive = _drain(w, progress, stats)
                    if not alive:
                        pool.remove(w)
                        if not w.ready:
                            startup_deaths += 1
                            if startup_deaths > 5 + 3 * workers:
                                raise BatchError(f"workers keep dying while they start: {how(w)}")
                        # What the dead attempt counted is counted again by the next one.
                        progress.advance(Counter({k: -v for k, v in w.reported.items()}))
                        _on_death(w, pending, books, stats, out, columns, config, max_attempts)
                        if w.task is not None and out.done(w.task.shard.id):
                            progress.advance(_counts_of(out.final(w.task.shard.id)))
                        if pending or any(x.task is not None for x in pool):
                            pool.append(_start_worker(ctx, job))
            if hard_limit:
                _watchdog(pool, hard_limit)
            progress.tick()
    finally:
        _stop(pool)
    return stats


def _counts_of(path: Path) -> Counter[str]:
    return Counter(str(r["status"]) for r in read_output(path))


def _start_worker(ctx: Any, job: _Job) -> _Worker:
    parent_conn, child_conn = ctx.Pipe()
    slot = ctx.RawArray("d", 2)
    slot[0], slot[1] = _IDLE, _IDLE
    process = ctx.Process(
        target=_worker_main, args=(child_conn, slot, job), name="nutgraf-batch", daemon=True
    )
    process.start()
    child_conn.close()
    return _Worker(process, parent_conn, slot)


def _drain(w: _Worker, progress: Progress, stats: LocalStats) -> bool:
    """Read every message of ``w``; False when it is gone."""
    try:
        while w.conn.poll():
            kind, payload = w.conn.recv()
            if kind == "ready":
                w.ready = True
            elif kind == "progress":
                progress.advance(payload)
                w.reported.update(payload)
            elif kind == "done":
                counts, rss = payload
                progress.advance(counts)
                stats.peak_worker_rss = max(stats.peak_worker_rss, rss)
                w.task = None
                w.reported = Counter()
            elif kind == "failed":  # the shard edge caught an error (disk full, unreadable)
                logger.warning("shard %s failed: %s", w.task.shard.id if w.task else "?", payload)
                return False
    except (EOFError, OSError):
        return False
    return w.process.is_alive() or w.process.exitcode is None


def _on_death(
    w: _Worker,
    pending: deque[_Task],
    books: _Books,
    stats: LocalStats,
    out: OutputDir,
    columns: Columns,
    config: Config,
    max_attempts: int,
) -> None:
    w.process.join(5)
    if w.process.is_alive():
        w.process.kill()
        w.process.join()
    w.conn.close()
    task = w.task
    if task is None:
        return
    stats.deaths += 1
    shard = task.shard
    if out.done(shard.id):
        return  # it died after renaming its output: the shard is complete
    index = int(w.slot[0])
    how = _exit_reason(w.process.exitcode)
    strikes = books.strikes.setdefault(shard.id, Counter())
    skip = books.skip.setdefault(shard.id, dict(task.skip))
    strikes[index] += 1
    if w.killed_for_deadline and index >= 0:
        skip[index] = "DeadlineExceeded: record ran past its deadline; its worker was killed"
    elif index >= 0 and strikes[index] >= max_attempts:
        skip[index] = f"WorkerDied: the worker {how} on this record, {strikes[index]} times"
    logger.warning(
        "worker %s on shard %s, record %d; %s",
        how,
        shard.id,
        index,
        "record written as an error" if index in skip else "shard retried",
    )
    if index < 0 and strikes[index] >= max_attempts:
        stats.failed_shards.append(shard.id)
        _write_failed(shard, Path(task.final), out.format, columns, config, how, strikes[index])
        return
    pending.appendleft(_Task(shard, task.final, dict(skip)))


def _write_failed(
    shard: Shard,
    final: Path,
    fmt: OutputFormat,
    columns: Columns,
    config: Config,
    how: str,
    attempts: int,
) -> None:
    """Give up on a shard: every record it holds is written as ``ShardFailed``."""
    message = f"the worker {how} outside any record, {attempts} times"
    logger.error("shard %s failed: %s", shard.id, message)
    temp = temp_path(final)
    writer = open_writer(temp, fmt)
    for record in read_shard(shard, columns, config.max_input_bytes):
        writer.write(error_record(record, "ShardFailed", message))
    writer.close()
    commit(temp, final)


def how(w: _Worker) -> str:
    w.process.join(1)
    return f"a worker {_exit_reason(w.process.exitcode)}"


def _exit_reason(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            return f"was killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"was killed by signal {-code}"
    return f"exited with code {code}"


def _watchdog(pool: list[_Worker], hard_limit: float) -> None:
    now = time.monotonic()
    for w in pool:
        started = w.slot[1]
        if w.task is not None and started > 0 and now - started > hard_limit:
            logger.warning(
                "record stuck for %.0f s: killing worker %s", now - started, w.process.pid
            )
            w.killed_for_deadline = True
            w.process.kill()


def _stop(pool: list[_Worker]) -> None:
    for w in pool:
        with contextlib.suppress(OSError):  # already dead: joined below
            w.conn.send(None)
    deadline = time.monotonic() + 5
    for w in pool:
        w.process.join(max(deadline - time.monotonic(), 0))
        if w.process.is_alive():
            w.process.kill()
            w.process.join()
        w.conn.close()


# --- in the worker process ------------------------------------------------------------


def _worker_main(conn: Connection, slot: Any, job: _Job) -> None:
    _die_with_parent(job.parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    # Workers speak up only for trouble; the parent reports progress.
    logging.basicConfig(
        level=max(job.log_level, logging.WARNING),
        format="nutgraf: %(levelname)s: %(message)s",
        stream=sys.stderr,
    )
    warnings.filterwarnings("ignore", message="pkg_resources is deprecated")
    summarizer = Summarizer(job.config)
    warm_up(summarizer)
    conn.send(("ready", None))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if task is None:
            return
        _run_task(conn, slot, job, summarizer, task)


def _run_task(conn: Connection, slot: Any, job: _Job, summarizer: Summarizer, task: _Task) -> None:
    pending: Counter[str] = Counter()
    last = time.monotonic()

    def on_record(i: int) -> None:
        slot[0], slot[1] = float(i), time.monotonic()

    def on_done(status: str) -> None:
        nonlocal last
        slot[0], slot[1] = _IDLE, _IDLE
        pending[status] += 1
        now = time.monotonic()
        if now - last >= _PROGRESS_EVERY:
            conn.send(("progress", Counter(pending)))
            pending.clear()
            last = now

    try:
        process_shard(
            summarizer,
            task.shard,
            Path(task.final),
            job.fmt,
            job.columns,
            job.options,
            skip=task.skip,
            on_record=on_record,
            on_done=on_done,
        )
    except Exception as exc:  # the shard edge: report it, the parent retries the shard
        logger.warning("shard %s: %s: %s", task.shard.id, type(exc).__name__, exc)
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        raise SystemExit(1) from exc
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    conn.send(("done", (pending, rss)))


def _die_with_parent(parent: int) -> None:
    """Ask the kernel to SIGKILL this process when the parent dies (Linux)."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            pr_set_pdeathsig = 1
            libc.prctl(pr_set_pdeathsig, signal.SIGKILL)
        except (OSError, AttributeError):
            logger.debug("prctl unavailable; relying on the pipe to notice the parent's death")
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)
