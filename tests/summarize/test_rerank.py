"""Summary-level reranking: candidates, set features, faithful units, exact spans."""

from __future__ import annotations

import importlib

import numpy as np
import pytest
from summarize_helpers import make_document

from nutgraf.summarize import key_points
from nutgraf.summarize.features import features
from nutgraf.summarize.rerank import SET_FEATURES, Reranker, candidates, rerank, set_features

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
