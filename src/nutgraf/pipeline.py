"""The main flow: source -> Article -> Document -> Summary.

``Summarizer`` holds what is costly to build (the fact extractor's models) and the config;
build one per process and reuse it. ``load()`` and ``summarize()`` in ``nutgraf`` use a
shared default instance.
"""

from __future__ import annotations

import copy
import logging
import os
import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from nutgraf._version import __version__
from nutgraf.analyse.language import detect_language
from nutgraf.analyse.sentences import split_sentences
from nutgraf.config import Config
from nutgraf.errors import InputError, NoArticleError
from nutgraf.ingest.decode import check_text, decode_text
from nutgraf.ingest.html import decode_html, extract_html
from nutgraf.languages import normalize_language
from nutgraf.summarize import key_points
from nutgraf.types import Article, Document, Facts, Summary

if TYPE_CHECKING:
    from nutgraf.analyse.facts import FactExtractor

logger = logging.getLogger(__name__)

Kind = Literal["auto", "text", "html", "url"]
Source = str | bytes | os.PathLike[str] | Article | Document

_URL = re.compile(r"https?://\S+\Z", re.IGNORECASE)
_HTML_START = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_TAG = re.compile(r"</?(p|div|span|a|br|li|ul|h[1-6]|article|section|script|meta|table)\b", re.I)
MAX_SUMMARY_SENTENCES = 2_000  # the scorer sees at most this many sentences (see summarize)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML document or fragment rather than plain text."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    return len(_TAG.findall(head)) >= 5


def version() -> str:
    """The summarizer version recorded with each summary (cache key for stored summaries)."""
    return f"nutgraf-{__version__}"


class Summarizer:
    """Loads, analyses and summarizes articles; holds the config and the models."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self._facts = _LazyFacts()

    def with_config(self, config: Config) -> Summarizer:
        """A summarizer with other limits that shares this one's models (cheap to make)."""
        clone = copy.copy(self)
        clone.config = config
        return clone

    def load(self, source: Source, *, kind: Kind = "auto") -> Article:
        """Turn a source into a cleaned Article.

        ``source``: an ``Article``; a path (``os.PathLike``) to an HTML or text file; a URL
        string (fetched); bytes; or a string of HTML or scraped text. ``kind`` forces the
        type. Strings are never taken as file paths. Raises ``InputError`` (and its
        ``NoArticleError``) for unusable input and ``FetchError`` for URLs that fail.
        """
        if isinstance(source, Document):
            return source.article
        if isinstance(source, Article):
            return source
        if isinstance(source, os.PathLike):
            return self._from_bytes(self._read_file(Path(source)), kind)
        if isinstance(source, bytes):
            return self._from_bytes(source, kind)
        if kind == "url" or (kind == "auto" and _URL.match(source.strip())):
            return self._from_url(source.strip())
        self._check_size(len(source.encode("utf-8", errors="replace")))
        text = check_text(source)
        if kind == "html" or (kind == "auto" and looks_like_html(text)):
            return extract_html(text, config=self.config)
        return clean_text(text)

    def analyse(self, article: Article, *, language: str | None = None) -> Document:
        """Detect the language and split sentences; facts are extracted when first read."""
        lang = (language or detect_language(article.title + "\n" + article.text)).lower()
        sentences = split_sentences(article.text, lang)
        if not sentences:
            raise NoArticleError("no sentences in the article text")
        extract = self._facts
        facts = Facts.deferred(lambda: extract(article.text, sentences, lang, article.title))
        return Document(article=article, language=lang, sentences=sentences, facts=facts)

    def summarize(
        self,
        source: Source,
        *,
        kind: Kind = "auto",
        points: int | None = None,
        words: int | None = None,
        language: str | None = None,
    ) -> Summary:
        """Summarize ``source`` (anything ``load`` takes, or a ``Document``).

        ``points``: number of key points (default: chosen per article, 1-4);
        ``language``: an ISO 639 code (``"en"``, ``"ru-RU"``; default: detected);
        ``words``: word budget, never exceeded except by a first point longer on its own
        (then ``Summary.over_budget``). Raises ``InputError`` for bad options or input.
        """
        if points is not None and not 1 <= points <= 50:
            raise InputError(f"points must be between 1 and 50, not {points}")
        if words is not None and words < 1:
            raise InputError(f"words must be positive, not {words}")
        if language is not None:
            language = normalize_language(language)
        if isinstance(source, Document) and language in (None, source.language):
            doc = source
        else:
            doc = self.analyse(self.load(source, kind=kind), language=language)
        if len(doc.sentences) > MAX_SUMMARY_SENTENCES:
            # Book-length input: news leads with its key points, so the head is scored.
            logger.info(
                "scoring the first %d of %d sentences", MAX_SUMMARY_SENTENCES, len(doc.sentences)
            )
            doc = Document(
                doc.article, doc.language, doc.sentences[:MAX_SUMMARY_SENTENCES], doc.facts
            )
        chosen, over = key_points(doc, points=points, words=words)
        return Summary(
            title=doc.article.title,
            language=doc.language,
            points=chosen,
            facts=doc.facts,
            article=doc.article,
            version=version(),
            word_budget=words,
            over_budget=over,
        )

    def _from_url(self, url: str) -> Article:
        from nutgraf.ingest.fetch import fetch  # the HTTP stack loads only for URLs

        fetched = fetch(url, self.config)
        ctype = fetched.content_type.lower()
        if "html" in ctype or "xml" in ctype or not ctype:
            html = decode_html(fetched.body, fetched.content_type)  # header charset first
            article = extract_html(html, url=fetched.url, config=self.config)
        else:
            article = clean_text(decode_text(fetched.body, _charset(ctype)))
        return article if article.url else _with_url(article, fetched.url)

    def _from_bytes(self, data: bytes, kind: Kind) -> Article:
        # Decoded once: an HTML page by its own rules (<meta charset>), anything else as text.
        self._check_size(len(data))
        if kind == "html" or (kind == "auto" and looks_like_html(data[:4096].decode("latin-1"))):
            return extract_html(data, config=self.config)  # decoded and checked there, once
        text = decode_text(data)
        if kind == "auto" and looks_like_html(text):  # UTF-16 HTML, say
            return extract_html(text, config=self.config)
        return clean_text(text)

    def _read_file(self, path: Path) -> bytes:
        try:
            size = path.stat().st_size
            self._check_size(size)
            return path.read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: {exc.strerror or exc}") from exc

    def _check_size(self, size: int) -> None:
        if size == 0:
            raise InputError("input is empty")
        if size > self.config.max_input_bytes:
            limit = self.config.max_input_bytes // (1024 * 1024)
            raise InputError(f"input of {size:,} bytes is larger than the {limit} MB limit")


class _LazyFacts:
    """The fact extractor, imported and built on its first call.

    Facts are computed when read (``Facts.deferred``); a process that never reads them
    (a key-points button, a batch without facts) never imports their rules and models.
    """

    def __init__(self) -> None:
        self._extract: FactExtractor | None = None

    def __call__(self, *args: Any) -> Facts:
        if self._extract is None:
            from nutgraf.analyse.facts import FactExtractor

            self._extract = FactExtractor()
        return self._extract(*args)


def clean_text(text: str) -> Article:
    """``nutgraf.ingest.text.clean_text``, imported on first use: HTML pages never need it."""
    from nutgraf.ingest.text import clean_text as clean

    return clean(text)


def _charset(content_type: str) -> str | None:
    m = re.search(r"charset=([\w.:-]+)", content_type)
    return m.group(1) if m else None


def _with_url(article: Article, url: str) -> Article:
    return replace(article, url=url)
