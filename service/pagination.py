"""Keyset pagination over (time, id), newest first: page 1,000 costs what page 1 does."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime

from service.errors import Invalid


@dataclass(frozen=True)
class Cursor:
    at: datetime
    id: int

    def encode(self) -> str:
        raw = f"{self.at.isoformat()}|{self.id}".encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    @classmethod
    def decode(cls, value: str) -> Cursor:
        try:
            padded = value + "=" * (-len(value) % 4)
            at, _, ident = base64.urlsafe_b64decode(padded).decode().partition("|")
            parsed = datetime.fromisoformat(at)
            if parsed.tzinfo is None:
                raise ValueError("naive")
            return cls(at=parsed, id=int(ident))
        except (ValueError, UnicodeDecodeError) as exc:
            raise Invalid(reason="cursor is not one this API handed out") from exc
