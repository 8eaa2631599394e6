"""The database schema as SQLAlchemy 2 models. Alembic's migrations create it; nothing calls create_all."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Optional

from sqlalchemy import Date, DateTime, ForeignKey, Index, MetaData, String, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints: SQLite batch migrations can only alter what has a name.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


# Full-text search lives in objects the models do not describe: the SQLite FTS5 table
# (quotes_fts and its shadow tables) and PostgreSQL's generated quotes.search_vector column.
FULLTEXT_OBJECTS = ("quotes_fts", "search_vector")


def described_by_models(obj, name, type_, reflected, compare_to) -> bool:
    """For Alembic's autogenerate and schema comparison: skip the full-text objects."""
    return not (name and any(part in name for part in FULLTEXT_OBJECTS))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Source(Base):
    """One article: its text, where it came from, and the quotes found in it."""

    __tablename__ = "sources"
    __table_args__ = (
        # An article without a URL is known by its text alone.
        Index(
            "uq_sources_sha256_without_url",
            "sha256",
            unique=True,
            sqlite_where=text("url_key IS NULL"),
            postgresql_where=text("url_key IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[Optional[str]] = mapped_column(Text)  # as the page gave it
    url_key: Mapped[Optional[str]] = mapped_column(Text, unique=True)  # quotes.ingest.urls.normalise_url: what identifies it
    title: Mapped[Optional[str]] = mapped_column(Text)
    outlet: Mapped[Optional[str]] = mapped_column(String(255), index=True)
    published: Mapped[Optional[date]] = mapped_column(Date, index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    extractor_version: Mapped[Optional[str]] = mapped_column(String(50))  # of the quotes stored for it

    quotes: Mapped[list[Quotation]] = relationship(
        back_populates="source", cascade="all, delete-orphan", passive_deletes=True
    )

    def __repr__(self) -> str:
        return f"Source(id={self.id!r}, url={self.url!r}, title={self.title!r})"


class Speaker(Base):
    """A person or organisation under one canonical name."""

    __tablename__ = "speakers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="person", server_default="person")  # or "organisation"

    aliases: Mapped[list[SpeakerAlias]] = relationship(
        back_populates="speaker", cascade="all, delete-orphan", passive_deletes=True
    )
    quotes: Mapped[list[Quotation]] = relationship(back_populates="speaker")

    def __repr__(self) -> str:
        return f"Speaker(id={self.id!r}, name={self.name!r})"


class SpeakerAlias(Base):
    """Another way of writing a speaker's name; ``key`` is the case-folded form that lookups use."""

    __tablename__ = "speaker_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    alias: Mapped[str] = mapped_column(String(500))
    key: Mapped[str] = mapped_column(String(500), unique=True)  # quotes.names.name_key of the alias
    surname_key: Mapped[Optional[str]] = mapped_column(String(200), index=True)  # where link candidates are found
    speaker_id: Mapped[int] = mapped_column(ForeignKey("speakers.id", ondelete="CASCADE"), index=True)

    speaker: Mapped[Speaker] = relationship(back_populates="aliases")

    def __repr__(self) -> str:
        return f"SpeakerAlias(alias={self.alias!r}, speaker_id={self.speaker_id!r})"


class Quotation(Base):
    """One quote as it stands in one source: exact words, offsets, speaker and cue."""

    __tablename__ = "quotes"
    __table_args__ = (
        UniqueConstraint("source_id", "start", "end", name="uq_quotes_source_id_start_end"),
        # Covers "how many sources print these words" without reading the table.
        Index("ix_quotes_text_key_source_id", "text_key", "source_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    speaker_id: Mapped[Optional[int]] = mapped_column(ForeignKey("speakers.id", ondelete="SET NULL"), index=True)
    text: Mapped[str] = mapped_column(Text)
    text_key: Mapped[str] = mapped_column(String(40))  # quotes.match.quote_key: same words, same key
    search_text: Mapped[str] = mapped_column(Text)  # quotes.match.normalise_quote: what full-text search indexes
    start: Mapped[int]
    end: Mapped[int]
    cue: Mapped[Optional[str]] = mapped_column(String(100))
    speaker_name: Mapped[Optional[str]] = mapped_column(String(500))  # the article's own full name for the speaker
    speaker_as_written: Mapped[Optional[str]] = mapped_column(String(500))
    speaker_role: Mapped[Optional[str]] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(20))
    context: Mapped[str] = mapped_column(Text)
    extractor_version: Mapped[str] = mapped_column(String(50))

    source: Mapped[Source] = relationship(back_populates="quotes")
    speaker: Mapped[Optional[Speaker]] = relationship(back_populates="quotes")

    def __repr__(self) -> str:
        return f"Quotation(id={self.id!r}, speaker_id={self.speaker_id!r}, text={self.text[:40]!r})"


class SpeakerLog(Base):
    """A curation decision (merge, alias, rename, split), kept so that it can be shown and audited."""

    __tablename__ = "speaker_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    action: Mapped[str] = mapped_column(String(20))
    speaker_id: Mapped[Optional[int]] = mapped_column(ForeignKey("speakers.id", ondelete="SET NULL"), index=True)
    detail: Mapped[str] = mapped_column(Text)

    def __repr__(self) -> str:
        return f"SpeakerLog(action={self.action!r}, detail={self.detail!r})"
