"""ROUGE and faithfulness evaluation of nutgraf against baselines, used by ``nutgraf eval``.

ROUGE follows ``rouge-score`` (Google's ROUGE-1.5.5 reimplementation): English with its
tokenizer and Porter stemmer; Russian with Unicode ``\\w+`` words, "ё"->"е" and the Snowball
Russian stemmer (the package's tokenizer drops non-ASCII letters). ROUGE-Lsum reads one
sentence per line. CIs are 95% percentile bootstraps over articles (1000 resamples, fixed
seed), the same resamples for every system so that paired differences are meaningful.
"""

from __future__ import annotations

import json
import re
import statistics
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from nutgraf.analyse.language import detect_language
from nutgraf.analyse.sentences import split_sentences
from nutgraf.errors import InputError
from nutgraf.summarize import key_points
from nutgraf.summarize.cues import leans_back, qualifies, quote_depths
from nutgraf.summarize.select import shown_text
from nutgraf.types import Article, Document

FloatArray = npt.NDArray[np.float64]
METRICS = ("rouge1", "rouge2", "rougeLsum")
N_BOOT = 1000
SEED = 20240611
BASELINES = ("lead3", "lexrank", "textrank")
_HEADLINE_MAX_WORDS = 25
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Record:
    """One line of an evaluation file."""

    id: str
    article: str
    reference: str
    key: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Example:
    """A record as a Document; ``to_article[i]`` is the offset in ``record.article`` of
    ``doc.text[i]``."""

    record: Record
    doc: Document
    to_article: npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class Faithfulness:
    """Counts over the points of one system."""

    points: int = 0
    dangling: int = 0
    qualified: int = 0  # chosen sentences followed by a hedge or negation
    qualifier_kept: int = 0
    quotes_cut: int = 0
    span_errors: int = 0

    def __add__(self, other: Faithfulness) -> Faithfulness:
        return Faithfulness(*(a + b for a, b in zip(_astuple(self), _astuple(other), strict=True)))

    def as_dict(self) -> dict[str, float | int]:
        """Rates in percent beside the raw counts."""
        return {
            "points": self.points,
            "dangling_pct": _pct(self.dangling, self.points),
            "hedges_kept_pct": _pct(self.qualifier_kept, self.qualified, empty=100.0),
            "hedge_cases": self.qualified,
            "quotes_cut_pct": _pct(self.quotes_cut, self.points),
            "span_errors": self.span_errors,
        }


def _astuple(f: Faithfulness) -> tuple[int, ...]:
    return (f.points, f.dangling, f.qualified, f.qualifier_kept, f.quotes_cut, f.span_errors)


def _pct(num: int, den: int, *, empty: float = 0.0) -> float:
    return round(100.0 * num / den, 2) if den else empty


@dataclass
class SystemResult:
    """Per-article scores of one system, filled while evaluating."""

    name: str
    rouge: list[list[float]] = field(default_factory=list)
    ms: list[float] = field(default_factory=list)
    key_f1: list[float] = field(default_factory=list)
    faith: Faithfulness = field(default_factory=Faithfulness)
    predictions: dict[str, str] = field(default_factory=dict)


Selector = Callable[["Example", int], list[tuple[int, ...]]]


# --- reading ---------------------------------------------------------------------------


def read_records(path: Path) -> list[Record]:
    """Read ``{"id", "article", "highlights" | "summary", ["key"]}`` lines.

    Raises InputError when the file is missing or a line is not such a record.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from exc
    out: list[Record] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            ref = raw.get("highlights", raw.get("summary"))
            if not isinstance(raw["article"], str) or not isinstance(ref, str):
                raise TypeError("article and highlights/summary must be strings")
            key = tuple((int(a), int(b)) for a, b in raw.get("key") or ())
            out.append(Record(str(raw["id"]), raw["article"], ref, key))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InputError(f"{path}:{n}: not an evaluation record ({exc})") from exc
    if not out:
        raise InputError(f"{path}: no records")
    return out


def _looks_like_headline(line: str) -> bool:
    s = line.strip()
    return (
        bool(s) and len(s.split()) <= _HEADLINE_MAX_WORDS and not s.endswith((".", "!", "?", "…"))
    )


def build_example(record: Record, language: str | None = None) -> Example:
    """Make the Document of a record: paragraphs joined by blank lines, a headline line as title."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in record.article.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    title = ""
    multi_line = sum(1 for _, ln in lines if ln.strip()) > 1
    if multi_line and _looks_like_headline(lines[0][1]):
        title = lines[0][1].strip()
        lines = lines[1:]
    parts: list[str] = []
    offsets: list[npt.NDArray[np.int64]] = []
    for start, line in lines:
        if not line.strip():
            continue
        if parts:
            parts.append("\n\n")
            offsets.append(np.full(2, start - 1, dtype=np.int64))
        parts.append(line)
        offsets.append(np.arange(start, start + len(line), dtype=np.int64))
    text = "".join(parts)
    lang = language or detect_language(text)
    doc = Document(Article(text=text, title=title), lang, split_sentences(text, lang))
    to_article = np.concatenate(offsets) if offsets else np.zeros(0, dtype=np.int64)
    return Example(record, doc, to_article)


# --- selectors -------------------------------------------------------------------------


def nutgraf_selector(example: Example, k: int) -> list[tuple[int, ...]]:
    """nutgraf's key points as groups of sentence indices."""
    doc = example.doc
    points, _ = key_points(doc, points=k)
    for p in points:
        if doc.text[p.start : p.end] != p.text:
            raise AssertionError(f"point text is not the source span {p.start}:{p.end}")
    return [p.sentences for p in points]


def lead_selector(example: Example, k: int) -> list[tuple[int, ...]]:
    """Lead-k as ``../shared/data/README.md`` defines it, as groups of our sentences.

    The body is the record's text after its first line (when it has more than one line),
    split as one text, so that a line without final punctuation (a dateline, a photo
    credit) joins the next sentence; its first ``k`` sentences end at some offset, and the
    lead is every sentence of ours that starts in the body before that offset.
    """
    record, doc = example.record, example.doc
    article = record.article
    body_start = article.index("\n") + 1 if "\n" in article.strip() else 0
    body = article[body_start:]
    theirs = split_sentences(body, doc.language, repairs=False)[:k]  # syntok alone
    if not theirs:
        return []
    end = body_start + theirs[-1].end
    return [
        (s.index,) for s in doc.sentences if body_start <= int(example.to_article[s.start]) < end
    ]


def _lead_k(k: int) -> Selector:
    def select(example: Example, _points: int) -> list[tuple[int, ...]]:
        return lead_selector(example, k)

    return select


def sumy_selector(method: str) -> Selector:
    """sumy's LexRank or TextRank fed our sentence splits (needs the ``eval`` extra)."""
    from nutgraf.summarize.baselines import sumy_pick

    def select(example: Example, k: int) -> list[tuple[int, ...]]:
        return [(i,) for i in sumy_pick(example.doc, k, method)]

    return select


def selectors(baselines: Iterable[str]) -> dict[str, Selector]:
    """nutgraf and the named baselines (``lead3``/``leadN``, ``lexrank``, ``textrank``)."""
    out: dict[str, Selector] = {"nutgraf": nutgraf_selector}
    for name in baselines:
        if re.fullmatch(r"lead\d+", name):
            k = int(name[4:])
            out[name] = _lead_k(k)
        elif name in {"lexrank", "textrank"}:
            out[name] = sumy_selector(name)
        else:
            raise InputError(f"unknown baseline {name!r} (lead3, lexrank, textrank)")
    return out


# --- measures --------------------------------------------------------------------------


def faithfulness(doc: Document, groups: Sequence[tuple[int, ...]]) -> Faithfulness:
    """Dangling openers, hedges left behind, quotes cut and span errors of chosen groups."""
    sents = doc.sentences
    chosen = {i for g in groups for i in g}
    depths = _quote_depths(doc)
    dangling = qualified = kept = cut = 0
    for g in groups:
        first, last = g[0], g[-1]
        if first > 0 and first - 1 not in chosen and leans_back(sents[first].text, doc.language):
            dangling += 1
        if depths[first][0] > 0 or depths[last][1] > 0:
            cut += 1
    for i in chosen:
        if i + 1 < len(sents) and qualifies(sents[i + 1].text, doc.language, sents[i].text):
            qualified += 1
            kept += i + 1 in chosen
    return Faithfulness(len(groups), dangling, qualified, kept, cut, 0)


def _quote_depths(doc: Document) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    sents = doc.sentences
    i = 0
    while i < len(sents):
        j = i
        while j + 1 < len(sents) and sents[j + 1].paragraph == sents[i].paragraph:
            j += 1
        out.extend(quote_depths([s.text for s in sents[i : j + 1]]))
        i = j + 1
    return out


def key_sentences(example: Example) -> set[int]:
    """Indices of the sentences at least half inside the record's annotated key spans."""
    gold = set()
    for s in example.doc.sentences:
        a, b = int(example.to_article[s.start]), int(example.to_article[s.end - 1]) + 1
        inside = sum(max(0, min(b, kb) - max(a, ka)) for ka, kb in example.record.key)
        if inside * 2 >= b - a:
            gold.add(s.index)
    return gold


def key_f1(example: Example, groups: Sequence[tuple[int, ...]]) -> float | None:
    """F1 of the chosen sentences against the annotated key spans (None without spans)."""
    if not example.record.key:
        return None
    gold = key_sentences(example)
    chosen = {i for g in groups for i in g}
    hit = len(gold & chosen)
    if not hit:
        return 0.0
    p, r = hit / len(chosen), hit / len(gold)
    return 2 * p * r / (p + r)


class RussianTokenizer:
    """Lower-case, "ё"->"е", Unicode words, Snowball Russian stems (rouge-score interface)."""

    def __init__(self) -> None:
        import snowballstemmer

        self._stem = snowballstemmer.stemmer("russian").stemWord

    def tokenize(self, text: str) -> list[str]:
        """ROUGE tokens of ``text``."""
        return [self._stem(w) for w in _WORD.findall(text.lower().replace("ё", "е"))]


def rouge_scorer(language: str) -> Any:
    """A ``rouge_score`` scorer for ``language`` (en, or ru/uk with Snowball stems)."""
    from rouge_score import rouge_scorer as rs

    if language in {"ru", "uk", "be"}:
        return rs.RougeScorer(list(METRICS), tokenizer=RussianTokenizer())
    return rs.RougeScorer(list(METRICS), use_stemmer=True)


def rouge_f1(scorer: Any, reference: str, prediction: str) -> list[float]:
    """ROUGE-1/2/Lsum F1 x100 of one prediction (one sentence per line)."""
    s = scorer.score(reference, prediction)
    return [s[m].fmeasure * 100 for m in METRICS]


def bootstrap_ci(values: FloatArray, n_boot: int = N_BOOT, seed: int = SEED) -> FloatArray:
    """``[2, k]`` 95% percentile bootstrap CI of the column means of ``values[n, k]``."""
    rng = np.random.default_rng(seed)
    n = values.shape[0]
    idx = rng.integers(0, n, size=(n_boot, n))
    means = values[idx].mean(axis=1)
    return np.vstack([np.percentile(means, 2.5, axis=0), np.percentile(means, 97.5, axis=0)])


# --- the run ---------------------------------------------------------------------------


def prediction_text(doc: Document, groups: Sequence[tuple[int, ...]], system: str) -> str:
    """A system's summary, one sentence per line: what it shows a reader.

    nutgraf's first point starts after the article's dateline ("London (CNN) --"), as its
    KeyPoint does; baselines show their sentences whole.
    """
    if system == "nutgraf":
        return "\n".join(shown_text(doc, i) for g in groups for i in g)
    return "\n".join(doc.sentences[i].text for g in groups for i in g)


def evaluate(
    records: Sequence[Record],
    *,
    language: str | None = None,
    points: int = 3,
    baselines: Sequence[str] = BASELINES,
    on_article: Callable[[], None] | None = None,
) -> dict[str, Any]:
    """Score nutgraf and baselines on ``records``; a JSON-ready report."""
    systems = selectors(baselines)
    results = {name: SystemResult(name) for name in systems}
    scorers: dict[str, Any] = {}
    # Sorted by id, as rouge_eval.py does, so that bootstrap resamples (and CIs) agree.
    for record in sorted(records, key=lambda r: r.id):
        t0 = time.perf_counter()
        example = build_example(record, language)
        split_ms = (time.perf_counter() - t0) * 1000
        lang = "ru" if example.doc.language in {"ru", "uk", "be"} else "en"
        scorer = scorers.setdefault(lang, rouge_scorer(lang))
        for name, select in systems.items():
            t1 = time.perf_counter()
            groups = select(example, points)
            res = results[name]
            res.ms.append(split_ms + (time.perf_counter() - t1) * 1000)
            pred = prediction_text(example.doc, groups, name)
            res.predictions[record.id] = pred
            res.rouge.append(rouge_f1(scorer, record.reference, pred))
            res.faith = res.faith + faithfulness(example.doc, groups)
            f1 = key_f1(example, groups)
            if f1 is not None:
                res.key_f1.append(f1)
        if on_article is not None:
            on_article()
    return _report(results, len(records), points)


def _report(results: dict[str, SystemResult], n: int, points: int) -> dict[str, Any]:
    out: dict[str, Any] = {
        "n": n,
        "points": points,
        "bootstrap": {"resamples": N_BOOT, "seed": SEED},
    }
    systems: dict[str, Any] = {}
    for name, res in results.items():
        vals = np.asarray(res.rouge)
        ci = bootstrap_ci(vals)
        entry: dict[str, Any] = {
            m: {
                "f": round(float(vals[:, j].mean()), 2),
                "ci95": [round(float(ci[0, j]), 2), round(float(ci[1, j]), 2)],
            }
            for j, m in enumerate(METRICS)
        }
        entry["median_ms"] = round(statistics.median(res.ms), 2)
        entry["faithfulness"] = res.faith.as_dict()
        if res.key_f1:
            entry["key_f1"] = round(100 * float(np.mean(res.key_f1)), 2)
        systems[name] = entry
    out["systems"] = systems
    lead = next((k for k in results if k.startswith("lead")), None)
    if lead is not None:
        diff = np.asarray(results["nutgraf"].rouge) - np.asarray(results[lead].rouge)
        ci = bootstrap_ci(diff)
        out["gain_vs_" + lead] = {
            m: {
                "f": round(float(diff[:, j].mean()), 2),
                "ci95": [round(float(ci[0, j]), 2), round(float(ci[1, j]), 2)],
            }
            for j, m in enumerate(METRICS)
        }
    if "lexrank" in results:
        out["speed_ratio_lexrank_over_nutgraf"] = round(
            systems["lexrank"]["median_ms"] / max(systems["nutgraf"]["median_ms"], 1e-9), 2
        )
    return out


def predictions(
    records: Sequence[Record], language: str | None, points: int, system: str
) -> dict[str, str]:
    """One system's predictions (one sentence per line), e.g. to cross-check ROUGE."""
    select = selectors([] if system == "nutgraf" else [system])[system]
    out: dict[str, str] = {}
    for record in records:
        ex = build_example(record, language)
        groups = select(ex, points)
        out[record.id] = prediction_text(ex.doc, groups, system)
    return out
