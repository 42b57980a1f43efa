"""``create_app(settings)``: the FastAPI app with its store, worker pool and guards.

Guards, outermost first: the body-size limit (413 before a large body is read), security
headers (CSP on every page, framing allowed only for the widget) and CORS (``*`` without
credentials, on public read routes only), then the cross-site guard (403 for a
state-changing request a browser sent from another site's page: CSRF).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import urlsplit

import fastapi_offline
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from nutgraf._version import __version__
from nutgraf.errors import NutgrafError
from nutgraf.server import api, feeds, pages
from nutgraf.server.errors import ApiError, error_body, error_response, from_nutgraf
from nutgraf.server.feedwork import feed_pool
from nutgraf.server.limits import Limiter
from nutgraf.server.schemas import Health, errors
from nutgraf.server.service import Service
from nutgraf.server.settings import ServerSettings
from nutgraf.server.work import ready, summarizer_pool
from nutgraf.store import Store

logger = logging.getLogger(__name__)

STATIC = Path(__file__).parent / "static"
# Swagger UI 5 (OpenAPI 3.1) ships inside the fastapi-offline package: /docs works offline.
SWAGGER = Path(fastapi_offline.__file__).parent / "static"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors {ancestors}"
)
_NO_CSP = ("/docs",)  # Swagger UI starts from an inline script
_PUBLIC_READ = ("/health", "/api/v1/articles", "/api/v1/summaries/", "/api/v1/feeds")


def create_app(settings: ServerSettings | None = None) -> FastAPI:
    """The nutgraf server app; the store and the worker pool open when it starts."""
    settings = settings or ServerSettings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = Store.open(settings.db_url)
        url = store.connect_url()
        pool = summarizer_pool(settings.config, url, settings.workers, settings.in_flight_cap)
        feed_workers = feed_pool(
            settings.config, url, settings.feed_workers, settings.feed_in_flight_cap
        )
        updates = None
        try:
            await pool.warm_up(ready)
            limiter = Limiter(store, settings)
            app.state.service = Service(settings, store, pool, limiter, feed_workers)
            if settings.feed_update_seconds:
                from nutgraf.feeds.background import ScheduledUpdates

                updates = ScheduledUpdates(
                    settings.config, store.connect_url(), settings.feed_update_seconds
                )
                updates.start()
            logger.info("nutgraf serving with %d workers, store %s", settings.workers, store.url)
            yield
        finally:
            if updates is not None:
                await updates.stop()
            feed_workers.close()
            pool.close()
            store.close()

    app = FastAPI(
        title="nutgraf",
        version=__version__,
        description="Faithful extractive summaries of news articles: API, reader and widget.",
        lifespan=lifespan,
        docs_url=None,  # served below from local assets: the default page loads a CDN
        redoc_url=None,
    )
    app.include_router(api.router)
    app.include_router(feeds.router)
    app.include_router(pages.router)
    app.mount("/static/swagger", StaticFiles(directory=SWAGGER), name="swagger")
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title="nutgraf API",
            swagger_js_url="/static/swagger/swagger-ui-bundle.js",
            swagger_css_url="/static/swagger/swagger-ui.css",
            swagger_favicon_url="/static/swagger/favicon.png",
        )

    @app.get("/health", tags=["health"], response_model=Health, responses=errors())
    async def health() -> dict[str, str]:
        """Liveness: 200 ``{"status": "ok"}``."""
        return {"status": "ok"}

    _error_handlers(app)
    # Added last = outermost: the size guard sees the request before anything reads it.
    app.add_middleware(CrossSiteMiddleware)
    app.add_middleware(HeadersMiddleware)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    return app


def _wants_html(request: Request) -> bool:
    path = request.url.path
    return not (path.startswith("/api/") or path == "/health") and request.method == "GET"


def _error_handlers(app: FastAPI) -> None:
    async def api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        if _wants_html(request):
            return pages.templates.TemplateResponse(
                request,
                "error.html",
                {"status": exc.status, "message": exc.message},
                status_code=exc.status,
                headers=exc.headers,
            )
        return error_response(exc)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        err = ApiError(exc.status_code, code, str(exc.detail), dict(exc.headers or {}))
        return await api_error(request, err)

    async def validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        details = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in exc.errors()
        ]
        if any(d["type"] == "json_invalid" for d in details):
            body = error_body("malformed_json", "the request body is not valid JSON")
            return JSONResponse(body, 400)
        message = "; ".join(f"{'.'.join(map(str, d['loc']))}: {d['msg']}" for d in details)
        return JSONResponse(error_body("invalid_request", message, details=details), 422)

    async def nutgraf_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, NutgrafError)
        return await api_error(request, from_nutgraf(exc))

    async def unexpected(request: Request, exc: Exception) -> Response:
        # The request edge: log with the path, answer JSON; bad input never lands here.
        logger.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
        return JSONResponse(error_body("internal", "internal error"), 500)

    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(NutgrafError, nutgraf_error)
    app.add_exception_handler(Exception, unexpected)


class BodyTooLargeError(ApiError):
    def __init__(self, limit: int) -> None:
        super().__init__(413, "too_large", f"request body over {limit:,} bytes")


# A client that sends its whole body before reading the answer (most do) sees a connection
# reset instead of the 413 when the server closes with the body unread. So, like a web
# server's lingering close, the rest of an oversize body is read and dropped, never kept or
# parsed, up to this many bytes and seconds, before the 413 goes out.
DRAIN_BYTES = 16 * 1024 * 1024
DRAIN_SECONDS = 5.0


async def _drain(receive: Receive, more_body: bool = True) -> None:
    """Read and drop what is left of a request body, within the drain budget."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + DRAIN_SECONDS
    dropped = 0
    while more_body and dropped <= DRAIN_BYTES:
        remaining = deadline - loop.time()
        if remaining <= 0:
            return
        try:
            message = await asyncio.wait_for(receive(), remaining)
        except TimeoutError:
            return
        if message["type"] != "http.request":
            return
        dropped += len(message.get("body", b""))
        more_body = bool(message.get("more_body", False))


class BodyLimitMiddleware:
    """413 for a body over ``max_bytes``: by Content-Length before any is read, else while
    streaming; the body itself is never kept (see ``DRAIN_BYTES``)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_bytes
        headers = dict(scope["headers"])
        length = headers.get(b"content-length")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                declared = -1
            if declared < 0 or declared > limit:
                err: ApiError = BodyTooLargeError(limit)
                if declared < 0:
                    err = ApiError(400, "bad_request", "invalid Content-Length")
                err.headers["Connection"] = "close"
                # A client that asked "Expect: 100-continue" has sent nothing: reading now
                # would invite the body.
                waiting = headers.get(b"expect", b"").lower() == b"100-continue"
                if 0 < declared <= DRAIN_BYTES and not waiting:
                    await _drain(receive)
                await error_response(err)(scope, receive, send)
                return
        seen = 0
        answered = False

        async def limited() -> Message:
            # A chunked upload past the limit: answer 413 here and tell the app the client
            # left, so nothing more is read and the app's own answer is dropped.
            nonlocal seen, answered
            if answered:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    answered = True
                    err = BodyTooLargeError(limit)
                    err.headers["Connection"] = "close"
                    await _drain(receive, bool(message.get("more_body", False)))
                    await error_response(err)(scope, receive, send)
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            if not answered:
                await send(message)

        await self.app(scope, limited, guarded_send)


class HeadersMiddleware:
    """Security headers on every response; CORS ``*`` on public read routes only."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        method: str = scope["method"]
        public_read = path.startswith(_PUBLIC_READ) and not path.endswith("/summary")
        if method == "OPTIONS" and public_read:
            await Response(status_code=204, headers=_cors(preflight=True))(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers: list[tuple[bytes, bytes]] = list(message.get("headers", []))
                extra = _security(path)
                if public_read and method in ("GET", "HEAD"):
                    extra.update(_cors())
                headers.extend((k.lower().encode(), v.encode()) for k, v in extra.items())
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _security(path: str) -> dict[str, str]:
    headers = {
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
    }
    if path.startswith(_NO_CSP):
        return headers
    widget = path == "/widget"
    headers["Content-Security-Policy"] = CSP.format(ancestors="*" if widget else "'none'")
    if not widget:
        headers["X-Frame-Options"] = "DENY"
    return headers


def _cors(*, preflight: bool = False) -> dict[str, str]:
    headers = {"Access-Control-Allow-Origin": "*"}
    if preflight:
        headers["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
        headers["Access-Control-Allow-Headers"] = "Content-Type"
        headers["Access-Control-Max-Age"] = "86400"
    return headers


_UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_OWN_FETCH = (b"same-origin", b"none")  # Sec-Fetch-Site values of our own pages and the user


class CrossSiteMiddleware:
    """403 for a state-changing request a browser sent from another site's page (CSRF).

    A hostile page can make a reader's browser POST a form to ``/summarize`` or to an
    article's summary route, spending the reader's quota and storing what it likes. Browsers
    say where a request comes from: ``Sec-Fetch-Site`` (anything but ``same-origin`` or
    ``none`` is refused, ``same-site`` too: a sibling subdomain is another site here), else
    ``Origin`` (refused unless it names this host). API clients send neither and pass; the
    widget runs in an iframe served by nutgraf itself, so its requests are same-origin.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] in _UNSAFE:
            headers = dict(scope["headers"])
            if _cross_site(headers):
                err = ApiError(
                    403, "cross_site", "refused: a request from another site's page (CSRF)"
                )
                await error_response(err)(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _cross_site(headers: dict[bytes, bytes]) -> bool:
    fetch_site = headers.get(b"sec-fetch-site")
    if fetch_site is not None:
        return fetch_site.strip().lower() not in _OWN_FETCH
    origin = headers.get(b"origin")
    if origin is None:
        return False  # not a browser (or one too old to say): nothing to go by
    claimed = origin.decode("latin-1")
    sender = _host_port(claimed, None)  # None for "null" (sandboxed frames, data: pages)
    return sender is None or sender != _host_port(
        claimed, headers.get(b"host", b"").decode("latin-1")
    )


def _host_port(origin: str, host: str | None) -> tuple[str, int] | None:
    """(host, port) of ``origin``, or of the ``host`` header read with origin's scheme."""
    try:
        parts = urlsplit(origin.strip())
        default = 443 if parts.scheme == "https" else 80
        if host is not None:
            parts = urlsplit(f"//{host.strip()}")
        if not parts.hostname:
            return None
        return parts.hostname.lower(), parts.port or default
    except ValueError:
        return None
