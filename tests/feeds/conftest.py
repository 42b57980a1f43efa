"""Feed fixtures: one Summarizer per session, stores on SQLite and on PostgreSQL.

PostgreSQL comes from tests/store's throwaway cluster (skipped when not installed).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from feed_site import LOOPBACK

from nutgraf.pipeline import Summarizer
from nutgraf.store import Store
from store.conftest import postgres_url

__all__ = ["postgres_url"]  # the session fixture, shared with tests/store


@pytest.fixture(scope="session")
def summarizer() -> Summarizer:
    return Summarizer(LOOPBACK)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'nutgraf.db'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request: pytest.FixtureRequest, db_url: str) -> Iterator[Store]:
    """An empty store, once per database kind."""
    url = db_url
    if request.param == "postgresql":
        base: str = request.getfixturevalue("postgres_url")
        name = f"f{time.monotonic_ns()}"
        admin = Store.open(base, migrate_schema=False)
        with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {name}")
        admin.close()
        url = base.rsplit("/", 1)[0] + "/" + name
    store = Store.open(url)
    yield store
    store.close()


@pytest.fixture
def sqlite_store(db_url: str) -> Iterator[Store]:
    opened = Store.open(db_url)
    yield opened
    opened.close()
