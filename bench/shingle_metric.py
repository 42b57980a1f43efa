"""The ScrapingHub extraction benchmark's metric, shared by the extraction benchmarks.

Words are ``\\w+`` runs (case kept), counted as 4-word shingles; precision is averaged over
pages with output, recall over all pages, and F1 is taken of the two averages.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """The n-word shingles of ``text`` (a shorter text is one shingle)."""
    words = WORD.findall(text or "")
    if len(words) < n:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def score_pairs(pairs: Iterable[tuple[str, str]]) -> tuple[float, float, float]:
    """Precision, recall and F1 over (truth, output) pairs."""
    precisions, recalls = [], []
    for truth, output in pairs:
        want, got = shingles(truth), shingles(output)
        common = sum((want & got).values())
        recalls.append(common / sum(want.values()) if want else 1.0)
        if got:
            precisions.append(common / sum(got.values()))
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
