"""Feed routes under ``/api/v1/feeds``: subscribe (rate-limited), list feeds and their items."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from nutgraf.errors import NutgrafError
from nutgraf.ingest.decode import check_unicode
from nutgraf.ingest.fetch import check_url
from nutgraf.server.errors import ApiError, from_nutgraf
from nutgraf.server.feedwork import subscribe
from nutgraf.server.pool import BusyError
from nutgraf.server.schemas import FeedItemList, FeedList, FeedOut, errors, ok
from nutgraf.server.service import Service, busy
from nutgraf.store.feeds import FeedStore

router = APIRouter(prefix="/api/v1/feeds", tags=["feeds"])

Id = Annotated[int, Path(ge=1, le=2**62)]


class AddFeedRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    url: str = Field(
        min_length=1, max_length=4096, description="An RSS or Atom feed, or a page that links one."
    )


def _feeds(request: Request) -> tuple[Service, FeedStore]:
    service: Service = request.app.state.service
    return service, FeedStore(service.store)


@router.post(
    "",
    status_code=201,
    response_model=None,
    responses={
        200: ok(FeedOut, "Subscribed already: the same feed."),
        201: ok(FeedOut, "Subscribed; items are fetched by the next update."),
        **errors(400, 401, 403, 413, 422, 429, 503),
    },
)
async def create_feed(body: AddFeedRequest, request: Request) -> JSONResponse:
    """Subscribe to a feed (fetched once now, to check it and record its items).

    Runs in the feed workers, at most ``feed_in_flight_cap`` at once; beyond, 503.
    """
    service, _ = _feeds(request)
    await service.limiter.check(request)
    pool = service.feed_pool
    if pool is None:  # pragma: no cover - create_app always makes one
        raise busy("feed subscription")
    try:
        check_unicode(body.url)
        check_url(body.url.strip(), service.settings.config)
        feed, created = await pool.run(subscribe, body.url)
    except BusyError:
        raise busy("feed subscription") from None
    except NutgrafError as exc:
        raise from_nutgraf(exc) from exc
    headers = {"Location": f"/api/v1/feeds/{feed['id']}"}
    return JSONResponse(feed, 201 if created else 200, headers=headers)


@router.get("", response_model=None, responses={200: ok(FeedList, "Every feed."), **errors()})
async def list_feeds(request: Request) -> dict[str, Any]:
    """Every feed with its URL, title, item counts, last update and last error (public)."""
    _, feeds = _feeds(request)
    found = await run_in_threadpool(feeds.list_feeds)
    return {"items": [f.to_dict() for f in found], "total": len(found)}


@router.get(
    "/{feed_id}",
    response_model=None,
    responses={200: ok(FeedOut, "The feed."), **errors(404, 422)},
)
async def get_feed(feed_id: Id, request: Request) -> dict[str, Any]:
    """One feed (public)."""
    _, feeds = _feeds(request)
    found = await run_in_threadpool(feeds.get_feed, feed_id)
    if found is None:
        raise ApiError(404, "not_found", f"no feed {feed_id}")
    return found.to_dict()


@router.get(
    "/{feed_id}/items",
    response_model=None,
    responses={200: ok(FeedItemList, "A page of the feed's items."), **errors(404, 422)},
)
async def list_feed_items(
    feed_id: Id,
    request: Request,
    state: Literal["new", "ok", "duplicate", "failed"] | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> dict[str, Any]:
    """A feed's items, newest first: state, failure reason, attempts, stored article (public)."""
    _, feeds = _feeds(request)
    if await run_in_threadpool(feeds.get_feed, feed_id) is None:
        raise ApiError(404, "not_found", f"no feed {feed_id}")
    items = await run_in_threadpool(
        lambda: feeds.list_items(feed_id, state=state, limit=limit, offset=offset)
    )
    total = await run_in_threadpool(feeds.count_items, feed_id)
    return {
        "items": [i.to_dict() for i in items],
        "total": total,
        "limit": limit,
        "offset": offset,
    }
