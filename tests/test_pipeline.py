"""Ingest at scale: workers, batches, a kill -9 at any moment, and two writers at once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from conftest import SEEDS
from quotes.ingest import Article, ReadFailure
from quotes.pipeline import ingest
from quotes.store.db import open_engine, session_scope
from quotes.store.models import Quotation, Source

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
    started = time.perf_counter()
    subprocess.run(quotes_command("ingest", articles, "--db", reference, "--workers", "2"), check=True, capture_output=True)
    whole_run = time.perf_counter() - started  # kills land inside a run however fast this machine is
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
