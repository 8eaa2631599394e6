"""'Who said this?' from half-remembered words, corroboration across sources, and the SQLite file as Datasette sees it."""

from __future__ import annotations

import sqlite3

import pytest
from typer.testing import CliRunner

from conftest import MOSCOW_TIMES_URL, SEEDS
from quotes.cli import app
from quotes.store.db import open_engine, session_scope
from quotes.store.lookup import quote_sources, who_said
from quotes.store.repo import QuoteFilter, search_quotes

runner = CliRunner()
LATER_URL = "https://example.org/2020/09/02/peskov-repeats"
LATER_ARTICLE = """Peskov Repeats Belarus Line

September 2, 2020

"We see that the situation is under control and so there's no point in talking about it now," Peskov said on Monday, as quoted by Russian media.

Original url:

<{url}>
"""


def ingest(db_url: str, *paths) -> None:
    result = runner.invoke(app, ["ingest", *map(str, paths), "--db", db_url])
    assert result.exit_code == 0, result.output


@pytest.fixture
def seeded(db_url, tmp_path):
    later = tmp_path / "later.txt"
    later.write_text(LATER_ARTICLE.format(url=LATER_URL), encoding="utf-8")
    ingest(db_url, SEEDS, later)
    engine = open_engine(db_url)
    yield engine
    engine.dispose()


MISREMEMBERED = [
    ("the situation is under controll", "We see that the situation is under control"),
    ("situation is stabilising there", "The situation is stabilizing there now"),
    ("under control the situation is, no point talking about it", "We see that the situation is under control"),
    ("we are certainly not indiferent to what happens there", "We are certainly not indifferent"),
    ("reserve of law enforcement officers Lukashenko asked me to form", "asked me to form a certain reserve"),
    ("use of the reserve is out of question", "The use of this reserve is out of the question"),
    # the one-word quote "reserve" holds a word of the query, but not the rest of it
    ("form a reserve of police", "asked me to form a certain reserve"),
]


@pytest.mark.parametrize(("query", "expected"), MISREMEMBERED)
def test_misremembered_words_find_the_quote_first(seeded, query, expected):
    with session_scope(seeded) as session:
        results = who_said(session, query)
    assert results and results[0]["quote"].startswith(expected)
    assert results[0]["score"] > 60


def test_corroborated_quote_counts_its_sources_and_names_the_first(seeded):
    with session_scope(seeded) as session:
        best = who_said(session, "situation under control no point talking")[0]
        assert best["speaker"] == "Dmitry Peskov"
        assert best["sources_count"] == 2
        assert best["first_url"] == MOSCOW_TIMES_URL and best["first_published"] == "2020-08-31"
        printings = quote_sources(session, best["id"])
        assert [r["url"] for r in printings] == [MOSCOW_TIMES_URL, LATER_URL]
        corroborated = list(search_quotes(session, QuoteFilter(min_sources=2)))
        assert {r["url"] for r in corroborated} == {MOSCOW_TIMES_URL, LATER_URL}
        assert all(r["quote"].startswith("We see that") and r["sources_count"] == 2 for r in corroborated)
        everything = list(search_quotes(session))  # counted in one pass for a whole listing
        first_page = list(search_quotes(session, QuoteFilter(limit=len(everything))))  # counted per row
        assert [r["sources_count"] for r in everything] == [r["sources_count"] for r in first_page]
        assert sorted(r["sources_count"] for r in everything)[-2:] == [2, 2]


def test_offset_pages_through_the_ranking(seeded):
    with session_scope(seeded) as session:
        ranking = who_said(session, "situation", limit=3)
        next_page = who_said(session, "situation", QuoteFilter(offset=1), limit=2)
    assert len(ranking) == 3 and [r["id"] for r in next_page] == [r["id"] for r in ranking[1:3]]


def test_filters_narrow_who_said(seeded):
    with session_scope(seeded) as session:
        assert who_said(session, "situation under control", QuoteFilter(speaker="Putin"))[0]["speaker"] == "Vladimir Putin"
        assert who_said(session, "situation under control", QuoteFilter(outlet="example.org"))[0]["url"] == LATER_URL
        assert who_said(session, "situation under control", QuoteFilter(since=__import__("datetime").date(2021, 1, 1))) == []


@pytest.mark.parametrize("hostile", ['"', "*", 'NEAR(" AND OR', "') OR 1=1 --", "x:* & !y", "", "   ", "🙂 ∑"])
def test_any_query_text_is_safe(seeded, hostile):
    with session_scope(seeded) as session:
        assert isinstance(who_said(session, hostile), list)


@pytest.mark.postgres
def test_same_answers_on_sqlite_and_postgresql(tmp_path, pg_url):
    later = tmp_path / "later.txt"
    later.write_text(LATER_ARTICLE.format(url=LATER_URL), encoding="utf-8")
    answers = []
    for url in (f"sqlite:///{tmp_path / 'same.db'}", pg_url):
        ingest(url, SEEDS, later)
        engine = open_engine(url)
        with session_scope(engine) as session:
            answers.append([[(r["quote"], r["url"], r["score"], r["sources_count"]) for r in who_said(session, q)]
                            for q, _ in MISREMEMBERED])
        engine.dispose()
    assert answers[0] == answers[1]


def test_cli_who_said_and_quote(seeded, db_url):
    result = runner.invoke(app, ["who-said", "situation is stabilising", "-f", "json", "--db", db_url])
    assert result.exit_code == 0
    import json

    rows = json.loads(result.stdout)
    assert rows[0]["speaker"] == "Vladimir Putin" and "score" in rows[0] and "first_url" in rows[0]
    shown = runner.invoke(app, ["quote", str(rows[0]["id"]), "-f", "json", "--db", db_url])
    assert shown.exit_code == 0 and json.loads(shown.stdout)[0]["id"] == rows[0]["id"]
    missing = runner.invoke(app, ["quote", "999999", "--db", db_url])
    assert missing.exit_code == 1 and "no quote with id 999999" in missing.stderr


def test_sqlite_file_is_readable_with_plain_sqlite3_and_its_fts_table(tmp_path):
    path = tmp_path / "datasette.db"
    ingest(str(path), SEEDS)
    with sqlite3.connect(path) as connection:
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"sources", "speakers", "speaker_aliases", "quotes", "quotes_fts"} <= tables
        hits = connection.execute(
            "SELECT speakers.name, quotes.text FROM quotes_fts JOIN quotes ON quotes.id = quotes_fts.rowid "
            "JOIN speakers ON speakers.id = quotes.speaker_id WHERE quotes_fts MATCH ?", ("stabilizing",)
        ).fetchall()
        assert hits == [("Vladimir Putin", "The situation is stabilizing there now,")]
        foreign = connection.execute("PRAGMA foreign_key_list(quotes)").fetchall()
        assert {row[2] for row in foreign} == {"sources", "speakers"}
