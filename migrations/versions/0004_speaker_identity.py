"""Speaker identity: people and organisations, surname-indexed aliases, the article's own name, a curation log.

Alias keys are recomputed with quotes.names.name_key (accents, dots and apostrophes folded);
two aliases that now share a key belonged to one speaker written two ways, and those speakers
are merged (their quotes move to the first), so no quote loses its speaker.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 18:50:00
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

from quotes.names import name_key, parse_speaker

revision: str = "0004"
down_revision: Union[str, None] = "0003"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("speakers") as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=20), server_default="person", nullable=False))
    with op.batch_alter_table("speaker_aliases") as batch_op:
        batch_op.add_column(sa.Column("surname_key", sa.String(length=200), nullable=True))
        batch_op.create_index(batch_op.f("ix_speaker_aliases_surname_key"), ["surname_key"], unique=False)
    # quotes is altered in place (no batch copy), which keeps its full-text triggers on SQLite.
    op.add_column("quotes", sa.Column("speaker_name", sa.String(length=500), nullable=True))
    op.create_table(
        "speaker_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("speaker_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["speaker_id"], ["speakers.id"], name=op.f("fk_speaker_log_speaker_id_speakers"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speaker_log")),
    )
    with op.batch_alter_table("speaker_log") as batch_op:
        batch_op.create_index(batch_op.f("ix_speaker_log_speaker_id"), ["speaker_id"], unique=False)
    _backfill(op.get_bind())


def _backfill(connection) -> None:
    speakers = sa.table("speakers", sa.column("id", sa.Integer), sa.column("name", sa.String), sa.column("kind", sa.String))
    aliases = sa.table("speaker_aliases", sa.column("id", sa.Integer), sa.column("alias", sa.String),
                       sa.column("key", sa.String), sa.column("surname_key", sa.String), sa.column("speaker_id", sa.Integer))
    quotes = sa.table("quotes", sa.column("speaker_id", sa.Integer), sa.column("speaker_name", sa.String))
    names = dict(connection.execute(sa.select(speakers.c.id, speakers.c.name)).all())
    connection.execute(quotes.update().values(speaker_name=sa.select(speakers.c.name).where(
        speakers.c.id == quotes.c.speaker_id).scalar_subquery()))
    for speaker_id, name in names.items():
        parsed = parse_speaker(name)
        if parsed is not None and parsed.kind != "person":
            connection.execute(speakers.update().where(speakers.c.id == speaker_id).values(kind=parsed.kind))
    rows = connection.execute(sa.select(aliases.c.id, aliases.c.alias, aliases.c.speaker_id).order_by(aliases.c.id)).all()
    # Park every key first, so that no new key can clash with an old one not yet rewritten.
    connection.execute(aliases.update().values(key=sa.literal("tmp:") + sa.cast(aliases.c.id, sa.String)))
    owner_of_key: dict[str, int] = {}
    merged_into: dict[int, int] = {}
    for alias_id, alias, speaker_id in rows:
        speaker_id = merged_into.get(speaker_id, speaker_id)
        key = name_key(alias) or alias.casefold()
        owner = owner_of_key.setdefault(key, speaker_id)
        if owner != speaker_id:  # the same name written two ways: one speaker
            connection.execute(quotes.update().where(quotes.c.speaker_id == speaker_id).values(speaker_id=owner))
            connection.execute(aliases.update().where(aliases.c.speaker_id == speaker_id).values(speaker_id=owner))
            connection.execute(aliases.delete().where(aliases.c.id == alias_id))
            connection.execute(speakers.delete().where(speakers.c.id == speaker_id))
            merged_into[speaker_id] = owner
            continue
        parsed = parse_speaker(alias)
        connection.execute(aliases.update().where(aliases.c.id == alias_id).values(
            key=key, surname_key=parsed.surname_key if parsed else None))


def downgrade() -> None:
    with op.batch_alter_table("speaker_log") as batch_op:
        batch_op.drop_index(batch_op.f("ix_speaker_log_speaker_id"))
    op.drop_table("speaker_log")
    op.drop_column("quotes", "speaker_name")
    with op.batch_alter_table("speaker_aliases") as batch_op:
        batch_op.drop_index(batch_op.f("ix_speaker_aliases_surname_key"))
        batch_op.drop_column("surname_key")
    with op.batch_alter_table("speakers") as batch_op:
        batch_op.drop_column("kind")
