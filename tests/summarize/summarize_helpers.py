"""Hand-written Documents for summarizer tests."""

from __future__ import annotations

from nutgraf.analyse.sentences import split_sentences
from nutgraf.summarize.prepare import Unit, prepare
from nutgraf.types import Article, Document


def make_document(text: str, language: str = "en", title: str = "") -> Document:
    """A Document of ``text`` (paragraphs separated by blank lines), split for real."""
    return Document(Article(text=text, title=title), language, split_sentences(text, language))


def unit_for(doc: Document, i: int) -> Unit | None:
    """The unit sentence ``i`` of ``doc`` needs (None: it cannot be kept whole)."""
    return prepare(doc).units[i]
