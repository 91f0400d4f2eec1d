from __future__ import annotations

from fastapi import APIRouter, Response

from service.db import utcnow
from service.deps import AdminDep, ReadDep, SessionDep
from service.feeds import repository, service
from service.feeds.models import Feed
from service.feeds.schemas import FeedIn, FeedList, FeedOut, FeedPatch

router = APIRouter(prefix="/api/v1/feeds", tags=["feeds"])


def out(feed: Feed) -> FeedOut:
    fields = {k: getattr(feed, k) for k in FeedOut.model_fields if k != "healthy"}
    return FeedOut(**fields, healthy=feed.error_count == 0 and not feed.disabled)


@router.get("", response_model=FeedList)
def list_feeds(session: SessionDep, _: ReadDep) -> FeedList:
    return FeedList(feeds=[out(f) for f in repository.list_all(session)])


@router.post("", status_code=201, response_model=FeedOut)
def add_feed(body: FeedIn, session: SessionDep, _: AdminDep) -> FeedOut:
    feed = service.add(
        session, url=body.url, title=body.title, poll_interval_s=body.poll_interval_s, now=utcnow()
    )
    return out(feed)


@router.get("/{feed_id}", response_model=FeedOut)
def show_feed(feed_id: int, session: SessionDep, _: ReadDep) -> FeedOut:
    return out(service.get(session, feed_id))


@router.patch("/{feed_id}", response_model=FeedOut)
def change_feed(feed_id: int, body: FeedPatch, session: SessionDep, _: AdminDep) -> FeedOut:
    feed = service.get(session, feed_id)
    for key, value in body.model_dump(exclude_unset=True).items():
        setattr(feed, key, value)
    if body.disabled is False:
        feed.error_count = 0
        feed.next_check_at = utcnow()
    session.flush()
    return out(feed)


@router.delete("/{feed_id}", status_code=204)
def remove_feed(feed_id: int, session: SessionDep, _: AdminDep) -> Response:
    session.delete(service.get(session, feed_id))
    return Response(status_code=204)


@router.post("/{feed_id}/poll", status_code=202, response_model=FeedOut)
def poll_now(feed_id: int, session: SessionDep, _: AdminDep) -> FeedOut:
    """Make the feed due now; the next scheduler tick (a few seconds) hands it to a worker."""
    feed = service.get(session, feed_id)
    feed.next_check_at = utcnow()
    feed.leased_until = None
    session.flush()
    return out(feed)
