"""Who is looking at a page: a key from the HttpOnly cookie, or nobody when reads are public."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated
from urllib.parse import quote

from fastapi import Depends, HTTPException, Request

from service.auth import service as keys
from service.auth.models import ApiKey
from service.dashboard.security import COOKIE
from service.db import utcnow
from service.deps import SessionDep, SettingsDep


@dataclass(frozen=True)
class Viewer:
    key_name: str | None
    role: str | None  # read | admin | None (anonymous, reads public)

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def signed_in(self) -> bool:
        return self.role is not None


def safe_next(target: str | None) -> str:
    """Only same-site paths: never `//host` or a scheme, so login cannot redirect off the site."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def login_redirect(request: Request) -> HTTPException:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return HTTPException(303, "sign in first", headers={"Location": f"/login?next={quote(target, safe='')}"})


def verify_cookie(request: Request, session: SessionDep) -> ApiKey | None:
    plain = request.cookies.get(COOKIE)
    return keys.verify(session, plain, now=utcnow()) if plain else None


def page_viewer(request: Request, session: SessionDep, settings: SettingsDep) -> Viewer:
    key = verify_cookie(request, session)
    if key is None and not settings.public_reads:
        raise login_redirect(request)
    return Viewer(key.name, key.role) if key else Viewer(None, None)


ViewerDep = Annotated[Viewer, Depends(page_viewer)]
