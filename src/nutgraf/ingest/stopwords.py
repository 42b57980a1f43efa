"""jusText's stop words of every language, for trafilatura's jusText fallback.

trafilatura's full cascade, on a page of unknown language, runs jusText with the union of
jusText's 100 stop-word lists (``trafilatura.external.jt_stoplist_init``), built on its
first use by decoding and lower-casing each of 188,000 lines one at a time: 0.1-0.3 s of a
cold start. ``prime`` builds the same set from each list's whole text at once and hands it
to trafilatura before its first cascade; the words, and so every extraction, are the same
(``tests/ingest/test_stopwords.py`` compares the two).
"""

from __future__ import annotations

import pkgutil
import re

import trafilatura.external
from justext import get_stoplists  # type: ignore[import-untyped]

# Where str.splitlines ends a line and bytes.splitlines (jusText's) does not.
_OTHER_LINE_ENDS = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def prime() -> None:
    """Give trafilatura its jusText stop-word union, unless it has built it already."""
    if trafilatura.external.JT_STOPLIST is None:
        trafilatura.external.JT_STOPLIST = tuple(union())  # type: ignore[assignment]


def union() -> set[str]:
    """Every word of jusText's stop-word lists, lower-cased, as jusText reads them."""
    words: set[str] = set()
    for language in get_stoplists():
        data = pkgutil.get_data("justext", f"stoplists/{language}.txt") or b""
        text = data.decode("utf8")
        if _OTHER_LINE_ENDS.search(text):  # none in jusText 3.0: then its own way
            words.update(line.decode("utf8").lower() for line in data.splitlines())
        else:
            # Lower-casing the whole text equals lower-casing each line: a line end is
            # neither cased nor case-ignorable, so no letter's context (final sigma)
            # crosses it.
            words.update(text.lower().splitlines())
    return words
