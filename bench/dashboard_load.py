"""The dashboard's queries on 1,000,000 incidents in PostgreSQL: server-side execution times.

Fills a database of its own (INSERT ... SELECT generate_series: three years of incidents, a tenth of
them possible violations of one of four ceasefires), then runs the statements the dashboard's
repository builds and reports PostgreSQL's own EXPLAIN ANALYZE execution time for each.

    .venv/bin/python bench/dashboard_load.py [--rows 1000000] [--repeat 7]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from _common import header, scratch_database
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

END = datetime(2026, 1, 1, tzinfo=UTC)
YEARS = 3

FILL = """
INSERT INTO incidents (occurred_at, event_date, first_seen_at, updated_at, title, event_type, country,
  location_name, lat, lon, perpetrator_name, target_name, target_is_state_forces, killed_low, killed,
  killed_high, confidence, hedged, mentions_ceasefire, status, report_count, source_count, match_text)
SELECT ts, ts::date, ts, ts, 'Bench incident ' || g,
  (ARRAY['armed_clash','air_drone_strike','shelling_artillery_missile_attack',
         'remote_explosive_landmine_ied','attack','abduction_forced_disappearance'])[1 + g % 6],
  (ARRAY['UA','SY','YE','SD','AF','MM','SO','ML','CD','LY'])[1 + (g / 7) % 10],
  'Place ' || (g % 500), 10 + (g % 40), 20 + (g % 30), 'Side A', 'Side B', false,
  g % 5, g % 5, g % 5 + g % 3, ((g::bigint * 7919) % 100) / 100.0, false, false, 'alleged', 1, 1, ''
FROM (SELECT g, :end - make_interval(secs => g * :step) AS ts FROM generate_series(1, :rows) AS g) s
"""
CEASEFIRES = """
INSERT INTO ceasefires (name, kind, countries, areas, starts_on, parties, brokers, excluded, notes,
  created_at, updated_at)
SELECT 'Bench ceasefire ' || c, 'definitive', '["UA"]', '[]', DATE '2023-01-01',
  '[{"name": "Side A"}, {"name": "Side B"}]', '[]', '[]', '', now(), now()
FROM generate_series(1, 4) AS c
"""
VIOLATIONS = """
INSERT INTO incident_violations (incident_id, ceasefire_id, rule, reason, matched_at)
SELECT id, (SELECT min(id) FROM ceasefires) + id % 4, 'parties', 'bench', occurred_at
FROM incidents WHERE id % 10 = 0
"""


def fill(url: str, rows: int) -> float:
    started = time.perf_counter()
    engine = create_engine(url)
    step = YEARS * 365 * 86400 / rows
    with engine.begin() as conn:
        conn.execute(text(FILL), {"end": END, "step": step, "rows": rows})
        conn.execute(text(CEASEFIRES))
        conn.execute(text(VIOLATIONS))
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE"))
    engine.dispose()
    return time.perf_counter() - started


class Explainer:
    """Captures the SQL a repository call sends, then asks PostgreSQL to EXPLAIN ANALYZE it."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.captured: list[tuple[str, Any]] = []
        event.listen(engine, "before_cursor_execute", self._capture)

    def _capture(self, _conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if not statement.lstrip().upper().startswith("EXPLAIN"):
            self.captured.append((statement, params))

    def measure(self, call: Callable[[Session], Any], *, repeat: int) -> tuple[float, float, str]:
        """Median execution and planning time in ms, and the plan's top line, for the call's last query."""
        self.captured.clear()
        with Session(self.engine) as session:
            call(session)
        statement, params = self.captured[-1]
        runs, plans = [], []
        top = ""
        with self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            for _ in range(repeat):
                with raw.cursor() as cur:
                    cur.execute("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + statement, params)
                    plan = cur.fetchone()[0]
                    plan = plan if isinstance(plan, list) else json.loads(plan)
                runs.append(float(plan[0]["Execution Time"]))
                plans.append(float(plan[0]["Planning Time"]))
                node = plan[0]["Plan"]
                top = describe(node)
        return statistics.median(runs), statistics.median(plans), top


def describe(node: dict[str, Any]) -> str:
    """The plan's main access path, e.g. 'Limit > Index Scan Backward (ix_incidents_occurred)'."""
    parts = []
    while node:
        label = node["Node Type"]
        if node.get("Index Name"):
            label += f" ({node['Index Name']})"
        parts.append(label)
        children = node.get("Plans") or []
        node = children[0] if children else {}
        if len(parts) >= 4:
            break
    return " > ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    from service.dashboard import repository as repo
    from service.dashboard.linked import incident_ids
    from service.pagination import Cursor

    header(f"Dashboard queries on {args.rows:,} incidents")
    with scratch_database("cw_bench_dash") as url:
        print(f"filled in {fill(url, args.rows):.1f} s")
        engine = create_engine(url)
        explain = Explainer(engine)

        def rng(days: int, **kw: Any) -> repo.Filter:
            return repo.Filter(since=END - timedelta(days=days), until=END, **kw)

        deep_row = args.rows * 15 // 100
        with Session(engine) as session:
            # A cursor half-way through the year: what "Older incidents" hands out after ~180,000 rows.
            deep = session.execute(
                text(
                    "SELECT occurred_at, id FROM incidents "
                    "ORDER BY occurred_at DESC, id DESC OFFSET :n LIMIT 1"
                ),
                {"n": deep_row},
            ).one()
        cursor = Cursor(deep[0], deep[1])
        violations = incident_ids(None, ceasefire_id=None, violations_only=True)  # type: ignore[arg-type]
        cases: list[tuple[str, Callable[[Session], Any]]] = [
            (
                "overview first page (30 days, 50 rows)",
                lambda s: repo.incident_page(s, flt=rng(30), cursor=None, limit=50),
            ),
            (
                "possible violations first page (30 days)",
                lambda s: repo.incident_page(s, flt=rng(30), cursor=None, limit=50, only_ids=violations),
            ),
            (
                f"deep page via cursor (a year, row {deep_row:,})",
                lambda s: repo.incident_page(s, flt=rng(365), cursor=cursor, limit=50),
            ),
            (
                "filtered first page (a year, country + type + confidence)",
                lambda s: repo.incident_page(
                    s,
                    flt=rng(365, country="SD", event_type="attack", min_confidence=0.9),
                    cursor=None,
                    limit=50,
                ),
            ),
            ("per-day counts by type, 30 days", lambda s: repo.daily_counts(s, flt=rng(30))),
            ("per-day counts by type, a year", lambda s: repo.daily_counts(s, flt=rng(365))),
            ("map points (30 days, up to 2,000)", lambda s: repo.map_points(s, flt=rng(30), limit=2000)),
        ]
        print(f"{'query':58} {'exec ms':>9} {'plan ms':>8}  plan")
        for name, call in cases:
            ms, plan_ms, top = explain.measure(call, repeat=args.repeat)
            print(f"{name:58} {ms:9.2f} {plan_ms:8.2f}  {top}")
        engine.dispose()
        print(f"(median of {args.repeat} EXPLAIN ANALYZE runs each; data ends {date(2026, 1, 1)})")
        pages(url, repeat=args.repeat)


def pages(url: str, *, repeat: int) -> None:
    """Whole pages as the browser gets them (in-process ASGI client: SQL plus template rendering)."""
    import os
    import tempfile

    from fastapi.testclient import TestClient

    from service.api import create_app
    from service.db import reset_caches

    os.environ.update(
        CEASEWATCH_DATABASE_URL=url, CEASEWATCH_PUBLIC_READS="true", CEASEWATCH_HOME=tempfile.mkdtemp()
    )
    reset_caches()
    client = TestClient(create_app())
    month = "since=2025-12-02&until=2025-12-31"
    year = "since=2025-01-01&until=2025-12-31"
    print(f"{'page':58} {'median ms':>9}")
    for name, path in [
        ("GET / (30 days)", f"/?{month}"),
        ("GET / (a year)", f"/?{year}"),
        ("GET /dashboard/api/overview (30 days, the live poll)", f"/dashboard/api/overview?{month}"),
        ("GET /map (30 days)", f"/map?{month}"),
        ("GET /ceasefires/1", "/ceasefires/1"),
    ]:
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            response = client.get(path)
            times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (path, response.status_code)
        print(f"{name:58} {statistics.median(times):9.1f}")
    reset_caches()


if __name__ == "__main__":
    main()
