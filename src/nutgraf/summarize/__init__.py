"""Document -> key points: score sentences, then select faithful, non-redundant units."""

from __future__ import annotations

import numpy as np

from nutgraf.summarize.features import features
from nutgraf.summarize.rerank import rerank
from nutgraf.summarize.score import model_for, reranker_for, scores_of
from nutgraf.summarize.select import choose, default_points, to_points
from nutgraf.types import Document, KeyPoint

__all__ = ["default_points", "key_points"]


def key_points(
    doc: Document, *, points: int | None = None, words: int | None = None
) -> tuple[tuple[KeyPoint, ...], bool]:
    """Choose the key points of ``doc``: (points in article order, over_budget).

    over_budget is True only when the first point alone exceeds ``words``.
    """
    if not doc.sentences:
        return (), False
    model = model_for(doc.language)
    x = features(doc)
    scores = scores_of(x, model)
    n_points = points if points is not None else default_points(doc)
    reranker = reranker_for(doc.language)
    if reranker is not None and words is None and n_points == reranker.points:
        own = scores
        if reranker.sentence_weights:
            own = x @ np.asarray(reranker.sentence_weights) + reranker.sentence_bias
        chosen = rerank(doc, x, own, n_points, reranker)
        if chosen is not None:
            return to_points(doc, chosen, own), False
    return choose(doc, scores, points=n_points, words_budget=words, unit_cost=model.unit_cost)
