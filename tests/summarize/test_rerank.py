"""Summary-level reranking: candidates, set features, faithful units, exact spans."""

from __future__ import annotations

import importlib
import itertools

import numpy as np
import pytest
from summarize_helpers import make_document

from nutgraf.summarize import key_points
from nutgraf.summarize.features import features
from nutgraf.summarize.rerank import (
    SET_FEATURES,
    Reranker,
    _Article,
    candidates,
    rerank,
    set_features,
)
from nutgraf.types import Document

STORY = (
    "The city council approved a new tram line on Monday. "
    "It will run from the station to the airport. "
    "Construction starts in May and should take two years. "
    "The plan has not been approved by the regional government. "
    "Local shops welcomed the decision. "
    "Separately, the council raised parking fees. "
    "Critics said the tram is too expensive. "
    "The mayor called it a historic day."
)


def test_rerank_candidates_include_lead_and_are_disjoint() -> None:
    doc = make_document(STORY)
    scores = -np.arange(len(doc.sentences), dtype=np.float64)[::-1]  # the last scores best
    cands = candidates(doc, scores, 3, pool=3, lead=3)
    assert cands
    for c in cands:
        assert len(c) == 3
        assert all(c[j].last < c[j + 1].first for j in range(2))
    firsts = {tuple(u.first for u in c) for c in cands}
    assert any(f[0] == 0 for f in firsts)  # the lead's units are always pooled


def test_rerank_set_features_shape() -> None:
    doc = make_document(STORY)
    x = features(doc)
    scores = np.zeros(len(doc.sentences))
    cands = candidates(doc, scores, 3)
    f = set_features(doc, x, scores, cands, 3)
    assert f.shape == (len(cands), len(SET_FEATURES))
    assert np.isfinite(f).all()


def test_rerank_keeps_hedge_with_claim() -> None:
    doc = make_document(STORY)
    x = features(doc)
    scores = np.zeros(len(doc.sentences))
    scores[2] = 5.0  # the claim the hedge qualifies
    weights = np.zeros(len(SET_FEATURES))
    weights[SET_FEATURES.index("max_score")] = 1.0
    chosen = rerank(doc, x, scores, 3, Reranker(tuple(weights)))
    assert chosen is not None
    sentences = {j for u in chosen for j in range(u.first, u.last + 1)}
    assert 2 in sentences and 3 in sentences


def test_rerank_key_points_are_source_spans(monkeypatch: pytest.MonkeyPatch) -> None:
    weights = np.zeros(len(SET_FEATURES))
    weights[SET_FEATURES.index("words_50")] = -1.0  # prefer the shortest set
    module = importlib.import_module("nutgraf.summarize")  # the package, not the function
    monkeypatch.setattr(module, "reranker_for", lambda _lang: Reranker(tuple(weights)))
    doc = make_document(STORY)
    points, over = key_points(doc, points=3)
    assert len(points) == 3 and not over
    for p in points:
        assert doc.text[p.start : p.end] == p.text
    assert [p.start for p in points] == sorted(p.start for p in points)
    # a word budget still goes through the budgeted selection
    points, _ = key_points(doc, points=3, words=12)
    assert sum(len(p.text.split()) for p in points) <= 12


def _reference_features(doc: Document, x: np.ndarray, scores: np.ndarray, cand: tuple) -> list:  # type: ignore[type-arg]
    """The set features of one candidate computed directly (the pre-vectorised code)."""
    a = _Article(doc, x, scores)
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
    covered = float(a.present[sents].any(axis=0) @ a.wt)
    vec = a.counts[sents].sum(axis=0) * (a.wt > 0)
    cos = float(vec @ a.doc_vec) / ((float(np.linalg.norm(vec)) or 1.0) * a.doc_norm)
    bcovered = float(a.bpresent[sents].any(axis=0) @ a.bwt)
    return [
        hs.mean(), hs.min(), hs.max(), total / 50, (total / 50) ** 2, np.log(total),
        len(sents) / len(cand), float(0 in sents), firsts.mean() / max(a.n - 1, 1),
        np.mean(1.0 / (1.0 + firsts)), max(reds, default=0.0),
        float(np.mean(reds)) if reds else 0.0, float(len(cand) < 3),
        float(sorted(sents.tolist()) == list(range(min(3, a.n)))),
        float(len(set(a.para[sents].tolist()))), a.prob[sents].mean(),
        a.words[sents].max() / 50, covered / max(float(a.wt.sum()), 1e-9), covered / total,
        cos, bcovered / max(float(a.bwt.sum()), 1e-9), bcovered / total,
        float((sents < 1).sum()), float((sents < 3).sum()), float((sents < 5).sum()),
        float((sents >= 10).sum()),
        *a.x[heads, 1:].mean(axis=0).tolist(), *a.x[sents, 1:].min(axis=0).tolist(),
    ]  # fmt: skip


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_rerank_vectorised_features_match_per_candidate(seed: int) -> None:
    text = STORY + "\n\n" + STORY.replace("tram", "bus").replace("May", "June")
    doc = make_document(text)
    x = features(doc)
    scores = np.random.default_rng(seed).normal(size=len(doc.sentences))
    cands = candidates(doc, scores, 3)
    assert len(cands) > 10
    f = set_features(doc, x, scores, cands, 3)
    ref = np.array([_reference_features(doc, x, scores, c) for c in cands])
    np.testing.assert_allclose(f, ref, rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_shipped_rerankers_carry_their_trees(language: str) -> None:
    from nutgraf.summarize.score import reranker_for

    model = reranker_for(language)
    assert model is not None and model.trees is not None
    assert model.trees.feature.max() < len(SET_FEATURES)
    doc = make_document(STORY)
    x = features(doc)
    own = x @ np.asarray(model.sentence_weights) + model.sentence_bias
    cands = candidates(doc, own, 3, model.pool, model.lead)
    f = set_features(doc, x, own, cands, 3)
    values = model.values(f)
    linear = f @ np.asarray(model.weights)
    assert np.isfinite(values).all()
    # the trees add a term of their own: not a constant shift of the linear values
    assert np.ptp(values - linear) > 0
