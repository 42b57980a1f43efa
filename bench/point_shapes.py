#!/usr/bin/env python3
"""Key points of real news pages: how many do not end like a sentence?

Usage: python bench/point_shapes.py [--data DIR] [--show N]

``DIR`` is ``../shared/data/extraction`` by default: the pages of ``scrapinghub/html``
(181 English pages, gzipped) and ``daniel-ru/html`` (123 Russian pages). Each page is
summarized as a user's HTML (``Summarizer().summarize(page, kind="html")``, the default
summary), and each point is counted when its text does not end with a sentence's stop: a
caption, a heading, a counter or a widget the page left in the story ("Кадр телеканала
«Россия 1»", "2101", "Tempo de leitura: 2 minutos"), or a sentence that lost its period
(a standfirst, "... приземлился в аэропорту"), which is no fault. A report, not a gate:
read the examples with ``--show``. Skips with a message when the pages are absent.
"""

from __future__ import annotations

import argparse
import gzip
from pathlib import Path

import nutgraf
from nutgraf.analyse.sentences import ends_with_stop
from nutgraf.errors import NutgrafError

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "extraction"
SETS = {"en": "scrapinghub/html", "ru": "daniel-ru/html"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="extraction data dir")
    parser.add_argument("--show", type=int, default=0, help="print up to N such points")
    args = parser.parse_args()
    dirs = {name: args.data / sub for name, sub in SETS.items()}
    if not any(d.is_dir() for d in dirs.values()):
        print(f"skipped: no {' or '.join(SETS.values())} under {args.data} (pass --data DIR)")
        return 0
    summarizer = nutgraf.Summarizer()
    shown = 0
    for name, folder in dirs.items():
        pages = points = unended = failed = 0
        for path in sorted(folder.glob("*")) if folder.is_dir() else []:
            raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
            try:
                summary = summarizer.summarize(raw.decode("utf-8", "replace"), kind="html")
            except NutgrafError:
                failed += 1
                continue
            pages += 1
            for point in summary.points:
                points += 1
                if not ends_with_stop(point.text):
                    unended += 1
                    if shown < args.show:
                        shown += 1
                        print(f"  {name} {path.name[:16]}: {point.text[:100]!r}")
        print(
            f"{name}: {pages} pages summarized ({failed} refused), {points} points, "
            f"{unended} not ending like a sentence"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
