"""Selection shared by every scorer: units, redundancy (MMR), budget, article order.

A *unit* is the run of consecutive sentences a chosen sentence needs to stay faithful:
its antecedent when it opens with a pronoun or connective, the next sentence when that one
hedges or negates it, and the rest of a quotation it is part of.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from nutgraf.analyse.datelines import dateline_length, is_dateline
from nutgraf.summarize.cues import leans_back, qualifies, quote_depths, to_reader, words
from nutgraf.types import Document, KeyPoint, Sentence

MAX_UNIT = 4  # sentences; a longer unit (a long quotation) is left out instead
MMR_LAMBDA = 0.7  # weight of the score against redundancy with what is already chosen
UNIT_COST = 0.25  # per extra sentence a unit needs: longer points cost precision (fit_scorer.py)

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Unit:
    """Consecutive sentences ``first..last`` (inclusive) chosen for sentence ``head``."""

    head: int
    first: int
    last: int


def default_points(doc: Document) -> int:
    """How many points an article of this length gets when the caller does not say."""
    n = len(doc.sentences)
    words_total = sum(len(s.text.split()) for s in doc.sentences)
    if n <= 2 or words_total < 60:
        return 1
    if n <= 6 or words_total < 200:
        return 2
    if words_total < 1000:
        return 3
    if words_total < 1800:
        return 4
    return 5


@dataclass(slots=True)
class _DocCues:
    """Per-document cue work (openers, qualifiers, reader lines, units), once per document."""

    doc: Document
    lean: tuple[bool, ...]
    qual: tuple[bool, ...]
    reader: tuple[bool, ...]  # "Click here ...", "READ MORE: ...": never in a point
    units: dict[int, Unit | None] = field(default_factory=dict)
    # (stems per sentence, their count matrix, vocabulary): see ``features.doc_stems``
    stems: tuple[list[list[str]], FloatArray, dict[str, int]] | None = None


_LOCAL = threading.local()  # the last document's cues, per thread


def doc_cues(doc: Document) -> _DocCues:
    """The cue flags of ``doc``'s sentences; the last document's are reused (by identity)."""
    last: _DocCues | None = getattr(_LOCAL, "cues", None)
    if last is not None and last.doc is doc:
        return last
    texts = [s.text for s in doc.sentences]
    lean = tuple(leans_back(t, doc.language) for t in texts)
    qual = tuple(
        qualifies(t, doc.language, texts[i - 1] if i else None) for i, t in enumerate(texts)
    )
    out = _DocCues(doc, lean, qual, tuple(to_reader(t) for t in texts))
    _LOCAL.cues = out
    return out


def unit_for(doc: Document, i: int) -> Unit | None:
    """The unit sentence ``i`` needs, or None when it cannot be kept whole."""
    cues = doc_cues(doc)
    if i not in cues.units:
        cues.units[i] = _unit(doc, cues, i)
    return cues.units[i]


def _unit(doc: Document, cues: _DocCues, i: int) -> Unit | None:
    sents = doc.sentences
    if i == 0 and is_dateline(sents[0].text):
        return None  # "London (CNN)" on its own says nothing
    lean, qual = cues.lean, cues.qual
    first, last = i, i
    # Antecedents: walk back while the opening sentence leans on the one before it.
    while first > 0 and lean[first] and i - first < 2:
        first -= 1
    # Hedges or negations right after the claim (and after each other).
    while last + 1 < len(sents) and last - first < MAX_UNIT and qual[last + 1]:
        last += 1
    first, last, balanced = _complete_quotes(sents, first, last)
    if not balanced:
        return None  # a quotation that does not close within its paragraph would be cut
    if first > 0 and lean[first]:
        return None  # its antecedent is too far back (or before a quotation): it would dangle
    if last + 1 < len(sents) and qual[last + 1]:
        return None  # a qualifier would be left behind
    if last - first + 1 > MAX_UNIT:
        return None
    if any(cues.reader[first : last + 1]):
        return None  # "Click here to ...", "READ MORE: ...": the site talking, not the news
    return Unit(i, first, last)


def _complete_quotes(sents: Sequence[Sentence], first: int, last: int) -> tuple[int, int, bool]:
    """Widen ``first..last`` to whole quotations; False when one stays open at an end."""
    para_first = first
    while para_first > 0 and sents[para_first - 1].paragraph == sents[first].paragraph:
        para_first -= 1
    para_last = last
    while para_last + 1 < len(sents) and sents[para_last + 1].paragraph == sents[last].paragraph:
        para_last += 1
    texts = [s.text for s in sents[para_first : para_last + 1]]
    depths = quote_depths(texts)
    lo, hi = first - para_first, last - para_first
    while lo > 0 and depths[lo][0] > 0:
        lo -= 1
    while hi < len(depths) - 1 and depths[hi][1] > 0:
        hi += 1
    balanced = depths[lo][0] == 0 and depths[hi][1] == 0
    return lo + para_first, hi + para_first, balanced


def bag(doc: Document) -> list[set[str]]:
    """Word sets per sentence (5-letter prefixes), for redundancy."""
    return [{w[:5] for w in words(s.text) if len(w) > 2} for s in doc.sentences]


def choose(
    doc: Document,
    scores: FloatArray,
    *,
    points: int | None = None,
    words_budget: int | None = None,
    unit_cost: float = UNIT_COST,
) -> tuple[tuple[KeyPoint, ...], bool]:
    """Pick units by score with MMR, apply the word budget, return points in article order."""
    n_points = points if points is not None else default_points(doc)
    if not doc.sentences or n_points <= 0:
        return (), False
    chosen = _mmr(doc, scores, n_points, unit_cost)
    chosen, over = _fit_budget(doc, chosen, words_budget)
    return to_points(doc, chosen, scores), over


def _mmr(doc: Document, scores: FloatArray, n_points: int, unit_cost: float) -> list[Unit]:
    bags = bag(doc)
    order = np.argsort(-scores, kind="stable")
    span = float(scores.max() - scores.min()) or 1.0
    norm = (scores - scores.min()) / span
    candidates = [u for u in (unit_for(doc, int(i)) for i in order) if u is not None]
    chosen: list[Unit] = []
    covered: set[int] = set()
    while candidates and len(chosen) < n_points:
        best, best_val = -1, -np.inf
        for k, u in enumerate(candidates):
            if any(j in covered for j in range(u.first, u.last + 1)):
                continue
            val = (
                MMR_LAMBDA * norm[u.head]
                - (1 - MMR_LAMBDA) * _redundancy(bags, u, chosen)
                - unit_cost * (u.last - u.first)
            )
            if val > best_val:
                best, best_val = k, val
        if best < 0:
            break
        unit = candidates.pop(best)
        chosen.append(unit)
        covered.update(range(unit.first, unit.last + 1))
    return chosen


def _redundancy(bags: list[set[str]], unit: Unit, chosen: list[Unit]) -> float:
    if not chosen:
        return 0.0
    mine = bags[unit.head]
    if not mine:
        return 0.0
    best = 0.0
    for c in chosen:
        other: set[str] = set().union(*bags[c.first : c.last + 1])
        best = max(best, len(mine & other) / len(mine))
    return best


def _unit_words(doc: Document, u: Unit) -> int:
    return len(doc.text[doc.sentences[u.first].start : doc.sentences[u.last].end].split())


def _fit_budget(doc: Document, chosen: list[Unit], budget: int | None) -> tuple[list[Unit], bool]:
    if budget is None:
        return chosen, False
    kept: list[Unit] = []
    total = 0
    for u in chosen:  # best first: keep what fits
        w = _unit_words(doc, u)
        if total + w <= budget:
            kept.append(u)
            total += w
    if kept:
        return kept, False
    return chosen[:1], _unit_words(doc, chosen[0]) > budget


def point_start(doc: Document, first: int) -> int:
    """Where a point opening with sentence ``first`` starts: after the article's dateline."""
    sentence = doc.sentences[first]
    if first == 0:
        return sentence.start + dateline_length(sentence.text)
    if first == 1 and is_dateline(doc.sentences[0].text):
        # The splitter cut "LONDON (Reuters)" off and left its dash here.
        return sentence.start + len(sentence.text) - len(sentence.text.lstrip("-–—: \t"))
    return sentence.start


def shown_text(doc: Document, index: int) -> str:
    """Sentence ``index`` as a key point shows it (the first without the dateline)."""
    return doc.text[point_start(doc, index) : doc.sentences[index].end]


def to_points(doc: Document, chosen: list[Unit], scores: FloatArray) -> tuple[KeyPoint, ...]:
    """Key points of the chosen units, in article order (each scored by its head)."""
    out: list[KeyPoint] = []
    for u in sorted(chosen, key=lambda u: u.first):
        start, end = point_start(doc, u.first), doc.sentences[u.last].end
        out.append(
            KeyPoint(
                text=doc.text[start:end],
                start=start,
                end=end,
                sentences=tuple(range(u.first, u.last + 1)),
                score=float(scores[u.head]),
            )
        )
    return tuple(out)
