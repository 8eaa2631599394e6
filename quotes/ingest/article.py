"""What every reader produces: one article's text and what is known about where it came from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    origin: str  # where it was read from (a path, "<stdin>", "corpus.jsonl:12"), for messages
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: date | None = None


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """An input (a file, or one line of a corpus) that gave no article, and the one-line reason."""

    origin: str
    message: str


def outlet_of(url: str | None) -> str | None:
    """The outlet's domain, without a leading "www.": "https://www.themoscowtimes.com/x" -> "themoscowtimes.com"."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None
