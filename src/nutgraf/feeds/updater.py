"""Add feeds and update them: fetch politely, extract, dedup, summarize, store.

``FeedUpdater.update()`` runs in two phases. First every due feed is fetched with a
conditional GET (``If-None-Match`` / ``If-Modified-Since`` from the last answer) and its
new items are recorded as ``new``. Then every due item (new, or failed and past its
backoff) is fetched, unless its link names a stored story already.

Network work runs in a thread pool, at most ``per_host`` connections to one host at a time
(a semaphore per host; items are interleaved across hosts so one slow site does not take
every thread), after robots.txt allows the URL and, when it sets a ``Crawl-delay`` (or a
``Request-rate``), that long after the site's previous request. CPU work (extraction,
dedup, summarizing) and every write run in the calling thread, so the store sees one writer
and the GIL is not fought over. A failure is recorded on its item (or feed) with its reason
and an exponential next-attempt time; nothing one item does stops the others.
"""

from __future__ import annotations

import concurrent.futures
import itertools
import logging
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Literal, TypeVar

from nutgraf.errors import NutgrafError, RefusedError
from nutgraf.feeds.dedup import NEAR_DUPLICATE, bands, jaccard, minhash, normalize_url, shingles
from nutgraf.feeds.subscribe import add_feed as add_feed  # where it lived before
from nutgraf.feeds.subscribe import new_items
from nutgraf.ingest.decode import decode_text
from nutgraf.ingest.feed import Feed, Robots, fetch_feed
from nutgraf.ingest.fetch import Fetched, Resolver, fetch
from nutgraf.ingest.html import decode_html, extract_html
from nutgraf.ingest.text import clean_text, learn_clutter
from nutgraf.ingest.urls import site_origin
from nutgraf.pipeline import Summarizer
from nutgraf.store import Store, content_hash, site_of
from nutgraf.store.feeds import FeedStore, StoredFeed, StoredItem
from nutgraf.summaries import Options, summarize_and_store
from nutgraf.types import Article

logger = logging.getLogger(__name__)

T = TypeVar("T")
Outcome = Literal["stored", "duplicate", "failed"]


@dataclass(frozen=True, slots=True)
class UpdatePolicy:
    """How politely and how persistently feeds are updated."""

    per_host: int = 2  # connections to one host at a time
    threads: int = 8  # fetches in flight over all hosts
    backoff_base: float = 300.0  # seconds before the first retry; doubles per failure
    backoff_max: float = 86_400.0
    max_attempts: int = 8  # an item failing this often is given up (reason kept)
    clutter_pages: int = 3  # a site's stored scraped pages needed to learn its clutter
    site_pages_kept: int = 20
    # robots.txt Crawl-delay is honoured up to this many seconds between a site's requests
    # (a larger one would stall the update: its items wait for the next update instead).
    max_crawl_delay: float = 30.0

    def next_attempt(self, failures: int, now: datetime) -> datetime:
        """When to try again after ``failures`` failures in a row."""
        delay = min(self.backoff_max, self.backoff_base * 2 ** max(0, failures - 1))
        return now + timedelta(seconds=delay)


@dataclass(slots=True)
class UpdateReport:
    """What one update did."""

    feeds: int = 0  # feeds fetched (due ones)
    feeds_unchanged: int = 0  # answered 304 Not Modified
    feeds_failed: int = 0
    items_new: int = 0  # items seen for the first time in this update
    items_stored: int = 0  # fetched, summarized and stored
    items_duplicate: int = 0  # the same story was stored already
    items_failed: int = 0
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (URL, reason), feed or item

    @property
    def items_done(self) -> int:
        return self.items_stored + self.items_duplicate + self.items_failed

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def line(self) -> str:
        """One line for the CLI and the server's log."""
        return (
            f"{self.feeds} feeds ({self.feeds_unchanged} unchanged, {self.feeds_failed} failed), "
            f"{self.items_new} new items: {self.items_stored} stored, "
            f"{self.items_duplicate} duplicates, {self.items_failed} failed "
            f"in {self.seconds:.1f} s"
        )


class FeedUpdater:
    """Updates the store's feeds; holds the summarizer, the robots rules and the host gates.

    Build one per process (or per update: it is cheap apart from the ``Summarizer``).
    """

    def __init__(
        self,
        store: Store,
        summarizer: Summarizer,
        *,
        policy: UpdatePolicy | None = None,
        resolver: Resolver | None = None,
    ) -> None:
        self.store = store
        self.feeds = FeedStore(store)
        self.summarizer = summarizer
        self.config = summarizer.config
        self.policy = policy or UpdatePolicy()
        self._resolver = resolver
        self._robots = Robots(self.config, resolver=resolver)
        self._lock = threading.Lock()
        self._hosts: dict[str, threading.Semaphore] = {}
        self._robot_sites: dict[str, threading.Lock] = {}
        self._next_slot: dict[str, float] = {}  # per site: when its next request may start
        self._clutter: dict[str, frozenset[str]] = {}

    def update(
        self, *, feed_ids: Sequence[int] | None = None, now: datetime | None = None
    ) -> UpdateReport:
        """Fetch due feeds, then fetch, summarize and store their due items."""
        started = time.monotonic()
        now = now or _now()
        report = UpdateReport()
        self._clutter.clear()  # other processes may have stored pages since the last run
        due = [f for f in self.feeds.due_feeds(now) if feed_ids is None or f.id in feed_ids]
        self._update_feeds(due, now, report)
        items = self.feeds.due_items(now, feed_ids=feed_ids)
        self._update_items(items, now, report)
        report.seconds = time.monotonic() - started
        logger.info("feed update: %s", report.line())
        return report

    # -- feeds -----------------------------------------------------------------------------

    def _update_feeds(self, due: list[StoredFeed], now: datetime, report: UpdateReport) -> None:
        def get(feed: StoredFeed) -> Feed | None:
            with self._host(feed.url):
                return fetch_feed(
                    feed.url,
                    self.config,
                    etag=feed.etag,
                    last_modified=feed.last_modified,
                    resolver=self._resolver,
                )

        for feed, result in self._concurrently(due, lambda f: f.url, get):
            report.feeds += 1
            try:
                got = result()
            except Exception as exc:  # the per-feed edge: one bad feed never stops the rest
                if not isinstance(exc, NutgrafError):
                    logger.exception("feed %s failed unexpectedly", feed.url)
                report.feeds_failed += 1
                retry = self.policy.next_attempt(feed.failures + 1, now)
                self.feeds.feed_failed(feed.id, str(exc) or type(exc).__name__, now, retry)
                report.failures.append((feed.url, str(exc) or type(exc).__name__))
                logger.warning("feed %s: %s (next attempt %s)", feed.url, exc, retry.isoformat())
                continue
            if got is None:
                report.feeds_unchanged += 1
                self.feeds.feed_checked(feed.id, now, changed=False)
                continue
            report.items_new += self.feeds.add_items(feed.id, new_items(got))
            self.feeds.feed_checked(
                feed.id, now, title=got.title, etag=got.etag, last_modified=got.last_modified
            )

    # -- items -----------------------------------------------------------------------------

    def _update_items(self, items: list[StoredItem], now: datetime, report: UpdateReport) -> None:
        # One fetch per link: a later item with the same link waits for the first one.
        first: dict[str, StoredItem] = {}
        later: dict[str, list[StoredItem]] = defaultdict(list)
        for item in items:
            key = normalize_url(item.url)
            if key in first:
                later[key].append(item)
                continue
            known = self.feeds.article_for_urls([key], [item.url])
            if known is not None:
                self.feeds.item_stored(item.id, known, duplicate=True)
                report.items_duplicate += 1
                continue
            first[key] = item

        def get(item: StoredItem) -> Fetched:
            with self._host(item.url):
                allowed, delay = self._robots_rules(item.url)
                if not allowed:
                    raise RefusedError(f"{item.url}: robots.txt disallows it")
                self._wait_turn(item.url, delay)
                return fetch(item.url, self.config, resolver=self._resolver)

        ordered = list(first.values())
        for item, result in self._concurrently(ordered, lambda i: i.url, get):
            outcome, article_id = self._settle(item, result, now, report)
            setattr(report, f"items_{outcome}", getattr(report, f"items_{outcome}") + 1)
            for same in later.pop(normalize_url(item.url), []):
                if article_id is not None:
                    self.feeds.item_stored(same.id, article_id, duplicate=True)
                    report.items_duplicate += 1
                # else: left due, it is tried with the next update

    def _settle(
        self, item: StoredItem, result: Callable[[], Fetched], now: datetime, report: UpdateReport
    ) -> tuple[Outcome, int | None]:
        """Store one fetched item, or record why it failed; never raises."""
        try:
            return self._store_item(item, result())
        except NutgrafError as exc:
            reason = str(exc) or type(exc).__name__
        except Exception as exc:  # the per-item edge: one bad item never stops an update
            logger.exception("feed item %s (%s) failed unexpectedly", item.id, item.url)
            reason = f"internal error: {type(exc).__name__}: {exc}"
        attempts = item.attempts + 1
        retry = (
            self.policy.next_attempt(attempts, now) if attempts < self.policy.max_attempts else None
        )
        self.feeds.item_failed(item.id, reason, retry)
        report.failures.append((item.url, reason))
        logger.info("feed item %s: %s", item.url, reason)
        return "failed", None

    def _store_item(self, item: StoredItem, fetched: Fetched) -> tuple[Outcome, int]:
        article, raw = self._extract(item, fetched)
        urls = [u for u in (item.url, fetched.url, article.canonical_url) if u]
        keys = [normalize_url(u) for u in urls]
        # A page names itself by the URL it was fetched from; its canonical link is trusted
        # as a key only on its own site, so no page can claim another site's story.
        own = [normalize_url(u) for u in (item.url, fetched.url)]
        if article.canonical_url and site_of(article.canonical_url) == site_of(fetched.url):
            own.append(normalize_url(article.canonical_url))
        grams = shingles(article.text)
        signature = bands(minhash(grams))
        found = self.feeds.article_for_urls(keys, urls)
        if found is None:
            found = self.feeds.article_for_hash(content_hash(article.text))
        if found is None:
            found = self._near_duplicate(grams, signature)
        if found is not None:
            self.feeds.remember_article(found, own, ())
            self.feeds.item_stored(item.id, found, duplicate=True)
            return "duplicate", found
        stored, _cached = summarize_and_store(self.summarizer, self.store, article, Options())
        self.feeds.remember_article(stored.article_id, own, signature)
        if raw is not None:
            site = site_of(fetched.url)
            self.feeds.add_site_page(site, fetched.url, raw, keep=self.policy.site_pages_kept)
            self._clutter.pop(site, None)
        self.feeds.item_stored(item.id, stored.article_id)
        return "stored", stored.article_id

    def _extract(self, item: StoredItem, fetched: Fetched) -> tuple[Article, str | None]:
        """The article of a fetched page, and its raw text when it was scraped text."""
        ctype = fetched.content_type.lower()
        raw: str | None = None
        if "html" in ctype or "xml" in ctype or not ctype:
            html = decode_html(fetched.body, fetched.content_type)
            article = extract_html(html, url=fetched.url, config=self.config)
        else:
            raw = decode_text(fetched.body, _charset(ctype))
            article = clean_text(raw, site_clutter=self._site_clutter(site_of(fetched.url)))
            article = replace(article, source="url", url=fetched.url)
        if not article.title and item.title:
            article = replace(article, title=item.title)
        return article, raw

    def _site_clutter(self, site: str) -> frozenset[str]:
        """Lines recurring across ``site``'s stored scraped pages, once it has enough."""
        if site not in self._clutter:
            pages = self.feeds.site_pages(site, limit=self.policy.site_pages_kept)
            enough = len(pages) >= self.policy.clutter_pages
            self._clutter[site] = learn_clutter(pages) if enough else frozenset()
        return self._clutter[site]

    def _near_duplicate(self, grams: frozenset[str], signature: Sequence[int]) -> int | None:
        best, best_id = NEAR_DUPLICATE, None
        for article_id, text in self.feeds.band_candidates(signature):
            score = jaccard(grams, shingles(text))
            if score >= best:
                best, best_id = score, article_id
        return best_id

    # -- politeness ------------------------------------------------------------------------

    def _concurrently(
        self, work: Sequence[Any], url_of: Callable[[Any], str], task: Callable[[Any], T]
    ) -> Iterator[tuple[Any, Callable[[], T]]]:
        """Run ``task`` over ``work`` in threads; yield (input, result getter) as each ends.

        Inputs are interleaved across hosts and at most ``2 x threads`` are in flight, so
        finished bodies never pile up while the caller is busy.
        """
        queue = deque(_interleave(work, url_of))
        pending: dict[concurrent.futures.Future[T], Any] = {}
        with concurrent.futures.ThreadPoolExecutor(
            self.policy.threads, thread_name_prefix="nutgraf-feed"
        ) as pool:
            while queue or pending:
                while queue and len(pending) < 2 * self.policy.threads:
                    one = queue.popleft()
                    pending[pool.submit(task, one)] = one
                done, _ = concurrent.futures.wait(
                    pending, return_when=concurrent.futures.FIRST_COMPLETED
                )
                for future in done:
                    yield pending.pop(future), future.result

    @contextmanager
    def _host(self, url: str) -> Iterator[None]:
        host = _host_of(url)
        with self._lock:
            gate = self._hosts.get(host)
            if gate is None:
                gate = self._hosts[host] = threading.BoundedSemaphore(self.policy.per_host)
        with gate:
            yield

    def _robots_rules(self, url: str) -> tuple[bool, float]:
        """Whether robots.txt allows ``url``, and the seconds its site wants between requests."""
        site = _host_of(url)
        with self._lock:
            lock = self._robot_sites.setdefault(site, threading.Lock())
        with lock:  # one robots.txt fetch per site, however many threads ask
            allowed = self._robots.allowed(url)
            return allowed, min(self.policy.max_crawl_delay, self._robots.crawl_delay(url))

    def _wait_turn(self, url: str, delay: float) -> None:
        """Wait for the site's next slot when its robots.txt sets a Crawl-delay."""
        if delay <= 0:
            return
        site = _host_of(url)
        with self._lock:
            slot = max(time.monotonic(), self._next_slot.get(site, 0.0))
            self._next_slot[site] = slot + delay
        time.sleep(max(0.0, slot - time.monotonic()))


def _interleave(work: Sequence[T], url_of: Callable[[T], str]) -> list[T]:
    by_host: dict[str, list[T]] = defaultdict(list)
    for one in work:
        by_host[_host_of(url_of(one))].append(one)
    rounds = itertools.zip_longest(*by_host.values())
    return [one for batch in rounds for one in batch if one is not None]


def _host_of(url: str) -> str:
    """The per-host key of politeness: the URL's origin (the URL itself if it has none)."""
    return site_origin(url) or url


def _charset(content_type: str) -> str | None:
    _, _, rest = content_type.partition("charset=")
    value = rest.split(";")[0].strip().strip("\"'")
    return value or None


def _now() -> datetime:
    return datetime.now(UTC)
