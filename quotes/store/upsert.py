"""INSERT ... ON CONFLICT DO NOTHING on the databases quotes runs on: how concurrent writers avoid duplicates."""

from __future__ import annotations

from functools import cache

from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session


def insert_ignoring_conflicts(session: Session, model, returning=None):
    """An INSERT for ``model`` that skips rows whose unique key is already taken (by anyone).

    Execute it with the row values as parameters. The statement is built once per database
    kind: an ingest runs it thousands of times, and building it cost more than running it.
    """
    return _statement(session.get_bind().dialect.name, model, returning)


@cache
def _statement(dialect: str, model, returning):
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    statement = insert(model).on_conflict_do_nothing()
    return statement.returning(returning) if returning is not None else statement
