"""Full-text search over quotes, and a key that groups the same quote printed by several sources.

Both databases index `search_text`, the quote's words as quotes.match.normalise_quote gives
them (case-folded, accents and punctuation gone, one space between words), so that their
tokenisers see the same words and a look-up gives the same candidates on either.
SQLite: an external-content FTS5 table kept in step by triggers. PostgreSQL: a generated
tsvector column ('simple', unstemmed) with a GIN index.

A later batch migration of `quotes` on SQLite copies the table and drops these triggers:
it must create them again (SQLITE_FULLTEXT below, less the rebuild).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 18:20:00
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

from quotes.match import normalise_quote, quote_key

revision: str = "0002"
down_revision: Union[str, None] = "0001"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

SQLITE_FULLTEXT = [
    "CREATE VIRTUAL TABLE quotes_fts USING fts5("
    "search_text, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN "
    "INSERT INTO quotes_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN "
    "INSERT INTO quotes_fts(quotes_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER quotes_fts_update AFTER UPDATE OF search_text ON quotes BEGIN "
    "INSERT INTO quotes_fts(quotes_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO quotes_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')",
]
POSTGRES_FULLTEXT = [
    "ALTER TABLE quotes ADD COLUMN search_vector tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED",
    "CREATE INDEX ix_quotes_search_vector ON quotes USING gin (search_vector)",
]


def upgrade() -> None:
    with op.batch_alter_table("quotes") as batch_op:
        batch_op.add_column(sa.Column("text_key", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("search_text", sa.Text(), nullable=True))
    connection = op.get_bind()
    quotes = sa.table("quotes", sa.column("id", sa.Integer), sa.column("text", sa.Text),
                      sa.column("text_key", sa.String), sa.column("search_text", sa.Text))
    rows = connection.execute(sa.select(quotes.c.id, quotes.c.text)).all()
    if rows:
        connection.execute(
            quotes.update()
            .where(quotes.c.id == sa.bindparam("quote_id"))
            .values(text_key=sa.bindparam("key"), search_text=sa.bindparam("words")),
            [{"quote_id": quote_id, "key": quote_key(text), "words": normalise_quote(text)} for quote_id, text in rows],
        )
    with op.batch_alter_table("quotes") as batch_op:
        batch_op.alter_column("text_key", existing_type=sa.String(length=40), nullable=False)
        batch_op.alter_column("search_text", existing_type=sa.Text(), nullable=False)
        batch_op.create_index("ix_quotes_text_key_source_id", ["text_key", "source_id"], unique=False)
    statements = {"sqlite": SQLITE_FULLTEXT, "postgresql": POSTGRES_FULLTEXT}.get(connection.dialect.name, [])
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("quotes_fts_insert", "quotes_fts_delete", "quotes_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS quotes_fts")
    elif op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_quotes_search_vector")
        op.execute("ALTER TABLE quotes DROP COLUMN IF EXISTS search_vector")
    with op.batch_alter_table("quotes") as batch_op:
        batch_op.drop_index("ix_quotes_text_key_source_id")
        batch_op.drop_column("search_text")
        batch_op.drop_column("text_key")
