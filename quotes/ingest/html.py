"""Saved web pages: the article's main text by trafilatura, its URL, title, date and outlet from the page's metadata."""

from __future__ import annotations

import codecs
import logging
import re
from datetime import date
from urllib.parse import urljoin

import trafilatura
from lxml.html import HtmlElement
from trafilatura.xml import xmltotxt

from quotes.errors import UnreadableInput
from quotes.ingest.article import Article, outlet_of
from quotes.ingest.urls import normalise_url

logger = logging.getLogger(__name__)

# trafilatura and its helpers log every page they find no text in at ERROR level; we report those
# pages ourselves, once, as UnreadableInput, so their own lines would only be noise in a run's output.
for _name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CHARSET_SNIFF_BYTES = 4096
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([a-z0-9_.:-]+)""",
    re.IGNORECASE,
)
# Browsers (WHATWG Encoding) read these labels as windows-1252, and a page that says UTF-16 in an
# ASCII-compatible <meta> is really UTF-8: decode as a browser would, or curly quotes turn into C1 controls.
_CHARSET_AS_BROWSERS_READ = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "l1": "cp1252",
    "us-ascii": "cp1252", "ascii": "cp1252", "windows-1252": "cp1252",
    "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8",
}  # fmt: skip
_BLOCK_SEPARATOR = "\n\n"
# Dates from the page's markup and URL only: htmldate's extensive search also reads free text,
# where "Copyright 2019" becomes a publication date of 2019-01-01.
_DATE_SEARCH = {"extensive_search": False, "original_date": True}


def parse_html(data: bytes, origin: str, url: str | None = None) -> Article:
    """One article from a saved web page; raise UnreadableInput (one line naming ``origin``) when there is none.

    ``url`` overrides the page's canonical link and og:url. The text keeps the headline and the
    paragraphs of the main content, separated by blank lines; navigation, ads, related-article
    boxes and comments are left out. Bytes that are not valid in the page's charset (declared,
    else UTF-8) are replaced by U+FFFD and logged as a warning: the article is kept.
    """
    html = _decode(data, origin)
    if not html.strip():
        raise UnreadableInput(f"{origin}: empty file")
    tree = _parse(html)
    if tree is None:
        raise UnreadableInput(f"{origin}: not an HTML page (nothing could be parsed)")
    page_url = url or _page_url(tree)  # before extraction, which prunes the tree
    document = trafilatura.bare_extraction(
        tree,
        url=page_url,
        with_metadata=True,
        favor_precision=True,  # otherwise a page with no article falls back to its menu as the "text"
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        date_extraction_params=_DATE_SEARCH,
    )
    text = _main_text(document.body) if document is not None else ""
    if not text:
        raise UnreadableInput(f"{origin}: no article text found in the page")
    page_url = page_url or _valid_url(document.url)
    return Article(
        text=text,
        origin=origin,
        url=page_url,
        title=document.title or None,
        outlet=document.sitename or outlet_of(page_url),
        published=_date(document.date),
    )


def _decode(data: bytes, origin: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, encoding, origin)
    if b"\x00" in data:
        raise UnreadableInput(f"{origin}: binary file (contains NUL bytes), not an HTML page")
    return _decode_as(data, _declared_charset(data) or "utf-8", origin)


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(data[:_CHARSET_SNIFF_BYTES])
    if not match:
        return None
    label = (match[1] or match[2]).decode("ascii").lower()
    label = _CHARSET_AS_BROWSERS_READ.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _decode_as(data: bytes, encoding: str, origin: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        logger.warning(
            "%s: not valid %s (bad byte at offset %d); undecodable bytes replaced with U+FFFD",
            origin, encoding, exc.start,
        )  # fmt: skip
        return data.decode(encoding, errors="replace")


def _parse(html: str) -> HtmlElement | None:
    tree = trafilatura.load_html(html)
    if tree is None and "<html" not in html[:_CHARSET_SNIFF_BYTES].lower():
        # trafilatura refuses a bare fragment ("<p>...</p>") unless it is wrapped in a document
        tree = trafilatura.load_html(f"<html><body>{html}</body></html>")
    return tree if tree is not None and tree.find("body") is not None else None


def _page_url(tree: HtmlElement) -> str | None:
    """The canonical link, else og:url; a relative canonical link is resolved against og:url."""
    og_url = _first_attribute(tree, '//meta[@property="og:url"]/@content')
    canonical = _first_attribute(tree, '//link[@rel="canonical"]/@href')
    if canonical and og_url:
        canonical = urljoin(og_url, canonical)
    return _valid_url(canonical) or _valid_url(og_url)


def _first_attribute(tree: HtmlElement, xpath: str) -> str | None:
    values = [value.strip() for value in tree.xpath(xpath) if value.strip()]
    return values[0] if values else None


def _valid_url(url: str | None) -> str | None:
    return url if url and normalise_url(url) is not None else None


def _main_text(body: HtmlElement | None) -> str:
    """The extracted blocks (headline, paragraphs, lists, quotes) with a blank line between blocks."""
    if body is None:
        return ""
    blocks = [body.text or ""] + [xmltotxt(block, include_formatting=False) for block in body]
    return _BLOCK_SEPARATOR.join(block.strip() for block in blocks if block.strip())


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
