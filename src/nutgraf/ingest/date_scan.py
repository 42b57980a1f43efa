"""A page shortened for htmldate's date-pattern scan, with the same result.

When a page's markup names no date, ``page_date`` runs htmldate's ``search_page`` over
the page: about ten regular expressions, each scanned over every character (7 ms a Russian
news page, most of them HTML and text far from any digit). ``scan_text`` shortens every
long run of non-digits to what those expressions can read of it, so that ``search_page``
returns the same date on the shorter text (measured: 3-4 times shorter, the same date on
1,336 pages; ``tests/ingest/test_date_scan.py`` checks it on generated pages).

Why it is the same (htmldate 1.11's patterns; the test fails if a version reads more):

- The digit patterns (``2011-05-03``, ``03.05.2011``, ``/2011/05/03/``, ``201105``, a year
  alone) read at most one non-digit before and after a date, single separators inside it,
  and the six characters before a year (``(?<!w3.org)``): of a run of non-digits, its
  first character and its last seven.
- A copyright line (``© 2005-2011``) reads its mark and at most 100 non-digits up to the
  year: all inside the run before the year, so a run whose last 109 characters hold a mark
  keeps its last 110.
- A written date (``May 3, 2011``, ``3rd of May 2011``) reads, in the run before the
  digits, a word and a space: only the word's last 12 letters count for ``Month d, yyyy``
  (htmldate matches a month name at the end of a word), kept in the last 17. ``d Month
  yyyy`` needs a run of at most 17 characters (``th of September, ``), which is never
  shortened; a longer run's day is cut off from its month by a separator that is no letter,
  space or punctuation that the pattern reads.

A run of 20 or more non-digits (``\\D``, so decimal digits of any script end a run) becomes
its first character (a separator instead of a lone ``©``, which would mark a copyright line
closer to a year than it is), the separator, and its last 17 (or 110) characters.
"""

from __future__ import annotations

from functools import cache

import numpy as np
import numpy.typing as npt

_MIN_RUN = 20  # shorter runs of non-digits are kept whole
_TAIL = 17  # characters kept at a run's end: a written date's month word and space
_COPYRIGHT_TAIL = 110  # ... when a copyright mark is within its last 109 characters
_COPYRIGHT_REACH = 109  # a mark (9 characters at most) and 100 non-digits before the year
_MARKS = ("©", "&copy;", "Copyright", "(c)")  # htmldate's copyright marks, as it spells them
_SEP = "\x00"  # no digit, letter, space, separator, suffix or mark that a pattern reads
_FIRST_WIDE_DIGIT = 0x660  # below it only 0-9 are decimal digits


@cache
def _wide_digits() -> npt.NDArray[np.bool_]:
    """Which characters of the Basic Multilingual Plane are decimal digits (``re``'s ``\\d``
    is ``str.isdecimal``: Unicode category Nd)."""
    table = np.zeros(0x10000, dtype=bool)
    table[[c for c in range(_FIRST_WIDE_DIGIT, 0x10000) if chr(c).isdecimal()]] = True
    return table


def _digits(codes: npt.NDArray[np.uint32], text: str) -> npt.NDArray[np.bool_]:
    digit: npt.NDArray[np.bool_] = (codes - 48) < 10  # unsigned: below "0" wraps around
    wide = np.flatnonzero(codes >= _FIRST_WIDE_DIGIT)
    if wide.size:
        digit[wide] = _wide_digits()[np.minimum(codes[wide], 0xFFFF)]
        for i in wide[codes[wide] > 0xFFFF].tolist():
            digit[i] = text[i].isdecimal()
    return digit


def _marks(text: str) -> list[int]:
    found = []
    for mark in _MARKS:
        at = text.find(mark)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1)
    return found


def scan_text(page: str) -> str:
    """``page`` with its long runs of non-digits shortened: htmldate's ``search_page``
    finds the same date in it (see the module's docstring)."""
    codes = np.frombuffer(page.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if codes.size < _MIN_RUN:
        return page
    digit = _digits(codes, page)
    edges = np.flatnonzero(digit[1:] != digit[:-1]) + 1
    bounds = np.concatenate(([0], edges, [codes.size]))
    first = 1 if digit[0] else 0  # runs alternate; the first is of non-digits unless not
    starts, ends = bounds[first:-1:2], bounds[first + 1 :: 2]
    long = ends - starts >= _MIN_RUN
    run_starts: list[int] = starts[long].tolist()
    run_ends: list[int] = ends[long].tolist()
    if not run_starts:
        return page
    marked = set()
    marks = _marks(page)
    if marks:
        runs = np.searchsorted(np.asarray(run_ends), np.asarray(marks), side="right").tolist()
        for at, run in zip(marks, runs, strict=True):
            if run < len(run_ends) and run_starts[run] <= at >= run_ends[run] - _COPYRIGHT_REACH:
                marked.add(run)
    parts = []
    done = 0
    for run, (start, end) in enumerate(zip(run_starts, run_ends, strict=True)):
        tail = _COPYRIGHT_TAIL if run in marked else _TAIL
        if end - start <= tail + 2:
            continue
        head = page[start]
        parts += [page[done:start], _SEP if head == "©" else head, _SEP]
        done = end - tail
    parts.append(page[done:])
    return "".join(parts)
