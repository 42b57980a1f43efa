"""Sentence scorers: each maps a ``Document`` to one float per sentence (higher is better)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
import numpy.typing as npt

from nutgraf.summarize.features import FEATURES, features
from nutgraf.summarize.rerank import SET_FEATURES, Reranker
from nutgraf.summarize.trees import trees_from_json
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
    return scores_of(features(doc), model)


def scores_of(x: FloatArray, model: Model) -> FloatArray:
    """Scores of the sentences whose features are the rows of ``x``."""
    out: FloatArray = np.einsum("ij,j->i", x, np.asarray(model.weights)) + model.bias
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


@cache
def shipped_rerankers() -> dict[str, Reranker]:
    """The fitted summary-level rerankers in ``weights.json``, by language (may be none);
    their boosted trees, when they have some, are in ``trees.json``."""
    here = resources.files("nutgraf.summarize")
    raw = json.loads(here.joinpath("weights.json").read_text("utf-8"))
    forests = json.loads(here.joinpath("trees.json").read_text("utf-8"))
    out: dict[str, Reranker] = {}
    for lang, m in raw.get("rerank", {}).items():
        if tuple(m["features"]) != SET_FEATURES:
            raise RuntimeError("weights.json: reranker of other features: rerun fit_reranker.py")
        sentence = m.get("sentence", {})
        out[lang] = Reranker(
            tuple(m["weights"]),
            int(m["pool"]),
            int(m["lead"]),
            int(m["points"]),
            tuple(sentence.get("weights", ())),
            float(sentence.get("bias", 0.0)),
            trees_from_json(forests[lang]) if m.get("trees") else None,
        )
    return out


def reranker_for(language: str) -> Reranker | None:
    """The shipped reranker for ``language``, or None (selection then uses MMR alone)."""
    return shipped_rerankers().get("ru" if language in _RUSSIAN_LIKE else language)


def model_for(language: str) -> Model:
    """The shipped model for ``language``; English's for languages without their own."""
    models = shipped_models()
    lang = "ru" if language in _RUSSIAN_LIKE else language
    return models.get(lang, models["en"])


def learned_scores(doc: Document) -> FloatArray:
    """Scores from the shipped model for the document's language."""
    return linear_scores(doc, model_for(doc.language))
