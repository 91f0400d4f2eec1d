"""Settings: the only place the environment is read."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_HOME = Path.home() / ".local" / "share" / "ceasewatch"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CEASEWATCH_", env_file=".env", extra="ignore")

    home: Path = DEFAULT_HOME
    # Empty means "embedded": a SQLite file (and a SQLite-backed broker) under `home`.
    database_url: str = ""
    broker_url: str = ""

    api_host: str = "127.0.0.1"
    api_port: int = 8000
    public_reads: bool = False

    # A minute keeps alerts within a minute or two of publication; an unchanged feed answers 304
    # (about 5 ms a poll), and a feed that asks for longer (TTL, max-age, Retry-After) gets it.
    poll_interval_s: int = Field(default=60, ge=5, description="default seconds between polls of a feed")
    beat_tick_s: float = Field(default=5.0, gt=0, description="how often beat looks for due feeds")
    fetch_timeout_s: float = 20.0
    fetch_max_bytes: int = 5 * 1024 * 1024
    fetch_max_redirects: int = 5
    user_agent: str = "Ceasewatch/0.1 (+https://github.com/ceasewatch)"
    # Hosts or CIDRs that may be fetched from / posted to although private (tests, private deployments).
    allow_private: list[str] = Field(default_factory=list)

    webhook_timeout_s: float = Field(default=15.0, gt=0, description="per-attempt timeout of a delivery")
    webhook_tick_s: float = Field(default=5.0, gt=0, description="how often beat hands out due deliveries")
    webhook_lease_s: int = Field(
        default=60, ge=5, description="a handed-out delivery is re-queued after this"
    )
    webhook_secret_overlap_s: int = Field(
        default=86400, ge=0, description="old secret signs this long after rotation"
    )
    webhook_disable_after_s: int = Field(
        default=86400, ge=60, description="disable an endpoint failing this long"
    )
    webhook_disable_min_failures: int = Field(
        default=5, ge=1, description="...and at least this many times in a row"
    )
    webhook_excerpt_bytes: int = Field(default=1024, ge=0, le=65536)

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.home / 'ceasewatch.sqlite3'}"

    @property
    def resolved_broker_url(self) -> str:
        return self.broker_url or f"sqla+sqlite:///{self.home / 'broker.sqlite3'}"

    @property
    def embedded_broker(self) -> bool:
        return self.resolved_broker_url.startswith("sqla+")


@lru_cache
def get_settings() -> Settings:
    settings = Settings()
    settings.home.mkdir(parents=True, exist_ok=True)
    return settings
