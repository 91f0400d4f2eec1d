"""The ceasefire registry pages: the list, and one ceasefire with its incidents over time."""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from service.dashboard import linked, views
from service.dashboard.auth import ViewerDep
from service.dashboard.params import FilterForm
from service.db import utcnow
from service.deps import SessionDep

router = APIRouter(include_in_schema=False)
MAX_CHART_DAYS = 730


@router.get("/ceasefires", response_class=HTMLResponse)
def ceasefires(request: Request, session: SessionDep, viewer: ViewerDep) -> HTMLResponse:
    from service.dashboard.routes import render

    return render(
        request,
        "ceasefires.html",
        viewer,
        ceasefires=linked.ceasefires(session),
        counts=linked.violation_counts(session),
        today=utcnow().date(),
    )


@router.get("/ceasefires/{ceasefire_id}", response_class=HTMLResponse)
def ceasefire(request: Request, ceasefire_id: int, session: SessionDep, viewer: ViewerDep) -> HTMLResponse:
    from service.dashboard.routes import render

    found = linked.ceasefire(session, ceasefire_id)
    if found is None:
        return render(request, "missing.html", viewer, status=404, what=f"Ceasefire {ceasefire_id}")
    today = utcnow().date()
    # Its incidents over its life so far (at most two years, ending with it or today).
    until = min(found.ends_on or today, today) if found.starts_on <= today else found.starts_on
    since = max(found.starts_on, until - timedelta(days=MAX_CHART_DAYS - 1))
    form = FilterForm(since=since, until=until, ceasefire=str(found.id))
    listing = views.incident_list(
        session, form=form, cursor=request.query_params.get("cursor"), only_violations=True
    )
    reasons = linked.violation_reasons(
        session, ceasefire_id=found.id, incident_ids=[i.id for i in listing.rows]
    )
    return render(
        request,
        "ceasefire.html",
        viewer,
        ceasefire=found,
        form=form,
        chart=views.day_chart(session, form=form),
        incidents=listing,
        reasons=reasons,
        total=linked.violation_counts(session).get(found.id, 0),
    )
