#!/usr/bin/env python3
"""Cost of points=N's wider pool: ``rerank.best`` for points=N with the shipped model's
``pool_points`` against the same model with the default summary's pool, interleaved per
article in one process.

    python bench/points_pool_speed.py [--shared ../shared] [--languages en ru] [--points 3 6]

English: CNN/DailyMail validation (500); Russian: ru-news-visible (60). Per article the
document is prepared and its features built once (not timed), then each side runs once to
warm up and once timed. Prints median and p90 ms per article.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import time
from pathlib import Path

from nutgraf.evaluate import build_example, read_records
from nutgraf.summarize.features import features
from nutgraf.summarize.models import reranker_for
from nutgraf.summarize.prepare import prepare
from nutgraf.summarize.rerank import best

SETS = {"en": "cnndm-validation.jsonl", "ru": "ru-news-visible.jsonl"}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--languages", nargs="*", default=["en", "ru"])
    ap.add_argument("--points", type=int, nargs="*", default=[3, 6])
    args = ap.parse_args()
    for lang in args.languages:
        path = args.shared / "data/summarization" / SETS[lang]
        if not path.is_file():
            print(f"{path}: not found; skipped")
            continue
        wide = reranker_for(lang)
        narrow = dataclasses.replace(wide, pool_points=0)
        preps = [prepare(build_example(r, lang).doc) for r in read_records(path)]
        xs = [features(p) for p in preps]
        for n in args.points:
            ms: dict[str, list[float]] = {"narrow": [], "wide": []}
            for prep, x in zip(preps, xs, strict=True):
                for name, model in (("narrow", narrow), ("wide", wide)):
                    best(prep, x, [n], model)
                    t0 = time.perf_counter()
                    best(prep, x, [n], model)
                    ms[name].append((time.perf_counter() - t0) * 1000)
            row = [
                f"pool {size}: median {statistics.median(ms[k]):.2f} ms, "
                f"p90 {statistics.quantiles(ms[k], n=10)[-1]:.2f} ms"
                for k, size in (("narrow", narrow.pool), ("wide", wide.pool_points))
            ]
            print(f"{lang} points={n} ({len(preps)} articles): " + "; ".join(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
