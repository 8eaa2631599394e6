"""Rows out: a terminal table, or CSV / JSON / JSON Lines that other programs and spreadsheets read."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from enum import Enum
from typing import IO


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection);
# such a cell gets an apostrophe in front, which Excel and Sheets show as text.
FORMULA_TRIGGERS = frozenset(("=", "+", "-", "@", "\t", "\r"))


def write_csv(rows: Iterable[dict | Sequence], columns: Sequence[str], stream: IO[str]) -> int:
    """RFC 4180 CSV with a header row; newlines inside a value stay inside its cell.

    A row is a dict keyed by ``columns``, or a sequence already in their order (faster).
    """
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(columns)
    count = 0
    for row in rows:
        # One expression per cell: this loop runs for every cell of a million-row export.
        writer.writerow([
            "" if v is None else "'" + v if v.__class__ is str and v[:1] in FORMULA_TRIGGERS else v
            for v in (map(row.get, columns) if isinstance(row, dict) else row)
        ])
        count += 1
    return count


def write_jsonl(rows: Iterable[dict], columns: Sequence[str], stream: IO[str]) -> int:
    count = 0
    for row in rows:
        stream.write(json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_json(rows: Iterable[dict], columns: Sequence[str], stream: IO[str]) -> int:
    """One JSON array, written row by row so that a large export needs no more memory than one row."""
    count = 0
    stream.write("[")
    for row in rows:
        stream.write(",\n " if count else "\n ")
        stream.write(json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False))
        count += 1
    stream.write("\n]\n" if count else "]\n")
    return count


# How much of a table's width a text column may take relative to the others (words wrap inside
# it); a column not named here (ids, dates, counts) is as wide as its values.
COLUMN_RATIOS = {"quote": 4, "context": 4, "url": 2, "first_url": 2, "speaker": 2, "aliases": 3, "roles": 3, "title": 3}
PIPED_TABLE_WIDTH = 140  # rich assumes 80 columns when not on a terminal; $COLUMNS still wins


def write_table(rows: Iterable[dict], columns: Sequence[str], stream: IO[str], title: str | None = None) -> int:
    """A rich table as wide as the terminal, the quote getting most of it; URLs fold rather than vanish."""
    import os

    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=True, expand=True)
    for column in columns:
        ratio = COLUMN_RATIOS.get(column)
        table.add_column(column, overflow="fold", ratio=ratio, no_wrap=ratio is None)
    count = 0
    for row in rows:
        table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
        count += 1
    piped = not (hasattr(stream, "isatty") and stream.isatty()) and "COLUMNS" not in os.environ
    Console(file=stream, soft_wrap=False, width=PIPED_TABLE_WIDTH if piped else None).print(table)
    return count


def write_rows(rows: Iterable[dict], columns: Sequence[str], fmt: Format, stream: IO[str], **table_options) -> int:
    """Write rows in the chosen format; returns how many were written."""
    if fmt is Format.csv:
        return write_csv(rows, columns, stream)
    if fmt is Format.json:
        return write_json(rows, columns, stream)
    if fmt is Format.jsonl:
        return write_jsonl(rows, columns, stream)
    return write_table(rows, columns, stream, **table_options)
