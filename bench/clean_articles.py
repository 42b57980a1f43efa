#!/usr/bin/env python3
"""Clean articles loaded as scraped text: does the cleaner keep every story line?

Usage: python bench/clean_articles.py [--data DIR] [--html] [--show N]

``DIR`` holds ``ru-news-visible.jsonl`` (line 1 of ``article`` is the headline, then one
paragraph per line) and ``cnndm-validation.jsonl`` (``title`` is the headline, ``article``
the body); default ``../shared/data/summarization``. Each record is loaded with
``nutgraf.load`` as plain text twice:

  with headline     "headline\\n" + body   -> title must be the headline
  without headline  body alone             -> title must be empty

and the body must come back paragraph for paragraph as the record's lines, a line repeated
in the record kept once (the first time). Reported per set and case: records whose text is
identical to that, records losing a line and the lines lost, records with a line added,
wrong titles, and titles that are a line of the body (the lead taken as the title).
``--html`` also loads ``<article><h1>headline</h1><p>..</p>..</article>`` (the HTML
extractor's side; reported, not required here) and counts records whose paragraphs differ
from the text case's. Skips with a message when the data is absent. A report, not a gate:
the records that still differ are explained in docs/benchmarks.md, so it exits 0.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import nutgraf
from nutgraf.errors import NutgrafError

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "summarization"
SETS = {"ru": "ru-news-visible.jsonl", "en": "cnndm-validation.jsonl"}


@dataclass
class Case:
    """One record as the cleaner must return it."""

    id: str
    headline: str
    body: list[str]  # the record's paragraph lines
    want: list[str]  # the same, a repeated line kept once


@dataclass
class Tally:
    records: int = 0
    identical: int = 0
    losing: int = 0
    lost_lines: int = 0
    adding: int = 0
    wrong_title: int = 0
    body_line_title: int = 0
    failed: int = 0
    html_differs: int = 0
    examples: list[str] = field(default_factory=list)


def _key(line: str) -> str:
    return " ".join(line.casefold().split())


def read_cases(path: Path, lang: str) -> list[Case]:
    cases = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        rec = json.loads(raw)
        lines = [s.strip() for s in rec["article"].split("\n") if s.strip()]
        if lang == "ru":
            headline, body = lines[0], lines[1:]
        else:
            headline, body = rec["title"].strip(), lines
        seen: set[str] = set()
        want = []
        for line in body:
            if _key(line) not in seen:
                seen.add(_key(line))
                want.append(line)
        cases.append(Case(rec["id"], headline, body, want))
    return cases


def check(case: Case, with_headline: bool, tally: Tally, show: int, use_html: bool) -> None:
    raw = "\n".join(([case.headline] if with_headline else []) + case.body)
    tally.records += 1
    try:
        article = nutgraf.load(raw, kind="text")
    except NutgrafError as exc:
        tally.failed += 1
        tally.losing += 1
        tally.lost_lines += len(case.want)
        tally.examples.append(f"{case.id}: {type(exc).__name__}: {exc}")
        return
    got = [p.text for p in article.paragraphs]
    lost = [line for line in case.want if line not in got]
    added = [line for line in got if line not in case.want]
    want_title = case.headline if with_headline else ""
    tally.identical += got == case.want
    tally.losing += bool(lost)
    tally.lost_lines += len(lost)
    tally.adding += bool(added)
    tally.wrong_title += article.title != want_title
    tally.body_line_title += article.title in case.body
    if (lost or added or article.title != want_title) and len(tally.examples) < show:
        tally.examples.append(
            f"{case.id}: title {article.title[:70]!r}"
            + "".join(f"\n    lost: {line[:90]!r}" for line in lost)
            + "".join(f"\n    added: {line[:90]!r}" for line in added)
        )
    if use_html and with_headline:
        page = (
            f"<html><body><article><h1>{html.escape(case.headline)}</h1>"
            + "".join(f"<p>{html.escape(line)}</p>" for line in case.body)
            + "</article></body></html>"
        )
        try:
            from_html = [p.text for p in nutgraf.load(page, kind="html").paragraphs]
        except NutgrafError:
            from_html = []
        tally.html_differs += from_html != got


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="summarization data dir")
    parser.add_argument("--html", action="store_true", help="also compare the HTML form")
    parser.add_argument("--show", type=int, default=0, help="print up to N failing records")
    args = parser.parse_args()
    paths = {lang: args.data / name for lang, name in SETS.items()}
    if not any(p.is_file() for p in paths.values()):
        print(f"skipped: no {' or '.join(SETS.values())} in {args.data} (pass --data DIR)")
        return 0
    header = (
        f"{'set':<4} {'headline':<9} {'records':>7} {'identical':>9} {'losing':>6} "
        f"{'lines lost':>10} {'adding':>6} {'bad title':>9} {'body title':>10}"
        + (f" {'html differs':>12}" if args.html else "")
    )
    print(header)
    print("-" * len(header))
    for lang, path in paths.items():
        if not path.is_file():
            print(f"{lang}: skipped, {path} not present")
            continue
        cases = read_cases(path, lang)
        for with_headline in (True, False):
            tally = Tally()
            for case in cases:
                check(case, with_headline, tally, args.show, args.html)
            print(
                f"{lang:<4} {'with' if with_headline else 'without':<9} {tally.records:>7} "
                f"{tally.identical:>9} {tally.losing:>6} {tally.lost_lines:>10} "
                f"{tally.adding:>6} {tally.wrong_title:>9} {tally.body_line_title:>10}"
                + (f" {tally.html_differs:>12}" if args.html else "")
            )
            for example in tally.examples:
                print("  " + example)
    return 0


if __name__ == "__main__":
    sys.exit(main())
