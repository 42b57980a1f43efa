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

from nutgraf.summarize.features import FEATURES, _counts, doc_stems
from nutgraf.summarize.select import Unit, bag, unit_for
from nutgraf.summarize.trees import Trees
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
    """A linear model over ``SET_FEATURES``, plus boosted trees over them when ``trees`` is
    set; the candidate with the highest value wins."""

    weights: tuple[float, ...]
    pool: int = 8  # best-scored sentences whose units make candidates
    lead: int = 3  # leading sentences whose units are always in the pool
    points: int = 3  # the number of points it was fitted for
    # Its own sentence model (weights over ``FEATURES`` incl. bias column, bias), when the
    # candidates were scored with one other than the language's shipped scorer.
    sentence_weights: tuple[float, ...] = ()
    sentence_bias: float = 0.0
    trees: Trees | None = None

    def values(self, x: FloatArray) -> FloatArray:
        """The model's value of each candidate (rows of set features ``x``)."""
        out: FloatArray = x @ np.asarray(self.weights)
        if self.trees is not None:
            out = out + self.trees.predict(x)
        return out


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
    units = sorted(_pool(doc, scores, pool, lead), key=lambda u: (u.first, u.last))
    combos = _combos(units, points)
    return [tuple(units[k] for k in row) for row in combos.tolist()]


def _combos(units: list[Unit], points: int) -> npt.NDArray[np.intp]:
    """Rows of indices into ``units`` (sorted by first) of every disjoint set of the most
    points (up to ``points``) that has any, each row in article order."""
    n = len(units)
    firsts = np.array([u.first for u in units])
    lasts = np.array([u.last for u in units])
    before = lasts[:, None] < firsts[None, :]  # unit a ends before unit b starts
    for q in range(min(points, n), 0, -1):
        idx = np.array(list(itertools.combinations(range(n), q)), dtype=np.intp).reshape(-1, q)
        ok = np.ones(len(idx), dtype=bool)
        for j in range(q - 1):
            ok &= before[idx[:, j], idx[:, j + 1]]
        if ok.any():
            out: npt.NDArray[np.intp] = idx[ok]
            return out
    return np.zeros((0, 0), dtype=np.intp)


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
        toks, counts, _ = doc_stems(doc)
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


def _matrix(
    a: _Article, units: list[Unit], combos: npt.NDArray[np.intp], points: int
) -> FloatArray:
    """Set features of every candidate at once: one row per row of ``combos``."""
    n_c, q = combos.shape
    # Only the sentences of pooled units matter: columns ``cols`` of the article.
    cols = np.array(sorted({j for u in units for j in range(u.first, u.last + 1)}), dtype=np.intp)
    pos = {int(j): k for k, j in enumerate(cols)}
    umask = np.zeros((len(units), len(cols)))
    for k, u in enumerate(units):
        umask[k, [pos[j] for j in range(u.first, u.last + 1)]] = 1.0
    m = umask[combos].sum(axis=1)  # [cands, cols]: 1 where the sentence is in the set
    mb = m > 0
    heads = np.array([u.head for u in units], dtype=np.intp)[combos]  # [cands, q]
    firsts = np.array([u.first for u in units], dtype=np.float64)[combos]
    words = a.words[cols]
    count = m.sum(axis=1)
    total = m @ words
    hs = a.scores[heads]

    ubags: list[set[str]] = [set().union(*a.bags[u.first : u.last + 1]) for u in units]
    red = np.zeros((len(units), len(units)))
    for i, j in itertools.combinations(range(len(units)), 2):
        red[i, j] = red[j, i] = len(ubags[i] & ubags[j]) / max(1, min(len(ubags[i]), len(ubags[j])))
    if q > 1:
        pairs = np.array(list(itertools.combinations(range(q), 2)), dtype=np.intp)
        reds = red[combos[:, pairs[:, 0]], combos[:, pairs[:, 1]]]  # [cands, pairs]
        max_red, mean_red = reds.max(axis=1), reds.mean(axis=1)
    else:
        max_red = mean_red = np.zeros(n_c)

    lead = np.zeros(len(cols))
    lead[[pos[j] for j in range(min(3, a.n)) if j in pos]] = 1.0
    n_lead = min(3, a.n)
    is_lead = (count == n_lead) & ((m @ lead) == n_lead)
    _, para_idx = np.unique(a.para[cols], return_inverse=True)
    para_onehot = np.zeros((len(cols), int(para_idx.max()) + 1))
    para_onehot[np.arange(len(cols)), para_idx] = 1.0
    paragraphs = ((m @ para_onehot) > 0).sum(axis=1)

    covered = ((m @ a.present[cols]) > 0) @ a.wt
    vec = (m @ a.counts[cols]) * (a.wt > 0)
    vnorm = np.linalg.norm(vec, axis=1)
    cos = (vec @ a.doc_vec) / (np.where(vnorm > 0, vnorm, 1.0) * a.doc_norm)
    bcovered = ((m @ a.bpresent[cols]) > 0) @ a.bwt
    xs = a.x[cols, 1:]
    mins = np.where(mb[:, :, None], xs[None, :, :], np.inf).min(axis=1)
    out: FloatArray = np.column_stack(
        [
            hs.mean(axis=1),
            hs.min(axis=1),
            hs.max(axis=1),
            total / 50,
            (total / 50) ** 2,
            np.log(total),
            count / q,
            mb[:, cols == 0].sum(axis=1) > 0,
            firsts.mean(axis=1) / max(a.n - 1, 1),
            (1.0 / (1.0 + firsts)).mean(axis=1),
            max_red,
            mean_red,
            np.full(n_c, float(q < points)),
            is_lead,
            paragraphs,
            (m @ a.prob[cols]) / count,
            np.where(mb, words[None, :], 0.0).max(axis=1) / 50,
            covered / max(float(a.wt.sum()), 1e-9),
            covered / total,
            cos,
            bcovered / max(float(a.bwt.sum()), 1e-9),
            bcovered / total,
            m @ (cols < 1),
            m @ (cols < 3),
            m @ (cols < 5),
            m @ (cols >= 10),
            a.x[heads, 1:].mean(axis=1),
            mins,
        ]
    ).astype(np.float64)
    return out


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
    width = len(SET_FEATURES) + 2 * (x.shape[1] - len(FEATURES))
    if not cands:
        return np.zeros((0, width))
    units = sorted({u for c in cands for u in c}, key=lambda u: (u.first, u.last, u.head))
    index = {u: k for k, u in enumerate(units)}
    combos = np.array([[index[u] for u in c] for c in cands], dtype=np.intp)
    return _matrix(_Article(doc, x, scores), units, combos, points).reshape(len(cands), width)


def rerank(
    doc: Document, x: FloatArray, scores: FloatArray, points: int, model: Reranker
) -> list[Unit] | None:
    """The candidate set ``model`` ranks first, or None when there is no candidate."""
    units = sorted(_pool(doc, scores, model.pool, model.lead), key=lambda u: (u.first, u.last))
    combos = _combos(units, points)
    if not combos.size:
        return None
    values = model.values(_matrix(_Article(doc, x, scores), units, combos, points))
    return [units[k] for k in combos[int(np.argmax(values))]]
