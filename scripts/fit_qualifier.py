"""Check the qualifier detector (``nutgraf.summarize.qualify``) on labelled pairs, held out.

Pairs (claim A, next sentence B, label: does B qualify A?):

- real pairs, labelled by hand, from the evaluation articles in ``DATA``
  (``cnndm-validation.jsonl``, ``ru-news-visible.jsonl``): committed as references only
  (``scripts/qualifier_labels.jsonl``: record id, character spans of A and B in the record's
  ``article``, label); the text is read from ``DATA``. Articles are split by a hash of their
  id, fixed before any fitting: 30% of articles are held out (``test``), never tuned on.
- invented pairs written for the project (``tests/summarize/qualifier_pairs.json``), split
  ``tune``/``test`` in the file (every third of each language, kind and label is test);
- the 42 hedge cases of ``tests/summarize/hedge_cases.json`` (all positives; tune).

Reported on each part: the shipped detector (hand-set signals), today's cue lists as they
were before it (``--baseline``: run on a checkout of main), and, for comparison, a logistic
model fitted over the same signals plus reference and length features on the tune part
(L2 strength and threshold by 5-fold cross-validation on tune only). The logistic model is
not shipped unless it beats the signals on the held-out parts.

Usage:
    python scripts/fit_qualifier.py [--data ../shared/data/summarization] [--baseline]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

try:
    from nutgraf.summarize.qualify import (
        SIGNALS,
        Profile,
        anchored,
        profile,
        qualifies_claim,
        signals,
    )
except ImportError:  # --baseline on a checkout from before the detector
    SIGNALS = ()

FloatArray = npt.NDArray[np.float64]
ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "scripts" / "qualifier_labels.jsonl"
PAIRS = ROOT / "tests" / "summarize" / "qualifier_pairs.json"
HEDGES = ROOT / "tests" / "summarize" / "hedge_cases.json"
SETS = {"cnndm": ("cnndm-validation.jsonl", "en"), "ru-news": ("ru-news-visible.jsonl", "ru")}
TEST_SHARE = 3  # of 10 hash buckets
LAMBDAS = (0.1, 0.3, 1.0, 3.0, 10.0)


@dataclass(frozen=True)
class Pair:
    """One labelled pair; ``group`` keeps an article's pairs in one fold."""

    claim: str
    text: str
    lang: str
    label: int
    source: str  # real / invented / hedge
    split: str  # tune / test
    group: str


def say(*parts: object) -> None:
    """A line of the report (scripts write to stdout; ``print`` is kept to the CLI)."""
    sys.stdout.write(" ".join(str(p) for p in parts) + "\n")


def held_out(record_id: str) -> bool:
    """Whether an article is in the held-out part (by a hash of its id, fixed in advance)."""
    return int(hashlib.sha1(record_id.encode()).hexdigest(), 16) % 10 < TEST_SHARE


def real_pairs(data: Path) -> list[Pair]:
    """The hand-labelled pairs, their text read from the data set files."""
    articles: dict[str, str] = {}
    for name, (file, _lang) in SETS.items():
        for line in (data / file).read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                articles[f"{name}/{rec['id']}"] = rec["article"]
    out = []
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        art = articles[f"{r['set']}/{r['id']}"]
        claim, text = art[r["a"][0] : r["a"][1]], art[r["b"][0] : r["b"][1]]
        if not claim.strip() or not text.strip():
            raise SystemExit(f"{r['set']}/{r['id']}: empty span: is this the right data set?")
        split = "test" if held_out(r["id"]) else "tune"
        lang = SETS[r["set"]][1]
        out.append(Pair(claim, text, lang, int(r["label"]), "real", split, r["id"]))
    return out


def invented_pairs() -> list[Pair]:
    """The project's own pairs and the 42 hedge cases."""
    out = [
        Pair(p["claim"], p["text"], p["lang"], int(p["label"]), "invented", p["split"], f"i{k}")
        for k, p in enumerate(json.loads(PAIRS.read_text(encoding="utf-8")))
    ]
    for k, c in enumerate(json.loads(HEDGES.read_text(encoding="utf-8"))):
        out.append(Pair(c["claim"], c["qualifier"], c["lang"], 1, "hedge", "tune", f"h{k}"))
    return out


FEATURES = (*SIGNALS, "anchored", "leans", "shared", "short", "long", "claim_plan", "lang_ru")


def pair_features(a: Profile, b: Profile, lang: str) -> FloatArray:
    sig = signals(a, b)
    return np.array(
        [
            *(float(sig[k]) for k in SIGNALS),
            float(anchored(a, b)),
            float(b.leans),
            min(len(a.content & b.content), 3) / 3.0,
            float(b.n_words <= 14),
            float(b.n_words >= 35),
            float("plan" in a.kinds or a.future),
            float(lang == "ru"),
        ]
    )


def matrix(pairs: Sequence[Pair]) -> FloatArray:
    rows = []
    for p in pairs:
        a, b = profile(p.claim, p.lang), profile(p.text, p.lang)
        assert a is not None and b is not None
        rows.append(pair_features(a, b, p.lang))
    return np.vstack(rows)


def fit_logistic(
    x: FloatArray, y: FloatArray, lam: float, w: FloatArray
) -> tuple[FloatArray, float]:
    """L2-regularised logistic regression (bias unpenalised) by Newton's method."""
    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    beta = np.zeros(d + 1)
    pen = np.full(d + 1, lam)
    pen[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(xb @ beta)))
        grad = xb.T @ (w * (p - y)) + pen * beta
        hess = (xb * (w * p * (1 - p))[:, None]).T @ xb + np.diag(pen + 1e-9)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta[:-1], float(beta[-1])


def sample_weights(pairs: Sequence[Pair]) -> FloatArray:
    """Each language and source weighs the same in total, positives and negatives apart."""
    keys = [(p.lang, p.source == "real", p.label) for p in pairs]
    counts: dict[tuple[str, bool, int], int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    return np.array([1.0 / counts[k] for k in keys]) * len(keys) / len(counts)


def f_score(y: FloatArray, pred: FloatArray, beta: float = 1.0) -> float:
    tp = float((pred * y).sum())
    if tp == 0:
        return 0.0
    prec, rec = tp / pred.sum(), tp / y.sum()
    return (1 + beta**2) * prec * rec / (beta**2 * prec + rec)


def cross_validate(pairs: Sequence[Pair], x: FloatArray) -> tuple[float, float]:
    """(lambda, threshold) with the best out-of-fold F1 on the tune pairs (5 folds by group)."""
    y = np.array([p.label for p in pairs], dtype=float)
    folds = np.array([int(hashlib.sha1(p.group.encode()).hexdigest(), 16) % 5 for p in pairs])
    best = (-1.0, LAMBDAS[0], 0.5)
    for lam in LAMBDAS:
        oof = np.zeros(len(pairs))
        for f in range(5):
            tr, te = folds != f, folds == f
            w, b = fit_logistic(
                x[tr], y[tr], lam, sample_weights([pairs[i] for i in np.where(tr)[0]])
            )
            oof[te] = 1.0 / (1.0 + np.exp(-(x[te] @ w + b)))
        for t in np.arange(0.2, 0.9, 0.025):
            f1 = f_score(y, (oof >= t).astype(float))
            if f1 > best[0]:
                best = (f1, lam, float(t))
    say(f"CV on tune: F1 {best[0]:.3f} at lambda {best[1]}, threshold {best[2]:.3f}")
    return best[1], best[2]


def report(name: str, pairs: Sequence[Pair], predict: Callable[[Pair], bool]) -> dict[str, float]:
    """Precision and recall of ``predict`` on ``pairs``; printed as one line."""
    y = np.array([p.label for p in pairs], dtype=float)
    pred = np.array([predict(p) for p in pairs], dtype=float)
    tp = float((y * pred).sum())
    prec = tp / pred.sum() if pred.sum() else float("nan")
    rec = tp / y.sum() if y.sum() else float("nan")
    say(
        f"{name:<34} n={len(pairs):4d} pos={int(y.sum()):3d} predicted={int(pred.sum()):3d} "
        f"precision={prec:6.3f} recall={rec:6.3f}"
    )
    return {"n": len(pairs), "pos": int(y.sum()), "precision": prec, "recall": rec}


def parts(pairs: Sequence[Pair]) -> dict[str, list[Pair]]:
    out: dict[str, list[Pair]] = {}
    for p in pairs:
        for lang in (p.lang, "all"):
            out.setdefault(
                f"{p.split} {p.source if p.source != 'hedge' else 'invented'} {lang}", []
            )
            out[f"{p.split} {p.source if p.source != 'hedge' else 'invented'} {lang}"].append(p)
    return dict(sorted(out.items()))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/summarization")
    ap.add_argument(
        "--baseline", action="store_true", help="report cues.qualifies only (run on main)"
    )
    args = ap.parse_args(argv)
    if not all((args.data / f).is_file() for f, _ in SETS.values()):
        say(f"skipped: the labelled articles are not in {args.data} (give --data DIR)")
        return 0
    pairs = real_pairs(args.data) + invented_pairs()
    groups = parts(pairs)
    if args.baseline:
        from nutgraf.summarize.qualify import qualifies

        say("-- cues.qualifies of this checkout --")
        for name, part in groups.items():
            report(name, part, lambda p: qualifies(p.text, p.lang, p.claim))
        return 0
    say("-- shipped detector (signals) --")
    for name, part in groups.items():
        report(name, part, lambda p: qualifies_claim(p.claim, p.text, p.lang))
    tune = [p for p in pairs if p.split == "tune"]
    x = matrix(tune)
    lam, threshold = cross_validate(tune, x)
    y = np.array([p.label for p in tune], dtype=float)
    w, b = fit_logistic(x, y, lam, sample_weights(tune))
    for name, wt in sorted(zip(FEATURES, w, strict=True), key=lambda t: -abs(t[1])):
        say(f"  {name:<20} {wt:+.2f}")
    say("-- logistic over the signals (fitted on tune; not shipped) --")
    for name, part in groups.items():
        xs = matrix(part)
        prob = 1.0 / (1.0 + np.exp(-(xs @ w + b)))
        verdict = dict(zip(map(id, part), prob >= threshold, strict=True))
        report(name, part, lambda p, v=verdict: bool(v[id(p)]))  # type: ignore[misc]
    return 0


if __name__ == "__main__":
    sys.exit(main())
