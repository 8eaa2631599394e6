"""Output formats: CSV that spreadsheets open safely, JSON that programs read."""

from __future__ import annotations

import csv
import io
import json

import pytest

from quotes.output import Format, write_rows

COLUMNS = ("speaker", "quote", "start")
HOSTILE = [
    {"speaker": "=HYPERLINK(\"http://evil\",\"x\")", "quote": "+1 more", "start": 1},
    {"speaker": "@SUM(A1)", "quote": "-2 degrees", "start": 2},
    {"speaker": "\tTab", "quote": "\rReturn", "start": 3},
    {"speaker": "Пескóв, \"the\" spokesman", "quote": "line one\nline two", "start": 4},
    {"speaker": None, "quote": "plain", "start": 5},
]


def test_csv_neutralises_formulas_and_round_trips_everything_else():
    stream = io.StringIO()
    assert write_rows(HOSTILE, COLUMNS, Format.csv, stream) == len(HOSTILE)
    rows = list(csv.reader(io.StringIO(stream.getvalue(), newline="")))
    assert rows[0] == list(COLUMNS)
    for written, read in zip(HOSTILE, rows[1:], strict=True):
        for column, cell in zip(COLUMNS, read, strict=True):
            original = "" if written[column] is None else str(written[column])
            if original[:1] in ("=", "+", "-", "@", "\t", "\r"):
                assert cell == "'" + original
            else:
                assert cell == original
    assert stream.getvalue().endswith("\r\n")


@pytest.mark.parametrize("fmt", [Format.json, Format.jsonl])
def test_json_formats_keep_values_unchanged(fmt):
    stream = io.StringIO()
    write_rows(HOSTILE, COLUMNS, fmt, stream)
    text = stream.getvalue()
    parsed = json.loads(text) if fmt is Format.json else [json.loads(line) for line in text.splitlines()]
    assert parsed == [{c: row[c] for c in COLUMNS} for row in HOSTILE]


def test_empty_json_is_an_empty_array():
    stream = io.StringIO()
    write_rows([], COLUMNS, Format.json, stream)
    assert json.loads(stream.getvalue()) == []


def test_table_shows_every_row():
    stream = io.StringIO()
    write_rows(HOSTILE, COLUMNS, Format.table, stream)
    assert "plain" in stream.getvalue() and "SUM(A1)" in stream.getvalue()
