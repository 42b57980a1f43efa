"""nutgraf: faithful extractive summaries of news articles, offline on a CPU.

>>> import nutgraf
>>> summary = nutgraf.summarize(text_or_html)          # doctest: +SKIP
>>> for point in summary.points: print(point.text)    # doctest: +SKIP
"""

from __future__ import annotations

import logging
from functools import cache

from nutgraf._version import __version__
from nutgraf.config import Config
from nutgraf.errors import (
    FetchError,
    InputError,
    NoArticleError,
    NutgrafError,
    RefusedError,
    StoreError,
    UnavailableError,
)
from nutgraf.pipeline import Kind, Source, Summarizer
from nutgraf.types import (
    Article,
    DateMention,
    Document,
    Entity,
    Facts,
    KeyPoint,
    Quantity,
    Sentence,
    Summary,
)

__all__ = [
    "Article",
    "Config",
    "DateMention",
    "Document",
    "Entity",
    "Facts",
    "FetchError",
    "InputError",
    "KeyPoint",
    "NoArticleError",
    "NutgrafError",
    "Quantity",
    "RefusedError",
    "Sentence",
    "StoreError",
    "Summarizer",
    "Summary",
    "UnavailableError",
    "__version__",
    "load",
    "summarize",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())


@cache
def _default() -> Summarizer:
    # One shared instance so models load once per process; it holds no per-call state.
    return Summarizer()


def load(source: Source, *, kind: Kind = "auto") -> Article:
    """Clean ``source`` (text, HTML, bytes, path or URL) into an ``Article``.

    See ``Summarizer.load``; raises ``InputError`` or ``FetchError``.
    """
    return _default().load(source, kind=kind)


def summarize(
    source: Source,
    *,
    kind: Kind = "auto",
    points: int | None = None,
    words: int | None = None,
    language: str | None = None,
) -> Summary:
    """Summarize ``source`` into key points with spans, facts and keywords.

    Raises ``InputError`` for unusable input and ``FetchError`` for URLs that fail.
    """
    return _default().summarize(source, kind=kind, points=points, words=words, language=language)
