"""Database fixtures: every database test runs on SQLite and on a real PostgreSQL.

PostgreSQL comes from $QUOTES_TEST_PG_URL (default: the local server at 127.0.0.1:5432, database
"test"). Each test gets a schema of its own, dropped afterwards. Without a server the PostgreSQL
cases are skipped with the reason, unless $QUOTES_REQUIRE_PG=1 (as in CI), where they fail.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.schema import CreateSchema, DropSchema

# CI replays the same property-test examples every run, so a red build is reproducible and never
# a matter of luck; a developer's run draws new examples and so keeps finding new cases.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
PG_URL = os.environ.get("QUOTES_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REQUIRE_PG = os.environ.get("QUOTES_REQUIRE_PG") == "1"

MOSCOW_TIMES_URL = (
    "https://www.themoscowtimes.com/2020/08/31/kremlin-rules-out-deploying-security-reserve-in-belarus-for-now-a71293"
)


@cache
def postgres_unavailable() -> str | None:
    """Why PostgreSQL cannot be used, or None when it can."""
    try:
        engine = create_engine(PG_URL, connect_args={"connect_timeout": 3})
        with engine.connect():
            pass
        engine.dispose()
    except Exception as exc:  # any failure to connect means "no server" to the tests
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return f"PostgreSQL not reachable at {PG_URL} ({first_line}); set QUOTES_TEST_PG_URL to run these tests"
    return None


@contextmanager
def postgres_schema() -> Iterator[str]:
    """A URL to a fresh PostgreSQL schema of its own, dropped afterwards (or skip / fail without a server)."""
    reason = postgres_unavailable()
    if reason:
        if REQUIRE_PG:
            pytest.fail(f"QUOTES_REQUIRE_PG=1 but {reason}")
        pytest.skip(reason)
    schema = f"quotes_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as connection:
        connection.execute(CreateSchema(schema))
    url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(DropSchema(schema, cascade=True))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """A SQLAlchemy URL to an empty database of its own."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'quotes.db'}"
        return
    with postgres_schema() as url:
        yield url


@pytest.fixture
def pg_url():
    with postgres_schema() as url:
        yield url


@pytest.fixture
def engine(db_url):
    from quotes.store.db import open_engine

    engine = open_engine(db_url)
    yield engine
    engine.dispose()
