"""Docker cannot run here, so read the files: services, settings names and commands must be real."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from service.cli import build_parser
from service.config import Settings

DOCKER = Path(__file__).resolve().parents[2] / "docker"
SERVICES = {"postgres", "redis", "migrate", "api", "worker", "beat"}
OURS = {"migrate", "api", "worker", "beat"}
VARIABLE = re.compile(r"CEASEWATCH_[A-Z0-9_]+")


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((DOCKER / "compose.yml").read_text())
    return data


@pytest.fixture(scope="module")
def dockerfile() -> str:
    return (DOCKER / "Dockerfile").read_text()


def environment(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(entry.split("=", 1) for entry in env)
    return {str(k): str(v) for k, v in env.items()}


def ceasewatch_command(command: list[str]) -> None:
    assert command[0] == "ceasewatch", command
    try:
        build_parser().parse_args(command[1:])
    except SystemExit as exc:
        raise AssertionError(f"`{' '.join(command)}` is not a valid ceasewatch command") from exc


def test_the_services_exist(compose: dict[str, Any]) -> None:
    assert set(compose["services"]) >= SERVICES


def test_every_ceasewatch_variable_is_a_setting(compose: dict[str, Any], dockerfile: str) -> None:
    fields = {f"CEASEWATCH_{name.upper()}" for name in Settings.model_fields}
    text = (DOCKER / "compose.yml").read_text()
    used = set(VARIABLE.findall(text)) | set(VARIABLE.findall(dockerfile))
    assert used, "the files should configure Ceasewatch through CEASEWATCH_* variables"
    assert used <= fields, f"not settings: {sorted(used - fields)}"


def test_our_services_are_configured_for_postgres_and_redis(compose: dict[str, Any]) -> None:
    for name in OURS:
        env = environment(compose["services"][name])
        assert env["CEASEWATCH_DATABASE_URL"].startswith("postgresql+psycopg://"), name
        assert "@postgres:5432/" in env["CEASEWATCH_DATABASE_URL"], name
        assert env["CEASEWATCH_BROKER_URL"].startswith("redis://redis:6379/"), name


def test_commands_are_real_ceasewatch_subcommands(compose: dict[str, Any]) -> None:
    for name in OURS:
        ceasewatch_command(compose["services"][name]["command"])
    assert compose["services"]["migrate"]["command"][:3] == ["ceasewatch", "db", "upgrade"]


def test_the_image_runs_the_api_as_a_non_root_user(dockerfile: str) -> None:
    assert re.search(r"^FROM python:3\.11-slim\b", dockerfile, re.MULTILINE)
    users = re.findall(r"^USER\s+(\S+)", dockerfile, re.MULTILINE)
    assert users and users[-1] not in ("root", "0")
    cmd = re.findall(r"^CMD\s+(\[.*\])\s*$", dockerfile, re.MULTILINE)
    assert cmd, "CMD should be in exec form"
    command = json.loads(cmd[-1])
    ceasewatch_command(command)
    assert command[1] == "api"


def test_start_order_waits_for_health_and_migrations(compose: dict[str, Any]) -> None:
    services = compose["services"]
    for name in ("postgres", "redis"):
        assert services[name]["healthcheck"]["test"], name
    assert services["migrate"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    for name in ("api", "worker", "beat"):
        deps = services[name]["depends_on"]
        assert deps["migrate"]["condition"] == "service_completed_successfully", name
        assert deps["redis"]["condition"] == "service_healthy", name
    assert services["migrate"].get("restart") == "no"


def test_only_the_api_publishes_a_port(compose: dict[str, Any]) -> None:
    published = {name for name, svc in compose["services"].items() if svc.get("ports")}
    assert published == {"api"}
