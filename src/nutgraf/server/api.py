"""The JSON API under ``/api/v1``: summarize, read summaries and articles."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, model_validator
from starlette.concurrency import run_in_threadpool

from nutgraf.pipeline import Kind
from nutgraf.server.errors import ApiError
from nutgraf.server.schemas import ArticleList, ArticleOut, SummaryOut, errors, ok
from nutgraf.server.service import Service, article_dict
from nutgraf.server.work import JobResult
from nutgraf.summaries import Options

router = APIRouter(prefix="/api/v1")

Id = Annotated[int, Path(ge=1, le=2**62)]


class SummarizeRequest(BaseModel):
    """Exactly one of ``text``, ``html`` or ``url``; options as in ``nutgraf summarize``."""

    model_config = ConfigDict(extra="forbid", strict=True)

    text: str | None = Field(None, description="Scraped or plain text, clutter and all.")
    html: str | None = Field(None, description="An HTML page.")
    url: str | None = Field(None, description="An http(s) URL, fetched by the safe fetcher.")
    points: int | None = Field(None, ge=1, le=50, description="Number of key points.")
    words: int | None = Field(None, ge=1, le=10_000, description="Word budget.")
    language: str | None = Field(
        None, pattern=r"^[A-Za-z]{2,3}$", description="Language code (default: detected)."
    )

    @model_validator(mode="after")
    def _one_source(self) -> SummarizeRequest:
        given = [name for name in ("text", "html", "url") if getattr(self, name) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of text, html or url")
        return self

    def source(self) -> tuple[Kind, str]:
        if self.text is not None:
            return "text", self.text
        if self.html is not None:
            return "html", self.html
        return "url", self.url or ""


def _service(request: Request) -> Service:
    service: Service = request.app.state.service
    return service


def _summary_response(result: JobResult, status_new: int = 201) -> JSONResponse:
    headers = {"X-Nutgraf-Cache": "hit" if result.cached else "miss"}
    status = 200 if result.cached else status_new
    if status == 201:
        headers["Location"] = f"/api/v1/summaries/{result.summary['id']}"
    return JSONResponse(result.summary, status, headers=headers)


@router.post(
    "/summaries",
    status_code=201,
    response_model=None,
    responses={
        200: ok(SummaryOut, "Stored already: the same content and options, the same id."),
        201: ok(SummaryOut, "Summarized and stored."),
        **errors(400, 401, 403, 413, 422, 429, 503),
    },
)
async def create_summary(body: SummarizeRequest, request: Request) -> JSONResponse:
    """Summarize text, HTML or a URL; the article is stored with its summary.

    The JSON is that of ``nutgraf summarize --format json`` with ``id`` and ``article_id``.
    """
    kind, raw = body.source()
    options = Options(body.points, body.words, body.language.lower() if body.language else None)
    result = await _service(request).summarize_input(request, kind, raw, options)
    return _summary_response(result)


@router.get(
    "/summaries/{summary_id}",
    response_model=None,
    responses={200: ok(SummaryOut, "The summary."), **errors(404, 422)},
)
async def get_summary(summary_id: Id, request: Request) -> dict[str, Any]:
    """A stored summary by id (public)."""
    found = await run_in_threadpool(_service(request).store.get_summary, summary_id)
    if found is None:
        raise ApiError(404, "not_found", f"no summary {summary_id}")
    return found.to_dict()


@router.get(
    "/articles",
    response_model=None,
    responses={200: ok(ArticleList, "A page of articles."), **errors(422)},
)
async def list_articles(
    request: Request,
    site: Annotated[str | None, Query(max_length=255)] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> dict[str, Any]:
    """Stored articles, newest first, optionally of one site (public; no body text)."""
    store = _service(request).store
    items = await run_in_threadpool(
        lambda: store.list_articles(site=site, limit=limit, offset=offset)
    )
    total = await run_in_threadpool(lambda: store.count_articles(site=site))
    return {
        "items": [article_dict(a, body=False) for a in items],
        "total": total,
        "limit": limit,
        "offset": offset,
    }


@router.get(
    "/articles/{article_id}",
    response_model=None,
    responses={200: ok(ArticleOut, "The article with its text."), **errors(404, 422)},
)
async def get_article(article_id: Id, request: Request) -> dict[str, Any]:
    """A stored article with its body text (public)."""
    found = await run_in_threadpool(_service(request).store.get_article, article_id)
    if found is None:
        raise ApiError(404, "not_found", f"no article {article_id}")
    return article_dict(found)


@router.post(
    "/articles/{article_id}/summary",
    response_model=None,
    responses={
        200: ok(SummaryOut, "Summarized before: the stored summary."),
        201: ok(SummaryOut, "Summarized now and stored."),
        **errors(401, 403, 404, 422, 429, 503),
    },
)
async def summarize_article(article_id: Id, request: Request) -> JSONResponse:
    """The default summary of a stored article: made on first call (rate-limited), then read."""
    service = _service(request)
    found = await run_in_threadpool(service.store.get_article, article_id)
    if found is None:
        raise ApiError(404, "not_found", f"no article {article_id}")
    return _summary_response(await service.summarize_article(request, found))
