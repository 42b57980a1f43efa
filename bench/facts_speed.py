"""Median time of fact + keyword extraction per article (sentence splitting excluded).

Usage: python bench/facts_speed.py [N]
(OPENBLAS_NUM_THREADS defaults to 1 here; set it to compare.)
Times the built-in fixtures (an English and a Russian story of about 5 kB) and, when
../shared is present, the first N (100) articles of the CNN/DailyMail validation sample
and of the Russian news sample.
Models load before timing; each input runs once to warm up, then its best of three counts.
The baseline, timed in the same process on the same Russian texts: natasha's NER tagger
alone (``NewsNERTagger``), which Russian facts run; the ratio tells what the rest costs
when the shared machine is busy and milliseconds drift.
"""

from __future__ import annotations

import os

# natasha's NER runs small numpy matrix products: OpenBLAS threads only contend for them
# (3x slower on a busy 2-core machine). Set before numpy loads; the serving process should too.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import json
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from nutgraf.analyse.facts import FactExtractor
from nutgraf.analyse.sentences import split_sentences
from nutgraf.types import Sentence

DATA = Path(__file__).resolve().parents[1].parent / "shared/data/summarization"
CNNDM = DATA / "cnndm-validation.jsonl"
RU_NEWS = DATA / "ru-news-visible.jsonl"

EN_PARAGRAPH = (
    "The leadership of Northwind Motors, headed by Clara Jensen, said on Tuesday that talks "
    "with partners in India and Brazil were underway. Jensen told Reuters the company aims to "
    "export roughly 20,000 cars in 2024, up 15% from last year, and to invest $3.5 million in "
    "a plant near Chennai. The Automotive Parts Manufacturers Association welcomed the plan. "
    "Three people familiar with the talks said a six-year deal could be signed by March 5, 2025."
)
RU_PARAGRAPH = (
    "Руководство АвтоВАЗа во главе с Максимом Соколовым сообщило во вторник, что переговоры с "
    "партнёрами из Индии идут. Соколов заявил агентству ТАСС, что в 2024 году компания "
    "планирует экспортировать около 20 тыс. автомобилей Lada, на 15% больше, чем в прошлом "
    "году, и вложить 3,5 млрд рублей в завод в Ижевске. Ассоциация европейского бизнеса "
    "приветствовала план. Соглашение могут подписать 5 марта 2025 года."
)


def _time(
    extract: FactExtractor, text: str, language: str, sentences: tuple[Sentence, ...]
) -> float:
    """Best of three after a warm-up, in ms: the least disturbed by other processes."""
    extract(text, sentences, language)
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        extract(text, sentences, language)
        best = min(best, time.perf_counter() - t)
    return best * 1000


def _best(fn: Callable[[], object]) -> float:
    fn()
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best * 1000


def _report(label: str, times: list[float]) -> None:
    q = statistics.quantiles(times, n=10) if len(times) > 1 else times * 9
    print(
        f"{label:<32} n={len(times):<4} median {statistics.median(times):6.2f} ms  "
        f"p10 {q[0]:6.2f}  p90 {q[-1]:6.2f}"
    )


def _natasha_ner() -> Callable[[str], object]:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from natasha import NewsEmbedding, NewsNERTagger

        return NewsNERTagger(NewsEmbedding())  # type: ignore[no-any-return]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    extract = FactExtractor()
    for label, para, lang in (
        ("fixture en (~5 kB)", EN_PARAGRAPH, "en"),
        ("fixture ru (~5 kB)", RU_PARAGRAPH, "ru"),
    ):
        text = "\n\n".join([para] * max(1, 5000 // len(para)))
        sents = split_sentences(text, lang)
        times = [_time(extract, text, lang, sents) for _ in range(30)]
        _report(f"{label} {len(text)} chars", times)
        if lang == "ru":
            alone = _natasha_ner()
            base = [_best(partial(alone, text)) for _ in range(30)]
            _report("  baseline: natasha NER alone", base)
            print(f"  facts / NER alone: {statistics.median(times) / statistics.median(base):.2f}x")
    for path, lang in ((CNNDM, "en"), (RU_NEWS, "ru")):
        if not path.exists():
            print(f"skipped {path.name}: not found")
            continue
        times, sizes, base = [], [], []
        tagger = _natasha_ner() if lang == "ru" else None
        with path.open(encoding="utf-8") as f:
            for line, _ in zip(f, range(n), strict=False):
                text = json.loads(line)["article"]
                sizes.append(len(text))
                times.append(_time(extract, text, lang, split_sentences(text, lang)))
                if tagger is not None:
                    base.append(_best(partial(tagger, text)))
        median_kb = statistics.median(sizes) / 1000
        _report(f"{path.stem} first {len(times)} ({median_kb:.1f} kB)", times)
        if base:
            _report("  baseline: natasha NER alone", base)
            print(f"  facts / NER alone: {statistics.median(times) / statistics.median(base):.2f}x")
        near5 = [t for t, size in zip(times, sizes, strict=True) if 4000 <= size <= 6000]
        if near5:
            _report(f"{path.stem} of 4-6 kB", near5)


if __name__ == "__main__":
    main()
