"""The spark engine on local[2,4]: same contract as local, summarize_frame, kills and resume."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from batch_helpers import all_records, article, children, id_counts, nutgraf_cmd, write_jsonl
from spark_helpers import LOOPBACK_CONF, loopback_env, needs_spark

from nutgraf.batch import FIELDS, run, summarize_frame

pytestmark = needs_spark


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    builder = SparkSession.builder.master("local[2,4]").appName("nutgraf-tests")
    for key, value in LOOPBACK_CONF.items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def test_spark_engine_gives_the_same_records_as_local(spark: Any, tmp_path: Path) -> None:
    write_jsonl(tmp_path / "in.jsonl", 80)
    with (tmp_path / "in.jsonl").open("a") as f:
        f.write("garbage line\n")
        f.write(json.dumps({"id": "empty", "text": ""}) + "\n")
    local = run([tmp_path / "in.jsonl"], tmp_path / "local", workers=2, shard_size=30)
    on_spark = run([tmp_path / "in.jsonl"], tmp_path / "spark", engine="spark", shard_size=30)
    assert on_spark.counts == local.counts
    assert on_spark.counts["ok"] == 80 and on_spark.records == 82
    a = {r["id"]: r for r in all_records(tmp_path / "local")}
    b = {r["id"]: r for r in all_records(tmp_path / "spark")}
    assert a.keys() == b.keys()
    for rid, rec in a.items():
        assert (rec["status"], rec["points"]) == (b[rid]["status"], b[rid]["points"])
    again = run(
        [tmp_path / "in.jsonl"], tmp_path / "spark", engine="spark", shard_size=30, resume=True
    )
    assert (again.skipped_shards, again.records) == (3, 0)


def test_spark_parquet_output(spark: Any, tmp_path: Path) -> None:
    write_jsonl(tmp_path / "in.jsonl", 20)
    result = run([tmp_path / "in.jsonl"], tmp_path / "out", engine="spark", fmt="parquet")
    assert result.counts["ok"] == 20
    frame = spark.read.parquet(str(tmp_path / "out"))
    assert tuple(frame.columns) == FIELDS
    assert frame.filter("status = 'ok'").count() == 20


def test_spark_summarize_frame_in_a_users_job(spark: Any) -> None:
    rng = random.Random(4)
    slow = " ".join(f"Sentence number {i} is about the council budget." for i in range(150_000))
    rows = [(f"t{i}", article(i, rng), None) for i in range(12)]
    rows += [("blank", "", None), ("page", None, "<html><body><nav>Home</nav></body></html>")]
    rows += [("slow", slow, None)]
    df = spark.createDataFrame(rows, "id string, text string, html string").repartition(3)
    out = summarize_frame(df, timeout=1.0)
    assert tuple(out.columns) == FIELDS
    got = {r["id"]: r for r in out.collect()}
    assert len(got) == 15
    assert all(got[f"t{i}"]["status"] == "ok" and got[f"t{i}"]["points"] for i in range(12))
    assert got["blank"]["status"] == "InputError"
    assert got["page"]["status"] == "NoArticleError"
    assert got["slow"]["status"] == "DeadlineExceeded"  # SIGALRM works in Spark's workers


def _spark_batch(tmp_path: Path, *extra: str) -> list[str]:
    return nutgraf_cmd(
        str(tmp_path / "in.jsonl"),
        "--out",
        str(tmp_path / "out"),
        "--engine",
        "spark",
        "--shard-size",
        "100",
        "--workers",
        "2",
        "--conf",
        "spark.ui.enabled=false",
        "--quiet",
        *extra,
    )


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        kids = children(todo.pop())
        found += kids
        todo += kids
    return found


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def test_spark_python_worker_killed_mid_shard_is_retried(tmp_path: Path) -> None:
    ids = write_jsonl(tmp_path / "in.jsonl", 1200, seed=8)
    proc = subprocess.Popen(
        _spark_batch(tmp_path),
        env=loopback_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    kills = 0
    deadline = time.monotonic() + 120
    while proc.poll() is None and kills < 2 and time.monotonic() < deadline:
        time.sleep(1.0)
        # pyspark.daemon forks one worker per running task: kill such a worker.
        workers = [
            p
            for p in _descendants(proc.pid)
            if "pyspark.daemon" in _cmdline(p) and "pyspark.daemon" in _cmdline(_parent(p))
        ]
        if workers:
            os.kill(workers[0], signal.SIGKILL)
            kills += 1
            time.sleep(2.0)
    _, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 0, stderr[-3000:]
    assert kills >= 1
    counts = id_counts(tmp_path / "out")
    assert set(counts) == set(ids) and set(counts.values()) == {1}


def _parent(pid: int) -> int:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0
    return int(stat.rsplit(")", 1)[1].split()[1])


def test_spark_kill_whole_batch_then_resume(tmp_path: Path) -> None:
    ids = write_jsonl(tmp_path / "in.jsonl", 2000, seed=9)
    rng = random.Random(11)
    cmd = _spark_batch(tmp_path, "--resume")
    for _ in range(4):
        proc = subprocess.Popen(
            cmd,
            env=loopback_env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        time.sleep(rng.uniform(6.0, 14.0))
        os.killpg(proc.pid, signal.SIGKILL)  # driver, JVM and Python workers at once
        proc.wait()
        counts = id_counts(tmp_path / "out")  # no torn file, nothing twice
        assert set(counts.values()) <= {1}
    last = subprocess.run(
        cmd, env=loopback_env(), capture_output=True, text=True, timeout=300, check=False
    )
    assert last.returncode == 0, last.stderr[-3000:]
    counts = id_counts(tmp_path / "out")
    assert set(counts) == set(ids) and set(counts.values()) == {1}
    assert not list((tmp_path / "out").glob(".*tmp*"))
