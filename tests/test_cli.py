"""The `quotes` command end to end on the seed articles, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import MOSCOW_TIMES_URL, SEEDS
from quotes.cli import app

runner = CliRunner()


def run(*args: str, **kwargs):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False, **kwargs)


@pytest.fixture
def seeded(db_url):
    result = run("ingest", SEEDS, "--db", db_url)
    assert result.exit_code == 0, result.output
    return db_url


def test_ingest_seeds_then_again_adds_nothing(db_url):
    first = run("ingest", SEEDS, "--db", db_url)
    assert first.exit_code == 0
    assert first.stdout.startswith("2 new, 0 updated, 0 unchanged, 0 failed")
    again = run("ingest", SEEDS, "--db", db_url)
    assert again.exit_code == 0
    assert again.stdout.startswith("0 new, 0 updated, 2 unchanged, 0 failed; 0 quotes stored")
    sources = json.loads(run("sources", "--format", "json", "--db", db_url).stdout)
    assert len(sources) == 2


def test_peskov_csv_has_his_two_quotes_with_the_moscow_times_url(seeded):
    result = run("search", "--speaker", "Peskov", "--format", "csv", "--db", seeded)
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    assert len(rows) == 2
    assert {r["speaker"] for r in rows} == {"Dmitry Peskov"}
    assert {r["url"] for r in rows} == {MOSCOW_TIMES_URL}
    assert any(r["quote"].startswith("We see that the situation is under control") for r in rows)


def test_putin_quotes_come_from_both_articles(seeded):
    result = run("search", "--speaker", "putin", "--format", "json", "--db", seeded)
    rows = json.loads(result.stdout)
    assert {r["speaker"] for r in rows} == {"Vladimir Putin"}
    assert {r["url"] for r in rows} == {MOSCOW_TIMES_URL, None}
    assert any("asked me to form a certain reserve" in r["quote"] for r in rows)
    required = {"speaker", "quote", "url", "title", "outlet", "published", "cue", "start", "end", "context"}
    assert all(required <= set(r) for r in rows)
    for row in rows:
        assert row["quote"] in row["context"]


def test_search_table_shows_who_said_what(seeded):
    result = run("search", "stabilizing", "--db", seeded, env={"COLUMNS": "250"})
    assert result.exit_code == 0
    assert "Vladimir Putin" in result.stdout and "stabilizing" in result.stdout
    assert "1 quote" in result.stderr


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "jsonl"])
def test_listings_take_every_format(seeded, fmt):
    for command in ("search", "speakers", "sources"):
        result = run(command, "--format", fmt, "--db", seeded)
        assert result.exit_code == 0, (command, result.output)
        if fmt == "json":
            assert isinstance(json.loads(result.stdout), list)
        if fmt == "jsonl":
            assert all(isinstance(json.loads(line), dict) for line in result.stdout.splitlines())


def test_speakers_counts_quotes_under_canonical_names(seeded):
    speakers = {s["speaker"]: s["quotes"] for s in json.loads(run("speakers", "-f", "json", "--db", seeded).stdout)}
    assert speakers["Dmitry Peskov"] == 2
    assert speakers["Vladimir Putin"] >= 2


def test_bad_inputs_are_reported_in_one_line_each_and_the_rest_is_stored(db_url, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text('"We will not send it," Peskov said on Monday.\n', encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00")
    (tmp_path / "latin1.txt").write_bytes('"Ça va," dit-il.'.encode("latin-1"))
    result = run("ingest", tmp_path, tmp_path / "missing.txt", "--db", db_url)
    assert result.exit_code == 1
    assert result.stdout.startswith("1 new, 0 updated, 0 unchanged, 4 failed")
    problems = result.stderr.strip().splitlines()
    assert len(problems) == 4
    for name, reason in [("empty.txt", "empty file"), ("binary.txt", "binary file"),
                         ("latin1.txt", "not valid UTF-8"), ("missing.txt", "no such file")]:
        assert any(name in line and reason in line for line in problems), (name, problems)
    assert "Traceback" not in result.output
    rows = json.loads(run("search", "--format", "json", "--db", db_url).stdout)
    assert [(r["speaker"], r["quote"]) for r in rows] == [("Peskov", "We will not send it,")]


def test_usage_errors_exit_2(db_url):
    assert run("search", "--since", "last week", "--db", db_url).exit_code == 2
    assert run("ingest", SEEDS, "--url", "https://example.com/a", "--db", db_url).exit_code == 2
    assert run("frobnicate").exit_code == 2


def test_unusable_database_is_one_line_error(tmp_path):
    result = run("search", "--db", "nosuchdialect://somewhere")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1


def test_url_option_names_the_source_of_a_file_without_one(db_url):
    url = "https://www.bloomberg.com/news/articles/2020-08-27/putin-steps-up-support"
    result = run("ingest", SEEDS / "004_f31cdd4dd20bde79.txt", "--url", url, "--db", db_url)
    assert result.exit_code == 0
    rows = json.loads(run("search", "--outlet", "bloomberg.com", "-f", "json", "--db", db_url).stdout)
    assert rows and {r["url"] for r in rows} == {url}


def test_export_csv_is_spreadsheet_safe(db_url, tmp_path):
    article = tmp_path / "formula.txt"
    article.write_text('"=HYPERLINK(1) is not a plan," Peskov said.\n\n"Ещё раз," he added.\n', encoding="utf-8")
    assert run("ingest", article, "--db", db_url).exit_code == 0
    out = tmp_path / "all.csv"
    result = run("export", "-o", out, "--excel", "--db", db_url)
    assert result.exit_code == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    quotes = {r["quote"] for r in rows}
    assert "'=HYPERLINK(1) is not a plan," in quotes
    assert "Ещё раз," in quotes


def test_export_jsonl_has_every_quote(seeded, tmp_path):
    out = tmp_path / "all.jsonl"
    assert run("export", "-o", out, "--format", "jsonl", "--db", seeded).exit_code == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    searched = json.loads(run("search", "-f", "json", "--db", seeded).stdout)
    assert len(rows) == len(searched) >= 13


def test_db_path_and_environment_variable_select_the_database(tmp_path, monkeypatch):
    path = tmp_path / "newsroom.db"
    assert run("ingest", SEEDS, "--db", path).exit_code == 0
    assert path.exists()
    monkeypatch.setenv("QUOTES_DB", str(path))
    assert len(json.loads(run("sources", "-f", "json").stdout)) == 2


def test_extract_writes_one_json_line_per_article_with_exact_offsets(tmp_path):
    corpus = tmp_path / "articles.jsonl"
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    corpus.write_text(
        "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in texts.items()) + "not json\n",
        encoding="utf-8",
    )
    result = run("extract", corpus)
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == list(texts)
    for line in lines:
        assert line["quotes"]
        for quote in line["quotes"]:
            assert texts[line["id"]][quote["start"] : quote["end"]] == quote["text"]
            assert {"speaker", "cue"} <= set(quote)
    assert "articles.jsonl:3: not JSON" in result.stderr


def test_extract_names_archives_printing_two_apostrophes_and_reads_them_when_asked(tmp_path):
    archive = "''We will not stop now,'' Mayor Ana Ruiz said on Tuesday. ''Not this year.''\n"
    corpus = tmp_path / "archive.jsonl"
    corpus.write_text(json.dumps({"id": "a1", "text": archive}) + "\n", encoding="utf-8")
    plain = run("extract", corpus)
    assert json.loads(plain.stdout)["quotes"] == []
    assert "note: 1 articles print quotation marks as two apostrophes" in plain.stderr
    read = run("extract", corpus, "--apostrophe-quotes")
    quotes = json.loads(read.stdout)["quotes"]
    assert [(q["text"], q["speaker"]) for q in quotes] == [
        ("We will not stop now,", "Ana Ruiz"), ("Not this year.", "Ana Ruiz")]
    assert all(archive[q["start"]:q["end"]] == q["text"] for q in quotes)
    assert "note:" not in read.stderr


def test_installed_console_script_runs_the_quick_start(tmp_path):
    script = shutil.which("quotes", path=str(Path(sys.executable).parent))
    assert script, "the quotes console script is not installed beside this Python"
    db = str(tmp_path / "quick.db")
    ingest = subprocess.run([script, "ingest", str(SEEDS), "--db", db], capture_output=True, text=True, timeout=120)
    assert ingest.returncode == 0, ingest.stderr
    search = subprocess.run([script, "search", "--speaker", "Peskov", "-f", "json", "--db", db],
                            capture_output=True, text=True, timeout=120)
    assert search.returncode == 0, search.stderr
    assert len(json.loads(search.stdout)) == 2
    module = subprocess.run([sys.executable, "-m", "quotes", "--help"], capture_output=True, text=True, timeout=60)
    assert module.returncode == 0 and "ingest" in module.stdout


def test_eval_scores_annotated_articles(tmp_path):
    quote = "We see that the situation is under control,"
    text = f'"{quote}" Peskov said on Monday. The reserve was "ready," the paper wrote.\n'
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a", "text": text, "quotes": [
        {"start": 1, "end": 1 + len(quote), "text": quote, "source": "Peskov", "resolved": "Dmitry Peskov"}]}) + "\n",
        encoding="utf-8")
    result = run("eval", gold, "--json", "--errors", "5")
    assert result.exit_code == 0
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert figures["gold_quotes"] == 1 and figures["matched"] == 1 and figures["speaker_right"] == 1
    assert figures["predicted"] >= 1 and figures["quote_r"] == 1.0
    broken = tmp_path / "broken.jsonl"
    broken.write_text(json.dumps({"id": "a", "text": text}) + "\n", encoding="utf-8")
    bad = run("eval", broken)
    assert bad.exit_code == 1 and bad.stderr.startswith("Error: ") and "gold format" in bad.stderr


def test_unreachable_postgresql_is_one_line_error():
    result = run("sources", "--db", "postgresql+psycopg://postgres@127.0.0.1:1/none?connect_timeout=2")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot open database") and len(result.stderr.strip().splitlines()) == 1
