"""Which database, and getting it to the current schema."""

from __future__ import annotations

import os
from contextlib import contextmanager
from collections.abc import Iterator
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

import quotes.migrations
from quotes.errors import DatabaseUnavailable, first_line

DEFAULT_DB = "quotes.db"
ENV_VAR = "QUOTES_DB"
MIGRATIONS_DIR = Path(quotes.migrations.__file__).parent


def database_url(db: str | None = None) -> str:
    """A SQLAlchemy URL from ``--db``, else $QUOTES_DB, else ./quotes.db. A plain path means SQLite."""
    db = db or os.environ.get(ENV_VAR) or DEFAULT_DB
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"


def open_engine(db: str | None = None, *, migrate: bool = True) -> Engine:
    """An engine for the chosen database, its schema upgraded to the newest migration."""
    url = database_url(db)
    try:
        engine = create_engine(make_url(url))
    except (ArgumentError, ImportError, ValueError) as exc:
        raise DatabaseUnavailable(f"cannot use database {url!r}: {exc}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    if migrate:
        try:
            upgrade(engine)
        except OperationalError as exc:
            raise DatabaseUnavailable(f"cannot open database {engine.url.render_as_string()}: {first_line(exc)}") from None
    return engine


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # pysqlite's own transaction handling breaks SAVEPOINT (one per article in a batch):
    # switch it off and let SQLAlchemy's "begin" event start transactions instead.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def _sqlite_begin(connection) -> None:
    connection.exec_driver_sql("BEGIN")


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply the migrations the database lacks; a database already at head costs one query."""
    config = alembic_config(engine)
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.connect() as connection:
        with connection.begin():
            if revision == "head" and MigrationContext.configure(connection).get_current_revision() == head:
                return
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:
            # A batch migration rebuilds a SQLite table by copy and drop; with foreign keys on, the
            # drop would first delete (ON DELETE CASCADE) every quote that refers to the table.
            connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise DatabaseUnavailable("a migration left rows that break a foreign key; nothing was changed")
        finally:
            if sqlite:
                connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session whose work commits as one transaction, or rolls back whole."""
    with session_factory(engine)() as session, session.begin():
        yield session
