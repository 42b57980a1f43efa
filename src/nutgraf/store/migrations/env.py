"""Alembic environment: migrations run on the connection ``Store.migrate`` hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from nutgraf.store.schema import metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER much
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - `alembic` CLI use: build one from the URL
    from nutgraf.store.db import make_engine

    url = context.config.get_main_option("sqlalchemy.url") or ""
    with make_engine(url).connect() as conn:
        _run(conn)
else:
    _run(connection)
