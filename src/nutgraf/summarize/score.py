"""Sentence scorers: each maps a ``Document`` to one float per sentence (higher is better)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
import numpy.typing as npt

from nutgraf.summarize.features import FEATURES, features
from nutgraf.types import Document

FloatArray = npt.NDArray[np.float64]
_RUSSIAN_LIKE = {"ru", "uk", "be"}


@dataclass(frozen=True, slots=True)
class Model:
    """A linear scorer: ``features @ weights + bias`` (a logit; only the order matters)."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    unit_cost: float = 0.0  # selection: score cost per extra sentence a point needs


def lead_scores(doc: Document) -> FloatArray:
    """Earlier sentences score higher: the Lead-k baseline."""
    n = len(doc.sentences)
    return 1.0 / (1.0 + np.arange(n, dtype=np.float64))


def linear_scores(doc: Document, model: Model) -> FloatArray:
    """Scores of ``doc``'s sentences under ``model``."""
    if not doc.sentences:
        return np.zeros(0)
    x = features(doc)
    w = np.asarray(model.weights)
    out: FloatArray = np.einsum("ij,j->i", x, w) + model.bias
    return out


@cache
def shipped_models() -> dict[str, Model]:
    """The fitted models shipped in ``weights.json``, by language (read once; immutable)."""
    raw = json.loads(
        resources.files("nutgraf.summarize").joinpath("weights.json").read_text("utf-8")
    )
    names = tuple(raw["features"])
    if names != FEATURES:
        raise RuntimeError("weights.json was fitted on other features: rerun scripts/fit_scorer.py")
    return {
        lang: Model(names, tuple(m["weights"]), float(m["bias"]), float(m.get("unit_cost", 0.0)))
        for lang, m in raw["models"].items()
    }


def model_for(language: str) -> Model:
    """The shipped model for ``language``; English's for languages without their own."""
    models = shipped_models()
    lang = "ru" if language in _RUSSIAN_LIKE else language
    return models.get(lang, models["en"])


def learned_scores(doc: Document) -> FloatArray:
    """Scores from the shipped model for the document's language."""
    return linear_scores(doc, model_for(doc.language))
