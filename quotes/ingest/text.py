"""Plain-text and Markdown articles, as saved by hand or by a scraper."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from quotes.errors import UnreadableInput
from quotes.ingest.article import Article, outlet_of

MAX_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".md"}

# A scraped file may end with its address: "Original url:\n\n<https://...>".
_TRAILING_URL = re.compile(r"Original url:\s*<?(https?://[^\s<>]+)>?\s*\Z", re.IGNORECASE)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE_LINE = re.compile(rf"^\s*(?:(\d{{4}}-\d{{2}}-\d{{2}})|((?:{_MONTHS})\s+\d{{1,2}},\s+\d{{4}}))\s*$", re.MULTILINE)
_DATE_SEARCH_CHARS = 600  # a dateline stands near the top, under the headline


def read_text_file(path: Path, url: str | None = None) -> Article:
    """Read one article; raise UnreadableInput with a one-line reason when it cannot be an article."""
    return parse_text(read_file_bytes(path), origin=str(path), url=url)


def read_file_bytes(path: Path) -> bytes:
    """A file's bytes, or UnreadableInput naming it (missing, a directory, over MAX_BYTES, unreadable)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UnreadableInput(f"{path}: too large ({size / 1e6:.0f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB)")
        return path.read_bytes()
    except FileNotFoundError:
        raise UnreadableInput(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UnreadableInput(f"{path}: is a directory") from None
    except OSError as exc:
        raise UnreadableInput(f"{path}: cannot be read ({exc.strerror or exc})") from None


def parse_text(data: bytes, origin: str, url: str | None = None) -> Article:
    if b"\x00" in data:
        raise UnreadableInput(f"{origin}: binary file (contains NUL bytes), not an article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableInput(f"{origin}: not valid UTF-8 (bad byte at offset {exc.start})") from None
    if not text.strip():
        raise UnreadableInput(f"{origin}: empty file")
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # the extractor reads paragraphs off "\n\n"
    found_url = _TRAILING_URL.search(text)
    url = url or (found_url.group(1) if found_url else None)
    return Article(
        text=text,
        origin=origin,
        url=url,
        title=_title(text),
        outlet=outlet_of(url),
        published=_published(text),
    )


def _title(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:500]
    return None


def _published(text: str) -> date | None:
    match = _DATE_LINE.search(text[:_DATE_SEARCH_CHARS])
    if not match:
        return None
    iso, written = match.groups()
    try:
        if iso:
            return date.fromisoformat(iso)
        return datetime.strptime(re.sub(r"\s+", " ", written), "%B %d, %Y").date()
    except ValueError:
        return None
