"""SQLite's full-text index filled once per ingest batch instead of row by row.

The trigger that keeps quotes_fts in step with quotes indexes each INSERT statement on its
own, and FTS5 writes a new index segment (and merges segments) for every one: with a statement
per article, that was a quarter of an ingest's writing time. Inside one batch transaction the
trigger is set aside, each stored article's source id is noted, and one INSERT ... SELECT
indexes all their quotes just before the commit, when the trigger is put back. It is all one
transaction: a crash or a rollback leaves the trigger and the index as they were.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

INSERT_TRIGGER = "quotes_fts_insert"
_TRIGGER_SQL = text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name")
# In rowid order: FTS5 starts a new segment whenever a rowid is lower than the one before.
_INDEX_SOURCES = ("INSERT INTO quotes_fts(rowid, search_text) "
                  "SELECT id, search_text FROM quotes WHERE source_id IN ({}) ORDER BY id")


class DeferredIndex:
    """For one transaction: quotes stored while it is open reach quotes_fts at ``finish``, all at once.

    ``stored(source_id)`` after inserting a source's quotes; ``before_delete(source_id)`` before
    deleting them (the delete trigger takes indexed rows out of the index). On a database
    without the trigger (PostgreSQL's index is a generated column) every call does nothing.
    Savepoints may roll back between calls: only quotes still in the table at ``finish`` are indexed.
    """

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._trigger: str | None = None
        self._pending: set[int] = set()  # sources whose quotes in the table are not indexed yet
        if connection.dialect.name == "sqlite":
            self._trigger = connection.scalar(_TRIGGER_SQL, {"name": INSERT_TRIGGER})
        if self._trigger:
            connection.exec_driver_sql(f"DROP TRIGGER {INSERT_TRIGGER}")

    def stored(self, source_id: int) -> None:
        if self._trigger:
            self._pending.add(source_id)

    def before_delete(self, source_id: int) -> None:
        """Index a source's pending quotes, so that deleting them takes them out of the index consistently.

        The source stays pending: if the caller's savepoint rolls back, these rows are unindexed again.
        """
        if source_id in self._pending:
            self._index([source_id])

    def finish(self) -> None:
        """Index every pending source's quotes and put the trigger back; call it last in the transaction."""
        if not self._trigger:
            return
        if self._pending:
            self._index(sorted(self._pending))
            self._pending.clear()
        self._connection.exec_driver_sql(self._trigger)
        self._trigger = None

    def _index(self, source_ids: list[int]) -> None:
        # SQLite caps bound parameters (32766 since 3.32); a batch has a few hundred sources.
        self._connection.exec_driver_sql(_INDEX_SOURCES.format(", ".join("?" * len(source_ids))), tuple(source_ids))
