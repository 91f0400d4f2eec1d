"""Import every domain's models so the metadata is whole (Alembic, tests)."""

from service.alerts.models import Alert, Silence
from service.auth.models import ApiKey
from service.ceasefires.models import Ceasefire, IncidentViolation
from service.db import Base
from service.feeds.models import Feed
from service.incidents.models import Claim, Incident, IncidentRevision, Report
from service.items.models import Assessment, Item
from service.ops.models import WorkerHeartbeat
from service.webhooks.models import Delivery, DeliveryAttempt, WebhookEndpoint

__all__ = [
    "Alert", "ApiKey", "Assessment", "Base", "Ceasefire", "Claim", "Delivery", "DeliveryAttempt", "Feed",
    "Incident", "IncidentRevision", "IncidentViolation", "Item", "Report", "Silence", "WebhookEndpoint",
    "WorkerHeartbeat",
]  # fmt: skip
