"""Document -> key points: score sentences, then select faithful, non-redundant units."""

from __future__ import annotations

from nutgraf.summarize.score import linear_scores, model_for
from nutgraf.summarize.select import choose, default_points
from nutgraf.types import Document, KeyPoint

__all__ = ["default_points", "key_points"]


def key_points(
    doc: Document, *, points: int | None = None, words: int | None = None
) -> tuple[tuple[KeyPoint, ...], bool]:
    """Choose the key points of ``doc``: (points in article order, over_budget).

    over_budget is True only when the first point alone exceeds ``words``.
    """
    model = model_for(doc.language)
    scores = linear_scores(doc, model)
    return choose(doc, scores, points=points, words_budget=words, unit_cost=model.unit_cost)
