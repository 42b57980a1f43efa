"""Where the store lives and how to connect: URL resolution, engines, migrations.

SQLite (the default, one file in the user's data directory) runs in WAL mode so readers
never wait for the writer, with a 5 s busy timeout, and writes that read first take the
write lock up front (``BEGIN IMMEDIATE``) so two writers cannot deadlock on an upgrade.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config as AlembicConfig
from platformdirs import user_data_dir
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine

from nutgraf.errors import InputError

ENV_VAR = "NUTGRAF_DB"
BUSY_TIMEOUT_MS = 5_000
IMMEDIATE = "nutgraf_immediate"  # execution option: begin SQLite transactions IMMEDIATE
MIGRATIONS = Path(__file__).parent / "migrations"


def default_url() -> str:
    """The SQLite file in the user's data directory (created when first used)."""
    return f"sqlite:///{Path(user_data_dir('nutgraf')) / 'nutgraf.db'}"


def resolve_url(url: str | None = None, env: Mapping[str, str] | None = None) -> str:
    """``url``, else ``NUTGRAF_DB``, else the default file; checked and normalised.

    ``postgresql://`` gets the psycopg (3) driver. Raises ``InputError`` for other schemes.
    """
    env = os.environ if env is None else env
    chosen = (url or env.get(ENV_VAR) or "").strip() or default_url()
    scheme = chosen.partition("://")[0].lower()
    if scheme in ("postgresql", "postgres"):
        return "postgresql+psycopg://" + chosen.partition("://")[2]
    if scheme in ("sqlite", "postgresql+psycopg"):
        return chosen
    raise InputError(f"store URL must be sqlite:///PATH or postgresql://..., not {chosen!r}")


def make_engine(url: str) -> Engine:
    """An engine for a resolved URL, with SQLite's pragmas and transaction handling set."""
    if not url.startswith("sqlite"):
        return sa.create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)
    path = sa.make_url(url).database
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    sa.event.listen(engine, "connect", _sqlite_connect)
    sa.event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect(dbapi_conn: Any, _record: object) -> None:
    # pysqlite's own BEGIN handling is off so that _sqlite_begin decides DEFERRED/IMMEDIATE.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL; fsync at checkpoints
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get(IMMEDIATE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to ``revision``, the newest by default (a no-op when it is there).

    On SQLite, foreign keys are off while migrations run: rebuilding a table (SQLite's only
    way to drop a constraint) drops the old one, which would otherwise cascade to every row
    that refers to it. They are checked before the migration commits.
    """
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        driver = conn.connection.driver_connection
        if sqlite and driver is not None:
            driver.execute("PRAGMA foreign_keys=OFF")  # outside any transaction, as it must be
        try:
            # IMMEDIATE on SQLite: two processes starting at once migrate one after the other.
            conn.execution_options(**{IMMEDIATE: True})
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            if sqlite:
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    conn.rollback()
                    raise RuntimeError(f"migration left rows without their parents: {broken[:5]}")
            conn.commit()
        finally:
            if sqlite and driver is not None:
                driver.execute("PRAGMA foreign_keys=ON")


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A read-then-write transaction: ``BEGIN IMMEDIATE`` on SQLite, plain on PostgreSQL."""
    with engine.connect() as conn:
        conn.execution_options(**{IMMEDIATE: True})
        with conn.begin():
            yield conn


def upsert_insert(engine: Engine, table: sa.Table) -> Any:
    """The dialect's INSERT for ``table``, which takes ``ON CONFLICT`` clauses."""
    dialect = postgresql if engine.dialect.name == "postgresql" else sqlite
    return dialect.insert(table)


def insert_ignore(engine: Engine, table: sa.Table, row: Mapping[str, Any]) -> Any:
    """``INSERT ... ON CONFLICT DO NOTHING`` of ``row``."""
    return upsert_insert(engine, table).values(**row).on_conflict_do_nothing()
