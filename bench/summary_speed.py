#!/usr/bin/env python3
"""Speed of nutgraf's default summary of a loaded article vs sentence splitting + sumy
LexRank of the same article, interleaved per article in one process.

    python bench/summary_speed.py [--shared ../shared] [--repeat 3] [--languages en ru]

English: CNN/DailyMail validation (500); Russian: ru-news-visible (60). Each article is
loaded first (``Article`` with its title and body); then, per article, the best of
``--repeat`` runs of each side: ``Summarizer.summarize(article)`` (language detection,
splitting, the default summary; facts are computed only when read, and not read here)
against ``split_sentences`` + sumy's LexRank picking 3 sentences. One warm-up pass first.
Prints median and p90 ms per article and the ratio of medians (> 1: nutgraf is faster).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from nutgraf import Article, Summarizer
from nutgraf.analyse.sentences import split_sentences
from nutgraf.evaluate import build_example, read_records
from nutgraf.summarize.baselines import sumy_pick
from nutgraf.types import Document

SETS = {"en": "cnndm-validation.jsonl", "ru": "ru-news-visible.jsonl"}


def _best(run: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - t0)
    return best * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared"
    )
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--languages", nargs="*", default=["en", "ru"])
    args = ap.parse_args()
    summarizer = Summarizer()
    for lang in args.languages:
        path = args.shared / "data/summarization" / SETS[lang]
        if not path.exists():
            print(f"skip {lang}: {path} not present (the visible summarization sets)")
            continue
        articles = [build_example(r, lang).doc.article for r in read_records(path)]

        def ours(a: Article) -> object:
            return summarizer.summarize(a)

        def lexrank(a: Article, language: str = lang) -> object:
            doc = Document(a, language, split_sentences(a.text, language))
            return sumy_pick(doc, 3, "lexrank")

        for a in articles[:20]:  # warm-up: models, caches, imports
            ours(a)
            lexrank(a)
        mine: list[float] = []
        theirs: list[float] = []
        for a in articles:
            mine.append(_best(lambda a=a: ours(a), args.repeat))
            theirs.append(_best(lambda a=a: lexrank(a), args.repeat))
        print(f"{lang} ({len(articles)} articles)")
        for name, ms in (("nutgraf summarize (default)", mine), ("split + sumy LexRank", theirs)):
            q = statistics.quantiles(ms, n=10)
            print(f"  {name}: median {statistics.median(ms):.2f} ms, p90 {q[-1]:.2f} ms")
        ratio = statistics.median(theirs) / statistics.median(mine)
        print(f"  {lang} ratio LexRank/nutgraf (medians): {ratio:.2f}x")


if __name__ == "__main__":
    main()
