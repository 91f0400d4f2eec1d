"""The FastAPI application: routers, error handlers, security headers."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from service.alerts.routes import router as alerts_router
from service.alerts.routes import silences_router
from service.ceasefires.routes import router as ceasefires_router
from service.dashboard.routes import install as install_dashboard
from service.errors import ServiceError
from service.feeds.routes import router as feeds_router
from service.health import router as health_router
from service.incidents.routes import router as incidents_router
from service.items.routes import router as items_router
from service.webhooks.routes import deliveries_router
from service.webhooks.routes import router as webhooks_router


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "body", "path"))
        parts.append(f"{where or 'request'}: {err.get('msg')}")
    return "; ".join(parts)


def create_app() -> FastAPI:
    app = FastAPI(
        title="Ceasewatch",
        version="0.1.0",
        description="Ceasefire-violation monitoring: incidents from news feeds, matched to ceasefires.",
    )

    @app.exception_handler(ServiceError)
    async def service_error(_: Request, exc: ServiceError) -> JSONResponse:
        return JSONResponse({"error": exc.message}, status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(
            {"error": _validation_message(exc), "details": jsonable_encoder(exc.errors())}, status_code=422
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"error": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    for router in (health_router, feeds_router, items_router, incidents_router):
        app.include_router(router)
    for router in (ceasefires_router, alerts_router, silences_router, webhooks_router, deliveries_router):
        app.include_router(router)
    install_dashboard(app)  # pages at /, /map, /incidents/..., /ops; assets at /dashboard/static
    return app
