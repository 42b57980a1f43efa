"""Sentence-encoder features for an optional, slower mode (nothing here loads a model).

``encoder_features`` turns unit-length sentence embeddings (from any encoder: all-MiniLM for
English, multilingual-e5 for Russian) into per-sentence columns that are appended to
``features.features``; the sentence model and reranker fitted on them by
``scripts/fit_reranker.py --embeddings`` then use them like the cheap ones.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]

ENCODER_FEATURES: tuple[str, ...] = (
    "enc_centroid",
    "enc_lead",
    "enc_first",
    "enc_title",
    "enc_degree",
    "enc_max_sim",
)


def _unit(v: FloatArray) -> FloatArray:
    n = float(np.linalg.norm(v))
    out: FloatArray = v / n if n > 0 else v
    return out


def encoder_features(emb: FloatArray, title: FloatArray | None = None) -> FloatArray:
    """Matrix ``[n, len(ENCODER_FEATURES)]`` from sentence embeddings ``emb`` ``[n, d]``.

    Columns: cosine to the article's centroid, to the mean of its first three sentences, to
    its first sentence, to the title (0 without one), mean and max cosine to the others.
    """
    e = np.asarray(emb, dtype=np.float64)
    n = e.shape[0]
    if n == 0:
        return np.zeros((0, len(ENCODER_FEATURES)))
    e = e / np.maximum(np.linalg.norm(e, axis=1, keepdims=True), 1e-12)
    sim = e @ e.T
    np.fill_diagonal(sim, 0.0)
    t = np.zeros(n) if title is None else e @ _unit(np.asarray(title, dtype=np.float64))
    cols = [
        e @ _unit(e.mean(axis=0)),
        e @ _unit(e[:3].mean(axis=0)),
        e @ e[0],
        t,
        sim.sum(axis=1) / max(n - 1, 1),
        sim.max(axis=1) if n > 1 else np.zeros(n),
    ]
    return np.column_stack(cols)
