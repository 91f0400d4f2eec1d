"""Beat's schedule. Every entry expires, so a beat that was down does not pile up stale ticks."""

from __future__ import annotations

from typing import Any

from service.config import Settings


def beat_schedule(settings: Settings) -> dict[str, dict[str, Any]]:
    tick = settings.beat_tick_s
    entries: dict[str, dict[str, Any]] = {
        "poll-due-feeds": {"task": "feeds.poll_due", "schedule": tick, "options": {"expires": tick * 2}},
        "sweep-unprocessed-items": {"task": "items.sweep", "schedule": 60.0, "options": {"expires": 60}},
        "beat-heartbeat": {"task": "ops.beat_alive", "schedule": 15.0, "options": {"expires": 15}},
        "dispatch-due-deliveries": {
            "task": "webhooks.dispatch_due",
            "schedule": settings.webhook_tick_s,
            "options": {"expires": settings.webhook_tick_s * 2},
        },
    }
    if settings.embedded_broker:
        entries["prune-broker"] = {"task": "ops.prune_broker", "schedule": 300.0, "options": {"expires": 300}}
    return entries
