"""Articles keyed by their source (issue 14, item 3), and the migration that got there.

Runs on SQLite and on the throwaway PostgreSQL cluster of tests/store/conftest.py.
"""

from __future__ import annotations

import hashlib
import json

import sqlalchemy as sa

from nutgraf.store import Store, cache_key, content_hash, points_key, resolve_url, source_key
from nutgraf.store.db import make_engine, migrate
from nutgraf.types import Article

TEXT = "The council approved the tram plan on Monday. Critics said it costs too much."
GENUINE = Article(
    text=TEXT,
    title="Council approves tram plan",
    source="html",
    url="https://news.example.org/tram",
    canonical_url="https://news.example.org/tram",
    site_name="Example News",
)
FORGED = Article(
    text=TEXT,
    title="BREAKING: tram plan scrapped, claim your refund",
    source="html",
    canonical_url="https://news.example.org.refund.test/login",
    site_name="Example News",
)


def test_a_pasted_copy_never_owns_the_fetched_article(store: Store) -> None:
    forged = store.put_article(FORGED)  # stored first, as the attack needs
    genuine = store.put_article(GENUINE)
    assert forged.id != genuine.id and forged.content_hash == genuine.content_hash
    got = store.get_article(genuine.id)
    assert got is not None and got.article == GENUINE and got.site == "news.example.org"
    assert forged.site == ""  # a paste's canonical link is only its claim
    # The same source again is the same article; the same text elsewhere is another.
    assert store.put_article(GENUINE).id == genuine.id
    assert store.put_article(FORGED).id == forged.id
    moved = store.put_article(Article(text=TEXT, url="https://mirror.test/tram"))
    assert moved.id not in (forged.id, genuine.id)
    # Two spellings of one URL are one source.
    again = Article(text=TEXT, title="x", url="HTTP://www.News.Example.org/tram/?utm_source=rss")
    assert store.put_article(again).id == genuine.id


def test_summaries_are_per_article_and_points_shared(store: Store) -> None:
    forged = store.put_article(FORGED)
    genuine = store.put_article(GENUINE)
    options = {"points": 3, "words": None, "language": None}
    digest = content_hash(TEXT)
    forged_key = cache_key(forged.source_key, digest, "v1", options)
    genuine_key = cache_key(genuine.source_key, digest, "v1", options)
    assert forged_key != genuine_key
    shared = points_key(GENUINE.title, digest, "v1", options)
    assert shared != points_key(FORGED.title, digest, "v1", options)  # the title is read
    made = store.put_summary(
        genuine.id, genuine_key, {"points": ["a"]}, version="v1", options=options, points_key=shared
    )
    assert store.get_summary_by_key(forged_key) is None
    assert store.get_summary_by_points_key(shared) == made


def _old_schema_rows(url: str) -> None:
    """A store at revision 0002 with what the old code wrote: one article per text."""
    engine = make_engine(resolve_url(url))
    migrate(engine, "0002")
    meta = sa.MetaData()
    meta.reflect(engine)
    articles, summaries = meta.tables["articles"], meta.tables["summaries"]
    inputs = meta.tables["summary_inputs"]
    options = {"points": None, "words": None, "language": None}
    old_key = _old_cache_key(content_hash(TEXT), "nutgraf-0.1.0", options)
    with engine.begin() as conn:
        pasted = conn.execute(
            articles.insert().values(
                site="news.example.org.refund.test",
                url=None,
                canonical_url=FORGED.canonical_url,
                content_hash=content_hash(TEXT),
                title=FORGED.title,
                text=TEXT,
                source="html",
                site_name="Example News",
                created_at=sa.func.now(),
            )
        ).inserted_primary_key[0]
        fetched = conn.execute(
            articles.insert().values(
                site="other.test",
                url="https://other.test/story",
                content_hash=content_hash("Another story. Two sentences."),
                title="Other",
                text="Another story. Two sentences.",
                source="html",
                created_at=sa.func.now(),
            )
        ).inserted_primary_key[0]
        summary = conn.execute(
            summaries.insert().values(
                article_id=pasted,
                cache_key=old_key,
                version="nutgraf-0.1.0",
                options=json.dumps(options, sort_keys=True),
                data=json.dumps({"title": FORGED.title, "points": []}),
                created_at=sa.func.now(),
            )
        ).inserted_primary_key[0]
        conn.execute(inputs.insert().values(input_key="raw", summary_id=summary))
        conn.execute(
            summaries.insert().values(
                article_id=fetched,
                cache_key=_old_cache_key(content_hash("Another story. Two sentences."), "v", {}),
                version="v",
                options="{}",
                data="{}",
                created_at=sa.func.now(),
            )
        )
    engine.dispose()


def _old_cache_key(digest: str, version: str, options: dict[str, object]) -> str:
    canonical = json.dumps({"c": digest, "v": version, "o": options}, sort_keys=True)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def test_existing_store_upgrades_and_keeps_its_summaries(store_url: str) -> None:
    _old_schema_rows(store_url)
    store = Store.open(store_url)  # migrates 0002 -> 0003
    try:
        with store.engine.connect() as conn:
            version = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one()
        assert version == "0003"
        pasted, other = store.list_articles()[::-1]
        assert pasted.source_key == source_key(pasted.article) and not pasted.fetched
        assert other.source_key == source_key(other.article) and other.fetched
        # Old summaries are found under the new keys, and the raw-input alias still works.
        options = {"points": None, "words": None, "language": None}
        key = cache_key(pasted.source_key, pasted.content_hash, "nutgraf-0.1.0", options)
        found = store.get_summary_by_key(key)
        assert found is not None and found.article_id == pasted.id
        assert store.summary_for_input("raw") == found
        shared = points_key(pasted.article.title, pasted.content_hash, "nutgraf-0.1.0", options)
        assert store.get_summary_by_points_key(shared) == found
        assert store.get_summary_by_key(cache_key(other.source_key, other.content_hash, "v", {}))
        # And now the genuine page gets its own article beside the old paste.
        genuine = store.put_article(GENUINE)
        assert genuine.id != pasted.id and genuine.article.title == GENUINE.title
    finally:
        store.close()
