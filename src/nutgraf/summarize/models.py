"""The fitted summary models shipped in the package, read once: ``reranker_for(language)``.

``weights.json`` holds, per language, the reranker's sentence scorer and linear weights
(fitted by ``scripts/fit_reranker.py``, which records how in ``meta``); ``trees.json`` its
boosted trees. A model fitted before set features were added lists the ones it knows
(``set_features``, a prefix of ``SET_FEATURES``) and gives the later ones no weight. A
language without a model of its own uses English's: the features are positions, lengths
and word overlaps, which carry across languages.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from nutgraf.summarize.features import FEATURES
from nutgraf.summarize.rerank import SET_FEATURES, Reranker
from nutgraf.summarize.trees import trees_from_json

_RUSSIAN_LIKE = {"ru", "uk", "be"}


@cache
def shipped_rerankers() -> dict[str, Reranker]:
    """The shipped rerankers by language (read once; immutable)."""
    here = resources.files("nutgraf.summarize")
    raw = json.loads(here.joinpath("weights.json").read_text("utf-8"))
    forests = json.loads(here.joinpath("trees.json").read_text("utf-8"))
    if tuple(raw["features"]) != FEATURES or tuple(raw["set_features"]) != SET_FEATURES:
        raise RuntimeError("weights.json was fitted on other features: rerun fit_reranker.py")
    return {
        lang: Reranker(
            weights=_weights(m, lang),
            sentence_weights=tuple(m["sentence_weights"]),
            pool=int(m["pool"]),
            lead=int(m["lead"]),
            max_points=int(m["max_points"]),
            min_points=int(m.get("min_points", 1)),
            min_points_body=int(m.get("min_points_body", 6)),
            pool_points=int(m.get("pool_points", 0)),
            trees=trees_from_json(forests[lang]) if lang in forests else None,
        )
        for lang, m in raw["rerank"].items()
    }


def _weights(model: dict[str, Any], lang: str) -> tuple[float, ...]:
    """A model's linear weights over ``SET_FEATURES``: 0 for those added after its fit (its
    trees never split on them)."""
    known = tuple(model.get("set_features", SET_FEATURES))
    weights = tuple(float(w) for w in model["weights"])
    if SET_FEATURES[: len(known)] != known or len(weights) != len(known):
        raise RuntimeError(f"the {lang} model was fitted on other set features: refit it")
    return weights + (0.0,) * (len(SET_FEATURES) - len(known))


def reranker_for(language: str) -> Reranker:
    """The shipped reranker for ``language``; English's for languages without their own."""
    models = shipped_rerankers()
    lang = "ru" if language in _RUSSIAN_LIKE else language
    return models.get(lang, models["en"])
