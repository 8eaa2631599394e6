"""Reading text articles: the seeds' metadata, and a one-line reason for every unreadable file."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import MOSCOW_TIMES_URL, SEEDS
from quotes.errors import UnreadableInput
from quotes.ingest import Article, ReadFailure, iter_articles
from quotes.ingest.text import read_text_file


def test_seed_with_trailing_url_gives_url_title_outlet_and_date():
    article = read_text_file(SEEDS / "000_8aeaf9ea61e7eed5.txt")
    assert article.url == MOSCOW_TIMES_URL
    assert article.outlet == "themoscowtimes.com"
    assert article.title == "Kremlin Rules Out Deploying Security 'Reserve' in Belarus, for Now"
    assert article.published == date(2020, 8, 31)
    assert article.text == (SEEDS / "000_8aeaf9ea61e7eed5.txt").read_text(encoding="utf-8")


def test_seed_without_url_has_none_unless_given():
    path = SEEDS / "004_f31cdd4dd20bde79.txt"
    assert read_text_file(path).url is None
    given = read_text_file(path, url="https://www.bloomberg.com/news/articles/2020-08-27/putin")
    assert given.url.endswith("/putin") and given.outlet == "bloomberg.com"
    assert given.title == "Putin Steps Up Support for Belarus With Pledge of Police"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\n\t ", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("Putin said “yes”".encode("utf-8") + b"\xff\xfe trailing", "not valid UTF-8"),
        ("Путин сказал".encode("cp1251"), "not valid UTF-8"),
    ],
)
def test_unreadable_files_give_one_line_naming_the_file(tmp_path, content, reason):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    with pytest.raises(UnreadableInput) as caught:
        read_text_file(path)
    message = str(caught.value)
    assert reason in message and str(path) in message and "\n" not in message


def test_directory_walk_reads_text_files_in_order_and_reports_failures(tmp_path):
    (tmp_path / "b.txt").write_text('"We are ready," Peskov said.\n', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text("# Title\n\nBody.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00")
    results = list(iter_articles([tmp_path, tmp_path / "missing.txt"]))
    assert [type(r) for r in results] == [Article, ReadFailure, Article, ReadFailure]
    assert results[0].origin.endswith("b.txt") and results[2].title == "Title"
    assert "empty file" in results[1].message
    assert "no such file" in results[3].message
