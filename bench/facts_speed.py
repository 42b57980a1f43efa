"""Median time of fact + keyword extraction per article (sentence splitting excluded).

Usage: python bench/facts_speed.py [N]
Times the built-in fixtures (an English and a Russian story of about 5 kB) and, when
../shared is present, the first N (100) articles of the CNN/DailyMail validation sample.
Models load before timing; each input runs once to warm up.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from nutgraf.analyse.facts import FactExtractor
from nutgraf.analyse.sentences import split_sentences
from nutgraf.types import Sentence

CNNDM = (
    Path(__file__).resolve().parents[1].parent / "shared/data/summarization/cnndm-validation.jsonl"
)

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
    extract(text, sentences, language)  # warm up
    t = time.perf_counter()
    extract(text, sentences, language)
    return (time.perf_counter() - t) * 1000


def _report(label: str, times: list[float]) -> None:
    q = statistics.quantiles(times, n=10) if len(times) > 1 else times * 9
    print(
        f"{label:<32} n={len(times):<4} median {statistics.median(times):6.2f} ms  "
        f"p10 {q[0]:6.2f}  p90 {q[-1]:6.2f}"
    )


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    extract = FactExtractor()
    for label, para, lang in (
        ("fixture en (~5 kB)", EN_PARAGRAPH, "en"),
        ("fixture ru (~5 kB)", RU_PARAGRAPH, "ru"),
    ):
        text = "\n\n".join([para] * max(1, 5000 // len(para)))
        sents = split_sentences(text, lang)
        _report(
            f"{label} {len(text)} chars", [_time(extract, text, lang, sents) for _ in range(30)]
        )
    if CNNDM.exists():
        times = []
        sizes = []
        with CNNDM.open(encoding="utf-8") as f:
            for line, _ in zip(f, range(n), strict=False):
                text = json.loads(line)["article"]
                sizes.append(len(text))
                times.append(_time(extract, text, "en", split_sentences(text, "en")))
        _report(f"cnndm first {n} (median {statistics.median(sizes) / 1000:.1f} kB)", times)
    else:
        print(f"skipped cnndm: {CNNDM} not found")


if __name__ == "__main__":
    main()
