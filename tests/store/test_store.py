"""The store on SQLite and on a real PostgreSQL server: articles, summaries, keys, counters."""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import threading

import pytest
import sqlalchemy as sa

from nutgraf.errors import InputError
from nutgraf.store import Store, cache_key, content_hash, resolve_url, site_of
from nutgraf.types import Article


def _article(n: int, site: str = "example.org") -> Article:
    return Article(
        text=f"Story number {n}. It has two sentences.",
        title=f"Title {n}",
        source="url",
        url=f"https://www.{site}/story/{n}",
        canonical_url=f"https://{site}/story/{n}",
        date="2026-11-01",
    )


def test_put_article_is_idempotent_on_content(store: Store) -> None:
    first = store.put_article(_article(1))
    again = store.put_article(_article(1))
    assert first.id == again.id
    assert first.site == "example.org"
    assert first.content_hash == content_hash(first.article.text)
    got = store.get_article(first.id)
    assert got is not None and got.article == first.article
    assert store.get_article(first.id + 1000) is None
    with pytest.raises(InputError):
        store.put_article(Article(text="   "))


def test_list_newest_first_paged_and_by_site(store: Store) -> None:
    ids = [store.put_article(_article(i, "a.org" if i % 2 else "b.org")).id for i in range(5)]
    assert [a.id for a in store.list_articles(limit=2)] == [ids[4], ids[3]]
    assert [a.id for a in store.list_articles(limit=2, offset=2)] == [ids[2], ids[1]]
    assert [a.id for a in store.list_articles(site="a.org")] == [ids[3], ids[1]]
    assert store.count_articles() == 5 and store.count_articles(site="b.org") == 3


def test_neighbours(store: Store) -> None:
    ids = [store.put_article(_article(i, "a.org" if i < 2 else "b.org")).id for i in range(3)]
    prev, nxt = store.neighbours(ids[1])
    assert prev is not None and prev.id == ids[0]
    assert nxt is not None and nxt.id == ids[2]
    assert store.neighbours(ids[0])[0] is None and store.neighbours(ids[2])[1] is None
    assert store.neighbours(ids[1], site="a.org")[1] is None


def test_summary_get_or_create_by_cache_key(store: Store) -> None:
    art = store.put_article(_article(7))
    source = art.source_key
    key = cache_key(source, art.content_hash, "nutgraf-test", {"points": 3})
    assert key != cache_key(source, art.content_hash, "nutgraf-test", {"points": 2})
    assert key != cache_key(source, art.content_hash, "nutgraf-other", {"points": 3})
    assert key != cache_key("another source", art.content_hash, "nutgraf-test", {"points": 3})
    assert store.get_summary_by_key(key) is None
    made = store.put_summary(art.id, key, {"points": ["a"]}, version="v", options={"points": 3})
    raced = store.put_summary(art.id, key, {"points": ["b"]}, version="v", options={"points": 3})
    assert raced.id == made.id and raced.data == {"points": ["a"]}  # the first writer wins
    assert store.get_summary(made.id) == made
    assert made.to_dict() == {"id": made.id, "article_id": art.id, "points": ["a"]}
    store.alias_input("raw-1", made.id)
    store.alias_input("raw-1", made.id)
    found = store.summary_for_input("raw-1")
    assert found is not None and found.id == made.id
    assert store.summary_for_input("raw-2") is None


def test_api_keys_are_stored_hashed(store: Store) -> None:
    secret = store.create_api_key("paper", rate_per_minute=10)
    key = store.find_api_key(secret)
    assert key is not None and key.name == "paper" and key.rate_per_minute == 10
    assert store.find_api_key(secret + "x") is None
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT key_hash, prefix FROM api_keys")).all()
    assert all(secret not in str(row) for row in rows)
    with pytest.raises(InputError):
        store.create_api_key("paper")
    assert store.revoke_api_key("paper") and not store.revoke_api_key("nobody")
    assert store.find_api_key(secret) is None
    assert [k.revoked for k in store.list_api_keys()] == [True]


def test_rate_counter_fixed_windows(store: Store) -> None:
    assert [store.hit("ip:1", 60, now=120.0) for _ in range(3)] == [1, 2, 3]
    assert store.hit("ip:2", 60, now=130.0) == 1
    assert store.hit("ip:1", 60, now=181.0) == 1  # next window


def test_rate_counter_is_exact_under_threads(store: Store) -> None:
    def hammer() -> None:
        for _ in range(20):
            store.hit("shared", 60, now=600.0)

    threads = [threading.Thread(target=hammer) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert store.hit("shared", 60, now=600.0) == 81


def _hits_in_process(url: str, n: int) -> int:
    store = Store.open(url, migrate_schema=False)
    try:
        return max(store.hit("procs", 60, now=900.0) for _ in range(n))
    finally:
        store.close()


def test_rate_counter_holds_across_processes(store: Store, store_url: str) -> None:
    ctx = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(2, mp_context=ctx) as pool:
        list(pool.map(_hits_in_process, [store_url] * 2, [25, 25]))
    assert store.hit("procs", 60, now=900.0) == 51


def test_migrations_are_idempotent(store_url: str) -> None:
    Store.open(store_url).close()
    again = Store.open(store_url)
    with again.engine.connect() as conn:
        version = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one()
    assert version == "0003"  # the newest migration
    again.close()


def test_sqlite_runs_wal_with_busy_timeout(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = Store.open(f"sqlite:///{tmp_path / 'w.db'}")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
        assert int(conn.exec_driver_sql("PRAGMA busy_timeout").scalar_one()) >= 5000
    store.close()


def test_resolve_url() -> None:
    assert resolve_url(None, {"NUTGRAF_DB": "sqlite:////x.db"}) == "sqlite:////x.db"
    assert resolve_url("postgresql://u@h/db", {}) == "postgresql+psycopg://u@h/db"
    assert resolve_url(None, {}).startswith("sqlite:///") and resolve_url(None, {}).endswith(
        "nutgraf.db"
    )
    with pytest.raises(InputError):
        resolve_url("mysql://h/db", {})


def test_site_of() -> None:
    assert site_of("https://www.Example.org/a") == "example.org"
    assert site_of(None) == "" and site_of("not a url") == ""
