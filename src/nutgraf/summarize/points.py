"""The last stage: chosen units -> key points, verbatim spans in article order.

A point spans from its first sentence's start to its last one's end, except that the
article's dateline ("London (CNN) --") is left out of a point that opens the story (its
first body sentence, after any dateline line or time stamp, ``prepare.body_start``).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import numpy.typing as npt

from nutgraf.analyse.datelines import dateline_length, is_dateline
from nutgraf.summarize.prepare import Prepared, Unit, body_start
from nutgraf.types import Document, KeyPoint

FloatArray = npt.NDArray[np.float64]


def point_start(doc: Document, first: int, body: int | None = None) -> int:
    """Where a point opening with sentence ``first`` starts: after the article's dateline.

    ``body``: the story's first sentence (``prepare.body_start``, found when not given).
    """
    sentence = doc.sentences[first]
    opens_story = first == 0 or first == (body_start(doc) if body is None else body)
    cut = dateline_length(sentence.text) if opens_story else 0
    if cut or first == 0:
        return sentence.start + cut
    if is_dateline(doc.sentences[first - 1].text):
        # The splitter cut "LONDON (Reuters)" off and left its dash here.
        return sentence.start + len(sentence.text) - len(sentence.text.lstrip("-–—: \t"))
    return sentence.start


def shown_text(doc: Document, index: int, body: int | None = None) -> str:
    """Sentence ``index`` as a key point shows it (the story's first without the dateline)."""
    return doc.text[point_start(doc, index, body) : doc.sentences[index].end]


def to_points(prep: Prepared, chosen: Iterable[Unit], scores: FloatArray) -> tuple[KeyPoint, ...]:
    """Key points of the chosen units, in article order (each scored by its head)."""
    doc = prep.doc
    out: list[KeyPoint] = []
    for u in sorted(chosen, key=lambda u: u.first):
        start, end = point_start(doc, u.first, prep.body), doc.sentences[u.last].end
        out.append(
            KeyPoint(
                text=doc.text[start:end],
                start=start,
                end=end,
                sentences=tuple(u.sentences),
                score=float(scores[u.head]),
            )
        )
    return tuple(out)
