"""Summary-level reranking: choose the best *set* of points, not the best points one by one.

Candidates are the sets of ``points`` disjoint units (see ``select.unit_for``) drawn from
the units of the ``pool`` best-scored sentences and of the first ``lead`` sentences, so
that Lead-3 itself is always a candidate. Each candidate gets set-level features (its
sentence scores, total words, redundancy, positions, how much of the article's repeated
vocabulary it covers, the mean and minimum of its sentences' features) and a linear model
fitted by ``scripts/fit_reranker.py`` to predict the candidate's ROUGE-1 + ROUGE-2 against
the reference picks one. This optimises the length trade-off of ROUGE F1 directly, which a
sentence scorer cannot: CNN highlights run ~35-50 words, three lead sentences ~85.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from nutgraf.summarize.features import FEATURES, _counts, stems
from nutgraf.summarize.select import Unit, bag, unit_for
from nutgraf.types import Document

FloatArray = npt.NDArray[np.float64]

_SENT = FEATURES[1:]  # the sentence features, without the bias column
SET_FEATURES: tuple[str, ...] = (
    "mean_score",
    "min_score",
    "max_score",
    "words_50",
    "words_50_sq",
    "log_words",
    "sentences_per_point",
    "has_first",
    "mean_rel_position",
    "mean_inv_position",
    "max_redundancy",
    "mean_redundancy",
    "fewer_points",
    "is_lead",
    "paragraphs",
    "mean_probability",
    "max_point_words_50",
    "coverage",
    "coverage_density",
    "cosine_article",
    "bigram_coverage",
    "bigram_density",
    "in_first_1",
    "in_first_3",
    "in_first_5",
    "from_10_on",
    *(f"head_mean_{f}" for f in _SENT),
    *(f"min_{f}" for f in _SENT),
)


@dataclass(frozen=True, slots=True)
class Reranker:
    """A linear model over ``SET_FEATURES``; the candidate with the highest value wins."""

    weights: tuple[float, ...]
    pool: int = 8  # best-scored sentences whose units make candidates
    lead: int = 3  # leading sentences whose units are always in the pool
    points: int = 3  # the number of points it was fitted for
    # Its own sentence model (weights over ``FEATURES`` incl. bias column, bias), when the
    # candidates were scored with one other than the language's shipped scorer.
    sentence_weights: tuple[float, ...] = ()
    sentence_bias: float = 0.0


def _pool(doc: Document, scores: FloatArray, pool: int, lead: int) -> list[Unit]:
    seen: set[tuple[int, int]] = set()
    out: list[Unit] = []
    for i in np.argsort(-scores, kind="stable"):
        u = unit_for(doc, int(i))
        if u is None or (u.first, u.last) in seen:
            continue
        seen.add((u.first, u.last))
        out.append(u)
        if len(out) >= pool:
            break
    for i in range(min(lead, len(doc.sentences))):
        u = unit_for(doc, i)
        if u is not None and (u.first, u.last) not in seen:
            seen.add((u.first, u.last))
            out.append(u)
    return out


def candidates(
    doc: Document, scores: FloatArray, points: int, pool: int = 8, lead: int = 3
) -> list[tuple[Unit, ...]]:
    """Every set of ``points`` disjoint pooled units, in article order (fewer if none fit)."""
    units = _pool(doc, scores, pool, lead)
    for q in range(min(points, len(units)), 0, -1):
        out = []
        for combo in itertools.combinations(units, q):
            c = sorted(combo, key=lambda u: u.first)
            if all(c[j].last < c[j + 1].first for j in range(len(c) - 1)):
                out.append(tuple(c))
        if out:
            return out
    return []


class _Article:
    """What set features need from a document, computed once."""

    def __init__(self, doc: Document, x: FloatArray, scores: FloatArray) -> None:
        sents = doc.sentences
        self.n = len(sents)
        self.x = x
        self.scores = scores
        self.prob = 1.0 / (1.0 + np.exp(-scores))
        self.words = np.array([max(len(s.text.split()), 1) for s in sents], dtype=np.float64)
        self.bags = bag(doc)
        self.para = np.array([s.paragraph for s in sents])
        toks = [stems(s.text) for s in sents]
        counts, _ = _counts(toks)
        df = (counts > 0).sum(axis=0)
        idf = np.log((self.n + 1.0) / (df + 0.5))
        tf = counts.sum(axis=0)
        self.present = counts > 0
        self.counts = counts
        self.wt = np.where(tf >= 2, np.log1p(tf) * idf, 0.0)
        self.doc_vec = tf * idf
        self.doc_norm = float(np.linalg.norm(self.doc_vec)) or 1.0
        bigrams = [[f"{t[i]} {t[i + 1]}" for i in range(len(t) - 1)] for t in toks]
        bcounts, _ = _counts(bigrams)
        btf = bcounts.sum(axis=0)
        self.bpresent = bcounts > 0
        self.bwt = np.where(btf >= 2, np.log1p(btf), 0.0)


def _features(a: _Article, cand: tuple[Unit, ...], points: int) -> list[float]:
    heads = np.array([u.head for u in cand])
    sents = np.array([j for u in cand for j in range(u.first, u.last + 1)])
    hs = a.scores[heads]
    total = float(a.words[sents].sum())
    firsts = np.array([u.first for u in cand], dtype=np.float64)
    reds = []
    for u, v in itertools.combinations(cand, 2):
        bu: set[str] = set().union(*a.bags[u.first : u.last + 1])
        bv: set[str] = set().union(*a.bags[v.first : v.last + 1])
        reds.append(len(bu & bv) / max(1, min(len(bu), len(bv))))
    present = a.present[sents].any(axis=0)
    covered = float(present @ a.wt)
    vec = a.counts[sents].sum(axis=0) * (a.wt > 0)
    cos = float(vec @ a.doc_vec) / ((float(np.linalg.norm(vec)) or 1.0) * a.doc_norm)
    bcovered = float(a.bpresent[sents].any(axis=0) @ a.bwt)
    lead = list(range(min(3, a.n)))
    return [
        float(hs.mean()),
        float(hs.min()),
        float(hs.max()),
        total / 50,
        (total / 50) ** 2,
        float(np.log(total)),
        len(sents) / len(cand),
        float(0 in sents),
        float(firsts.mean()) / max(a.n - 1, 1),
        float(np.mean(1.0 / (1.0 + firsts))),
        max(reds, default=0.0),
        float(np.mean(reds)) if reds else 0.0,
        float(len(cand) < points),
        float(sorted(sents.tolist()) == lead),
        float(len(set(a.para[sents].tolist()))),
        float(a.prob[sents].mean()),
        float(a.words[sents].max()) / 50,
        covered / max(float(a.wt.sum()), 1e-9),
        covered / total,
        cos,
        bcovered / max(float(a.bwt.sum()), 1e-9),
        bcovered / total,
        float((sents < 1).sum()),
        float((sents < 3).sum()),
        float((sents < 5).sum()),
        float((sents >= 10).sum()),
        *a.x[heads, 1:].mean(axis=0).tolist(),
        *a.x[sents, 1:].min(axis=0).tolist(),
    ]


def set_features(
    doc: Document,
    x: FloatArray,
    scores: FloatArray,
    cands: list[tuple[Unit, ...]],
    points: int,
) -> FloatArray:
    """Matrix ``[len(cands), len(SET_FEATURES)]`` of the candidates' set features.

    With extra sentence-feature columns in ``x`` (encoder features), their head means and
    minima follow, so the width is ``len(SET_FEATURES) + 2 * extra``.
    """
    a = _Article(doc, x, scores)
    width = len(SET_FEATURES) + 2 * (x.shape[1] - len(FEATURES))
    return np.array([_features(a, c, points) for c in cands], dtype=np.float64).reshape(
        len(cands), width
    )


def rerank(
    doc: Document, x: FloatArray, scores: FloatArray, points: int, model: Reranker
) -> list[Unit] | None:
    """The candidate set ``model`` ranks first, or None when there is no candidate."""
    cands = candidates(doc, scores, points, model.pool, model.lead)
    if not cands:
        return None
    values = set_features(doc, x, scores, cands, points) @ np.asarray(model.weights)
    return list(cands[int(np.argmax(values))])
