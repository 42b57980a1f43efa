"""A small news site for feed tests: article pages, RSS/Atom feeds, routes with validators."""

from __future__ import annotations

import html
from collections.abc import Sequence
from http.server import BaseHTTPRequestHandler

from helpers import LoopbackServer, Route, respond
from nutgraf.config import Config

# Loopback servers on any port: what the feed tests fetch from.
LOOPBACK = Config(allow_private_network=True, allowed_ports=None, fetch_timeout=5.0)

_TOPICS = [
    ("council", "budget", "buses", "Monday"),
    ("harbour", "ferry", "timetable", "Tuesday"),
    ("university", "library", "scholarships", "Wednesday"),
    ("hospital", "ward", "nurses", "Thursday"),
    ("airport", "runway", "flights", "Friday"),
    ("museum", "exhibition", "paintings", "Saturday"),
]


def story(n: int) -> list[str]:
    """Three paragraphs of news prose, different for every ``n``."""
    body, thing, many, day = _TOPICS[n % len(_TOPICS)]
    count = 10 + 7 * n
    return [
        f"The city {body} approved a new plan for the {thing} on {day}, officials said, "
        f"after a debate that lasted {count} minutes and drew a large crowd of residents.",
        f"The plan adds {count} {many} over the next two years and costs about {count * 3} "
        f"million euros, according to figures published by the {body} in report number {n}.",
        f"Critics of the {thing} plan said the money would be better spent elsewhere, while "
        f"supporters argued that the {many} were long overdue and would serve thousands.",
        f"A final vote on the {body}'s proposal number {n} is expected next month, and "
        f"campaigners on both sides promised to keep up the pressure until then.",
    ]


def article_html(title: str, paragraphs: Sequence[str], canonical: str | None = None) -> bytes:
    link = f'<link rel="canonical" href="{html.escape(canonical)}">' if canonical else ""
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title>{link}</head><body>"
        f"<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
        f"<article><h1>{html.escape(title)}</h1>{paras}</article>"
        f"<footer>Copyright Example News</footer></body></html>"
    ).encode()


def rss(title: str, items: Sequence[tuple[str, str]]) -> bytes:
    """An RSS 2.0 feed of (title, link) items."""
    entries = "".join(
        f"<item><title>{html.escape(t)}</title><link>{html.escape(u)}</link>"
        f"<guid>{html.escape(u)}</guid></item>"
        for t, u in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{html.escape(title)}</title><link>http://example.org/</link>"
        f"<description>test</description>{entries}</channel></rss>"
    ).encode()


def conditional(body: bytes, etag: str, content_type: str = "application/rss+xml") -> Route:
    """A route that answers 304 when the request's If-None-Match is ``etag``."""

    def route(handler: BaseHTTPRequestHandler) -> None:
        if handler.headers.get("If-None-Match") == etag:
            handler.send_response(304)
            handler.send_header("ETag", etag)
            handler.end_headers()
            return
        respond(200, body, content_type, ETag=etag)(handler)

    return route


def serve_article(server: LoopbackServer, path: str, n: int, **kwargs: str) -> str:
    """Route ``path`` to story ``n``'s page; return its URL."""
    server.routes[path] = respond(200, article_html(f"Story {n}", story(n), **kwargs))
    return server.url(path)
