"""The `ceasewatch` command. Imports are lazy so `ceasewatch classify` starts in a fraction of a second."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime


def _cmd_classify(args: argparse.Namespace) -> int:
    from service.classification.cli import main as classify_main

    code: int = classify_main(sys.stdin, sys.stdout)
    return code


def _cmd_up(args: argparse.Namespace) -> int:
    from service.supervisor import run_up

    return run_up(host=args.host, port=args.port, demo=args.demo, concurrency=args.concurrency)


def _cmd_api(args: argparse.Namespace) -> int:
    import uvicorn

    from service.config import get_settings

    s = get_settings()
    uvicorn.run(
        "service.api:create_app",
        factory=True,
        host=args.host or s.api_host,
        port=args.port or s.api_port,
        workers=args.workers,
        log_level="info",
        proxy_headers=True,
    )
    return 0


def _cmd_worker(args: argparse.Namespace) -> int:
    from workers.celery_app import app

    argv = ["worker", "--loglevel", args.loglevel, "--concurrency", str(args.concurrency)]
    app.worker_main(argv)
    return 0


def _cmd_beat(args: argparse.Namespace) -> int:
    from service.config import get_settings
    from workers.celery_app import app

    schedule = str(get_settings().home / "celerybeat-schedule")
    app.start(["beat", "--loglevel", args.loglevel, "--schedule", schedule])
    return 0


def _cmd_db(args: argparse.Namespace) -> int:
    from service import migrate

    if args.action == "upgrade":
        migrate.upgrade(revision=args.revision or "head")
    else:
        migrate.downgrade(revision=args.revision or "-1")
    print(f"database {args.action}d to {args.revision or ('head' if args.action == 'upgrade' else '-1')}")
    return 0


def _cmd_feeds(args: argparse.Namespace) -> int:
    from service.db import session_scope, utcnow
    from service.errors import ServiceError
    from service.feeds import presets, repository
    from service.feeds import service as feeds

    with session_scope() as session:
        if args.action == "add":
            try:
                feed = feeds.add(
                    session, url=args.url, title=args.title, poll_interval_s=args.interval, now=utcnow()
                )
            except ServiceError as exc:
                print(f"error: {exc.message}", file=sys.stderr)
                return 1
            print(f"added feed {feed.id}: {feed.url}")
        elif args.action == "presets":
            chosen = presets.load()
            if not args.add:
                for p in chosen:
                    print(f"{p.name:40s} {p.url}")
                print(f"\n{len(chosen)} presets; add them all with: ceasewatch feeds presets --add")
                return 0
            added = presets.add_all(session, now=utcnow())
            print(f"added {added} of {len(chosen)} preset feeds (the rest were there already)")
        else:
            for f in repository.list_all(session):
                state = "disabled" if f.disabled else ("failing" if f.error_count else "ok")
                print(f"{f.id:5d}  {state:8s}  errors={f.error_count:<3d} items={f.items_seen:<6d} {f.url}")
    return 0


def _cmd_keys(args: argparse.Namespace) -> int:
    from service.auth import service as keys
    from service.db import session_scope, utcnow

    with session_scope() as session:
        if args.action == "create":
            key, plain = keys.create(session, name=args.name, role=args.role, now=utcnow())
            print(plain)
            print(f"(key {key.id}, role {key.role}: shown once, store it now)", file=sys.stderr)
        elif args.action == "revoke":
            if not keys.revoke(session, key_id=args.id, now=utcnow()):
                print(f"error: key {args.id} does not exist", file=sys.stderr)
                return 1
            print(f"revoked key {args.id}")
        else:
            for k in keys.list_all(session):
                state = "revoked" if k.revoked_at else "active"
                print(f"{k.id:4d}  {k.role:5s}  {state:7s}  {k.prefix}…  {k.name}")
    return 0


def _cmd_ceasefires(args: argparse.Namespace) -> int:
    from pathlib import Path

    from service.ceasefires import repository
    from service.ceasefires import service as ceasefires
    from service.db import session_scope, utcnow
    from service.errors import ServiceError

    with session_scope() as session:
        if args.action == "import":
            try:
                created, updated = ceasefires.import_file(session, path=Path(args.file), now=utcnow())
            except ServiceError as exc:
                print(f"error: {exc.message}", file=sys.stderr)
                return 1
            print(f"imported {args.file}: {created} new, {updated} updated")
        else:
            for c in repository.list_all(session):
                period = f"{c.starts_on} to {c.ends_on or 'open'}"
                print(f"{c.id:4d}  {period:26s} {','.join(c.countries):8s} {c.name}")
    return 0


def _cmd_reclassify(args: argparse.Namespace) -> int:
    from service.reclassify import reclassify

    since = datetime.combine(args.since, datetime.min.time(), tzinfo=UTC)
    done = reclassify(since=since, progress=sys.stderr)
    print(json.dumps(done))
    return 0


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2016-09-17") from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="ceasewatch", description="Ceasefire-violation monitoring.")
    sub = p.add_subparsers(dest="command", required=True)

    up = sub.add_parser("up", help="migrate, then run API, worker and beat together")
    up.add_argument("--host", default=None)
    up.add_argument("--port", type=int, default=None)
    up.add_argument("--demo", action="store_true", help="also serve and subscribe to sample feeds")
    up.add_argument("--concurrency", type=int, default=2)
    up.set_defaults(func=_cmd_up)

    api = sub.add_parser("api", help="run the HTTP API")
    api.add_argument("--host", default=None)
    api.add_argument("--port", type=int, default=None)
    api.add_argument("--workers", type=int, default=1)
    api.set_defaults(func=_cmd_api)

    for name, func in (("worker", _cmd_worker), ("beat", _cmd_beat)):
        cmd = sub.add_parser(name, help=f"run a Celery {name}")
        cmd.add_argument("--loglevel", default="INFO")
        if name == "worker":
            cmd.add_argument("--concurrency", type=int, default=2)
        cmd.set_defaults(func=func)

    db = sub.add_parser("db", help="database migrations")
    db.add_argument("action", choices=["upgrade", "downgrade"])
    db.add_argument("revision", nargs="?")
    db.set_defaults(func=_cmd_db)

    feeds = sub.add_parser("feeds", help="manage feeds")
    fsub = feeds.add_subparsers(dest="action", required=True)
    add = fsub.add_parser("add")
    add.add_argument("url")
    add.add_argument("--title")
    add.add_argument("--interval", type=int, help="seconds between polls")
    fsub.add_parser("list")
    pre = fsub.add_parser("presets", help="list (or --add) the preset real world-news feeds")
    pre.add_argument("--add", action="store_true")
    feeds.set_defaults(func=_cmd_feeds)

    keys = sub.add_parser("keys", help="API keys")
    ksub = keys.add_subparsers(dest="action", required=True)
    create = ksub.add_parser("create")
    create.add_argument("--name", default="cli")
    create.add_argument("--role", choices=["read", "admin"], default="read")
    ksub.add_parser("list")
    revoke = ksub.add_parser("revoke")
    revoke.add_argument("id", type=int)
    keys.set_defaults(func=_cmd_keys)

    cf = sub.add_parser("ceasefires", help="the ceasefire registry")
    cfsub = cf.add_subparsers(dest="action", required=True)
    imp = cfsub.add_parser("import", help="add or update ceasefires from a YAML registry (by name)")
    imp.add_argument("file")
    cfsub.add_parser("list")
    cf.set_defaults(func=_cmd_ceasefires)

    cls = sub.add_parser("classify", help="classify JSON Lines items from stdin")
    cls.set_defaults(func=_cmd_classify)

    rec = sub.add_parser("reclassify", help="re-run the current classifier over stored items")
    rec.add_argument("--since", type=_date, required=True, help="items published on or after this date")
    rec.set_defaults(func=_cmd_reclassify)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
