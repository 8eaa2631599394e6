"""Migrations upgrade a database that holds data without losing or corrupting any of it."""

from __future__ import annotations

from sqlalchemy import create_engine, event, text

from quotes.match import normalise_quote, quote_key
from quotes.store import db as store_db
from quotes.store.db import open_engine, session_scope, upgrade
from quotes.store.lookup import who_said

QUOTE = "We see that the situation is under control,"


def bare_engine(url: str):
    """An engine like open_engine's, without migrating to head."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", store_db._sqlite_pragmas)
        event.listen(engine, "begin", store_db._sqlite_begin)
    return engine


def test_spine_database_with_data_upgrades_to_head_intact(db_url):
    engine = bare_engine(db_url)
    upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO sources (id, url, title, sha256, text, ingested_at) VALUES "
            "(1, 'http://WWW.Example.com/a/?utm_source=x', 'A', 'aa', :t, '2020-08-31 10:00:00'), "
            "(2, NULL, 'B', 'bb', :t, '2020-09-01 10:00:00')"), {"t": f'"{QUOTE}" Peskov said.'})
        # The spine keyed aliases by case only, so "Dmitry Peskov." became a second speaker.
        connection.execute(text("INSERT INTO speakers (id, name) VALUES (1, 'Dmitry Peskov'), (2, 'Dmitry Peskov.')"))
        connection.execute(text("INSERT INTO speaker_aliases (alias, key, speaker_id) VALUES "
                                "('Dmitry Peskov', 'dmitry peskov', 1), ('Dmitry Peskov.', 'dmitry peskov.', 2)"))
        for source_id in (1, 2):
            connection.execute(text(
                'INSERT INTO quotes (source_id, speaker_id, text, start, "end", cue, kind, context, extractor_version) '
                "VALUES (:s, :s, :q, 1, :e, 'said', 'full', :q, 'rules-0')"), {"s": source_id, "q": QUOTE, "e": 1 + len(QUOTE)})
    engine.dispose()

    engine = open_engine(db_url)  # upgrades to head
    with engine.connect() as connection:
        quotes = connection.execute(text('SELECT source_id, speaker_id, text, text_key, search_text FROM quotes ORDER BY source_id')).all()
        speakers = connection.execute(text("SELECT id, name, kind FROM speakers")).all()
        aliases = connection.execute(text("SELECT alias, key, surname_key, speaker_id FROM speaker_aliases")).all()
        sources = connection.execute(text("SELECT id, url, url_key, extractor_version FROM sources ORDER BY id")).all()
    assert [(q.source_id, q.speaker_id, q.text) for q in quotes] == [(1, 1, QUOTE), (2, 1, QUOTE)]
    assert all(q.text_key == quote_key(QUOTE) and q.search_text == normalise_quote(QUOTE) for q in quotes)
    assert [tuple(s) for s in speakers] == [(1, "Dmitry Peskov", "person")]
    assert [tuple(a) for a in aliases] == [("Dmitry Peskov", "dmitry peskov", "peskov", 1)]
    assert [tuple(s) for s in sources] == [
        (1, "http://WWW.Example.com/a/?utm_source=x", "https://example.com/a", "rules-0"),
        (2, None, None, "rules-0"),
    ]
    with session_scope(engine) as session:
        found = who_said(session, "situation is under controll")
    assert found[0]["quote"] == QUOTE and found[0]["sources_count"] == 2 and found[0]["speaker"] == "Dmitry Peskov"
    engine.dispose()


def test_downgrade_to_the_spine_and_back(db_url):
    engine = bare_engine(db_url)
    upgrade(engine, "head")
    from alembic import command

    config = store_db.alembic_config(engine)
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        with connection.begin():
            command.downgrade(config, "0001")
    engine.dispose()
    engine = open_engine(db_url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM quotes")).scalar() == 0
    engine.dispose()
