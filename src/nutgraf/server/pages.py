"""The reader's pages: the article list, an article with its button, the paste form, the widget.

Templates autoescape every value; links are only rendered for http(s) URLs; scripts are
static files (the CSP forbids inline ones).
"""

from __future__ import annotations

import math
from pathlib import Path as FilePath
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import APIRouter, Form, Path, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool

from nutgraf.analyse.language import detect_language
from nutgraf.pipeline import Kind
from nutgraf.server.errors import ApiError
from nutgraf.server.i18n import labels
from nutgraf.server.service import Service
from nutgraf.store import StoredArticle, site_of
from nutgraf.store.feeds import FeedStore
from nutgraf.summaries import Options

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=FilePath(__file__).parent / "templates")
STATIC = FilePath(__file__).parent / "static"


def safe_url(url: str | None) -> str | None:
    """``url`` when it is http(s), else None: a ``javascript:`` link must never be rendered."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def source_link(stored: StoredArticle) -> str | None:
    """The link an article's page shows as its source: only for a fetched article, and its
    canonical link only when it is on the site it was fetched from. A pasted article's
    links and site name are only what the paste claimed: its page shows none of them."""
    if not stored.fetched:
        return None
    art = stored.article
    canonical = art.canonical_url
    if canonical and site_of(canonical) == stored.site:
        return safe_url(canonical)
    return safe_url(art.url)


templates.env.filters["safe_url"] = safe_url
templates.env.filters["source_link"] = source_link


def _service(request: Request) -> Service:
    service: Service = request.app.state.service
    return service


def _language(stored: StoredArticle) -> str:
    if stored.language:
        return stored.language
    return detect_language(stored.article.title + "\n" + stored.article.text[:2000])


@router.get("/", response_class=HTMLResponse)
async def index(
    request: Request,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    site: Annotated[str | None, Query(max_length=255)] = None,
    feed: Annotated[int | None, Query(ge=1, le=2**62)] = None,
) -> Response:
    store = _service(request).store
    feeds = FeedStore(store)
    size = _service(request).settings.page_size
    offset = (page - 1) * size
    feed_title = None
    if feed is not None:
        found = await run_in_threadpool(feeds.get_feed, feed)
        if found is None:
            raise ApiError(404, "not_found", f"no feed {feed}")
        feed_title, total = found.title or found.url, found.stored
        ids = await run_in_threadpool(
            lambda: feeds.feed_article_ids(feed, limit=size, offset=offset)
        )
        got = [await run_in_threadpool(store.get_article, i) for i in ids]
        items = [a for a in got if a is not None]
    else:
        items = await run_in_threadpool(
            lambda: store.list_articles(site=site, limit=size, offset=offset)
        )
        total = await run_in_threadpool(lambda: store.count_articles(site=site))
    via = await run_in_threadpool(feeds.feed_links, [a.id for a in items])
    return templates.TemplateResponse(
        request,
        "index.html",
        {
            "articles": items,
            "via": via,
            "page": page,
            "pages": max(1, math.ceil(total / size)),
            "site": site,
            "feed": feed,
            "feed_title": feed_title,
            "total": total,
        },
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
async def article_page(
    article_id: Annotated[int, Path(ge=1, le=2**62)], request: Request
) -> Response:
    store = _service(request).store
    stored = await run_in_threadpool(store.get_article, article_id)
    if stored is None:
        raise ApiError(404, "not_found", f"no article {article_id}")
    prev, nxt = await run_in_threadpool(store.neighbours, article_id)
    language = await run_in_threadpool(_language, stored)
    return templates.TemplateResponse(
        request,
        "article.html",
        {
            "stored": stored,
            "article": stored.article,
            # Each with its start: the summary's offsets mark points inside them.
            "paragraphs": stored.article.paragraphs,
            "language": language,
            "labels": labels(language),
            "prev": prev,
            "next": nxt,
            "open": request.query_params.get("summary") == "open",
        },
    )


@router.get("/summarize", response_class=HTMLResponse)
async def summarize_form(request: Request) -> Response:
    return templates.TemplateResponse(
        request, "summarize.html", {"error": None, "url": "", "text": ""}
    )


@router.post("/summarize", response_class=HTMLResponse)
async def summarize_submit(
    request: Request,
    url: Annotated[str, Form(max_length=4096)] = "",
    text: Annotated[str, Form()] = "",
) -> Response:
    """Summarize a pasted URL or text, then show its article page with the points open."""
    kind: Kind = "url" if url.strip() else "auto"
    raw = url if url.strip() else text
    try:
        if not raw.strip():
            raise ApiError(422, "bad_input", "paste a URL or the text of an article")
        service = _service(request)
        result = await service.summarize_input(request, kind, raw, Options())
    except ApiError as err:
        context = {"error": err.message, "url": url, "text": text}
        return templates.TemplateResponse(
            request, "summarize.html", context, status_code=err.status, headers=err.headers
        )
    article_id = result.summary["article_id"]
    return RedirectResponse(f"/articles/{article_id}?summary=open", status_code=303)


@router.get("/widget", response_class=HTMLResponse)
async def widget(
    request: Request,
    url: Annotated[str, Query(max_length=4096)] = "",
    lang: Annotated[str, Query(max_length=16)] = "",
) -> Response:
    """The page the publisher's iframe shows: the button, then that page's key points."""
    code = (lang or "en").lower().replace("_", "-").split("-")[0]
    context = {
        "url": safe_url(url) or "",
        "labels": labels(lang or None),
        "lang": code if code.isalpha() else "en",
    }
    return templates.TemplateResponse(request, "widget.html", context)


@router.get("/favicon.ico")
async def favicon() -> FileResponse:
    """The icon browsers ask for by this name (pages link the same SVG)."""
    return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")
