"""Per-site clutter learning: F1 of the scraped-text cleaner with and without it.

Usage: python bench/site_clutter.py [--shared PATH]

For every site with two or more pages in a set, each page is cleaned alone and then with
the clutter learned (``learn_clutter``) from the site's OTHER pages (leave-one-out, as a
store holding a site's earlier pages would), and both are scored with the ScrapingHub
shingle metric. Sets: scrapinghub-text (55 sites x 2 pages: one other page to learn from)
and daniel-ru, turned into scraped text with inscriptis (``pip install inscriptis``; sites
with 3-10 pages). Prints precision/recall/F1 and the number of pages.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

from nutgraf.errors import NoArticleError
from nutgraf.ingest.text import clean_text, learn_clutter
from shingle_metric import score_pairs

DEFAULT_SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def body(raw: str, clutter: frozenset[str] = frozenset()) -> str:
    try:
        return clean_text(raw, site_clutter=clutter).text
    except NoArticleError:
        return ""


def run(name: str, sites: dict[str, list[tuple[str, str]]]) -> None:
    alone, learned = [], []
    for pages in sites.values():
        if len(pages) < 2:
            continue
        for i, (raw, truth) in enumerate(pages):
            others = [p for j, (p, _) in enumerate(pages) if j != i]
            clutter = learn_clutter(others, min_pages=min(2, len(others)))
            alone.append((truth, body(raw)))
            learned.append((truth, body(raw, clutter)))
    print(f"\n{name}: {len(alone)} pages of {sum(len(p) >= 2 for p in sites.values())} sites")
    for label, pairs in (("alone", alone), ("site clutter", learned)):
        p, r, f1 = score_pairs(pairs)
        print(f"  {label:<14} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")


def scrapinghub(shared: Path) -> dict[str, list[tuple[str, str]]]:
    truth = json.loads((shared / "data/extraction/scrapinghub/ground-truth.json").read_text())
    sites: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, item in truth.items():
        path = shared / "data/extraction/scrapinghub-text" / f"{key}.txt"
        host = urlsplit(item["url"]).hostname or ""
        sites[host].append((path.read_text(encoding="utf-8"), item["articleBody"]))
    return sites


def daniel(shared: Path) -> dict[str, list[tuple[str, str]]] | None:
    try:
        from inscriptis import get_text
    except ImportError:
        return None
    base = shared / "data/extraction/daniel-ru"
    sites: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for path in sorted((base / "html").iterdir()):
        ref = (base / "reference" / path.name).read_text(encoding="utf-8", errors="replace")
        truth = html.unescape(re.sub(r"<[^>]+>", " ", ref))
        data = path.read_bytes()
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        page = get_text(data.decode("utf-8", errors="replace"))
        sites[path.name.split("_")[1]].append((page, truth))
    return sites


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = parser.parse_args()
    if not (args.shared / "data/extraction").is_dir():
        print(f"skipped: {args.shared}/data/extraction not present (pass --shared PATH)")
        return 0
    run("scrapinghub-text", scrapinghub(args.shared))
    ru = daniel(args.shared)
    if ru is None:
        print("\ndaniel-ru: skipped (pip install inscriptis to make its scraped text)")
    else:
        run("daniel-ru as scraped text (inscriptis)", ru)
    return 0


if __name__ == "__main__":
    sys.exit(main())
