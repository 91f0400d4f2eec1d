"""Create and check API keys. Only a SHA-256 digest is stored; keys are random, so no salt is needed."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.auth.models import ApiKey
from service.errors import Invalid

ROLES = ("read", "admin")
TOUCH_EVERY = timedelta(minutes=1)  # do not write last_used_at on every request


def digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def create(session: Session, *, name: str, role: str, now: datetime) -> tuple[ApiKey, str]:
    if role not in ROLES:
        raise Invalid(reason=f"role must be one of {', '.join(ROLES)}")
    plain = f"cw_{role}_{secrets.token_urlsafe(32)}"
    key = ApiKey(name=name, role=role, prefix=plain[:12], digest=digest(plain), created_at=now)
    session.add(key)
    session.flush()
    return key, plain


def verify(session: Session, plain: str, *, now: datetime) -> ApiKey | None:
    key = session.scalars(select(ApiKey).where(ApiKey.digest == digest(plain))).one_or_none()
    if key is None or key.revoked_at is not None:
        return None
    if key.last_used_at is None or now - key.last_used_at > TOUCH_EVERY:
        key.last_used_at = now
    return key


def list_all(session: Session) -> Sequence[ApiKey]:
    return session.scalars(select(ApiKey).order_by(ApiKey.id)).all()


def revoke(session: Session, *, key_id: int, now: datetime) -> bool:
    key = session.get(ApiKey, key_id)
    if key is None:
        return False
    key.revoked_at = now
    return True
