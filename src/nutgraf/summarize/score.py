"""Sentence scorers: each maps a ``Document`` to one float per sentence (higher is better)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from nutgraf.types import Document

FloatArray = npt.NDArray[np.float64]


def lead_scores(doc: Document) -> FloatArray:
    """Earlier sentences score higher: the Lead-k baseline."""
    n = len(doc.sentences)
    return 1.0 / (1.0 + np.arange(n, dtype=np.float64))
