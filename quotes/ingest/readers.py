"""One entry point for every input: a file, a directory or a stream, read by the reader its format needs."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from quotes.errors import UnreadableInput
from quotes.ingest.article import Article, ReadFailure
from quotes.ingest.corpus import CSV_SUFFIXES, JSONL_SUFFIXES, field_names, iter_csv, iter_jsonl
from quotes.ingest.text import MAX_BYTES, TEXT_SUFFIXES, parse_text, read_file_bytes, read_text_file

INPUT_FORMATS = ("text", "html", "jsonl", "csv")
HTML_SUFFIXES = {".html", ".htm"}
FORMAT_BY_SUFFIX = {
    **dict.fromkeys(sorted(TEXT_SUFFIXES), "text"),
    **dict.fromkeys(sorted(HTML_SUFFIXES), "html"),
    **dict.fromkeys(sorted(JSONL_SUFFIXES), "jsonl"),
    **dict.fromkeys(sorted(CSV_SUFFIXES), "csv"),
}
SUPPORTED_SUFFIXES = frozenset(FORMAT_BY_SUFFIX)

Items = Iterator[Article | ReadFailure]


@dataclass(frozen=True, slots=True)
class PageRead:
    """A text or HTML file not read yet: ingest hands these to its worker processes, so that
    parsing pages (trafilatura is the slow part of HTML) runs in parallel with everything else."""

    path: Path
    input_format: str
    url: str | None = None

    @property
    def origin(self) -> str:
        return str(self.path)

    def read(self) -> Article | ReadFailure:
        return next(_read_file(self.path, self.input_format, self.url, None))


def read_any(
    path: Path,
    input_format: str | None = None,
    url: str | None = None,
    fields: Mapping[str, str] | None = None,
    defer_pages: bool = False,
) -> Iterator[Article | ReadFailure | PageRead]:
    """Every article in ``path``: one for a text or HTML file, one per line or row for a corpus.

    The format comes from the suffix (FORMAT_BY_SUFFIX) unless ``input_format`` (one of INPUT_FORMATS)
    says otherwise. A directory gives every file under it, recursively and in sorted order, whose
    suffix is supported (and, with ``input_format``, of that format); hidden files are skipped.
    ``url`` applies to a single text or HTML file; ``fields`` to corpora (see corpus.field_names).
    What cannot be read gives a ReadFailure with a one-line message, and the reading goes on.
    With ``defer_pages`` a text or HTML file comes as a PageRead, to be read by whoever takes it.
    Raise ValueError at once for an unknown ``input_format`` or field name.
    """
    _check_format(input_format)
    field_names(fields)
    return _read_path(Path(path), input_format, url, fields, defer_pages)


def read_stream(
    stream: BinaryIO,
    input_format: str,
    origin: str = "<stdin>",
    url: str | None = None,
    fields: Mapping[str, str] | None = None,
) -> Items:
    """Every article in a binary stream (``sys.stdin.buffer`` for "-"), which has no suffix to go by."""
    _check_format(input_format)
    field_names(fields)
    if input_format == "jsonl":
        return iter_jsonl(stream, origin, fields)
    if input_format == "csv":
        return iter_csv(stream, origin, fields)
    parse = _parse_html if input_format == "html" else parse_text
    return _one(origin, lambda: parse(_read_stream(stream, origin), origin, url))


def format_of(path: Path) -> str | None:
    """The input format its suffix says ("html" for "page.HTM"), or None for a suffix we do not read."""
    return FORMAT_BY_SUFFIX.get(path.suffix.lower())


def _read_path(path: Path, input_format: str | None, url: str | None, fields: Mapping[str, str] | None,
               defer_pages: bool) -> Iterator[Article | ReadFailure | PageRead]:
    files = _files_under(path, input_format) if path.is_dir() else [path]
    for file in files:
        file_format = format_of(file) if path.is_dir() else input_format or format_of(path)
        file_url = None if path.is_dir() else url
        if defer_pages and file_format in ("text", "html") and file.exists():
            yield PageRead(file, file_format, file_url)
        else:
            yield from _read_file(file, file_format, file_url, fields)


def _read_file(path: Path, input_format: str | None, url: str | None, fields: Mapping[str, str] | None) -> Items:
    origin = str(path)
    if not path.exists():
        return _failure(origin, "no such file")
    if input_format is None:
        return _failure(origin, f"unsupported file type {path.suffix or '(no suffix)'} (supported: {_suffixes()})")
    if input_format == "jsonl":
        return iter_jsonl(path, origin, fields)
    if input_format == "csv":
        return iter_csv(path, origin, fields)
    if input_format == "html":
        return _one(origin, lambda: _parse_html(read_file_bytes(path), origin, url))
    return _one(origin, lambda: read_text_file(path, url=url))


def _files_under(directory: Path, input_format: str | None) -> list[Path]:
    def wanted(file: Path) -> bool:
        hidden = any(part.startswith(".") for part in file.relative_to(directory).parts)
        file_format = format_of(file)
        return not hidden and file_format is not None and input_format in (None, file_format) and file.is_file()

    return sorted(file for file in directory.rglob("*") if wanted(file))


def _parse_html(data: bytes, origin: str, url: str | None) -> Article:
    from quotes.ingest.html import parse_html  # trafilatura takes a quarter of a second to import

    return parse_html(data, origin, url)


def _read_stream(stream: BinaryIO, origin: str) -> bytes:
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise UnreadableInput(f"{origin}: too large (over {MAX_BYTES / 1e6:.0f} MB, the limit)")
    return data


def _one(origin: str, read: Callable[[], Article]) -> Items:
    try:
        yield read()
    except UnreadableInput as exc:
        yield ReadFailure(origin, str(exc))


def _failure(origin: str, reason: str) -> Items:
    yield ReadFailure(origin, f"{origin}: {reason}")


def _check_format(input_format: str | None) -> None:
    if input_format is not None and input_format not in INPUT_FORMATS:
        raise ValueError(f"unknown input format {input_format!r} (known: {', '.join(INPUT_FORMATS)})")


def _suffixes() -> str:
    return ", ".join(sorted(SUPPORTED_SUFFIXES))
