"""What the operations view needs from outside the database: queue depth and the classifier's version."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import create_engine, text

QUEUE = "celery"


@dataclass(frozen=True)
class QueueDepth:
    depth: int | None
    broker: str  # redis | embedded | other
    error: str | None = None


def queue_depth(broker_url: str, *, timeout_s: float = 1.0) -> QueueDepth:
    """Messages waiting in the default queue: LLEN on Redis, visible rows in the embedded SQL broker."""
    try:
        if broker_url.startswith(("redis://", "rediss://")):
            import redis

            client = redis.Redis.from_url(
                broker_url, socket_timeout=timeout_s, socket_connect_timeout=timeout_s
            )
            try:
                return QueueDepth(int(client.llen(QUEUE)), "redis")
            finally:
                client.close()
        if broker_url.startswith("sqla+"):
            url = broker_url.removeprefix("sqla+")
            args = {"timeout": timeout_s} if url.startswith("sqlite") else {"connect_timeout": 2}
            engine = create_engine(url, connect_args=args)
            try:
                with engine.connect() as conn:
                    has_table = conn.dialect.has_table(conn, "kombu_message")
                    if not has_table:
                        return QueueDepth(0, "embedded")
                    n = conn.execute(
                        text(
                            "SELECT count(*) FROM kombu_message m JOIN kombu_queue q ON q.id = m.queue_id "
                            "WHERE m.visible = :v AND q.name = :q"
                        ),
                        {"v": True, "q": QUEUE},
                    ).scalar_one()
                    return QueueDepth(int(n), "embedded")
            finally:
                engine.dispose()
    except Exception as exc:  # the page must render while the broker is down; it says why
        return QueueDepth(None, "redis" if broker_url.startswith("redis") else "embedded", f"{exc}"[:200])
    return QueueDepth(None, "other", "queue depth is only read from Redis and the embedded broker")


def classifier_version() -> str:
    try:
        from service import classification

        return str(classification.VERSION)
    except Exception:  # the classifier package may be absent or broken; the page still renders
        return "unavailable"
