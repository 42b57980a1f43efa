"""The fallback selection, for point counts beyond the reranker's candidates: units by
sentence score with MMR redundancy control, then the word budget.

A point count the reranker does not enumerate (more points than it pools for) still gets
faithful units: the same ``Prepared.units``, chosen greedily by score, each penalised by
its word overlap with what is already chosen (maximal marginal relevance) and by a small
cost per extra sentence it needs.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from nutgraf.summarize.points import to_points
from nutgraf.summarize.prepare import Prepared, Unit, prepare
from nutgraf.types import Document, KeyPoint

MMR_LAMBDA = 0.7  # weight of the score against redundancy with what is already chosen
UNIT_COST = 0.25  # per extra sentence a unit needs: longer points cost precision

FloatArray = npt.NDArray[np.float64]


def choose(
    doc: Document | Prepared, scores: FloatArray, *, points: int, words: int | None = None
) -> tuple[tuple[KeyPoint, ...], bool]:
    """Key points of ``doc`` chosen by ``scores`` with MMR, within ``words``: (points in
    article order, True when the first point alone exceeds the budget)."""
    prep = doc if isinstance(doc, Prepared) else prepare(doc)
    if not prep.n or points <= 0:
        return (), False
    chosen, over = fit_budget(prep, mmr(prep, scores, points), words)
    return to_points(prep, chosen, scores), over


def mmr(prep: Prepared, scores: FloatArray, n_points: int) -> list[Unit]:
    """Up to ``n_points`` disjoint units, best first, by score less redundancy."""
    bags = [{w[:5] for w in toks if len(w) > 2} for toks in prep.terms.tokens]
    order = np.argsort(-scores, kind="stable")
    span = float(scores.max() - scores.min()) or 1.0
    norm = (scores - scores.min()) / span
    candidates = [u for u in (prep.units[int(i)] for i in order) if u is not None]
    chosen: list[Unit] = []
    covered: set[int] = set()
    while candidates and len(chosen) < n_points:
        best, best_val = -1, -np.inf
        for k, u in enumerate(candidates):
            if any(j in covered for j in u.sentences):
                continue
            val = (
                MMR_LAMBDA * norm[u.head]
                - (1 - MMR_LAMBDA) * _redundancy(bags, u, chosen)
                - UNIT_COST * (u.last - u.first)
            )
            if val > best_val:
                best, best_val = k, val
        if best < 0:
            break
        unit = candidates.pop(best)
        chosen.append(unit)
        covered.update(unit.sentences)
    return chosen


def _redundancy(bags: list[set[str]], unit: Unit, chosen: list[Unit]) -> float:
    mine = bags[unit.head]
    if not chosen or not mine:
        return 0.0
    best = 0.0
    for c in chosen:
        other: set[str] = set().union(*(bags[j] for j in c.sentences))
        best = max(best, len(mine & other) / len(mine))
    return best


def fit_budget(prep: Prepared, chosen: list[Unit], budget: int | None) -> tuple[list[Unit], bool]:
    """The best-first units that fit ``budget`` words; the first alone (and True) when none
    does."""
    if budget is None or not chosen:
        return chosen, False
    kept: list[Unit] = []
    total = 0
    for u in chosen:  # best first: keep what fits
        w = unit_words(prep, u)
        if total + w <= budget:
            kept.append(u)
            total += w
    if kept:
        return kept, False
    return chosen[:1], unit_words(prep, chosen[0]) > budget


def unit_words(prep: Prepared, u: Unit) -> int:
    """The length of unit ``u`` in words."""
    sents = prep.doc.sentences
    return len(prep.doc.text[sents[u.first].start : sents[u.last].end].split())
