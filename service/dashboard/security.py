"""The dashboard's security: its Content-Security-Policy and the guard that makes cookie-authenticated
writes CSRF-safe.

Why a SameSite=Strict cookie plus a custom header, rather than keeping the key in page JavaScript:
the key then stays HttpOnly, out of reach of any script that slipped past escaping, and a cross-site
page can neither send the cookie (SameSite=Strict) nor add a custom header to a cross-origin request
without a CORS preflight, which this app never grants. So a POST that authenticates by the cookie
alone must carry `X-Ceasewatch-Request: dashboard`, which only our own same-origin JavaScript sets.
Requests that present the key in `Authorization` or `X-API-Key` (scripts, curl) are not affected.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse

COOKIE = "ceasewatch_key"
CSRF_HEADER = "x-ceasewatch-request"
CSRF_VALUE = "dashboard"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Login replaces the cookie and logout clears it: neither acts with the cookie's authority.
EXEMPT_PATHS = frozenset({"/login", "/logout"})


def cookie_only_write(request: Request) -> bool:
    """A state-changing request whose only credential is the browser's cookie."""
    if request.method in SAFE_METHODS or request.url.path in EXEMPT_PATHS:
        return False
    if COOKIE not in request.cookies:
        return False
    return not (request.headers.get("authorization") or request.headers.get("x-api-key"))


async def csrf_guard(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    if cookie_only_write(request) and request.headers.get(CSRF_HEADER) != CSRF_VALUE:
        return JSONResponse(
            {"error": f"a request authenticated by the dashboard cookie needs the {CSRF_HEADER} header"},
            status_code=403,
        )
    return await call_next(request)


def install(app: FastAPI) -> None:
    """Register the CSRF guard; the CSP is set by the dashboard's own responses (see routes)."""
    app.middleware("http")(csrf_guard)
