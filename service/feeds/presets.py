"""The shipped list of real world-news feeds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from importlib import resources

import yaml
from sqlalchemy.orm import Session

from service.feeds import repository
from service.feeds import service as feeds


@dataclass(frozen=True)
class Preset:
    name: str
    url: str


def load() -> list[Preset]:
    text = resources.files("service.feeds").joinpath("presets.yaml").read_text("utf-8")
    return [Preset(name=row["name"], url=row["url"]) for row in yaml.safe_load(text)]


def add_all(session: Session, *, now: datetime) -> int:
    added = 0
    for preset in load():
        if repository.by_url(session, preset.url) is None:
            feeds.add(session, url=preset.url, title=preset.name, now=now)
            added += 1
    return added
