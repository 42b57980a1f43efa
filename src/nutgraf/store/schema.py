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
    # Where the article came from (store.source_key): its fetched URL, or its pasted
    # content. One source can say one text once; the same text from two sources is two
    # articles, each with its own title and links (migration 0003).
    sa.Column("source_key", sa.String(64), nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False, index=True),
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
    sa.UniqueConstraint("source_key", "content_hash", name="uq_articles_source_content"),
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
    # What the summarizer read (title, text, version, options): points made for one article
    # are reused for another with the same title and text (migration 0003).
    sa.Column("points_key", sa.String(64), nullable=True, index=True),
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

# -- feeds (migration 0002): subscriptions, their items, and what dedup needs ----------------

feeds = sa.Table(
    "feeds",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("url", sa.Text, nullable=False, unique=True),  # the feed itself, after discovery
    sa.Column("added_url", sa.Text, nullable=False),  # what the user gave (a page, maybe)
    sa.Column("title", sa.Text, nullable=False, server_default=""),
    sa.Column("etag", sa.Text, nullable=True),
    sa.Column("last_modified", sa.Text, nullable=True),
    sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("checked_at", sa.DateTime(timezone=True), nullable=True),  # last attempt
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),  # last success
    sa.Column("last_error", sa.Text, nullable=True),  # None after a success
    sa.Column("failures", sa.Integer, nullable=False, server_default="0"),  # in a row
    sa.Column("next_attempt", sa.DateTime(timezone=True), nullable=True),  # None: due now
)

# state: new (not fetched yet), ok (stored: article_id), duplicate (the same story was
# stored already: article_id is that story), failed (reason; retried at next_attempt, never
# again when next_attempt is None).
feed_items = sa.Table(
    "feed_items",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("feed_id", sa.Integer, sa.ForeignKey("feeds.id", ondelete="CASCADE"), nullable=False),
    sa.Column("guid", sa.Text, nullable=False),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("title", sa.Text, nullable=False, server_default=""),
    sa.Column("published", sa.String(64), nullable=True),
    sa.Column("state", sa.String(16), nullable=False, server_default="new"),
    sa.Column("reason", sa.Text, nullable=True),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("next_attempt", sa.DateTime(timezone=True), nullable=True),
    sa.Column(
        "article_id",
        sa.Integer,
        sa.ForeignKey("articles.id", ondelete="SET NULL"),
        nullable=True,
        index=True,
    ),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("feed_id", "guid", name="uq_feed_items_feed_guid"),
    sa.Index("ix_feed_items_state_next", "state", "next_attempt"),
)

# Normalized URLs (item link, final URL, canonical URL) -> the article stored for them.
article_urls = sa.Table(
    "article_urls",
    metadata,
    sa.Column("url_key", sa.Text, primary_key=True),
    sa.Column(
        "article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False
    ),
)

# MinHash LSH bands of an article's word shingles: articles sharing a band are candidates
# for near-duplicates (syndicated copies), confirmed by shingle Jaccard.
article_bands = sa.Table(
    "article_bands",
    metadata,
    sa.Column("band", sa.BigInteger, primary_key=True),
    sa.Column(
        "article_id",
        sa.Integer,
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=True,
    ),
)

# Raw scraped text of a site's pages, the last few per site, to learn its clutter from.
site_pages = sa.Table(
    "site_pages",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("site", sa.String(255), nullable=False),
    sa.Column("url", sa.Text, nullable=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_site_pages_site_id", "site", "id"),
)
