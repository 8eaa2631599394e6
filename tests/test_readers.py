"""Readers for saved web pages, JSONL and CSV corpora and stdin; the URL key that makes two addresses one article."""

from __future__ import annotations

import io
import json
import logging
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.errors import UnreadableInput
from quotes.ingest import Article, ReadFailure
from quotes.ingest import corpus, readers
from quotes.ingest import text as text_reader
from quotes.ingest.corpus import iter_csv, iter_jsonl
from quotes.ingest.html import parse_html
from quotes.ingest.readers import SUPPORTED_SUFFIXES, read_any, read_stream
from quotes.ingest.urls import normalise_url

FIXTURES = Path(__file__).parent / "fixtures" / "readers"
PAGE = FIXTURES / "article_page.html"
CANONICAL = "https://www.minskherald.example/news/2020/09/01/opposition-leader-vows-pressure"
PEOPLE_MAP = {"text": "body", "title": "headline", "url": "link", "published": "date", "outlet": "publisher"}


def page_article() -> Article:
    return parse_html(PAGE.read_bytes(), origin=str(PAGE))


def html_page(body: str, head: str = "") -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode()


def only_line(message: str, *parts: str) -> None:
    assert "\n" not in message
    for part in parts:
        assert part in message


# --- HTML ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Belarus Opposition Leader Vows to Keep Up Pressure on Lukashenko",
        "“We will not stop until every political prisoner is free and the people can choose their president in an "
        "honest vote,” Tsikhanouskaya told reporters in the Lithuanian capital, where she fled after the disputed "
        "August 9 election.",
        "The Kremlin has signalled its support for Lukashenko. “Russia is ready to help Belarus, if asked, in line "
        "with our treaty obligations,” Kremlin spokesman Dmitry Peskov said in Moscow.",
        "Asked whether she would return to Belarus, Tsikhanouskaya said: “I will go back when it is safe for my "
        "children. That day is coming sooner than Lukashenko thinks.”",
        "Lukashenko, who has ruled Belarus since 1994, has rejected calls for a new vote and described the "
        "protesters as puppets of foreign powers.",
    ],
)
def test_page_text_holds_each_paragraph_whole_between_blank_lines(paragraph):
    assert paragraph in page_article().text.split("\n\n")


def test_page_text_is_headline_then_the_six_paragraphs_in_order():
    blocks = page_article().text.split("\n\n")
    assert len(blocks) == 7
    assert blocks[1].startswith("VILNIUS — ") and blocks[-1].startswith("Lukashenko, who has ruled")


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Politics Desk",  # navigation menu
        "Subscribe to our newsletters",
        "Home ›",  # breadcrumbs
        "Advertisement",  # header and inline ads
        "Share on Facebook",
        "Related articles",
        "Hundreds Detained as Minsk Marches",
        "EU Ministers Weigh Sanctions",
        "Comments (3)",
        "minsk_resident_88",
        "bravest woman in Europe",
        "Street marches never changed anything",
        "what they said in 2010",
        "Join the discussion",
        "All rights reserved",
        "Privacy Policy",
        "dataLayer",
    ],
)
def test_page_text_leaves_out_navigation_ads_related_links_comments_and_footer(boilerplate):
    assert boilerplate not in page_article().text


def test_page_metadata_canonical_url_title_site_name_and_publication_date():
    article = page_article()
    assert article.url == CANONICAL  # the canonical link wins over og:url, which carries utm_source
    assert article.title == "Belarus Opposition Leader Vows to Keep Up Pressure on Lukashenko"
    assert article.outlet == "The Minsk Herald"
    assert article.published == date(2020, 9, 1)  # published, not modified (2020-09-02)
    assert article.origin == str(PAGE)


def test_no_publication_date_is_guessed_from_a_copyright_line():
    body = (
        "<article><h1>Talks go on</h1><p>“We are ready,” Peskov told reporters in Moscow on Monday.</p>"
        "<p>Copyright 2019 The Herald. Updated 2021.</p></article>"
    )
    assert parse_html(html_page(body, "<title>Talks go on</title>"), origin="page.html").published is None


def test_date_in_the_given_url_is_a_publication_date():
    body = "<article><p>“We are ready,” Peskov told reporters in Moscow on Monday.</p></article>"
    article = parse_html(html_page(body), origin="page.html", url="https://example.com/2019/03/04/talks")
    assert article.published == date(2019, 3, 4)


def test_given_url_overrides_the_pages_own():
    given_url = "https://mirror.example.org/belarus-story"
    article = parse_html(PAGE.read_bytes(), origin="page.html", url=given_url)
    assert article.url == given_url
    assert article.outlet == "The Minsk Herald"


def test_without_site_name_outlet_is_the_domain_and_a_relative_canonical_link_is_resolved():
    page = PAGE.read_text(encoding="utf-8")
    page = page.replace('<meta property="og:site_name" content="The Minsk Herald">', "")
    page = page.replace('href="https://www.minskherald.example/news/', 'href="/news/')
    article = parse_html(page.encode(), origin="page.html")
    assert article.url == CANONICAL
    assert article.outlet == "minskherald.example"


def test_og_url_is_used_when_there_is_no_canonical_link():
    page = PAGE.read_text(encoding="utf-8").replace('<link rel="canonical"', '<link rel="alternate"')
    article = parse_html(page.encode(), origin="page.html")
    assert article.url == CANONICAL + "?utm_source=og"


def test_page_without_any_url_has_none_and_no_outlet_from_the_domain():
    body = "<article><p>“We are ready,” Peskov told reporters in Moscow on Monday afternoon.</p></article>"
    article = parse_html(html_page(body, "<title>Peskov speaks</title>"), origin="page.html")
    assert article.url is None and article.outlet is None
    assert article.text == "“We are ready,” Peskov told reporters in Moscow on Monday afternoon."


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary file"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\nstream\x78\x9c\x00\x01\x02", "binary file"),
        (b"<<<>>><html><</html>", "not an HTML page"),
        (html_page(""), "no article text found"),
        (html_page("<div><span></span><img src='x.png'></div>"), "no article text found"),
        (html_page("<script>var story = 'A long story told only in script';</script>"), "no article text found"),
        (
            html_page("<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"),
            "no article text found",
        ),
    ],
    ids=["empty", "blank", "png", "pdf", "garbage-markup", "empty-body", "only-markup", "only-script", "only-nav"],
)
def test_unreadable_pages_give_one_line_naming_the_page(content, reason):
    with pytest.raises(UnreadableInput) as caught:
        parse_html(content, origin="saved/page.html")
    only_line(str(caught.value), "saved/page.html", reason)


def test_broken_html_with_unclosed_tags_still_gives_its_paragraphs():
    broken = (
        b"<html><head><title>Broken page</title><body><div class='story'>"
        b"<p>\xe2\x80\x9cWe are ready,\xe2\x80\x9d Peskov said on Monday in Moscow."
        b"<p>The second paragraph never closes either, <b>nor does <i>this"
    )
    article = parse_html(broken, origin="broken.html")
    assert article.text.startswith("“We are ready,” Peskov said on Monday in Moscow.\n\nThe second paragraph")
    assert article.title == "Broken page"


def test_invalid_utf8_is_replaced_and_logged_and_the_article_kept(caplog):
    body = "<article><p>“We are ready,” Peskov said BAD-BYTES on Monday in Moscow.</p></article>"
    data = html_page(body).replace(b"BAD-BYTES", b"\xff\xfe")
    with caplog.at_level(logging.WARNING, logger="quotes.ingest.html"):
        article = parse_html(data, origin="bad-bytes.html")
    assert article.text == "“We are ready,” Peskov said \ufffd\ufffd on Monday in Moscow."
    [record] = caplog.records
    only_line(record.getMessage(), "bad-bytes.html", "not valid utf-8", "replaced")


def test_declared_latin1_is_read_as_browsers_do_so_curly_quotes_survive():
    head = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
    body = "<article><p>“Nous sommes prêts,” a déclaré le porte-parole à Moscou lundi.</p></article>"
    data = html_page(body, head).decode().encode("cp1252")
    assert parse_html(data, origin="fr.html").text == "“Nous sommes prêts,” a déclaré le porte-parole à Moscou lundi."


def test_declared_cp1251_is_honoured():
    head = '<meta charset="windows-1251">'
    data = html_page("<article><p>«Мы готовы», — сказал Песков журналистам в понедельник.</p></article>", head)
    article = parse_html(data.decode().encode("cp1251"), origin="ru.html")
    assert article.text == "«Мы готовы», — сказал Песков журналистам в понедельник."


def test_utf16_page_with_a_byte_order_mark_is_not_taken_for_binary():
    page = html_page("<article><p>“Hi,” he said to the crowd on Friday evening in Vilnius.</p></article>")
    article = parse_html(page.decode().encode("utf-16"), origin="utf16.html")
    assert article.text == "“Hi,” he said to the crowd on Friday evening in Vilnius."


def test_bare_fragment_is_read_as_a_page():
    article = parse_html("<p>Putin said “no” to the plan on Tuesday.</p>".encode(), origin="fragment.html")
    assert article.text == "Putin said “no” to the plan on Tuesday."


def test_nothing_is_printed_for_good_or_bad_pages(capsys):
    parse_html(PAGE.read_bytes(), origin="good.html")
    for bad in (b"<<<>>><html><</html>", html_page("<nav><ul><li><a href='/'>Home</a></li><li>News</li></ul></nav>")):
        with pytest.raises(UnreadableInput):
            parse_html(bad, origin="bad.html")
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""


# --- URL key ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("http://www.Example.com/a/?utm_source=x#frag", "https://www.example.com/a"),
        ("https://example.com/a", "https://www.example.com/a"),
        ("HTTPS://EXAMPLE.COM/a", "https://example.com/a"),
        ("http://example.com:80/a", "https://example.com/a"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
        ("https://example.com/a?fbclid=IwAR0&gclid=x&mc_cid=1&mc_eid=2&ref=tw&cmpid=rss&UTM_Medium=s",
         "https://example.com/a"),  # fmt: skip
        ("https://example.com/a?id=7&utm_campaign=x", "https://example.com/a/?id=7"),
        ("https://example.com/%7Euser/caf%c3%a9", "https://example.com/~user/café"),
        ("https://example.com/a/./b/../c", "https://example.com/a/c"),
        ("https://user:secret@example.com/a", "https://example.com/a"),
        ("  https://example.com/a\n", "https://example.com/a"),
        ("https://example.com./a", "https://example.com/a"),
    ],
)
def test_addresses_of_one_article_share_a_key(one, other):
    assert normalise_url(one) == normalise_url(other) is not None


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("https://example.com/a", "https://example.com/b"),
        ("https://example.com/a", "https://example.org/a"),
        ("https://example.com/a?id=1", "https://example.com/a?id=2"),
        ("https://example.com/a?page=2", "https://example.com/a"),
        ("https://example.com:8080/a", "https://example.com/a"),
        ("https://news.example.com/a", "https://example.com/a"),
        ("https://example.com/A", "https://example.com/a"),  # paths are case-sensitive
        ("https://example.com/a%2Fb", "https://example.com/a/b"),  # an escaped slash is not a slash
        ("https://example.com/#!/story/1", "https://example.com/#!/story/2"),  # hash-bang routes
    ],
)
def test_different_articles_keep_different_keys(one, other):
    assert normalise_url(one) != normalise_url(other)


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("http://www.Example.com:80/a/?utm_source=x&b=2&a=1#top", "https://example.com/a?a=1&b=2"),
        ("http://example.com", "https://example.com/"),
        ("http://[2001:DB8::1]:8080/x/", "https://[2001:db8::1]:8080/x"),
        ("https://example.com/a?q=two words&empty=", "https://example.com/a?empty=&q=two%20words"),
        ("http://www.com/", "https://www.com/"),  # "www" is the whole name here
    ],
)
def test_key_is_exactly(url, key):
    assert normalise_url(url) == key


@pytest.mark.parametrize(
    "not_http",
    ["", "   ", "example.com/a", "//example.com/a", "ftp://example.com/a", "mailto:a@example.com",
     "javascript:alert(1)", "file:///etc/passwd", "https://", "https:///a", "http://[::1/a",
     "http://example.com:99999/", "http://exa mple.com/", "not a url at all"],
)  # fmt: skip
def test_anything_but_an_http_url_has_no_key(not_http):
    assert normalise_url(not_http) is None


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_key_never_raises_and_is_stable_for_any_text(text):
    key = normalise_url(text)
    assert key is None or normalise_url(key) == key


_HOSTS = st.from_regex(r"\A(www\.)?[a-z][a-z0-9-]{0,10}\.(com|org|co\.uk)\Z")
_SEGMENTS = st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=8), max_size=4)
_PARAMS = st.lists(st.tuples(st.from_regex(r"\A[a-z]{1,6}\Z"), st.text(max_size=6)), max_size=4)


@settings(max_examples=200, deadline=None)
@given(_HOSTS, _SEGMENTS, _PARAMS, st.booleans())
def test_tracking_parameters_case_and_fragment_never_change_the_key(host, segments, params, trailing_slash):
    from urllib.parse import quote, urlencode

    path = "/" + "/".join(quote(segment, safe="") for segment in segments) + ("/" if trailing_slash else "")
    real = [(name, value) for name, value in params if name not in ("ref", "cmp", "ito", "smid", "ocid")]
    url = f"https://{host}{path}?{urlencode(real)}"
    tracked = f"http://{host.upper()}{path}?utm_source=feed&{urlencode(list(reversed(real)))}&fbclid=abc#comments"
    assert normalise_url(tracked) == normalise_url(url) is not None


# --- JSONL --------------------------------------------------------------------------------------


def test_jsonl_bad_line_in_the_middle_is_reported_by_number_and_the_rest_read():
    items = list(iter_jsonl(FIXTURES / "corpus.jsonl", "corpus.jsonl"))
    assert [type(item) for item in items] == [Article, Article, ReadFailure, Article]
    failure = items[2]
    assert failure.origin == "corpus.jsonl:3"
    only_line(failure.message, "corpus.jsonl:3", "not JSON")
    assert [item.origin for item in items if isinstance(item, Article)] == [
        "corpus.jsonl:1", "corpus.jsonl:2", "corpus.jsonl:4",
    ]  # fmt: skip


def test_jsonl_fields_become_the_article():
    first, second, _, fourth = iter_jsonl(FIXTURES / "corpus.jsonl", "corpus.jsonl")
    assert first == Article(
        text="“We are ready to help,” Peskov said on Tuesday.\n\nThe Kremlin gave no details.",
        origin="corpus.jsonl:1",
        url="https://www.themoscowtimes.com/2020/08/31/kremlin-rules-out?utm_source=rss",
        title="Kremlin Rules Out Deploying Security Reserve",
        outlet="The Moscow Times",
        published=date(2020, 8, 31),
    )
    assert second.outlet == "bloomberg.com"  # no outlet field: the URL's domain
    assert second.published == date(2020, 8, 27)  # a date-time as written, not moved to UTC
    assert (fourth.url, fourth.outlet, fourth.published) == (None, None, None)


def test_jsonl_origin_defaults_to_the_path():
    first = next(iter_jsonl(FIXTURES / "corpus.jsonl"))
    assert first.origin == f"{FIXTURES / 'corpus.jsonl'}:1"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b'{"text": "unterminated', "not JSON"),
        (b"<html>", "not JSON"),
        (b'["a list", "of strings"]', "not a JSON object but an array"),
        (b'"just a string"', "not a JSON object but a string"),
        (b"null", "not a JSON object but null"),
        (b'{"title": "No body"}', "no 'text' field"),
        (b'{"text": null}', "no 'text' field"),
        (b'{"text": ""}', "empty 'text'"),
        (b'{"text": "  \\n "}', "empty 'text'"),
        (b'{"text": 42}', "'text' is not a string"),
        (b'{"text": "ok", "url": ["a"]}', "'url' is not a string"),
        (b'{"text": "ok", "published": "last Tuesday"}', "'published' is not a date: 'last Tuesday'"),
        (b'{"text": "ok", "published": 1598832000}', "'published' is not a string"),
        (b'{"text": "caf\xe9"}', "not valid UTF-8 (bad byte at column 14)"),
        (b"[" * 100_000, "not JSON"),
    ],
)
def test_jsonl_bad_lines_name_their_line_and_reason(line, reason):
    data = b'{"text": "first"}\n' + line + b'\n{"text": "third"}\n'
    first, failure, third = iter_jsonl(io.BytesIO(data), "dump.jsonl")
    assert isinstance(failure, ReadFailure) and failure.origin == "dump.jsonl:2"
    only_line(failure.message, "dump.jsonl:2: ", reason)
    assert (first.text, third.text) == ("first", "third")


def test_jsonl_blank_lines_are_skipped_but_counted_and_a_bom_is_ignored():
    data = '\ufeff{"text": "one"}\n\n   \n{"text": "two"}\r\n'.encode()
    items = list(iter_jsonl(io.BytesIO(data), "c.jsonl"))
    assert [(item.text, item.origin) for item in items] == [("one", "c.jsonl:1"), ("two", "c.jsonl:4")]


def test_jsonl_text_line_breaks_become_newlines():
    [article] = iter_jsonl(io.BytesIO(b'{"text": "a\\r\\n\\r\\nb\\rc"}'), "c.jsonl")
    assert article.text == "a\n\nb\nc"


def test_jsonl_field_mapping_reads_a_polnear_style_corpus():
    record = {"id": "nyt_1", "publisher": "nyt", "date": "2016-09-08", "title": "T", "body": "“Yes,” he said."}
    fields = {"text": "body", "published": "date", "outlet": "publisher"}
    [article] = iter_jsonl(io.BytesIO(json.dumps(record).encode()), "polnear.jsonl", fields)
    assert (article.text, article.outlet, article.published, article.title) == (
        "“Yes,” he said.", "nyt", date(2016, 9, 8), "T",
    )  # fmt: skip


def test_jsonl_binary_file_is_one_failure_not_one_per_line():
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\n\x00\x01" * 1000
    [failure] = iter_jsonl(io.BytesIO(data), "image.jsonl")
    assert failure.origin == "image.jsonl"
    only_line(failure.message, "image.jsonl: binary file")


def test_jsonl_line_over_the_limit_is_skipped_and_the_next_read(monkeypatch):
    monkeypatch.setattr(corpus, "MAX_BYTES", 100)
    data = b'{"text": "' + b"x" * 5000 + b'"}\n{"text": "after"}\n'
    failure, after = iter_jsonl(io.BytesIO(data), "big.jsonl")
    only_line(failure.message, "big.jsonl:1", "line too long")
    assert (after.text, after.origin) == ("after", "big.jsonl:2")


class EndlessCorpus(io.RawIOBase):
    """A corpus that never ends: reading it whole would never return. Counts what was read."""

    def __init__(self, header: bytes, row: bytes) -> None:
        self.pending = header
        self.row = row
        self.bytes_read = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while len(self.pending) < len(buffer):
            self.pending += self.row
        size = len(buffer)
        buffer[:size] = self.pending[:size]
        self.pending = self.pending[size:]
        self.bytes_read += size
        return size


def test_jsonl_is_read_as_a_stream():
    endless = EndlessCorpus(b"", b'{"text": "' + "“Quote,” he said. ".encode() * 50 + b'"}\n')
    items = iter_jsonl(io.BufferedReader(endless), "endless.jsonl")
    assert [next(items).origin for _ in range(3)] == ["endless.jsonl:1", "endless.jsonl:2", "endless.jsonl:3"]
    assert endless.bytes_read < 1_000_000


def test_unknown_field_name_is_refused_before_reading():
    with pytest.raises(ValueError, match="unknown field 'body'"):
        iter_jsonl(io.BytesIO(b""), "c.jsonl", {"body": "text"})


def test_missing_corpus_file_is_one_failure(tmp_path):
    for reader in (iter_jsonl, iter_csv):
        [failure] = reader(tmp_path / "missing.corpus")
        only_line(failure.message, "missing.corpus", "no such file")


# --- CSV ----------------------------------------------------------------------------------------


def test_csv_quoted_multiline_field_and_field_mapping():
    first, second = iter_csv(FIXTURES / "corpus.csv", "corpus.csv", PEOPLE_MAP)
    assert first.text == (
        "MINSK — President Alexander Lukashenko on Monday rejected calls for a new election.\n\n"
        "“There will be no new vote until a new constitution is adopted,” Lukashenko told workers at a tractor "
        'factory, who answered with shouts of "Go away!"\n\n'
        "The opposition called the speech a provocation."
    )
    assert (first.title, first.url, first.outlet, first.published) == (
        "Lukashenko Rejects New Vote",
        "https://www.reuters.com/article/belarus-election-idUSKBN25N0XX",
        "Reuters",
        date(2020, 8, 17),
    )
    assert (second.outlet, second.published) == ("politico.eu", date(2020, 8, 19))  # empty publisher: domain


def test_csv_rows_are_named_by_the_line_they_start_on():
    first, second = iter_csv(FIXTURES / "corpus.csv", "corpus.csv", PEOPLE_MAP)
    assert (first.origin, second.origin) == ("corpus.csv:2", "corpus.csv:7")


def test_csv_bad_rows_are_reported_and_the_rest_read():
    data = (
        "title,text\n"
        'One,"first\nsecond line"\n'
        "Two,good,extra\n"  # line 4: three fields
        "Three,\n"  # line 5: empty text
        "Four,fine\n"
        'Five,"never closed\n'  # line 7
    ).encode()
    items = list(iter_csv(io.BytesIO(data), "c.csv"))
    assert [(type(item).__name__, item.origin) for item in items] == [
        ("Article", "c.csv:2"), ("ReadFailure", "c.csv:4"), ("ReadFailure", "c.csv:5"),
        ("Article", "c.csv:6"), ("ReadFailure", "c.csv:7"),
    ]  # fmt: skip
    only_line(items[1].message, "c.csv:4: 3 fields where the header has 2")
    only_line(items[2].message, "c.csv:5: empty 'text'")
    only_line(items[4].message, "c.csv:7: not a CSV row", "unexpected end of data")


def test_csv_invalid_utf8_fails_its_row_only():
    data = b"title,text\nOne,caf\xe9 au lait\nTwo,fine\n"
    failure, article = iter_csv(io.BytesIO(data), "c.csv")
    only_line(failure.message, "c.csv:2: not valid UTF-8")
    assert article.text == "fine"


def test_csv_field_larger_than_the_default_csv_limit_is_read():
    huge = "“Quote,” he said. " * 20_000  # 360 kB, over csv's default 128 kB
    [article] = iter_csv(io.BytesIO(f'text\n"{huge}"\n'.encode()), "c.csv")
    assert article.text == huge


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"title,body\nT,B\n", "no 'text' column (the header has: title, body)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"tit\xffle,text\nT,B\n", "header is not valid UTF-8"),
    ],
)
def test_csv_unusable_file_is_one_failure(data, reason):
    [failure] = iter_csv(io.BytesIO(data), "c.csv")
    assert failure.origin == "c.csv"
    only_line(failure.message, "c.csv: ", reason)


def test_csv_is_read_as_a_stream_and_the_callers_stream_left_open():
    endless = EndlessCorpus(b"title,text\n", '"T","“Quote,” he said.\n\nMore."\n'.encode())
    stream = io.BufferedReader(endless)
    items = iter_csv(stream, "endless.csv")
    assert [next(items).origin for _ in range(3)] == ["endless.csv:2", "endless.csv:5", "endless.csv:8"]
    assert endless.bytes_read < 1_000_000
    items.close()
    assert not stream.closed


# --- read_any / read_stream ---------------------------------------------------------------------

ONE_PARAGRAPH = "“We are ready,” Peskov told reporters in Moscow on Monday afternoon."


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("a.txt", ONE_PARAGRAPH.encode()),
        ("a.MD", ONE_PARAGRAPH.encode()),
        ("a.html", html_page(f"<article><p>{ONE_PARAGRAPH}</p></article>")),
        ("a.htm", html_page(f"<article><p>{ONE_PARAGRAPH}</p></article>")),
        ("a.jsonl", json.dumps({"text": ONE_PARAGRAPH}).encode()),
        ("a.ndjson", json.dumps({"text": ONE_PARAGRAPH}).encode()),
        ("a.csv", f'text\n"{ONE_PARAGRAPH}"\n'.encode()),
    ],
)
def test_read_any_picks_the_reader_by_suffix(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    [article] = read_any(path)
    assert article.text == ONE_PARAGRAPH


def test_supported_suffixes():
    assert SUPPORTED_SUFFIXES == {".txt", ".md", ".html", ".htm", ".jsonl", ".ndjson", ".csv"}


def test_input_format_overrides_the_suffix(tmp_path):
    path = tmp_path / "saved_page.txt"
    path.write_bytes(PAGE.read_bytes())
    assert next(read_any(path, input_format="html")).title.startswith("Belarus Opposition Leader")
    assert "<nav" in next(read_any(path)).text  # as text, the markup stays


def test_url_and_fields_reach_their_readers(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(PAGE.read_bytes())
    assert next(read_any(page, url="https://example.org/x")).url == "https://example.org/x"
    rows = tmp_path / "rows.csv"
    rows.write_text("body\nhello\n", encoding="utf-8")
    assert next(read_any(rows, fields={"text": "body"})).text == "hello"


@pytest.mark.parametrize(
    ("name", "reason"),
    [("report.pdf", "unsupported file type .pdf (supported: .csv, .htm, .html, .jsonl, .md, .ndjson, .txt)"),
     ("README", "unsupported file type (no suffix)")],
)  # fmt: skip
def test_unsupported_file_is_a_failure(tmp_path, name, reason):
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4")
    [failure] = read_any(path)
    only_line(failure.message, str(path), reason)


def test_missing_file_is_a_failure_whatever_its_suffix(tmp_path):
    for name in ("gone.html", "gone.pdf", "gone.csv"):
        [failure] = read_any(tmp_path / name)
        only_line(failure.message, str(tmp_path / name), "no such file")


def test_html_file_over_the_size_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(text_reader, "MAX_BYTES", 1000)
    path = tmp_path / "huge.html"
    path.write_bytes(PAGE.read_bytes())
    [failure] = read_any(path)
    only_line(failure.message, str(path), "too large")


def test_directory_gives_every_supported_file_in_order_and_skips_hidden_ones(tmp_path):
    (tmp_path / "b.html").write_bytes(PAGE.read_bytes())
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.jsonl").write_text('{"text": "one"}\nnot json\n{"text": "two"}\n', encoding="utf-8")
    (tmp_path / "c.txt").write_text(ONE_PARAGRAPH, encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "old.html").write_bytes(PAGE.read_bytes())
    (tmp_path / "._b.html").write_bytes(b"\x00\x05\x16\x07")  # macOS metadata beside a copied file
    origins = [item.origin for item in read_any(tmp_path)]
    assert origins == [
        str(tmp_path / "b.html"), str(tmp_path / "c.txt"),
        f"{tmp_path / 'sub' / 'a.jsonl'}:1", f"{tmp_path / 'sub' / 'a.jsonl'}:2", f"{tmp_path / 'sub' / 'a.jsonl'}:3",
    ]  # fmt: skip
    assert [item.origin for item in read_any(tmp_path, input_format="html")] == [str(tmp_path / "b.html")]


@pytest.mark.parametrize(
    ("input_format", "content", "expected"),
    [
        ("text", ONE_PARAGRAPH.encode(), ONE_PARAGRAPH),
        ("html", html_page(f"<article><p>{ONE_PARAGRAPH}</p></article>"), ONE_PARAGRAPH),
        ("jsonl", json.dumps({"body": ONE_PARAGRAPH}).encode(), ONE_PARAGRAPH),
        ("csv", f'body\n"{ONE_PARAGRAPH}"\n'.encode(), ONE_PARAGRAPH),
    ],
)
def test_stdin_is_read_in_the_format_given(input_format, content, expected):
    [article] = read_stream(io.BytesIO(content), input_format, fields={"text": "body"}, url="https://example.com/x")
    assert article.text == expected
    assert article.origin.startswith("<stdin>")


def test_stdin_failures_name_stdin():
    [failure] = read_stream(io.BytesIO(b"\x00\x01\x02"), "html")
    only_line(failure.message, "<stdin>: binary file")


def test_stdin_over_the_size_limit_is_refused_without_reading_it_all(monkeypatch):
    monkeypatch.setattr(readers, "MAX_BYTES", 1000)
    stream = io.BytesIO(b"x" * 5000)
    [failure] = read_stream(stream, "text")
    only_line(failure.message, "<stdin>: too large")
    assert stream.tell() == 1001


def test_unknown_input_format_is_refused_at_once(tmp_path):
    with pytest.raises(ValueError, match="unknown input format 'pdf'"):
        read_any(tmp_path, input_format="pdf")
    with pytest.raises(ValueError, match="unknown input format 'xml'"):
        read_stream(io.BytesIO(b""), "xml")


@pytest.mark.parametrize("reader", [iter_jsonl, iter_csv], ids=["jsonl", "csv"])
def test_utf16_corpus_is_one_failure_that_says_so(reader):
    [failure] = reader(io.BytesIO('text\n"“Yes,” he said."\n'.encode("utf-16")), "excel-export")
    only_line(failure.message, "excel-export: encoded as UTF-16", "must be UTF-8")
