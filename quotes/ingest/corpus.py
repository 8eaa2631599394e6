"""Corpora: JSONL and CSV files of many articles, one per line or row, read as a stream.

A bad line or row gives a ReadFailure naming ``origin:LINE`` and the reason, and the reading goes on.
Nothing reads a whole file into memory: a line or a field is limited to MAX_BYTES. Line breaks in
an article's text become "\n", as the extractor expects.
"""

from __future__ import annotations

import codecs
import csv
import email.utils
import io
import json
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from quotes.ingest.article import Article, ReadFailure, outlet_of
from quotes.ingest.text import MAX_BYTES

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv"}
CORPUS_FIELDS = ("text", "url", "title", "published", "outlet")

Source = Path | str | BinaryIO
_CHUNK = 1024 * 1024
_SNIFF_BYTES = 8192
_SHOWN_VALUE_CHARS = 60
_LINE_BREAK = re.compile(r"\r\n?")
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # what surrogateescape makes of a byte that is not UTF-8


class _BadRecord(Exception):
    """Why one line or row is not an article; the caller adds where it is."""


def iter_jsonl(
    source: Source, origin: str | None = None, fields: Mapping[str, str] | None = None
) -> Iterator[Article | ReadFailure]:
    """Articles from a JSONL file (a path, or a binary stream such as ``sys.stdin.buffer``), one JSON object a line.

    ``fields`` maps our field names (CORPUS_FIELDS) to the corpus's: ``{"text": "body", "published": "date"}``.
    Blank lines are skipped. A line that is not valid UTF-8, not JSON, not an object, or has no text
    gives a ReadFailure; a binary file (NUL bytes in its first 8 kB) or a UTF-16 one gives one for the file.
    """
    names = field_names(fields)
    return _jsonl_items(source, origin or _name_of(source), names)


def iter_csv(
    source: Source, origin: str | None = None, fields: Mapping[str, str] | None = None
) -> Iterator[Article | ReadFailure]:
    """Articles from a CSV file with a header row, one article a row; fields may hold quoted newlines.

    ``fields`` as for iter_jsonl. A row is reported with the line it starts on; a header without the
    text column, a binary, UTF-16 or empty file gives one ReadFailure for the file.
    """
    names = field_names(fields)
    return _csv_items(source, origin or _name_of(source), names)


def field_names(fields: Mapping[str, str] | None) -> dict[str, str]:
    """Our field name -> the corpus's, for every field; raise ValueError for a name we do not know."""
    unknown = sorted(set(fields or {}) - set(CORPUS_FIELDS))
    if unknown:
        raise ValueError(f"unknown field {unknown[0]!r} in the field mapping (known: {', '.join(CORPUS_FIELDS)})")
    return {name: (fields or {}).get(name, name) for name in CORPUS_FIELDS}


@contextmanager
def _corpus_stream(source: Source, origin: str, kind: str) -> Iterator[tuple[BinaryIO | None, ReadFailure | None]]:
    """The corpus as a binary stream, or one ReadFailure for the whole file (unreadable, binary, UTF-16, empty)."""
    with _opened(source) as (stream, error):
        if stream is None:
            yield None, ReadFailure(origin, f"{origin}: {error}")
            return
        head, stream = _sniffed(stream)
        problem = _binary_problem(head, kind)
        yield (None, ReadFailure(origin, f"{origin}: {problem}")) if problem else (stream, None)


def _jsonl_items(source: Source, origin: str, names: dict[str, str]) -> Iterator[Article | ReadFailure]:
    with _corpus_stream(source, origin, "a JSONL corpus") as (stream, failure):
        if failure:
            yield failure
            return
        for number, line in enumerate(_lines(stream), start=1):
            where = f"{origin}:{number}"
            if number == 1 and line is not None:
                line = line.removeprefix(codecs.BOM_UTF8)
            if line is not None and not line.strip():
                continue
            try:
                yield _article(_json_object(line), where, names)
            except _BadRecord as exc:
                yield ReadFailure(where, f"{where}: {exc}")


def _lines(stream: BinaryIO) -> Iterator[bytes | None]:
    """The stream's lines; a line over MAX_BYTES is skipped, chunk by chunk, and given as None."""
    while line := stream.readline(MAX_BYTES + 1):
        if len(line) > MAX_BYTES and not line.endswith(b"\n"):
            while (rest := stream.readline(_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def _json_object(line: bytes | None) -> dict[str, Any]:
    if line is None:
        raise _BadRecord(f"line too long (over {MAX_BYTES // 1_000_000} MB)")
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _BadRecord(f"not valid UTF-8 (bad byte at column {exc.start + 1})") from None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _BadRecord(f"not JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise _BadRecord("not JSON (nested too deeply)") from None
    if not isinstance(value, dict):
        raise _BadRecord(f"not a JSON object but {_json_kind(value)}")
    return value


def _json_kind(value: Any) -> str:
    kinds = {list: "an array", str: "a string", bool: "a boolean", int: "a number", float: "a number"}
    return "null" if value is None else kinds.get(type(value), type(value).__name__)


def _csv_items(source: Source, origin: str, names: dict[str, str]) -> Iterator[Article | ReadFailure]:
    # The limit is process-wide; raising it to our per-file limit is what every reader here wants.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_BYTES))
    with _corpus_stream(source, origin, "a CSV corpus") as (stream, failure):
        if failure:
            yield failure
            return
        # surrogateescape: an undecodable byte fails its row, not the whole file
        text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape", newline="")
        try:
            yield from _csv_rows(csv.reader(text, strict=True), origin, names)
        finally:
            text.detach()  # leave the caller's stream open


def _csv_rows(reader: Any, origin: str, names: dict[str, str]) -> Iterator[Article | ReadFailure]:
    try:
        header = [cell.strip() for cell in next(reader)]
    except StopIteration:
        yield ReadFailure(origin, f"{origin}: empty file")
        return
    except csv.Error as exc:
        yield ReadFailure(origin, f"{origin}: not a CSV file ({exc})")
        return
    problem = _header_problem(header, names["text"])
    if problem:
        yield ReadFailure(origin, f"{origin}: {problem}")
        return
    while True:
        where = f"{origin}:{reader.line_num + 1}"
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield ReadFailure(where, f"{where}: not a CSV row ({exc})")
            continue
        if not row:
            continue
        try:
            yield _article(_csv_record(header, row), where, names)
        except _BadRecord as exc:
            yield ReadFailure(where, f"{where}: {exc}")


def _header_problem(header: list[str], text_column: str) -> str | None:
    if any(_has_bad_bytes(cell) for cell in header):
        return "the header is not valid UTF-8"
    if text_column not in header:
        return f"no {text_column!r} column (the header has: {', '.join(header)[:200]})"
    return None


def _csv_record(header: list[str], row: list[str]) -> dict[str, str]:
    if len(row) != len(header):
        raise _BadRecord(f"{len(row)} fields where the header has {len(header)}")
    if any(_has_bad_bytes(cell) for cell in row):
        raise _BadRecord("not valid UTF-8")
    record: dict[str, str] = {}
    for name, cell in zip(header, row):
        record.setdefault(name, cell)  # a repeated column name: the first one counts
    return record


def _has_bad_bytes(cell: str) -> bool:
    return _ESCAPED_BYTE.search(cell) is not None


def _article(record: Mapping[str, Any], where: str, names: dict[str, str]) -> Article:
    text = record.get(names["text"])
    if text is None:
        raise _BadRecord(f"no {names['text']!r} field")
    if not isinstance(text, str):
        raise _BadRecord(f"{names['text']!r} is not a string")
    if not text.strip():
        raise _BadRecord(f"empty {names['text']!r}")
    url = _optional_string(record, names["url"])
    published = _optional_string(record, names["published"])
    return Article(
        text=_LINE_BREAK.sub("\n", text),  # the extractor, like the HTML reader, knows only "\n"
        origin=where,
        url=url,
        title=_optional_string(record, names["title"]),
        outlet=_optional_string(record, names["outlet"]) or outlet_of(url),
        published=_date(published, names["published"]) if published else None,
    )


def _optional_string(record: Mapping[str, Any], name: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _BadRecord(f"{name!r} is not a string")
    return value.strip() or None


def _date(value: str, name: str) -> date:
    """An ISO 8601 date or date-time, else an RFC 2822 date as in feeds; the date as written, not moved to UTC."""
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        raise _BadRecord(f"{name!r} is not a date: {value[:_SHOWN_VALUE_CHARS]!r}") from None


def _sniffed(stream: BinaryIO) -> tuple[bytes, BinaryIO]:
    """The stream's first bytes, to look at, and a stream that still gives them."""
    head = stream.read(_SNIFF_BYTES)
    return head, io.BufferedReader(_Replay(head, stream))


def _binary_problem(head: bytes, expected: str) -> str | None:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return f"encoded as UTF-16; {expected} must be UTF-8"
    if b"\x00" in head:
        return f"binary file (contains NUL bytes), not {expected}"
    return None


class _Replay(io.RawIOBase):
    """Bytes already read from a stream, then the rest of that stream (which it leaves open)."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            data, self._head = self._head[: len(buffer)], self._head[len(buffer) :]
        else:
            read = getattr(self._rest, "read1", self._rest.read)
            data = read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


@contextmanager
def _opened(source: Source) -> Iterator[tuple[BinaryIO, None] | tuple[None, str]]:
    """(stream, None), or (None, why) when a path cannot be opened. A path is closed afterwards; a stream is lent."""
    if not isinstance(source, (str, Path)):
        yield source, None
        return
    try:
        stream = open(source, "rb")  # noqa: SIM115 -- closed below, once the caller's loop is done
    except FileNotFoundError:
        yield None, "no such file"
        return
    except IsADirectoryError:
        yield None, "is a directory"
        return
    except OSError as exc:
        yield None, f"cannot be read ({exc.strerror or exc})"
        return
    with stream:
        yield stream, None


def _name_of(source: Source) -> str:
    return str(source) if isinstance(source, (str, Path)) else str(getattr(source, "name", "<stream>"))
