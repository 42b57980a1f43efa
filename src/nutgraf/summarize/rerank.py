"""Summary-level reranking: score whole candidate summaries, not sentences one by one.

Every candidate (``candidates.combos``) gets set-level features: its sentences' scores,
its length in words and points, redundancy between its units, positions, paragraphs, how
much of the article's repeated vocabulary and of the title it covers, and the mean and
minimum of its sentences' features. A model fitted by ``scripts/fit_reranker.py`` predicts
each candidate's ROUGE-1 + ROUGE-2 against a reference summary; the best-valued candidate
wins. Because candidates of every size compete, the winner also sets the summary's length
(the trade-off of ROUGE F1 that a sentence scorer cannot see: news highlights run about
35-50 words, three lead sentences about 65-85), as in MatchSum's candidate matching.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from nutgraf.summarize.candidates import combos, pool
from nutgraf.summarize.features import FEATURES, recurring_names
from nutgraf.summarize.prepare import Prepared, Unit, stems
from nutgraf.summarize.trees import Trees

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]

SHORTLIST = 32  # candidates whose trees are evaluated: the linear part's best
_SENT = FEATURES[1:]  # the sentence features, without the bias column
SET_FEATURES: tuple[str, ...] = (
    "mean_score",
    "min_score",
    "max_score",
    "sum_score",
    "words_50",
    "words_50_sq",
    "log_words",
    "sentences_per_point",
    "has_first",
    "mean_rel_position",
    "mean_inv_position",
    "max_redundancy",
    "mean_redundancy",
    "points",
    "is_lead",
    "paragraphs",
    "mean_probability",
    "max_point_words_50",
    "coverage",
    "coverage_density",
    "cosine_article",
    "bigram_coverage",
    "bigram_density",
    "title_coverage",
    "in_first_1",
    "in_first_3",
    "in_first_5",
    "from_10_on",
    *(f"head_mean_{f}" for f in _SENT),
    *(f"min_{f}" for f in _SENT),
    # what share of the story's key words the set covers, each kind weighted (issue 12):
    "title_idf_coverage",  # the title's stems, by IDF
    "first_idf_coverage",  # the first body sentence's stems, by IDF
    "heavy_coverage",  # the article's ten heaviest stems (TF-IDF)
    "names_coverage",  # capitalised words found in two or more body sentences
)
HEAVY = 10  # the heaviest stems whose coverage is a set feature


@dataclass(frozen=True, slots=True)
class Reranker:
    """A fitted summary model: its sentence scorer (which sentences' units to pool), a
    linear model over ``SET_FEATURES`` plus boosted trees, and the sizes it was fitted on.
    The candidate with the highest value wins."""

    weights: tuple[float, ...]
    sentence_weights: tuple[float, ...]  # over FEATURES, bias column included
    pool: int = 8  # best-scored sentences whose units make candidates
    lead: int = 3  # leading body sentences whose units are always pooled
    max_points: int = 4  # a default summary has 1..max_points points
    trees: Trees | None = None
    # ... and at least min_points when the body has min_points_body sentences or more: a
    # story's key points are rarely one sentence (1 is what ROUGE against short highlights
    # favours, not what a reader of a long story needs).
    min_points: int = 1
    min_points_body: int = 6
    # best-scored sentences pooled for a summary of one size (points=N); 0: ``pool``. A
    # fixed size has fewer candidates than a default summary's 1..max_points, so it can
    # afford a wider pool (issue 12: 12 against 8 raised points=3 by +0.22 R1 in English in
    # nested CV, neutral in Russian; a default summary's 1..max_points sets grow fastest).
    pool_points: int = 0

    def default_sizes(self, prep: Prepared) -> range:
        """The sizes a default summary of ``prep`` (no ``points``, no ``words``) may take."""
        long = prep.n - prep.body >= self.min_points_body
        return range(self.min_points if long else 1, self.max_points + 1)

    def sentence_scores(self, x: FloatArray) -> FloatArray:
        """Each sentence's score (rows of ``FEATURES`` ``x``): which units are pooled."""
        out: FloatArray = x @ np.asarray(self.sentence_weights)
        return out

    def values(self, x: FloatArray) -> FloatArray:
        """The model's value of each candidate (rows of set features ``x``)."""
        out: FloatArray = x @ np.asarray(self.weights)
        if self.trees is not None:
            out = out + self.trees.predict(x)
        return out

    def pick(self, x: FloatArray, allowed: npt.NDArray[np.bool_] | None = None) -> int | None:
        """The row of ``x`` (among ``allowed``) the model values most; None when none is.

        The trees, the costly part, see only the ``SHORTLIST`` rows the linear part values
        most: on the visible sets the winner was always among them.
        """
        linear: FloatArray = x @ np.asarray(self.weights)
        rows = np.flatnonzero(allowed) if allowed is not None else np.arange(len(x))
        if not len(rows):
            return None
        if self.trees is None:
            return int(rows[np.argmax(linear[rows])])
        rows = rows[np.argsort(-linear[rows], kind="stable")[:SHORTLIST]]
        values = linear[rows] + self.trees.predict(x[rows])
        return int(rows[np.argmax(values)])


@dataclass(frozen=True, slots=True)
class Candidates:
    """Candidate summaries of one document: the pooled units and, per candidate, the
    indices of its units (rows of ``sets``, grouped by size) and its set features."""

    units: tuple[Unit, ...]
    sets: tuple[IntArray, ...]  # one [candidates, size] array per size
    features: FloatArray  # [all candidates, SET_FEATURES], groups in the order of ``sets``

    def __len__(self) -> int:
        return len(self.features)

    def chosen(self, k: int) -> list[Unit]:
        """The units of candidate ``k`` (counting through the groups in order)."""
        for group in self.sets:
            if k < len(group):
                return [self.units[j] for j in group[k]]
            k -= len(group)
        raise IndexError(k)

    def words(self, prep: Prepared) -> FloatArray:
        """Each candidate's length in words."""
        per_unit = np.array([_unit_words(prep, u) for u in self.units], dtype=np.float64)
        out: FloatArray = np.concatenate([per_unit[g].sum(axis=1) for g in self.sets])
        return out


def candidates(
    prep: Prepared,
    x: FloatArray,
    scores: FloatArray,
    sizes: Sequence[int],
    *,
    pool_size: int = 8,
    lead: int = 3,
) -> Candidates:
    """The candidates of ``sizes`` points drawn from the pool, with their set features."""
    units = pool(prep, scores, pool_size, lead)
    sets = combos(units, sizes)
    if not sets:
        return Candidates(tuple(units), (), np.zeros((0, len(SET_FEATURES))))
    pooled = _Pooled(prep, x, scores, units)
    feats = np.vstack([pooled.matrix(g) for g in sets])
    return Candidates(tuple(units), tuple(sets), feats)


def best(
    prep: Prepared,
    x: FloatArray,
    sizes: Sequence[int],
    model: Reranker,
    words: int | None = None,
) -> list[Unit] | None:
    """The candidate of ``sizes`` points that ``model`` values most, within ``words`` when a
    budget is given; None when there is no candidate (or none within the budget)."""
    scores = model.sentence_scores(x)
    wide = len(sizes) == 1 and model.pool_points
    cands = candidates(
        prep, x, scores, sizes, pool_size=model.pool_points if wide else model.pool, lead=model.lead
    )
    if not len(cands):
        return None
    allowed = cands.words(prep) <= words if words is not None else None
    k = model.pick(cands.features, allowed)
    return None if k is None else cands.chosen(k)


def _unit_words(prep: Prepared, u: Unit) -> int:
    sents = prep.doc.sentences
    return len(prep.doc.text[sents[u.first].start : sents[u.last].end].split())


class _Pooled:
    """What set features need from a document and its pooled units, computed once."""

    def __init__(self, prep: Prepared, x: FloatArray, scores: FloatArray, units: list[Unit]):
        sents = prep.doc.sentences
        terms = prep.terms
        self.units = units
        self.n_body = max(prep.n - prep.body, 1)
        self.body = prep.body
        # Only the sentences of pooled units matter: columns ``cols`` of the article.
        cols = np.array(sorted({j for u in units for j in u.sentences}), dtype=np.intp)
        self.cols = cols
        pos = {int(j): k for k, j in enumerate(cols)}
        self.umask = np.zeros((len(units), len(cols)))
        for k, u in enumerate(units):
            self.umask[k, [pos[j] for j in u.sentences]] = 1.0
        self.x = x[cols]
        self.scores = scores
        self.prob = 1.0 / (1.0 + np.exp(-scores[cols]))
        self.words = np.array([max(len(sents[j].text.split()), 1) for j in cols], dtype=float)
        self.para = np.array([sents[j].paragraph for j in cols])
        self.rel = cols - prep.body  # positions from the first body sentence

        df, tf = terms.df(), terms.tf()
        idf = np.log((self.n_body + 1.0) / (df + 0.5))
        counts = terms.dense(cols)
        self.counts = counts
        self.present = counts > 0
        self.wt = np.where(tf >= 2, np.log1p(tf) * idf, 0.0)
        self.doc_vec = tf * idf
        self.doc_norm = float(np.linalg.norm(self.doc_vec)) or 1.0
        self.wt_total = max(float(self.wt.sum()), 1e-9)
        title = {t for t in stems(prep.doc.article.title) if len(t) > 2}
        tcols = [terms.vocab[t] for t in title if t in terms.vocab]
        self.title_present = self.present[:, tcols].astype(np.float64)
        self.n_title = max(len(title), 1)
        self.key = self._key_words(prep, idf, tcols)

        toks = terms.tokens
        btf = Counter(b for t in toks for b in itertools.pairwise(t))
        heavy = {b: k for k, b in enumerate(b for b, c in btf.items() if c >= 2)}
        self.bwt = np.array([np.log1p(btf[b]) for b in heavy], dtype=np.float64)
        self.bpresent = np.zeros((len(cols), len(heavy)), dtype=bool)
        for k, j in enumerate(cols):
            t = toks[j]
            hit = [heavy[b] for b in itertools.pairwise(t) if b in heavy]
            self.bpresent[k, hit] = True
        self.bwt_total = max(float(self.bwt.sum()), 1e-9)

        bags = {int(j): {w[:5] for w in toks[j] if len(w) > 2} for j in cols}
        ubags = [set().union(*(bags[j] for j in u.sentences)) for u in units]
        self.red = np.zeros((len(units), len(units)))
        for i, j in itertools.combinations(range(len(units)), 2):
            shared = len(ubags[i] & ubags[j])
            self.red[i, j] = self.red[j, i] = shared / max(1, min(len(ubags[i]), len(ubags[j])))

    def _key_words(self, prep: Prepared, idf: FloatArray, tcols: list[int]) -> FloatArray:
        """The key words' weights, ``[vocabulary, 4]``: one column per kind (title stems by
        IDF, the first body sentence's by IDF, the heaviest stems by TF-IDF, recurring
        names), each summing to 1, or 0 when the article has none of the kind."""
        terms = prep.terms
        w = np.zeros((terms.n_cols, 4))
        w[tcols, 0] = idf[tcols]
        if prep.body < prep.n:
            first = [terms.vocab[t] for t in set(terms.tokens[prep.body]) if len(t) > 2]
            w[first, 1] = idf[first]
        heavy = np.argsort(-self.wt, kind="stable")[:HEAVY]
        heavy = heavy[self.wt[heavy] > 0]
        w[heavy, 2] = self.wt[heavy]
        names = [terms.vocab[t] for t in recurring_names(prep) if t in terms.vocab]
        w[names, 3] = 1.0
        sums = w.sum(axis=0)
        out: FloatArray = w / np.where(sums > 0, sums, 1.0)
        return out

    def matrix(self, sets: IntArray) -> FloatArray:
        """Set features of every candidate of one size: one row per row of ``sets``."""
        n_c, q = sets.shape
        m = self.umask[sets].sum(axis=1)  # [cands, cols]: 1 where the sentence is in the set
        mb = m > 0
        heads = np.array([u.head for u in self.units], dtype=np.intp)[sets]
        firsts = np.array([u.first for u in self.units], dtype=np.float64)[sets] - self.body
        count = m.sum(axis=1)
        total = m @ self.words
        hs = self.scores[heads]
        if q > 1:
            pairs = np.array(list(itertools.combinations(range(q), 2)), dtype=np.intp)
            reds = self.red[sets[:, pairs[:, 0]], sets[:, pairs[:, 1]]]
            max_red, mean_red = reds.max(axis=1), reds.mean(axis=1)
        else:
            max_red = mean_red = np.zeros(n_c)
        # a lead: the set's sentences are exactly the first ``count`` body sentences
        in_lead = (self.rel[None, :] >= 0) & (self.rel[None, :] < count[:, None])
        is_lead = (m * in_lead).sum(axis=1) == count
        _, para_idx = np.unique(self.para, return_inverse=True)
        para_onehot = np.zeros((len(self.cols), int(para_idx.max()) + 1))
        para_onehot[np.arange(len(self.cols)), para_idx] = 1.0
        paragraphs = ((m @ para_onehot) > 0).sum(axis=1)
        has = (m @ self.present) > 0  # [cands, vocabulary]: the stems the set contains
        covered = has @ self.wt
        vec = (m @ self.counts) * (self.wt > 0)
        vnorm = np.linalg.norm(vec, axis=1)
        cos = (vec @ self.doc_vec) / (np.where(vnorm > 0, vnorm, 1.0) * self.doc_norm)
        bcovered = ((m @ self.bpresent) > 0) @ self.bwt
        title_cov = ((m @ self.title_present) > 0).sum(axis=1) / self.n_title
        xs = self.x[:, 1:]
        mins = np.where(mb[:, :, None], xs[None, :, :], np.inf).min(axis=1)
        rel = self.rel
        out: FloatArray = np.column_stack(
            [
                hs.mean(axis=1),
                hs.min(axis=1),
                hs.max(axis=1),
                hs.sum(axis=1),
                total / 50,
                (total / 50) ** 2,
                np.log(total),
                count / q,
                mb[:, rel == 0].sum(axis=1) > 0,
                firsts.mean(axis=1) / max(self.n_body - 1, 1),
                (1.0 / (1.0 + firsts)).mean(axis=1),
                max_red,
                mean_red,
                np.full(n_c, float(q)),
                is_lead,
                paragraphs,
                (m @ self.prob) / count,
                np.where(mb, self.words[None, :], 0.0).max(axis=1) / 50,
                covered / self.wt_total,
                covered / total,
                cos,
                bcovered / self.bwt_total,
                bcovered / total,
                title_cov,
                m @ (rel < 1),
                m @ (rel < 3),
                m @ (rel < 5),
                m @ (rel >= 10),
                self.x[np.searchsorted(self.cols, heads), 1:].mean(axis=1),
                mins,
                has @ self.key,
            ]
        ).astype(np.float64)
        return out
