"""GET /api/v1/incidents over a year's range on 1,000,000 incidents: first page and page 1,000.

Through the real HTTP API (uvicorn in a subprocess) and beside the same SQL run directly with
psycopg, plus EXPLAIN ANALYZE to show which index the query uses.

    .venv/bin/python bench/api_incidents.py [--rows 1000000] [--samples 300]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import psycopg
from _common import free_port, header, percentile, scratch_database, service_env, spawn, stop, wait_until

SINCE = datetime(2022, 1, 1, tzinfo=UTC)
UNTIL = datetime(2023, 1, 1, tzinfo=UTC)
PAGE = 100
DEEP_PAGE = 1000

# What service.incidents.repository.page builds for since/until/cursor (all columns, newest first).
SQL_FIRST = """
SELECT * FROM incidents
WHERE occurred_at >= %(since)s AND occurred_at < %(until)s
ORDER BY occurred_at DESC, id DESC LIMIT %(limit)s
"""
SQL_AFTER = """
SELECT * FROM incidents
WHERE occurred_at >= %(since)s AND occurred_at < %(until)s
  AND (occurred_at < %(at)s OR (occurred_at = %(at)s AND id < %(id)s))
ORDER BY occurred_at DESC, id DESC LIMIT %(limit)s
"""
# The same position written as a row comparison, which a btree on (occurred_at, id) can seek to.
SQL_AFTER_ROW = """
SELECT * FROM incidents
WHERE occurred_at >= %(since)s AND occurred_at < %(until)s
  AND (occurred_at, id) < (%(at)s, %(id)s)
ORDER BY occurred_at DESC, id DESC LIMIT %(limit)s
"""

FILL = """
INSERT INTO incidents (occurred_at, first_seen_at, updated_at, title, country, event_type,
    target_is_state_forces, confidence, hedged, mentions_ceasefire, status, report_count, source_count)
SELECT
    ts, ts, ts,
    'Incident ' || g,
    (ARRAY['SY','UA','YE','SD','LY','ML','SO','MM','CD','ET'])[1 + g %% 10],
    (ARRAY['armed_clash','air_drone_strike','shelling_artillery_missile_attack','attack'])[1 + g %% 4],
    g %% 3 = 0, 0.5 + (g %% 50) / 100.0, g %% 7 = 0, g %% 5 = 0, 'alleged', 1 + g %% 4, 1 + g %% 3
FROM (
    SELECT g, timestamptz '2019-01-01 00:00:00+00'
              + (g::float8 / %(rows)s) * interval '6 years' + (random() * interval '90 seconds') AS ts
    FROM generate_series(1, %(rows)s) AS g
) AS s
"""


def psycopg_url(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def fill(url: str, rows: int) -> float:
    started = time.perf_counter()
    with psycopg.connect(psycopg_url(url), autocommit=True) as conn:
        conn.execute(FILL, {"rows": rows})  # type: ignore[arg-type]
        conn.execute("VACUUM ANALYZE incidents")
    return time.perf_counter() - started


def read_key(url: str) -> str:
    from sqlalchemy.orm import Session

    from service.auth import service as keys
    from service.db import make_engine, utcnow

    engine = make_engine(url)
    with Session(engine) as session, session.begin():
        _, plain = keys.create(session, name="bench", role="read", now=utcnow())
    engine.dispose()
    return plain


def timed_http(client: httpx.Client, params: dict[str, str], samples: int) -> list[float]:
    out = []
    for _ in range(samples):
        started = time.perf_counter()
        response = client.get("/api/v1/incidents", params=params)
        out.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200 and len(response.json()["incidents"]) == PAGE, response.text[:300]
    return out


def timed_sql(conn: psycopg.Connection[Any], sql: str, params: dict[str, Any], samples: int) -> list[float]:
    out = []
    for _ in range(samples):
        started = time.perf_counter()
        rows = conn.execute(sql, params).fetchall()  # type: ignore[arg-type]
        out.append((time.perf_counter() - started) * 1000)
        assert len(rows) == PAGE
    return out


def explain(conn: psycopg.Connection[Any], sql: str, params: dict[str, Any]) -> str:
    plan = conn.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params).fetchall()  # type: ignore[arg-type]
    return "\n".join(f"    {row[0]}" for row in plan)


def report(label: str, ms: list[float]) -> None:
    print(f"{label:58s} p50 {percentile(ms, 50):7.2f} ms   p99 {percentile(ms, 99):7.2f} ms   (n={len(ms)})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=300)
    args = parser.parse_args()
    header(f"API: GET /api/v1/incidents on {args.rows:,} incidents (PostgreSQL)")

    with scratch_database("cw_bench_api") as url, tempfile.TemporaryDirectory() as tmp:
        with psycopg.connect(psycopg_url(url)) as conn:
            print(f"postgres: {conn.execute('SHOW server_version').fetchone()[0]}")  # type: ignore[index]
        print(f"filled {args.rows:,} incidents (2019-2024) in {fill(url, args.rows):.1f} s")
        key = read_key(url)
        port = free_port()
        env = service_env(Path(tmp), CEASEWATCH_DATABASE_URL=url)
        api = spawn(
            [
                "-m",
                "uvicorn",
                "service.api:create_app",
                "--factory",
                "--port",
                str(port),
                "--log-level",
                "warning",
            ],
            env=env,
            log=Path(tmp) / "api.log",
        )
        try:
            base = f"http://127.0.0.1:{port}"
            client = httpx.Client(base_url=base, headers={"Authorization": f"Bearer {key}"}, timeout=30)

            def up() -> bool:
                try:
                    return client.get("/healthz").status_code == 200
                except httpx.HTTPError:
                    return False

            wait_until(up, timeout=60, what="the API")
            first = {"since": SINCE.isoformat(), "until": UNTIL.isoformat(), "limit": str(PAGE)}
            with psycopg.connect(psycopg_url(url)) as conn:
                in_range = conn.execute(
                    "SELECT count(*) FROM incidents WHERE occurred_at >= %s AND occurred_at < %s",
                    (SINCE, UNTIL),
                ).fetchone()[0]  # type: ignore[index]
            print(f"incidents in {SINCE:%Y-%m-%d}..{UNTIL:%Y-%m-%d}: {in_range:,}")

            # Walk to page 1,000 through the cursor, as a client would.
            started = time.perf_counter()
            params = dict(first)
            last: dict[str, Any] = {}
            for _ in range(DEEP_PAGE - 1):
                body = client.get("/api/v1/incidents", params=params).json()
                last = body["incidents"][-1]
                if body["next_cursor"] is None:
                    raise SystemExit("the range has fewer than 1,000 pages; use more --rows")
                params = dict(first, cursor=body["next_cursor"])
            walked = time.perf_counter() - started
            print(f"walked {DEEP_PAGE - 1} pages through the cursor in {walked:.1f} s")
            deep = params
            at = datetime.fromisoformat(last["occurred_at"])

            for _ in range(20):  # warm the API's pool and the page cache
                client.get("/api/v1/incidents", params=first)
                client.get("/api/v1/incidents", params=deep)
            report("HTTP  first page", timed_http(client, first, args.samples))
            report(f"HTTP  page {DEEP_PAGE:,} (cursor)", timed_http(client, deep, args.samples))

            sql_params = {"since": SINCE, "until": UNTIL, "limit": PAGE, "at": at, "id": last["id"]}
            with psycopg.connect(psycopg_url(url)) as conn:
                report("SQL   first page", timed_sql(conn, SQL_FIRST, sql_params, args.samples))
                report(
                    f"SQL   page {DEEP_PAGE:,} (OR form, as the API sends it)",
                    timed_sql(conn, SQL_AFTER, sql_params, args.samples),
                )
                report(
                    f"SQL   page {DEEP_PAGE:,} (row comparison)",
                    timed_sql(conn, SQL_AFTER_ROW, sql_params, args.samples),
                )
                print("\nEXPLAIN ANALYZE first page:")
                print(explain(conn, SQL_FIRST, sql_params))
                print(f"\nEXPLAIN ANALYZE page {DEEP_PAGE:,}, OR form (as the API sends it):")
                print(explain(conn, SQL_AFTER, sql_params))
                print(f"\nEXPLAIN ANALYZE page {DEEP_PAGE:,}, row comparison:")
                print(explain(conn, SQL_AFTER_ROW, sql_params))
            client.close()
        finally:
            stop(api)


if __name__ == "__main__":
    main()
