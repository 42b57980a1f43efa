"""The reranker's boosted trees: numpy evaluation equals LightGBM's own."""

from __future__ import annotations

import json

import lightgbm as lgb
import numpy as np
import pytest

from nutgraf.summarize.rerank import Reranker
from nutgraf.summarize.trees import Trees, trees_from_json, trees_from_lightgbm


def _stump() -> Trees:
    # one tree: x0 <= 0.5 ? (x1 <= 2 ? 1 : 2) : 3, and a single-leaf tree of 0.25
    dump = {
        "tree_info": [
            {
                "tree_structure": {
                    "split_feature": 0,
                    "threshold": 0.5,
                    "decision_type": "<=",
                    "left_child": {
                        "split_feature": 1,
                        "threshold": 2.0,
                        "decision_type": "<=",
                        "left_child": {"leaf_value": 1.0},
                        "right_child": {"leaf_value": 2.0},
                    },
                    "right_child": {"leaf_value": 3.0},
                }
            },
            {"tree_structure": {"leaf_value": 0.25}},
        ]
    }
    return trees_from_lightgbm(dump)


def test_trees_follow_their_splits() -> None:
    x = np.array([[0.5, 2.0], [0.0, 2.5], [0.9, 0.0], [0.51, 9.0]])
    assert _stump().predict(x).tolist() == [1.25, 2.25, 3.25, 3.25]
    assert _stump().depth == 2


def test_trees_equal_lightgbm_predictions() -> None:
    rng = np.random.default_rng(7)
    x = rng.random((3000, 12))
    y = 3 * x[:, 0] + np.sin(6 * x[:, 1]) * x[:, 2] + rng.normal(0, 0.1, len(x))
    params = {"objective": "regression", "num_leaves": 7, "min_data_in_leaf": 20}
    booster = lgb.train({**params, "verbose": -1, "num_threads": 1}, lgb.Dataset(x, y), 60)
    trees = trees_from_lightgbm(booster.dump_model())
    test = rng.random((200, 12))
    np.testing.assert_allclose(trees.predict(test), booster.predict(test), rtol=0, atol=1e-9)
    # shipped as JSON: the same values (leaves rounded to 1e-8)
    again = trees_from_json(json.loads(json.dumps(trees.to_json())))
    np.testing.assert_allclose(again.predict(test), booster.predict(test), atol=1e-6)


def test_unsupported_split_is_refused() -> None:
    dump = {"tree_info": [{"tree_structure": {"split_feature": 0, "decision_type": "=="}}]}
    with pytest.raises(ValueError, match="unsupported split"):
        trees_from_lightgbm(dump)


def test_reranker_value_adds_the_trees() -> None:
    x = np.array([[0.0, 3.0], [1.0, 1.0]])
    plain = Reranker((1.0, 0.5), ())
    assert plain.values(x).tolist() == [1.5, 1.5]
    with_trees = Reranker((1.0, 0.5), (), trees=_stump().scaled(2.0))
    assert with_trees.values(x).tolist() == [1.5 + 4.5, 1.5 + 6.5]
