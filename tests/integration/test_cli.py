"""The `ceasewatch` command in a subprocess, as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from fastapi.testclient import TestClient

from service.api import create_app
from tests.procs import ROOT, service_env


def cw(*args: str, env: dict[str, str], stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "service.cli", *args],
        env=env,
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_keys_feeds_and_api(tmp_path: Path, db_url: str) -> None:
    env = service_env(tmp_path, CEASEWATCH_DATABASE_URL=db_url)
    admin = cw("keys", "create", "--role", "admin", "--name", "ops", env=env)
    read = cw("keys", "create", "--role", "read", env=env)
    assert admin.returncode == 0 and read.returncode == 0
    admin_key, read_key = admin.stdout.strip(), read.stdout.strip()
    assert admin_key.startswith("cw_admin_") and "shown once" in admin.stderr

    assert cw("feeds", "add", "https://wire.example/rss.xml", env=env).returncode == 0
    bad = cw("feeds", "add", "file:///etc/passwd", env=env)
    assert bad.returncode == 1 and "http(s)" in bad.stderr
    dup = cw("feeds", "add", "https://wire.example/rss.xml", env=env)
    assert dup.returncode == 1 and "exists already" in dup.stderr
    listing = cw("feeds", "list", env=env).stdout
    assert "https://wire.example/rss.xml" in listing

    api = TestClient(create_app())
    feeds = api.get("/api/v1/feeds", headers={"Authorization": f"Bearer {read_key}"})
    assert [f["url"] for f in feeds.json()["feeds"]] == ["https://wire.example/rss.xml"]
    assert (
        api.post(
            "/api/v1/feeds", json={"url": "https://a.example/x"}, headers={"X-API-Key": read_key}
        ).status_code
        == 403
    )
    assert (
        api.post(
            "/api/v1/feeds", json={"url": "https://a.example/x"}, headers={"X-API-Key": admin_key}
        ).status_code
        == 201
    )

    keys = cw("keys", "list", env=env).stdout
    assert "admin" in keys and admin_key not in keys, "a key is never shown again"
    assert cw("keys", "revoke", "1", env=env).returncode == 0
    assert api.get("/api/v1/feeds", headers={"X-API-Key": admin_key}).status_code == 401


def test_classify_command_speaks_json_lines(tmp_path: Path) -> None:
    lines = [
        {
            "id": "a",
            "title": "Drone strike kills two soldiers at checkpoint near Kherson",
            "summary": "",
            "published": "2026-11-20T08:00:00Z",
        },
        "this line is not JSON",
        {
            "id": "c",
            "title": "Cup final: striker's hat-trick stuns champions",
            "summary": "",
            "published": None,
        },
    ]
    stdin = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n"
    result = cw("classify", env=service_env(tmp_path), stdin=stdin)
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("id") for o in out] == ["a", None, "c"]
    assert out[0]["incident"] is True and out[0]["event_type"] == "air_drone_strike"
    assert "error" in out[1]
    assert out[2]["incident"] is False


def test_feed_presets_list_and_add_once(tmp_path: Path, db_url: str) -> None:
    env = service_env(tmp_path, CEASEWATCH_DATABASE_URL=db_url)
    listing = cw("feeds", "presets", env=env)
    assert listing.returncode == 0
    urls = [line.split()[-1] for line in listing.stdout.splitlines() if "https://" in line]
    assert len(urls) >= 10 and all(u.startswith("https://") for u in urls)
    first = cw("feeds", "presets", "--add", env=env)
    assert f"added {len(urls)} of {len(urls)}" in first.stdout
    again = cw("feeds", "presets", "--add", env=env)
    assert f"added 0 of {len(urls)}" in again.stdout, "adding twice adds nothing twice"
    assert len(cw("feeds", "list", env=env).stdout.splitlines()) == len(urls)


def test_reclassify_command_reports_progress(tmp_path: Path, db_url: str) -> None:
    env = service_env(tmp_path, CEASEWATCH_DATABASE_URL=db_url)
    result = cw("reclassify", "--since", "2016-09-01", env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"items": 0, "incidents": 0}
    bad = cw("reclassify", "--since", "last tuesday", env=env)
    assert bad.returncode == 2 and "is not a date" in bad.stderr
