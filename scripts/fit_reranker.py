#!/usr/bin/env python3
"""Fit nutgraf's summary models (``summarize/rerank.py``) and estimate them by nested CV.

    python scripts/fit_reranker.py [--shared ../shared] [--languages en ru] [--seeds 1 2 3]
        [--pool-with ru=en] [--own-repeat 3] [--add ru=ru-news-extra.jsonl] [--max-points 4]
        [--min-points 2] [--no-titles] [--points-lists 3] [--write [--keep-others]]

Per language, on the visible summarization set (titles given: CNN's ``title``, the Russian
headline line):
1. a sentence scorer (logistic regression over ``FEATURES``) on sentence labels: the mean
   of membership (English: in the greedy ROUGE oracle; Russian: in the annotated key spans)
   and the sentence's own ROUGE-1 + ROUGE-2 (scaled to the article's best);
2. candidates: every set of 1..``--max-points`` disjoint units from the pool of the scorer's
   8 best sentences and the first 3 body sentences (``summarize/candidates.py``), labelled
   with their ROUGE-1 + ROUGE-2 F1 against the reference (``points=N`` draws its sets from
   the 12 best, ``--pool-points``: the model is fitted on the pool of 8 and applied to both,
   and, per article and each N of ``--points-lists``, on a list of its own of the sets of
   exactly N points drawn from the wider pool, the sets ``points=N`` ranks);
3. the reranker: the sum of a ridge regression on article-centred features and labels, a
   listwise softmax (ListNet) and LightGBM regression trees (shipped as arrays, evaluated
   with numpy), each scaled to unit spread of its centred values.

Nested CV: 5 outer folds over articles; a training fold's candidates are pooled with
sentence scores from inner-fold scorers (out-of-fold, as on unseen articles), the test
fold's with the scorer fitted on the whole training fold. Test articles are summarized by
the package's own ``rerank.best`` with the fold's model, for the default summary (length
chosen per article) and for ``points=3``, and scored with rouge-score beside Lead-3, with
the paired 95% bootstrap CI of the gain. ``--write`` writes the models fitted on all
articles to ``weights.json`` / ``trees.json`` with the CV figures in ``meta``; with
``--keep-others`` the languages not fitted keep the models they shipped with.
``--pool-with ru=en``: each Russian training fold also gets every English article's
candidates (60 Russian articles are too few for the trees alone); ``--own-repeat N`` counts
a pooled language's own candidates N times, so that 500 English articles do not outweigh
its own (chosen by leaving one Russian source out at a time: the model must carry to a
source it has not seen).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from collections import Counter
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

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
from nutgraf.summarize.features import FEATURES, features
from nutgraf.summarize.points import shown_text
from nutgraf.summarize.prepare import Prepared, prepare
from nutgraf.summarize.rerank import SET_FEATURES, Reranker, best, candidates
from nutgraf.summarize.trees import Trees, trees_from_lightgbm

ROOT = Path(__file__).resolve().parents[1]
WEIGHTS = ROOT / "src/nutgraf/summarize/weights.json"
TREES = ROOT / "src/nutgraf/summarize/trees.json"
SETS = {"en": "cnndm-validation.jsonl", "ru": "ru-news-visible.jsonl"}
FOLDS = 5
POOL, LEAD = 8, 3
POOL_POINTS = 12  # best-scored sentences pooled for points=N (issue 12)
POINTS_LISTS: tuple[int, ...] = (3,)  # points=N whose candidate lists are fitted on too (issue 12)
MAX_POINTS_N = 6  # the most points a summary of one size has (rerank.py)
SENTENCE_L2 = 0.001
RIDGE_LAMBDA = 0.003
LISTNET_TAU, LISTNET_L2, LISTNET_STEPS = 1.0, 0.001, 400
# The trees: small, with strong leaf and row limits, fixed before any tuning.
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
PARTS = ("ridge", "listnet", "trees")
MIN_POINTS_BODY = 6  # a body of this many sentences gets at least --min-points points


def _log(*parts: object) -> None:
    sys.stderr.write(" ".join(str(p) for p in parts) + "\n")


# --- data --------------------------------------------------------------------------------


def _ngrams(t: list[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(t[i : i + n]) for i in range(len(t) - n + 1))


def _f(p: Counter[tuple[str, ...]], r: Counter[tuple[str, ...]]) -> float:
    hit = sum((p & r).values())
    if not hit:
        return 0.0
    a, b = hit / sum(p.values()), hit / sum(r.values())
    return 2 * a * b / (a + b)


class Item:
    """One article: its prepared document, sentence features and labels, ROUGE tokens."""

    def __init__(self, ex: Example, tok: Any, lang: str) -> None:
        self.ex = ex
        self.lang = lang
        self.file = ""  # the data file it came from (the CV is also reported per file)
        self.prep: Prepared = prepare(ex.doc)
        self.x = features(self.prep)
        n = len(ex.doc.sentences)
        self.toks = [tok(shown_text(ex.doc, j, self.prep.body)) for j in range(n)]
        ref = tok(ex.record.reference)
        self.r1, self.r2 = _ngrams(ref, 1), _ngrams(ref, 2)
        gold = self._oracle() if lang == "en" else key_sentences(ex)
        member = np.zeros(n)
        member[sorted(gold)] = 1.0
        own = np.array([sum(self.rouge12([j])) for j in range(n)])
        own = own / max(float(own.max()), 1e-9)
        self.y = (member + own) / 2

    def rouge12(self, sents: list[int]) -> tuple[float, float]:
        """ROUGE-1 and ROUGE-2 F1 x100 of the sentences ``sents`` (fast, same tokens)."""
        t = [w for j in sorted(sents) for w in self.toks[j]]
        return 100 * _f(_ngrams(t, 1), self.r1), 100 * _f(_ngrams(t, 2), self.r2)

    def _oracle(self, max_sents: int = 4) -> set[int]:
        """Greedy ROUGE-1+2 oracle: add the sentence that helps most until none helps."""
        chosen: list[int] = []
        top = 0.0
        while len(chosen) < max_sents:
            pick = None
            for i in range(len(self.toks)):
                if i not in chosen and (v := sum(self.rouge12([*chosen, i]))) > top:
                    top, pick = v, i
            if pick is None:
                break
            chosen.append(pick)
        return set(chosen)


def load_items(
    shared: Path, lang: str, titles: bool, added: tuple[Path, ...] = ()
) -> tuple[list[Item], Any, np.ndarray]:
    """The language's articles (its visible set and any ``added`` files) as Items, its ROUGE
    scorer and Lead-3's ROUGE per article."""
    files = (shared / "data/summarization" / SETS[lang], *added)
    records = sorted(((r, f.name) for f in files for r in read_records(f)), key=lambda rf: rf[0].id)
    scorer = rouge_scorer(lang)
    tok = scorer._tokenizer.tokenize
    items = [Item(build_example(r, lang, titles=titles), tok, lang) for r, _ in records]
    for it, (_, name) in zip(items, records, strict=True):
        it.file = name
    lead = np.array(
        [
            rouge_f1(scorer, it.ex.record.reference, prediction_text(it.ex.doc, sel, "lead3"))
            for it, sel in ((it, lead_selector(it.ex, 3)) for it in items)
        ]
    )
    return items, scorer, lead


# --- the sentence scorer ----------------------------------------------------------------


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


def sentence_model(items: list[Item]) -> np.ndarray:
    """Logistic regression on standardised sentence features; weights in raw units, the
    bias folded into the bias column."""
    x = np.vstack([it.x for it in items])
    y = np.concatenate([it.y for it in items])
    mean, std = x.mean(axis=0), x.std(axis=0)
    mean[0], std[0] = 0.0, 1.0
    std[std == 0] = 1.0
    w = fit_logistic((x - mean) / std, y, SENTENCE_L2) / std
    w[0] -= float(w @ mean)
    return w


def _folds(n: int, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).permutation(n) % FOLDS


def oof_sentence_scores(items: list[Item], seed: int) -> list[np.ndarray]:
    """Each article's sentence scores from a scorer fitted on the other inner folds."""
    fold = _folds(len(items), seed + 1000)
    out: list[np.ndarray] = [np.zeros(0)] * len(items)
    for k in range(FOLDS):
        w = sentence_model([it for it, f in zip(items, fold, strict=True) if f != k])
        for i in np.where(fold == k)[0]:
            out[i] = items[i].x @ w
    return out


# --- the reranker -----------------------------------------------------------------------

Data = list[tuple[np.ndarray, np.ndarray]]  # per article: set features, R1 + R2 labels


def training_data(
    items: list[Item],
    scores: list[np.ndarray],
    sizes: range,
    points_lists: tuple[int, ...] = (),
    pool_points: int = POOL_POINTS,
) -> Data:
    """Candidates of ``sizes`` points of each article, their set features and labels; and
    for each N of ``points_lists`` a list of its own: the sets of exactly N points that
    ``points=N`` chooses from (the ``pool_points`` best sentences), so that the model also
    learns to rank the sets it is asked to rank there."""
    data: Data = []
    for it, s in zip(items, scores, strict=True):
        lists = [candidates(it.prep, it.x, s, sizes, pool_size=POOL, lead=LEAD)]
        lists += [
            candidates(it.prep, it.x, s, range(n, n + 1), pool_size=pool_points or POOL, lead=LEAD)
            for n in points_lists
        ]
        for cands in lists:
            labels = np.array(
                [
                    sum(it.rouge12([j for u in cands.chosen(k) for j in u.sentences]))
                    for k in range(len(cands))
                ]
            )
            if len(cands):
                data.append((cands.features, labels))
    return data


def fit_ridge(data: Data) -> np.ndarray:
    """Ridge on article-centred features and labels, in raw feature units."""
    x = np.vstack([f - f.mean(axis=0) for f, _ in data])
    y = np.concatenate([v - v.mean() for _, v in data])
    sd = x.std(axis=0) + 1e-9
    z = x / sd
    w = np.linalg.solve(z.T @ z + RIDGE_LAMBDA * len(y) * np.eye(z.shape[1]), z.T @ y)
    out: np.ndarray = w / sd
    return out


def fit_listnet(data: Data) -> np.ndarray:
    """ListNet: per article, cross-entropy between softmax(label / tau) and softmax(score)
    over its candidates; L2; Adam on standardised features. Raw feature units out."""
    xs = [f - f.mean(axis=0) for f, _ in data]
    x = np.vstack(xs)
    sd = x.std(axis=0) + 1e-9
    z = x / sd
    starts = np.cumsum([0] + [len(f) for f in xs[:-1]])
    seg = np.repeat(np.arange(len(xs)), [len(f) for f in xs])
    target = np.concatenate([_softmax(v / LISTNET_TAU) for _, v in data])
    w = np.zeros(z.shape[1])
    m, v2 = np.zeros_like(w), np.zeros_like(w)
    lr, b1, b2 = 0.05, 0.9, 0.999
    for t in range(1, LISTNET_STEPS + 1):
        s = z @ w
        s = s - np.maximum.reduceat(s, starts)[seg]
        e = np.exp(s)
        p = e / np.add.reduceat(e, starts)[seg]
        g = z.T @ (p - target) / len(xs) + 2 * LISTNET_L2 * w
        m = b1 * m + (1 - b1) * g
        v2 = b2 * v2 + (1 - b2) * g * g
        w -= lr * (m / (1 - b1**t)) / (np.sqrt(v2 / (1 - b2**t)) + 1e-8)
    out: np.ndarray = w / sd
    return out


def _softmax(a: np.ndarray) -> np.ndarray:
    e = np.exp(a - a.max())
    out: np.ndarray = e / e.sum()
    return out


def fit_trees(data: Data) -> Trees:
    """Boosted regression trees on article-centred labels (raw features)."""
    import lightgbm as lgb  # only this script needs it

    x = np.vstack([f for f, _ in data])
    y = np.concatenate([v - v.mean() for _, v in data])
    params = {k: v for k, v in GBM_PARAMS.items() if k != "rounds"}
    booster = lgb.train(params, lgb.Dataset(x, y), int(GBM_PARAMS.get("rounds", GBM_ROUNDS)))
    return trees_from_lightgbm(booster.dump_model())


def _spread(data: Data, values: list[np.ndarray]) -> float:
    return float(np.concatenate([v - v.mean() for v in values]).std()) or 1.0


def fit_reranker(data: Data, parts: tuple[str, ...]) -> tuple[np.ndarray, Trees | None]:
    """The linear weights and trees of the sum of ``parts``, each at unit spread."""
    w = np.zeros(data[0][0].shape[1])
    trees = None
    for part in parts:
        if part == "trees":
            t = fit_trees(data)
            trees = t.scaled(1.0 / _spread(data, [t.predict(f) for f, _ in data]))
        else:
            v = fit_ridge(data) if part == "ridge" else fit_listnet(data)
            w = w + v / _spread(data, [f @ v for f, _ in data])
    return w, trees


def make_reranker(
    w: np.ndarray,
    trees: Trees | None,
    sentence: np.ndarray,
    max_points: int,
    min_points: int = 1,
    pool_points: int = POOL_POINTS,
) -> Reranker:
    return Reranker(
        tuple(float(v) for v in w),
        tuple(float(v) for v in sentence),
        POOL,
        LEAD,
        max_points,
        trees,
        min_points,
        MIN_POINTS_BODY,
        pool_points,
    )


# --- CV ---------------------------------------------------------------------------------


def summarize_with(model: Reranker, it: Item, sizes: range) -> tuple[str, int]:
    """The summary ``model`` makes of ``it`` (one sentence per line) and its point count."""
    chosen = best(it.prep, it.x, sizes, model) or []
    body = it.prep.body
    return "\n".join(shown_text(it.ex.doc, j, body) for u in chosen for j in u.sentences), len(
        chosen
    )


def cross_validate(
    items: list[Item],
    scorer: Any,
    seed: int,
    max_points: int,
    min_points: int,
    parts: tuple[str, ...],
    extra: Data,
    repeat: int = 1,
    fold: np.ndarray | None = None,
    pool_points: int = POOL_POINTS,
    points_lists: tuple[int, ...] = (),
) -> dict[str, np.ndarray]:
    """Out-of-fold ROUGE-1/2/Lsum per article: the default summary and points=3; and the
    default summary's length in words and points. ``fold``: each article's fold (default:
    ``FOLDS`` random folds; one fold per data file scores each file by a model that never
    saw its source). ``points3_pool``: points=3 drawn from the default summary's pool."""
    fold = _folds(len(items), seed) if fold is None else fold
    out = {k: np.zeros((len(items), 3)) for k in ("default", "points3", "points3_pool")}
    out["words"] = np.zeros((len(items), 2))
    sizes = range(1, max_points + 1)
    for k in np.unique(fold):
        train = [it for it, f in zip(items, fold, strict=True) if f != k]
        scores = oof_sentence_scores(train, seed)
        data = training_data(train, scores, sizes, points_lists, pool_points) * repeat + extra
        w, trees = fit_reranker(data, parts)
        model = make_reranker(w, trees, sentence_model(train), max_points, min_points, pool_points)
        for i in np.where(fold == k)[0]:
            it = items[i]
            ref = it.ex.record.reference
            pred, n_points = summarize_with(model, it, model.default_sizes(it.prep))
            out["default"][i] = rouge_f1(scorer, ref, pred)
            out["words"][i] = (len(pred.split()), n_points)
            out["points3"][i] = rouge_f1(scorer, ref, summarize_with(model, it, range(3, 4))[0])
            # points=3 from the default summary's pool, for comparison (the same model)
            narrow = dataclasses.replace(model, pool_points=0)
            pred = summarize_with(narrow, it, range(3, 4))[0]
            out["points3_pool"][i] = rouge_f1(scorer, ref, pred)
    return out


def _gain(a: np.ndarray, lead: np.ndarray) -> dict[str, Any]:
    d = a - lead
    ci = bootstrap_ci(d)
    return {
        "rouge": a.mean(0).round(2).tolist(),
        "gain": d.mean(0).round(2).tolist(),
        "r1_ci95": [round(float(ci[0, 0]), 2), round(float(ci[1, 0]), 2)],
    }


def _gains_by_file(
    runs: list[dict[str, np.ndarray]], at: np.ndarray, lead: np.ndarray
) -> dict[str, dict[str, list[float]]]:
    """Per data file (``at``: each article's file), the gain over Lead-3 of the default
    summary and points=3, averaged over ``runs`` (one per seed)."""
    return {
        f: {
            name: np.mean([_gain(r[name][at == f], lead[at == f])["gain"] for r in runs], axis=0)
            .round(2)
            .tolist()
            for name in ("default", "points3")
        }
        for f in sorted(set(at.tolist()))
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--languages", nargs="*", default=["en", "ru"])
    ap.add_argument("--seeds", type=int, nargs="*", default=[1, 2, 3])
    ap.add_argument("--max-points", type=int, default=4, help="a default summary's most points")
    ap.add_argument(
        "--min-points",
        type=int,
        default=2,
        help=f"a default summary's fewest points when the body has {MIN_POINTS_BODY}+ sentences",
    )
    ap.add_argument("--parts", nargs="*", default=list(PARTS), choices=PARTS)
    ap.add_argument("--pool-with", nargs="*", default=[], metavar="LANG=OTHER")
    ap.add_argument(
        "--own-repeat",
        type=int,
        default=1,
        help="a pooled language's own candidates count this many times",
    )
    ap.add_argument("--no-titles", action="store_true", help="fit and score without titles")
    ap.add_argument(
        "--add",
        nargs="*",
        default=[],
        metavar="LANG=FILE",
        help="more articles of the same form for a language (a path, or a name under "
        "SHARED/data/summarization), e.g. ru=ru-news-extra.jsonl",
    )
    ap.add_argument(
        "--gbm",
        nargs="*",
        default=[],
        metavar="KEY=VALUE",
        help="override a LightGBM parameter (rounds=150 max_depth=3 ...), for experiments",
    )
    ap.add_argument(
        "--leave-file-out",
        action="store_true",
        help="also score each data file of a language by a model fitted on its other files",
    )
    ap.add_argument("--write", action="store_true", help="write weights.json and trees.json")
    ap.add_argument(
        "--pool-points",
        type=int,
        default=POOL_POINTS,
        help="best-scored sentences pooled for a summary of one size (points=N); 0: as the "
        f"default summary ({POOL})",
    )
    ap.add_argument(
        "--points-lists",
        type=int,
        nargs="*",
        default=list(POINTS_LISTS),
        metavar="N",
        help="also fit on the candidates of points=N, a list per article and N (default: "
        f"{' '.join(map(str, POINTS_LISTS)) or 'none'})",
    )
    ap.add_argument(
        "--keep-others",
        action="store_true",
        help="with --write: languages not in --languages keep their shipped models",
    )
    args = ap.parse_args(argv)
    if any(n < 1 or n > MAX_POINTS_N for n in args.points_lists):
        ap.error(f"--points-lists {args.points_lists}: each from 1 to {MAX_POINTS_N}")
    if args.pool_points < 0:
        ap.error(f"--pool-points {args.pool_points}: a count of sentences, 0 or more")
    for spec in args.gbm:
        key, _, value = spec.partition("=")
        GBM_PARAMS[key] = int(value) if value.lstrip("-").isdigit() else float(value)
    data_dir = args.shared / "data/summarization"
    if not data_dir.is_dir():
        _log(f"{data_dir}: not found (the visible summarization sets); nothing to fit")
        return 2
    if args.own_repeat < 1:
        _log(f"--own-repeat {args.own_repeat}: must be 1 or more")
        return 2
    parts = tuple(args.parts)
    pool_with = dict(spec.split("=", 1) for spec in args.pool_with)
    sizes = range(1, args.max_points + 1)
    lists = tuple(args.points_lists)
    items_of: dict[str, list[Item]] = {}
    out_weights: dict[str, Any] = {}
    out_trees: dict[str, Any] = {}
    meta: dict[str, Any] = {}
    added: dict[str, list[Path]] = {}
    for spec in args.add:
        lang, _, name = spec.partition("=")
        path = Path(name) if Path(name).is_file() else data_dir / name
        if not path.is_file():
            _log(f"--add {spec}: {path} not found")
            return 2
        added.setdefault(lang, []).append(path)
    for lang in args.languages:
        items, scorer, lead = load_items(
            args.shared, lang, not args.no_titles, tuple(added.get(lang, ()))
        )
        items_of[lang] = items
        extra: Data = []
        if lang in pool_with:
            other = items_of.get(pool_with[lang])
            if other is None:
                _log(f"--pool-with {lang}={pool_with[lang]} needs {pool_with[lang]} first")
                return 2
            extra = training_data(
                other, oof_sentence_scores(other, 0), sizes, lists, args.pool_points
            )
        report: dict[str, Any] = {"n": len(items), "lead3": lead.mean(0).round(2).tolist()}
        repeat = args.own_repeat if extra else 1

        estimate = partial(
            cross_validate,
            items,
            scorer,
            max_points=args.max_points,
            min_points=args.min_points,
            parts=parts,
            extra=extra,
            repeat=repeat,
            pool_points=args.pool_points,
            points_lists=lists,
        )
        runs = [estimate(seed=s) for s in args.seeds]
        for name in ("default", "points3", "points3_pool"):
            per_seed = [_gain(r[name], lead) for r in runs]
            report[name] = {
                "rouge": np.mean([p["rouge"] for p in per_seed], axis=0).round(2).tolist(),
                "gain": np.mean([p["gain"] for p in per_seed], axis=0).round(2).tolist(),
                "r1_ci95_low_min": min(p["r1_ci95"][0] for p in per_seed),
            }
        at = np.array([it.file for it in items])
        files = sorted(set(at.tolist()))
        if len(files) > 1:
            report["by_file"] = _gains_by_file(runs, at, lead)
        if args.leave_file_out and len(files) > 1:
            by_source = np.unique(at, return_inverse=True)[1]
            left = [estimate(seed=s, fold=by_source) for s in args.seeds]
            report["file_left_out"] = _gains_by_file(left, at, lead)
        words = np.mean([r["words"].mean(0) for r in runs], axis=0)
        report["default_words_points"] = words.round(2).tolist()
        _log(lang, json.dumps(report))
        meta[lang] = report
        if args.write:
            scores = oof_sentence_scores(items, 0)
            data = training_data(items, scores, sizes, lists, args.pool_points) * repeat + extra
            w, trees = fit_reranker(data, parts)
            out_weights[lang] = {
                "weights": [round(float(v), 8) for v in w],
                "sentence_weights": [round(float(v), 8) for v in sentence_model(items)],
                "pool": POOL,
                "pool_points": args.pool_points,
                "lead": LEAD,
                "max_points": args.max_points,
                "min_points": args.min_points,
                "min_points_body": MIN_POINTS_BODY,
                "points_lists": list(lists),
                **({"pooled_with": pool_with[lang], "own_repeat": repeat} if extra else {}),
            }
            if trees is not None:
                out_trees[lang] = trees.to_json()
    if args.write and args.keep_others:
        # the languages not fitted now keep the models (and CV figures) they shipped with
        shipped = json.loads(WEIGHTS.read_text(encoding="utf-8"))
        shipped_trees = json.loads(TREES.read_text(encoding="utf-8"))
        for lang, entry in shipped["rerank"].items():
            if lang not in out_weights:
                # the set features it was fitted on: later ones get no weight (models.py)
                entry.setdefault("set_features", shipped["set_features"])
                out_weights[lang] = entry
                if lang in shipped_trees:
                    out_trees[lang] = shipped_trees[lang]
                if lang in shipped["meta"].get("cv", {}):
                    meta[lang] = shipped["meta"]["cv"][lang]
    if args.write:
        raw = {
            "features": list(FEATURES),
            "set_features": list(SET_FEATURES),
            "rerank": out_weights,
            "meta": {
                "script": "scripts/fit_reranker.py " + " ".join(argv or sys.argv[1:]),
                "date": dt.date.today().isoformat(),
                "parts": list(parts),
                "gbm": {"rounds": GBM_ROUNDS, **GBM_PARAMS},
                "cv": meta,
            },
        }
        WEIGHTS.write_text(json.dumps(raw, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        TREES.write_text(json.dumps(out_trees, separators=(",", ":")) + "\n", encoding="utf-8")
        _log(f"wrote {WEIGHTS} and {TREES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
