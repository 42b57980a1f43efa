"""nutgraf against trafilatura on trafilatura's own multilingual benchmark and metric.

Usage: python bench/extraction_snippets.py TESTS_DIR [--split dev|dev-a|dev-b|test|all] [--show N]

TESTS_DIR is the ``tests`` folder of a checkout of the trafilatura repository (it holds
``evaldata.json`` and the pages under ``eval/`` and ``cache/``; 990 pages, most of them news
in a dozen languages). Nothing of it is in this repository: pass its path, or the script
says it is absent and exits 0.

The metric is the project's own (``tests/eval_common.py``): for each page, snippets that
must appear in the output and snippets that must not, matched after collapsing whitespace;
true positives, false positives and false negatives summed over pages; F1 = 2tp / (2tp +
fp + fn). A page an extractor fails on counts as empty. trafilatura runs as in that
project's gate (``fast=False``, comments off, tables on); nutgraf's output is the title,
then the body (a page's headline is in its title, where trafilatura keeps it in the body).

Pages are split in two halves by the parity of the first hex digit of sha1(url): ``dev``
(parity 0) for tuning, ``test`` (parity 1) reported once. The dev half splits again by the
parity of the second hex digit: ``dev-a`` (0) to tune on, ``dev-b`` (1) to report once.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import trafilatura

from nutgraf.config import Config
from nutgraf.errors import NutgrafError
from nutgraf.ingest.html import extract_html

Item = dict[str, Any]


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def counts(item: Item, output: str) -> tuple[int, int, int]:
    out = norm(output)
    tp = sum(1 for s in item["with"] if norm(s) in out)
    fp = sum(1 for s in item["without"] if norm(s) in out)
    return tp, fp, len(item["with"]) - tp


def half(url: str) -> str:
    return "dev" if int(hashlib.sha1(url.encode()).hexdigest()[0], 16) % 2 == 0 else "test"


def in_split(url: str, split: str) -> bool:
    if split == "all":
        return True
    if split in ("dev-a", "dev-b"):
        second = int(hashlib.sha1(url.encode()).hexdigest()[1], 16) % 2
        return half(url) == "dev" and second == (split == "dev-b")
    return half(url) == split


def load(tests: Path, split: str) -> list[tuple[str, Item, bytes]]:
    evaldata = json.loads((tests / "evaldata.json").read_text(encoding="utf-8"))
    pages = []
    for url in sorted(evaldata):
        if not in_split(url, split):
            continue
        item = evaldata[url]
        path = next(
            (
                tests / d / item["file"]
                for d in ("cache", "eval")
                if (tests / d / item["file"]).is_file()
            ),
            None,
        )
        if path is not None:
            pages.append((url, item, path.read_bytes()))
    return pages


def trafilatura_system(data: bytes) -> str:
    return (
        trafilatura.extract(
            data, fast=False, include_comments=False, include_tables=True, include_formatting=False
        )
        or ""
    )


def nutgraf_system(config: Config) -> Callable[[bytes], str]:
    def run(data: bytes) -> str:
        try:
            article = extract_html(data, config=config)
        except NutgrafError:
            return ""
        return f"{article.title}\n\n{article.text}"

    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("tests", type=Path, help="the tests/ folder of a trafilatura checkout")
    parser.add_argument("--split", choices=("dev", "dev-a", "dev-b", "test", "all"), default="dev")
    parser.add_argument("--show", type=int, default=0, help="list N pages where nutgraf lost")
    args = parser.parse_args()
    if not (args.tests / "evaldata.json").is_file():
        print(f"skipped: {args.tests / 'evaldata.json'} not found")
        return 0
    pages = load(args.tests, args.split)
    systems = {"trafilatura (default)": trafilatura_system, "nutgraf": nutgraf_system(Config())}
    totals = {name: [0, 0, 0] for name in systems}
    refused: dict[str, int] = dict.fromkeys(systems, 0)
    losses = []
    for url, item, data in pages:
        per = {}
        for name, system in systems.items():
            try:
                output = system(data)
            except Exception:  # a crash is a miss, as in the trafilatura project's scorer
                output = ""
            refused[name] += not output
            per[name] = counts(item, output)
            for i, value in enumerate(per[name]):
                totals[name][i] += value
        delta = (per["nutgraf"][0] - per["nutgraf"][1]) - (
            per["trafilatura (default)"][0] - per["trafilatura (default)"][1]
        )
        losses.append((delta, url))
    print(f"trafilatura benchmark, {args.split} split: {len(pages)} pages")
    print(
        f"{'system':<24}{'tp':>6}{'fp':>6}{'fn':>6}{'precision':>11}{'recall':>8}{'F1':>7}{'empty':>7}"
    )
    for name, (tp, fp, fn) in totals.items():
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        print(
            f"{name:<24}{tp:>6}{fp:>6}{fn:>6}{precision:>11.3f}{recall:>8.3f}{f1:>7.4f}"
            f"{refused[name]:>7}"
        )
    for delta, url in sorted(losses)[: args.show]:
        print(f"  {delta:+d} {url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
