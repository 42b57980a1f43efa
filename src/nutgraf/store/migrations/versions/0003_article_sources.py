"""Articles keyed by their source, not by their text alone; summaries by their article.

Before, ``articles.content_hash`` was unique: whoever stored a text first owned its title,
site and links for everyone, and a pasted copy could stand in for the fetched original.
Now an article is one source's text (``UNIQUE (source_key, content_hash)``); summary
cache keys include the source, and ``summaries.points_key`` lets the same title and text
share their points. Existing rows get their keys computed here, with the functions the
store uses (``nutgraf.store.store``), so stored summaries stay found.

Downgrading fails once two articles share a text (the old unique key cannot hold them).

Revision ID: 0003
Revises: 0002
Create Date: 2027-01-12
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import sqlalchemy as sa
from alembic import op

from nutgraf.store.store import cache_key, points_key, source_key
from nutgraf.types import Article

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_PAGE = 500
_ARTICLE_FIELDS = ("url", "title", "text", "canonical_url", "date", "author", "site_name")
_articles = sa.table(
    "articles",
    sa.column("id", sa.Integer),
    sa.column("source_key", sa.String),
    sa.column("content_hash", sa.String),
    *(sa.column(name, sa.Text) for name in _ARTICLE_FIELDS),
)
_summaries = sa.table(
    "summaries",
    sa.column("id", sa.Integer),
    sa.column("article_id", sa.Integer),
    sa.column("cache_key", sa.String),
    sa.column("points_key", sa.String),
    sa.column("version", sa.String),
    sa.column("options", sa.Text),
)
# SQLite names no constraint made inline: batch mode finds the old one by this convention.
_NAMING = {"uq": "uq_%(table_name)s_%(column_0_name)s"}


def _old_unique() -> str:
    if op.get_bind().dialect.name == "postgresql":
        return "articles_content_hash_key"  # PostgreSQL's name for the inline UNIQUE
    return "uq_articles_content_hash"


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("source_key", sa.String(64), nullable=True))
    with op.batch_alter_table("summaries") as batch:
        batch.add_column(sa.Column("points_key", sa.String(64), nullable=True))
    _fill_keys(op.get_bind())
    with op.batch_alter_table("articles", naming_convention=_NAMING) as batch:
        batch.alter_column("source_key", existing_type=sa.String(64), nullable=False)
        batch.drop_constraint(_old_unique(), type_="unique")
        batch.create_unique_constraint("uq_articles_source_content", ["source_key", "content_hash"])
    op.create_index("ix_articles_content_hash", "articles", ["content_hash"])
    op.create_index("ix_summaries_points_key", "summaries", ["points_key"])


def _fill_keys(bind: sa.Connection) -> None:
    """Compute every article's source key, then every summary's cache and points keys."""
    last = 0
    while True:
        rows = bind.execute(
            sa.select(_articles.c.id, *(_articles.c[name] for name in _ARTICLE_FIELDS))
            .where(_articles.c.id > last)
            .order_by(_articles.c.id)
            .limit(_PAGE)
        ).mappings()
        batch = [{"row_id": row["id"], "key": source_key(_article(row))} for row in rows.fetchall()]
        if not batch:
            break
        bind.execute(
            _articles.update()
            .where(_articles.c.id == sa.bindparam("row_id"))
            .values(source_key=sa.bindparam("key")),
            batch,
        )
        last = batch[-1]["row_id"]
    joined = (
        sa.select(
            _summaries.c.id,
            _summaries.c.version,
            _summaries.c.options,
            _articles.c.source_key,
            _articles.c.content_hash,
            _articles.c.title,
        )
        .join(_articles, _articles.c.id == _summaries.c.article_id)
        .order_by(_summaries.c.id)
    )
    updates = []
    for row in bind.execute(joined).mappings().fetchall():
        options = json.loads(row["options"])
        digest, version = row["content_hash"], row["version"]
        updates.append(
            {
                "row_id": row["id"],
                "cache": cache_key(row["source_key"], digest, version, options),
                "points": points_key(row["title"], digest, version, options),
            }
        )
    for start in range(0, len(updates), _PAGE):
        bind.execute(
            _summaries.update()
            .where(_summaries.c.id == sa.bindparam("row_id"))
            .values(cache_key=sa.bindparam("cache"), points_key=sa.bindparam("points")),
            updates[start : start + _PAGE],
        )


def _article(row: Any) -> Article:
    return Article(**{name: row[name] for name in _ARTICLE_FIELDS})


def downgrade() -> None:
    bind = op.get_bind()
    joined = sa.select(
        _summaries.c.id, _summaries.c.version, _summaries.c.options, _articles.c.content_hash
    ).join(_articles, _articles.c.id == _summaries.c.article_id)
    for row in bind.execute(joined).mappings().fetchall():
        # The key of revision 0002: content hash + version + options.
        old = {"c": row["content_hash"], "v": row["version"], "o": json.loads(row["options"])}
        digest = hashlib.sha256(json.dumps(old, sort_keys=True).encode("utf-8")).hexdigest()
        bind.execute(
            _summaries.update().where(_summaries.c.id == row["id"]).values(cache_key=digest)
        )
    op.drop_index("ix_summaries_points_key", "summaries")
    op.drop_index("ix_articles_content_hash", "articles")
    with op.batch_alter_table("articles", naming_convention=_NAMING) as batch:
        batch.drop_constraint("uq_articles_source_content", type_="unique")
        batch.create_unique_constraint(_old_unique(), ["content_hash"])
        batch.drop_column("source_key")
    with op.batch_alter_table("summaries") as batch:
        batch.drop_column("points_key")
