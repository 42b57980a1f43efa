"""Stores to test on: a tmp SQLite file, and a throwaway PostgreSQL cluster on loopback.

The PostgreSQL cluster is made with the server's own initdb/pg_ctl (Debian's postgresql
package, installed by .ci/setup-server) in a tmp directory, on a free port, trust auth on
127.0.0.1 only, and removed at the end. As root it runs as the ``postgres`` user.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator

import pytest

from nutgraf.store import Store


def _pg_bin() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return os.path.dirname(found[-1])
    initdb = shutil.which("initdb")
    return os.path.dirname(initdb) if initdb else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _as_postgres(args: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return args
    runuser = shutil.which("runuser")
    if runuser is None:
        pytest.skip("running as root without runuser: cannot start PostgreSQL as a user")
    return [runuser, "-u", "postgres", "--", *args]


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL server on 127.0.0.1 for this session; skipped when not installed."""
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip(
            "PostgreSQL server binaries (initdb, pg_ctl) not installed; .ci/setup-server installs them"
        )
    root = tempfile.mkdtemp(prefix="nutgraf-pg-")
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    data, port = os.path.join(root, "data"), _free_port()
    run = {"check": True, "capture_output": True, "timeout": 120}
    subprocess.run(
        _as_postgres(
            [f"{bindir}/initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8"]
        ),
        **run,  # type: ignore[arg-type]
    )
    options = f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={root} -c fsync=off"
    subprocess.run(
        _as_postgres(
            [f"{bindir}/pg_ctl", "-D", data, "-o", options, "-l", f"{root}/log", "-w", "start"]
        ),
        **run,  # type: ignore[arg-type]
    )
    try:
        subprocess.run(
            _as_postgres(
                [
                    f"{bindir}/createdb",
                    "-h",
                    "127.0.0.1",
                    "-p",
                    str(port),
                    "-U",
                    "postgres",
                    "nutgraf",
                ]
            ),
            **run,  # type: ignore[arg-type]
        )
        yield f"postgresql://postgres@127.0.0.1:{port}/nutgraf"
    finally:
        subprocess.run(
            _as_postgres([f"{bindir}/pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"]),
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A URL to an empty store, once per database kind."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'nutgraf.db'}"
        return
    base: str = request.getfixturevalue("postgres_url")
    # A database per test keeps tests independent without dropping tables.
    name = f"t{time.monotonic_ns()}"
    admin = Store.open(base, migrate_schema=False)
    with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    admin.close()
    yield base.rsplit("/", 1)[0] + "/" + name


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = Store.open(store_url)
    yield opened
    opened.close()
