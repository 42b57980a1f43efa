#!/usr/bin/env python3
"""Speed of key_points() vs sumy LexRank on the same already-loaded articles, same run.

    python bench/summary_speed.py [--shared ../shared] [--repeat 3] [--languages en ru]

English: CNN/DailyMail validation (500); Russian: ru-news-visible (60). Both systems include
sentence splitting (our split feeds both); one warm-up pass first; best of ``--repeat`` per
article; reports, per language, median and p90 ms per article and the ratio of medians.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from nutgraf.analyse.sentences import split_sentences
from nutgraf.evaluate import build_example, read_records
from nutgraf.summarize import key_points
from nutgraf.summarize.baselines import sumy_pick
from nutgraf.types import Document

SETS = {"en": "cnndm-validation.jsonl", "ru": "ru-news-visible.jsonl"}


def _time(docs: list[Document], run: Callable[[Document], object], repeat: int) -> list[float]:
    for d in docs[:20]:
        run(d)  # warm-up
    out: list[float] = []
    for d in docs:
        best = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            run(d)
            best = min(best, time.perf_counter() - t0)
        out.append(best * 1000)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared"
    )
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--languages", nargs="*", default=["en", "ru"])
    args = ap.parse_args()
    for lang in args.languages:
        path = args.shared / "data/summarization" / SETS[lang]
        docs = [build_example(r, lang).doc for r in read_records(path)]

        def resplit(d: Document) -> Document:
            return Document(d.article, d.language, split_sentences(d.text, d.language))

        ours = _time(docs, lambda d: key_points(resplit(d), points=3), args.repeat)
        lex = _time(docs, lambda d: sumy_pick(resplit(d), 3, "lexrank"), args.repeat)
        print(f"{lang} ({len(docs)} articles)")
        for name, ms in (("nutgraf key_points", ours), ("sumy LexRank", lex)):
            q = statistics.quantiles(ms, n=10)
            print(f"  {name}: median {statistics.median(ms):.2f} ms, p90 {q[-1]:.2f} ms")
        ratio = statistics.median(lex) / statistics.median(ours)
        print(f"  {lang} ratio LexRank/nutgraf (medians): {ratio:.2f}x")


if __name__ == "__main__":
    main()
