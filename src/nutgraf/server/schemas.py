"""The API's response shapes, as ``/docs`` (OpenAPI) shows them.

They document what the routes return (``Summary.to_dict``, ``article_dict``, the feed
store's ``to_dict``) and the one error body every failure has; the routes keep building
their JSON themselves, and ``tests/server/test_openapi.py`` holds real answers against these
models (unknown fields forbidden), so the two cannot drift apart silently.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class _Shape(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorDetail(_Shape):
    loc: list[str | int] = Field(description="Where in the request: ['body', 'points'].")
    msg: str
    type: str


class ErrorBody(_Shape):
    code: str = Field(
        description="Stable and machine-readable: bad_input, no_article, fetch_failed, "
        "url_refused, invalid_request, malformed_json, not_found, too_large, key_required, "
        "bad_key, cross_site, rate_limited, busy, unavailable, internal..."
    )
    message: str = Field(description="For people; one line.")
    details: list[ErrorDetail] | None = Field(
        None, description="invalid_request only: each field that failed validation."
    )


class ErrorResponse(_Shape):
    """Every 4xx and 5xx answer of the API."""

    error: ErrorBody


class Point(_Shape):
    text: str = Field(description="Verbatim source sentences: article text[start:end].")
    start: int = Field(description="Character offset into the article's text.")
    end: int
    sentences: list[int] = Field(description="Indices of the source sentences it is made of.")


class QuantityFact(_Shape):
    text: str
    value: float | None
    unit: str
    start: int
    end: int


class DateFact(_Shape):
    text: str
    value: str | None = Field(description="ISO date or period, when known.")
    start: int
    end: int


class FactsOut(_Shape):
    people: list[str]
    organizations: list[str]
    places: list[str]
    other: list[str]
    quantities: list[QuantityFact]
    dates: list[DateFact]
    keywords: list[str]


class ArticleMeta(_Shape):
    title: str
    source: Literal["text", "html", "url"]
    url: str | None
    canonical_url: str | None
    date: str | None = Field(description="The story's publication date, when the page says.")
    author: str | None
    site_name: str | None
    language: str | None = Field(description="As the page declared it.")


class SummaryOut(_Shape):
    """A stored summary: ``nutgraf summarize --format json`` with ``id`` and ``article_id``."""

    id: int
    article_id: int
    title: str
    language: str
    points: list[Point]
    facts: FactsOut
    article: ArticleMeta
    version: str
    word_budget: int | None
    over_budget: bool


class ArticleItem(_Shape):
    id: int
    site: str
    title: str
    url: str | None
    canonical_url: str | None
    date: str | None = Field(description="Publication date from the page, when known.")
    author: str | None
    site_name: str | None
    language: str | None
    source: Literal["text", "html", "url"]
    content_hash: str
    created_at: str = Field(description="When nutgraf stored it (ISO 8601).")


class ArticleOut(ArticleItem):
    """A stored article with its body: the text every point's offsets index."""

    text: str


class ArticleList(_Shape):
    items: list[ArticleItem]
    total: int
    limit: int
    offset: int


class Health(_Shape):
    status: Literal["ok"]


class FeedOut(_Shape):
    id: int
    url: str
    added_url: str
    title: str
    items: int
    stored: int
    failed: int
    added_at: str
    checked_at: str | None
    updated_at: str | None
    last_error: str | None
    failures: int
    next_attempt: str | None


class FeedList(_Shape):
    items: list[FeedOut]
    total: int


class FeedItem(_Shape):
    id: int
    feed_id: int
    guid: str
    url: str
    title: str
    published: str | None
    state: Literal["new", "ok", "duplicate", "failed"]
    reason: str | None
    attempts: int
    next_attempt: str | None
    article_id: int | None


class FeedItemList(_Shape):
    items: list[FeedItem]
    total: int
    limit: int
    offset: int


_WHY = {
    400: "Malformed request: JSON that does not parse, a refused URL, a key in the query.",
    401: "An API key is needed, or the one sent is unknown or revoked.",
    403: "Refused: a state-changing request a browser sent from another site's page.",
    404: "No such resource.",
    413: "Request body too large.",
    422: "Invalid request fields, unusable input, no article, or a URL that cannot be fetched.",
    429: "Rate limited (Retry-After).",
    500: "Unexpected failure (a bug).",
    503: "At capacity (Retry-After), or the store is unavailable.",
}


def ok(model: type[BaseModel], description: str) -> dict[str, Any]:
    """The OpenAPI entry of a success answer."""
    return {"model": model, "description": description}


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The OpenAPI entries of a route's error answers: all ``ErrorResponse``."""
    return {s: {"model": ErrorResponse, "description": _WHY[s]} for s in (*statuses, 500)}
