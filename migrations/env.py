"""Alembic environment: run by quotes itself on first use of a database, or by `alembic upgrade head`."""

import os

from alembic import context
from sqlalchemy import create_engine

from quotes.store.models import Base, described_by_models

config = context.config
target_metadata = Base.metadata


def run_migrations(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=described_by_models,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_migrations(connection)
else:
    url = config.get_main_option("sqlalchemy.url") or os.environ.get("QUOTES_DB", "sqlite:///quotes.db")
    with create_engine(url).connect() as connection:
        run_migrations(connection)
        connection.commit()
