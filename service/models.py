"""Import every domain's models so the metadata is whole (Alembic, tests)."""

from service.auth.models import ApiKey
from service.db import Base
from service.feeds.models import Feed
from service.incidents.models import Incident, Report
from service.items.models import Assessment, Item
from service.ops.models import WorkerHeartbeat

__all__ = ["ApiKey", "Assessment", "Base", "Feed", "Incident", "Item", "Report", "WorkerHeartbeat"]
