"""A webhook receiver for the local test server that checks signatures the way docs/webhooks.md shows."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

from service.webhooks import signing


@dataclass
class Receiver:
    secrets: list[str]
    # Decides the status of each request: gets the request's number (1-based) and the webhook-id.
    answer: Callable[[int, str], int] = lambda _n, _id: 200
    seen: list[str] = field(default_factory=list)  # webhook-id of every request, in order
    accepted: list[dict[str, Any]] = field(default_factory=list)  # verified bodies answered 2xx
    accepted_ids: list[str] = field(default_factory=list)
    bad_signatures: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __call__(self, handler: BaseHTTPRequestHandler, body: bytes) -> tuple[int, dict[str, str], bytes]:
        headers = {k.lower(): v for k, v in handler.headers.items()}
        msg_id = headers.get("webhook-id", "")
        try:
            # The timestamp is the sender's clock, which tests control; tolerance is unit-tested.
            ts = int(headers.get("webhook-timestamp", "0"))
            verified = False
            for secret in self.secrets:
                try:
                    signing.verify(secret, headers=headers, body=body, now=ts)
                    verified = True
                    break
                except signing.BadSignature:
                    continue
        except ValueError:
            verified = False
        with self.lock:
            self.seen.append(msg_id)
            number = len(self.seen)
            if not verified:
                self.bad_signatures += 1
                return 400, {}, b"bad signature"
        status = self.answer(number, msg_id)  # may sleep: outside the lock
        with self.lock:
            if 200 <= status < 300:
                self.accepted.append(json.loads(body))
                self.accepted_ids.append(msg_id)
        return status, {"Content-Type": "text/plain"}, b"ok" if status < 300 else b"not now"
