"""RSS and Atom feeds: parse (feedparser), discover from a page, fetch conditionally, robots.txt.

feedparser is given bytes that nutgraf's safe fetcher downloaded, so it never opens a
connection itself.
"""

from __future__ import annotations

import calendar
import logging
import urllib.robotparser
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser
import lxml.html

from nutgraf.config import Config
from nutgraf.errors import FetchError, InputError
from nutgraf.ingest.fetch import Fetched, Resolver, fetch
from nutgraf.ingest.urls import normalize_url

logger = logging.getLogger(__name__)

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One entry of a feed: the article's URL and what the feed says about it."""

    url: str
    title: str
    published: str | None  # ISO 8601, UTC
    guid: str


@dataclass(frozen=True, slots=True)
class Feed:
    """A parsed feed, with the validators for the next conditional GET."""

    url: str
    title: str
    items: tuple[FeedItem, ...]
    etag: str | None = None
    last_modified: str | None = None


def parse_feed(data: bytes, url: str, *, max_items: int | None = None) -> Feed:
    """Parse RSS or Atom ``data`` fetched from ``url``; raise ``InputError`` if it is no feed.

    ``max_items`` keeps the first items only (feeds list the newest first).
    """
    try:
        parsed: Any = feedparser.parse(data, response_headers={"content-location": url})
    except UnicodeError as exc:  # feedparser's loose parser chokes on &#xD800; and kin
        raise InputError(f"{url}: not a feed (a character no text can hold: {exc})") from exc
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception") or "no RSS or Atom elements"
        raise InputError(f"{url}: not a feed ({reason})")
    items: list[FeedItem] = []
    for entry in parsed.entries:
        if max_items is not None and len(items) >= max_items:
            logger.info("%s: %d items, only the first %d kept", url, len(parsed.entries), max_items)
            break
        link = _entry_link(entry, url)
        if not link:
            continue
        items.append(
            FeedItem(
                url=link,
                title=str(entry.get("title", "")).strip(),
                published=_iso(entry.get("published_parsed") or entry.get("updated_parsed")),
                guid=str(entry.get("id") or link),
            )
        )
    title = str(parsed.feed.get("title", "")).strip()
    return Feed(url=url, title=title, items=tuple(items))


def discover_feeds(html: str | bytes, url: str) -> list[str]:
    """The feed URLs a page links with ``<link rel="alternate" type="application/rss+xml">``."""
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return []
    found = []
    for link in tree.iterfind(".//link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").lower().split(";")[0].strip()
        href = link.get("href")
        if "alternate" in rel and kind in _FEED_TYPES and href:
            found.append(urljoin(url, href.strip()))
    return list(dict.fromkeys(found))


def fetch_feed(
    url: str,
    config: Config,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    resolver: Resolver | None = None,
) -> Feed | None:
    """Fetch and parse the feed at ``url`` (or the first feed a page at ``url`` links).

    Sends ``If-None-Match`` / ``If-Modified-Since`` when validators are given and returns
    None when the server answers 304 Not Modified. A page is followed to the feed it links
    once, never to a URL already fetched: a page that names itself, or another page, as its
    feed is an ``InputError``. Keeps the first ``config.max_feed_items`` items. Raises
    ``FetchError`` or ``InputError``.
    """
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    got = fetch(url, config, resolver=resolver, headers=headers)
    if got.status == 304:
        return None
    if _is_page(got):
        seen = {normalize_url(url), normalize_url(got.url)}
        links = [
            link for link in discover_feeds(got.body, got.url) if normalize_url(link) not in seen
        ]
        if not links:
            raise InputError(f"{url}: a page that links no RSS or Atom feed (other than itself)")
        got = fetch(links[0], config, resolver=resolver)
        if _is_page(got):
            raise InputError(f"{url}: the feed it links ({links[0]}) is a page, not a feed")
    feed = parse_feed(got.body, got.url, max_items=config.max_feed_items)
    return Feed(
        url=feed.url,
        title=feed.title,
        items=feed.items,
        etag=got.headers.get("etag"),
        last_modified=got.headers.get("last-modified"),
    )


def _is_page(got: Fetched) -> bool:
    return "html" in got.content_type.lower() and b"<rss" not in got.body[:2048]


class Robots:
    """robots.txt rules per site, fetched once per instance through the safe fetcher."""

    def __init__(
        self, config: Config, user_agent: str = "nutgraf", resolver: Resolver | None = None
    ):
        self._config = config
        self._agent = user_agent
        self._resolver = resolver
        self._parsers: dict[str, urllib.robotparser.RobotFileParser] = {}

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets nutgraf fetch ``url`` (a missing robots.txt allows all)."""
        return self._parser(url).can_fetch(self._agent, url)

    def crawl_delay(self, url: str) -> float:
        """Seconds to leave between requests to ``url``'s site: ``Crawl-delay``, else the
        interval of ``Request-rate`` (0 when robots.txt sets neither)."""
        parser = self._parser(url)
        delay = parser.crawl_delay(self._agent)
        if delay is not None:
            return max(0.0, float(delay))
        rate = parser.request_rate(self._agent)
        if rate is not None and rate.requests > 0:
            return max(0.0, rate.seconds / rate.requests)
        return 0.0

    def _parser(self, url: str) -> urllib.robotparser.RobotFileParser:
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        parser = self._parsers.get(site)
        if parser is None:
            parser = self._parsers[site] = self._load(site)
        return parser

    def _load(self, site: str) -> urllib.robotparser.RobotFileParser:
        parser = urllib.robotparser.RobotFileParser(site + "/robots.txt")
        try:
            got = fetch(site + "/robots.txt", self._config, resolver=self._resolver)
            parser.parse(got.body.decode("utf-8", errors="replace").splitlines())
        except FetchError as exc:
            # 4xx (no robots.txt) allows all, as the standard says; an unreachable site
            # will fail its own fetches anyway.
            logger.debug("robots.txt of %s: %s", site, exc)
            parser.parse([])
        return parser


def _entry_link(entry: Any, base: str) -> str | None:
    link = entry.get("link")
    if not link:
        for candidate in entry.get("links", []):
            if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
                link = candidate["href"]
                break
    if not link:
        return None
    absolute = urljoin(base, str(link).strip())
    return absolute if urlsplit(absolute).scheme in {"http", "https"} else None


def _iso(value: Any) -> str | None:
    if not value:
        return None
    return datetime.fromtimestamp(calendar.timegm(value), tz=UTC).isoformat()
