"""Migrations upgrade and downgrade cleanly on both backends, and match the models exactly."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

import service.models  # noqa: F401  (fills the metadata)
from service import migrate
from service.db import Base


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_upgrade_downgrade_upgrade(backend: str, request: pytest.FixtureRequest, cw_env: object) -> None:
    url = request.getfixturevalue("sqlite_url" if backend == "sqlite" else "pg_url")  # both at head
    assert _tables(url) == set(Base.metadata.tables)
    revisions = list(ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions())
    # Step down one revision at a time: every downgrade must work on its own.
    for rev in revisions:
        migrate.downgrade(url, rev.down_revision or "base")  # type: ignore[arg-type]
    assert _tables(url) == set()
    migrate.upgrade(url)
    assert _tables(url) == set(Base.metadata.tables)


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_models_match_migrations(backend: str, request: pytest.FixtureRequest, cw_env: object) -> None:
    url = request.getfixturevalue("sqlite_url" if backend == "sqlite" else "pg_url")
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            diffs = compare_metadata(ctx, Base.metadata)
    finally:
        engine.dispose()
    assert diffs == [], f"models and migrations disagree: {diffs}"
