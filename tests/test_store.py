"""Storage: idempotent articles, one transaction each, alias-aware speaker search, filters."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, inspect, select
from sqlalchemy.exc import IntegrityError

from quotes.extract.records import PARTIAL, Quote
from quotes.ingest import Article
from quotes.store.db import session_scope
from quotes.store.models import Quotation, Source, Speaker
from quotes.store.repo import QuoteFilter, add_article, list_sources, search_quotes
from quotes.store.speakers import list_speakers

TEXT = (
    "Belarus has no need for Russia's troops for the time being, the Kremlin said Monday.\n\n"
    '"The use of this reserve is out of the question at the moment," Putin\'s spokesman Dmitry Peskov told reporters.\n\n'
    'Putin said he would not send it unless "extremists in Belarus cross a line and start plundering."\n'
)
URL = "https://www.themoscowtimes.com/2020/08/31/kremlin-rules-out"


def quote_of(text: str, words: str, speaker: str | None, **fields) -> Quote:
    start = text.index(words)
    return Quote(text=words, start=start, end=start + len(words), speaker=speaker, **fields)


def article(text: str = TEXT, url: str | None = URL, published: date | None = date(2020, 8, 31)) -> Article:
    return Article(text=text, origin="test", url=url, title="Kremlin Rules Out", outlet="themoscowtimes.com", published=published)


def seed_quotes(text: str = TEXT) -> list[Quote]:
    return [
        quote_of(text, "The use of this reserve is out of the question at the moment,", "Dmitry Peskov",
                 speaker_as_written="Putin's spokesman Dmitry Peskov", speaker_role="Putin's spokesman", cue="told"),
        quote_of(text, "extremists in Belarus cross a line and start plundering.", "Vladimir Putin",
                 speaker_as_written="Putin", cue="said", kind=PARTIAL),
    ]


def count(engine, model) -> int:
    with session_scope(engine) as session:
        return session.scalar(select(func.count()).select_from(model))


def test_new_article_is_stored_with_its_quotes_and_speakers(engine):
    with session_scope(engine) as session:
        assert add_article(session, article(), seed_quotes(), "test-1") == "new"
    with session_scope(engine) as session:
        rows = list(search_quotes(session))
    assert [(r["speaker"], r["quote"]) for r in rows] == [
        ("Dmitry Peskov", "The use of this reserve is out of the question at the moment,"),
        ("Vladimir Putin", "extremists in Belarus cross a line and start plundering."),
    ]
    peskov = rows[0]
    assert TEXT[peskov["start"] : peskov["end"]] == peskov["quote"]
    assert peskov["url"] == URL and peskov["outlet"] == "themoscowtimes.com" and peskov["published"] == "2020-08-31"
    assert peskov["cue"] == "told" and peskov["role"] == "Putin's spokesman"
    assert peskov["context"].startswith('"The use of this reserve') and "\n" not in peskov["context"]
    assert rows[1]["kind"] == PARTIAL


def test_same_quote_twice_in_one_article_is_stored_once(engine):
    with session_scope(engine) as session:
        add_article(session, article(), seed_quotes() * 2, "test-1")
    assert count(engine, Quotation) == 2


def test_same_article_again_adds_nothing(engine):
    for expected in ("new", "unchanged", "unchanged"):
        with session_scope(engine) as session:
            assert add_article(session, article(), seed_quotes(), "test-1") == expected
    assert count(engine, Source) == 1
    assert count(engine, Quotation) == 2
    assert count(engine, Speaker) == 2


def test_article_without_url_is_known_by_its_text(engine):
    for expected in ("new", "unchanged"):
        with session_scope(engine) as session:
            assert add_article(session, article(url=None), seed_quotes(), "test-1") == expected
    other = TEXT + "\nOne more line.\n"
    with session_scope(engine) as session:
        assert add_article(session, article(text=other, url=None), seed_quotes(other), "test-1") == "new"
    assert count(engine, Source) == 2


def test_changed_text_under_a_known_url_replaces_its_quotes(engine):
    with session_scope(engine) as session:
        add_article(session, article(), seed_quotes(), "test-1")
    corrected = TEXT.replace("Monday", "on Monday")
    with session_scope(engine) as session:
        assert add_article(session, article(text=corrected), seed_quotes(corrected)[:1], "test-2") == "updated"
    assert count(engine, Source) == 1
    with session_scope(engine) as session:
        rows = list(search_quotes(session))
    assert len(rows) == 1 and corrected[rows[0]["start"] : rows[0]["end"]] == rows[0]["quote"]


def test_a_failing_article_leaves_nothing_behind(engine):
    broken = [*seed_quotes(), replace(seed_quotes()[0], start=0, kind=None)]  # NOT NULL fails after the source row
    with pytest.raises(IntegrityError):
        with session_scope(engine) as session:
            add_article(session, article(), broken, "test-1")
    assert count(engine, Source) == 0
    assert count(engine, Quotation) == 0
    assert count(engine, Speaker) == 0
    with session_scope(engine) as session:
        assert add_article(session, article(), seed_quotes(), "test-1") == "new"


@pytest.mark.parametrize("name", ["Putin", "putin", "Vladimir Putin", "VLADIMIR PUTIN"])
def test_speaker_search_takes_the_full_name_or_the_surname_in_any_case(engine, name):
    with session_scope(engine) as session:
        add_article(session, article(), seed_quotes(), "test-1")
        rows = list(search_quotes(session, QuoteFilter(speaker=name)))
    assert [r["speaker"] for r in rows] == ["Vladimir Putin"]


@pytest.mark.parametrize("hostile", ["Nobody' OR '1'='1", "%", "_utin", "Nobody\"; DROP TABLE quotes; --"])
def test_user_text_is_a_value_never_sql(engine, hostile):
    with session_scope(engine) as session:
        add_article(session, article(), seed_quotes(), "test-1")
        assert list(search_quotes(session, QuoteFilter(speaker=hostile))) == []
        assert list(search_quotes(session, QuoteFilter(text=hostile))) == []
    assert count(engine, Quotation) == 2


def test_filters_by_text_outlet_and_dates(engine):
    with session_scope(engine) as session:
        add_article(session, article(), seed_quotes(), "test-1")
        by_text = [r["speaker"] for r in search_quotes(session, QuoteFilter(text="START PLUNDERING"))]
        assert by_text == ["Vladimir Putin"]
        assert len(list(search_quotes(session, QuoteFilter(outlet="www.themoscowtimes.com")))) == 2
        assert list(search_quotes(session, QuoteFilter(outlet="bloomberg.com"))) == []
        assert len(list(search_quotes(session, QuoteFilter(since=date(2020, 8, 31), until=date(2020, 8, 31))))) == 2
        assert list(search_quotes(session, QuoteFilter(since=date(2020, 9, 1)))) == []
        assert len(list(search_quotes(session, QuoteFilter(limit=1, offset=1)))) == 1


def test_listings_count_quotes(engine):
    with session_scope(engine) as session:
        add_article(session, article(), seed_quotes(), "test-1")
        speakers = list_speakers(session)
        sources = list_sources(session)
    assert sorted((s["speaker"], s["quotes"]) for s in speakers) == [("Dmitry Peskov", 1), ("Vladimir Putin", 1)]
    assert [(s["url"], s["quotes"]) for s in sources] == [(URL, 2)]


def test_migrations_build_the_schema_the_models_describe(engine):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from quotes.store.models import Base, described_by_models

    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": described_by_models})
        diff = compare_metadata(context, Base.metadata)
        tables = set(inspect(connection).get_table_names())
    assert diff == []
    assert {"sources", "speakers", "speaker_aliases", "quotes", "alembic_version"} <= tables
