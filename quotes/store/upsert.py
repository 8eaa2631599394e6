"""INSERT ... ON CONFLICT DO NOTHING on the databases quotes runs on: how concurrent writers avoid duplicates."""

from __future__ import annotations

from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session


def insert_ignoring_conflicts(session: Session, model):
    """An INSERT for ``model`` that skips rows whose unique key is already taken (by anyone)."""
    insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    return insert(model).on_conflict_do_nothing()
