#!/usr/bin/env python3
"""Fit nutgraf's sentence scorer on the visible summarization sets, with k-fold CV.

    python scripts/fit_scorer.py [--shared ../shared] [--out src/nutgraf/summarize/weights.json]

Labels: English sentences in the greedy ROUGE-1+2 oracle of the reference highlights;
Russian sentences inside the annotated ``key`` spans. Model: L2-regularised logistic
regression on standardised features (Newton's method, numpy only), one per language.
CV: 5 folds over articles; each fold is scored by running the real selection (units, MMR)
with weights fitted on the other folds, so the reported ROUGE is what ships.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from nutgraf.evaluate import (
    Example,
    build_example,
    key_sentences,
    read_records,
    rouge_f1,
    rouge_scorer,
)
from nutgraf.summarize.features import FEATURES, features
from nutgraf.summarize.score import Model, linear_scores
from nutgraf.summarize.select import choose, shown_text

SETS = {"en": "cnndm-validation.jsonl", "ru": "ru-news-visible.jsonl"}
FOLDS = 5
SEED = 7


def _log(*parts: object) -> None:
    sys.stderr.write(" ".join(str(p) for p in parts) + "\n")


def _ngrams(tokens: list[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def _f(pred: Counter[tuple[str, ...]], ref: Counter[tuple[str, ...]]) -> float:
    hit = sum((pred & ref).values())
    if not hit:
        return 0.0
    p, r = hit / sum(pred.values()), hit / sum(ref.values())
    return 2 * p * r / (p + r)


def oracle(ex: Example, tokenize: Any, max_sents: int = 4) -> set[int]:
    """Greedy ROUGE-1+2 oracle: add the sentence that helps most until none helps."""
    ref = tokenize(ex.record.reference)
    r1, r2 = _ngrams(ref, 1), _ngrams(ref, 2)
    toks = [tokenize(shown_text(ex.doc, j)) for j in range(len(ex.doc.sentences))]
    chosen: list[int] = []
    best = 0.0
    while len(chosen) < max_sents:
        cand = None
        for i in range(len(toks)):
            if i in chosen:
                continue
            t = [w for j in sorted([*chosen, i]) for w in toks[j]]
            val = _f(_ngrams(t, 1), r1) + _f(_ngrams(t, 2), r2)
            if val > best:
                best, cand = val, i
        if cand is None:
            break
        chosen.append(cand)
    return set(chosen)


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """Newton's method on the L2-regularised log loss (bias column not penalised)."""
    w = np.zeros(x.shape[1])
    reg = np.full(x.shape[1], l2)
    reg[0] = 1e-6
    for _ in range(30):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) / len(y) + reg * w
        hess = (x * (p * (1 - p))[:, None]).T @ x / len(y) + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def standardise(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mean, std = x.mean(axis=0), x.std(axis=0)
    mean[0], std[0] = 0.0, 1.0
    std[std == 0] = 1.0
    return mean, std


def model_from(
    x: np.ndarray, y: np.ndarray, l2: float, mask: np.ndarray, unit_cost: float = 0.0
) -> Model:
    mean, std = standardise(x)
    z = (x - mean) / std
    w = np.zeros(x.shape[1])
    w[mask] = fit_logistic(z[:, mask], y, l2)
    return Model(tuple(FEATURES), tuple(w / std), float(-(w / std) @ mean), unit_cost)


def rouge_of(model: Model, exs: list[Example], scorer: Any, points: int = 3) -> np.ndarray:
    out = []
    for ex in exs:
        pts, _ = choose(
            ex.doc, linear_scores(ex.doc, model), points=points, unit_cost=model.unit_cost
        )
        pred = "\n".join(shown_text(ex.doc, i) for p in pts for i in p.sentences)
        out.append(rouge_f1(scorer, ex.record.reference, pred))
    return np.asarray(out)


def cross_validate(
    exs: list[Example],
    feats: list[np.ndarray],
    labels: list[set[int]],
    l2: float,
    mask: np.ndarray,
    scorer: Any,
    unit_cost: float = 0.0,
) -> np.ndarray:
    rng = np.random.default_rng(SEED)
    fold = rng.permutation(len(exs)) % FOLDS
    scores = np.zeros((len(exs), 3))
    for k in range(FOLDS):
        train = [i for i in range(len(exs)) if fold[i] != k]
        x = np.vstack([feats[i] for i in train])
        y = np.concatenate(
            [[1.0 if j in labels[i] else 0.0 for j in range(len(feats[i]))] for i in train]
        )
        model = model_from(x, y, l2, mask, unit_cost)
        test = [i for i in range(len(exs)) if fold[i] == k]
        scores[test] = rouge_of(model, [exs[i] for i in test], scorer)
    return scores


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared"
    )
    ap.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parents[1] / "src/nutgraf/summarize/weights.json",
    )
    ap.add_argument("--l2", type=float, nargs="*", default=[0.001, 0.01, 0.1])
    ap.add_argument("--unit-cost", type=float, nargs="*", default=[0.0, 0.25])
    ap.add_argument(
        "--ablation", action="store_true", help="also report CV ROUGE without each feature"
    )
    ap.add_argument("--languages", nargs="*", default=["en", "ru"])
    args = ap.parse_args(argv)
    result: dict[str, Any] = {
        "features": list(FEATURES),
        "models": {},
        "meta": {
            "script": "scripts/fit_scorer.py",
            "date": dt.date.today().isoformat(),
            "data": {},
            "cv": {},
            "labels": {"en": "greedy ROUGE-1+2 oracle of highlights", "ru": "annotated key spans"},
        },
    }
    for lang in args.languages:
        path = args.shared / "data/summarization" / SETS[lang]
        exs = [build_example(r, lang) for r in read_records(path)]
        scorer = rouge_scorer(lang)
        if lang == "en":
            tok = scorer._tokenizer.tokenize
            labels = [oracle(ex, tok) for ex in exs]
        else:
            labels = [key_sentences(ex) for ex in exs]
        feats = [features(ex.doc) for ex in exs]
        full = np.ones(len(FEATURES), dtype=bool)
        cv: dict[str, Any] = {}
        best_l2, best_cost, best = args.l2[0], 0.0, -1.0
        for l2 in args.l2:
            for cost in args.unit_cost:
                s = cross_validate(exs, feats, labels, l2, full, scorer, cost).mean(axis=0)
                cv[f"l2={l2} unit_cost={cost}"] = [round(float(v), 2) for v in s]
                _log(lang, "l2", l2, "unit_cost", cost, "CV R1/R2/Lsum", np.round(s, 2))
                if s[0] + s[1] > best:
                    best, best_l2, best_cost = float(s[0] + s[1]), l2, cost
        transfer = None
        if "en" in result["models"] and lang != "en":
            # The English model never saw these articles: its score here is held-out.
            en = result["models"]["en"]
            for cost in args.unit_cost:
                m = Model(tuple(FEATURES), tuple(en["weights"]), en["bias"], cost)
                s = rouge_of(m, exs, scorer).mean(axis=0)
                cv[f"english model unit_cost={cost}"] = [round(float(v), 2) for v in s]
                _log(lang, "english model", cost, np.round(s, 2))
                if s[0] + s[1] > best:
                    best, transfer = float(s[0] + s[1]), {**en, "unit_cost": cost, "from": "en"}
        if args.ablation:
            for j, name in enumerate(FEATURES[1:], 1):
                mask = full.copy()
                mask[j] = False
                s = cross_validate(exs, feats, labels, best_l2, mask, scorer, best_cost).mean(
                    axis=0
                )
                cv[f"without {name}"] = [round(float(v), 2) for v in s]
                _log(lang, "without", name, np.round(s, 2))
        x = np.vstack(feats)
        y = np.concatenate(
            [[1.0 if j in labels[i] else 0.0 for j in range(len(f))] for i, f in enumerate(feats)]
        )
        model = model_from(x, y, best_l2, full, best_cost)
        result["models"][lang] = transfer or {
            "weights": [round(v, 6) for v in model.weights],
            "bias": round(model.bias, 6),
            "l2": best_l2,
            "unit_cost": best_cost,
        }
        result["meta"]["data"][lang] = (
            f"../shared/data/summarization/{SETS[lang]} ({len(exs)} articles)"
        )
        result["meta"]["cv"][lang] = cv
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    _log(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
