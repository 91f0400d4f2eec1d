"""The dashboard's pages and its one JSON feed for live updates. Pages are rendered on the server."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from service.auth import service as keys
from service.dashboard import fmt, linked, security, views
from service.dashboard.auth import Viewer, ViewerDep, safe_next
from service.dashboard.params import FilterForm, parse
from service.dashboard.security import COOKIE, CSP
from service.db import utcnow
from service.deps import ReadDep, SessionDep, SettingsDep
from service.vocab import EVENT_TYPES

HERE = Path(__file__).parent
env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True)  # every value escaped
env.filters.update(
    when=fmt.when, words=fmt.words, pct=fmt.pct, country=fmt.country_name, safe_url=fmt.safe_url
)
env.globals.update(span=fmt.span, ago=fmt.ago, event_types=EVENT_TYPES, countries=fmt.all_countries())
templates = Jinja2Templates(env=env)
router = APIRouter(include_in_schema=False)


def render(request: Request, name: str, viewer: Viewer, *, status: int = 200, **context: Any) -> HTMLResponse:
    response = templates.TemplateResponse(
        request, name, {"viewer": viewer, "now": utcnow(), **context}, status_code=status
    )
    response.headers["Content-Security-Policy"] = CSP
    response.headers["Cache-Control"] = "no-store"
    return response


def filter_form(request: Request) -> FilterForm:
    return parse(dict(request.query_params), today=utcnow().date())


FormDep = Annotated[FilterForm, Depends(filter_form)]


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, session: SessionDep, viewer: ViewerDep, form: FormDep) -> HTMLResponse:
    q = request.query_params
    return render(
        request,
        "overview.html",
        viewer,
        form=form,
        ceasefire_choices=linked.ceasefire_choices(session),
        violations=views.incident_list(session, form=form, cursor=q.get("vcursor"), only_violations=True),
        incidents=views.incident_list(session, form=form, cursor=q.get("cursor"), only_violations=False),
        paged=bool(q.get("cursor") or q.get("vcursor")),
        chart=views.day_chart(session, form=form),
    )


@router.get("/dashboard/api/overview")
def overview_json(session: SessionDep, _: ReadDep, form: FormDep) -> dict[str, Any]:
    """The overview's first pages and chart, polled by the page to update without reloading."""

    def rows(lst: views.IncidentList) -> list[dict[str, Any]]:
        return [views.incident_json(r, lst.ceasefires.get(r.id, [])) for r in lst.rows]

    return {
        "generated_at": fmt.when(utcnow()),
        "violations": rows(views.incident_list(session, form=form, cursor=None, only_violations=True)),
        "incidents": rows(views.incident_list(session, form=form, cursor=None, only_violations=False)),
        "chart": views.day_chart(session, form=form).to_dict(),
    }


@router.get("/map", response_class=HTMLResponse)
def world_map(request: Request, session: SessionDep, viewer: ViewerDep, form: FormDep) -> HTMLResponse:
    from service.dashboard import mapview

    ctx = views.map_context(session, form=form)
    return render(
        request,
        "map.html",
        viewer,
        form=form,
        ceasefire_choices=linked.ceasefire_choices(session),
        map=mapview.build(points=ctx["points"], areas=ctx["areas"]),
        truncated=ctx["truncated"],
    )


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
def incident_page(request: Request, incident_id: int, session: SessionDep, viewer: ViewerDep) -> HTMLResponse:
    ctx = views.incident_context(session, incident_id=incident_id)
    if ctx is None:
        return render(request, "missing.html", viewer, status=404, what=f"Incident {incident_id}")
    return render(request, "incident.html", viewer, **ctx)


@router.get("/ops", response_class=HTMLResponse)
def operations(
    request: Request, session: SessionDep, viewer: ViewerDep, settings: SettingsDep
) -> HTMLResponse:
    ctx = views.ops_context(session, now=utcnow(), broker_url=settings.resolved_broker_url)
    return render(request, "ops.html", viewer, **ctx)


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, settings: SettingsDep) -> HTMLResponse:
    nxt = safe_next(request.query_params.get("next"))
    return render(
        request, "login.html", Viewer(None, None), next=nxt, public=settings.public_reads, error=None
    )


async def form_fields(request: Request) -> dict[str, str]:
    """A urlencoded form body, read by hand (python-multipart is not a dependency)."""
    body = (await request.body())[:10_000].decode("utf-8", "replace")
    return {k: v[0] for k, v in parse_qs(body).items()}


@router.post("/login", response_model=None)
def login(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    fields: Annotated[dict[str, str], Depends(form_fields)],
) -> Response:
    nxt = safe_next(fields.get("next"))
    plain = fields.get("key", "").strip()
    key = keys.verify(session, plain, now=utcnow()) if plain else None
    if key is None:
        return render(
            request,
            "login.html",
            Viewer(None, None),
            status=401,
            next=nxt,
            public=settings.public_reads,
            error="That key is unknown or revoked.",
        )
    response = RedirectResponse(nxt, status_code=303)
    # HttpOnly: no script can read the key; SameSite=Strict: no other site's page can send it.
    response.set_cookie(
        COOKIE,
        plain,
        max_age=7 * 86400,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
        path="/",
    )
    return response


@router.post("/logout")
def logout() -> RedirectResponse:
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE, path="/", httponly=True, samesite="strict")
    return response


def install(app: FastAPI) -> None:
    """Mount the dashboard: pages, static assets, and the CSRF guard on cookie-authenticated writes."""
    from service.dashboard import ceasefire_routes

    app.include_router(router)
    app.include_router(ceasefire_routes.router)
    app.mount("/dashboard/static", StaticFiles(directory=HERE / "static"), name="dashboard-static")
    security.install(app)
