"""Who may summarize and how often: API keys, per-IP and per-key fixed-window limits.

Counters live in the store's ``rate_counters`` table, one atomic upsert per request, so a
limit holds across every process and server that shares the database (uvicorn workers,
several hosts behind a balancer) and survives restarts. A shared-memory counter would be
faster but only spans the processes of one server; the limited routes cost milliseconds of
CPU each, so one small write is cheap beside them.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from nutgraf.ingest.urls import site_origin
from nutgraf.server.errors import ApiError
from nutgraf.server.settings import ServerSettings
from nutgraf.store import ApiKey, Store

KEY_HEADER = "X-API-Key"
_QUERY_NAMES = ("api_key", "apikey", "key", "token", "access_token")


@dataclass(frozen=True, slots=True)
class Caller:
    """Who sent a request: a key's name, or an anonymous client IP."""

    bucket: str
    limit: int
    key: ApiKey | None
    # Let in without a key only for the server's open sites: a fetch for this caller must
    # stay on them at every redirect hop (an open redirect there leads nowhere else).
    sites: tuple[str, ...] = ()


def presented_key(request: Request) -> str | None:
    """The key in ``X-API-Key`` or ``Authorization: Bearer``; a key in the URL is refused."""
    if any(name in request.query_params for name in _QUERY_NAMES):
        raise ApiError(400, "key_in_query", f"send API keys in the {KEY_HEADER} header")
    key = request.headers.get(KEY_HEADER)
    if key:
        return key.strip()
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


class Limiter:
    """Identifies callers and counts their requests to summarize and ingest routes."""

    def __init__(self, store: Store, settings: ServerSettings) -> None:
        self.store = store
        self.settings = settings

    async def caller(self, request: Request, url: str | None = None) -> Caller:
        """Who is calling; raises 401 for a bad key, 401 without one when keys are required
        (unless ``url``, the page to summarize, is on one of the server's open sites)."""
        secret = presented_key(request)
        if secret is not None:
            key = await run_in_threadpool(self.store.find_api_key, secret)
            if key is None:
                raise ApiError(401, "bad_key", "unknown or revoked API key")
            limit = key.rate_per_minute or self.settings.key_per_minute
            return Caller(f"key:{key.id}", limit, key)
        open_site = url is not None and site_origin(url) in self.settings.open_sites
        if self.settings.require_key and not open_site:
            raise ApiError(401, "key_required", f"this server needs an API key ({KEY_HEADER})")
        host = request.client.host if request.client else "unknown"
        sites = self.settings.open_sites if self.settings.require_key else ()
        return Caller(f"ip:{host}", self.settings.anon_per_minute, None, sites)

    async def check(self, request: Request, url: str | None = None) -> Caller:
        """Count this request; raise 429 with Retry-After when over the caller's limit."""
        caller = await self.caller(request, url)
        window = self.settings.rate_window_seconds
        now = time.time()
        count = await run_in_threadpool(self.store.hit, caller.bucket, window, now)
        # The limit is per minute; a shorter window (tests) scales it down.
        allowed = max(1, caller.limit * window // 60)
        if count > allowed:
            retry = max(1, int(window - now % window) + 1)
            raise ApiError(
                429,
                "rate_limited",
                f"more than {allowed} requests in {window} s; retry in {retry} s",
                {"Retry-After": str(retry)},
            )
        return caller
