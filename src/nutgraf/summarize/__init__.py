"""Document -> key points, in the order the data flows:

``prepare`` (cues, faithful units, body start, stems) -> ``features`` (per sentence) ->
``candidates`` (sets of disjoint units from a small pool) -> ``rerank`` (set features, the
shipped model's value of each set) -> ``points`` (verbatim spans in article order).
Point counts beyond the reranker's candidates fall back to ``select`` (MMR).
"""

from __future__ import annotations

from nutgraf.summarize.features import features
from nutgraf.summarize.models import reranker_for
from nutgraf.summarize.points import to_points
from nutgraf.summarize.prepare import prepare
from nutgraf.summarize.rerank import best
from nutgraf.summarize.select import choose
from nutgraf.types import Document, KeyPoint

__all__ = ["MAX_RERANKED_POINTS", "key_points"]

MAX_RERANKED_POINTS = 6  # more points than this are chosen by MMR (candidates would explode)


def key_points(
    doc: Document, *, points: int | None = None, words: int | None = None
) -> tuple[tuple[KeyPoint, ...], bool]:
    """Choose the key points of ``doc``: (points in article order, over_budget).

    ``points=None``: the summary's length is chosen per article (1 to the model's
    ``max_points`` points, the best-valued candidate of any size; at least ``min_points``
    for a long article, ``Reranker.default_sizes``); ``words``: the best
    candidate within that many words (of ``points`` points when given). over_budget is True
    only when no candidate fits and the first point alone exceeds ``words``.
    """
    if not doc.sentences:
        return (), False
    prep = prepare(doc)
    x = features(prep)
    model = reranker_for(doc.language)
    scores = model.sentence_scores(x)
    if points is not None:
        sizes = range(points, points + 1)
    elif words is None:
        sizes = model.default_sizes(prep)
    else:
        sizes = range(1, model.max_points + 1)
    if points is None or points <= MAX_RERANKED_POINTS:
        chosen = best(prep, x, sizes, model, words)
        if chosen is not None:
            return to_points(prep, chosen, scores), False
    return choose(prep, scores, points=points or model.max_points, words=words)
