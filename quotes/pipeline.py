"""Ingest many articles fast: extraction in worker processes, one writer storing batches.

Each batch is one transaction with a savepoint per article, so a failing article is rolled
back alone, and a process killed at any moment leaves only whole articles: running the same
ingest again stores what is missing and reports the rest unchanged.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import islice

from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from quotes.extract import extract_quotes, extractor_version, prints_apostrophe_quotes
from quotes.errors import first_line
from quotes.extract.records import Quote
from quotes.ingest import Article, PageRead, ReadFailure
from quotes.store.db import session_scope
from quotes.store.models import Source
from quotes.store.fulltext import DeferredIndex
from quotes.store.repo import PreparedArticle, prepare_article, replace_quotes, source_ids_to_reextract, store_article
from quotes.store.speakers import Linker

BATCH_SIZE = 200
LEAST_BATCH = 64  # ingest stores as soon as this many are extracted (with any more that are ready)
DEADLOCK_RETRIES = 5
RETRYABLE_SQLSTATES = {"40P01", "40001"}  # PostgreSQL: deadlock detected, serialization failure
WORKER_CHUNK = 32  # articles per hand-over to a worker: fewer, larger hand-overs cost less IPC


@dataclass
class Summary:
    counts: Counter = field(default_factory=Counter)  # new / updated / unchanged / failed
    quotes: int = 0  # quotes stored by new and updated articles
    apostrophe_articles: int = 0  # articles whose '' marks were left unread (see prints_apostrophe_quotes)

    @property
    def articles(self) -> int:
        return sum(self.counts.values())

    def line(self) -> str:
        c = self.counts
        return (f"{c['new']} new, {c['updated']} updated, {c['unchanged']} unchanged, {c['failed']} failed; "
                f"{self.quotes} quotes stored")


Progress = Callable[[Summary, "ReadFailure | None"], None]


def _guarded_extract(text: str, apostrophe_quotes: bool = False) -> list[Quote] | str:
    """The quotes, or why extraction failed: an extractor bug must cost one article, not the run."""
    try:
        return extract_quotes(text, apostrophe_quotes=apostrophe_quotes)
    except Exception as exc:
        return f"extraction failed ({type(exc).__name__}: {exc})"


def _extract(item: Article | ReadFailure | PageRead, apostrophe_quotes: bool = False) -> PreparedArticle | ReadFailure:
    """Read (a deferred page), extract and prepare the rows to store: everything but the writing."""
    if isinstance(item, PageRead):
        item = item.read()
    if isinstance(item, ReadFailure):
        return item
    quotes = _guarded_extract(item.text, apostrophe_quotes)
    if isinstance(quotes, str):
        return ReadFailure(item.origin, f"{item.origin}: {quotes}")
    return prepare_article(item, quotes)


def _pool_batches(function, items: Iterable, workers: int, least: int = BATCH_SIZE) -> Iterator[list]:
    """``map`` in ``workers`` processes beside this one (which stores), in order, streaming, as
    lists of at most BATCH_SIZE results; 0 runs it here.

    A list is handed over once ``least`` results are in, with as many more as are ready: a
    writer that is faster than the workers stores what has come instead of waiting for a full
    batch, so little is left to store when the last article is extracted.
    """
    if workers <= 0:
        results = map(function, items)
        while batch := list(islice(results, BATCH_SIZE)):
            yield batch
        return
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with context.Pool(workers) as pool:
        chunks = pool.imap(partial(_map_list, function), _chunked(items, WORKER_CHUNK))
        batch: list = []
        for chunk in chunks:
            batch.extend(chunk)
            while len(batch) < BATCH_SIZE:
                try:  # wait for a chunk while the batch is short of ``least``, else only take a ready one
                    batch.extend(chunks.next(timeout=None if len(batch) < least else 0))
                except (multiprocessing.TimeoutError, StopIteration):
                    break
            yield batch[:BATCH_SIZE]
            batch = batch[BATCH_SIZE:]
        if batch:
            yield batch


def _map_list(function, items: list) -> list:
    return [function(item) for item in items]


def _chunked(items: Iterable, size: int) -> Iterator[list]:
    items = iter(items)
    while chunk := list(islice(items, size)):
        yield chunk


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def ingest(
    engine: Engine,
    items: Iterable[Article | ReadFailure | PageRead],
    workers: int = 1,
    progress: Progress | None = None,
    apostrophe_quotes: bool = False,
) -> Summary:
    """Extract and store every article; failures are counted and reported, never raised."""
    summary = Summary()
    linker = Linker()
    version = extractor_version(apostrophe_quotes)
    for batch in _pool_batches(partial(_extract, apostrophe_quotes=apostrophe_quotes), items, workers, LEAST_BATCH):
        if not apostrophe_quotes:
            summary.apostrophe_articles += sum(
                isinstance(item, PreparedArticle) and prints_apostrophe_quotes(item.article.text) for item in batch)
        _store_batch(engine, batch, summary, progress, linker, version)
    return summary


def _add_with_retry(session, prepared: PreparedArticle, linker: Linker, fulltext: DeferredIndex, version: str) -> str:
    """Store one article under a savepoint; a deadlock with a concurrent writer is retried.

    The savepoint is plain SQL on the session's connection: SQLAlchemy's nested session
    transactions cost a sixth of the writing time, and nothing here needs their bookkeeping
    (statements go through the connection; a failure outside the database rolls back the batch).
    """
    connection = session.connection()
    for attempt in range(DEADLOCK_RETRIES + 1):
        connection.exec_driver_sql("SAVEPOINT article")
        try:
            outcome = store_article(session, prepared, version, linker, fulltext)
        except SQLAlchemyError as exc:
            connection.exec_driver_sql("ROLLBACK TO SAVEPOINT article")
            connection.exec_driver_sql("RELEASE SAVEPOINT article")
            linker.forget()  # speakers it created under the savepoint are gone with it
            retryable = isinstance(exc, OperationalError) and getattr(exc.orig, "sqlstate", None) in RETRYABLE_SQLSTATES
            if attempt == DEADLOCK_RETRIES or not retryable:
                raise
            continue
        connection.exec_driver_sql("RELEASE SAVEPOINT article")
        return outcome
    raise AssertionError("unreachable")


def _store_batch(engine: Engine, batch, summary: Summary, progress: Progress | None, linker: Linker,
                 version: str) -> None:
    reports: list[tuple[str, int, ReadFailure | None]] = []  # outcome, quotes stored, failure
    try:
        with session_scope(engine) as session:
            prepared = [item for item in batch if isinstance(item, PreparedArticle)]
            linker.prefetch(session, ((row["speaker_name"], row["speaker_role"]) for item in prepared
                                      for row in item.quote_rows))
            fulltext = DeferredIndex(session.connection())
            for item in batch:
                if isinstance(item, ReadFailure):
                    reports.append(("failed", 0, item))
                    continue
                try:
                    outcome = _add_with_retry(session, item, linker, fulltext, version)
                except SQLAlchemyError as exc:
                    reports.append(("failed", 0, _database_failure(item.article.origin, exc)))
                    continue
                reports.append((outcome, len(item.quote_rows) if outcome != "unchanged" else 0, None))
            fulltext.finish()
    except SQLAlchemyError as exc:  # the batch's commit failed: none of it is stored
        linker.forget()
        reports = [("failed", 0, _database_failure(_origin(item), exc)) for item in batch]
    for outcome, stored, failure in reports:
        _report(summary, outcome, stored, failure, progress)


def _origin(item: PreparedArticle | ReadFailure) -> str:
    return item.origin if isinstance(item, ReadFailure) else item.article.origin


def _database_failure(origin: str, exc: SQLAlchemyError) -> ReadFailure:
    return ReadFailure(origin, f"{origin}: database error: {first_line(exc)}")


def _report(summary: Summary, outcome: str, stored: int, failure: ReadFailure | None, progress: Progress | None) -> None:
    summary.counts[outcome] += 1
    summary.quotes += stored
    if progress:
        progress(summary, failure)


def _extract_stored(item: tuple[int, str], apostrophe_quotes: bool = False) -> tuple[int, list[Quote] | str]:
    source_id, text = item
    return source_id, _guarded_extract(text, apostrophe_quotes)


def _stored_texts(engine: Engine, ids: list[int]) -> Iterator[tuple[int, str]]:
    """(id, text) of the given sources, read a batch at a time so that memory stays flat."""
    for start in range(0, len(ids), BATCH_SIZE):
        with session_scope(engine) as session:
            query = select(Source.id, Source.text).where(Source.id.in_(ids[start : start + BATCH_SIZE]))
            rows = [(source_id, text) for source_id, text in session.execute(query)]
        yield from rows


def reextract(engine: Engine, only_outdated: bool, workers: int = 1, progress: Progress | None = None,
              apostrophe_quotes: bool = False) -> Summary:
    """Run the current extractor over stored texts, replacing their quotes batch by batch (one pool for all).

    ``only_outdated`` takes the sources that another extractor version, or another way of reading
    the marks, gave their quotes."""
    summary = Summary()
    linker = Linker()
    version = extractor_version(apostrophe_quotes)
    with session_scope(engine) as session:
        ids = source_ids_to_reextract(session, version, only_outdated)
    extract = partial(_extract_stored, apostrophe_quotes=apostrophe_quotes)
    for batch in _pool_batches(extract, _stored_texts(engine, ids), workers):
        outcomes: list[tuple[ReadFailure | None, int]] = []
        with session_scope(engine) as session:
            for source_id, quotes in batch:
                if isinstance(quotes, str):
                    outcomes.append((ReadFailure(f"source {source_id}", f"source {source_id}: {quotes}"), 0))
                    continue
                replace_quotes(session, source_id, quotes, version, linker)
                outcomes.append((None, len(quotes)))
        for failure, stored in outcomes:  # reported once the batch is committed
            _report(summary, "failed" if failure else "updated", stored, failure, progress)
    return summary
