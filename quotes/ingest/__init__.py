"""Readers: files and directories in, Article records (or a one-line failure) out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from quotes.errors import UnreadableInput
from quotes.ingest.article import Article, ReadFailure, outlet_of
from quotes.ingest.text import TEXT_SUFFIXES, read_text_file

__all__ = ["Article", "ReadFailure", "iter_articles", "outlet_of"]


def iter_articles(paths: Iterable[Path], url: str | None = None) -> Iterator[Article | ReadFailure]:
    """Every article under the given files and directories (recursively, .txt and .md), in a stable order.

    A path that cannot be read yields a ReadFailure and the walk goes on. ``url`` applies to a single file.
    """
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
            for file in files:
                yield _read(file, None)
        else:
            yield _read(path, url)


def _read(path: Path, url: str | None) -> Article | ReadFailure:
    try:
        return read_text_file(path, url=url)
    except UnreadableInput as exc:
        return ReadFailure(str(path), str(exc))
