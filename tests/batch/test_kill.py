"""kill -9 at random moments: nothing lost, nothing duplicated, nothing torn, no orphans."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import time
from multiprocessing import get_context
from pathlib import Path

from batch_helpers import (
    alive,
    finished_files,
    id_counts,
    nutgraf_cmd,
    workers,
    write_jsonl,
)

from nutgraf.batch.inputs import Columns, plan
from nutgraf.batch.local import _Books, _on_death, _watchdog, _Worker
from nutgraf.batch.output import OutputDir
from nutgraf.batch.records import Options
from nutgraf.config import Config


def _check_output(out: Path, ids: list[str], *, complete: bool) -> None:
    counts = id_counts(out)  # every finished file parses whole: none is torn
    assert all(n == 1 for n in counts.values()), "a record was written twice"
    assert set(counts) <= set(ids)
    if complete:
        assert set(counts) == set(ids), f"{len(set(ids) - set(counts))} records lost"
        assert not list(out.glob(".*tmp*"))


def test_kill_whole_batch_30_times_then_resume(tmp_path: Path) -> None:
    # 200 small shards: each run is killed shortly after it finishes a shard, so every one
    # of the 30 kills lands mid-run (other shards in flight) whatever the machine's speed.
    ids = write_jsonl(tmp_path / "in.jsonl", 4000, paragraphs=2)
    out = tmp_path / "out"
    cmd = nutgraf_cmd(str(tmp_path / "in.jsonl"), "--out", str(out), "--shard-size", "20")
    cmd += ["--workers", "2", "--resume", "--quiet"]
    rng = random.Random(20240607)
    out.mkdir()
    for run in range(30):
        done = len(finished_files(out))
        proc = subprocess.Popen(
            cmd, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 60
        while len(finished_files(out)) == done and proc.poll() is None:
            assert time.monotonic() < deadline, f"run {run} finished no shard in 60 s"
            time.sleep(0.02)
        time.sleep(rng.uniform(0.0, 0.1))
        assert proc.poll() is None, f"run {run} finished the batch before its kill"
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # the driver and every worker at once
        proc.wait()
        _check_output(out, ids, complete=False)
    assert len(finished_files(out)) < 200
    last = subprocess.run(cmd, capture_output=True, text=True, timeout=300, check=False)
    assert last.returncode == 0, last.stderr
    _check_output(out, ids, complete=True)
    assert len(finished_files(out)) == 200


def test_kill_worker_mid_shard_is_retried(tmp_path: Path) -> None:
    ids = write_jsonl(tmp_path / "in.jsonl", 3000, seed=2, paragraphs=2)
    out = tmp_path / "out"
    cmd = nutgraf_cmd(str(tmp_path / "in.jsonl"), "--out", str(out), "--shard-size", "100")
    proc = subprocess.Popen(
        [*cmd, "--workers", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    rng = random.Random(5)
    kills = 0
    deadline = time.monotonic() + 120
    while proc.poll() is None and kills < 3 and time.monotonic() < deadline:
        # Wait until the workers are inside shards: some shard file is finished.
        if out.is_dir() and finished_files(out) and (pool := workers(proc.pid)):
            os.kill(rng.choice(pool), signal.SIGKILL)
            kills += 1
            time.sleep(rng.uniform(0.5, 1.0))
        else:
            time.sleep(0.02)
    stdout, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 0, stderr
    assert kills >= 2
    assert "worker deaths:" in stdout, stdout
    _check_output(out, ids, complete=True)


def test_kill_parent_leaves_no_orphan_workers(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "in.jsonl", 3000, seed=3)
    cmd = nutgraf_cmd(str(tmp_path / "in.jsonl"), "--out", str(tmp_path / "out"), "-j", "2")
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    pool: list[int] = []
    while len(pool) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
        pool = workers(proc.pid)
    assert len(pool) >= 2
    time.sleep(1.0)
    proc.kill()  # the parent only: its workers must follow it
    proc.wait()
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in pool) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(pid) for pid in pool)


def _sleeper() -> None:
    time.sleep(60)


def _dead_worker(slot_index: int, *, stuck_for: float = 0.0) -> _Worker:
    ctx = get_context("spawn")
    process = ctx.Process(target=_sleeper, daemon=True)
    process.start()
    parent, child = ctx.Pipe()
    child.close()
    slot = ctx.RawArray("d", 2)
    slot[0], slot[1] = float(slot_index), time.monotonic() - stuck_for
    return _Worker(process, parent, slot)


def test_kill_poison_record_is_written_as_worker_died(tmp_path: Path) -> None:
    """A record in flight at three deaths is not run again; the rest of the shard is."""
    (tmp_path / "in.jsonl").write_text('{"id": "a", "text": "x"}\n' * 5)
    (shard,) = plan([tmp_path / "in.jsonl"], 10)
    from collections import deque

    from nutgraf.batch.local import LocalStats, _Task

    out = OutputDir(tmp_path / "out", "jsonl")
    out.path.mkdir()
    pending: deque[_Task] = deque()
    books, stats = _Books(), LocalStats()
    for attempt in range(3):
        w = _dead_worker(2)
        w.task = _Task(shard, str(out.final(shard.id)), {})
        w.process.kill()
        _on_death(w, pending, books, stats, out, Columns(), Config(), max_attempts=3)
        task = pending.popleft()
        if attempt < 2:
            assert task.skip == {}
        else:
            assert task.skip[2].startswith("WorkerDied: the worker was killed by SIGKILL")
    assert stats.deaths == 3


def test_kill_watchdog_kills_a_stuck_worker_and_marks_the_record(tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_text('{"id": "a", "text": "x"}\n' * 5)
    (shard,) = plan([tmp_path / "in.jsonl"], 10)
    from collections import deque

    from nutgraf.batch.local import LocalStats, _Task

    out = OutputDir(tmp_path / "out", "jsonl")
    out.path.mkdir()
    w = _dead_worker(4, stuck_for=100)
    w.task = _Task(shard, str(out.final(shard.id)), {})
    _watchdog([w], hard_limit=Options(timeout=10).timeout * 1.5 + 5)
    w.process.join(10)
    assert w.killed_for_deadline and w.process.exitcode == -signal.SIGKILL
    pending: deque[_Task] = deque()
    _on_death(w, pending, _Books(), LocalStats(), out, Columns(), Config(), max_attempts=3)
    assert pending[0].skip[4].startswith("DeadlineExceeded")
