"""FastAPI dependencies: a session per request (committed by the request's owner) and key checks."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request
from sqlalchemy.orm import Session

from service.auth import service as keys
from service.auth.models import ApiKey
from service.config import Settings, get_settings
from service.db import session_scope, utcnow


def get_session() -> Iterator[Session]:
    """The request owns its unit of work: committed when the route returns, rolled back if it raises."""
    with session_scope() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def presented_key(request: Request, authorization: str | None, x_api_key: str | None) -> str | None:
    if x_api_key:
        return x_api_key.strip()
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    cookie = request.cookies.get("ceasewatch_key")
    return cookie or None


def _caller(
    request: Request,
    session: SessionDep,
    authorization: Annotated[str | None, Header()] = None,
    x_api_key: Annotated[str | None, Header()] = None,
) -> ApiKey | None:
    plain = presented_key(request, authorization, x_api_key)
    if not plain:
        return None
    key = keys.verify(session, plain, now=utcnow())
    if key is None:
        raise HTTPException(401, "the API key is unknown or revoked", headers={"WWW-Authenticate": "Bearer"})
    return key


CallerDep = Annotated[ApiKey | None, Depends(_caller)]


def require_read(caller: CallerDep, settings: SettingsDep) -> ApiKey | None:
    if caller is None and not settings.public_reads:
        raise HTTPException(
            401,
            "an API key is required (Authorization: Bearer <key>)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return caller


def require_admin(caller: CallerDep) -> ApiKey:
    if caller is None:
        raise HTTPException(
            401,
            "an admin API key is required (Authorization: Bearer <key>)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if caller.role != "admin":
        raise HTTPException(403, "this action needs an admin key; the key given is a read key")
    return caller


ReadDep = Annotated[ApiKey | None, Depends(require_read)]
AdminDep = Annotated[ApiKey, Depends(require_admin)]
