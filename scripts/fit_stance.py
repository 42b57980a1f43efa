"""Fit the learned stance model read after the lead (``nutgraf.summarize.qualify.learned``).

Pairs (claim A, sentence B after it, label: does B qualify A?):

- the project's articles (``tests/summarize/qualifier_*.json`` sets, the original and
  held-out articles): the lead claim with each of the two sentences after it, labelled 1 for
  the article's qualifier and 0 otherwise (controls, and the ordinary detail between);
- the project's pairs (``qualifier_pairs*.json``) and the 42 hedge cases;
- with ``--data`` (the shared summarization sets): the hand-labelled real pairs of
  ``scripts/qualifier_labels.jsonl`` and every article's lead with the two sentences after
  it (label 0: most follow-ups do not qualify the lead; the few that do make the model
  cautious, which is the side ROUGE wants). Articles alternate between a fit half and a
  measured half; only the fit half is fitted on.

An L2 logistic regression over ``learned.features`` (features seen at least twice),
qualifiers weighted ``--positive-weight``. The report gives, on the measured half and on the
sets named by ``--hold-out`` (not fitted on), how many pairs the rules flag, and how many the
rules or the model flag at the threshold. ``--write`` writes ``stance_model.json``.

``--leave-sets-out 20 59`` scores those fresh sets in five folds, each by a model fitted
without it, beside the shipped model (the estimate in docs/benchmarks.md).

Usage:
    python scripts/fit_stance.py --data ../shared/data/summarization [--hold-out 16] [--write]
    python scripts/fit_stance.py --data ../shared/data/summarization --leave-sets-out 20 59
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
from scipy.optimize import minimize  # scipy: in the test extra (lightgbm needs it)
from scipy.sparse import csr_matrix

from nutgraf.analyse.sentences import split_sentences
from nutgraf.evaluate import build_example, loaded_view, read_records
from nutgraf.summarize.prepare import body_start
from nutgraf.summarize.qualify import (
    across,
    decide,
    profile,
    qualifies_claim,
    qualifies_lead_across,
)
from nutgraf.summarize.qualify.learned import decides, features

sys.path.insert(0, str(Path(__file__).resolve().parent))
# the labelled real pairs, the evaluation sets and the report's lines, as the rules' script
from fit_qualifier import LABELS, SETS, say

FloatArray = npt.NDArray[np.float64]
ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests" / "summarize"
OUT = ROOT / "src" / "nutgraf" / "summarize" / "qualify" / "stance_model.json"
PAIR_FILES = (
    "qualifier_pairs",
    "qualifier_pairs_after_lead",
    "qualifier_pairs_after_reading",
    "qualifier_pairs_round10",
    "qualifier_pairs_round12",
    "qualifier_pairs_across",
)


@dataclass(frozen=True)
class Pair:
    claim: str
    text: str
    lang: str
    label: int
    group: str  # where it comes from (a set, a file, a half of the evaluation articles)
    pos: int  # 1: right after the claim, 2: two sentences on
    between: str | None = None


def article_pairs(path: Path, group: str) -> Iterator[Pair]:
    for art in json.loads(path.read_text(encoding="utf-8")):
        lang = art["lang"]
        sents = [s.text for s in split_sentences("\n\n".join(art["paragraphs"]), lang)]
        ci = next((k for k, s in enumerate(sents) if art["claim"] in s or s in art["claim"]), None)
        qi = next((k for k, s in enumerate(sents) if art["qualifier"] in s), None)
        if ci is None:
            continue
        for k in range(ci + 1, min(ci + 3, len(sents))):
            label = int(k == qi and not art.get("control", False))
            between = sents[ci + 1] if k == ci + 2 else None
            yield Pair(sents[ci], sents[k], lang, label, group, k - ci, between)


def project_pairs() -> Iterator[Pair]:
    for name in PAIR_FILES:
        for p in json.loads((TESTS / f"{name}.json").read_text(encoding="utf-8")):
            pos = 2 if "between" in p else 1
            yield Pair(
                p["claim"], p["text"], p["lang"], int(p["label"]), name, pos, p.get("between")
            )
    for c in json.loads((TESTS / "hedge_cases.json").read_text(encoding="utf-8")):
        yield Pair(c["claim"], c["qualifier"], c["lang"], 1, "hedge_cases", 1)


def shared_pairs(data: Path) -> Iterator[Pair]:
    articles: dict[str, str] = {}
    for name, (file, lang) in SETS.items():
        for n, record in enumerate(read_records(data / file)):
            half = "measured" if n % 2 == 0 else "fit"
            articles[f"{name}/{record.id}"] = record.article
            doc = loaded_view(build_example(record, lang)).doc
            sents, body = doc.sentences, body_start(doc)
            for k in (1, 2):
                if body + k < len(sents):
                    between = sents[body + 1].text if k == 2 else None
                    text = sents[body + k].text
                    yield Pair(sents[body].text, text, lang, 0, f"lead-{lang}-{half}", k, between)
    for n, line in enumerate(LABELS.read_text(encoding="utf-8").splitlines()):
        r = json.loads(line)
        art = articles[f"{r['set']}/{r['id']}"]
        claim, text = art[r["a"][0] : r["a"][1]], art[r["b"][0] : r["b"][1]]
        half = "measured" if n % 2 == 0 else "fit"
        yield Pair(claim, text, SETS[r["set"]][1], int(r["label"]), f"real-{half}", 1)


def pair_features(p: Pair) -> frozenset[str]:
    a, b = profile(p.claim, p.lang, True), profile(p.text, p.lang, True)
    return features(a, b, p.text, p.lang) if a is not None and b is not None else frozenset()


def _off(claim: str, text: str, language: str) -> bool:
    return False


# The rules alone, as they decide without the model (the report compares the two).
decide.stance_qualifies = _off  # type: ignore[attr-defined]
across.stance_qualifies = _off  # type: ignore[attr-defined]


def rules(p: Pair) -> bool:
    if p.pos == 1:
        return qualifies_claim(p.claim, p.text, p.lang, after_lead=True)
    return qualifies_lead_across(p.claim, p.text, p.lang, p.between)


def fit(
    rows: list[frozenset[str]], labels: list[int], lam: float, positive: float, min_count: int
) -> tuple[dict[str, float], float]:
    counts = Counter(f for r in rows for f in r)
    vocab = {f: j for j, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}
    cells = [(i, vocab[f]) for i, r in enumerate(rows) for f in r if f in vocab]
    r_idx, c_idx = zip(*cells, strict=True)
    x = csr_matrix((np.ones(len(cells)), (r_idx, c_idx)), shape=(len(rows), len(vocab)))
    y = np.asarray(labels, dtype=np.float64)
    w = np.where(y == 1, positive, 1.0)

    def loss(theta: FloatArray) -> tuple[float, FloatArray]:
        p = 1.0 / (1.0 + np.exp(-(x @ theta[:-1] + theta[-1])))
        err = w * (p - y)
        ll = -np.sum(w * (y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12)))
        grad = np.append(x.T @ err + 2 * lam * theta[:-1], err.sum())
        return float(ll + lam * theta[:-1] @ theta[:-1]), grad

    theta = minimize(loss, np.zeros(len(vocab) + 1), jac=True, method="L-BFGS-B").x
    weights = {f: round(float(theta[j]), 4) for f, j in vocab.items() if abs(theta[j]) >= 1e-3}
    return weights, round(float(theta[-1]), 4)


def fresh_set(group: str) -> int | None:
    """The number of a fresh set's group (``qualifier_fresh41`` -> 41), else None."""
    tail = group.removeprefix("qualifier_fresh")
    return int(tail) if tail != group and tail.isdigit() else None


def leave_sets_out(
    pairs: list[Pair], sets: range, args: argparse.Namespace, shipped: dict[str, object]
) -> None:
    """Five folds over the fresh ``sets`` (by number mod 5): each fold's pairs are decided by
    a model fitted without them (and without the measured halves); the shipped model decides
    the same pairs. Counts are pairs the rules or the model flag."""
    rows = {id(p): pair_features(p) for p in pairs}
    reads = {id(p): profile(p.text, p.lang, True) for p in pairs}
    ruled = {id(p): rules(p) for p in pairs}

    def flags(p: Pair, weights: dict[str, float], bias: float, t: float, plain: float) -> bool:
        b = reads[id(p)]
        z = bias + sum(weights.get(f, 0.0) for f in rows[id(p)])
        score = 1.0 / (1.0 + np.exp(-z))
        return ruled[id(p)] or (b is not None and decides(b, score, t, plain))

    old = (
        dict(shipped["weights"]),  # type: ignore[call-overload]
        float(shipped["bias"]),  # type: ignore[arg-type]
        float(shipped["threshold"]),  # type: ignore[arg-type]
        float(shipped.get("plain_threshold", 2.0)),  # type: ignore[arg-type]  # older: none
    )
    count: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for fold in range(5):
        out = {n for n in sets if n % 5 == fold}
        fitted = [p for p in pairs if "measured" not in p.group and fresh_set(p.group) not in out]
        weights, bias = fit(
            [rows[id(p)] for p in fitted],
            [p.label for p in fitted],
            args.l2,
            args.positive_weight,
            args.min_count,
        )
        for p in pairs:
            if fresh_set(p.group) in out:
                cell = count["qualifiers" if p.label else "others"]
                cell[0] += 1
                cell[1] += ruled[id(p)]
                cell[2] += flags(p, *old)
                cell[3] += flags(p, weights, bias, args.threshold, args.plain_threshold)
    say(f"leave sets out, fresh sets {sets.start}-{sets.stop - 1} in 5 folds:")
    say("  pairs | n | rules | rules or the shipped model | rules or the model fitted without")
    for name, (n, r, o, f) in sorted(count.items(), reverse=True):
        say(f"  {name:10} | {n:4} | {r:4} | {o:4} | {f:4}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, help="the shared summarization sets")
    parser.add_argument("--hold-out", nargs="*", type=int, default=[], help="fresh sets N")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--positive-weight", type=float, default=2.0)
    parser.add_argument("--threshold", type=float, default=0.6)
    parser.add_argument(
        "--plain-threshold",
        type=float,
        default=0.7,
        help="the threshold for a sentence without a stance word (learned.bears_stance)",
    )
    parser.add_argument(
        "--second-threshold",
        type=float,
        default=0.9,
        help="the threshold after the story's second sentence (learned.stance_qualifies)",
    )
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument(
        "--leave-sets-out",
        nargs=2,
        type=int,
        metavar=("FIRST", "LAST"),
        help="also score fresh sets FIRST-LAST in 5 folds, each by a model fitted without it",
    )
    parser.add_argument("--write", action="store_true", help=f"write {OUT.name}")
    args = parser.parse_args()
    for name in ("threshold", "plain_threshold", "second_threshold"):
        value = getattr(args, name)
        if not 0.0 < value < 1.0:
            parser.error(f"--{name.replace('_', '-')} {value}: a probability between 0 and 1")
    if args.leave_sets_out:
        first, last = args.leave_sets_out
        found = [
            n for n in range(first, last + 1) if (TESTS / f"qualifier_fresh{n}.json").is_file()
        ]
        if len(found) < 5:
            parser.error(
                f"--leave-sets-out {first} {last}: {len(found)} fresh sets in {TESTS}, "
                "five folds need at least 5"
            )
    held = {f"qualifier_fresh{n}" for n in args.hold_out}
    pairs: list[Pair] = []
    for path in sorted(TESTS.glob("qualifier_*.json")):
        if path.stem.startswith("qualifier_fresh") or path.stem in {
            "qualifier_articles",
            "qualifier_heldout",
            "qualifier_renamed12",
        }:
            pairs += article_pairs(path, path.stem)
    pairs += project_pairs()
    missing = [f for f, _ in SETS.values() if args.data is None or not (args.data / f).is_file()]
    if missing:
        say(
            f"no {', '.join(missing)} in --data: fitting on the project's own pairs only"
            " (the model is then not written)"
        )
        if args.write:
            return 1
    else:
        pairs += shared_pairs(args.data)
    if args.leave_sets_out:
        first, last = args.leave_sets_out
        shipped = json.loads(OUT.read_text(encoding="utf-8"))
        leave_sets_out(pairs, range(first, last + 1), args, shipped)
    fitted = [p for p in pairs if p.group not in held and "measured" not in p.group]
    rows = [pair_features(p) for p in fitted]
    weights, bias = fit(
        rows, [p.label for p in fitted], args.l2, args.positive_weight, args.min_count
    )
    say(f"fitted on {len(fitted)} pairs ({sum(p.label for p in fitted)} qualifiers)")
    report: dict[tuple[str, str, int, int], list[int]] = defaultdict(lambda: [0, 0, 0])
    for p in pairs:
        if p.group in held or "measured" in p.group:
            z = bias + sum(weights.get(f, 0.0) for f in pair_features(p))
            b = profile(p.text, p.lang, True)
            score = 1.0 / (1.0 + np.exp(-z))
            model = b is not None and decides(b, score, args.threshold, args.plain_threshold)
            cell = report[(p.group, p.lang, p.pos, p.label)]
            ruled = rules(p)
            cell[0] += 1
            cell[1] += ruled
            cell[2] += ruled or bool(model)
    say("not fitted on: group lang position label | pairs | rules flag | rules or model flag")
    for (group, lang, pos, label), (n, ruled, either) in sorted(report.items()):
        say(f"  {group:22} {lang} {pos} {label} | {n:4} | {ruled:4} | {either:4}")
    if args.write:
        model = {
            "about": "nutgraf.summarize.qualify.learned; fit by scripts/fit_stance.py",
            "fitted_on": sorted({p.group for p in fitted}),
            "l2": args.l2,
            "positive_weight": args.positive_weight,
            "threshold": args.threshold,
            "plain_threshold": args.plain_threshold,
            "second_threshold": args.second_threshold,
            "bias": bias,
            "weights": dict(sorted(weights.items())),
        }
        OUT.write_text(json.dumps(model, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        say(f"wrote {OUT} ({len(weights)} weights)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
