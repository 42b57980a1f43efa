"""``nutgraf feed update`` over a local mirror of 500 articles: items per second.

Usage: python bench/feed_update.py [--shared PATH] [--sites 10] [--threads 8] [--runs 1]

The 500 CNN/Daily Mail validation articles of ``../shared/data/summarization`` become HTML
pages (site menu, headline, byline, paragraphs, related links, footer) spread over
``--sites`` loopback sites, each a separate HTTP server (its own host:port, so the per-host
limit of 2 connections applies per site) with an RSS feed of its articles, a robots.txt and
ETags. For each run: a fresh SQLite store, ``nutgraf feed add`` for every feed, then the timed
``nutgraf feed update`` as a subprocess (start-up and model loading included), then a second
update (every feed answers 304). Prints wall-clock items/s and the updater's own items/s.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from statistics import median

DEFAULT_SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CNNDM = "data/summarization/cnndm-validation.jsonl"
_SENTENCE = re.compile(r"(?<=[.!?\"])\s+(?=[A-Z\"])")


class Site:
    """One loopback news site: pages by path, served with ETags."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.pages: dict[str, tuple[str, bytes]] = {}
        self.hits = 0
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                site.hits += 1
                found = site.pages.get(self.path)
                if found is None:
                    self.send_error(404)
                    return
                ctype, body = found
                etag = f'"{hash(body) & 0xFFFFFFFF:x}"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def page(site: str, title: str, text: str, related: list[str]) -> bytes:
    sentences = _SENTENCE.split(text.replace("(CNN)", "").strip())
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    links = "".join(f"<li><a href='/'>{html.escape(r)}</a></li>" for r in related)
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)} | {site}</title></head><body>"
        f"<header><a href='/'>{site}</a><nav><a href='/world'>World</a> "
        f"<a href='/politics'>Politics</a> <a href='/sport'>Sport</a> "
        f"<a href='/weather'>Weather</a></nav><button>Subscribe</button></header>"
        f"<main><article><h1>{html.escape(title)}</h1><p class='byline'>By Staff Reporter</p>"
        f"{body}</article><aside><h2>Most read</h2><ul>{links}</ul></aside></main>"
        f"<footer><p>© 2026 {site}. All rights reserved.</p><a href='/privacy'>Privacy</a>"
        f"</footer></body></html>"
    ).encode()


def rss(site: Site, items: list[tuple[str, str]]) -> bytes:
    entries = "".join(
        f"<item><title>{html.escape(t)}</title><link>{html.escape(site.url(p))}</link>"
        f"<guid>{html.escape(site.url(p))}</guid></item>"
        for t, p in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{site.name}</title><link>{site.url('/')}</link><description>news"
        f"</description>{entries}</channel></rss>"
    ).encode()


def build(shared: Path, n_sites: int) -> list[Site]:
    records = [json.loads(line) for line in (shared / CNNDM).read_text().splitlines()]
    sites = [Site(f"Mirror News {i}") for i in range(n_sites)]
    feeds: list[list[tuple[str, str]]] = [[] for _ in sites]
    for n, record in enumerate(records):
        site_no = n % n_sites
        site = sites[site_no]
        first = _SENTENCE.split(record["article"].replace("(CNN)", "").strip())[0]
        title = " ".join(first.split()[:12])
        related = [" ".join(r["article"].split()[:8]) for r in records[n + 1 : n + 5]]
        path = f"/story/{n}"
        site.pages[path] = (
            "text/html; charset=utf-8",
            page(site.name, title, record["article"], related),
        )
        feeds[site_no].append((title, path))
    for site, items in zip(sites, feeds, strict=True):
        site.pages["/rss.xml"] = ("application/rss+xml", rss(site, items))
        site.pages["/robots.txt"] = ("text/plain", b"User-agent: *\nDisallow: /private/\n")
    return sites


def nutgraf(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nutgraf", *args],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )


def run(sites: list[Site], threads: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{tmp}/bench.db"
        for site in sites:
            nutgraf("feed", "add", site.url("/rss.xml"), "--db", db, "--allow-private-network")
        started = time.perf_counter()
        done = nutgraf(
            "feed",
            "update",
            "--db",
            db,
            "--allow-private-network",
            "--format",
            "json",
            "--threads",
            str(threads),
        )
        wall = time.perf_counter() - started
        report = json.loads(done.stdout)
        started = time.perf_counter()
        again = json.loads(
            nutgraf(
                "feed", "update", "--db", db, "--allow-private-network", "--format", "json"
            ).stdout
        )
        wall_again = time.perf_counter() - started
    items = report["items_stored"] + report["items_duplicate"] + report["items_failed"]
    return {
        "items": items,
        "stored": report["items_stored"],
        "duplicates": report["items_duplicate"],
        "failed": report["items_failed"],
        "wall_s": wall,
        "update_s": report["seconds"],
        "items_per_s_wall": items / wall,
        "items_per_s_update": items / report["seconds"],
        "second_update_wall_s": wall_again,
        "second_update_unchanged": again["feeds_unchanged"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--sites", type=int, default=10)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    if not (args.shared / CNNDM).exists():
        sys.exit(f"needs {args.shared / CNNDM} (../shared beside the repository)")
    sites = build(args.shared, args.sites)
    try:
        results = []
        for i in range(args.runs):
            result = run(sites, args.threads)
            results.append(result)
            print(
                f"run {i + 1}: {result['items']:.0f} items ({result['stored']:.0f} stored, "
                f"{result['duplicates']:.0f} duplicates, {result['failed']:.0f} failed) in "
                f"{result['wall_s']:.1f} s wall = {result['items_per_s_wall']:.1f} items/s; "
                f"updater alone {result['update_s']:.1f} s = "
                f"{result['items_per_s_update']:.1f} items/s; second update (all 304) "
                f"{result['second_update_wall_s']:.1f} s wall"
            )
        if len(results) > 1:
            rates = [r["items_per_s_wall"] for r in results]
            print(
                f"median {median(rates):.1f} items/s wall "
                f"(min {min(rates):.1f}, max {max(rates):.1f})"
            )
        print(json.dumps(results))
    finally:
        for site in sites:
            site.stop()


if __name__ == "__main__":
    main()
