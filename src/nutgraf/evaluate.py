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
from nutgraf.analyse.sentences import paragraph_runs, split_sentences
from nutgraf.errors import InputError, NoArticleError
from nutgraf.ingest.text import clean_text, is_page_title, is_restated_headline
from nutgraf.summarize import key_points
from nutgraf.summarize.cues import leans_back, quote_depths
from nutgraf.summarize.points import shown_text
from nutgraf.summarize.prepare import body_start
from nutgraf.summarize.qualify import qualifies
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
    title: str = ""  # the story's headline when the set keeps it apart from the article


@dataclass(frozen=True, slots=True)
class Example:
    """A record as a Document; ``to_article[i]`` is the offset in ``record.article`` of
    ``doc.text[i]``."""

    record: Record
    doc: Document
    to_article: npt.NDArray[np.int64]
    split_ms: float = 0.0  # the time sentence splitting took


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
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (a binary file?)") from exc
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
            title = raw.get("title") or ""
            if not isinstance(title, str):
                raise TypeError("title must be a string")
            out.append(Record(str(raw["id"]), raw["article"], ref, key, title))
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


def build_example(record: Record, language: str | None = None, *, titles: bool = True) -> Example:
    """Make the Document of a record: paragraphs joined by blank lines; the title is the
    record's ``title`` or else a headline line opening the article (left out of the body
    either way); ``titles=False`` gives the summarizer no title."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in record.article.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    title = ""
    multi_line = sum(1 for _, ln in lines if ln.strip()) > 1
    first = lines[0][1]
    second = next((ln for _, ln in lines[1:] if ln.strip()), "")
    headline = (
        _looks_like_headline(first) or is_page_title(first) or is_restated_headline(first, second)
    )
    if not record.title and multi_line and headline:
        title = first.strip()
        lines = lines[1:]
    title = (record.title or title) if titles else ""
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
    t0 = time.perf_counter()
    doc = Document(Article(text=text, title=title), lang, split_sentences(text, lang))
    split_ms = (time.perf_counter() - t0) * 1000
    to_article = np.concatenate(offsets) if offsets else np.zeros(0, dtype=np.int64)
    return Example(record, doc, to_article, split_ms)


# --- views: a record as a system reads it ------------------------------------------------


@dataclass(frozen=True, slots=True)
class View:
    """A record as one system reads it: its Document and, for each offset of its text, the
    offset in ``record.article`` (``-1`` where the text holds what the record does not)."""

    doc: Document
    to_article: npt.NDArray[np.int64]
    split_ms: float = 0.0  # the time sentence splitting took (loading not counted)


def record_view(example: Example) -> View:
    """The record's own paragraphs: what the baselines read."""
    return View(example.doc, example.to_article, example.split_ms)


def loaded_view(example: Example, *, titles: bool = True) -> View:
    """The record as a user gives it to nutgraf: the body loaded as scraped text (the
    cleaner may drop lines), the headline given as a page gives it (``Article.title``)."""
    record, lang = example.record, example.doc.language
    body = record.article
    if not record.title and example.doc.article.title:
        body = body[body.index("\n") + 1 :]  # the headline line build_example took
    offset = len(record.article) - len(body)
    try:
        loaded = clean_text(body)
    except NoArticleError:
        loaded = Article(text="")
    title = (record.title or example.doc.article.title) if titles else ""
    article = Article(text=loaded.text, title=title)
    t0 = time.perf_counter()
    doc = Document(article, lang, split_sentences(article.text, lang))
    split_ms = (time.perf_counter() - t0) * 1000
    to_article = np.full(len(article.text), -1, dtype=np.int64)
    pos = 0
    for para in article.paragraphs:
        at = body.find(para.text, pos)
        if at >= 0:
            to_article[para.start : para.end] = np.arange(at, at + len(para.text)) + offset
            pos = at + len(para.text)
    return View(doc, to_article, split_ms)


# --- systems -----------------------------------------------------------------------------

Picker = Callable[[Example, View], list[tuple[int, ...]]]


@dataclass(frozen=True, slots=True)
class System:
    """A summarizer under evaluation: the view it reads and how it picks sentences."""

    name: str
    view: Callable[[Example], View]
    pick: Picker


def nutgraf_picker(points: int | None) -> Picker:
    """nutgraf's key points (``points=None``: the default summary) as sentence groups."""

    def pick(_example: Example, view: View) -> list[tuple[int, ...]]:
        doc = view.doc
        if not doc.sentences:
            return []
        chosen, _ = key_points(doc, points=points)
        for p in chosen:
            if doc.text[p.start : p.end] != p.text:
                raise AssertionError(f"point text is not the source span {p.start}:{p.end}")
        return [p.sentences for p in chosen]

    return pick


def nutgraf_name(points: int | None, titles: bool = True) -> str:
    """The row name of a nutgraf setting: "nutgraf", "nutgraf points=3", "... untitled"."""
    name = "nutgraf" if points is None else f"nutgraf points={points}"
    return name if titles else f"{name} untitled"


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


def _lead_k(k: int) -> Picker:
    def pick(example: Example, _view: View) -> list[tuple[int, ...]]:
        return lead_selector(example, k)

    return pick


def _sumy(method: str, k: int) -> Picker:
    """sumy's LexRank or TextRank fed our sentence splits (needs the ``eval`` extra)."""
    from nutgraf.summarize.baselines import sumy_pick

    def pick(example: Example, _view: View) -> list[tuple[int, ...]]:
        return [(i,) for i in sumy_pick(example.doc, k, method)]

    return pick


def systems(
    baselines: Iterable[str],
    *,
    points: Sequence[int | None] = (None, 3),
    titles: Sequence[bool] = (True,),
    k: int = 3,
) -> dict[str, System]:
    """nutgraf at each of ``points`` (None: the default summary), with and/or without
    titles, and the named baselines (``lead3``/``leadN``, ``lexrank``, ``textrank``, of
    ``k`` sentences when they take a count)."""
    out: dict[str, System] = {}
    for titled in titles:
        view = loaded_view if titled else _untitled
        for p in points:
            out[nutgraf_name(p, titled)] = System(nutgraf_name(p, titled), view, nutgraf_picker(p))
    for name in baselines:
        if re.fullmatch(r"lead\d+", name):
            out[name] = System(name, record_view, _lead_k(int(name[4:])))
        elif name in {"lexrank", "textrank"}:
            out[name] = System(name, record_view, _sumy(name, k))
        else:
            raise InputError(f"unknown baseline {name!r} (lead3, lexrank, textrank)")
    return out


def _untitled(example: Example) -> View:
    return loaded_view(example, titles=False)


# --- measures --------------------------------------------------------------------------


def faithfulness(doc: Document, groups: Sequence[tuple[int, ...]]) -> Faithfulness:
    """Dangling openers, hedges left behind, quotes cut and span errors of chosen groups."""
    sents = doc.sentences
    chosen = {i for g in groups for i in g}
    depths = _quote_depths(doc)
    dangling = qualified = kept = cut = 0
    # The story's first sentence has nothing of the story before it to lean on: a dateline
    # split off as a sentence or a time stamp above it is no antecedent.
    story = body_start(doc)
    for g in groups:
        first, last = g[0], g[-1]
        if (
            first > story
            and first - 1 not in chosen
            and leans_back(sents[first].text, doc.language)
        ):
            dangling += 1
        if depths[first][0] > 0 or depths[last][1] > 0:
            cut += 1
    for i in chosen:
        if i + 1 < len(sents) and qualifies(sents[i + 1].text, doc.language, sents[i].text):
            qualified += 1
            kept += i + 1 in chosen
    return Faithfulness(len(groups), dangling, qualified, kept, cut, 0)


def _quote_depths(doc: Document) -> list[tuple[int, int]]:
    """Quotation depths per paragraph as written, without the summarizer's repair of a
    missing closing mark (``prepare._quote_depths``): what a reader sees cut."""
    sents = doc.sentences
    return [d for run in paragraph_runs(sents) for d in quote_depths([sents[i].text for i in run])]


def key_sentences(example: Example, view: View | None = None) -> set[int]:
    """Indices of the sentences of ``view`` (default: the record's own) at least half
    inside the record's annotated key spans."""
    view = view or record_view(example)
    gold = set()
    for s in view.doc.sentences:
        a, b = int(view.to_article[s.start]), int(view.to_article[s.end - 1]) + 1
        if a < 0 or b <= 0:
            continue
        inside = sum(max(0, min(b, kb) - max(a, ka)) for ka, kb in example.record.key)
        if inside * 2 >= b - a:
            gold.add(s.index)
    return gold


def key_f1(
    example: Example, groups: Sequence[tuple[int, ...]], view: View | None = None
) -> float | None:
    """F1 of the chosen sentences against the annotated key spans (None without spans)."""
    if not example.record.key:
        return None
    gold = key_sentences(example, view)
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
    if system.startswith("nutgraf"):
        body = body_start(doc)
        return "\n".join(shown_text(doc, i, body) for g in groups for i in g)
    return "\n".join(doc.sentences[i].text for g in groups for i in g)


def evaluate(
    records: Sequence[Record],
    *,
    language: str | None = None,
    points: Sequence[int | None] = (None, 3),
    titles: Sequence[bool] = (True,),
    baselines: Sequence[str] = BASELINES,
    on_article: Callable[[], None] | None = None,
) -> dict[str, Any]:
    """Score nutgraf (at each of ``points``, None being the default summary, with and/or
    without titles) and baselines (3 sentences) on ``records``; a JSON-ready report."""
    chosen = systems(baselines, points=points, titles=titles)
    results = {name: SystemResult(name) for name in chosen}
    scorers: dict[str, Any] = {}
    changed = 0
    # Sorted by id, as rouge_eval.py does, so that bootstrap resamples (and CIs) agree.
    for record in sorted(records, key=lambda r: r.id):
        example = build_example(record, language)
        lang = "ru" if example.doc.language in {"ru", "uk", "be"} else "en"
        scorer = scorers.setdefault(lang, rouge_scorer(lang))
        views: dict[Callable[[Example], View], View] = {}
        for name, system in chosen.items():
            if system.view not in views:
                views[system.view] = system.view(example)
            view = views[system.view]
            t1 = time.perf_counter()
            groups = system.pick(example, view)
            res = results[name]
            res.ms.append(view.split_ms + (time.perf_counter() - t1) * 1000)
            pred = prediction_text(view.doc, groups, name)
            res.predictions[record.id] = pred
            res.rouge.append(rouge_f1(scorer, record.reference, pred))
            res.faith = res.faith + faithfulness(view.doc, groups)
            f1 = key_f1(example, groups, view)
            if f1 is not None:
                res.key_f1.append(f1)
        changed += loaded_view in views and views[loaded_view].doc.text != example.doc.text
        if on_article is not None:
            on_article()
    report = _report(results, len(records))
    report["cleaner_changed"] = changed
    return report


def _report(results: dict[str, SystemResult], n: int) -> dict[str, Any]:
    out: dict[str, Any] = {"n": n, "bootstrap": {"resamples": N_BOOT, "seed": SEED}}
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
        entry["words"] = round(
            float(np.mean([len(p.split()) for p in res.predictions.values()])), 1
        )
        entry["median_ms"] = round(statistics.median(res.ms), 2)
        entry["faithfulness"] = res.faith.as_dict()
        if res.key_f1:
            entry["key_f1"] = round(100 * float(np.mean(res.key_f1)), 2)
        systems[name] = entry
    out["systems"] = systems
    lead = next((k for k in results if k.startswith("lead")), None)
    if lead is not None:
        gains: dict[str, Any] = {}
        for name in results:
            if not name.startswith("nutgraf"):
                continue
            diff = np.asarray(results[name].rouge) - np.asarray(results[lead].rouge)
            ci = bootstrap_ci(diff)
            gains[name] = {
                m: {
                    "f": round(float(diff[:, j].mean()), 2),
                    "ci95": [round(float(ci[0, j]), 2), round(float(ci[1, j]), 2)],
                }
                for j, m in enumerate(METRICS)
            }
        out["gain_vs_" + lead] = gains
    if "lexrank" in results and "nutgraf" in systems:
        out["speed_ratio_lexrank_over_nutgraf"] = round(
            systems["lexrank"]["median_ms"] / max(systems["nutgraf"]["median_ms"], 1e-9), 2
        )
    return out


def predictions(
    records: Sequence[Record], language: str | None, system: str, points: int | None = None
) -> dict[str, str]:
    """One system's predictions (one sentence per line), e.g. to cross-check ROUGE; for
    nutgraf at ``points`` (None: the default summary), with titles."""
    if system == "nutgraf":
        chosen = systems([], points=(points,))[nutgraf_name(points)]
    else:
        chosen = systems([system])[system]
    out: dict[str, str] = {}
    for record in records:
        ex = build_example(record, language)
        view = chosen.view(ex)
        out[record.id] = prediction_text(view.doc, chosen.pick(ex, view), system)
    return out
