"""A regression tree ensemble (gradient-boosted trees) evaluated with numpy.

The summary reranker adds a boosted-tree term to its linear score. The trees are fitted
offline by LightGBM (``scripts/fit_reranker.py --loss blend``) and shipped as plain arrays;
evaluating a few hundred seven-leaf trees over ~100 candidates is a handful of numpy
gathers, so the runtime needs neither LightGBM nor its SciPy and OpenMP dependencies (and
nothing that could hang after ``fork`` in the batch and server process pools).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]


@dataclass(frozen=True, slots=True, eq=False)
class Trees:
    """Nodes of every tree in flat arrays; a row goes left when ``x[feature] <= threshold``.

    Leaves have ``feature == -1`` and carry ``value``; ``roots`` index each tree's root.
    """

    feature: IntArray
    threshold: FloatArray
    left: IntArray
    right: IntArray
    value: FloatArray
    roots: IntArray
    depth: int
    # Derived once: the splits alone, each node's column among them (leaves: 0, harmless,
    # as both their children are themselves) and the children by outcome (right, left).
    _splits: tuple[IntArray, FloatArray] = field(init=False, repr=False)
    _column: IntArray = field(init=False, repr=False)
    _child: IntArray = field(init=False, repr=False)

    def __post_init__(self) -> None:
        inner = self.feature >= 0
        object.__setattr__(self, "_splits", (self.feature[inner], self.threshold[inner]))
        object.__setattr__(self, "_column", np.where(inner, np.cumsum(inner) - 1, 0))
        object.__setattr__(self, "_child", np.stack([self.right, self.left]))

    def predict(self, x: FloatArray) -> FloatArray:
        """The ensemble's sum over trees for each row of ``x`` ``[rows, features]``."""
        n_rows = x.shape[0]
        feature, threshold = self._splits
        go_left = (x[:, feature] <= threshold).ravel().view(np.int8)  # every split, every row
        offset = (np.arange(n_rows) * max(len(feature), 1))[:, None]
        node = np.broadcast_to(self.roots, (n_rows, len(self.roots)))
        for _ in range(self.depth):
            node = self._child[go_left[self._column[node] + offset], node]
        out: FloatArray = self.value[node].sum(axis=1)
        return out

    def scaled(self, factor: float) -> Trees:
        """The same trees with every leaf value multiplied by ``factor``."""
        return Trees(
            self.feature,
            self.threshold,
            self.left,
            self.right,
            self.value * factor,
            self.roots,
            self.depth,
        )

    def to_json(self) -> dict[str, Any]:
        """Plain lists (thresholds at full precision: a rounded one would move rows)."""
        return {
            "feature": self.feature.tolist(),
            "threshold": self.threshold.tolist(),
            "left": self.left.tolist(),
            "right": self.right.tolist(),
            "value": [round(float(v), 8) for v in self.value],
            "roots": self.roots.tolist(),
            "depth": self.depth,
        }


def trees_from_json(raw: Mapping[str, Any]) -> Trees:
    """The inverse of ``Trees.to_json``."""
    return Trees(
        np.asarray(raw["feature"], dtype=np.intp),
        np.asarray(raw["threshold"], dtype=np.float64),
        np.asarray(raw["left"], dtype=np.intp),
        np.asarray(raw["right"], dtype=np.intp),
        np.asarray(raw["value"], dtype=np.float64),
        np.asarray(raw["roots"], dtype=np.intp),
        int(raw["depth"]),
    )


def trees_from_lightgbm(dump: Mapping[str, Any]) -> Trees:
    """Convert ``lightgbm.Booster.dump_model()`` of numerical ``<=`` splits into ``Trees``."""
    feature: list[int] = []
    threshold: list[float] = []
    left: list[int] = []
    right: list[int] = []
    value: list[float] = []
    roots: list[int] = []
    depth = 0

    def add(node: Mapping[str, Any], level: int) -> int:
        nonlocal depth
        k = len(feature)
        feature.append(-1)
        threshold.append(0.0)
        left.append(k)
        right.append(k)
        value.append(0.0)
        if "leaf_value" in node or "split_feature" not in node:
            value[k] = float(node.get("leaf_value", 0.0))
            depth = max(depth, level)
            return k
        if node.get("decision_type", "<=") != "<=":
            raise ValueError(f"unsupported split {node.get('decision_type')!r}")
        feature[k] = int(node["split_feature"])
        threshold[k] = float(node["threshold"])
        left[k] = add(node["left_child"], level + 1)
        right[k] = add(node["right_child"], level + 1)
        return k

    info: Sequence[Mapping[str, Any]] = dump["tree_info"]
    for tree in info:
        roots.append(add(tree["tree_structure"], 0))
    return Trees(
        np.asarray(feature, dtype=np.intp),
        np.asarray(threshold, dtype=np.float64),
        np.asarray(left, dtype=np.intp),
        np.asarray(right, dtype=np.intp),
        np.asarray(value, dtype=np.float64),
        np.asarray(roots, dtype=np.intp),
        depth,
    )
