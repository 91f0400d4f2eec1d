from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query

from service import vocab
from service.deps import ReadDep, SessionDep
from service.items import repository
from service.items.models import Assessment, Item
from service.items.schemas import AssessmentOut, ItemOut, ItemPage
from service.pagination import Cursor
from service.timeparams import time_range

router = APIRouter(prefix="/api/v1/items", tags=["items"])


def item_out(item: Item, assessment: Assessment | None) -> ItemOut:
    return ItemOut(
        id=item.id,
        feed_id=item.feed_id,
        url=item.url,
        title=item.title,
        summary=item.summary,
        published_at=item.published_at,
        date_missing=item.date_missing,
        fetched_at=item.fetched_at,
        assessment=AssessmentOut.model_validate(assessment, from_attributes=True) if assessment else None,
    )


@router.get("", response_model=ItemPage)
def list_items(
    session: SessionDep,
    _: ReadDep,
    since: Annotated[
        datetime | None, Query(description="published at or after (ISO 8601, with zone)")
    ] = None,
    until: Annotated[datetime | None, Query(description="published before (ISO 8601, with zone)")] = None,
    feed_id: int | None = None,
    incident: Annotated[bool | None, Query(description="judged (not) to be an incident")] = None,
    country: Annotated[str | None, Query(description="assessed country, ISO 3166-1 alpha-2")] = None,
    event_type: Annotated[str | None, Query(description="assessed ACLED sub-event type")] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> ItemPage:
    since, until = time_range(since, until)
    rows = repository.page(
        session,
        since=since,
        until=until,
        feed_id=feed_id,
        incident=incident,
        country=vocab.country_code(country),
        event_type=vocab.event_type(event_type),
        min_confidence=min_confidence,
        cursor=Cursor.decode(cursor) if cursor else None,
        limit=limit,
    )
    nxt = Cursor(rows[-1][0].published_at, rows[-1][0].id).encode() if len(rows) == limit else None
    return ItemPage(items=[item_out(i, a) for i, a in rows], next_cursor=nxt)
