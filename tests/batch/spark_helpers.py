"""Spark test helpers: the skip guard and a loopback-only session."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys

import pytest

LOOPBACK_CONF = {
    "spark.ui.enabled": "false",
    "spark.driver.host": "127.0.0.1",
    "spark.driver.bindAddress": "127.0.0.1",
    "spark.sql.shuffle.partitions": "2",
}


def _java_runs() -> bool:
    java = (
        os.path.join(os.environ["JAVA_HOME"], "bin", "java")
        if "JAVA_HOME" in os.environ
        else shutil.which("java")
    )
    if not java:
        return False
    try:
        return subprocess.run([java, "-version"], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def _why_not() -> str | None:
    if importlib.util.find_spec("pyspark") is None:
        return "pyspark is not installed (pip install 'nutgraf[spark]'; CI: bash .ci/setup-spark)"
    if importlib.util.find_spec("pyarrow") is None:
        return "pyarrow is not installed (pip install 'nutgraf[spark]')"
    if not _java_runs():
        return "no Java runtime (apt-get install openjdk-17-jre-headless; CI: bash .ci/setup-spark)"
    return None


WHY_NOT = _why_not()
# CI sets NUTGRAF_TESTS_NEED_SPARK=1: there a missing Spark fails the tests instead of
# skipping them, so the engine cannot silently go untested.
_MUST_RUN = os.environ.get("NUTGRAF_TESTS_NEED_SPARK") == "1"
needs_spark = [
    pytest.mark.spark,
    pytest.mark.skipif(WHY_NOT is not None and not _MUST_RUN, reason=WHY_NOT or ""),
]


def loopback_env() -> dict[str, str]:
    """The environment for a Spark process of the tests: loopback only, this interpreter."""
    env = dict(os.environ)
    env.setdefault("PYSPARK_PYTHON", sys.executable)
    env["SPARK_LOCAL_IP"] = "127.0.0.1"
    return env
