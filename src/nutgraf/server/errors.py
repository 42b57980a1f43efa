"""HTTP errors as JSON: ``{"error": {"code": ..., "message": ...}}``, never a bare 500."""

from __future__ import annotations

from typing import Any

from fastapi.responses import JSONResponse

from nutgraf.errors import (
    FetchError,
    InputError,
    NoArticleError,
    NutgrafError,
    RefusedError,
    UnavailableError,
)


class ApiError(Exception):
    """Raised by routes and middleware to answer with a status, a code and a message."""

    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


def error_body(code: str, message: str, **extra: Any) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, **extra}}


def error_response(err: ApiError) -> JSONResponse:
    return JSONResponse(error_body(err.code, err.message), err.status, headers=err.headers)


def from_nutgraf(exc: NutgrafError) -> ApiError:
    """The HTTP answer to a library error: the client's input (4xx), or 503 when something
    the server needs is unavailable."""
    message = str(exc) or type(exc).__name__
    if isinstance(exc, UnavailableError):  # the store is down: not the client's input
        return ApiError(503, "unavailable", message, {"Retry-After": "5"})
    if isinstance(exc, NoArticleError):
        return ApiError(422, "no_article", message)
    if isinstance(exc, InputError):
        return ApiError(422, "bad_input", message)
    if isinstance(exc, RefusedError):
        return ApiError(400, "url_refused", message)
    if isinstance(exc, FetchError):
        # The page could not be fetched: the URL given is at fault, not this server.
        return ApiError(422, "fetch_failed", message)
    return ApiError(400, "bad_request", message)
