"""Standard Webhooks signatures: v1,<base64 HMAC-SHA256 of "id.timestamp.body"> keyed by a whsec_ secret."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets as random

PREFIX = "whsec_"
TOLERANCE_S = 5 * 60


class BadSignature(ValueError):
    pass


def generate_secret() -> str:
    return PREFIX + base64.b64encode(random.token_bytes(32)).decode()


def key_of(secret: str) -> bytes:
    """The raw HMAC key: the base64 part of a whsec_ secret."""
    if not secret.startswith(PREFIX):
        raise ValueError("a webhook secret starts with whsec_")
    try:
        key = base64.b64decode(secret[len(PREFIX) :], validate=True)
    except ValueError as exc:
        raise ValueError("a webhook secret is whsec_ followed by base64") from exc
    if not 24 <= len(key) <= 64:
        raise ValueError("a webhook secret must hold 24 to 64 random bytes")
    return key


def sign(secret: str, *, msg_id: str, timestamp: int, body: bytes) -> str:
    signed = f"{msg_id}.{timestamp}.".encode() + body
    digest = hmac.new(key_of(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def signature_header(secrets: list[str], *, msg_id: str, timestamp: int, body: bytes) -> str:
    """Space-separated, one per live secret: during a rotation receivers may hold either."""
    return " ".join(sign(s, msg_id=msg_id, timestamp=timestamp, body=body) for s in secrets)


def verify(
    secret: str, *, headers: dict[str, str], body: bytes, now: int, tolerance_s: int = TOLERANCE_S
) -> None:
    """What a receiver does; raises BadSignature. Used by tests and shown in docs/webhooks.md."""
    lower = {k.lower(): v for k, v in headers.items()}
    msg_id, ts, sigs = lower.get("webhook-id"), lower.get("webhook-timestamp"), lower.get("webhook-signature")
    if not (msg_id and ts and sigs):
        raise BadSignature("missing webhook-id, webhook-timestamp or webhook-signature")
    if abs(now - int(ts)) > tolerance_s:
        raise BadSignature("timestamp outside the tolerance")
    expected = sign(secret, msg_id=msg_id, timestamp=int(ts), body=body).split(",", 1)[1]
    for candidate in sigs.split():
        version, _, value = candidate.partition(",")
        if version == "v1" and hmac.compare_digest(value, expected):
            return
    raise BadSignature("no signature matches")
