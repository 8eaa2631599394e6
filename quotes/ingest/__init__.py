"""Readers: files, directories and streams in, Article records (or a one-line failure) out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from quotes.ingest.article import Article, ReadFailure, outlet_of
from quotes.ingest.readers import INPUT_FORMATS, PageRead, read_any, read_stream

__all__ = ["INPUT_FORMATS", "Article", "PageRead", "ReadFailure", "iter_articles", "outlet_of", "read_stream"]


def iter_articles(
    paths: Iterable[Path],
    url: str | None = None,
    input_format: str | None = None,
    fields: Mapping[str, str] | None = None,
    defer_pages: bool = False,
) -> Iterator[Article | ReadFailure | PageRead]:
    """Every article under the given files and directories, in a stable order.

    A path that cannot be read yields a ReadFailure and the walk goes on. ``url`` applies to a
    single file; ``input_format``, ``fields`` and ``defer_pages`` as in quotes.ingest.readers.read_any.
    """
    for path in paths:
        yield from read_any(path, input_format=input_format, url=url, fields=fields, defer_pages=defer_pages)
