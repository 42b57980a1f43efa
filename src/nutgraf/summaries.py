"""Summaries kept in the store: made once per article and options, whoever asks.

The server's workers and the feed updater both store summaries through
``summarize_and_store``, so they share one cache. It sits below ``server`` and ``feeds``
and imports neither.

A summary belongs to one stored article (``cache_key``: the article's source, its text,
the summarizer version and the options), never to whoever first stored the same text: a
pasted copy of a story cannot lend its title or links to the fetched original. Only what
the summarizer reads (the title and the text, with the version and options: ``points_key``)
is shared, so the same story arriving twice is summarized once and each copy keeps its own
metadata.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from nutgraf.pipeline import Summarizer, version
from nutgraf.store import Store, StoredSummary, cache_key, content_hash, points_key, source_key
from nutgraf.types import Article


@dataclass(frozen=True, slots=True)
class Options:
    """The summary options that are part of the cache key."""

    points: int | None = None
    words: int | None = None
    language: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"points": self.points, "words": self.words, "language": self.language}


def summary_key(article: Article, options: Options) -> str:
    """The cache key of ``article``'s summary under ``options`` (see ``store.cache_key``)."""
    digest = content_hash(article.text)
    return cache_key(source_key(article), digest, version(), options.as_dict())


def summarize_and_store(
    summarizer: Summarizer, store: Store, article: Article, options: Options
) -> tuple[StoredSummary, bool]:
    """The summary of ``article`` under ``options`` from the store, else made and stored.

    Returns the stored summary and whether it was there already. Points made for another
    article with the same title and text are reused, under this article's metadata.
    Raises ``InputError`` when the article has no sentences.
    """
    key = summary_key(article, options)
    stored = store.get_summary_by_key(key)
    if stored is not None:
        return stored, True
    shared = points_key(article.title, content_hash(article.text), version(), options.as_dict())
    same = store.get_summary_by_points_key(shared)
    if same is not None:
        data = {**same.data, "article": _article_fields(article)}
        language = str(data["language"])
        made_with = str(data.get("version") or version())
    else:
        summary = summarizer.summarize(
            article, points=options.points, words=options.words, language=options.language
        )
        data, language, made_with = summary.to_dict(), summary.language, summary.version
    kept = store.put_article(article, language=language)
    if kept.language is None:
        store.set_language(kept.id, language)
    stored = store.put_summary(
        kept.id,
        key,
        data,
        version=made_with,
        options=options.as_dict(),
        points_key=shared,
    )
    return stored, False


def _article_fields(article: Article) -> dict[str, Any]:
    """An article as ``Summary.to_dict()`` shows it (without its text)."""
    fields = asdict(article)
    fields.pop("text")
    return fields
