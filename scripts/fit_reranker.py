#!/usr/bin/env python3
"""Fit nutgraf's summary-level reranker (``summarize/rerank.py``) with nested K-fold CV.

    python scripts/fit_reranker.py [--shared ../shared] [--lam 0.001 [0.01 ...]] [--seeds 1 2 3 4]

For each candidate 3-point set (units of the 8 best-scored sentences and of the first 3)
the label is its ROUGE-1 + ROUGE-2 F1 against the reference; a ridge regression on the set
features, centred within each article (only the order inside an article matters), predicts
it (``--loss listnet``: a listwise softmax instead; ``--loss ensemble``: the two, each
scaled to unit score spread, summed; ``--loss blend``, shipped: that sum plus LightGBM
regression trees, also at unit spread, written to ``trees.json`` for the package's numpy
evaluator). ``--pool-with ru=en`` adds every English article's candidates to each of ru's
training folds (and to its shipped fit). Sentence scores used as features are always
out-of-fold: in CV, the outer test articles are scored by a sentence model fitted on the
training folds, and the training articles by inner-fold models, so no article's own labels
reach its features or its reranker.

Prints, per language and CV seed, the out-of-fold ROUGE-1/2/Lsum (the real scorer) of the
reranked choice, of the MMR choice and of Lead-3 with the paired 95% CI of the gain; writes
the reranker fitted on all articles into ``weights.json`` (``rerank``), for the languages
that pass the gate (``--write``); a language that does not keeps the MMR selection.
Gates: ``--gate mmr`` (default): the mean CV ROUGE-1 and ROUGE-2 beat the MMR selection's and
the mean CV ROUGE-1 beats Lead-3's;
``--gate targets``: issue #4's targets (ROUGE-1 >= +1.0, ROUGE-2 >= +0.5 over Lead-3, same CI
rule). Whether the targets are met is recorded in ``meta.rerank_cv`` either way.

``--own-sentence-model ru``: the language's reranker scores its candidates with a sentence
model fitted on its own labels (inner-fold in CV, stored beside the reranker), even when the
shipped sentence scorer of the language is borrowed from another (ru uses en's).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
from fit_scorer import SETS, fit_logistic, oracle, standardise

from nutgraf.evaluate import (
    Example,
    bootstrap_ci,
    build_example,
    key_sentences,
    lead_selector,
    prediction_text,
    read_records,
    rouge_f1,
    rouge_scorer,
)
from nutgraf.summarize.embed import encoder_features
from nutgraf.summarize.features import features
from nutgraf.summarize.rerank import SET_FEATURES, Reranker, candidates, set_features
from nutgraf.summarize.select import Unit, choose, shown_text
from nutgraf.summarize.trees import Trees, trees_from_lightgbm

ROOT = Path(__file__).resolve().parents[1]
WEIGHTS = ROOT / "src/nutgraf/summarize/weights.json"
TREES = ROOT / "src/nutgraf/summarize/trees.json"
FOLDS = 5
POOL, LEAD, POINTS = 8, 3, 3
# Sentence labels by language: "membership" (in the oracle / key spans), "rouge" (own R1 + R2,
# scaled) or "both" (their mean); "*" for languages not named (--sentence-labels).
SENTENCE_LABELS: dict[str, str] = {"*": "membership"}
# The boosted trees of ``--loss blend`` (LightGBM, fitted here only; the package evaluates
# them with numpy): small trees, strong leaf and row limits, fixed before any tuning.
GBM_PARAMS: dict[str, Any] = {
    "objective": "regression",
    "learning_rate": 0.05,
    "num_leaves": 7,
    "min_data_in_leaf": 200,
    "feature_fraction": 0.7,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 10.0,
    "num_threads": 1,
    "deterministic": True,
    "force_row_wise": True,
    "seed": 0,
    "verbose": -1,
}
GBM_ROUNDS = 300
LOSS, TAU = "ridge", 2.0  # the reranker's loss (--loss) and listnet's temperature (--tau)
TARGET = (1.0, 0.5)  # issue #4: ROUGE-1 and ROUGE-2 gain over Lead-3 a reranker must reach in CV


def _log(*parts: object) -> None:
    sys.stderr.write(" ".join(str(p) for p in parts) + "\n")


def _ngrams(t: list[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(t[i : i + n]) for i in range(len(t) - n + 1))


def _f(p: Counter[tuple[str, ...]], r: Counter[tuple[str, ...]]) -> float:
    hit = sum((p & r).values())
    if not hit:
        return 0.0
    a, b = hit / sum(p.values()), hit / sum(r.values())
    return 2 * a * b / (a + b)


class Item:
    """One article: example, sentence features and labels, ROUGE tokens."""

    def __init__(self, ex: Example, tok: Any, lang: str) -> None:
        self.ex = ex
        self.lang = lang
        self.x = features(ex.doc)
        self.y = np.zeros(len(ex.doc.sentences))
        gold = oracle(ex, tok) if lang == "en" else key_sentences(ex)
        self.y[sorted(gold)] = 1.0
        self.toks = [tok(shown_text(ex.doc, j)) for j in range(len(ex.doc.sentences))]
        ref = tok(ex.record.reference)
        self.r1, self.r2 = _ngrams(ref, 1), _ngrams(ref, 2)
        own = np.array([sum(self.rouge12([j])) for j in range(len(self.toks))])
        self.y_rouge = own / max(float(own.max()), 1e-9)  # each sentence's own R1 + R2, 0..1

    def rouge12(self, sents: list[int]) -> tuple[float, float]:
        t = [w for j in sorted(sents) for w in self.toks[j]]
        return 100 * _f(_ngrams(t, 1), self.r1), 100 * _f(_ngrams(t, 2), self.r2)


def _sentence_model(items: list[Item], l2: float = 0.001) -> tuple[np.ndarray, float]:
    x = np.vstack([it.x for it in items])
    labels = _sentence_labels(items[0].lang)
    if labels == "rouge":
        y = np.concatenate([it.y_rouge for it in items])
    elif labels == "both":
        y = np.concatenate([(it.y + it.y_rouge) / 2 for it in items])
    else:
        y = np.concatenate([it.y for it in items])
    mean, std = standardise(x)
    w = fit_logistic((x - mean) / std, y, l2)
    return w / std, float(-(w / std) @ mean)


def _sentence_labels(lang: str) -> str:
    return SENTENCE_LABELS.get(lang, SENTENCE_LABELS["*"])


def _folds(n: int, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).permutation(n) % FOLDS


Fixed = tuple[np.ndarray, float] | None


def _oof_scores(items: list[Item], seed: int, fixed: Fixed = None) -> list[np.ndarray]:
    if fixed is not None:
        return [it.x @ fixed[0] + fixed[1] for it in items]
    fold = _folds(len(items), seed + 1000)
    out: list[np.ndarray] = [np.zeros(0)] * len(items)
    for k in range(FOLDS):
        w, b = _sentence_model([it for it, f in zip(items, fold, strict=True) if f != k])
        for i in np.where(fold == k)[0]:
            out[i] = items[i].x @ w + b
    return out


def _cands(item: Item, scores: np.ndarray) -> tuple[list[tuple[Unit, ...]], np.ndarray]:
    cands = candidates(item.ex.doc, scores, POINTS, POOL, LEAD)
    return cands, set_features(item.ex.doc, item.x, scores, cands, POINTS)


def _labels(item: Item, cands: list[tuple[Unit, ...]]) -> np.ndarray:
    return np.array(
        [item.rouge12([j for u in c for j in range(u.first, u.last + 1)]) for c in cands]
    )


Params = tuple[float, float]  # (ridge lambda, the ridge's share of an ensemble)
Data = list[tuple[np.ndarray, np.ndarray]]  # per article: set features, (R1, R2) labels
Fit = tuple[np.ndarray, Trees | None]  # linear weights, boosted trees (``--loss blend``)


def value(fit: Fit, f: np.ndarray) -> np.ndarray:
    """A fitted reranker's value of each candidate, by the package's own ``Reranker``."""
    w, trees = fit
    return Reranker(tuple(float(v) for v in w), trees=trees).values(f)


def _combine(ridge: np.ndarray, listnet: np.ndarray, share: float, trees: Trees | None) -> Fit:
    """The ensemble (``share`` of ridge) or, with ``trees``, the blend (parts summed)."""
    if LOSS == "blend":
        return ridge + listnet, trees
    return share * ridge + (1 - share) * listnet, None


def fit_reranker(data: Data, params: Params, r2_weight: float = 1.0) -> Fit:
    """The reranker by ``LOSS``: ridge regression, a listwise softmax, their sum
    (``ensemble``), or that sum plus boosted regression trees (``blend``)."""
    lam, share = params
    if LOSS == "listnet":
        return fit_listnet(data, lam, r2_weight, TAU), None
    if LOSS in ("ensemble", "blend"):
        trees = fit_trees(data, r2_weight) if LOSS == "blend" else None
        return _combine(*_ensemble_parts(data, lam, r2_weight), share, trees)
    if LOSS == "trees":  # the blend's trees alone (ablation)
        return np.zeros(data[0][0].shape[1]), fit_trees(data, r2_weight)
    return _fit_ridge(data, lam, r2_weight), None


def fit_trees(data: Data, r2_weight: float = 1.0) -> Trees:
    """Boosted regression trees on article-centred labels (raw features: trees need no
    centring), leaves scaled to unit spread of the centred predictions, like the parts of
    the ensemble."""
    import lightgbm as lgb  # only this script needs it

    x = np.vstack([f for f, _ in data])
    lab = [r[:, 0] + r2_weight * r[:, 1] for _, r in data]
    y = np.concatenate([v - v.mean() for v in lab])
    booster = lgb.train(GBM_PARAMS, lgb.Dataset(x, y), GBM_ROUNDS)
    trees = trees_from_lightgbm(booster.dump_model())
    pred = [trees.predict(f) for f, _ in data]
    spread = float(np.concatenate([p - p.mean() for p in pred]).std()) or 1.0
    return trees.scaled(1.0 / spread)


def _ensemble_parts(
    data: list[tuple[np.ndarray, np.ndarray]], lam: float, r2_weight: float
) -> tuple[np.ndarray, np.ndarray]:
    """Ridge (lambda ``lam``) and ListNet (L2 0.001), each scaled to unit score spread."""
    x = np.vstack([f - f.mean(axis=0) for f, _ in data])
    parts = [_fit_ridge(data, lam, r2_weight), fit_listnet(data, 0.001, r2_weight, TAU)]
    ridge, listnet = (w / (float((x @ w).std()) or 1.0) for w in parts)
    return ridge, listnet


def fit_listnet(
    data: list[tuple[np.ndarray, np.ndarray]],
    lam: float,
    r2_weight: float = 1.0,
    tau: float = 2.0,
    steps: int = 400,
) -> np.ndarray:
    """ListNet: per article, cross-entropy between softmax(label / tau) over its candidates and
    softmax(score); L2 ``lam``; Adam on standardised features. Raw feature units out."""
    xs = [f - f.mean(axis=0) for f, _ in data]
    x = np.vstack(xs)
    sd = x.std(axis=0) + 1e-9
    z = x / sd
    starts = np.cumsum([0] + [len(f) for f in xs[:-1]])
    seg = np.repeat(np.arange(len(xs)), [len(f) for f in xs])
    target = np.concatenate([_softmax((r[:, 0] + r2_weight * r[:, 1]) / tau) for _, r in data])
    n_lists = len(xs)
    w = np.zeros(z.shape[1])
    m, v = np.zeros_like(w), np.zeros_like(w)
    lr, b1, b2 = 0.05, 0.9, 0.999
    for t in range(1, steps + 1):
        s = z @ w
        s = s - np.maximum.reduceat(s, starts)[seg]
        e = np.exp(s)
        p = e / np.add.reduceat(e, starts)[seg]
        g = z.T @ (p - target) / n_lists + 2 * lam * w
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        w -= lr * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + 1e-8)
    out: np.ndarray = w / sd
    return out


def _softmax(a: np.ndarray) -> np.ndarray:
    e = np.exp(a - a.max())
    out: np.ndarray = e / e.sum()
    return out


def _fit_ridge(
    data: list[tuple[np.ndarray, np.ndarray]], lam: float, r2_weight: float = 1.0
) -> np.ndarray:
    """Ridge on article-centred features and labels (R1 + w R2), in raw feature units."""
    xs = [f - f.mean(axis=0) for f, _ in data]
    lab = [r[:, 0] + r2_weight * r[:, 1] for _, r in data]
    ys = [y - y.mean() for y in lab]
    x, y = np.vstack(xs), np.concatenate(ys)
    sd = x.std(axis=0) + 1e-9
    z = x / sd
    w = np.linalg.solve(z.T @ z + lam * len(y) * np.eye(z.shape[1]), z.T @ y)
    out: np.ndarray = w / sd
    return out


def choose_params(
    data: list[tuple[np.ndarray, np.ndarray]],
    lams: list[float],
    shares: list[float],
    seed: int,
    r2_weight: float = 1.0,
) -> Params:
    """The ridge lambda of ``lams`` (and, for the ensemble, the ridge's share of ``shares``)
    whose picks score best (R1 + R2 of the chosen candidate, mean over articles) in K-fold
    CV over ``data``'s articles; ties go to the larger lambda, then the larger share."""
    if LOSS != "ensemble":
        shares = shares[:1]  # the blend sums its parts at equal spread
    grid = [(lam, share) for lam in sorted(lams, reverse=True) for share in sorted(shares)[::-1]]
    if len(grid) == 1 or LOSS == "trees":  # the trees have no lambda
        return grid[0]
    fold = _folds(len(data), seed + 2000)
    totals = np.zeros(len(grid))
    for k in range(FOLDS):
        train = [d for d, f in zip(data, fold, strict=True) if f != k]
        fits: list[Fit]
        if LOSS in ("ensemble", "blend"):  # ListNet and trees do not depend on lambda
            parts = {lam: _ensemble_parts(train, lam, r2_weight) for lam in lams}
            trees = fit_trees(train, r2_weight) if LOSS == "blend" else None
            fits = [_combine(*parts[lam], share, trees) for lam, share in grid]
        else:
            fits = [fit_reranker(train, params, r2_weight) for params in grid]
        for i in np.where(fold == k)[0]:
            f, r = data[i]
            for g, fit in enumerate(fits):
                totals[g] += float(r[int(np.argmax(value(fit, f)))].sum())
    return grid[int(np.argmax(totals))]  # the first best: larger lambda, larger share


def _training_data(
    items: list[Item], seed: int, fixed: Fixed = None
) -> list[tuple[np.ndarray, np.ndarray]]:
    data = []
    for item, s in zip(items, _oof_scores(items, seed, fixed), strict=True):
        cands, f = _cands(item, s)
        data.append((f, _labels(item, cands)))
    return data


def _pred(item: Item, groups: list[list[int]]) -> str:
    return "\n".join(shown_text(item.ex.doc, j) for g in groups for j in g)


def _paired(a: np.ndarray, b: np.ndarray) -> str:
    d = a - b
    ci = bootstrap_ci(d)
    return ", ".join(
        f"{m} {d[:, j].mean():+.2f} [{ci[0, j]:+.2f}, {ci[1, j]:+.2f}]"
        for j, m in enumerate(("R1", "R2", "RLsum"))
    )


def cross_validate(
    items: list[Item],
    scorer: Any,
    lams: list[float],
    shares: list[float],
    seed: int,
    transfer: Fit | None = None,
    fixed: Fixed = None,
    r2_weight: float = 1.0,
    extra: Data | None = None,
) -> dict[str, np.ndarray]:
    """Out-of-fold ROUGE-1/2/Lsum per article of the reranked and the MMR choices.

    ``extra``: candidates of another language's articles, added to every training fold
    (``--pool-with``)."""
    fold = _folds(len(items), seed)
    rr = np.zeros((len(items), 3))
    mmr = np.zeros((len(items), 3))
    for k in range(FOLDS):
        train = [it for it, f in zip(items, fold, strict=True) if f != k]
        sw, sb = fixed if fixed is not None else _sentence_model(train)
        if transfer is not None:
            fit = transfer
        else:
            data = _training_data(train, seed, fixed) + (extra or [])
            chosen = choose_params(data, lams, shares, seed, r2_weight)
            _log(f"  fold {k}: lam, ridge share {chosen}")
            fit = fit_reranker(data, chosen, r2_weight)
        for i in np.where(fold == k)[0]:
            it = items[i]
            s = it.x @ sw + sb
            cands, f = _cands(it, s)
            best = cands[int(np.argmax(value(fit, f)))]
            groups = [list(range(u.first, u.last + 1)) for u in best]
            ref = it.ex.record.reference
            rr[i] = rouge_f1(scorer, ref, _pred(it, groups))
            pts, _ = choose(it.ex.doc, s, points=POINTS, unit_cost=0.25)
            mmr[i] = rouge_f1(scorer, ref, _pred(it, [list(p.sentences) for p in pts]))
    return {"rerank": rr, "mmr": mmr}


def main(argv: list[str] | None = None) -> int:
    global POOL, LOSS, TAU
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument(
        "--lam",
        type=float,
        nargs="*",
        default=[0.001],
        help="ridge lambda; several: chosen per language by inner CV (per outer fold in CV)",
    )
    ap.add_argument("--seeds", type=int, nargs="*", default=[1, 2, 3, 4])
    ap.add_argument("--languages", nargs="*", default=["en", "ru"])
    ap.add_argument("--write", action="store_true", help="write the rerankers to weights.json")
    ap.add_argument("--gate", choices=["mmr", "targets"], default="mmr")
    ap.add_argument(
        "--sentence-labels",
        nargs="*",
        default=["membership"],
        metavar="[LANG=]LABELS",
        help="membership, rouge or both; per language as en=both ru=membership",
    )
    ap.add_argument(
        "--pool-with",
        nargs="*",
        default=[],
        metavar="LANG=OTHER",
        help="ru=en: ru's reranker is fitted on ru's and en's candidates together",
    )
    ap.add_argument("--pool", type=int, default=POOL, help="best-scored sentences pooled")
    ap.add_argument("--r2-weight", type=float, default=1.0, help="label: R1 + w * R2")
    ap.add_argument(
        "--embeddings",
        type=Path,
        help="DIR with <lang>.npz: per record id, [title, *sentences] unit embeddings; "
        "adds encoder features (experiment only: never written to weights.json)",
    )
    ap.add_argument("--own-sentence-model", nargs="*", default=[], metavar="LANG")
    ap.add_argument(
        "--loss",
        choices=["ridge", "listnet", "ensemble", "blend", "trees"],
        default="ridge",
        help="ridge on centred labels, or listwise softmax (--lam is then its L2); ensemble: "
        "their sum; blend: that sum plus boosted trees (needs lightgbm); trees: those alone",
    )
    ap.add_argument("--tau", type=float, default=2.0, help="listnet: label temperature (x100)")
    ap.add_argument(
        "--ridge-share",
        type=float,
        nargs="*",
        default=[0.5],
        help="ensemble: the ridge's weight (ListNet's is 1 - it); several: chosen by inner CV",
    )
    args = ap.parse_args(argv)
    LOSS, TAU = args.loss, args.tau
    POOL = args.pool
    for spec in args.sentence_labels:
        lang_of, _, labels = spec.rpartition("=")
        if labels not in ("membership", "rouge", "both"):
            ap.error(f"--sentence-labels: {spec!r}")
        SENTENCE_LABELS[lang_of or "*"] = labels
    pool_with = dict(spec.split("=", 1) for spec in args.pool_with)
    items_of: dict[str, list[Item]] = {}
    raw = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    raw.setdefault("rerank", {})
    forests: dict[str, Any] = json.loads(TREES.read_text(encoding="utf-8"))
    meta: dict[str, Any] = {}
    full: dict[str, Fit] = {}
    for lang in args.languages:
        path = args.shared / "data/summarization" / SETS[lang]
        records = sorted(read_records(path), key=lambda r: r.id)
        exs = [build_example(r, lang) for r in records]
        scorer = rouge_scorer(lang)
        tok = scorer._tokenizer.tokenize
        items = [Item(ex, tok, lang) for ex in exs]
        items_of[lang] = items
        if args.embeddings is not None:
            args.write = False
            arrs = np.load(args.embeddings / f"{lang}.npz")
            for it in items:
                e = arrs[it.ex.record.id].astype(np.float64)
                title = e[0] if it.ex.doc.article.title else None
                it.x = np.hstack([it.x, encoder_features(e[1:], title)])
        lead = np.array(
            [
                rouge_f1(scorer, it.ex.record.reference, prediction_text(it.ex.doc, sel, "lead3"))
                for it, sel in ((it, lead_selector(it.ex, 3)) for it in items)
            ]
        )
        shipped = raw["models"].get(lang, raw["models"]["en"])
        fixed: Fixed = None
        own_sentence = lang in args.own_sentence_model
        if shipped.get("from", lang) != lang and not own_sentence:
            # e.g. ru uses the English sentence model
            fixed = (np.asarray(shipped["weights"]), float(shipped["bias"]))
        extra: Data | None = None
        if lang in pool_with:
            other = pool_with[lang]
            if other not in items_of:
                _log(f"{lang}: --pool-with {other} needs {other} earlier in --languages")
                return 2
            # the other language's candidates, scored by its own inner-fold sentence model
            extra = _training_data(items_of[other], 0)
        runs: dict[str, list[dict[str, np.ndarray]]] = {"own": []}
        if "en" in full and lang != "en":
            runs["en"] = []
        for seed in args.seeds:
            res = cross_validate(
                items,
                scorer,
                args.lam,
                args.ridge_share,
                seed,
                fixed=fixed,
                r2_weight=args.r2_weight,
                extra=extra,
            )
            runs["own"].append(res)
            _log(
                f"{lang} seed {seed} own: rerank {res['rerank'].mean(0).round(2)} "
                f"mmr {res['mmr'].mean(0).round(2)} lead {lead.mean(0).round(2)}"
            )
            _log(f"  rerank - lead3: {_paired(res['rerank'], lead)}")
            if "en" in runs:
                t = cross_validate(
                    items,
                    scorer,
                    args.lam,
                    args.ridge_share,
                    seed,
                    full["en"],
                    fixed,
                    args.r2_weight,
                )
                runs["en"].append(t)
                _log(
                    f"{lang} seed {seed} en reranker: {t['rerank'].mean(0).round(2)}; "
                    f"- lead3: {_paired(t['rerank'], lead)}"
                )
        summary: dict[str, Any] = {"lead3": lead.mean(0).round(2).tolist()}
        best_name, best_gain = "", 0.0
        for name, rs in runs.items():
            rer = np.mean([r["rerank"].mean(0) for r in rs], axis=0)
            mmr = np.mean([r["mmr"].mean(0) for r in rs], axis=0)
            summary[f"cv_rerank_{name}"] = rer.round(2).tolist()
            summary["cv_mmr"] = mmr.round(2).tolist()
            gain = rer - lead.mean(0)
            lows = [
                float(bootstrap_ci(r["rerank"] - lead)[0, 0]) for r in rs
            ]  # lower end of the paired CI of the ROUGE-1 gain, per seed
            summary[f"cv_gain_vs_lead3_{name}"] = gain.round(2).tolist()
            summary[f"cv_r1_gain_ci_low_{name}"] = round(min(lows), 2)
            targets = gain[0] >= TARGET[0] and gain[1] >= TARGET[1] and min(lows) > 0
            summary[f"meets_targets_{name}"] = bool(targets)
            beats_mmr = rer[0] > mmr[0] and rer[1] > mmr[1] and gain[0] > 0
            meets = targets if args.gate == "targets" else beats_mmr
            if meets and gain[0] + gain[1] > best_gain:
                best_name, best_gain = name, float(gain[0] + gain[1])
        _log(lang, json.dumps(summary))
        all_data = _training_data(items, 0, fixed) + (extra or [])
        lam_all, share_all = choose_params(all_data, args.lam, args.ridge_share, 0, args.r2_weight)
        _log(f"{lang}: lambda, ridge share for the shipped fit {lam_all}, {share_all}")
        fit_all = fit_reranker(all_data, (lam_all, share_all), args.r2_weight)
        if lang == "en":
            full["en"] = fit_all
        meta[lang] = {
            **summary,
            "shipped": best_name or "none (MMR)",
            "gate": args.gate,
            "sentence_model": "own (inner-fold in CV)" if fixed is None else "shipped",
            "seeds": args.seeds,
        }
        if args.write and best_name:
            w, trees = fit_all if best_name == "own" else full["en"]
            if trees is None:
                forests.pop(lang, None)
            else:
                forests[lang] = trees.to_json()
            raw["rerank"][lang] = {
                "features": list(SET_FEATURES),
                "weights": [round(float(v), 6) for v in w],
                "pool": POOL,
                "lead": LEAD,
                "points": POINTS,
                "lam": lam_all,
                "loss": LOSS,
                **({"tau": TAU} if LOSS != "ridge" else {}),
                **({"ridge_share": share_all} if LOSS == "ensemble" else {}),
                "sentence_labels": _sentence_labels(lang),
                "from": lang if best_name == "own" else "en",
                **({"pooled_with": pool_with[lang]} if lang in pool_with else {}),
                **(
                    {"trees": "trees.json", "gbm": {**GBM_PARAMS, "rounds": GBM_ROUNDS}}
                    if trees is not None
                    else {}
                ),
            }
            if own_sentence and (
                shipped.get("from", lang) != lang or _sentence_labels(lang) != "membership"
            ):
                sw, sb = _sentence_model(items)
                raw["rerank"][lang]["sentence"] = {
                    "weights": [round(float(v), 6) for v in sw],
                    "bias": round(sb, 6),
                }
        elif args.write:
            raw["rerank"].pop(lang, None)
            forests.pop(lang, None)
    if args.write:
        raw.setdefault("meta", {}).setdefault("rerank_cv", {}).update(meta)  # others kept
        WEIGHTS.write_text(json.dumps(raw, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        TREES.write_text(json.dumps(forests, separators=(",", ":")) + "\n", encoding="utf-8")
        _log(f"wrote {WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
