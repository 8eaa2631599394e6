"""Ingest at scale: workers, batches, a kill -9 at any moment, and two writers at once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from conftest import SEEDS
from quotes import pipeline
from quotes.ingest import Article, ReadFailure
from quotes.pipeline import ingest
from quotes.store.db import open_engine, session_scope
from quotes.store.repo import add_article
from quotes.store.models import Quotation, Source, Speaker

SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def corpus(directory: Path, numbers: range) -> Path:
    """Articles that differ in URL and a sentence of their own, with the seeds' quotes in them."""
    directory.mkdir(parents=True, exist_ok=True)
    for n in numbers:
        body = SEED_TEXTS[n % 2].split("Original url:")[0]
        text = f"Article {n}\n\n{body}\n\n\"We counted {n} of them,\" Peskov said.\n\nOriginal url:\n\n<https://example.com/news/{n}>\n"
        (directory / f"{n:05d}.txt").write_text(text, encoding="utf-8")
    return directory


def counts(url: str) -> tuple[int, int, dict[str, int]]:
    engine = open_engine(url)
    with session_scope(engine) as session:
        per_source = dict(session.execute(
            select(Source.url, func.count(Quotation.id)).outerjoin(Quotation).group_by(Source.url)
        ).all())
        n_quotes = session.scalar(select(func.count(Quotation.id)))
    engine.dispose()
    return len(per_source), n_quotes, per_source


def quotes_command(*args) -> list[str]:
    return [sys.executable, "-m", "quotes", *map(str, args)]


@pytest.mark.parametrize("workers", [1, 2])
def test_workers_store_the_same_as_one_process(db_url, tmp_path, workers):
    articles = [Article(text=SEED_TEXTS[n % 2] + f"\n\n\"Number {n},\" Peskov said.\n", origin=f"a{n}", url=f"https://e.com/{n}")
                for n in range(30)]
    articles.insert(7, ReadFailure("broken.txt", "broken.txt: binary file"))
    engine = open_engine(db_url)
    summary = ingest(engine, articles, workers=workers)
    engine.dispose()
    assert summary.counts == {"new": 30, "failed": 1}
    n_sources, n_quotes, per_source = counts(db_url)
    assert n_sources == 30 and n_quotes == summary.quotes
    assert len(set(per_source.values())) == 2  # each seed's variants give the same number of quotes


def test_kill_minus_9_at_random_moments_then_rerun_gives_the_uninterrupted_result(tmp_path):
    articles = corpus(tmp_path / "corpus", range(600))
    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    runs = []
    for db in (reference, f"sqlite:///{tmp_path / 'timing.db'}"):
        started = time.perf_counter()
        subprocess.run(quotes_command("ingest", articles, "--db", db, "--workers", "2"), check=True, capture_output=True)
        runs.append(time.perf_counter() - started)
    # kills land inside a run however fast this machine is; the quicker of two runs, since a
    # busy machine slowing one of them would put every kill after the end of a whole run
    whole_run = min(runs)
    expected = counts(reference)

    target = f"sqlite:///{tmp_path / 'killed.db'}"
    rng = random.Random(int(os.environ.get("QUOTES_KILL_SEED", "5")))
    kills = 0
    for _ in range(4):
        process = subprocess.Popen(quotes_command("ingest", articles, "--db", target, "--workers", "2"),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(rng.uniform(0.3, 0.9) * whole_run)
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            kills += 1
        process.wait()
        n_sources, n_quotes, per_source = counts(target)
        assert all(per_source[url] == expected[2][url] for url in per_source), "a half-stored article"
    assert kills >= 1, "the ingest finished before any kill: make the corpus larger"
    final = subprocess.run(quotes_command("ingest", articles, "--db", target), capture_output=True, text=True)
    assert final.returncode == 0, final.stderr
    assert counts(target) == expected


@pytest.mark.postgres
def test_two_concurrent_ingests_into_postgresql_leave_no_duplicates(tmp_path, pg_url):
    first = corpus(tmp_path / "first", range(0, 120))
    second = corpus(tmp_path / "second", range(60, 180))  # 60 articles in both
    open_engine(pg_url).dispose()  # migrate once, before the race
    processes = [subprocess.Popen(quotes_command("ingest", d, "--db", pg_url, "--workers", "1"),
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for d in (first, second)]
    results = [p.communicate(timeout=300) for p in processes]
    assert [p.returncode for p in processes] == [0, 0], results
    n_sources, n_quotes, per_source = counts(pg_url)
    assert n_sources == 180
    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    subprocess.run(quotes_command("ingest", first, second, "--db", reference), check=True, capture_output=True)
    assert (n_sources, n_quotes) == counts(reference)[:2]
    new = sum(int(out.split(" new")[0]) for out, _ in results)
    assert new == 180  # each shared article was new for exactly one of the two


def full_text_problem(url: str) -> str | None:
    """Why quotes_fts does not hold exactly the stored quotes' words (FTS5's check against its content table), or None."""
    engine = open_engine(url)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("INSERT INTO quotes_fts(quotes_fts, rank) VALUES ('integrity-check', 1)")
    except OperationalError as exc:
        return str(exc)
    finally:
        engine.dispose()
    return None


def test_ingest_indexes_a_batch_for_full_text_search_at_once_and_exactly(tmp_path, monkeypatch):
    """SQLite's index is filled per batch, not per row: updates, repeats and failures in the batch included."""
    url = f"sqlite:///{tmp_path / 'quotes.db'}"
    real_extract = pipeline.extract_quotes

    def extract(text, **options):  # an article whose quotes the database refuses (NOT NULL), after its source row
        quotes = real_extract(text, **options)
        return [*quotes, replace(quotes[0], start=0, kind=None)] if "Refused" in text else quotes

    monkeypatch.setattr(pipeline, "extract_quotes", extract)
    first, second = SEED_TEXTS
    articles = [
        Article(text=first, origin="a", url="https://e.com/1"),
        Article(text=second, origin="b", url="https://e.com/2"),
        Article(text="Refused\n\n" + first, origin="c", url="https://e.com/3"),
        Article(text=second + '\n\n"Stabilizing again," Peskov said.\n', origin="d", url="https://e.com/1"),  # updated in its batch
        Article(text=first, origin="e", url="https://e.com/1"),  # and back again
        Article(text="Refused\n\n" + second, origin="f", url="https://e.com/2"),  # a failed update keeps the old quotes
    ]
    engine = open_engine(url)
    summary = ingest(engine, articles, workers=0)
    assert summary.counts == {"new": 2, "updated": 2, "failed": 2}
    assert full_text_problem(url) is None
    with engine.begin() as connection:
        trigger = connection.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'quotes_fts_insert'").scalar()
        hits = {word: connection.exec_driver_sql(
            "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?", (word,)).scalar() for word in ("stabilizing", "again")}
    assert trigger == 1, "the per-row trigger is back for every other writer"
    assert hits == {"stabilizing": 1, "again": 0}  # the second seed's quote; the replaced "Stabilizing again" is gone
    with session_scope(engine) as session:  # a writer outside ingest is indexed by the trigger again
        add_article(session, Article(text=second, origin="g", url="https://e.com/4"), real_extract(second), "test")
    engine.dispose()
    assert full_text_problem(url) is None


LINKING_TEXTS = {  # in this order: each name meets the speakers the ones before it created
    "1": '"We will win in November," Hillary Clinton said.\n',
    "2": '"We are ready," Russian President Vladimir Putin said on Monday.\n',
    "3": '"I was there in 1992," Bill Clinton said.\n',
    "4": 'At the rally, Clinton said: "This is the choice."\n',
    "5": '"We will see," Vladimir V. Putin told reporters.\n\n"It is over," Mr. Putin said.\n',
    "6": '"There is no need for troops," the Kremlin said in a statement.\n',
    "7": '"Not now," the Kremlin said.\n\n"We will win," Hillary Rodham Clinton said.\n',
}


def speaker_table(url: str) -> list[tuple]:
    engine = open_engine(url)
    with session_scope(engine) as session:
        rows = session.execute(
            select(Quotation.text, Quotation.speaker_name, Speaker.name, Speaker.kind)
            .outerjoin(Speaker, Speaker.id == Quotation.speaker_id).order_by(Quotation.text)).all()
    engine.dispose()
    return [tuple(row) for row in rows]


def test_names_linked_within_one_batch_join_the_speakers_they_would_one_article_at_a_time(db_url, tmp_path):
    """A batch fetches its link candidates at once: speakers created earlier in the batch must count."""
    articles = [Article(text=text, origin=name, url=f"https://e.com/{name}") for name, text in LINKING_TEXTS.items()]
    engine = open_engine(db_url)
    assert ingest(engine, articles, workers=0).counts == {"new": len(articles)}
    engine.dispose()
    one_at_a_time = f"sqlite:///{tmp_path / 'one_at_a_time.db'}"
    engine = open_engine(one_at_a_time)
    for article in articles:
        ingest(engine, [article], workers=0)
    engine.dispose()
    linked = speaker_table(db_url)
    assert linked == speaker_table(one_at_a_time)
    by_quote = {text: speaker for text, _, speaker, _ in linked}
    assert by_quote["This is the choice."] is None  # two Clintons known: a bare "Clinton" stays unlinked
    assert by_quote["It is over,"] == by_quote["We are ready,"] is not None
    assert by_quote["Not now,"] == by_quote["There is no need for troops,"]
