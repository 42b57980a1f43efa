"""What every summarizing stage reads about a document, computed once: ``prepare(doc)``.

The first stage of ``Document -> key points``. It finds where the story's body starts
(after a headline repeated as the first paragraph and a dateline the splitter cut off),
flags each sentence with its cues (leans on the previous one, qualifies it, is an aside: a
line to the reader or a label), gives every sentence its *unit* (the run of consecutive
sentences it needs to stay faithful) and counts each sentence's word stems. Features,
candidates, the reranker and selection then read the ``Prepared`` document; none of them
recomputes any of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar, overload

import numpy as np
import numpy.typing as npt

from nutgraf.analyse.datelines import is_dateline, is_furniture
from nutgraf.analyse.sentences import ends_with_stop, paragraph_runs
from nutgraf.summarize.cues import leans_back, quote_depths, to_reader
from nutgraf.summarize.qualify import qualifies, qualifies_across, qualifies_lead_across
from nutgraf.types import Document, Sentence

MAX_UNIT = 4  # sentences; a longer unit (a long quotation) is left out instead
HEDGE_ROOM = 2  # more sentences a unit may take for the hedges of what it ends on
_TOKEN = re.compile(r"\w+", re.UNICODE)
_PREFIX = 6  # a stem that needs no language: the first letters of each word
_FOLD = re.compile(r"[\W_]+", re.UNICODE)
_HAS_WORD = re.compile(r"[^\W_]", re.UNICODE)
_MAX_HEAD_LINES = 4  # at most this many furniture lines are skipped before the story
# words: an opening this short is a lede setting the scene ("The hearing lasted almost five
# hours.", "Eight minutes of sheer terror."), and the sentence after it is read as a lead
# too: its qualifiers are the story's main claim's (issue 17)
_LEDE = 12
# A line without a final stop this short, at an edge of its paragraph, is a label: a caption,
# a heading, a name or a counter ("Фото с scimedx.com", "Ссылки по теме:", "2101"): never a
# point.
_LABEL_WORDS = 8
_STOPPED = 3  # ... in a text with at least this many sentences that end with a stop

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]
T = TypeVar("T")


class Lazy(Sequence[T], Generic[T]):
    """A read-only sequence whose items are computed on first read and kept.

    The qualifier flags and units of a document: the candidates read the units of a pool of
    best-scored sentences (``candidates.pool``), and a unit reads the flags of the few
    sentences after its own, so most sentences of a long article are never read by the
    qualifier detector (its rules are the costliest step of the key points). Every item is
    a pure function of its index: the same values as computing them all up front.
    """

    __slots__ = ("_get", "_items")

    def __init__(self, n: int, get: Callable[[int], T]) -> None:
        self._get = get
        self._items: list[T | _Unset] = [_UNSET] * n

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, i: int) -> T: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[T, ...]: ...
    def __getitem__(self, i: int | slice) -> T | tuple[T, ...]:
        if isinstance(i, slice):
            return tuple(self[k] for k in range(*i.indices(len(self._items))))
        item = self._items[i]  # (IndexError as a tuple's)
        if isinstance(item, _Unset):
            item = self._items[i] = self._get(i if i >= 0 else i + len(self._items))
        return item

    def __iter__(self) -> Iterator[T]:
        return (self[k] for k in range(len(self._items)))


class _Unset:
    """Not computed yet (None is an item: a sentence without a unit)."""


_UNSET = _Unset()


@dataclass(frozen=True, slots=True)
class Unit:
    """Consecutive sentences ``first..last`` (inclusive) chosen for sentence ``head``."""

    head: int
    first: int
    last: int

    @property
    def sentences(self) -> range:
        return range(self.first, self.last + 1)


@dataclass(frozen=True, slots=True, eq=False)
class Terms:
    """Sentence x stem counts, sparse: entry ``k`` is ``counts[k]`` of stem ``cols[k]`` in
    sentence ``rows[k]`` (rows sorted). Memory is linear in the text, never n x vocabulary."""

    tokens: tuple[tuple[str, ...], ...]  # each sentence's stems, in order
    rows: IntArray
    cols: IntArray
    counts: FloatArray
    vocab: dict[str, int]

    @property
    def n_rows(self) -> int:
        return len(self.tokens)

    @property
    def n_cols(self) -> int:
        return max(len(self.vocab), 1)

    def df(self) -> FloatArray:
        """In how many sentences each stem occurs."""
        out: FloatArray = np.bincount(self.cols, minlength=self.n_cols).astype(np.float64)
        return out

    def tf(self) -> FloatArray:
        """How often each stem occurs in the document."""
        out: FloatArray = np.bincount(self.cols, self.counts, minlength=self.n_cols).astype(
            np.float64
        )
        return out

    def row_sums(self, values: FloatArray) -> FloatArray:
        """Per sentence, the sum of ``values`` (one per entry)."""
        out: FloatArray = np.bincount(self.rows, values, minlength=self.n_rows).astype(np.float64)
        return out

    def dense(self, rows: IntArray) -> FloatArray:
        """The counts of sentences ``rows`` as a dense ``[len(rows), n_cols]`` matrix."""
        out = np.zeros((len(rows), self.n_cols))
        where = {int(r): k for k, r in enumerate(rows)}
        mask = np.isin(self.rows, rows)
        local = np.array([where[int(r)] for r in self.rows[mask]], dtype=np.intp)
        out[local, self.cols[mask]] = self.counts[mask]
        return out


@dataclass(frozen=True, slots=True, eq=False)
class Prepared:
    """A document with everything the summarizing stages share, computed by ``prepare``."""

    doc: Document
    body: int  # index of the first sentence of the story's body
    lean: tuple[bool, ...]  # opens leaning on the previous sentence ("He said", "However")
    qual: Sequence[bool]  # hedges or negates the previous sentence (computed when read)
    # never in a point: a line to the reader ("Click here") or a label (see ``_asides``)
    aside: tuple[bool, ...]
    depths: tuple[tuple[int, int], ...]  # quotation depth at each sentence's start and end
    # each sentence's unit; None: it cannot be kept whole (computed when read)
    units: Sequence[Unit | None]
    terms: Terms

    @property
    def n(self) -> int:
        return len(self.doc.sentences)


def stems(text: str) -> list[str]:
    """Lower-cased word prefixes of ``text``, digits dropped: a cheap, language-free stem."""
    return [t[:_PREFIX] for t in _TOKEN.findall(text.lower()) if not t.isdigit()]


_QUOTE_MARKS = "\"“«„'"
# After a quotation's opening mark: an attribution ("..., — заявил он", "..., she said").
_ATTRIBUTION = re.compile(
    r"[\s,][—–]\s|,\s+(?:\w+\s+){0,3}(?:said|says|told|added|asked|wrote)\b", re.IGNORECASE
)
_OPENING = re.compile(r'["“«„]')


def _attributed(text: str) -> bool:
    """Whether a quotation opened in ``text`` is attributed within it."""
    first = _OPENING.search(text)
    return first is not None and _ATTRIBUTION.search(text, first.end()) is not None


def prepare(doc: Document) -> Prepared:
    """Cue flags, units, body start and stems of ``doc``'s sentences (linear in its size)."""
    sents = doc.sentences
    texts = [s.text for s in sents]
    lang = doc.language
    body = body_start(doc)
    # A sentence opening in lower case continues the one before ("-- has doubled since
    # 2008.", a name set apart by the page's markup): it leans back like "He said".
    lean = tuple(leans_back(t, lang) or _continues(t) for t in texts)
    aside = _asides(sents, body)
    leads = _leads(texts, body)
    # The sentence right after a lead is read with a lower bar (``qualify.lead_stance``),
    # the one after the story's second sentence by the learned model at its strict bar.
    # An aside ("Click here to read ...", a caption) qualifies nothing.
    qual = Lazy(
        len(texts),
        lambda i: (
            not aside[i]
            and qualifies(
                texts[i],
                lang,
                texts[i - 1] if i else None,
                after_lead=i - 1 in leads,
                second=i - 1 == body + 1,
            )
        ),
    )
    # A qualifier of the sentence two back in its paragraph, across the one between ("The
    # drug reversed memory loss. It clears a protein. So far it was tried only in mice."):
    # read at a stricter bar (``qualify.qualifies_across``); of the lead, also from the
    # paragraph after it ("... he would leave. The comment came after a defeat. / On Monday
    # he took the remark back"), and by any signal of the claim's status
    # (``qualify.qualifies_lead_across``): the story's main claim is what its qualifiers
    # are about, wherever the detail between came from.
    skip = Lazy(
        len(texts),
        lambda i: (
            i >= body + 2
            and (
                sents[i].paragraph == sents[i - 2].paragraph
                or (i - 2 in leads and sents[i].paragraph == sents[i - 2].paragraph + 1)
            )
            and not aside[i]
            and (
                qualifies_lead_across(texts[i - 2], texts[i], lang, texts[i - 1])
                if i - 2 in leads
                else qualifies_across(texts[i - 2], texts[i], lang, texts[i - 1])
            )
        ),
    )
    depths = tuple(_quote_depths(sents))
    units: Lazy[Unit | None] = Lazy(
        len(sents),
        lambda i: _unit(sents, i, body, lean, (qual, skip), aside, depths) if i >= body else None,
    )
    toks = tuple(tuple(stems(t)) if i >= body else () for i, t in enumerate(texts))
    return Prepared(doc, body, lean, qual, aside, depths, units, _terms(toks))


def _continues(text: str) -> bool:
    """Whether a sentence opens with a lower-case letter: the rest of the one before."""
    head = text.lstrip(" \"'“«„(—–-")
    return bool(head) and head[0].islower()


def _asides(sents: tuple[Sentence, ...], body: int) -> tuple[bool, ...]:
    """Per sentence, whether it is never in a point: a line to the reader ("Click here"),
    or a label, a line of fewer than ``_LABEL_WORDS`` words without a final stop that opens
    or closes its paragraph (a caption after its photo's description), in a text with
    sentences that end with one (a script without stops would have no sentence left)."""
    out = [to_reader(s.text) for s in sents]
    stops = [ends_with_stop(s.text) for s in sents]
    if sum(stops[body:]) < min(_STOPPED, len(sents) - body):
        return tuple(out)
    for i, s in enumerate(sents):
        edge = (i == 0 or sents[i - 1].paragraph != s.paragraph) or (
            i + 1 == len(sents) or sents[i + 1].paragraph != s.paragraph
        )
        if edge and not stops[i] and len(_TOKEN.findall(s.text)) < _LABEL_WORDS:
            out[i] = True
    return tuple(out)


def _leads(texts: list[str], body: int) -> frozenset[int]:
    """The story's lead, and the sentence after it when the lead is a short lede."""
    if body >= len(texts):
        return frozenset()
    if len(_TOKEN.findall(texts[body])) <= _LEDE and body + 1 < len(texts):
        return frozenset({body, body + 1})
    return frozenset({body})


def body_start(doc: Document) -> int:
    """The index of the story's first sentence: after a first paragraph that repeats the
    title (a headline left in the text), then after a dateline cut off as a sentence and up
    to ``_MAX_HEAD_LINES`` lines of page furniture (``datelines.is_furniture``) or clutter
    (``ingest.text.is_clutter``)."""
    sents = doc.sentences
    start = 0

    def paragraph(i: int) -> list[Sentence]:
        """The sentences of sentence ``i``'s paragraph."""
        return [s for s in sents if s.paragraph == sents[i].paragraph]

    title = _folded(doc.article.title)
    if title and sents:
        first_para = paragraph(0)
        head = doc.text[first_para[0].start : first_para[-1].end]
        if _folded(head) == title and len(first_para) < len(sents):
            start = len(first_para)

    # A sentence of one or two words is furniture when it is a date ("28 ноября.", "March
    # 10, 2015 ."), a place before a date ("Псков. 28 ноября. ИНТЕРФАКС - ..."), or stands
    # in a paragraph of such lines; in the story's prose ("Empathy. Confidence. Passion.
    # These are the traits ...") it is the story's.
    def dated(i: int) -> bool:
        text = sents[i].text
        return is_furniture(text, lead=True) and any(c.isdigit() for c in text)

    def short_furniture(i: int) -> bool:
        if not is_furniture(sents[i].text, lead=True):
            return False
        return (
            any(c.isdigit() for c in sents[i].text)
            or (i + 1 < len(sents) and dated(i + 1))
            or all(is_furniture(s.text, lead=True) or is_dateline(s.text) for s in paragraph(i))
        )

    # A label or credit line a page sets above the story ("Теги: ...", "Фото: ..."): the
    # scraped-text cleaner drops it, so a page or an Article keeping it must not count it.
    # Never a paragraph that ends like a sentence: that is the story's.
    def clutter(i: int) -> bool:
        para = paragraph(i)
        text = doc.text[para[0].start : para[-1].end]
        if ends_with_stop(text):
            return False
        # Imported here: the cleaner's patterns cost a cold start, and most stories' first
        # paragraph ends like a sentence (tests/test_lazy_imports.py).
        from nutgraf.ingest.text import is_clutter

        return is_clutter(text)

    # A dateline cut off as a sentence, the dash a splitter leaves of "LONDON (Reuters) -",
    # the page's time stamps and place or date lines, and its label lines before the story.
    skipped = 0
    while (
        start < len(sents) - 1
        and skipped < _MAX_HEAD_LINES
        and (
            not _HAS_WORD.search(sents[start].text)
            or is_dateline(sents[start].text)
            or is_furniture(sents[start].text)
            or short_furniture(start)
            or clutter(start)
        )
    ):
        start += 1
        skipped += 1
    return start


def _folded(text: str) -> str:
    return _FOLD.sub(" ", text.casefold()).strip()


def _quote_depths(sents: tuple[Sentence, ...]) -> list[tuple[int, int]]:
    """(depth at start, depth at end) of quotation per sentence, reset at each paragraph.

    A quotation still open at a paragraph's end continues in the next one when that opens
    with a quote mark (the press's convention for a quote over paragraphs): its sentences
    stay inside it. So do they when the sentence it opens in does not attribute it (a whole
    paragraph of speech whose closing mark is missing). When that sentence does ("«Пока не
    будем подписывать, — заявлял ...", '"We will, she said.'), only the closing mark is
    missing: the quotation is taken to end by the next sentence (a unit starting there
    includes both), and later sentences are read as outside it, rather than losing the rest
    of the paragraph.
    """
    out: list[tuple[int, int]] = []
    for run in paragraph_runs(sents):
        depths = quote_depths([sents[i].text for i in run])
        left_open = depths[-1][1]
        after = run.stop
        continues = after < len(sents) and sents[after].text.lstrip()[:1] in _QUOTE_MARKS
        k = max((t for t, (start, _) in enumerate(depths) if start < left_open), default=0)
        if left_open and not continues and _attributed(sents[run.start + k].text):
            depths[k + 1 :] = [
                (max(a - left_open, 0), max(b - left_open, 0)) for a, b in depths[k + 1 :]
            ]
        out.extend(depths)
    return out


def _unit(
    sents: tuple[Sentence, ...],
    i: int,
    body: int,
    lean: tuple[bool, ...],
    quals: tuple[Sequence[bool], Sequence[bool]],
    aside: tuple[bool, ...],
    depths: tuple[tuple[int, int], ...],
) -> Unit | None:
    """The unit sentence ``i`` needs: its antecedent when it leans back, the qualifiers
    after it (``quals``: of the sentence before, of the one two back), the rest of its
    quotation; None when that cannot be kept whole."""
    n = len(sents)
    qual, skip = quals

    def follows(last: int, first: int) -> int:
        """How many sentences after ``last`` a qualifier takes along (0: none): one of the
        sentence before it, or of the claim ``i`` (or its antecedent) two back."""
        if last + 1 < n and (qual[last + 1] or (skip[last + 1] and first <= last - 1 <= i)):
            return 1
        return 2 if last + 2 < n and skip[last + 2] and last <= i else 0

    def own(last: int, first: int) -> bool:
        """Whether what ``follows(last, first)`` takes along qualifies the claim itself (or
        its antecedent), or leans back on what it follows ("It still needs a vote"), not
        only a qualifier already in the unit (a qualifier of a qualifier: "Signing was put
        off: differences remain. The next round is set for April." after talks called
        constructive)."""
        return last <= i or (
            last + 1 < n and (lean[last + 1] or (skip[last + 1] and last - 1 <= i))
        )

    if not _HAS_WORD.search(sents[i].text) or is_furniture(sents[i].text):
        return None  # punctuation alone ("-", "***") or a time stamp says nothing
    first, last = i, i
    # Antecedents: walk back while the opening sentence leans on the one before it.
    while first > body and lean[first] and i - first < 2:
        first -= 1
    # Hedges or negations right after the claim (and after each other), or one sentence on.
    # ``needed``: the last sentence that qualifies the claim itself; the qualifiers of a
    # qualifier after it come along while the unit has room, and are left when it has not.
    needed = i
    while last - first < MAX_UNIT and (step := follows(last, first)):
        if own(last, first):
            needed = last + step
        last += step
    if needed < last and (last - first + 1 > MAX_UNIT or follows(last, first)):
        last = needed
    # Whole quotations, within the paragraph; longer than a unit may be: give up.
    para = sents[i].paragraph
    while first > body and depths[first][0] > 0 and last - first < MAX_UNIT:
        if sents[first - 1].paragraph != para:
            break
        first -= 1
    while last + 1 < n and depths[last][1] > 0 and last - first < MAX_UNIT:
        if sents[last + 1].paragraph != sents[last].paragraph:
            break
        last += 1
    if depths[first][0] > 0 or depths[last][1] > 0:
        return None  # a quotation that does not close within its paragraph would be cut
    if last - first + 1 > MAX_UNIT:
        return None
    # Hedges or negations of what the unit ends on (the end of a quotation, a qualifier)
    # come along when the whole run of them fits in ``HEDGE_ROOM`` more sentences ('..." he
    # said. The company declined to comment.'): a reader must not lose them.
    end = last
    while end - first + 1 < MAX_UNIT + HEDGE_ROOM and (step := follows(end, first)):
        end += step
    if end - first < MAX_UNIT + HEDGE_ROOM and not follows(end, first) and not depths[end][1]:
        last = end
    if lean[first] and first > body:
        return None  # its antecedent is too far back (or before the body): it would dangle
    if follows(last, first) and own(last, first):
        return None  # a qualifier of the claim would be left behind
    if any(aside[first : last + 1]):
        return None  # "Click here to ...", a caption: the site talking, not the news
    return Unit(i, first, last)


def _terms(tokens: tuple[tuple[str, ...], ...]) -> Terms:
    vocab: dict[str, int] = {}
    cols = np.fromiter(
        (vocab.setdefault(t, len(vocab)) for toks in tokens for t in toks), dtype=np.intp
    )
    rows = np.repeat(np.arange(len(tokens), dtype=np.intp), [len(t) for t in tokens])
    width = max(len(vocab), 1)
    keys, counts = np.unique(rows * width + cols, return_counts=True)
    return Terms(tokens, keys // width, keys % width, counts.astype(np.float64), vocab)
