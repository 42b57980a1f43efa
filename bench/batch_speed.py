#!/usr/bin/env python3
"""Batch engines against a plain loop over ``Summarizer.summarize``, in the same run.

    python bench/gen_corpus.py /tmp/corpus.jsonl --records 4000
    python bench/batch_speed.py /tmp/corpus.jsonl [--engines loop,loops2,local1,local2,spark]
        [--shard-size 100] [--resume-shards 1000]

Per engine: wall seconds, records/s, CPU ms per record (this process and every child it
waited for: workers, Spark's JVM and Python workers), overhead = its CPU over the loop's
CPU minus one, peak RSS of one worker (local). ``loops2`` is a control: two plain loops in
two fresh processes, each on half the records (its "ok" counts records, not successes), so
that what two busy cores and two processes' start-up cost without any engine can be told
from what the engine costs. Spark runs in a child process on local[2].
The resume figure plans a JSONL of ``--resume-shards`` x 1,000 tiny records whose shards
are all marked done, and times ``run(resume=True)``: the cost of skipping finished shards.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from nutgraf.batch import run
from nutgraf.batch.inputs import fingerprint, plan
from nutgraf.batch.output import MANIFEST
from nutgraf.errors import NutgrafError
from nutgraf.pipeline import Summarizer


def _cpu() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _loop(corpus: Path) -> dict[str, Any]:
    cpu0, t0 = _cpu(), time.perf_counter()
    summarizer = Summarizer()  # model load counted, as each engine's workers count theirs
    n = ok = 0
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            kind = "html" if "html" in rec else "text"
            try:  # the same output as a batch record, facts included
                summarizer.summarize(rec[kind], kind=kind).to_dict()
                ok += 1
            except NutgrafError:
                pass
            n += 1
    return {"records": n, "ok": ok, "wall": time.perf_counter() - t0, "cpu": _cpu() - cpu0}


def _loop_part(corpus: str, part: int, parts: int) -> None:
    """A plain loop over every ``parts``-th record from ``part`` (one of the loop2 processes)."""
    summarizer = Summarizer()
    with open(corpus, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % parts != part:
                continue
            rec = json.loads(line)
            kind = "html" if "html" in rec else "text"
            with contextlib.suppress(NutgrafError):
                summarizer.summarize(rec[kind], kind=kind).to_dict()


def _loops(corpus: Path, parts: int) -> dict[str, Any]:
    """``parts`` plain loops side by side, each a fresh process on its share of the records:
    what two cores cost for the same work without the batch engine (imports and model
    loads in each process, and the cores slowing each other)."""
    ctx = multiprocessing.get_context("spawn")  # as the local engine's workers
    cpu0, t0 = _cpu(), time.perf_counter()
    procs = [ctx.Process(target=_loop_part, args=(str(corpus), i, parts)) for i in range(parts)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join()
    with corpus.open(encoding="utf-8") as f:
        records = sum(1 for _ in f)
    return {"records": records, "ok": records, "wall": time.perf_counter() - t0,
            "cpu": _cpu() - cpu0}  # fmt: skip


def _local(corpus: Path, workers: int, shard_size: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as out:
        cpu0, t0 = _cpu(), time.perf_counter()
        result = run([corpus], out, workers=workers, shard_size=shard_size)
        wall, cpu = time.perf_counter() - t0, _cpu() - cpu0
    return {
        "records": result.records,
        "ok": result.counts["ok"],
        "wall": wall,
        "cpu": cpu,
        "peak_worker_mb": result.peak_worker_rss / 2**20,
    }


_SPARK = """
import json, sys, time
from nutgraf.batch import run
t0 = time.perf_counter()
r = run([sys.argv[1]], sys.argv[2], engine="spark", workers=2, shard_size=int(sys.argv[3]),
        spark_conf={"spark.ui.enabled": "false"})
print(json.dumps({"records": r.records, "ok": r.counts["ok"], "inner": time.perf_counter() - t0}))
"""


def _tree_cpu(root: int, seen: dict[int, float]) -> None:
    """Record the CPU seconds so far of ``root`` and every descendant (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    stats: dict[int, list[str]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry)], stats[int(entry)] = int(fields[1]), fields
    tree, todo = {root}, [root]
    while todo:
        pid = todo.pop()
        kids = [p for p, pp in parents.items() if pp == pid and p not in tree]
        tree.update(kids)
        todo += kids
    for pid in tree & stats.keys():
        f = stats[pid]  # utime, stime are fields 14 and 15 of stat: 11 and 12 after ')'
        seen[pid] = max(seen.get(pid, 0.0), (int(f[11]) + int(f[12])) / tick)


def _spark(corpus: Path, shard_size: int) -> dict[str, Any]:
    # The JVM forks Spark's Python workers and never waits for them in a way rusage sees:
    # sample the process tree's CPU instead (the last 0.2 s of a process may be missed).
    env = {**os.environ, "SPARK_LOCAL_IP": "127.0.0.1", "PYSPARK_PYTHON": sys.executable}
    with tempfile.TemporaryDirectory() as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", _SPARK, str(corpus), out, str(shard_size)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        seen: dict[int, float] = {}
        while proc.poll() is None:
            _tree_cpu(proc.pid, seen)
            time.sleep(0.2)
        stdout, stderr = proc.communicate()
        done = subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr)
        wall, cpu = time.perf_counter() - t0, sum(seen.values())
    if done.returncode != 0:
        raise SystemExit(f"spark run failed:\n{done.stderr[-3000:]}")
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return {**figures, "wall": wall, "cpu": cpu}


def _resume_cost(shards: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "tiny.jsonl"
        line = json.dumps({"id": "x", "text": "Short."}) + "\n"
        with corpus.open("w") as f:
            for _ in range(shards):
                f.write(line * 1000)
        planned = plan([corpus], 1000)
        out = Path(tmp) / "out"
        out.mkdir()
        (out / MANIFEST).write_text(
            json.dumps({"fingerprint": fingerprint(planned), "format": "jsonl"})
        )
        for s in planned:
            (out / f"{s.id}.jsonl").touch()  # done: only existence is checked on resume
        t0 = time.perf_counter()
        result = run([corpus], out, resume=True, shard_size=1000)
        wall = time.perf_counter() - t0
    return {"shards": result.skipped_shards, "records": shards * 1000, "wall": wall,
            "plan": result.plan_seconds}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--engines", default="loop,local1,local2,spark")
    ap.add_argument("--shard-size", type=int, default=100)
    ap.add_argument("--resume-shards", type=int, default=1000)
    args = ap.parse_args()
    rows: dict[str, dict[str, Any]] = {}
    for name in args.engines.split(","):
        print(f"running {name}...", file=sys.stderr, flush=True)
        if name == "loop":
            rows[name] = _loop(args.corpus)
        elif name.startswith("loops"):
            rows[name] = _loops(args.corpus, int(name[5:] or 2))
        elif name.startswith("local"):
            rows[name] = _local(args.corpus, int(name[5:] or 2), args.shard_size)
        elif name == "spark":
            rows[name] = _spark(args.corpus, args.shard_size)
    base = rows.get("loop")
    size = args.corpus.stat().st_size / 1e6
    print(f"cores: {os.cpu_count()}, corpus: {args.corpus} ({size:.0f} MB)")
    print(
        "| engine | records | ok | wall s | records/s | CPU ms/record "
        "| CPU overhead vs loop | peak RSS/worker |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for name, r in rows.items():
        overhead = f"{(r['cpu'] / base['cpu'] - 1) * 100:+.1f}%" if base and name != "loop" else "—"
        peak = f"{r['peak_worker_mb']:.0f} MB" if r.get("peak_worker_mb") else "—"
        print(
            f"| {name} | {r['records']:,} | {r['ok']:,} | {r['wall']:.1f} | "
            f"{r['records'] / r['wall']:.1f} | {1000 * r['cpu'] / r['records']:.1f} | "
            f"{overhead} | {peak} |"
        )
    t0 = time.perf_counter()
    shards = plan([args.corpus], args.shard_size)
    print(f"planning the corpus ({len(shards)} shards): {time.perf_counter() - t0:.2f} s")
    if args.resume_shards:
        rc = _resume_cost(args.resume_shards)
        print(
            f"resume: skipping {rc['shards']:,} finished shards ({rc['records']:,} records) took "
            f"{rc['wall']:.2f} s, of which planning (reading the input once) {rc['plan']:.2f} s"
        )


if __name__ == "__main__":
    main()
