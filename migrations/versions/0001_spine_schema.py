"""spine schema: sources, speakers, aliases, quotes

Revision ID: 0001
Revises:
Create Date: 2026-11-25 18:00:25.478843
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0001'
down_revision: Union[str, None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('sources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('outlet', sa.String(length=255), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sources')),
    sa.UniqueConstraint('url', name=op.f('uq_sources_url'))
    )
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sources_outlet'), ['outlet'], unique=False)
        batch_op.create_index(batch_op.f('ix_sources_published'), ['published'], unique=False)
        batch_op.create_index(batch_op.f('ix_sources_sha256'), ['sha256'], unique=False)
        batch_op.create_index('uq_sources_sha256_without_url', ['sha256'], unique=True, sqlite_where=sa.text('url IS NULL'), postgresql_where=sa.text('url IS NULL'))

    op.create_table('speakers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_speakers')),
    sa.UniqueConstraint('name', name=op.f('uq_speakers_name'))
    )
    op.create_table('quotes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('speaker_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('cue', sa.String(length=100), nullable=True),
    sa.Column('speaker_as_written', sa.String(length=500), nullable=True),
    sa.Column('speaker_role', sa.String(length=500), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('context', sa.Text(), nullable=False),
    sa.Column('extractor_version', sa.String(length=50), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_quotes_source_id_sources'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['speaker_id'], ['speakers.id'], name=op.f('fk_quotes_speaker_id_speakers'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quotes')),
    sa.UniqueConstraint('source_id', 'start', 'end', name='uq_quotes_source_id_start_end')
    )
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quotes_source_id'), ['source_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotes_speaker_id'), ['speaker_id'], unique=False)

    op.create_table('speaker_aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.String(length=500), nullable=False),
    sa.Column('key', sa.String(length=500), nullable=False),
    sa.Column('speaker_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['speaker_id'], ['speakers.id'], name=op.f('fk_speaker_aliases_speaker_id_speakers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_speaker_aliases')),
    sa.UniqueConstraint('key', name=op.f('uq_speaker_aliases_key'))
    )
    with op.batch_alter_table('speaker_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_speaker_aliases_speaker_id'), ['speaker_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('speaker_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_speaker_aliases_speaker_id'))

    op.drop_table('speaker_aliases')
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quotes_speaker_id'))
        batch_op.drop_index(batch_op.f('ix_quotes_source_id'))

    op.drop_table('quotes')
    op.drop_table('speakers')
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.drop_index('uq_sources_sha256_without_url', sqlite_where=sa.text('url IS NULL'), postgresql_where=sa.text('url IS NULL'))
        batch_op.drop_index(batch_op.f('ix_sources_sha256'))
        batch_op.drop_index(batch_op.f('ix_sources_published'))
        batch_op.drop_index(batch_op.f('ix_sources_outlet'))

    op.drop_table('sources')
