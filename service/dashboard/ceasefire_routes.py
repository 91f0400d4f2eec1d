"""The ceasefire registry pages: the list, and one ceasefire with its incidents over time."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from service.dashboard import linked
from service.dashboard.auth import ViewerDep
from service.deps import SessionDep

router = APIRouter(include_in_schema=False)


@router.get("/ceasefires", response_class=HTMLResponse)
def ceasefires(request: Request, session: SessionDep, viewer: ViewerDep) -> HTMLResponse:
    from service.dashboard.routes import render

    return render(request, "ceasefires.html", viewer, ceasefires=linked.ceasefire_choices(session))
