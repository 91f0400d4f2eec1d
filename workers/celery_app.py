"""The Celery application, configured from the service's settings."""

from __future__ import annotations

from typing import Any

from celery import Celery

from service.config import get_settings
from workers import embedded_broker
from workers.schedule import beat_schedule

TASK_MODULES = ["workers.tasks.feeds", "workers.tasks.items", "workers.tasks.ops", "workers.tasks.webhooks"]


def broker_connection(url: str) -> dict[str, Any]:
    """Celery settings for the broker at url."""
    if url.startswith("sqla+sqlite"):
        # Our subclass of the SQL transport, which polls every 0.1 s; SQLite waits out other writers.
        return {
            "broker_url": url.removeprefix("sqla+"),
            "broker_transport": embedded_broker.TRANSPORT,
            "broker_transport_options": {"connect_args": {"timeout": 30}},
        }
    return {"broker_url": url, "broker_transport_options": broker_options(url)}


def broker_options(url: str) -> dict[str, Any]:
    if url.startswith(("redis://", "rediss://")):
        # A message a killed worker took is redelivered after this long (tasks are acks_late).
        return {"visibility_timeout": 600}
    return {}


def make_app() -> Celery:
    settings = get_settings()
    app = Celery("ceasewatch", include=TASK_MODULES)
    app.conf.update(
        **broker_connection(settings.resolved_broker_url),
        broker_connection_retry_on_startup=True,
        task_ignore_result=True,
        result_backend=None,
        task_acks_late=True,  # a task whose worker dies is delivered again
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_serializer="json",
        accept_content=["json"],
        timezone="UTC",
        enable_utc=True,
        beat_schedule=beat_schedule(settings),
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
    )
    return app


app = make_app()
