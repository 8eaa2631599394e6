"""`quotes ingest` on what newsrooms have: HTML pages, JSONL and CSV corpora, standard input; updates and re-extraction."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from sqlalchemy import update
from typer.testing import CliRunner

from conftest import SEEDS
from quotes.cli import app
from quotes.store.db import open_engine
from quotes.store.models import Source

runner = CliRunner()
PAGE = Path(__file__).parent / "fixtures" / "readers"
PESKOV = '"We see that the situation is under control," Kremlin spokesman Dmitry Peskov told reporters.'


def run(*args, **kwargs):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False, **kwargs)


def search_json(db_url: str, *args) -> list[dict]:
    return json.loads(run("search", "-f", "json", "--db", db_url, *args).stdout)


def test_html_page_gives_its_quotes_with_url_and_title(db_url):
    pages = sorted(PAGE.glob("*.html"))
    assert pages, "the HTML fixture is missing"
    result = run("ingest", pages[0], "--db", db_url)
    assert result.exit_code == 0, result.output
    sources = json.loads(run("sources", "-f", "json", "--db", db_url).stdout)
    assert len(sources) == 1 and sources[0]["url"].startswith("https://") and sources[0]["title"]
    assert sources[0]["quotes"] >= 1


def test_jsonl_corpus_with_field_mapping_and_a_bad_line(db_url, tmp_path):
    corpus = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"body": PESKOV, "link": "https://example.com/a", "date": "2020-08-31"}),
        "{not json",
        json.dumps({"body": '"It is a very close country," Putin said.', "link": "https://example.com/b"}),
    ]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("ingest", corpus, "--field", "text=body", "--field", "url=link", "--field", "published=date",
                 "--db", db_url)
    assert result.exit_code == 1
    assert result.stdout.startswith("2 new, 0 updated, 0 unchanged, 1 failed")
    assert f"{corpus}:2: not JSON" in result.stderr
    rows = search_json(db_url, "--speaker", "Peskov")
    assert [(r["url"], r["published"]) for r in rows] == [("https://example.com/a", "2020-08-31")]


def test_csv_corpus(db_url, tmp_path):
    corpus = tmp_path / "export.csv"
    corpus.write_text('text,url\n"' + PESKOV.replace('"', '""') + '",https://example.com/c\n', encoding="utf-8")
    result = run("ingest", corpus, "--db", db_url)
    assert result.exit_code == 0, result.output
    assert search_json(db_url)[0]["url"] == "https://example.com/c"


def test_standard_input_needs_a_format(db_url):
    line = json.dumps({"text": PESKOV, "url": "https://example.com/stdin"}) + "\n"
    result = run("ingest", "-", "--input-format", "jsonl", "--db", db_url, input=line)
    assert result.exit_code == 0, result.output
    assert search_json(db_url)[0]["url"] == "https://example.com/stdin"
    assert run("ingest", "-", "--db", db_url, input=line).exit_code == 2
    assert run("ingest", "-", "--input-format", "pdf", "--db", db_url, input=line).exit_code == 2
    assert run("ingest", SEEDS, "--field", "nonsense", "--db", db_url).exit_code == 2


def test_tracking_parameters_and_scheme_do_not_make_a_new_article(db_url, tmp_path):
    first, again = tmp_path / "first.txt", tmp_path / "again.txt"
    first.write_text(PESKOV + "\n", encoding="utf-8")
    again.write_text(PESKOV + "\n", encoding="utf-8")
    assert run("ingest", first, "--url", "https://www.example.com/news/1", "--db", db_url).exit_code == 0
    result = run("ingest", again, "--url", "http://WWW.Example.com/news/1/?utm_source=tw&fbclid=x", "--db", db_url)
    assert result.stdout.startswith("0 new, 0 updated, 1 unchanged")


def test_changed_article_is_updated_and_its_quotes_replaced(db_url, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(PESKOV + "\n", encoding="utf-8")
    url = "https://example.com/story"
    run("ingest", article, "--url", url, "--db", db_url)
    article.write_text(PESKOV.replace("under control", "fully under control") + "\n", encoding="utf-8")
    result = run("ingest", article, "--url", url, "--db", db_url)
    assert result.stdout.startswith("0 new, 1 updated, 0 unchanged")
    assert [r["quote"] for r in search_json(db_url)] == ["We see that the situation is fully under control,"]


def test_reextract_outdated_and_all(db_url):
    run("ingest", SEEDS, "--db", db_url)
    before = search_json(db_url)
    engine = open_engine(db_url)
    with engine.begin() as connection:
        connection.execute(update(Source).where(Source.id == 1).values(extractor_version="rules-0"))
    engine.dispose()
    outdated = run("reextract", "--outdated", "--db", db_url)
    assert outdated.exit_code == 0 and outdated.stdout.startswith("1 articles re-read")
    assert run("reextract", "--outdated", "--db", db_url).stdout.startswith("0 articles re-read")
    everything = run("reextract", "--all", "--db", db_url)
    assert everything.stdout.startswith("2 articles re-read")
    after = search_json(db_url)
    assert sorted((r["speaker"], r["quote"], r["start"]) for r in after) == sorted(
        (r["speaker"], r["quote"], r["start"]) for r in before)
    assert run("reextract", "--db", db_url).exit_code == 2


def test_a_200_mb_file_is_refused_without_reading_it(tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: no 200 MB written to the disk
    result = run("ingest", huge, "--db", tmp_path / "q.db")
    assert result.exit_code == 1
    assert "too large (210 MB; the limit is 52 MB)" in result.stderr


def test_progress_goes_to_stderr_and_stdout_stays_one_summary_line(tmp_path):
    db = tmp_path / "q.db"
    done = subprocess.run([sys.executable, "-m", "quotes", "ingest", str(SEEDS), "--db", str(db)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0
    [summary] = done.stdout.strip().splitlines()
    assert summary.startswith("2 new, 0 updated, 0 unchanged, 0 failed; ")
    with sqlite3.connect(db) as connection:
        stored = connection.execute("SELECT count(*) FROM quotes").fetchone()[0]
    assert summary.endswith(f"; {stored} quotes stored") and stored >= 13


ARCHIVE_ARTICLE = """Sullivan Defends Clinton's Record

''We have to look at ISIS as the leading threat of an international terror network,'' Jake Sullivan, an adviser to Mrs. Clinton, said on Sunday. ''It cannot be contained; it must be defeated.''
"""


def test_archive_quotes_in_two_apostrophes_are_read_when_asked(db_url, tmp_path):
    article = tmp_path / "archive.txt"
    article.write_text(ARCHIVE_ARTICLE, encoding="utf-8")
    first = run("ingest", article, "--url", "https://example.com/sullivan", "--db", db_url)
    assert first.stdout.startswith("1 new, 0 updated, 0 unchanged, 0 failed; 0 quotes stored")
    assert "1 articles print quotation marks as two apostrophes" in first.stderr
    assert "quotes reextract --all --apostrophe-quotes" in first.stderr
    reread = run("reextract", "--all", "--apostrophe-quotes", "--db", db_url)
    assert reread.stdout.startswith("1 articles re-read with extractor rules-") and "+apostrophe-quotes" in reread.stdout
    assert [(r["speaker"], r["quote"]) for r in search_json(db_url)] == [
        ("Jake Sullivan", "We have to look at ISIS as the leading threat of an international terror network,"),
        ("Jake Sullivan", "It cannot be contained; it must be defeated."),
    ]
    # the quotes remember how they were read: the plain extractor counts them as another version's
    assert run("reextract", "--outdated", "--apostrophe-quotes", "--db", db_url).stdout.startswith("0 articles")
    assert run("reextract", "--outdated", "--db", db_url).stdout.startswith("1 articles re-read")
    assert search_json(db_url) == []
