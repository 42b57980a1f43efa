"""Candidate summaries: sets of disjoint units drawn from a small pool.

The pool is the units of the ``size`` best-scored sentences and of the first ``lead``
body sentences, so the article's lead is always among the candidates. A candidate is a
set of pooled units, in article order, none overlapping another; the reranker scores every
candidate of the sizes asked for (a default summary: every size from one point up, so the
winning set also decides the summary's length).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from nutgraf.summarize.prepare import Prepared, Unit

IntArray = npt.NDArray[np.intp]
FloatArray = npt.NDArray[np.float64]


def pool(prep: Prepared, scores: FloatArray, size: int, lead: int) -> list[Unit]:
    """The distinct units of the ``size`` best-scored sentences and of the first ``lead``
    body sentences, sorted by position."""
    seen: set[tuple[int, int]] = set()
    out: list[Unit] = []

    def add(i: int) -> bool:
        u = prep.units[i]
        if u is None or (u.first, u.last) in seen:
            return False
        seen.add((u.first, u.last))
        out.append(u)
        return True

    taken = 0
    for i in np.argsort(-scores, kind="stable"):
        taken += add(int(i))
        if taken >= size:
            break
    for i in range(prep.body, min(prep.body + lead, prep.n)):
        add(i)
    return sorted(out, key=lambda u: (u.first, u.last))


def combos(units: Sequence[Unit], sizes: Sequence[int]) -> list[IntArray]:
    """For each size in ``sizes``, the rows of indices into ``units`` (sorted by position)
    of every disjoint set of that many units, each row in article order; sizes with no such
    set are left out. When none of ``sizes`` has a set, the largest smaller size that has
    one (fewer points than asked)."""
    n = len(units)
    firsts = np.array([u.first for u in units], dtype=np.intp)
    lasts = np.array([u.last for u in units], dtype=np.intp)
    before = lasts[:, None] < firsts[None, :]  # unit a ends before unit b starts

    def of_size(q: int) -> IntArray:
        idx = np.array(list(itertools.combinations(range(n), q)), dtype=np.intp).reshape(-1, q)
        ok = np.ones(len(idx), dtype=bool)
        for j in range(q - 1):
            ok &= before[idx[:, j], idx[:, j + 1]]
        out: IntArray = idx[ok]
        return out

    groups = [g for g in (of_size(q) for q in sorted(set(sizes)) if 0 < q <= n) if len(g)]
    if groups or not sizes:
        return groups
    for q in range(min(min(sizes), n + 1) - 1, 0, -1):
        g = of_size(q)
        if len(g):
            return [g]
    return []
