"""A real Spark standalone master and worker on loopback, and a batch through them."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from batch_helpers import id_counts, nutgraf_cmd, write_jsonl
from spark_helpers import loopback_env, needs_spark

pytestmark = needs_spark


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for_port(port: int, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.3)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {seconds} s")


def _spark_class(*args: str, log: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    import pyspark

    spark_home = Path(pyspark.__file__).parent
    env = {**env, "SPARK_HOME": str(spark_home)}
    with log.open("wb") as out:
        return subprocess.Popen(
            [str(spark_home / "bin" / "spark-class"), *args],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.fixture
def standalone(tmp_path: Path) -> Iterator[str]:
    """A master and one 2-core worker on 127.0.0.1; yields the master URL."""
    env = loopback_env()
    port, ui, worker_ui = _free_port(), _free_port(), _free_port()
    master = _spark_class(
        "org.apache.spark.deploy.master.Master",
        "--host", "127.0.0.1", "--port", str(port), "--webui-port", str(ui),
        log=tmp_path / "master.log", env=env,
    )  # fmt: skip
    worker = None
    try:
        _wait_for_port(port, 60)
        url = f"spark://127.0.0.1:{port}"
        (tmp_path / "work").mkdir()
        worker = _spark_class(
            "org.apache.spark.deploy.worker.Worker", url,
            "--host", "127.0.0.1", "--cores", "2", "--memory", "2g",
            "--webui-port", str(worker_ui), "--work-dir", str(tmp_path / "work"),
            log=tmp_path / "worker.log", env=env,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while b"Registering worker" not in (tmp_path / "master.log").read_bytes():
            if time.monotonic() > deadline:
                pytest.fail("the worker did not register: " + (tmp_path / "worker.log").read_text())
            time.sleep(0.3)
        yield url
    finally:
        if worker is not None:
            _stop(worker)
        _stop(master)


def test_spark_cluster_batch_through_a_standalone_master(standalone: str, tmp_path: Path) -> None:
    ids = write_jsonl(tmp_path / "in.jsonl", 400, seed=12)
    cmd = nutgraf_cmd(
        str(tmp_path / "in.jsonl"),
        "--out", str(tmp_path / "out"), "--engine", "spark", "--master", standalone,
        "--shard-size", "100", "--format", "parquet", "--quiet",
        "--conf", "spark.ui.enabled=false", "--conf", "spark.driver.host=127.0.0.1",
        "--conf", "spark.driver.bindAddress=127.0.0.1", "--conf", "spark.executor.memory=1g",
    )  # fmt: skip
    done = subprocess.run(
        cmd, env=loopback_env(), capture_output=True, text=True, timeout=240, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "ok: 400" in done.stdout
    counts = id_counts(tmp_path / "out")
    assert set(counts) == set(ids) and set(counts.values()) == {1}
    app_logs = list((tmp_path / "work").rglob("stderr"))
    assert app_logs, "the executors ran on the standalone worker"
