"""The store's tables, as SQLAlchemy Core metadata; migrations create and change them."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("site", sa.String(255), nullable=False, server_default=""),
    sa.Column("url", sa.Text, nullable=True),
    sa.Column("canonical_url", sa.Text, nullable=True),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("title", sa.Text, nullable=False, server_default=""),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("source", sa.String(16), nullable=False, server_default="text"),
    sa.Column("date", sa.String(64), nullable=True),
    sa.Column("author", sa.Text, nullable=True),
    sa.Column("site_name", sa.Text, nullable=True),
    sa.Column("language", sa.String(16), nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_articles_site_id", "site", "id"),
    sa.Index("ix_articles_canonical_url", "canonical_url"),
)

summaries = sa.Table(
    "summaries",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "article_id",
        sa.Integer,
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("cache_key", sa.String(64), nullable=False, unique=True),
    sa.Column("version", sa.String(64), nullable=False),
    sa.Column("options", sa.Text, nullable=False),  # JSON: points, words, language
    sa.Column("data", sa.Text, nullable=False),  # JSON: Summary.to_dict()
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

# A request's raw input (text or HTML + options + version) -> its summary, so a repeat skips
# cleaning and the worker pool entirely.
summary_inputs = sa.Table(
    "summary_inputs",
    metadata,
    sa.Column("input_key", sa.String(64), primary_key=True),
    sa.Column(
        "summary_id",
        sa.Integer,
        sa.ForeignKey("summaries.id", ondelete="CASCADE"),
        nullable=False,
    ),
)

api_keys = sa.Table(
    "api_keys",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(255), nullable=False, unique=True),
    sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("prefix", sa.String(16), nullable=False),
    sa.Column("rate_per_minute", sa.Integer, nullable=True),  # None: the server's default
    sa.Column("revoked", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

rate_counters = sa.Table(
    "rate_counters",
    metadata,
    sa.Column("bucket", sa.String(128), primary_key=True),
    sa.Column("window", sa.BigInteger, primary_key=True),  # window start, epoch seconds
    sa.Column("count", sa.Integer, nullable=False),
)
