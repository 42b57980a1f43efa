"""FeedStore on SQLite and PostgreSQL: feeds, items, states, backoff, dedup keys, site pages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from nutgraf.store import Store
from nutgraf.store.feeds import FeedStore, NewItem
from nutgraf.types import Article

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture
def feeds(any_store: Store) -> FeedStore:
    return FeedStore(any_store)


def test_feed_add_is_idempotent_and_counts_items(feeds: FeedStore) -> None:
    feed, created = feeds.add_feed("https://example.org/rss", added_url="https://example.org/")
    again, created_again = feeds.add_feed("https://example.org/rss", added_url="x")
    assert created and not created_again and again.id == feed.id
    items = [NewItem(f"g{i}", f"https://example.org/{i}", f"T{i}") for i in range(3)]
    assert feeds.add_items(feed.id, items) == 3
    assert feeds.add_items(feed.id, [*items[:2], NewItem("g9", "https://example.org/9")]) == 1
    listed = feeds.list_feeds()
    assert [(f.url, f.items, f.stored, f.failed) for f in listed] == [
        ("https://example.org/rss", 4, 0, 0)
    ]
    assert listed[0].to_dict()["items"] == 4


def test_item_states_and_backoff(feeds: FeedStore) -> None:
    feed, _ = feeds.add_feed("https://example.org/rss", added_url="https://example.org/rss")
    feeds.add_items(feed.id, [NewItem("a", "https://example.org/a"), NewItem("b", "https://x/b")])
    a, b = feeds.due_items(NOW)
    article = feeds.store.put_article(Article(text="A story. Two sentences.", url=a.url))
    feeds.item_stored(a.id, article.id)
    feeds.item_failed(b.id, "HTTP 500", NOW + timedelta(minutes=5))
    assert feeds.due_items(NOW) == []
    (retry,) = feeds.due_items(NOW + timedelta(minutes=6))
    assert (retry.state, retry.reason, retry.attempts) == ("failed", "HTTP 500", 1)
    feeds.item_failed(b.id, "HTTP 500 again", None)  # given up
    assert feeds.due_items(NOW + timedelta(days=365)) == []
    (listed,) = feeds.list_feeds()
    assert (listed.items, listed.stored, listed.failed) == (2, 1, 1)
    assert feeds.feed_titles([article.id]) == {article.id: "https://example.org/rss"}
    assert feeds.feed_article_ids(feed.id, limit=10) == [article.id]


def test_feed_backoff_and_validators(feeds: FeedStore) -> None:
    feed, _ = feeds.add_feed("https://example.org/rss", added_url="https://example.org/rss")
    feeds.feed_failed(feed.id, "cannot connect", NOW, NOW + timedelta(minutes=5))
    assert feeds.due_feeds(NOW) == []
    assert [f.id for f in feeds.due_feeds(NOW + timedelta(minutes=5))] == [feed.id]
    got = feeds.get_feed(feed.id)
    assert got is not None and (got.failures, got.last_error) == (1, "cannot connect")
    feeds.feed_checked(feed.id, NOW, title="News", etag='"e1"', last_modified="Tue")
    feeds.feed_checked(feed.id, NOW, changed=False)  # 304 keeps the validators
    got = feeds.get_feed(feed.id)
    assert got is not None
    assert (got.title, got.etag, got.last_modified, got.failures, got.last_error) == (
        "News",
        '"e1"',
        "Tue",
        0,
        None,
    )


def test_dedup_keys_and_site_pages(feeds: FeedStore) -> None:
    one = feeds.store.put_article(
        Article(
            text="One story. It is short.",
            url="https://www.example.org/1?from=home",
            canonical_url="https://example.org/1",
        )
    )
    feeds.remember_article(one.id, ["https://example.org/one"], [11, 12])
    assert feeds.article_for_urls(["https://example.org/one"]) == one.id
    assert feeds.article_for_urls(["nope"], ["https://www.example.org/1?from=home"]) == one.id
    assert feeds.article_for_urls(["nope"], ["https://example.org/1"]) == one.id  # own site
    assert feeds.article_for_urls(["nope"], ["nope"]) is None
    assert feeds.article_for_hash(one.content_hash) == one.id
    assert feeds.band_candidates([12, 99]) == [(one.id, one.article.text)]
    for i in range(5):
        feeds.add_site_page("example.org", None, f"page {i}", keep=3)
    assert feeds.site_pages("example.org") == ["page 4", "page 3", "page 2"]


def test_pasted_copies_and_foreign_canonicals_are_nobody_s_source(feeds: FeedStore) -> None:
    # A paste claiming a page's canonical link, and a page on another site claiming it: a
    # feed item of the genuine page must be found duplicate of neither.
    genuine = "https://news.example.org/story"
    text = "The council approved the tram plan on Monday. Critics disagreed."
    pasted = feeds.store.put_article(Article(text=text, title="FAKE", canonical_url=genuine))
    forged = feeds.store.put_article(
        Article(text=text + " More.", url="https://evil.test/copy", canonical_url=genuine)
    )
    assert not pasted.fetched and forged.fetched and forged.site == "evil.test"
    assert feeds.article_for_urls([], [genuine]) is None
    assert feeds.article_for_hash(pasted.content_hash) is None  # only pasted has this text
    real = feeds.store.put_article(Article(text=text, title="Real", url=genuine))
    assert real.id != pasted.id and real.article.title == "Real"
    assert feeds.article_for_hash(real.content_hash) == real.id
    assert feeds.article_for_urls([], [genuine]) == real.id
