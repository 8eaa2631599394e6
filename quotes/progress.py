"""How a long ingest shows itself: a rich progress bar on a terminal, plain log lines otherwise.

Everything goes to standard error, so standard output stays clean for pipes.
"""

from __future__ import annotations

import sys
import time
from contextlib import contextmanager
from collections.abc import Iterator

from quotes.ingest import ReadFailure
from quotes.pipeline import Progress, Summary

LOG_EVERY_SECONDS = 10.0


@contextmanager
def ingest_progress(total: int | None = None) -> Iterator[Progress]:
    """A progress callback for quotes.pipeline.ingest; ``total`` articles when known (for the ETA)."""
    if sys.stderr.isatty():
        with _bar(total) as report:
            yield report
    else:
        yield _log_lines()


@contextmanager
def _bar(total: int | None) -> Iterator[Progress]:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress as RichProgress, TextColumn, TimeRemainingColumn

    console = Console(stderr=True)
    columns = [
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.0f} articles/s"), TextColumn("{task.fields[quotes]} quotes"),
        TimeRemainingColumn(),
    ]
    started = time.perf_counter()
    with RichProgress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("ingest", total=total, rate=0.0, quotes=0)

        def report(summary: Summary, failure: ReadFailure | None) -> None:
            if failure:
                bar.console.print(f"failed: {failure.message}", markup=False, highlight=False)
            rate = summary.articles / max(time.perf_counter() - started, 1e-9)
            bar.update(task, completed=summary.articles, rate=rate, quotes=summary.quotes)

        yield report


def _log_lines() -> Progress:
    started = last = time.perf_counter()

    def report(summary: Summary, failure: ReadFailure | None) -> None:
        nonlocal last
        if failure:
            print(f"failed: {failure.message}", file=sys.stderr, flush=True)
        now = time.perf_counter()
        if now - last >= LOG_EVERY_SECONDS:
            last = now
            rate = summary.articles / (now - started)
            print(f"ingest: {summary.articles} articles ({rate:.0f}/s), {summary.quotes} quotes", file=sys.stderr, flush=True)

    return report
