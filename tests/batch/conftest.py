"""Batch test configuration: the markers the batch tests use."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "spark: needs pyspark and a Java runtime")
    config.addinivalue_line("markers", "slow: takes more than two minutes")
