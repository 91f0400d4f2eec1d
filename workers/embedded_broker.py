"""The embedded broker: kombu's SQLAlchemy transport on a SQLite file, polled every 0.1 s.

kombu passes every transport option to `create_engine`, so the polling interval cannot be an
option; it is this subclass's class attribute instead.
"""

from __future__ import annotations

from kombu.transport import sqlalchemy as kombu_sqla


class Transport(kombu_sqla.Transport):
    polling_interval = 0.1


TRANSPORT = "workers.embedded_broker:Transport"
