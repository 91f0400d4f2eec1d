"""Hand committed work to Celery. Only called after the unit of work that created it committed."""

from __future__ import annotations

from collections.abc import Sequence

from celery import current_app


def deliveries(delivery_ids: Sequence[int]) -> None:
    for delivery_id in delivery_ids:
        current_app.send_task("webhooks.deliver", args=[delivery_id])
