"""Fixtures: real nutgraf servers on loopback, each with its own tmp SQLite store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from server_harness import LOOPBACK_CONFIG, RunningServer, ServerFactory, start_server

from nutgraf.server import ServerSettings


@pytest.fixture(scope="session")
def server_factory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerFactory]:
    """Start servers with settings overrides; all stop at the end of the session."""
    started: list[RunningServer] = []

    def make(**overrides: object) -> RunningServer:
        db: Path = tmp_path_factory.mktemp("store") / "nutgraf.db"
        values: dict[str, object] = {
            "db_url": f"sqlite:///{db}",
            "config": LOOPBACK_CONFIG,
            "workers": 1,
            "anon_per_minute": 100_000,
        }
        values.update(overrides)
        running = start_server(ServerSettings(**values))  # type: ignore[arg-type]
        started.append(running)
        return running

    yield make
    for running in started:
        running.stop()


@pytest.fixture(scope="session")
def server(server_factory: ServerFactory) -> RunningServer:
    """The shared server: one worker, loopback URLs allowed, no practical rate limit."""
    return server_factory()


@pytest.fixture
def client(server: RunningServer) -> Iterator[httpx.Client]:
    with server.client() as c:
        yield c
