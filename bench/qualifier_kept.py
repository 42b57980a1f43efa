#!/usr/bin/env python3
"""Issue 17: is a lead claim ever shown without its qualifier, and at what cost?

    python bench/qualifier_kept.py [--shared ../shared] [--repeat 3] [--articles FILE]
                                   [--baseline-qualify OTHER/src/nutgraf/summarize/qualify]
                                   [--pairs tests/summarize/qualifier_pairs_after_reading.json]

1. Kept rate on the 32 original articles of ``tests/summarize/qualifier_articles.json``
   (16 English, 16 Russian; a lead claim followed by a qualifier of one of the issue's
   kinds), summarized as scraped text and as HTML at points 1, 2, 3 and the default:
   summaries showing the claim, and how many of them show the qualifier in the same point.
   ``--articles tests/summarize/qualifier_heldout.json`` runs the held-out set instead
   (20 + 20 qualifier articles, 10 + 10 controls): kept rate per language and kind, and for
   the controls how often the ordinary follow-up was glued into the lead's point.
2. With the summarization sets in ``--shared`` (skipped with a message when absent): the
   share of points longer than two sentences at ``points=3`` (CNN 500, ru 60), and the cost
   of the qualifier decisions per article (``qualify.qualifies`` on every sentence after its
   predecessor and, where the checkout has it, ``qualify.qualifies_across`` on every sentence
   two after another, as ``prepare.prepare`` runs them) against the whole ``key_points`` of the same
   article (which includes them), both timed in this run (best of ``--repeat``, medians over
   articles; the per-sentence cache of the detector is cleared before each run, the
   per-word stem and lemma caches stay warm as in a long-running process); and each
   article's decisions timed once, in order, as ``nutgraf eval`` meets them.

Run it on another checkout with ``PYTHONPATH=/path/to/checkout/src`` to compare.
``--baseline-qualify PATH`` loads another version of the detector beside this one: the
package (``.../summarize/qualify`` or its ``__init__.py``) or, from a checkout before the
split into modules, the single file ``.../summarize/qualify.py``; it times both detectors'
decisions on the same articles in this process, alternating them (each loaded afresh under
a name of its own, with its own caches: first pass cold, then best of ``--repeat`` warm).
``--pairs FILE`` (claim, next sentence, label, round) prints, per round, how many qualifiers
the detector finds and how many ordinary follow-ups it flags.
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "summarize"))

from types import ModuleType  # noqa: E402

from qualifier_check import ARTICLES, Outcome, load_articles, outcomes  # noqa: E402

import nutgraf  # noqa: E402
from nutgraf.evaluate import build_example, read_records  # noqa: E402
from nutgraf.summarize import key_points  # noqa: E402
from nutgraf.summarize.prepare import body_start  # noqa: E402
from nutgraf.summarize.qualify import qualifies  # noqa: E402
from nutgraf.types import Document  # noqa: E402

try:
    from nutgraf.summarize import qualify as _qualify_module
except ImportError:  # a checkout from before the detector
    _qualify_module = None  # type: ignore[assignment]

SETS = {"en": "cnndm-validation.jsonl", "ru": "ru-news-visible.jsonl"}


def _rate(res: list[Outcome], *, glued: bool = False) -> str:
    shown = [o for o in res if o.claim_shown]
    kept = sum(o.qualifier_kept for o in shown)
    # qualifiers: articles losing it at some setting; controls: articles glued at some setting
    bad = len({o.title for o in shown if o.qualifier_kept == glued})
    return (
        f"claim shown in {len(shown)} of {len(res)}, follower in its point in {kept} "
        f"({100 * kept / max(len(shown), 1):.1f}%), articles "
        f"{'glued' if glued else 'failing'} at some setting {bad}/{len({o.title for o in res})}"
    )


def kept_rate(path: Path) -> None:
    res = list(outcomes(nutgraf.Summarizer(), path))
    n = len(load_articles(path))
    controls = {a["title"] for a in load_articles(path) if a.get("control")}
    qual = [o for o in res if o.title not in controls]
    shown = [o for o in qual if o.claim_shown]
    kept = sum(o.qualifier_kept for o in shown)
    bad = sorted({o.title for o in shown if not o.qualifier_kept})
    print(f"module: {nutgraf.__file__}")
    print(
        f"articles {n} x (text, html) x points (1, 2, 3, default) = {len(res)} summaries; "
        f"qualifier articles {len(qual) // 8}: claim shown in {len(shown)}; qualifier kept in "
        f"{kept} ({100 * kept / max(len(shown), 1):.1f}%); articles failing at some setting: "
        f"{len(bad)}"
    )
    if controls:
        for lang in sorted({o.lang for o in qual}):
            for kind in sorted({o.kind for o in qual if o.lang == lang}):
                part = [o for o in qual if o.lang == lang and o.kind == kind]
                print(f"  {lang} {kind:<12} kept: {_rate(part)}")
        for lang in sorted({o.lang for o in res}):
            part = [o for o in res if o.title in controls and o.lang == lang]
            print(f"  {lang} controls, follow-up glued to the lead: {_rate(part, glued=True)}")
    for title in bad:
        print(f"  lost: {title}")
    pairs_after_lead(load_articles(path))


def pairs_after_lead(articles: list[dict[str, object]]) -> None:
    """The detector alone on each article's (lead claim, next sentence), read as the
    summarizer reads the sentence after the lead (``after_lead``, where the checkout has it)."""

    def says(a: dict[str, object]) -> bool:
        args = (str(a["qualifier"]), str(a["lang"]), str(a["claim"]))
        try:
            return qualifies(*args, after_lead=True)  # type: ignore[call-arg,unused-ignore]
        except TypeError:  # a checkout from before the lower bar after the lead
            return qualifies(*args)

    for lang in sorted({str(a["lang"]) for a in articles}):
        qual = [a for a in articles if a["lang"] == lang and not a.get("control")]
        ctrl = [a for a in articles if a["lang"] == lang and a.get("control")]
        print(
            f"  {lang} pairs after the lead: qualifiers found {sum(map(says, qual))}/{len(qual)}, "
            f"follow-ups flagged {sum(map(says, ctrl))}/{len(ctrl)}"
        )


def _best_ms(run: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - t0)
    return best * 1000


def _fresh(doc: Document) -> Document:
    return Document(doc.article, doc.language, doc.sentences, doc.facts)


def _takes_between(across: Callable[..., bool] | None) -> bool:
    """Whether ``qualifies_across`` reads the sentence between, as ``prepare`` gives it
    (round ten on); an older checkout's takes only the claim and the candidate."""
    return across is not None and "between" in inspect.signature(across).parameters


def _two_after_lead(across: Callable[..., bool] | None, doc: Document) -> int | None:
    """The index of the sentence two after the lead, for ``qualifies_across``'s
    ``after_lead`` (round twelve on), as ``prepare`` passes it; None for an older one."""
    if across is None or "after_lead" not in inspect.signature(across).parameters:
        return None
    return body_start(doc) + 2


def _lead_kw(lead: int | None, i: int) -> dict[str, bool]:
    return {} if lead is None else {"after_lead": i == lead}


def _qualify_all(doc: Document) -> None:
    clear = getattr(getattr(_qualify_module, "profile", None), "cache_clear", None)
    if clear is not None:
        clear()
    texts = [s.text for s in doc.sentences]
    across = getattr(_qualify_module, "qualifies_across", None)  # a checkout from before it
    between = _takes_between(across)
    lead = _two_after_lead(across, doc)
    for i in range(1, len(texts)):
        qualifies(texts[i], doc.language, texts[i - 1])
        if across is not None and i > 1:
            across(
                texts[i - 2],
                texts[i],
                doc.language,
                *([texts[i - 1]] if between else []),
                **_lead_kw(lead, i),
            )


def on_sets(shared: Path, repeat: int) -> None:
    data = shared / "data" / "summarization"
    if not all((data / f).is_file() for f in SETS.values()):
        print(f"skipped: no summarization sets in {data}")
        return
    for lang, file in SETS.items():
        docs = [build_example(r, lang).doc for r in read_records(data / file)]
        points = [p for d in docs for p in key_points(d, points=3)[0]]
        long = sum(len(p.sentences) > 2 for p in points)
        print(
            f"{lang}: {len(docs)} articles, {len(points)} points at points=3; longer than two "
            f"sentences: {long} ({100 * long / len(points):.2f}%)"
        )
        t0 = time.perf_counter()
        _qualify_all(docs[0])
        load = (time.perf_counter() - t0) * 1000
        first = []
        for d in docs[1:]:  # each article once, as `nutgraf eval` and a server meet them
            t0 = time.perf_counter()
            _qualify_all(d)
            first.append((time.perf_counter() - t0) * 1000)
        print(
            f"{lang}: qualifier decisions, first article {load:.1f} ms; then "
            f"each article once: median {statistics.median(first):.3f} ms, p90 "
            f"{sorted(first)[int(0.9 * len(first))]:.3f} ms"
        )
        q = [_best_ms(lambda d=d: _qualify_all(d), repeat) for d in docs]  # type: ignore[misc]
        # A new Document each run: select.py reuses the cue flags of the same document.
        k = [_best_ms(lambda d=d: key_points(_fresh(d), points=3), repeat) for d in docs]  # type: ignore[misc]
        print(
            f"{lang}: qualifier decisions {statistics.median(q):.3f} ms/article (median, "
            f"p90 {sorted(q)[int(0.9 * len(q))]:.3f}); key_points {statistics.median(k):.3f} "
            f"ms/article; ratio {statistics.median(q) / statistics.median(k):.2f}"
        )


def _load_qualify(path: Path, name: str) -> ModuleType:
    """A version of the detector, as a fresh module of its own named ``name``, its caches
    cold (its imports of the rest of nutgraf resolve to this checkout's): the package
    ``qualify/`` (its folder or its ``__init__.py``; its modules import each other
    relatively, so they load afresh as ``name.*``) or an older checkout's ``qualify.py``."""
    if path.is_dir():
        path = path / "__init__.py"
    if path.name == "__init__.py":
        spec = importlib.util.spec_from_file_location(
            name, path, submodule_search_locations=[str(path.parent)]
        )
    else:
        spec = importlib.util.spec_from_file_location(name, path)
    if not path.is_file() or spec is None or spec.loader is None:
        raise SystemExit(f"{path}: not a Python module or package")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _decide_all(module: ModuleType, doc: Document) -> None:
    module.profile.cache_clear()
    texts = [s.text for s in doc.sentences]
    across = getattr(module, "qualifies_across", None)
    between = _takes_between(across)
    lead = _two_after_lead(across, doc)
    for i in range(1, len(texts)):
        module.qualifies_claim(texts[i - 1], texts[i], doc.language)
        if across is not None and i > 1:
            across(
                texts[i - 2],
                texts[i],
                doc.language,
                *([texts[i - 1]] if between else []),
                **_lead_kw(lead, i),
            )


def against_baseline(shared: Path, baseline: Path, repeat: int) -> None:
    """This detector's cost per article against ``baseline``'s, both in this process."""
    data = shared / "data" / "summarization"
    if not all((data / f).is_file() for f in SETS.values()):
        print(f"skipped: no summarization sets in {data}")
        return
    this = Path(_qualify_module.__file__ or "")
    mods = {
        "baseline": _load_qualify(baseline, "baseline_qualify"),
        "this": _load_qualify(this, "this_qualify"),  # not the module warmed above
    }
    print(f"baseline detector: {baseline}")
    for lang, file in SETS.items():
        docs = [build_example(r, lang).doc for r in read_records(data / file)]
        first: dict[str, list[float]] = {name: [] for name in mods}
        # Each article once, with cold word caches, the two in turn (which goes first
        # alternates: the first to read an article warms what they share, as cues.py's).
        for i, d in enumerate(docs):
            for name in list(mods)[:: 1 if i % 2 else -1]:
                t0 = time.perf_counter()
                _decide_all(mods[name], d)
                first[name].append((time.perf_counter() - t0) * 1000)
        warm: dict[str, list[float]] = {name: [] for name in mods}
        for d in docs:
            for name, m in mods.items():
                warm[name].append(_best_ms(lambda m=m, d=d: _decide_all(m, d), repeat))  # type: ignore[misc]
        fb, ft = (statistics.median(first[n]) for n in mods)
        wb, wt = (statistics.median(warm[n]) for n in mods)
        print(
            f"{lang}: first pass median {fb:.3f} ms/article baseline, {ft:.3f} this "
            f"(x{ft / fb:.2f}); warm best of {repeat} median {wb:.3f} baseline, {wt:.3f} "
            f"this (x{wt / wb:.2f})"
        )


def pair_counts(path: Path) -> None:
    """Qualifiers found and follow-ups flagged among labelled pairs, per round."""
    pairs = json.loads(path.read_text(encoding="utf-8"))
    for r in sorted({p.get("round", 1) for p in pairs}):
        part = [p for p in pairs if p.get("round", 1) == r]
        said = [(p["label"], qualifies(p["text"], p["lang"], p["claim"])) for p in part]
        pos = sum(1 for label, _ in said if label)
        print(
            f"pairs {path.name} round {r}: qualifiers found "
            f"{sum(1 for label, yes in said if label and yes)} of {pos}; follow-ups flagged "
            f"{sum(1 for label, yes in said if not label and yes)} of {len(said) - pos}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--articles", type=Path, default=ARTICLES, help="a qualifier article set")
    ap.add_argument(
        "--baseline-qualify",
        type=Path,
        help="another detector to time against this one: its qualify/ folder or qualify.py",
    )
    ap.add_argument("--pairs", type=Path, help="labelled pairs: found and flagged per round")
    args = ap.parse_args()
    if args.pairs is not None:
        pair_counts(args.pairs)
    kept_rate(args.articles)
    on_sets(args.shared, args.repeat)
    if args.baseline_qualify is not None:
        against_baseline(args.shared, args.baseline_qualify, args.repeat)


if __name__ == "__main__":
    main()
