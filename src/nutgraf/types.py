"""The data that flows through nutgraf: ``Article -> Document -> Summary``.

Every span is a pair of character offsets into ``Article.text`` (the cleaned body), so
``article.text[span.start:span.end] == span.text`` holds for sentences, key points and facts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

SourceKind = Literal["text", "html", "url"]
EntityKind = Literal["person", "organization", "place", "other"]


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned news article: title, body and what the page said about itself.

    ``text`` holds the story's paragraphs separated by blank lines (``"\\n\\n"``); clutter
    (menus, buttons, related headlines) is gone. Metadata fields are ``None`` when unknown.
    """

    text: str
    title: str = ""
    source: SourceKind = "text"
    url: str | None = None
    canonical_url: str | None = None
    date: str | None = None
    author: str | None = None
    site_name: str | None = None
    language: str | None = None  # as declared by the page; analysis detects its own

    @property
    def paragraphs(self) -> tuple[Span, ...]:
        """The spans of the body's paragraphs (blank-line separated), in order."""
        return paragraph_spans(self.text)

    def with_deferred_date(self, compute: Callable[[], str | None]) -> Article:
        """This article with ``date`` set to ``compute()``, computed when ``date`` is first
        read (once; then the result is kept and ``compute`` dropped).

        A page's date costs a search of the whole page that key points never need; every
        reader of ``date`` (``==``, ``hash``, ``repr``, ``asdict``, ``replace``, pickling)
        gets the computed value. ``compute`` must be pure: two threads reading at once
        compute equal values.
        """
        out = replace(self)
        _DATE_SLOT.__set__(out, _Deferred(compute))
        return out


class _Deferred:
    """A field's value not computed yet (see ``Article.with_deferred_date``)."""

    __slots__ = ("compute",)

    def __init__(self, compute: Callable[[], Any]) -> None:
        self.compute = compute


class _DeferrableSlot:
    """A dataclass slot that may hold a ``_Deferred``: read, it computes the value and
    keeps it in place of the ``_Deferred``. Written, it stores what it is given (the frozen
    dataclass's ``__init__`` writes its fields with ``object.__setattr__``)."""

    __slots__ = ("_slot",)

    def __init__(self, slot: Any) -> None:
        self._slot = slot

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = self._slot.__get__(obj, owner)
        if type(value) is _Deferred:
            value = value.compute()
            self._slot.__set__(obj, value)
        return value

    def __set__(self, obj: object, value: Any) -> None:
        self._slot.__set__(obj, value)


# Article.date's slot, read through _DeferrableSlot (a slots dataclass keeps its fields in
# member descriptors of the class; this one is wrapped, its storage is the same).
_DATE_SLOT = Article.__dict__["date"]
setattr(Article, "date", _DeferrableSlot(_DATE_SLOT))  # noqa: B010 (hidden from mypy on purpose)


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of ``Article.text``: ``text == article.text[start:end]``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the body, with its place in the article."""

    text: str
    start: int
    end: int
    index: int  # position among all sentences
    paragraph: int  # index of the paragraph it belongs to


@dataclass(frozen=True, slots=True)
class Entity:
    """A named person, organization or place, with every place it is mentioned."""

    text: str
    kind: EntityKind
    mentions: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as written, with its unit or what it counts (``"20,000 Lada units"``)."""

    text: str
    value: float | None
    unit: str  # "" when the number stands alone
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or period as written (``"2023"``, ``"late in the year"``), ISO value if known."""

    text: str
    value: str | None
    start: int
    end: int


class Facts:
    """Who, where, how many and when: the facts that matter beside the summary.

    ``Facts.deferred(compute)`` is computed on first access of any field, once: key points
    never read facts, so a summary that does not show them does not pay for them.
    Immutable once computed; pickling computes them first.
    """

    __slots__ = ("_compute", "_value")

    def __init__(
        self,
        entities: tuple[Entity, ...] = (),
        quantities: tuple[Quantity, ...] = (),
        dates: tuple[DateMention, ...] = (),
        keywords: tuple[str, ...] = (),
    ) -> None:
        self._compute: Callable[[], Facts] | None = None
        self._value: tuple[Any, ...] | None = (
            tuple(entities),
            tuple(quantities),
            tuple(dates),
            tuple(keywords),
        )

    @classmethod
    def deferred(cls, compute: Callable[[], Facts]) -> Facts:
        """Facts that ``compute()`` makes when a field is first read."""
        out = cls()
        out._compute, out._value = compute, None
        return out

    def _fields(self) -> tuple[Any, ...]:
        if self._value is None:
            assert self._compute is not None
            # Pure and idempotent: two threads computing at once get equal values.
            self._value = self._compute()._fields()
            self._compute = None  # drop the extractor: nothing else to compute
        return self._value

    @property
    def computed(self) -> bool:
        """Whether the facts have been computed (always True unless deferred)."""
        return self._value is not None

    @property
    def entities(self) -> tuple[Entity, ...]:
        out: tuple[Entity, ...] = self._fields()[0]
        return out

    @property
    def quantities(self) -> tuple[Quantity, ...]:
        out: tuple[Quantity, ...] = self._fields()[1]
        return out

    @property
    def dates(self) -> tuple[DateMention, ...]:
        out: tuple[DateMention, ...] = self._fields()[2]
        return out

    @property
    def keywords(self) -> tuple[str, ...]:
        out: tuple[str, ...] = self._fields()[3]
        return out

    def names(self, kind: EntityKind | None = None) -> list[str]:
        """Entity names, optionally of one kind, in order of first mention."""
        return [e.text for e in self.entities if kind is None or e.kind == kind]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Facts) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        if self._value is None:
            return "Facts(<deferred>)"
        e, q, d, k = self._value
        return f"Facts(entities={e!r}, quantities={q!r}, dates={d!r}, keywords={k!r})"

    def __reduce__(self) -> tuple[type[Facts], tuple[Any, ...]]:
        return (Facts, self._fields())


@dataclass(frozen=True, slots=True)
class Document:
    """An article after analysis: language, sentences and facts, ready to summarize."""

    article: Article
    language: str
    sentences: tuple[Sentence, ...]
    facts: Facts = field(default_factory=Facts)

    @property
    def text(self) -> str:
        return self.article.text


@dataclass(frozen=True, slots=True)
class KeyPoint:
    """One key point: one or more consecutive source sentences, verbatim.

    ``text == article.text[start:end]``; ``sentences`` lists the indices of the source
    sentences it is made of (more than one when a hedge, negation or antecedent was kept).
    """

    text: str
    start: int
    end: int
    sentences: tuple[int, ...]
    score: float = 0.0


@dataclass(frozen=True, slots=True)
class Summary:
    """The result of summarizing one article."""

    title: str
    language: str
    points: tuple[KeyPoint, ...]
    facts: Facts
    article: Article
    version: str
    word_budget: int | None = None
    over_budget: bool = False  # True when the first point alone exceeds the word budget

    @property
    def text(self) -> str:
        """The key points, one per line."""
        return "\n".join(p.text for p in self.points)

    def to_dict(self, *, include_body: bool = False) -> dict[str, Any]:
        """A JSON-ready dict: the schema of ``nutgraf summarize --format json`` and the API."""
        art = asdict(self.article)
        if not include_body:
            art.pop("text")
        return {
            "title": self.title,
            "language": self.language,
            "points": [
                {"text": p.text, "start": p.start, "end": p.end, "sentences": list(p.sentences)}
                for p in self.points
            ],
            "facts": {
                "people": self.facts.names("person"),
                "organizations": self.facts.names("organization"),
                "places": self.facts.names("place"),
                "other": self.facts.names("other"),
                "quantities": [
                    {
                        "text": q.text,
                        "value": q.value,
                        "unit": q.unit,
                        "start": q.start,
                        "end": q.end,
                    }
                    for q in self.facts.quantities
                ],
                "dates": [
                    {"text": d.text, "value": d.value, "start": d.start, "end": d.end}
                    for d in self.facts.dates
                ],
                "keywords": list(self.facts.keywords),
            },
            "article": art,
            "version": self.version,
            "word_budget": self.word_budget,
            "over_budget": self.over_budget,
        }


def paragraph_spans(text: str) -> tuple[Span, ...]:
    """Split ``text`` on blank lines into paragraph spans with exact offsets."""
    spans: list[Span] = []
    pos = 0
    for block in text.split("\n\n"):
        stripped = block.strip()
        if stripped:
            start = pos + block.index(stripped)
            spans.append(Span(stripped, start, start + len(stripped)))
        pos += len(block) + 2
    return tuple(spans)
