"""A regular expression compiled when first used.

The phrase tables (``phrases_*``) hold some sixty large patterns; compiling them all when the
package is imported cost about 20 ms of a cold ``nutgraf summarize`` (docs/benchmarks.md),
though a page's sentences hold the trigger words of few of them (``phrases.phrase_kinds``
scans a pattern only then). ``re`` has no lazy compile of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


class LazyPattern:
    """``re.compile(pattern, flags)``, made on the first search."""

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.search(text, pos)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.match(text, pos)

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos)


def lazy(source: str, flags: int = 0) -> LazyPattern:
    """A pattern compiled on its first use (the arguments of ``re.compile``)."""
    return LazyPattern(source, flags)
