"""Articles known by their normalised URL; the extractor version per source, for re-extraction.

`url_key` (quotes.ingest.urls.normalise_url) makes http/https, host case, a trailing slash and
tracking parameters (utm_*, fbclid, ...) name the same article; `url` keeps the address as
given. `extractor_version` lets `quotes reextract --outdated` find sources, with or without
quotes, that an older extractor read.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 18:40:00
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

from quotes.ingest.urls import normalise_url

revision: str = "0003"
down_revision: Union[str, None] = "0002"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("sources") as batch_op:
        batch_op.add_column(sa.Column("url_key", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("extractor_version", sa.String(length=50), nullable=True))
    connection = op.get_bind()
    sources = sa.table("sources", sa.column("id", sa.Integer), sa.column("url", sa.Text), sa.column("url_key", sa.Text),
                       sa.column("extractor_version", sa.String))
    quotes = sa.table("quotes", sa.column("source_id", sa.Integer), sa.column("extractor_version", sa.String))
    rows = connection.execute(sa.select(sources.c.id, sources.c.url).where(sources.c.url.is_not(None))).all()
    if rows:
        connection.execute(
            sources.update().where(sources.c.id == sa.bindparam("source_id")).values(url_key=sa.bindparam("key")),
            [{"source_id": source_id, "key": normalise_url(url) or url.strip()} for source_id, url in rows],
        )
    newest = (sa.select(sa.func.max(quotes.c.extractor_version))
              .where(quotes.c.source_id == sources.c.id).scalar_subquery())
    connection.execute(sources.update().values(extractor_version=newest))
    with op.batch_alter_table("sources") as batch_op:
        batch_op.drop_constraint("uq_sources_url", type_="unique")
        batch_op.create_unique_constraint(batch_op.f("uq_sources_url_key"), ["url_key"])
        batch_op.drop_index("uq_sources_sha256_without_url")
        batch_op.create_index("uq_sources_sha256_without_url", ["sha256"], unique=True,
                              sqlite_where=sa.text("url_key IS NULL"), postgresql_where=sa.text("url_key IS NULL"))


def downgrade() -> None:
    with op.batch_alter_table("sources") as batch_op:
        batch_op.drop_index("uq_sources_sha256_without_url")
        batch_op.create_index("uq_sources_sha256_without_url", ["sha256"], unique=True,
                              sqlite_where=sa.text("url IS NULL"), postgresql_where=sa.text("url IS NULL"))
        batch_op.drop_constraint(batch_op.f("uq_sources_url_key"), type_="unique")
        batch_op.create_unique_constraint("uq_sources_url", ["url"])
        batch_op.drop_column("extractor_version")
        batch_op.drop_column("url_key")
